"""Find stored plan versions and reviews that no longer load, and set them aside.

A record can stop loading when it was written by an older Goalsmith with looser rules (a
NaN reading stored as null, a date out of range). Such rows move, whole and in one
transaction, to the ``quarantine`` table with the reason, so one bad row can never lock a
plan: the plan's previous version becomes its latest, and "why" reads the other reviews.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from pydantic import BaseModel, ValidationError

from assistant.models import Plan, Review
from assistant.store import Store


@dataclasses.dataclass(frozen=True)
class SetAside:
    """One record moved to quarantine: what it was, whose, and why it does not load."""

    kind: str  # "plan" | "review"
    user: str
    key: str  # plan_id vN, or the review id
    problem: str
    plan_id: str = ""  # a review's plan: its vectors sit in that plan's collection


def quarantine_broken(store: Store) -> list[SetAside]:
    """Move every plan version and review that fails to load into quarantine; returns them."""
    moved: list[SetAside] = []
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.transaction() as db:
        for user, plan_id, version, body in db.execute(
            "SELECT user, plan_id, version, body FROM plan_versions"
        ).fetchall():
            problem = _problem(Plan, body)
            if problem is None:
                continue
            moved.append(SetAside("plan", user, f"{plan_id} v{version}", problem))
            key = (user, plan_id, version)
            db.execute(
                "INSERT INTO quarantine (kind, user, record_key, body, problem, moved_at) "
                "VALUES ('plan', ?, ?, ?, ?, ?)",
                (user, f"{plan_id} v{version}", body, problem, now),
            )
            for table in ("plan_versions", "task_status"):
                db.execute(f"DELETE FROM {table} WHERE user=? AND plan_id=? AND version=?", key)
        for review_id, user, plan_id, body in db.execute(
            "SELECT id, user, plan_id, body FROM reviews"
        ).fetchall():
            problem = _problem(Review, body)
            if problem is None:
                continue
            moved.append(SetAside("review", user, review_id, problem, plan_id))
            db.execute(
                "INSERT INTO quarantine (kind, user, record_key, body, problem, moved_at) "
                "VALUES ('review', ?, ?, ?, ?, ?)",
                (user, review_id, body, problem, now),
            )
            db.execute("DELETE FROM reviews WHERE id=? AND user=?", (review_id, user))
    return moved


def _problem(kind: type[BaseModel], body: str) -> str | None:
    try:
        kind.model_validate_json(body)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"])) or kind.__name__.lower()
        return f"{where}: {err['msg']}"
    return None
