"""SQLite store: every plan version, task status, and weekly reviews, scoped by user.

Each write is one ``BEGIN IMMEDIATE`` transaction in WAL mode, so a killed process leaves
either the whole write or none of it, and concurrent writers queue (``busy_timeout``)
instead of losing updates. Plan versions are rows that are never overwritten. Ticking a
task does not make a version: it lands in ``task_status`` for the latest version, and a
later version keeps it unless that version set the task's status itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import GoalsmithError, InputError, NotFound
from assistant.models import Plan, Review, TaskStatus
from assistant.schedule.sessions import progress, with_session
from assistant.store_chats import read_chat, write_chat
from assistant.store_ticks import apply_ticks, session_rows

Model = TypeVar("Model", bound=BaseModel)
BUSY_TIMEOUT_MS = 30_000
STATUSES: tuple[str, ...] = ("todo", "done", "dropped")

# Append only: a database at user_version N has run the first N of these.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE plan_versions (
        user TEXT NOT NULL, plan_id TEXT NOT NULL, version INTEGER NOT NULL,
        body TEXT NOT NULL, statement TEXT NOT NULL, deadline TEXT NOT NULL, saved_at TEXT NOT NULL,
        PRIMARY KEY (user, plan_id, version));
    CREATE TABLE task_status (
        user TEXT NOT NULL, plan_id TEXT NOT NULL, version INTEGER NOT NULL, task_id TEXT NOT NULL,
        status TEXT NOT NULL, changed_at TEXT NOT NULL,
        PRIMARY KEY (user, plan_id, version, task_id));
    CREATE TABLE task_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, plan_id TEXT NOT NULL,
        version INTEGER NOT NULL, task_id TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE reviews (
        id TEXT PRIMARY KEY, user TEXT NOT NULL, plan_id TEXT NOT NULL, week_of TEXT NOT NULL,
        body TEXT NOT NULL, saved_at TEXT NOT NULL, indexed INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX reviews_by_plan ON reviews (user, plan_id, week_of);
    """,
    # sessions of recurring tasks, ticked one at a time; kept across versions (a session done
    # on a day stays done whatever the plan later says)
    """
    CREATE TABLE session_ticks (
        user TEXT NOT NULL, plan_id TEXT NOT NULL, task_id TEXT NOT NULL, day TEXT NOT NULL,
        done INTEGER NOT NULL, changed_at TEXT NOT NULL,
        PRIMARY KEY (user, plan_id, task_id, day));
    """,
    """
    CREATE TABLE quarantine (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, user TEXT NOT NULL,
        record_key TEXT NOT NULL, body TEXT NOT NULL, problem TEXT NOT NULL, moved_at TEXT NOT NULL);
    """,
    # the chat that made and revised a plan, shown again when the plan is picked
    """
    CREATE TABLE chats (
        user TEXT NOT NULL, plan_id TEXT NOT NULL, body TEXT NOT NULL, saved_at TEXT NOT NULL,
        PRIMARY KEY (user, plan_id));
    """,
]


class PlanSummary(BaseModel):
    """One line of `goalsmith list`: the latest version of a plan and its progress."""

    id: str
    version: int
    statement: str
    deadline: dt.date
    updated_at: dt.datetime
    tasks_done: int
    tasks_total: int
    sessions_done: int = 0  # progress: a one-off task is one session, a recurring one each
    sessions_total: int = 0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _loadable(record: BaseModel) -> str:
    """The record's JSON, checked to load back: what is stored must always load."""
    body = record.model_dump_json()
    try:
        type(record).model_validate_json(body)
    except ValidationError as exc:
        raise InputError(
            f"cannot store this {type(record).__name__.lower()}: {exc.errors()[0]['msg']}"
        ) from None
    return body


def _load(kind: type[Model], body: str, what: str) -> Model:
    """A stored record; one that no longer loads names the command that repairs the store."""
    try:
        return kind.model_validate_json(body)
    except ValidationError:
        raise GoalsmithError(
            f"{what} in the store no longer loads; run `goalsmith doctor` to set it aside"
        ) from None


class Store:
    """Plans, task status and reviews in one SQLite file; every method takes the user id."""

    def __init__(self, path: Path, *, inside_write: Callable[[], None] | None = None) -> None:
        # inside_write runs inside every open write transaction, before COMMIT: crash tests
        # use it to stop and kill the process there.
        self.path = Path(path)
        self._inside_write = inside_write
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    # --- connections and transactions ------------------------------------------------------

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise GoalsmithError(f"cannot open the plan store {self.path}: {exc}") from None
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA synchronous=NORMAL")
            yield db
        finally:
            db.close()

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One write transaction, all or nothing, for store repairs (``assistant.doctor``)."""
        return self._write()

    @contextlib.contextmanager
    def _write(self, hook: bool = True) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: the write lock is taken before anything is read."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                if hook and self._inside_write is not None:
                    self._inside_write()
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _migrate(self) -> None:
        with self._write(hook=False) as db:
            current = db.execute("PRAGMA user_version").fetchone()[0]
            if current > len(MIGRATIONS):
                raise GoalsmithError(
                    f"{self.path} was written by a newer Goalsmith (schema {current}); "
                    "upgrade Goalsmith to open it"
                )
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={number}")

    def schema_version(self) -> int:
        with self._connect() as db:
            return db.execute("PRAGMA user_version").fetchone()[0]

    # --- plans -----------------------------------------------------------------------------

    def save_plan(self, plan: Plan, user: str = "local") -> Plan:
        """Store a new version row; an existing plan id gets latest+1. Nothing is overwritten."""
        with self._write() as db:
            latest = self._latest_version(db, plan.id, user)
            stored = plan.model_copy(deep=True)
            if latest is not None:
                stored.version = latest + 1
                if stored.metadata.parent_version is None:
                    stored.metadata.parent_version = latest
            db.execute(
                "INSERT INTO plan_versions VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    user,
                    stored.id,
                    stored.version,
                    _loadable(stored),
                    stored.goal.statement,
                    stored.goal.deadline.isoformat(),
                    _now(),
                ),
            )
            if latest is not None:
                self._carry_ticks(db, user, stored, latest)
        return self.get_plan(stored.id, user, stored.version)

    def _carry_ticks(self, db: sqlite3.Connection, user: str, new: Plan, latest: int) -> None:
        """Ticks made on the previous version survive a revision that left those tasks alone."""
        rows = db.execute(
            "SELECT task_id, status, changed_at FROM task_status WHERE user=? AND plan_id=? "
            "AND version=?",
            (user, new.id, latest),
        ).fetchall()
        if not rows:
            return
        base = {
            t["id"]: t["status"] for t in self._body(db, user, new.id, latest)["milestones_tasks"]
        }
        mine = {t.id: t.status for t in new.tasks()}
        for task_id, status, changed_at in rows:
            if task_id in mine and mine[task_id] == base.get(task_id) and status != mine[task_id]:
                db.execute(
                    "INSERT INTO task_status VALUES (?, ?, ?, ?, ?, ?)",
                    (user, new.id, new.version, task_id, status, changed_at),
                )

    def _body(self, db: sqlite3.Connection, user: str, plan_id: str, version: int) -> dict:
        row = db.execute(
            "SELECT body FROM plan_versions WHERE user=? AND plan_id=? AND version=?",
            (user, plan_id, version),
        ).fetchone()
        data = json.loads(row[0])
        data["milestones_tasks"] = [t for m in data["milestones"] for t in m["tasks"]]
        return data

    @staticmethod
    def _latest_version(db: sqlite3.Connection, plan_id: str, user: str) -> int | None:
        return db.execute(
            "SELECT MAX(version) FROM plan_versions WHERE user=? AND plan_id=?", (user, plan_id)
        ).fetchone()[0]

    def get_plan(self, plan_id: str, user: str = "local", version: int | None = None) -> Plan:
        """The latest version (or ``version``) with its task status applied."""
        with self._connect() as db:
            latest = self._latest_version(db, plan_id, user)
            if latest is None:
                raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
            wanted = latest if version is None else version
            row = db.execute(
                "SELECT body FROM plan_versions WHERE user=? AND plan_id=? AND version=?",
                (user, plan_id, wanted),
            ).fetchone()
            if row is None:
                raise NotFound(
                    f"plan {plan_id} has no version {version} (versions 1-{latest} may exist; "
                    f"`goalsmith show {plan_id}` shows the latest)"
                )
            ticks = dict(
                db.execute(
                    "SELECT task_id, status FROM task_status WHERE user=? AND plan_id=? "
                    "AND version=?",
                    (user, plan_id, wanted),
                ).fetchall()
            )
            sessions = session_rows(db, user, plan_id)
        plan = _load(Plan, row[0], f"plan {plan_id} v{wanted}")
        return apply_ticks(plan, ticks, sessions)

    def versions(self, plan_id: str, user: str = "local") -> list[int]:
        """Every stored version number of a plan, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT version FROM plan_versions WHERE user=? AND plan_id=? ORDER BY version",
                (user, plan_id),
            ).fetchall()
        if not rows:
            raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
        return [r[0] for r in rows]

    def list_plans(self, user: str = "local") -> list[PlanSummary]:
        """The latest version of each of the user's plans, most recently saved first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT p.plan_id, p.version, p.statement, p.deadline, p.saved_at, p.body "
                "FROM plan_versions p JOIN (SELECT plan_id, MAX(version) AS v FROM plan_versions "
                "WHERE user=? GROUP BY plan_id) l "
                "ON p.plan_id = l.plan_id AND p.version = l.v WHERE p.user=?",
                (user, user),
            ).fetchall()
            ticks: dict[tuple[str, int], dict[str, str]] = {}
            for plan_id, version, task_id, status in db.execute(
                "SELECT plan_id, version, task_id, status FROM task_status WHERE user=?", (user,)
            ):
                ticks.setdefault((plan_id, version), {})[task_id] = status
            sessions = session_rows(db, user)
        out = []
        for plan_id, version, statement, deadline, saved_at, body in rows:
            plan = apply_ticks(
                Plan.model_validate_json(body), ticks.get((plan_id, version), {}), sessions
            )
            done, total = progress(plan)
            statuses = [t.status for t in plan.tasks()]
            out.append(
                PlanSummary(
                    id=plan_id,
                    version=version,
                    statement=statement,
                    deadline=dt.date.fromisoformat(deadline),
                    updated_at=dt.datetime.fromisoformat(saved_at),
                    tasks_done=statuses.count("done"),
                    tasks_total=sum(s != "dropped" for s in statuses),
                    sessions_done=done,
                    sessions_total=total,
                )
            )
        return sorted(out, key=lambda s: (s.updated_at, s.id), reverse=True)

    def set_task_status(
        self, plan_id: str, task_id: str, status: TaskStatus, user: str = "local"
    ) -> Plan:
        """Tick (or untick, or drop) a task on the latest version; no new version is made."""
        if status not in STATUSES:
            raise InputError(f"status {status!r}: expected one of {', '.join(STATUSES)}")
        with self._write() as db:
            latest = self._latest_version(db, plan_id, user)
            if latest is None:
                raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
            if task_id not in {
                t["id"] for t in self._body(db, user, plan_id, latest)["milestones_tasks"]
            }:
                raise NotFound(
                    f"plan {plan_id} has no task {task_id!r}; `goalsmith show {plan_id}` lists them"
                )
            now = _now()
            db.execute(
                "INSERT OR REPLACE INTO task_status VALUES (?, ?, ?, ?, ?, ?)",
                (user, plan_id, latest, task_id, status, now),
            )
            db.execute(
                "INSERT INTO task_events (user, plan_id, version, task_id, status, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (user, plan_id, latest, task_id, status, now),
            )
        return self.get_plan(plan_id, user)

    def tick_session(
        self, plan_id: str, task_id: str, day: dt.date, done: bool = True, user: str = "local"
    ) -> Plan:
        """Tick (or untick) one session of a recurring task on the latest version."""
        with self._write() as db:
            latest = self._latest_version(db, plan_id, user)
            if latest is None:
                raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
            body = db.execute(
                "SELECT body FROM plan_versions WHERE user=? AND plan_id=? AND version=?",
                (user, plan_id, latest),
            ).fetchone()[0]
            plan = apply_ticks(Plan.model_validate_json(body), {}, session_rows(db, user, plan_id))
            task = plan.task(task_id)
            count = with_session(task, plan, day, done).count(day)
            db.execute(
                "INSERT OR REPLACE INTO session_ticks VALUES (?, ?, ?, ?, ?, ?)",
                (user, plan_id, task_id, day.isoformat(), count, _now()),
            )
        return self.get_plan(plan_id, user)

    def delete_plan(self, plan_id: str, user: str = "local") -> None:
        """Remove every version, tick and review of a plan (vectors: ReviewMemory.delete_plan)."""
        with self._write() as db:
            if self._latest_version(db, plan_id, user) is None:
                raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
            for table in (
                "plan_versions",
                "task_status",
                "task_events",
                "session_ticks",
                "reviews",
                "chats",
            ):
                db.execute(f"DELETE FROM {table} WHERE user=? AND plan_id=?", (user, plan_id))

    def save_chat(self, plan_id: str, messages: list[dict[str, str]], user: str = "local") -> None:
        """Keep the chat of one of the user's plans (replacing the one stored before)."""
        with self._write() as db:
            if self._latest_version(db, plan_id, user) is None:
                raise NotFound(f"no plan {plan_id!r}; `goalsmith list` shows your plans")
            try:
                write_chat(db, user, plan_id, messages)
            except ValidationError as exc:
                raise InputError(f"cannot store this chat: {exc.errors()[0]['msg']}") from None

    def chat(self, plan_id: str, user: str = "local") -> list[dict[str, str]]:
        """The stored chat of one of the user's plans, oldest message first."""
        with self._connect() as db:
            return read_chat(db, user, plan_id)

    # --- reviews ---------------------------------------------------------------------------

    def add_review(self, review: Review, user: str = "local") -> Review:
        """Store a review of one of the user's plans; task ids must exist in its latest version."""
        plan = self.get_plan(review.plan_id, user)
        known = {t.id for t in plan.tasks()}
        unknown = [
            t for t in [*review.done, *(s.task_id for s in review.slipped)] if t not in known
        ]
        if unknown:
            raise InputError(
                f"review names task {unknown[0]!r}, which plan {plan.id} does not have; "
                f"`goalsmith show {plan.id}` lists its tasks"
            )
        stored = review.model_copy(update={"id": review.id or "r-" + uuid.uuid4().hex[:12]})
        with self._write() as db:
            if self._latest_version(db, review.plan_id, user) is None:  # deleted meanwhile
                raise NotFound(f"no plan {review.plan_id!r}; `goalsmith list` shows your plans")
            clash = db.execute("SELECT user FROM reviews WHERE id=?", (stored.id,)).fetchone()
            if clash:
                raise InputError(
                    f"a review with id {stored.id!r} already exists; leave id out to get a new one"
                )
            db.execute(
                "INSERT INTO reviews (id, user, plan_id, week_of, body, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    stored.id,
                    user,
                    stored.plan_id,
                    stored.week_of.isoformat(),
                    _loadable(stored),
                    _now(),
                ),
            )
        return stored

    def reviews(self, plan_id: str, user: str = "local") -> list[Review]:
        """The plan's reviews, oldest week first."""
        return [r for r, _ in self._review_rows("user=? AND plan_id=?", (user, plan_id))]

    def unindexed_reviews(self, user: str = "local", plan_id: str | None = None) -> list[Review]:
        """Reviews whose vectors are not (or no longer) in the review memory."""
        where, args = (
            ("user=? AND indexed=0", (user,))
            if plan_id is None
            else ("user=? AND plan_id=? AND indexed=0", (user, plan_id))
        )
        return [r for r, _ in self._review_rows(where, args)]

    def mark_indexed(
        self, review_ids: list[str], user: str = "local", indexed: bool = True
    ) -> None:
        with self._write() as db:
            db.executemany(
                "UPDATE reviews SET indexed=? WHERE id=? AND user=?",
                [(int(indexed), rid, user) for rid in review_ids],
            )

    def mark_all_unindexed(self) -> None:
        """Every user's reviews: the review memory is rebuilt from here (SQLite is the truth)."""
        with self._write() as db:
            db.execute("UPDATE reviews SET indexed=0")

    def mark_plan_unindexed(self, plan_id: str, user: str = "local") -> None:
        with self._write() as db:
            db.execute("UPDATE reviews SET indexed=0 WHERE user=? AND plan_id=?", (user, plan_id))

    def _review_rows(self, where: str, args: tuple) -> list[tuple[Review, bool]]:
        with self._connect() as db:
            rows = db.execute(
                f"SELECT body, indexed FROM reviews WHERE {where} ORDER BY week_of, saved_at, id",
                args,
            ).fetchall()
        return [(_load(Review, body, "a review"), bool(indexed)) for body, indexed in rows]

    def task_events(self, plan_id: str, user: str = "local") -> list[tuple[str, str, dt.datetime]]:
        """(task id, status, when) for every tick, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT task_id, status, at FROM task_events "
                "WHERE user=? AND plan_id=? ORDER BY seq",
                (user, plan_id),
            ).fetchall()
        return [(t, s, dt.datetime.fromisoformat(at)) for t, s, at in rows]
