"""Steps placed by what they do to the practice, in any field: what gets the practice ready
(a swatch, a test scan, the size marked) is due in the first days of the sessions it prepares,
which start once it is done; a step that picks from the work done comes once most of it exists."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.prep_order import load_step_order, place_by_practice
from assistant.errors import InputError
from assistant.models import Plan, Recurrence, Task
from tests.plans import windowed_plan

TODAY = dt.date(2026, 11, 27)


def _task(tid: str, title: str, due_day: int, start_day: int = 0, times: int | None = None) -> Task:
    return Task(
        id=tid,
        title=title,
        owner="me",
        estimate_minutes=30,
        start=TODAY + dt.timedelta(days=start_day),
        due=TODAY + dt.timedelta(days=due_day),
        done_when="Done and noted",
        recurrence=Recurrence(times=times) if times else None,
    )


def _plan(*windows: tuple[int, list[Task]]) -> Plan:
    return windowed_plan(
        TODAY, *windows, statement="Finish the project", measure=("share done", 100, "%")
    )


@pytest.mark.parametrize(
    ("prep", "session"),
    [
        ("Crochet a tension swatch of 20 stitches and block it", "Crochet 6 rows of the blanket"),
        ("Test-print 3 pages of the zine on the home printer", "Print and fold 20 zines"),
        ("Mark your size on every chart of the cardigan pattern", "Work 10 rows of the pattern"),
        ("Do a test scan of 5 negatives at 2400 dpi", "Scan one strip of negatives"),
    ],
)
def test_a_preparation_spread_late_comes_before_the_sessions_it_prepares(prep, session):
    ready = _task("t1", prep, 70)
    work = _task("t2", session, 90, start_day=2, times=3)
    plan = _plan((90, [ready, work]))
    place_by_practice(plan)
    assert ready.due <= TODAY + dt.timedelta(days=10)
    assert work.start is not None and work.start >= ready.due


def test_a_preparation_in_a_later_milestone_moves_into_the_first():
    ready = _task("t1", "Highlight your size in every line of the shawl pattern", 130, 91)
    work = _task("t2", "Knit 2 repeats of the shawl pattern", 90, start_day=1, times=3)
    later = _task("t3", "Knit 2 repeats of the shawl pattern", 180, start_day=91, times=3)
    plan = _plan((90, [work]), (180, [ready, later]))
    place_by_practice(plan)
    assert ready in plan.milestones[0].tasks
    assert ready.due <= TODAY + dt.timedelta(days=9)


def test_a_step_that_prepares_nothing_stays_where_it_was():
    other = _task("t1", "Try the body on against the schematic", 60)
    work = _task("t2", "Knit on the jumper", 90, start_day=2, times=3)
    place_by_practice(_plan((90, [other, work])))
    assert other.due == TODAY + dt.timedelta(days=60)
    assert work.start == TODAY + dt.timedelta(days=2)


@pytest.mark.parametrize(
    "title",
    [
        "Pick your best 5 pieces for a wall, show or portfolio",
        "Choose your 3 strongest sketches to frame",
        "Select the best 10 shots for the club exhibition",
        "Order prints of your favourite 4 photos",
    ],
)
def test_picking_from_the_work_waits_until_most_of_it_exists(title):
    pick = _task("t1", title, 2)
    work = _task("t2", "Paint for 45 minutes on the current piece", 60, start_day=3, times=3)
    later = _task("t3", "Paint for 45 minutes on the current piece", 120, start_day=61, times=3)
    plan = _plan((60, [pick, work]), (120, [later]))
    place_by_practice(plan)
    assert pick.due >= TODAY + dt.timedelta(days=3 + int(117 * 0.7))
    assert pick in plan.milestones[1].tasks


def test_a_bad_table_names_its_problem():
    with pytest.raises(InputError):
        load_step_order('[prepares]\ntitle = "(("\n[picks]\ntitle = "x"\n')


def _whole(goal: str) -> Plan:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, {}, settings, TODAY).plan


@pytest.mark.parametrize(
    ("goal", "prep", "session"),
    [
        (
            "knit my first jumper for my daughter by next october, I can do scarves",
            "swatch",
            "Knit",
        ),
        (
            "I want to make a cardigan for myself before winter 2027, only hats so far",
            "size",
            "Knit",
        ),
        ("scan the 9 old albums from my grandma's attic by next summer", "Test-scan", "Scan 60"),
        (
            "digitize 4 boxes of family pictures before our reunion in august",
            "Test-scan",
            "Scan 60",
        ),
    ],
)
def test_in_whole_plans_the_preparation_is_done_before_the_practice_starts(goal, prep, session):
    plan = _whole(goal)
    ready = next(t for t in plan.tasks() if not t.recurrence and prep in t.title)
    works = [t for t in plan.tasks() if t.recurrence and t.title.startswith(session)]
    assert works
    assert ready.due <= TODAY + dt.timedelta(days=14)
    assert all((t.start or TODAY) >= ready.due for t in works)


@pytest.mark.parametrize(
    "goal",
    [
        "paint 40 small watercolours by september and hang the best in my hall",
        "get back into drawing, finish a sketchbook of 30 drawings by may",
        "do the 30 day ink drawing challenge in april, I haven't drawn in years",
    ],
)
def test_in_whole_plans_the_best_pieces_are_picked_late(goal):
    plan = _whole(goal)
    picks = [t for t in plan.tasks() if t.title.startswith("Pick your best")]
    span = (plan.goal.deadline - TODAY).days
    for pick in picks:
        assert pick.due >= TODAY + dt.timedelta(days=int(span * 0.6))


def test_a_download_of_a_record_is_no_preparation():
    log = _task("t1", "Download the hours log for a reference letter", 80)
    work = _task("t2", "Volunteer a 3-hour shift at the food bank", 90, start_day=2, times=1)
    place_by_practice(_plan((90, [log, work])))
    assert log.due == TODAY + dt.timedelta(days=80)


@pytest.mark.parametrize(
    "title",
    [
        "Pick your best 5 pieces for a wall, show or portfolio",
        "Choose your 3 strongest pieces for the open studio",
        "Select the best 6 pieces to frame",
    ],
)
def test_picking_the_best_pieces_is_no_set_up_for_the_sessions_that_make_them(title):
    from assistant.engines.offline.order import order_steps, sets_up

    pick = _task("t1", title, 40)
    work = _task("t2", "Paint for 30 minutes on your current piece", 60, start_day=2, times=3)
    assert not sets_up(pick, work)
    order_steps(_plan((60, [pick, work])))
    assert work.start == TODAY + dt.timedelta(days=2)
    assert pick.due == TODAY + dt.timedelta(days=40)
