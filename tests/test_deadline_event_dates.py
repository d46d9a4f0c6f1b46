"""Dates tied to an event, read as the person means them (round 23-24 coaches: 'by midsommar'
unread, a South African winter read as a northern one, '180 days and it's been about 60'
planned as 180 days from today). Paraphrases of our own, today 27 November 2026."""

import datetime as dt

import pytest

from assistant.language.feasts import feast_day, feasts
from assistant.understanding.deadline_used import left_of_limit
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


# --- named festivals: data rows (data/feasts.toml) ---


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        ("cut the snus to zero, I'm at 20 pouches a day", "before midsommar", (2027, 6, 25)),
        ("sluta röka, run 5 km without stopping by juhannus", "", (2027, 6, 25)),
        ("save 3000 yuan for gifts for the family by chinese new year", "", (2027, 2, 6)),
        ("learn 200 vietnamese words", "by tet", (2027, 2, 6)),
        ("read the whole quran once", "before eid al adha", (2027, 5, 16)),
        ("sew new kurtas for the kids", "for holi", (2027, 3, 22)),
        ("bake 6 kinds of challah well", "by rosh hashanah", (2027, 10, 2)),
        ("paint the living room before nowruz, we host the whole family", "", (2027, 3, 20)),
    ],
)
def test_a_named_festival_is_its_day(goal, said, day):
    u = understand(goal, {"deadline": said} if said else {}, TODAY)
    assert u.deadline == dt.date(*day)
    assert "deadline" in u.stated or "deadline_moved" in u.stated


@pytest.mark.parametrize(
    ("said", "country", "day"),
    [
        ("thanksgiving", "canada", (2027, 10, 11)),
        ("thanksgiving", None, (2027, 11, 25)),
        ("mother's day", "uk", (2027, 3, 7)),
        ("mothers day", "us", (2027, 5, 9)),
    ],
)
def test_a_feast_kept_on_another_day_where_they_live(said, country, day):
    assert feast_day(said, TODAY, country) == dt.date(*day)


def test_every_feast_row_dates_the_years_a_plan_reaches():
    for feast in feasts().feast:
        for year in (2026, 2027, 2028):
            assert feast.day(year).year == year


def test_a_canadian_thanksgiving_answer_is_october():
    u = understand(
        "cook the whole dinner for 14 myself, we live in Calgary",
        {"deadline": "by thanksgiving"},
        TODAY,
    )
    assert u.deadline == dt.date(2027, 10, 11)
    assert "Canada" in u.notes["deadline_push"]


# --- seasons south of the equator ---


@pytest.mark.parametrize(
    ("goal", "first", "last"),
    [
        (
            "make R3,000 a month from my spaza shop by the end of winter",
            (2027, 8, 1),
            (2027, 8, 31),
        ),
        (
            "get my parkrun under 25 minutes by the end of winter, I live in Australia",
            (2027, 8, 1),
            (2027, 8, 31),
        ),
        ("lose 8 kg by the end of summer, here in New Zealand", (2027, 2, 1), (2027, 2, 28)),
    ],
)
def test_a_southern_season_is_its_own_months(goal, first, last):
    u = understand(goal, {}, TODAY)
    assert dt.date(*first) <= u.deadline <= dt.date(*last)
    assert "southern hemisphere" in u.notes["deadline_push"]


def test_a_northern_season_is_unchanged():
    u = understand("lose 8 kg by the end of summer", {}, TODAY)
    assert u.deadline.month == 8


# --- a time limit with part of it gone ---


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("the letter says i have 120 days to appeal and it's been about 40", (2027, 2, 15)),
        ("i'm on a 90-day visa, 30 used so far", (2027, 1, 26)),
        ("start physio within 8 weeks of the op, that was 3 weeks ago", (2027, 1, 1)),
        ("they give you 60 days to return it, bought it 10 days ago", (2027, 1, 16)),
    ],
)
def test_what_is_left_of_a_limit(text, end):
    left = left_of_limit(text, TODAY)
    assert left is not None and left[0] == dt.date(*end)


@pytest.mark.parametrize(
    "text",
    [
        "lost 10 kg in 90 days, it's been 30 days since i stopped",
        "quit vaping for 100 days, been 40 days so far",
        "journal 30 days in a row, been 12 already",
    ],
)
def test_a_streak_is_no_limit(text):
    assert left_of_limit(text, TODAY) is None


def test_a_partly_gone_limit_is_planned_before_what_is_left():
    u = understand(
        "appeal the council's parking decision, the notice says I have 120 days to appeal and "
        "it's been about 40",
        {},
        TODAY,
    )
    assert dt.date(2027, 1, 25) <= u.deadline <= dt.date(2027, 2, 15)  # never 120 days on
    assert "15 February 2027" in u.notes["deadline_push"]


def test_an_answer_before_the_limit_keeps_the_limit_beside_it():
    u = understand(
        "dispute the denied claim, I have 180 days from the decision and 50 have gone",
        {"deadline": "well before the 180 days are up, so within the next month"},
        TODAY,
    )
    assert u.deadline <= dt.date(2027, 1, 1)
    assert "limit" in u.notes["deadline_push"]


def test_a_limit_already_over_is_acted_on_now():
    u = understand("challenge the fine, I had 28 days to pay it and it's been 40", {}, TODAY)
    assert u.deadline <= TODAY + dt.timedelta(days=7)
    assert "already past" in u.notes["deadline"]
