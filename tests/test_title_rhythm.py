"""A task's rhythm matches its title: a tiny daily act is planned every day at its real cost
without taking time from the main sessions, a task tied to each session repeats with them, and
a task that stays weekly is worded for a week."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.fit import fit_capacity
from assistant.engines.offline.tasks import REVIEW, scaled_practice
from assistant.engines.offline.title_rhythm import (
    TINY_MINUTES,
    daily_step,
    per_session,
    says_daily,
    weekly_by_title,
    word_for_rhythm,
)
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task
from assistant.playbooks import Step

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "title",
    [
        "Jot tonight's bedtime and wake-up feeling in the notebook",
        "Record the day's blood pressure reading in the phone",
        "Note each evening what you spent on takeaways",
        "Drink a daily glass of beetroot juice",
    ],
)
def test_a_tiny_act_said_for_each_day_is_planned_every_day_at_a_few_minutes(title):
    step = daily_step(Step(title, 10 if "Jot" in title else 8, "Noted", times=2))
    assert step.times == 7 and step.minutes <= TINY_MINUTES


@pytest.mark.parametrize(
    ("title", "minutes"),
    [
        ("Pick next week's gym times, each tied to a daily anchor", 10),  # plans the week
        ("Check the 2-week daily step average against the target", 10),  # a thing, not a rhythm
        ("Practise scales every day for 40 minutes", 40),  # not tiny: the fit decides its days
    ],
)
def test_steps_that_are_not_a_tiny_daily_act_keep_their_rhythm(title, minutes):
    step = Step(title, minutes, "Done", times=2)
    assert daily_step(step) == step


def test_a_daily_log_keeps_its_days_without_taking_sessions_from_the_main_practice():
    swim = Step("Swim laps for 40 minutes", 45, "Laps logged", times=3)
    log = Step("Jot the day's swim distance and how the shoulder felt", 10, "Jotted", times=3)
    attack = Step("Pack the swim bag the night before", 10, "Bag by the door", times=1)
    alone = scaled_practice((swim,), 240, attack, [], TODAY, TODAY + dt.timedelta(days=27))
    both = scaled_practice((swim, log), 240, attack, [], TODAY, TODAY + dt.timedelta(days=27))
    assert both[0] == alone[0]  # the swims: as many and as long as without the log
    assert both[1].times == 7 and both[1].minutes <= TINY_MINUTES


def _task(tid: str, title: str, minutes: int, rec: Recurrence, attacks: bool = False) -> Task:
    return Task(
        id=tid,
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=dt.date(2027, 1, 24),
        start=TODAY,
        done_when="Done for the day",
        recurrence=rec,
        attacks_constraint=attacks,
    )


def _plan(hours: float, *tasks: Task) -> Plan:
    metric = Metric(name="sessions", target=24, unit="sessions", kind="lagging")
    return Plan(
        id="p-1",
        start_date=TODAY,
        goal=Goal(statement="Climb a V4", metric=metric, deadline=dt.date(2027, 1, 24)),
        constraint="time",
        capacity_hours_per_week=hours,
        owners=["me"],
        milestones=[
            Milestone(
                id="m1",
                title="V3 sent",
                metric=metric,
                deadline=dt.date(2027, 1, 24),
                tasks=list(tasks),
            )
        ],
    )


def test_with_no_room_a_daily_log_becomes_one_weekly_sitting_worded_for_the_week():
    climb = _task("t1", "Climb at the wall for 60 minutes", 60, Recurrence(times=3, per="week"))
    log = _task("t2", "Log the day's finger pain from 0 to 10", 5, Recurrence(times=1, per="day"))
    plan = fit_capacity(_plan(4, climb, log), Settings(_env_file=None))
    assert climb.recurrence.times == 3 and climb.estimate_minutes == 60
    assert log.recurrence.per == "week" and log.title == "Log the week's finger pain from 0 to 10"
    assert log.done_when == "Done for the week"
    assert plan.tasks()  # still a plan


def test_with_room_a_daily_log_stays_daily():
    climb = _task("t1", "Climb at the wall for 60 minutes", 60, Recurrence(times=3, per="week"))
    log = _task("t2", "Log the day's finger pain from 0 to 10", 5, Recurrence(times=1, per="day"))
    fit_capacity(_plan(6, climb, log), Settings(_env_file=None))
    assert log.recurrence.per == "day" and log.title.startswith("Log the day's")


def test_a_warm_up_before_each_session_repeats_with_the_sessions_and_follows_them_down():
    climb = _task("t1", "Climb at the wall for 50 minutes", 50, Recurrence(times=3, per="week"))
    warm = _task(
        "t2",
        "Do the 15-minute finger warm-up before each climb",
        15,
        Recurrence(times=1, per="week"),
        attacks=True,
    )
    roomy = fit_capacity(_plan(6, climb, warm), Settings(_env_file=None))
    assert roomy.tasks()[1].recurrence.times == 3
    climb2 = climb.model_copy(deep=True)
    warm2 = warm.model_copy(deep=True)
    tight = fit_capacity(_plan(2, climb2, warm2), Settings(_env_file=None))
    main, tied = tight.tasks()
    assert tied.recurrence.sessions_per_week() == main.recurrence.sessions_per_week()
    assert f"{tied.estimate_minutes}-minute" in tied.title  # a shorter warm-up says so


@pytest.mark.parametrize(
    ("title", "weekly"),
    [
        ("Drink the daily 500-calorie smoothie", "Drink the 500-calorie smoothie"),
        ("Rate today's back pain from 0 to 10", "Rate the week's back pain from 0 to 10"),
        ("Stretch the hamstrings every evening", "Stretch the hamstrings"),
    ],
)
def test_a_task_that_stays_weekly_is_worded_for_a_week(title, weekly):
    task = _task("t1", title, 15, Recurrence(times=2, per="week"))
    word_for_rhythm(_plan(3, task))
    assert task.title == weekly and not says_daily(task.title)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("gain 6 kg, I'm skinny and never hungry", {"capacity": "3 hours a week"}),
        ("get my blood sugar down, I'm prediabetic", {"capacity": "2 hours a week"}),
        ("lose 30 pounds before my wedding", {"capacity": "10 hours a week"}),
        ("stop vaping for good", {}),
        ("get back into tennis after my shoulder injury", {"constraint": "my shoulder hurts"}),
    ],
)
def test_offline_plans_never_ask_daily_in_a_title_and_schedule_it_weekly(goal, answers):
    plan = OfflineEngine(Settings(_env_file=None)).draft(goal, answers, TODAY)
    for milestone in plan.milestones:
        sessions = [t for t in milestone.tasks if t.recurrence and not per_session(t)]
        for task in milestone.tasks:
            if not task.recurrence:
                continue
            if says_daily(task.title):
                assert task.recurrence.sessions_per_week() >= 5, task.title
            if per_session(task) and sessions:
                assert (
                    task.recurrence.sessions_per_week()
                    == sessions[0].recurrence.sessions_per_week()
                )


def test_the_review_step_is_not_mistaken_for_a_daily_act():
    assert daily_step(REVIEW) == REVIEW


def test_a_plan_booking_far_less_than_the_stated_hours_says_so_and_why():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "build up an emergency fund of 2 months rent",
        {"capacity": "6 hours a week", "deadline": "by next autumn"},
        TODAY,
    )
    said = next(a for a in plan.assumptions if a.key == "capacity")
    assert "an ordinary week of this plan books about" in said.text
    assert said.text.count("ordinary week") == 1
    busy = OfflineEngine(Settings(_env_file=None)).draft(
        "run my first 10k", {"capacity": "3 hours a week", "deadline": "in 4 months"}, TODAY
    )
    assert not any("ordinary week of this plan" in a.text for a in busy.assumptions)


def test_a_tiny_act_planned_on_most_days_keeps_them_without_shortening_the_main_session():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "I'm really underweight at 52 kg and want to bulk up to 60",
        {"capacity": "3 hours a week"},
        TODAY,
    )
    drinks = [t for t in plan.tasks() if t.recurrence and t.title.startswith("Drink")]
    lifts = [t for t in plan.tasks() if t.recurrence and t.title.startswith("Lift")]
    assert drinks and all(t.recurrence.sessions_per_week() >= 5 for t in drinks)
    assert all(t.estimate_minutes <= TINY_MINUTES for t in drinks)
    assert lifts and all(t.estimate_minutes >= 45 for t in lifts)


def test_ten_stated_hours_for_an_exam_grow_the_study_sessions_into_them():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "pass the Series 7 licensing exam",
        {"capacity": "10 hours a week", "deadline": "in 5 months"},
        TODAY,
    )
    first = plan.milestones[0]
    weekly = sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes for t in first.tasks if t.recurrence
    )
    assert weekly >= 0.5 * 10 * 60, weekly  # half the stated week, not a quarter
    said = next(a for a in plan.assumptions if a.key == "capacity")
    assert "ordinary week of this plan" not in said.text


def test_a_bag_packed_the_night_before_each_planned_day_follows_the_planned_days():
    walk = _task("t1", "Walk briskly for 30 minutes", 30, Recurrence(times=4, per="week"))
    bag = _task(
        "t2",
        "Leave the packed bag by the door the night before each planned day",
        5,
        Recurrence(times=1, per="week"),
        attacks=True,
    )
    fit_capacity(_plan(5, walk, bag), Settings(_env_file=None))
    assert bag.recurrence.sessions_per_week() == walk.recurrence.sessions_per_week() == 4


def test_a_note_about_the_week_left_on_a_daily_rhythm_is_done_once_a_week():
    walk = _task("t1", "Walk briskly for 30 minutes", 35, Recurrence(times=2, per="week"))
    note = _task("t2", "Note how sleep and mood felt this week", 5, Recurrence(times=1, per="day"))
    fit_capacity(_plan(3, walk, note), Settings(_env_file=None))
    assert note.recurrence == Recurrence(times=1, per="week") and note.estimate_minutes >= 10


def test_after_the_fit_a_session_title_never_contradicts_its_minutes():
    move = _task("t1", "Dance for 25 minutes to a playlist", 5, Recurrence(times=1, per="day"))
    long = _task("t2", "Swim for 20 minutes", 75, Recurrence(times=2, per="week"))
    fit_capacity(_plan(6, move, long), Settings(_env_file=None))
    assert move.title == "Dance for 5 minutes to a playlist"
    assert long.title == "Swim for 20 minutes" and long.estimate_minutes <= 30


def test_a_task_for_the_next_3_days_is_done_twice_a_week_not_with_every_meal():
    prep = _task("t1", "Prep a tub of cut vegetables for the next 3 days", 15, Recurrence(times=14))
    weekly_by_title(_plan(3, prep))
    assert prep.recurrence.sessions_per_week() == 2


def test_a_task_planned_once_a_month_never_names_next_or_last_week():
    call = _task(
        "t1",
        "Hold next week's call in the window that fits both zones",
        15,
        Recurrence(times=1, per="month"),
    )
    talk = _task(
        "t2",
        "Give a 2-minute talk to 1 more person than last week",
        20,
        Recurrence(times=1, per="month"),
    )
    plan = word_for_rhythm(_plan(0.1, call, talk))
    titles = [t.title for t in plan.tasks()]
    assert titles == [
        "Hold the next call in the window that fits both zones",
        "Give a 2-minute talk to 1 more person than last time",
    ]


def test_a_task_said_than_last_week_is_raised_to_weekly_when_the_week_has_room():
    talk = _task(
        "t1",
        "Give a 2-minute talk to 1 more person than last week",
        20,
        Recurrence(times=1, per="month"),
    )
    weekly_by_title(_plan(3, talk), usable=180)
    assert talk.recurrence.sessions_per_week() == 1 and talk.title.endswith("last week")


def test_a_goal_of_two_appointments_gets_no_weekly_review_but_a_practice_goal_keeps_it():
    engine = OfflineEngine(Settings(_env_file=None))
    jabs = engine.draft(
        "get my shingles vaccine, both doses",
        {"capacity": "its two appointments", "deadline": "soon"},
        TODAY,
    )
    spanish = engine.draft("Learn Spanish", {"capacity": "5 hours a week"}, TODAY)
    assert REVIEW.title not in {t.title for t in jabs.tasks()}
    assert REVIEW.title in {t.title for t in spanish.tasks()}


@pytest.mark.parametrize(
    "goal",
    [
        "get my car through its retest in 3 weeks, the brakes failed",
        "clear the garage before my brother's visit on 20 december",
        "learn 3 songs on ukulele by christmas",
    ],
)
def test_a_plan_shorter_than_six_weeks_has_no_weekly_review(goal):
    engine = OfflineEngine(Settings(_env_file=None))
    short = engine.draft(goal, {"capacity": "5 hours a week"}, TODAY)
    assert (short.goal.deadline - TODAY).days < 42
    assert REVIEW.title not in {t.title for t in short.tasks()}
