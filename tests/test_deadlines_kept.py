"""The person's own deadline kept: a close date is planned to (and said to be close), never
pushed a year; a month named bare that is this month is not read as a year away when the goal
is short; a limit counted from a past event is counted from that event; a later date after 'so'
wins; a date moved is never labelled stated. Hand-written phrasings, none from the rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.deadline import MOVED
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
D = dt.date
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("wedding is june 20, so end of may really", D(2027, 5, 31)),  # the date after 'so'
        ("the relay is at the start of april", D(2027, 4, 1)),  # the month's first day
        ("somewhere around early march", D(2027, 3, 10)),
        ("there's a 60 day limit, the rejection was in october", D(2026, 12, 14)),
        ("a 90-day window and the refusal came in july", D(2026, 12, 4)),  # closing: a week
    ],
)
def test_the_date_the_person_meant_is_read(said, day):
    assert parse_deadline(said, TODAY) == day


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("pay down my visa a bit", "hmm end of the year?"),
        ("get a part-time job lined up", "asap, before year end"),
    ],
)
def test_a_close_year_end_is_this_years_and_said_to_be_close(goal, said):
    u = understand(goal, {"deadline": said}, TODAY)
    assert u.deadline == D(2026, 12, 31)  # a month away, not December 2027
    assert "deadline" in u.stated


def test_a_years_goal_moved_a_year_is_not_labelled_stated():
    plan = ENGINE.draft("read 25 books in a year", {"deadline": "dec 31"}, TODAY)
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert plan.goal.deadline == D(2027, 12, 31)
    assert deadline.source == "assumed" and "too short for a year's goal" in deadline.text


def test_this_month_named_bare_takes_the_goals_own_nearer_date():
    u = understand(
        "get 8 more people for the toy drive before christmas",
        {"deadline": "by november, the drive starts then"},
        TODAY,
    )
    assert D(2026, 12, 20) <= u.deadline <= D(2026, 12, 25)  # Christmas, not November 2027
    assert MOVED in u.stated and "deadline" not in u.stated
    assert "November 2027" in u.notes["deadline"]


def test_this_month_named_bare_for_a_short_goal_is_not_a_year_away():
    u = understand("sort out the spare room", {"deadline": "mid november"}, TODAY)
    assert u.deadline < D(2027, 6, 1)  # the usual span, with next November to confirm
    assert "say if you meant November 2027" in u.notes["deadline"]


def test_a_date_days_away_is_not_stretched_by_a_money_pace_and_is_said():
    plan = ENGINE.draft(
        "put the 12k sitting in my checking account into an index fund",
        {"deadline": "by the end of this month"},
        TODAY,
    )
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert plan.goal.deadline <= TODAY + dt.timedelta(weeks=3)  # not six monthly parts
    assert deadline.source == "assumed" and "only 3 days away" in deadline.text
    assert "realistic pace" not in deadline.text


def test_a_close_date_kept_says_it_is_a_short_push():
    plan = ENGINE.draft("find a new job in marketing", {"deadline": "by dec 20"}, TODAY)
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert plan.goal.deadline == D(2026, 12, 20)
    assert deadline.source == "stated" and "short push" in deadline.text


def test_their_date_moved_by_their_own_amount_is_not_stretched_by_the_spacing():
    plan = ENGINE.draft(
        "Save $400 a month into a rainy-day fund until I have $4,000",
        {"deadline": "by end of next year I guess", "baseline": "I have $400 in savings"},
        TODAY,
    )
    assert plan.goal.deadline <= D(2027, 9, 30)  # nine months at their $400, not 2029
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert deadline.source == "assumed" and "sooner" in deadline.text


def test_the_counter_flags_a_date_pushed_past_the_one_said_and_a_moved_date_called_stated():
    from evals.deadline_gaps import count

    said = {"deadline": "by march 1"}
    rows = [
        {"plan": "r/a", "goal": "x", "answers": said, "deadline": "2027-03-01", "label": "stated"},
        {"plan": "r/b", "goal": "x", "answers": said, "deadline": "2028-03-01", "label": "stated"},
        {
            "plan": "r/c",
            "goal": "x",
            "answers": {"deadline": "starting monday"},
            "deadline": "2028-03-01",
            "label": "assumed",
        },
    ]
    bad, lines = count(rows)
    assert bad["deadline over 4 weeks past the date said"] == 1
    assert bad["moved yet labelled stated"] == 1 and all("r/b" in line for line in lines)


def test_a_limit_counted_from_a_past_event_that_has_run_out_is_said():
    plan = ENGINE.draft(
        "appeal the claim they refused for my physio",
        {"deadline": "I think I get 60 days, the refusal came in july"},
        TODAY,
    )
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert plan.goal.deadline == TODAY + dt.timedelta(days=7)  # act now, not next year
    assert deadline.source == "assumed" and "already past" in deadline.text
