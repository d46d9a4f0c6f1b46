"""The scheduler: what lands in which week, when a plan does not fit, and what would make it fit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.models import Plan
from assistant.schedule import apply_fix, schedule, session_dates, top_tasks
from assistant.validators import CATALOG
from tests.plans import TODAY, good_plan, good_plan_data
from tests.test_validators import plans

MONDAY = dt.date(2026, 11, 23)  # the good plan's first day


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def task(id, minutes, due, **kw) -> dict:
    return {"id": id, "title": f"Do task {id}", "owner": "Sam", "estimate_minutes": minutes,
            "due": due, "done_when": "Checked", **kw}  # fmt: skip


def with_tasks(milestone: int, *tasks: dict, **plan_fields) -> Plan:
    data = good_plan_data()
    data["milestones"][milestone]["tasks"].extend(tasks)
    data.update(plan_fields)
    return Plan.model_validate(data)


def week_of(sched, task_id: str) -> dt.date:
    [week] = sched.weeks_of(task_id)
    return week


def assert_dependency_order(plan: Plan, sched) -> None:
    for t in plan.tasks():
        for dep in t.depends_on:
            if sched.weeks_of(t.id) and sched.weeks_of(dep):
                assert sched.weeks_of(dep)[0] <= sched.weeks_of(t.id)[0], (dep, t.id)


# --- a plan that fits ---------------------------------------------------------------------------


def test_good_plan_fits_every_week_with_no_findings():
    sched = schedule(good_plan(), Settings(), TODAY)
    assert sched.fits and sched.findings == [] and sched.fixes == []
    assert sched.weeks[0].week_of == MONDAY and sched.weeks[-1].week_of == d("2027-02-22")
    assert all(w.capacity_minutes == 240 for w in sched.weeks)  # 5 h less 20% slack
    for week in sched.weeks:
        assert week.planned_minutes == sum(i.minutes for i in week.items) <= 240


def test_every_open_task_is_scheduled_in_its_due_week_when_there_is_room():
    plan = good_plan()
    sched = schedule(plan, Settings(), TODAY)
    assert {i.task_id for w in sched.weeks for i in w.items} == {t.id for t in plan.tasks()}
    assert week_of(sched, "t1") == MONDAY  # shoes, due Thursday of week one
    assert week_of(sched, "t9") == d("2027-02-08")
    assert week_of(sched, "t10") == d("2027-02-22")  # the race stays in race week


def test_done_and_dropped_tasks_take_no_time():
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["status"] = "done"
    data["milestones"][3]["tasks"][2]["status"] = "dropped"
    sched = schedule(Plan.model_validate(data), Settings(), TODAY)
    assert sched.weeks_of("t1") == [] and sched.weeks_of("t10") == []
    assert sched.weeks[0].planned_minutes == 95


def test_schedule_starts_at_today_not_in_the_past():
    sched = schedule(good_plan(), Settings(), d("2027-01-13"))
    assert sched.weeks[0].week_of == d("2027-01-11")
    assert sched.weeks_of("t2") == []  # its sessions are all in the past
    overdue = [f for f in sched.findings if f.code == "schedule.late"]
    assert [f.path for f in overdue] == ["milestones[0].tasks[0]"]  # the shoes, due in November
    assert week_of(sched, "t1") == d("2027-01-11")


def test_output_is_deterministic():
    plan = with_tasks(1, *(task(f"x{i}", 50, "2026-12-20") for i in range(12)))
    runs = [schedule(plan, Settings(), TODAY).model_dump() for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]


# --- recurring tasks, starts, milestone deadlines --------------------------------------------


def test_each_session_of_a_recurring_task_sits_in_its_week():
    # three times a week from a Wednesday: Wed, Sat, Mon ... until a Tuesday four weeks on
    plan = with_tasks(1, task("r1", 30, "2026-12-29", start="2026-12-02",
                              recurrence={"times": 3, "per": "week"}))  # fmt: skip
    sched = schedule(plan, Settings(), TODAY)
    counts = {w.week_of: i.sessions for w in sched.weeks for i in w.items if i.task_id == "r1"}
    assert counts == {d("2026-11-30"): 2, d("2026-12-07"): 3, d("2026-12-14"): 3,
                      d("2026-12-21"): 3, d("2026-12-28"): 1}  # fmt: skip
    dates = session_dates(plan.task("r1"), plan)
    assert len(dates) == sum(counts.values()) and dates[0] == d("2026-12-02")
    assert all(d("2026-12-02") <= day <= d("2026-12-29") for day in dates)
    minutes = [i.minutes for w in sched.weeks for i in w.items if i.task_id == "r1"]
    assert minutes == [60, 90, 90, 90, 30]


@pytest.mark.parametrize(
    ("recurrence", "expected"),
    [({"times": 1, "per": "day"}, 28), ({"times": 2, "per": "day"}, 56),
     ({"times": 1, "per": "month"}, 1), ({"times": 2, "per": "week"}, 8)],
)  # fmt: skip
def test_session_counts_follow_the_recurrence(recurrence, expected):
    plan = with_tasks(1, task("r1", 5, "2026-12-27", start="2026-11-30", recurrence=recurrence))
    assert len(session_dates(plan.task("r1"), plan)) == expected


def test_a_task_never_starts_before_its_start_date():
    plan = with_tasks(2, task("s1", 60, "2027-02-07", start="2027-01-20"))
    sched = schedule(plan, Settings(), TODAY)
    assert d("2027-01-18") <= week_of(sched, "s1") <= d("2027-02-01")


def test_milestone_deadline_bounds_a_task_due_later():
    plan = with_tasks(0, task("late1", 30, "2026-12-24"))  # due after m1's deadline (2026-12-13)
    assert week_of(schedule(plan, Settings(), TODAY), "late1") == d("2026-12-07")


# --- dependencies ----------------------------------------------------------------------------


def test_a_task_is_never_before_what_it_depends_on():
    # b waits on a and is listed first; both due the same week, and that week is full
    plan = with_tasks(1, task("b", 70, "2026-12-20", depends_on=["a"]), task("a", 70, "2026-12-20"),
                      capacity_hours_per_week=3.5)  # fmt: skip
    sched = schedule(plan, Settings(), TODAY)
    assert sched.fits
    assert week_of(sched, "a") < week_of(sched, "b") == d("2026-12-14")
    [week] = [w for w in sched.weeks if w.week_of == week_of(sched, "a")]
    assert [i.task_id for i in week.items][-1] == "a"


def test_dependency_chain_within_one_week_is_listed_in_order():
    chain = [
        task("c3", 20, "2027-02-21", depends_on=["c2"]),
        task("c2", 20, "2027-02-21", depends_on=["c1"]),
        task("c1", 20, "2027-02-21"),
    ]
    plan = with_tasks(3, *chain)
    sched = schedule(plan, Settings(), TODAY)
    [week] = [w for w in sched.weeks if w.week_of == d("2027-02-15")]
    order = [i.task_id for i in week.items if i.task_id.startswith("c")]
    assert order == ["c1", "c2", "c3"]


def test_a_task_needed_by_a_recurring_task_comes_before_its_first_session():
    # t5 (weekly long runs from 14 Dec) waits on the shoes; move the shoes' due date late
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["due"] = "2026-12-13"
    sched = schedule(Plan.model_validate(data), Settings(), TODAY)
    assert week_of(sched, "t1") <= d("2026-12-14")


def test_cycles_are_unschedulable_and_the_rest_still_placed():
    plan = with_tasks(1, task("y1", 30, "2026-12-20", depends_on=["y2"]),
                      task("y2", 30, "2026-12-20", depends_on=["y1"]),
                      task("y3", 30, "2026-12-20", depends_on=["y2"]))  # fmt: skip
    sched = schedule(plan, Settings(), TODAY)
    bad = {f.path: f.message for f in sched.findings if f.code == "schedule.unschedulable"}
    assert set(bad) == {
        "milestones[1].tasks[2]",
        "milestones[1].tasks[3]",
        "milestones[1].tasks[4]",
    }
    assert "cycle" in bad["milestones[1].tasks[2]"] and "waits on" in bad["milestones[1].tasks[4]"]
    assert sched.weeks_of("y1") == [] and week_of(sched, "t1") == MONDAY


# --- a plan that overflows ---------------------------------------------------------------------


def crowded_plan(capacity: float = 3.5, week_one: int = 0) -> Plan:
    """Four 70-minute tasks due mid-December on 3.5 h a week (2.8 h after slack), and
    ``week_one`` more minutes due in the first week."""
    data = good_plan_data()
    data["milestones"][1]["tasks"] += [task(f"x{i}", 70, "2026-12-20") for i in range(4)]
    if week_one:
        data["milestones"][0]["tasks"].append(task("y1", week_one, "2026-11-29"))
    data["capacity_hours_per_week"] = capacity
    return Plan.model_validate(data)


def test_overflow_names_the_weeks_the_hours_and_a_fix():
    plan = crowded_plan()
    sched = schedule(plan, Settings(), TODAY)
    assert not sched.fits
    over = [f for f in sched.findings if f.code == "schedule.over_capacity"]
    assert over and all(f.severity == "error" for f in over)
    overflowing = [w for w in sched.weeks if w.over_minutes]
    for week, f in zip(overflowing, over, strict=True):
        assert str(week.week_of) in f.message
        assert f"{week.over_minutes / 60:.1f} h more than the 2.8 h" in f.message
        assert f.suggestion.startswith("Smallest change that fits: ")
    [summary] = [f for f in sched.findings if f.code == "schedule.fix"]
    assert sched.fixes[0].description in summary.message
    assert {f.kind for f in sched.fixes} == {"capacity", "deadline", "cut"}
    costs = [f.cost_hours for f in sched.fixes]
    assert costs == sorted(costs)


@pytest.mark.parametrize(("capacity", "week_one"), [(2.5, 0), (3.5, 0), (3.5, 100), (5, 200)])
def test_every_suggested_fix_really_makes_the_plan_fit(capacity, week_one):
    plan = crowded_plan(capacity, week_one)
    fixes = schedule(plan, Settings(), TODAY).fixes
    assert fixes
    for fix in fixes:
        fixed = apply_fix(plan, fix)
        assert fixed.version == plan.version + 1 and plan.capacity_hours_per_week == capacity
        assert schedule(fixed, Settings(), TODAY).fits, fix.description


def test_capacity_fix_is_the_smallest_half_hour_that_fits():
    plan = with_tasks(0, task("x1", 100, "2026-11-29"), capacity_hours_per_week=4)
    # week one: 95 min recurring + 60 shoes + 100 = 255 > 192; 5.5 h holds 264, 5 h only 240
    [fix] = [f for f in schedule(plan, Settings(), TODAY).fixes if f.kind == "capacity"]
    assert fix.capacity_hours_per_week == 5.5 and "+1.5 h" in fix.description


def test_deadline_fix_names_the_milestone_and_weeks():
    plan = with_tasks(0, task("x1", 100, "2026-11-29"), task("x2", 100, "2026-11-29"))
    [fix] = [f for f in schedule(plan, Settings(), TODAY).fixes if f.kind == "deadline"]
    # one week later one task fits in week two, two weeks later both fit
    assert fix.milestone_id == "m1" and fix.weeks == 2 and not fix.with_later
    assert "'Run 5 km without stopping' from 2026-12-13 to 2026-12-27 (+2 weeks)" in fix.description


def test_recurring_overflow_is_fixed_by_shrinking_sessions_not_moving_deadlines():
    sched = schedule(
        good_plan().model_copy(update={"capacity_hours_per_week": 2.5}), Settings(), TODAY
    )
    kinds = {f.kind for f in sched.fixes}
    assert "deadline" not in kinds and "cut" in kinds
    [cut] = [f for f in sched.fixes if f.kind == "cut"]
    assert "t7" in cut.new_minutes and 0 < cut.new_minutes["t7"] < 110
    assert not {"t2", "t4", "t6", "t8"} & set(cut.new_minutes)  # constraint attackers stay


def test_a_task_bigger_than_any_week_cannot_be_fixed_by_capacity_alone_if_over_168h():
    plan = with_tasks(3, task("huge", 100_000, "2027-02-21"))
    sched = schedule(plan, Settings(), TODAY)
    assert not sched.fits
    assert all(f.kind != "capacity" for f in sched.fixes)


# --- today's top tasks ------------------------------------------------------------------------


def test_top_tasks_put_the_constraint_first_then_due_dates():
    plan = good_plan()
    sched = schedule(plan, Settings(), TODAY)
    assert [t.id for t in top_tasks(plan, sched, MONDAY)] == ["t2", "t1", "t3"]
    assert [t.id for t in top_tasks(plan, sched, MONDAY, n=1)] == ["t2"]


def test_top_tasks_skip_done_tasks_and_days_without_a_session():
    data = good_plan_data()
    data["milestones"][0]["tasks"][1]["status"] = "done"
    plan = Plan.model_validate(data)
    sched = schedule(plan, Settings(), TODAY)
    # Tuesday: no run session (Mon/Fri), no calendar session (Mon); the shoes are due
    assert [t.id for t in top_tasks(plan, sched, d("2026-11-24"))] == ["t1"]
    assert top_tasks(plan, sched, TODAY) == []  # the plan has not started


def test_top_tasks_never_offer_a_task_before_its_open_dependency():
    plan = with_tasks(0, task("b", 30, "2026-11-25", depends_on=["a"], attacks_constraint=True),
                      task("a", 30, "2026-11-27"))  # fmt: skip
    sched = schedule(plan, Settings(), TODAY)
    ids = [t.id for t in top_tasks(plan, sched, MONDAY, n=5)]
    assert ids.index("a") < ids.index("b")


# --- property: never raises, always keeps its promises -------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(), today=st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_schedule_never_raises_and_keeps_dependency_order(plan, today):
    sched = schedule(plan, Settings(), today)
    assert all(f.code in CATALOG for f in sched.findings)
    assert_dependency_order(plan, sched)
    unschedulable = {f.path for f in sched.findings if f.code == "schedule.unschedulable"}
    for t in plan.tasks():
        mi, ti = plan.locate(t.id)
        if (
            t.status == "todo"
            and t.recurrence is None
            and f"milestones[{mi}].tasks[{ti}]" not in unschedulable
        ):
            assert len(sched.weeks_of(t.id)) == 1
    assert sched.fits == (not [f for f in sched.findings if f.code == "schedule.over_capacity"])
