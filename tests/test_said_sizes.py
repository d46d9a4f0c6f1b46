"""The last size pass: a title's minutes are the minutes booked, and a milestone counting log
entries gets a log that runs often enough to reach the count (paraphrases written here)."""

from __future__ import annotations

import pytest

from assistant.engines.offline.said_sizes import (
    counted_entries,
    logs_reach_count,
    minutes_follow_booking,
)
from assistant.models import Plan
from tests.plans import good_plan_data


def _plan(milestone_title: str, task_title: str, minutes: int, times: int, per: str = "week"):
    """The good plan with its first milestone (20 days long) retitled and one practice set."""
    data = good_plan_data()
    first = data["milestones"][0]
    first["title"] = milestone_title
    practice = next(
        t for t in first["tasks"] if t.get("recurrence") and not t.get("attacks_constraint")
    )
    practice.update(
        title=task_title, estimate_minutes=minutes, recurrence={"times": times, "per": per}
    )
    plan = Plan.model_validate(data)
    return plan, plan.task(practice["id"])


@pytest.mark.parametrize(
    ("title", "booked", "says"),
    [
        # booked at twice what the title says: the title names the booking
        ("Revise the hardest chapter for 20 minutes with flashcards", 45, "for 45 minutes"),
        ("Do a 15-minute mobility routine after work", 40, "a 40-minute mobility"),
        # booked at half: the title follows it down
        ("Practise scales for 40 minutes on the keyboard", 20, "for 20 minutes"),
        # warm-up and changing on top are no contradiction
        ("Swim easy laps for 30 minutes", 50, "for 30 minutes"),
        # a short part inside a longer session is not the session's length
        ("Give a 3-minute toast to two friends", 20, "a 3-minute toast"),
        ("Hold a 1-minute plank, then stretch", 15, "a 1-minute plank"),
        ("Sketch 10 min from life", 15, "10 min"),
    ],
)
def test_a_title_says_the_minutes_booked(title, booked, says):
    plan, task = _plan("Sessions kept for three weeks", title, booked, 2)
    minutes_follow_booking(plan)
    assert says in task.title
    assert task.estimate_minutes == booked


@pytest.mark.parametrize(
    "title",
    [
        "Set a 30-minute timer and clear the inbox",  # a timer, not the session
        "Book a 60-minute lesson with the coach",  # arranging a session takes minutes
        "Stop screens 45 minutes before bed",  # a gap, not a length
        "Cycle 5 minutes longer than last time",  # a step up, not a length
    ],
)
def test_minutes_that_are_no_session_length_stay(title):
    plan, task = _plan("Sessions kept for three weeks", title, 10, 2)
    minutes_follow_booking(plan)
    assert task.title == title


@pytest.mark.parametrize(
    ("title", "counted"),
    [
        ("12 nights recorded in the sleep diary", (12, True)),
        ("10 mornings of weight logged", (10, True)),
        ("Home glucose: 8 readings taken", (8, False)),
        ("20 days of resting heart rate tracked", (20, True)),
        ("Walk 30 days", None),  # a span, not entries
        ("Meditated 10 days in a row", None),  # a streak of the practice itself
        ("Budget spreadsheet set up", None),
    ],
)
def test_a_milestone_counts_log_entries(title, counted):
    assert counted_entries(title) == counted


def test_a_count_of_nights_makes_the_log_nightly():
    plan, task = _plan(
        "18 nights recorded in the sleep diary", "Record bedtime and waking time", 10, 1
    )
    logs_reach_count(plan)
    assert task.recurrence is not None and task.recurrence.per == "day"
    assert task.estimate_minutes == 5  # a log line, not a session


def test_a_count_of_readings_sets_a_weekly_rate_that_reaches_it():
    plan, task = _plan(
        "9 readings of home blood sugar taken", "Measure blood sugar before lunch", 5, 1
    )
    logs_reach_count(plan)  # 9 in 20 days: 4 a week reaches it
    assert task.recurrence is not None
    assert task.recurrence.sessions_per_week() * 20 / 7 >= 9
    assert task.recurrence.per == "week"


def test_a_log_already_often_enough_is_left_alone():
    plan, task = _plan("6 weigh-ins logged", "Weigh in after waking and log it", 5, 3)
    logs_reach_count(plan)
    assert task.recurrence is not None and task.recurrence.times == 3


@pytest.mark.parametrize(
    ("title", "booked", "minutes", "says"),
    [
        # far past what the count needs: the booking comes down to it
        ("Send 4 sponsorship requests to old colleagues", 150, 35, "Send 4 sponsorship"),
        ("Read 15 pages of the set novel", 120, 30, "Read 15 pages"),
        # more than the booking holds: the count is cut to what it holds
        ("Submit 6 applications for junior analyst roles", 90, 90, "Submit 2 applications"),
        ("Write 3 pages of the memoir draft", 40, 40, "Write 1 page of the memoir"),
        # one unit past the whole session: the session names its part of it
        ("Digitise 1 album of wedding prints in one go", 45, 45, "Digitise 45 prints from 1 album"),
        # near enough: left as planned
        ("Make 3 asks for raffle prizes", 35, 35, "Make 3 asks"),
    ],
)
def test_a_quantity_act_is_sized_by_its_count(title, booked, minutes, says):
    plan, task = _plan("Sessions kept for three weeks", title, booked, 1)
    from assistant.engines.offline.said_sizes import quantities_sized

    quantities_sized(plan)
    assert task.title.startswith(says)
    assert task.estimate_minutes == minutes
    assert "in one go" not in task.title or "prints from" not in task.title


def test_a_count_cut_to_one_reads_in_the_singular():
    plan, task = _plan("Pitches out", "Send 3 pitches to local cafés", 20, 1)
    from assistant.engines.offline.said_sizes import quantities_sized

    quantities_sized(plan)
    assert task.title == "Send 1 pitch to local cafés"


@pytest.mark.parametrize(
    ("milestone", "task", "booked", "bound"),
    [
        ("Jog 2 km without a walk break", "Do a long jog, a little further than last week", 70, 50),
        ("Walk 3 miles at a steady pace", "Take a long walk 10 minutes longer each week", 160, 140),
        ("Swim 400 m without stopping", "Swim a long set of easy laps", 90, 50),
        ("Ride 40 km on the flat", "Ride a long steady ride", 90, 90),  # within the level
    ],
)
def test_practice_fits_the_milestones_level(milestone, task, booked, bound):
    from assistant.engines.offline.said_sizes import within_level

    plan, practice = _plan(milestone, task, booked, 1)
    within_level(plan)
    assert practice.estimate_minutes == bound


def test_the_next_whole_unit_past_the_session_names_its_part():
    from assistant.engines.offline.said_sizes import quantities_sized

    plan, task = _plan("Albums done", "Scan the next album start to finish, no pausing", 50, 2)
    quantities_sized(plan)
    assert task.title == "Scan 50 prints from the next album, no pausing"


def test_a_diary_check_is_not_the_log_that_makes_entries():
    plan, task = _plan(
        "16 nights written in the diary", "Check the diary to set next week's bedtime", 15, 1
    )
    logs_reach_count(plan)
    assert task.recurrence is not None and task.recurrence.per == "week"
    assert task.estimate_minutes == 15


def test_one_whole_unit_is_the_least_a_session_does():
    from assistant.engines.offline.said_sizes import quantities_sized

    plan, task = _plan("Applications out", "Complete 3 applications for bursaries", 25, 1)
    quantities_sized(plan)
    assert task.title == "Complete 1 application for bursaries"
    assert task.estimate_minutes == 45
