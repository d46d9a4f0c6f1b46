"""Whole plans, as the person gets them: what a session needs comes before it, the options are
listed before one is picked, the race is entered early, project work waits for the project, and
a session stops once the milestone that finishes its work is reached."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan, Task
from assistant.planner import plan_goal

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _first(plan: Plan, start: str, once: bool | None = None) -> Task:
    found = [
        t
        for t in plan.tasks()
        if t.title.lower().startswith(start.lower())
        and (once is None or (t.recurrence is None) == once)
    ]
    assert found, f"no task starting {start!r} in {[t.title for t in plan.tasks()]}"
    return found[0]


def _first_session_day(plan: Plan, start: str) -> dt.date:
    """The first day of the main practice whose title starts so (not the obstacle's move)."""
    sessions = [
        t
        for t in plan.tasks()
        if t.recurrence and not t.attacks_constraint and t.title.lower().startswith(start.lower())
    ]
    assert sessions
    return min(t.start or plan.start_date for t in sessions)


def test_packing_supplies_come_before_the_first_packing_session():
    plan = _plan(
        "move across the country to Portland for a new job and pack up the flat",
        deadline="the job starts on 12 July",
        capacity="about 4 hours a week",
    )
    supplies = _first(plan, "Get boxes", once=True)
    assert supplies.due <= _first_session_day(plan, "Pack 8 boxes")
    assert supplies in plan.milestones[0].tasks


def test_packing_stops_once_everything_is_packed():
    plan = _plan(
        "move across the country to Portland for a new job and pack up the flat",
        deadline="the job starts on 12 July",
        capacity="about 4 hours a week",
    )
    packed = next(i for i, m in enumerate(plan.milestones) if "Everything packed" in m.title)
    for milestone in plan.milestones[packed + 1 :]:
        assert not [t.title for t in milestone.tasks if t.recurrence and "Pack " in t.title]


def test_course_lessons_end_with_the_milestone_that_finishes_the_course():
    plan = _plan(
        "switch careers from retail into data analytics",
        deadline="within a year",
        capacity="6 hours a week",
    )
    done = next(i for i, m in enumerate(plan.milestones) if "course finished" in m.title)
    lessons = [
        i
        for i, m in enumerate(plan.milestones)
        for t in m.tasks
        if t.recurrence and "lesson of the" in t.title
    ]
    assert lessons and max(lessons) <= done


def test_the_options_are_listed_before_one_is_picked():
    plan = _plan(
        "meet some people and build a circle of friends after moving to Leeds",
        deadline="by spring",
        capacity="2 evenings a week",
    )
    listed = _first(plan, "List 3 groups", once=True)
    picked = _first(plan, "Pick 1 weekly group", once=True)
    assert listed.due < picked.due
    signed = [t for t in plan.tasks() if t.title.startswith("Sign up for a weekly")]
    assert all(t.due > picked.due for t in signed)


def test_the_race_is_entered_long_before_race_day():
    plan = _plan(
        "run my first 10k race in the spring, I can jog about 3 km now",
        deadline="the race is on 25 April",
        capacity="3 runs a week",
    )
    entry = _first(plan, "Register for the race", once=True)
    assert (plan.goal.deadline - entry.due).days >= 28
    assert entry not in plan.milestones[-1].tasks


def test_work_on_the_stretch_project_waits_until_it_is_taken_on():
    plan = _plan(
        "get promoted to staff engineer at the next promotion round",
        deadline="promotions are decided in June",
        capacity="3 hours a week",
    )
    volunteer = _first(plan, "Volunteer to lead", once=True)
    deliver = [t for t in plan.tasks() if t.recurrence and "next-level project" in t.title]
    assert deliver and all((t.start or plan.start_date) >= volunteer.due for t in deliver)


def test_the_scanner_is_chosen_before_the_first_scanning_session():
    plan = _plan(
        "digitize the old family slides and albums from my grandparents",
        deadline="before the family reunion in March",
        capacity="3 hours a week",
    )
    choose = _first(plan, "Choose the scanner", once=True)
    assert choose.due <= _first_session_day(plan, "Scan ")


def test_the_nomination_comes_well_before_the_promotion_decision():
    plan = _plan(
        "get promoted to staff engineer at the next promotion round",
        deadline="promotions are decided in June",
        capacity="3 hours a week",
    )
    nominate = _first(plan, "Ask your manager to put you forward", once=True)
    confirm = _first(plan, "Get written confirmation", once=True)
    assert (confirm.due - nominate.due).days >= 7


def test_the_race_kit_is_laid_out_the_night_before_not_on_race_day():
    plan = _plan(
        "run my first 10k race in the spring, I can jog about 3 km now",
        deadline="the race is on 25 April",
        capacity="3 runs a week",
    )
    kit = _first(plan, "Lay out race kit", once=True)
    assert kit.due == plan.goal.deadline - dt.timedelta(days=1)


def test_people_hear_the_quit_date_before_it_and_the_slip_plan_is_not_left_to_the_end():
    plan = _plan(
        "give up cigarettes for good, I smoke about 15 a day",
        deadline="by the end of February",
        capacity="half an hour most days",
    )
    quit_day = plan.milestones[0].deadline
    tell = _first(plan, "Tell 3 people your quit date", once=True)
    assert tell.due <= quit_day
    slip = _first(plan, "Write a slip plan", once=True)
    assert slip not in plan.milestones[-1].tasks


def test_finding_a_stand_in_garage_is_done_once_not_every_week():
    plan = _plan(
        "get the grinding noise in my brakes fixed before it gets dangerous",
        deadline="within 3 weeks",
        capacity="a couple of hours on saturday",
        constraint="I need my car every day for the commute, there's no other car",
    )
    finds = [t for t in plan.tasks() if t.title.startswith("Find a mobile mechanic")]
    assert finds and all(t.recurrence is None for t in finds) and len(finds) == 1


def test_applications_wait_for_the_rewritten_cv_and_the_title_comes_before_the_list():
    plan = _plan(
        "land a new job as a project coordinator, I'm stuck in a dead-end admin role",
        deadline="in 4 months",
        capacity="4 hours a week",
    )
    cv = _first(plan, "Rewrite the CV", once=True)
    applications = [t for t in plan.tasks() if t.recurrence and "application" in t.title]
    assert applications and all((t.start or plan.start_date) >= cv.due for t in applications)
    title = _first(plan, "Pick 1 job title", once=True)
    companies = _first(plan, "List 20 target companies", once=True)
    assert title.due < companies.due


def test_each_milestone_lists_its_one_off_steps_in_date_order():
    plan = _plan(
        "get promoted to staff engineer at the next promotion round",
        deadline="promotions are decided in June",
        capacity="3 hours a week",
    )
    for milestone in plan.milestones:
        dues = [t.due for t in milestone.tasks if not t.recurrence]
        assert dues == sorted(dues)
        kinds = [t.recurrence is None for t in milestone.tasks]
        assert kinds == sorted(kinds, reverse=True)  # one-offs first, then the weekly sessions
