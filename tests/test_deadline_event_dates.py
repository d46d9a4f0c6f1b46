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


# --- a goal needed before the event it serves (data/deadline_words.toml [[ready_before]]) ---


@pytest.mark.parametrize(
    ("goal", "said", "first", "last"),
    [
        (  # the op's month answered, the goal's sharper day kept, two weeks before it
            "get down to 95 kg before my hip operation, the surgeon insists. it's booked for mid April",
            {"deadline": "april, when they confirm", "baseline": "104 kg"},
            (2027, 3, 25),
            (2027, 4, 2),
        ),
        (
            "paint the nursery and build the cot, baby is due 20 march",
            {},
            (2027, 2, 20),
            (2027, 3, 1),
        ),
        (
            "get my daughter's first passport before we fly to Accra on 15 May",
            {"deadline": "well before 15 may"},
            (2027, 4, 14),
            (2027, 4, 18),
        ),
        (
            "fill the freezer with 30 batch-cooked meals before our second baby arrives",
            {"deadline": "due date is 4 april"},
            (2027, 3, 12),
            (2027, 3, 15),
        ),
    ],
)
def test_a_goal_needed_before_its_event_ends_before_it(goal, said, first, last):
    u = understand(goal, said, TODAY)
    assert dt.date(*first) <= u.deadline <= dt.date(*last)
    assert "before" in u.notes.get("deadline_push", "")


def test_an_operation_is_never_planned_past_when_the_pace_is_short():
    u = understand(
        "lose 3 stone before my gallbladder surgery, it's pencilled in for early february",
        {"baseline": "18 stone"},
        TODAY,
    )
    assert u.deadline < dt.date(2027, 2, 10)  # before the op, never after it
    assert "will not wait" in u.notes["deadline_push"]


def test_whenever_they_say_is_no_rush():
    u = understand(
        "lose 10 kg before my knee replacement in early may",
        {"deadline": "may, whenever the hospital gives me the date", "baseline": "100 kg"},
        TODAY,
    )
    assert u.deadline < dt.date(2027, 5, 10)


def test_a_weight_goal_for_a_wedding_keeps_the_wedding_day():
    u = understand(
        "lose 5 kg for my sister's wedding", {"deadline": "the wedding is 12 june"}, TODAY
    )
    assert u.deadline == dt.date(2027, 6, 12)


def test_a_recovery_after_an_operation_gets_no_lead():
    u = understand("walk 5 km again after my knee operation, by the end of march", {}, TODAY)
    assert u.deadline == dt.date(2027, 3, 31)


# --- a feast the money cannot reach this year: the next one, never a month before it ---


@pytest.mark.parametrize(
    ("goal", "answers", "day"),
    [
        ("save £2,000 for presents by christmas", {"capacity": "£200 a month"}, (2027, 12, 25)),
        (
            "put away $1,500 for the trip home by diwali",
            {"capacity": "$50 a month"},
            (2029, 11, 5),
        ),
        ("save €900 for eid gifts and food by eid", {"capacity": "€100 a month"}, (2028, 2, 27)),
    ],
)
def test_a_feast_the_amount_misses_is_the_next_one(goal, answers, day):
    u = understand(goal, answers, TODAY)
    assert u.deadline == dt.date(*day)


# --- the goal's own feast kept against a later answer, an earlier answer kept as an aim ---


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        ("learn surah al-mulk by heart before ramadan", "ramadan, so about 6 months", (2027, 2, 8)),
        (
            "knit my dad a jumper by christmas",
            "christmas, which is like 8 months of knitting",
            (2026, 12, 25),
        ),
        ("get the shed cleared out before easter", "easter i guess, so around june", (2027, 3, 28)),
    ],
)
def test_a_feast_the_goal_must_be_done_by_is_kept_against_a_later_answer(goal, said, day):
    u = understand(goal, {"deadline": said}, TODAY)
    assert u.deadline == dt.date(*day)


def test_the_later_answer_is_said_beside_the_goals_feast():
    u = understand(
        "learn 20 duas by heart before ramadan", {"deadline": "ramadan, so in 5 months"}, TODAY
    )
    assert u.deadline == dt.date(2027, 2, 8)
    assert "said" in u.notes["deadline_push"]  # the answer's date noted beside it


def test_an_earlier_answer_is_an_earlier_aim_and_a_correction_wins():
    u = understand(
        "save for the kids' presents before christmas", {"deadline": "by 1 december"}, TODAY
    )
    assert u.deadline < dt.date(2026, 12, 25)
    u = understand("paint the fence before easter", {"deadline": "actually end of may now"}, TODAY)
    assert u.deadline.month == 5
