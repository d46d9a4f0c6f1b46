"""Answers read as the person meant them: holidays and time left as deadlines, an age as a
date, a job's hours and taken days kept out of the time they have, last year's count not
taken for where they are now, a piece under way counted in its own parts."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers
from assistant.understanding.capacity import read_time
from assistant.understanding.goal import understand
from assistant.understanding.progress import already_done

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("ideally by tax day", D(2027, 4, 15)),
        ("before the new year if possible", D(2027, 1, 1)),
        ("labor day weekend", D(2027, 9, 6)),  # the first Monday of September
        ("by memorial day", D(2027, 5, 31)),  # the last Monday of May
        ("mother's day would be perfect", D(2027, 5, 9)),
        ("before easter", D(2027, 3, 28)),
        ("I've got 14 months left on the visa", D(2028, 1, 27)),  # what is left, not a window
        ("the program gives you 3 years but I have 9 months remaining", D(2027, 8, 27)),
        ("my appointment is on the 12th", D(2026, 12, 12)),  # the next 12th
    ],
)
def test_a_day_of_the_year_or_the_time_left_is_the_deadline(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        ("I'm 41 and want my mortgage gone", "before I turn 50", D(2035, 11, 26)),
        ("run a marathon, I am 37", "by the time I'm 40", D(2029, 11, 26)),
        (
            "get my daughter sleeping through, she is 5 months old",
            "by her first birthday",
            D(2027, 6, 27),
        ),
    ],
)
def test_an_age_as_the_deadline_is_counted_from_the_age_the_goal_gives(goal, said, day):
    u = understand(goal, {"deadline": said}, TODAY)
    assert u.deadline == day
    assert "deadline" in u.stated


def test_an_age_with_no_age_in_the_goal_is_not_guessed():
    u = understand("pay off the car", {"deadline": "before I turn 30"}, TODAY)
    assert "deadline" not in u.stated  # the plan assumes a span and says so, no made-up date


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        ("read 40 books in a year", "dec 31", D(2027, 12, 31)),
        ("write every day this year", "end of year", D(2027, 12, 31)),
        ("get fit", "dunno, this year", D(2026, 12, 31)),  # hedged, yet theirs: said, not moved
        ("clean out the garage", "end of year", D(2026, 12, 31)),  # a plain job: the weeks left
    ],
)
def test_a_year_end_said_in_late_november_is_next_years_for_a_years_goal(goal, said, day):
    assert understand(goal, {"deadline": said}, TODAY).deadline == day


@pytest.mark.parametrize("said", ["no date really", "no deadline, it's more of a lifestyle thing"])
def test_no_date_in_other_words_is_unanswered_not_an_error(said):
    assert "deadline" not in parse_answers({"deadline": said}, TODAY)


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("we both work 50 hrs a week already, maybe 4 hrs for this", 4.0),  # not 54
        ("I already work 40 hrs, maybe 2 extra hrs/wk", 2.0),  # not unanswered
        ("saturdays mostly, 3-4 hrs, the kids' sports take my weekday evenings", 4.0),
        ("probably an hour?", 1.0),  # one hour, not an hour most days
        ("roughly 2 hours tops", 2.0),
    ],
)
def test_time_for_the_goal_leaves_out_a_jobs_hours_and_taken_days(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("read 8 books last year, 1 so far this year", 1.0),
        ("finished 20 books two years ago, 3 since the spring", 3.0),
        # last year's total is no progress on this year's 24: kept in their words, not as a start
        ("5 books last year", None),
    ],
)
def test_last_years_count_is_not_where_they_are_now(said, start):
    u = understand("read 24 books this year", {"baseline": said}, TODAY)
    assert u.baseline == start
    assert u.baseline_said == said


def test_a_piece_under_way_is_counted_in_its_own_parts_and_not_planned_from_scratch():
    u = understand(
        "finish knitting the blanket for my nephew",
        {"baseline": "15 of 40 squares done, need more yarn", "deadline": "by june"},
        TODAY,
    )
    assert (u.target, u.unit, u.baseline) == (40.0, "squares", 15.0)
    assert "pattern" in u.done  # choosing a pattern is past for a piece already under way


def test_a_count_toward_another_goal_does_not_replace_it():
    u = understand(
        "move from nursing into health informatics",
        {"baseline": "done 3 of 8 modules of the certificate"},
        TODAY,
    )
    assert u.unit != "modules"  # the new job is the goal; the modules are a step on the way


@pytest.mark.parametrize(
    ("said", "hours", "days"),
    [
        ("T/Th evenings", 3.0, ("tue", "thu")),  # day letters, no time: an evening each
        ("45 min at lunch, m/w/f", 2.25, ("mon", "wed", "fri")),  # each named day holds 45 min
        ("only after 8pm, sa/su", 4.0, ("sat", "sun")),  # "after 8pm" is a clock, not 8 hours
    ],
)
def test_days_in_letters_and_clock_times_are_read_as_days_and_times(said, hours, days):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours
    assert read_time(said).days == days


def test_a_hedged_year_end_is_this_years_and_the_short_push_is_said():
    u = understand("make new friends here", {"deadline": "end of the year I suppose"}, TODAY)
    assert u.deadline == D(2026, 12, 31)  # a month away, not 2027 passed off as theirs
    assert "short push" in u.notes["deadline_push"]


def test_a_small_weekly_slot_is_not_inflated_into_hours():
    u = understand("phone my grandad every week", {"capacity": "20 min on saturdays"}, TODAY)
    assert u.capacity <= 1.0  # not 2 hours of calls, messages and check-ins


@pytest.mark.parametrize(
    ("said", "step", "skipped"),
    [
        ("own a sewing machine, never used it", "Buy a sewing machine", True),
        ("I have an old road bike in the shed", "Get a bike that fits", True),
        ("have a bad knee from football", "Get knee support from a physio", False),
        ("haven't bought a tent yet", "Buy a tent", False),
    ],
)
def test_what_they_already_own_is_not_bought_again(said, step, skipped):
    u = understand("go on a cycling and camping trip", {"baseline": said}, TODAY)
    assert already_done(step, u.done) is skipped


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("capacity", "honestly not sure how you'd count that for this"),
        ("capacity", "we get paid every other friday, does that help"),
        ("baseline", "no idea where I'd even start counting"),
    ],
)
def test_an_answer_that_does_not_know_leaves_the_question_open(key, said):
    assert key not in parse_answers({key: said}, TODAY)  # assumed and said so, no error


def test_a_hedged_answer_with_a_number_keeps_the_number():
    assert parse_answers({"capacity": "not sure, maybe 4 hrs"}, TODAY)["capacity"] == 4.0


def test_a_retirement_age_is_counted_from_the_age_in_the_goal():
    u = understand("save for retirement, I'm 58 now", {"deadline": "retire at 62"}, TODAY)
    assert u.deadline == D(2030, 11, 26)


def test_an_age_told_in_the_past_is_no_measure_of_the_goal():
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.planner import plan_goal
    from assistant.validators import validate_plan

    settings = Settings(_env_file=None)
    said = "I played the cello until I was 14 and want to play 2 pieces again by summer"
    plan = plan_goal(OfflineEngine(settings), said, {}, settings, TODAY).plan
    findings = validate_plan(plan, settings, TODAY)
    assert plan.goal.metric.target == 2 and "14" not in plan.goal.statement
    assert not [f for f in findings if f.code == "goal.drift"]
