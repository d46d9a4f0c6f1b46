"""The SQLite store: versions kept, ticks, user scoping, crash safety, concurrent writers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.errors import GoalsmithError, InputError, NotFound
from assistant.models import Review
from assistant.store import MIGRATIONS, Store
from tests.plans import good_plan
from tests.review_histories import W1, W2

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "goalsmith.db")


def _review(week=W1, **kw) -> Review:
    return Review(plan_id="p-halfmarathon", week_of=week, confidence=6, **kw)


def test_saving_again_makes_a_new_version_and_keeps_the_old(store):
    first = store.save_plan(good_plan())
    revised = first.next_version("fewer runs")
    revised.capacity_hours_per_week = 3
    second = store.save_plan(revised)
    third = store.save_plan(good_plan())  # an edited copy still numbered 1 lands as latest+1
    assert (first.version, second.version, third.version) == (1, 2, 3)
    assert store.versions(first.id) == [1, 2, 3]
    assert store.get_plan(first.id, version=1).capacity_hours_per_week == 5
    assert store.get_plan(first.id, version=2).capacity_hours_per_week == 3
    assert store.get_plan(first.id).version == 3
    assert third.metadata.parent_version == 2


def test_ticking_changes_the_latest_version_without_making_one(store):
    plan = store.save_plan(good_plan())
    ticked = store.set_task_status(plan.id, "t1", "done")
    assert ticked.task("t1").status == "done" and ticked.version == 1
    assert store.versions(plan.id) == [1]
    summary = store.list_plans()[0]
    assert (summary.tasks_done, summary.tasks_total) == (1, 10)
    assert [(t, s) for t, s, _ in store.task_events(plan.id)] == [("t1", "done")]
    assert store.set_task_status(plan.id, "t1", "todo").task("t1").status == "todo"


def test_a_revision_keeps_ticks_it_did_not_change_and_wins_where_it_did(store):
    plan = store.save_plan(good_plan())
    store.set_task_status(plan.id, "t1", "done")
    store.set_task_status(plan.id, "t3", "done")
    revision = good_plan().next_version("drop t3")  # made from the unticked version 1
    revision.task("t3").status = "dropped"
    saved = store.save_plan(revision)
    assert saved.task("t1").status == "done"  # the tick survives the revision
    assert saved.task("t3").status == "dropped"  # the revision decided this one
    assert store.get_plan(plan.id, version=1).task("t3").status == "done"


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda s: s.get_plan("p-nope"), "no plan 'p-nope'"),
        (lambda s: s.get_plan("p-halfmarathon", version=9), "has no version 9"),
        (lambda s: s.set_task_status("p-halfmarathon", "t99", "done"), "has no task 't99'"),
        (lambda s: s.versions("p-nope"), "no plan 'p-nope'"),
        (lambda s: s.delete_plan("p-nope"), "no plan 'p-nope'"),
        (
            lambda s: s.add_review(Review(plan_id="p-nope", week_of=W1, confidence=5)),
            "no plan 'p-nope'",
        ),
    ],
)
def test_missing_things_raise_not_found_with_one_helpful_line(store, call, message):
    store.save_plan(good_plan())
    with pytest.raises(NotFound) as caught:
        call(store)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_bad_status_and_unknown_review_tasks_are_input_errors(store):
    store.save_plan(good_plan())
    with pytest.raises(InputError):
        store.set_task_status("p-halfmarathon", "t1", "finished")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="'zz'"):
        store.add_review(_review(done=["zz"]))
    assert store.reviews("p-halfmarathon") == []


def test_reviews_get_ids_and_come_back_in_week_order(store):
    store.save_plan(good_plan())
    later = store.add_review(_review(W2, done=["t2"]))
    earlier = store.add_review(_review(W1, slipped=[{"task_id": "t3", "reason": "rain"}]))
    assert later.id and earlier.id and later.id != earlier.id
    assert [r.id for r in store.reviews("p-halfmarathon")] == [earlier.id, later.id]
    assert {r.id for r in store.unindexed_reviews()} == {earlier.id, later.id}
    store.mark_indexed([earlier.id])
    assert [r.id for r in store.unindexed_reviews()] == [later.id]


def test_user_b_can_never_read_or_change_user_a_plans_or_reviews(store):
    plan = store.save_plan(good_plan(), user="alice")
    store.add_review(_review(notes="private"), user="alice")
    assert store.list_plans("bob") == []
    assert store.reviews(plan.id, "bob") == []
    assert store.unindexed_reviews("bob") == []
    for call in (
        lambda: store.get_plan(plan.id, "bob"),
        lambda: store.versions(plan.id, "bob"),
        lambda: store.set_task_status(plan.id, "t1", "done", "bob"),
        lambda: store.add_review(_review(), "bob"),
        lambda: store.delete_plan(plan.id, "bob"),
    ):
        with pytest.raises(NotFound):
            call()
    # Bob may use the same plan id: it is a different plan; saving it touches nothing of Alice's.
    bobs = store.save_plan(good_plan(), user="bob")
    store.set_task_status(plan.id, "t1", "done", "bob")
    store.delete_plan(plan.id, "bob")
    assert bobs.version == 1
    assert store.get_plan(plan.id, "alice").task("t1").status == "todo"
    assert len(store.reviews(plan.id, "alice")) == 1


def test_delete_removes_every_version_tick_and_review(store):
    plan = store.save_plan(good_plan())
    store.save_plan(good_plan())
    store.set_task_status(plan.id, "t1", "done")
    store.add_review(_review())
    store.delete_plan(plan.id)
    assert (
        store.list_plans() == []
        and store.reviews(plan.id) == []
        and store.task_events(plan.id) == []
    )
    assert store.save_plan(good_plan()).version == 1


def test_schema_is_versioned_and_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "g.db"
    assert Store(path).schema_version() == len(MIGRATIONS)
    assert Store(path).schema_version() == len(MIGRATIONS)  # reopening migrates nothing
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    with pytest.raises(GoalsmithError, match="newer Goalsmith"):
        Store(path)


def test_wal_mode_is_on(store):
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- crashes and concurrency ---------------------------------------------------------------

CRASHING_WRITER = """
import pathlib, sys, time
from assistant.models import Review
from assistant.store import Store
from tests.plans import good_plan
db, marker, what = sys.argv[1:4]
def stop_here():
    pathlib.Path(marker).write_text("inside the transaction")
    time.sleep(120)
store = Store(pathlib.Path(db), inside_write=stop_here)
if what == "plan":
    plan = good_plan().next_version("half-written")
    plan.capacity_hours_per_week = 9
    store.save_plan(plan)
elif what == "session":
    import datetime
    store.tick_session("p-halfmarathon", "t3", datetime.date(2026, 11, 23))
else:
    review = Review(plan_id="p-halfmarathon", week_of="2026-11-30", confidence=3, notes="lost")
    store.add_review(review)
"""


@pytest.mark.parametrize("what", ["plan", "review", "session"])
def test_a_writer_killed_inside_the_transaction_leaves_the_store_consistent(tmp_path, what):
    db = tmp_path / "goalsmith.db"
    store = Store(db)
    store.save_plan(good_plan())
    store.add_review(_review())
    marker = tmp_path / "inside"
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(db), str(marker), what],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        for _ in range(600):  # wait (not a timing assertion) until the writer holds the transaction
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists(), "the writer never reached its transaction"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    after = Store(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert after.versions("p-halfmarathon") == [1]
    assert after.get_plan("p-halfmarathon").capacity_hours_per_week == 5
    assert [r.week_of for r in after.reviews("p-halfmarathon")] == [W1]
    assert after.get_plan("p-halfmarathon").task("t3").sessions_done == []
    assert after.save_plan(good_plan()).version == 2  # and the store takes writes again


def test_concurrent_threads_lose_no_update(store):
    store.save_plan(good_plan())
    task_ids = [t.id for t in good_plan().tasks()]
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(5):
                store.save_plan(good_plan())
                store.set_task_status("p-halfmarathon", task_ids[(n + i) % len(task_ids)], "done")
                store.add_review(_review(notes=f"thread {n} review {i}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.versions("p-halfmarathon") == list(range(1, 32))
    assert len(store.reviews("p-halfmarathon")) == 30
    assert len(store.task_events("p-halfmarathon")) == 30


CONCURRENT_WRITER = """
import pathlib, sys
from assistant.models import Review
from assistant.store import Store
from tests.plans import good_plan
store = Store(pathlib.Path(sys.argv[1]))
for i in range(15):
    store.save_plan(good_plan())
    review = Review(plan_id="p-halfmarathon", week_of="2026-11-23", confidence=5, notes=sys.argv[2])
    store.add_review(review)
"""


def test_concurrent_processes_lose_no_update(tmp_path):
    db = tmp_path / "goalsmith.db"
    Store(db).save_plan(good_plan())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_WRITER, str(db), name], cwd=ROOT, env=env
        )
        for name in ("one", "two", "three")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    store = Store(db)
    assert store.versions("p-halfmarathon") == list(range(1, 47))
    notes = [r.notes for r in store.reviews("p-halfmarathon")]
    assert sorted(notes) == sorted(["one"] * 15 + ["two"] * 15 + ["three"] * 15)
