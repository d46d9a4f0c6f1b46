"""Revisions that set a limit: the longest session, a later start, a move the body must avoid."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline import OfflineEngine

TODAY = dt.date(2026, 11, 28)  # a Saturday


def planned(goal: str) -> Conversation:
    settings = Settings(_env_file=None, offline=True)
    chat = Conversation(OfflineEngine(settings), settings, TODAY)
    chat.send(goal)
    assert chat.send("just plan it").plan is not None
    return chat


def test_twenty_minutes_at_a_time_caps_the_sessions_and_keeps_the_weeks_time():
    chat = planned("I want to lose 15 pounds by summer")
    before = chat.plan
    assert before is not None
    plan = chat.send("i can only do 20 minutes at a time").plan
    assert plan is not None and plan.version == 2
    assert plan.capacity_hours_per_week == before.capacity_hours_per_week
    sessions = [t for t in plan.tasks() if t.recurrence]
    assert sessions and all(t.estimate_minutes <= 20 for t in sessions)
    assert any(t.title == "Walk briskly for 20 minutes" for t in sessions)


def test_a_later_start_moves_every_date_and_an_assumed_deadline_with_it():
    chat = planned("save 2000 for a trip")
    before = chat.plan
    assert before is not None
    plan = chat.send("can we start in january").plan
    assert plan is not None and plan.start_date == dt.date(2027, 1, 1)
    shift = plan.start_date - before.start_date
    assert plan.goal.deadline == before.goal.deadline + shift
    assert all(t.due >= plan.start_date for t in plan.tasks())


def test_a_later_start_keeps_a_deadline_the_person_gave():
    chat = planned("run a 5k by march")
    before = chat.plan
    assert before is not None
    plan = chat.send("can we start next monday").plan
    assert plan is not None and plan.start_date == dt.date(2026, 11, 30)
    assert plan.goal.deadline == before.goal.deadline
    assert all(t.due >= plan.start_date for t in plan.tasks())


def test_no_running_or_jumping_is_kept_as_a_caution_and_the_workouts_say_so():
    chat = planned("get fit, 3 workouts a week with some hiit")
    plan = chat.send("no running or jumping, bad knees").plan
    assert plan is not None and plan.version == 2
    assert any(a.key == "caution" and "bad knees" in a.text for a in plan.assumptions)
    workouts = [t for t in plan.tasks() if t.title.startswith("Do the 40-minute workout")]
    assert workouts and all(t.title.endswith("without running or jumping") for t in workouts)


def test_when_the_move_is_the_goal_itself_the_plan_keeps_it_and_books_a_check_first():
    chat = planned("run a 5k by march")
    before = chat.plan
    assert before is not None
    plan = chat.send("my knee hurts, no running for now").plan
    assert plan is not None
    runs = [t for t in plan.tasks() if t.title.startswith("Run ")]
    assert len(runs) == len([t for t in before.tasks() if t.title.startswith("Run ")])
    check = next(t for t in plan.tasks() if "physio" in t.title)
    assert check.due <= TODAY + dt.timedelta(days=3)


def test_dropping_a_task_by_what_people_call_it_and_its_indicator_goes_too():
    chat = planned("I want to lose 15 pounds by summer")
    turn = chat.send("drop the walks")
    assert turn.plan is not None and not any(t.title.startswith("Walk") for t in turn.plan.tasks())
    assert "walks per week" not in [m.name for m in turn.plan.leading_indicators]
    assert "Leading indicator 'walks per week' removed" in turn.message
    plan = chat.send("remove the food diary thing").plan
    assert plan is not None and plan.version == 3
    assert not any("meals in the tracking app" in t.title for t in plan.tasks())
    assert any("meal plan" in t.title for t in plan.tasks())  # not every task with 'meal'
    assert plan.leading_indicators  # the last one stays, whatever it counts


def test_a_task_nobody_planned_is_named_with_the_nearest_ones():
    chat = planned("I want to lose 15 pounds by summer")
    turn = chat.send("drop the yoga")
    assert turn.plan is not None and turn.plan.version == 1
    assert "no task in this plan is about 'yoga'; the nearest: t" in turn.message
