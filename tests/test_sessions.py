"""Recurring tasks ticked one session at a time: store, schedule, progress and `goalsmith done`."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from assistant.config import Settings
from assistant.errors import InputError
from assistant.schedule import schedule, top_tasks
from assistant.schedule.sessions import next_open, parse_ref, progress, sessions
from assistant.store import MIGRATIONS, Store
from tests.plans import TODAY, good_plan

D = dt.date
# t3 "Run 30 minutes at an easy pace", twice a week: Mon 23 Nov, Fri 27 Nov, Mon 30 Nov, ...
T3_DAYS = [D(2026, 11, 23), D(2026, 11, 27), D(2026, 11, 30), D(2026, 12, 4), D(2026, 12, 7),
           D(2026, 12, 11)]  # fmt: skip


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "goalsmith.db")
    s.save_plan(good_plan())
    return s


def _t3_weeks(plan) -> dict[dt.date, int]:
    laid_out = schedule(plan, Settings(), TODAY)
    return {w.week_of: i.sessions for w in laid_out.weeks for i in w.items if i.task_id == "t3"}


def test_ticking_one_session_keeps_the_rest_of_the_series(store):
    before = store.get_plan("p-halfmarathon")
    assert _t3_weeks(before) == {D(2026, 11, 23): 2, D(2026, 11, 30): 2, D(2026, 12, 7): 2}
    plan = store.tick_session("p-halfmarathon", "t3", D(2026, 11, 23))
    task = plan.task("t3")
    assert task.status == "todo" and task.sessions_done == [D(2026, 11, 23)]
    assert [s.done for s in sessions(task, plan)] == [True, False, False, False, False, False]
    # the week keeps its other session and every later week keeps both
    assert _t3_weeks(plan) == {D(2026, 11, 23): 1, D(2026, 11, 30): 2, D(2026, 12, 7): 2}


def test_progress_counts_sessions_and_the_list_follows_ticks(store):
    plan = store.get_plan("p-halfmarathon")
    done, total = progress(plan)
    # 3 one-off tasks + every session of the 7 recurring ones
    recurring = sum(len(sessions(t, plan)) for t in plan.tasks() if t.recurrence)
    assert (done, total) == (0, 3 + recurring) and recurring == 28
    store.tick_session("p-halfmarathon", "t3", D(2026, 11, 27))
    store.set_task_status("p-halfmarathon", "t1", "done")
    summary = store.list_plans()[0]
    assert (summary.sessions_done, summary.sessions_total) == (2, 31)
    assert (summary.tasks_done, summary.tasks_total) == (1, 10)  # tasks: unchanged meaning


def test_unticking_and_ticking_twice_stay_within_the_days_sessions(store):
    store.tick_session("p-halfmarathon", "t3", D(2026, 11, 23))
    store.tick_session("p-halfmarathon", "t3", D(2026, 11, 23))  # one session that day
    assert store.get_plan("p-halfmarathon").task("t3").sessions_done == [D(2026, 11, 23)]
    plan = store.tick_session("p-halfmarathon", "t3", D(2026, 11, 23), done=False)
    assert plan.task("t3").sessions_done == []


def test_a_day_without_a_session_or_a_one_off_task_is_one_clear_error(store):
    with pytest.raises(InputError, match=r"no session on 2026-11-24.*Mon 2026-11-23"):
        store.tick_session("p-halfmarathon", "t3", D(2026, 11, 24))
    with pytest.raises(InputError, match="not recurring"):
        store.tick_session("p-halfmarathon", "t1", D(2026, 11, 24))
    assert store.get_plan("p-halfmarathon").task("t3").sessions_done == []


def test_session_ticks_survive_a_revision_and_are_scoped_by_user(store):
    store.tick_session("p-halfmarathon", "t3", D(2026, 11, 30))
    revised = store.get_plan("p-halfmarathon").next_version("shorter runs")
    revised.task("t3").estimate_minutes = 30
    store.save_plan(revised)
    assert store.get_plan("p-halfmarathon").task("t3").sessions_done == [D(2026, 11, 30)]
    other = good_plan()
    store.save_plan(other, user="bob")
    assert store.get_plan("p-halfmarathon", "bob").task("t3").sessions_done == []


def test_todays_tasks_drop_a_recurring_task_once_todays_session_is_done(store):
    monday = D(2026, 11, 23)
    plan = store.get_plan("p-halfmarathon")
    assert "t3" in {t.id for t in top_tasks(plan, schedule(plan, Settings(), monday), monday, 5)}
    plan = store.tick_session("p-halfmarathon", "t3", monday)
    assert "t3" not in {
        t.id for t in top_tasks(plan, schedule(plan, Settings(), monday), monday, 5)
    }


@pytest.mark.parametrize(
    "today, expected",
    [
        (D(2026, 11, 22), D(2026, 11, 23)),  # before the start: the first session
        (D(2026, 12, 2), D(2026, 11, 30)),  # mid-week: this week's first open session
        (D(2027, 1, 20), D(2026, 12, 11)),  # after the series: the last open one
    ],
)
def test_the_next_open_session_is_this_weeks_first(today, expected):
    plan = good_plan()
    assert next_open(plan.task("t3"), plan, today).day == expected


def test_an_existing_version_1_database_is_migrated_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version=1;")
    plan = good_plan()
    db.execute(
        "INSERT INTO plan_versions VALUES ('local', ?, 1, ?, ?, ?, '2026-11-22T09:00:00+00:00')",
        (plan.id, plan.model_dump_json(), plan.goal.statement, plan.goal.deadline.isoformat()),
    )
    db.execute(
        "INSERT INTO task_status VALUES ('local', ?, 1, 't1', 'done', '2026-11-22T10:00:00')",
        (plan.id,),
    )
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version() == len(MIGRATIONS) >= 2
    assert store.get_plan(plan.id).task("t1").status == "done"
    assert store.tick_session(plan.id, "t3", D(2026, 11, 27)).task("t3").sessions_done == [
        D(2026, 11, 27)
    ]


@pytest.mark.parametrize(
    "ref, parsed",
    [("t3", ("t3", None)), ("t3@2026-12-02", ("t3", D(2026, 12, 2))), (" t1 ", ("t1", None))],
)
def test_session_refs_parse(ref, parsed):
    assert parse_ref(ref) == parsed


@pytest.mark.parametrize("ref", ["t3@2026-13-01", "t3@tomorrow", "t3@", "@2026-12-02", "a b"])
def test_bad_session_refs_say_how_to_write_one(ref):
    with pytest.raises(InputError, match="TASK_ID|YYYY-MM-DD"):
        parse_ref(ref)


def test_the_cli_ticks_one_session_at_a_time(tmp_path, monkeypatch):
    from tests.cli_inprocess import run_cli

    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path))
    Store(tmp_path / "goalsmith.db").save_plan(good_plan())

    def run(*args: str) -> tuple[int, str, str]:
        outcome = run_cli(*args)
        return outcome.code, outcome.out, outcome.err

    code, out, _ = run("done", "p-halfmarathon", "t3", "--today", "2026-12-02")
    assert code == 0 and "t3@2026-11-30 (Mon 30 Nov) is done" in out and "1 of 31 done" in out
    code, out, _ = run("done", "p-halfmarathon", "t3@2026-12-04")
    assert code == 0 and "t3@2026-12-04" in out and "2 of 31 done" in out
    assert "2/6 sessions done" in run("show", "p-halfmarathon")[1]
    assert "  2/31" in run("list")[1]
    code, _, err = run("done", "p-halfmarathon", "t3@2026-12-04")
    assert code == 2 and "already done" in err and err.count("\n") == 1
    code, out, _ = run("done", "p-halfmarathon", "t3", "--undo")
    assert code == 0 and "t3@2026-12-04" in out and "not done" in out
    code, _, err = run("done", "p-halfmarathon", "t1@2026-11-26")
    assert code == 2 and "give t1 alone" in err
    code, out, _ = run("done", "p-halfmarathon", "t1")  # the old form for one-off tasks
    assert code == 0 and "t1 is done" in out
    code, _, err = run("done", "p-halfmarathon", "t3@2026-12-05")
    assert code == 2 and "no session on 2026-12-05" in err and "Traceback" not in err


def test_concurrent_session_ticks_lose_none(store):
    import threading

    threads = [
        threading.Thread(target=store.tick_session, args=("p-halfmarathon", "t3", day))
        for day in T3_DAYS
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.get_plan("p-halfmarathon").task("t3").sessions_done == T3_DAYS


def test_a_recurring_task_done_as_a_whole_can_be_reopened(tmp_path, monkeypatch, capsys):
    from assistant.cli import main
    from ui import planview
    from ui.workspace import Workspace

    store = Store(tmp_path / "goalsmith.db")
    store.save_plan(good_plan())
    store.set_task_status("p-halfmarathon", "t3", "done")  # as older versions ticked series
    assert progress(store.get_plan("p-halfmarathon")) == (6, 31)
    ws = Workspace(Settings(_env_file=None, home=tmp_path, offline=True), today=lambda: TODAY)
    view = planview.plan_view(ws, "p-halfmarathon", "local")
    whole = ("Week of 07 Dec · Run 30 minutes at an easy pace · all sessions", "t3")
    assert whole in view.later_choices and "t3" in view.done
    planview.tick(ws, "p-halfmarathon", [], "local")
    assert store.get_plan("p-halfmarathon").task("t3").status == "todo"
    store.set_task_status("p-halfmarathon", "t3", "done")
    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path))
    with pytest.raises(SystemExit) as exited:
        main(["done", "p-halfmarathon", "t3", "--undo"])
    assert exited.value.code in (0, None) and "t3 is todo" in capsys.readouterr().out
    assert progress(store.get_plan("p-halfmarathon")) == (0, 31)
