"""The .ics as calendars see it: one timed event per scheduled session, read by `icalendar`
and by `ical` (an independent parser), and re-imported without duplicates."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from assistant.config import Settings
from assistant.export import to_ics
from assistant.schedule import schedule
from assistant.store import Store
from tests.cli_inprocess import run_cli
from tests.plans import TODAY, good_plan, good_plan_data

README_GOAL = "Run a half marathon by 1 October"


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    """The CLI in-process over a fresh GOALSMITH_HOME; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GOALSMITH_OFFLINE", "1")

    def invoke(*args: str) -> tuple[int, str, str]:
        outcome = run_cli(*args)
        return outcome.code, outcome.out, outcome.err

    return invoke


@pytest.fixture
def readme_plan(run, tmp_path):
    """The README's example, saved: `goalsmith plan "Run a half marathon by 1 October" ...`."""
    code, _, err = run(
        "plan", README_GOAL, "--answer", "capacity=4 hours a week", "--save", "--today", str(TODAY)
    )
    assert code in (0, 1), err
    plan_id = json.loads(run("list", "--json")[1])[0]["id"]
    return Store(tmp_path / "home" / "goalsmith.db"), plan_id


def export_ics(run, plan_id: str, *extra: str) -> str:
    code, out, err = run("export", plan_id, "--format", "ics", "--today", str(TODAY), *extra)
    assert code == 0, err
    return out


def task_of(plan_id: str, uid: str) -> str:
    """The task id in a session UID: ``<plan>.session.<task>[.<YYYYMMDD>[-n]]@goalsmith``."""
    item = uid.removeprefix(f"{plan_id}.session.").removesuffix("@goalsmith")
    head, _, tail = item.rpartition(".")
    return head if head and tail[:8].isdigit() and len(tail) >= 8 else item


def sessions_of(cal: icalendar.Calendar) -> list[icalendar.Event]:
    return [e for e in cal.walk("VEVENT") if ".session." in str(e["uid"])]


def test_the_readme_plan_has_one_event_per_scheduled_session(run, readme_plan):
    store, plan_id = readme_plan
    plan = store.get_plan(plan_id)
    laid_out = schedule(plan, Settings(_env_file=None), TODAY)
    scheduled = sum(item.sessions for week in laid_out.weeks for item in week.items)
    cal = icalendar.Calendar.from_ical(export_ics(run, plan_id))
    events = sessions_of(cal)
    assert scheduled > 20 and len(events) == scheduled
    per_task = {t.id: 0 for t in plan.tasks()}
    for week in laid_out.weeks:
        for item in week.items:
            per_task[item.task_id] += item.sessions
    for task_id, count in per_task.items():
        mine = [e for e in events if task_of(plan_id, str(e["uid"])) == task_id]
        assert len(mine) == count, task_id
    # timed, in the evening, lasting the estimate, never overlapping on a day
    by_start = sorted(events, key=lambda e: e.decoded("dtstart"))
    for event in by_start:
        start = event.decoded("dtstart")
        assert isinstance(start, dt.datetime) and start.tzinfo is None and start.hour >= 18
        task = plan.task(task_of(plan_id, str(event["uid"])))
        assert event.decoded("duration") == dt.timedelta(minutes=task.estimate_minutes)
    for one, two in zip(by_start, by_start[1:], strict=False):
        assert one.decoded("dtstart") + one.decoded("duration") <= two.decoded("dtstart")
    # one-off tasks are also to-dos; the UIDs are unique across the file
    todos = cal.walk("VTODO")
    assert len(todos) == sum(t.recurrence is None for t in plan.tasks())
    uids = [str(c["uid"]) for c in cal.walk() if "uid" in c]
    assert len(uids) == len(set(uids))


def test_an_independent_reader_sees_the_same_calendar(run, readme_plan):
    _, plan_id = readme_plan
    text = export_ics(run, plan_id)
    ours = icalendar.Calendar.from_ical(text)
    theirs = IcsCalendarStream.calendar_from_ics(text)
    assert {e.uid for e in theirs.events} == {str(e["uid"]) for e in ours.walk("VEVENT")}
    assert {t.uid for t in theirs.todos} == {str(t["uid"]) for t in ours.walk("VTODO")}
    for event in theirs.events:
        if ".session." in event.uid:
            assert isinstance(event.dtstart, dt.datetime) and event.dtstart.tzinfo is None
            assert event.end - event.start == event.duration > dt.timedelta(0)
    # the deadline markers are all-day events
    assert all(type(e.dtstart) is dt.date for e in theirs.events if ".session." not in e.uid)


def _import(calendar: dict[str, object], text: str) -> None:
    """What a calendar app does on import: an event whose UID it knows is replaced."""
    for event in IcsCalendarStream.calendar_from_ics(text).events:
        known = calendar.get(event.uid)
        if known is None or (event.sequence or 0) >= (known.sequence or 0):
            calendar[event.uid] = event


def test_reimporting_an_updated_export_replaces_events_and_titles_follow_the_plan(run, readme_plan):
    store, plan_id = readme_plan
    calendar: dict[str, object] = {}
    first = export_ics(run, plan_id)
    _import(calendar, first)
    before = len(calendar)
    # a week later: one session ticked, the deadline moved by a revision, then exported again
    plan = store.get_plan(plan_id)
    recurring = next(t for t in plan.tasks() if t.recurrence)
    code, out, err = run("done", plan_id, recurring.id, "--today", str(TODAY))
    assert code == 0, err
    revised = store.get_plan(plan_id).next_version("moved the deadline")
    old_deadline = revised.goal.deadline
    revised.goal.deadline = old_deadline + dt.timedelta(days=61)
    store.save_plan(revised)
    second = export_ics(run, plan_id)
    _import(calendar, second)
    fresh = IcsCalendarStream.calendar_from_ics(second).events
    assert len(calendar) == before == len(fresh)  # every event replaced, none duplicated
    pairs = [(e.summary.removeprefix("✓ "), e.dtstart) for e in calendar.values()]
    assert len(pairs) == len(set(pairs))
    assert sum(e.summary.startswith("✓ ") for e in calendar.values()) == 1
    assert all(e.sequence == 1 for e in calendar.values())
    goal = calendar[f"{plan_id}.goal.deadline@goalsmith"]
    new_deadline = f"{revised.goal.deadline.day} {revised.goal.deadline:%B %Y}"
    assert goal.dtstart == revised.goal.deadline and new_deadline in goal.summary
    assert "1 October" not in goal.summary and f"{old_deadline:%B %Y}" not in goal.summary
    assert f"X-WR-CALNAME:{goal.summary.removeprefix('Goal due: ')}" in second.replace("\r\n ", "")


def test_preferred_time_of_day_and_a_bad_one(run, readme_plan):
    _, plan_id = readme_plan
    cal = icalendar.Calendar.from_ical(export_ics(run, plan_id, "--at", "7:30"))
    starts = [e.decoded("dtstart") for e in sessions_of(cal)]
    assert min(s.time() for s in starts) == dt.time(7, 30)
    code, out, err = run("export", plan_id, "--format", "ics", "--at", "25:00")
    assert code == 2 and "HH:MM" in err and err.count("\n") == 1 and not out


def test_one_off_sessions_land_in_their_scheduled_week_by_their_due_date():
    plan = good_plan()
    laid_out = schedule(plan, Settings(_env_file=None), TODAY)
    cal = icalendar.Calendar.from_ical(to_ics(plan, laid_out, today=TODAY))
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    for task in (t for t in plan.tasks() if t.recurrence is None):
        day = events[f"p-halfmarathon.session.{task.id}@goalsmith"].decoded("dtstart").date()
        assert laid_out.weeks_of(task.id)[0] <= day <= task.due


def test_a_daily_task_due_decades_away_is_bounded(tmp_path, run):
    # the farthest deadline a plan may have (the models refuse year 9999 outright)
    far = "2075-12-30"
    data = good_plan_data()
    data["goal"]["deadline"] = far
    data["milestones"][-1]["deadline"] = far
    task = data["milestones"][0]["tasks"][2]
    task.update(recurrence={"times": 1, "per": "day"}, due=far)
    path = tmp_path / "far.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run("export", str(path), "--format", "ics", "--today", str(TODAY))
    assert code == 0, err
    assert len(out) < 5_000_000  # bounded by count, not by a clock (speed lives in make bench)
    events = sessions_of(icalendar.Calendar.from_ical(out))
    daily = [e for e in events if ".session.t3." in str(e["uid"])]
    last = max(e.decoded("dtstart") for e in daily).date()
    assert last == dt.date(2036, 11, 23) and len(daily) == 3654  # ten years past the start


def test_a_dropped_task_is_cancelled_in_a_calendar_that_imported_it(run, readme_plan):
    store, plan_id = readme_plan
    calendar: dict[str, object] = {}
    _import(calendar, export_ics(run, plan_id))
    before = len(calendar)
    recurring = next(t for t in store.get_plan(plan_id).tasks() if t.recurrence)
    assert run("done", plan_id, recurring.id, "--drop")[0] == 0
    _import(calendar, export_ics(run, plan_id))
    assert len(calendar) == before
    mine = [e for uid, e in calendar.items() if task_of(plan_id, uid) == recurring.id]
    assert mine and all(e.status.value == "CANCELLED" for e in mine)
    others = [e for e in calendar.values() if e not in mine and ".session." in e.uid]
    assert all(e.status.value == "CONFIRMED" for e in others)
