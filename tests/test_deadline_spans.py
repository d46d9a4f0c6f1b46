"""Deadline answers read whole: a start and a length, a part of a year, a correction, 'way
sooner'; and a reading that disagrees with its own words changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_answers
from assistant.understanding.deadline_spans import reading_fits
from assistant.understanding.deadlines import parse_deadline

TODAY = dt.date(2026, 11, 27)  # a Friday
D = dt.date


def _deadline(said: str) -> dict[str, object]:
    return parse_answers({"deadline": said}, TODAY, strict=False)


@pytest.mark.parametrize(
    ("said", "end", "begins"),
    [
        ("3 months starting the 1st", D(2027, 3, 1), D(2026, 12, 1)),
        ("six weeks from monday", D(2027, 1, 11), D(2026, 11, 30)),
        ("a year from january", D(2028, 1, 1), D(2027, 1, 1)),
        ("two months beginning december 1st", D(2027, 2, 1), D(2026, 12, 1)),
        ("starting december 1st, for 2 months", D(2027, 2, 1), D(2026, 12, 1)),
    ],
)
def test_a_start_and_a_length_is_one_span_from_that_start(said, end, begins):
    typed = _deadline(said)
    assert typed["deadline"] == end
    assert typed["deadline_from"] == begins


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("mid 2028", D(2028, 6, 30)),
        ("3 years, so mid 2028", D(2028, 6, 30)),
        ("by mid-2028 hopefully", D(2028, 6, 30)),
        ("early 2028", D(2028, 3, 31)),
        ("late 2027 at the latest", D(2027, 12, 31)),
        ("by summer 2028", D(2028, 5, 31)),
    ],
)
def test_a_part_of_a_named_year_is_that_years_date(said, day):
    assert _deadline(said)["deadline"] == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("june, well july really", D(2027, 7, 31)),
        ("may, actually no, end of june", D(2027, 6, 30)),
        ("march, make it april", D(2027, 4, 30)),
        ("by february. or rather mid march", D(2027, 3, 15)),
    ],
)
def test_a_corrected_date_is_the_one_corrected_to(said, day):
    typed = _deadline(said)
    assert typed["deadline"] == day
    assert "deadline_limit" not in typed  # the first date is withdrawn, not an earlier aim


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("passed part 1 in september so the window closes march 2028", D(2028, 3, 31)),
        ("started in october, so it has to be done by june 2027", D(2027, 6, 30)),
        ("by next spring, we wanted to buy in summer 2026", D(2027, 2, 28)),
    ],
)
def test_a_date_after_so_or_beside_a_past_time_is_not_pulled_to_the_past_words(said, day):
    assert _deadline(said)["deadline"] == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("10th feb. actually the party is on the 8th so before that", D(2027, 2, 8)),
        ("march 20th, well the 14th really", D(2027, 3, 14)),
    ],
)
def test_a_correction_to_a_bare_day_keeps_the_month_said_first(said, day):
    assert _deadline(said)["deadline"] <= day
    assert _deadline(said)["deadline"].month == day.month


@pytest.mark.parametrize(
    "said", ["way sooner, I'm in pain", "much sooner than that, it hurts", "a lot earlier please"]
)
def test_way_sooner_alone_is_the_soonest_realistic_date(said):
    typed = _deadline(said)
    assert typed["deadline_soon"] == said
    assert typed["deadline"] <= TODAY + dt.timedelta(weeks=6)


@pytest.mark.parametrize(
    ("said", "limit"),
    [
        ("180 days from March 3 so end of August, but I want it done way sooner", D(2027, 8, 30)),
        ("the limit is end of june but I need it much earlier, rent is due", D(2027, 6, 30)),
        ("by september at the latest, but a lot sooner if I can", D(2027, 9, 30)),
    ],
)
def test_way_sooner_than_a_limit_aims_well_before_it(said, limit):
    typed = _deadline(said)
    assert typed["deadline_limit"] == limit
    assert TODAY < typed["deadline"] < limit - dt.timedelta(weeks=8)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("mid 2028", D(2029, 11, 27)),  # a year named, another year read
        ("about 3 months", D(2026, 12, 1)),  # a span named, days read
        ("in 6 weeks", D(2028, 1, 1)),
        ("by june", D(2027, 9, 30)),  # a month named, overshot
    ],
)
def test_a_reading_against_its_own_words_does_not_fit(said, day):
    assert not reading_fits(said, day, TODAY)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("mid 2028", D(2028, 6, 30)),
        ("about 3 months", D(2027, 2, 27)),
        ("before the baby comes in april", D(2027, 3, 31)),
        ("closing date is 20 june, want it sorted 3 weeks before", D(2027, 5, 30)),
        ("by november", D(2027, 11, 30)),  # this month, rolled to next year's on purpose
        ("a letter says 2022 is due by end of next month", D(2026, 12, 31)),  # a past tax year
        ("before winter, first snow is usually mid nov", D(2026, 12, 21)),
        ("by next spring, we wanted to buy in summer 2026", D(2027, 2, 28)),  # a year gone by
        ("making $500 a month by summer", D(2027, 5, 31)),  # a rate, not a span
        ("by the end of the year, I've said that for 3 years though", D(2026, 12, 31)),
    ],
)
def test_a_reading_that_agrees_with_its_words_fits(said, day):
    assert reading_fits(said, day, TODAY)


def _plan(goal: str, **answers: str):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _deadline_line(plan) -> tuple[str, str]:
    line = next(a for a in plan.assumptions if a.key == "deadline")
    return line.source, line.text


@pytest.mark.parametrize(
    ("goal", "deadline", "day"),
    [
        (
            "Save a $40k house deposit within 3 years, we have $10k",
            "3 years, so early 2028",
            D(2028, 3, 31),
        ),
        ("Save $40,000 for a wedding, we have $5,000", "mid 2028", D(2028, 6, 30)),
        ("Put away $30k for a car", "by the end of 2027, well mid 2028 really", D(2028, 6, 30)),
    ],
)
def test_a_stated_date_the_money_cannot_meet_stays_theirs_and_says_what_it_takes(
    goal, deadline, day
):
    plan = _plan(goal, deadline=deadline, capacity="$1,200 a month")
    assert plan.goal.deadline == day
    assert _deadline_line(plan)[0] == "stated"
    money = next(a.text for a in plan.assumptions if a.key == "money")
    assert "you reach about" in money and "needs about" in money


@pytest.mark.parametrize(
    ("goal", "deadline", "day", "words"),
    [
        (
            "Track every rupee I spend",
            "3 months starting the 1st",
            D(2027, 3, 1),
            "from 1 December",
        ),
        ("Journal every night", "six weeks from monday", D(2027, 1, 11), "from 30 November"),
        (
            "Write my thesis literature review",
            "starting december 1st, for 2 months",
            D(2027, 2, 1),
            "from 1 December",
        ),
    ],
)
def test_a_span_with_its_start_is_the_plans_span_and_says_so(goal, deadline, day, words):
    plan = _plan(goal, deadline=deadline)
    assert plan.goal.deadline == day
    source, text = _deadline_line(plan)
    assert source == "stated" and words in text


@pytest.mark.parametrize(
    "deadline", ["in 2 weeks, so roughly 2030", "a month, maybe 2030", "6 weeks, 2031 or so"]
)
def test_an_answer_that_cannot_be_read_confidently_changes_nothing(deadline):
    goal = "Read 24 books"
    plan = _plan(goal, deadline=deadline)
    assert plan.goal.deadline == _plan(goal).goal.deadline  # the goal's usual span, as unanswered
    source, text = _deadline_line(plan)
    assert source == "assumed" and f"could not read '{deadline}'" in text


@pytest.mark.parametrize(
    ("deadline", "words"),
    [
        ("12 months, by next June", "'12 months' (about November 2027)"),
        ("2 years, so by march", "'2 years' (about November 2028)"),
        ("end of april, so about 10 months", None),  # their own count after 'so' is the date
    ],
)
def test_a_span_said_beside_a_far_date_is_named_for_the_person_to_choose(deadline, words):
    plan = _plan("Save $6,000 for an emergency fund", deadline=deadline)
    source, text = _deadline_line(plan)
    if words is None:
        assert "you also said" not in text
    else:
        assert source == "stated" and f"you also said {words}" in text


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Learn German to B1, I know 50 words", "by 31 december"),
        ("Run a marathon, I can run 3 miles now", "in 4 weeks"),
        ("Learn to play 10 songs on guitar from scratch", "by christmas"),
    ],
)
def test_a_short_stated_date_is_kept_and_the_plan_says_how_long_it_usually_takes(goal, deadline):
    plan = _plan(goal, deadline=deadline)
    source, text = _deadline_line(plan)
    assert source == "stated" and plan.goal.deadline < TODAY + dt.timedelta(weeks=6)
    assert "short push" in text and "at the usual pace it takes until about" in text


@pytest.mark.parametrize(
    "goal",
    [
        "I'm 52 with 23k in an old 401k and want a real retirement plan; my son starts college in the fall",
        "get the garden beds ready, we plant in the fall",
        "learn to knit a sweater in the autumn",
    ],
)
def test_a_season_in_the_goal_that_ends_days_from_now_is_next_years(goal):
    plan = _plan(goal)
    assert plan.goal.deadline > TODAY + dt.timedelta(weeks=26)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("wedding's 12 october, so about 5 months", dt.date(2027, 10, 12)),
        ("the 3rd of june, so roughly 6 months", dt.date(2027, 6, 3)),
        ("march 20th, so about 2 months", dt.date(2027, 3, 20)),
    ],
)
def test_a_day_they_name_beats_their_rough_count_of_the_months_to_it(said, day):
    assert parse_deadline(said, dt.date(2026, 11, 27)) == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("by easter so we can use the garden in spring", dt.date(2027, 3, 28)),
        ("end of june so the kids can enjoy it over the summer", dt.date(2027, 6, 30)),
        ("by may so I can relax at christmas", dt.date(2027, 5, 31)),
    ],
)
def test_what_a_date_is_for_after_so_is_no_second_date(said, day):
    assert parse_deadline(said, dt.date(2026, 11, 27)) == day
