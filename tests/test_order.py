"""Steps in the order their dependencies need: what a session uses is bought or chosen before
the session starts, and check-ins with a partner wait until someone has been asked."""

from __future__ import annotations

import datetime as dt

from assistant.engines.offline.checkpoints import prepare_ahead
from assistant.engines.offline.order import order_steps
from assistant.models import Plan, Recurrence, Task
from tests.plans import windowed_plan

TODAY = dt.date(2026, 11, 27)


def _task(tid: str, title: str, due_day: int, times: int | None = None, **extra) -> Task:
    return Task(
        id=tid,
        title=title,
        owner="me",
        estimate_minutes=30,
        start=TODAY,
        due=TODAY + dt.timedelta(days=due_day),
        done_when="Done and noted",
        recurrence=Recurrence(times=times) if times else None,
        **extra,
    )


def _plan(*windows: tuple[int, list[Task]]) -> Plan:
    return windowed_plan(TODAY, *windows)


def test_what_a_session_uses_is_bought_before_the_session_starts():
    buy = _task("t1", "Buy a saw, glue and cedar boards", 20)
    cut = _task("t2", "Cut and glue the cedar boards for one panel", 28, times=2)
    order_steps(_plan((28, [buy, cut])))
    assert buy.due <= TODAY + dt.timedelta(days=3)
    assert cut.start is not None and cut.start >= buy.due


def test_a_step_that_shares_nothing_with_the_sessions_stays_where_it_was():
    buy = _task("t1", "Buy a birthday card for Sam", 20)
    cut = _task("t2", "Cut and glue the cedar boards for one panel", 28, times=2)
    order_steps(_plan((28, [buy, cut])))
    assert buy.due == TODAY + dt.timedelta(days=20)


def test_check_ins_with_a_buddy_wait_until_someone_is_asked():
    early = _task("t1", "Check in with your running buddy about the week", 28, times=1)
    session = _task("t2", "Run 20 minutes easy", 28, times=3)
    ask = _task("t3", "Ask a neighbour to be a running buddy", 40)
    later = _task("t4", "Check in with your running buddy about the week", 56, times=1)
    plan = order_steps(_plan((28, [early, session]), (56, [ask, later])))
    assert early not in plan.milestones[0].tasks
    assert later.start == ask.due


def test_a_check_in_that_is_the_only_attack_brings_the_ask_into_its_first_week():
    early = _task(
        "t1",
        "Check in with your prayer partner about the week",
        28,
        times=1,
        attacks_constraint=True,
    )
    reading = _task("t2", "Read 15 minutes of scripture", 28, times=5)
    ask = _task("t3", "Ask a friend to be a prayer partner", 50)
    later = _task("t4", "Check in with your prayer partner about the week", 56, times=1)
    plan = order_steps(_plan((28, [early, reading]), (56, [ask, later])))
    assert ask in plan.milestones[0].tasks and ask not in plan.milestones[1].tasks
    assert ask.due <= TODAY + dt.timedelta(days=6) and ask.attacks_constraint
    assert early in plan.milestones[0].tasks and early.start == ask.due


def test_a_preparation_due_on_the_event_day_moves_a_week_ahead():
    running_order = _task("t1", "Write the party's running order hour by hour", 56)
    held = _task("t2", "Hold the anniversary party", 56, depends_on=["t1"])
    prepare_ahead(_plan((28, [_task("t0", "Book the hall", 10)]), (56, [running_order, held])))
    assert held.due == TODAY + dt.timedelta(days=56)
    assert running_order.due == TODAY + dt.timedelta(days=49)


def test_a_step_due_before_what_it_waits_on_moves_after_it():
    nominate = _task("t1", "Ask the board to nominate you", 50)
    result = _task("t2", "Get the decision letter", 30, depends_on=["t1"])
    prepare_ahead(_plan((56, [nominate, result])))
    assert result.due >= nominate.due
