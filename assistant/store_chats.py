"""A plan's chat, stored with the plan: the messages shown, per user, replaced as it grows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Literal

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

MAX_MESSAGES = 400  # a chat longer than this keeps its latest messages


class ChatMessage(BaseModel):
    """One message as the chat shows it (already made safe for display)."""

    role: Literal["user", "assistant"]
    content: str = Field(max_length=200_000)


_MESSAGES = TypeAdapter(list[ChatMessage])


def write_chat(
    db: sqlite3.Connection, user: str, plan_id: str, messages: list[dict[str, str]]
) -> None:
    """Replace the stored chat of one plan (the caller holds the write transaction)."""
    kept = _MESSAGES.validate_python(messages[-MAX_MESSAGES:])
    body = json.dumps([m.model_dump() for m in kept], ensure_ascii=False)
    db.execute(
        "INSERT OR REPLACE INTO chats VALUES (?, ?, ?, ?)",
        (user, plan_id, body, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )


def read_chat(db: sqlite3.Connection, user: str, plan_id: str) -> list[dict[str, str]]:
    """The stored chat of one plan, oldest message first; [] when there is none or it is bad."""
    row = db.execute(
        "SELECT body FROM chats WHERE user=? AND plan_id=?", (user, plan_id)
    ).fetchone()
    if row is None:
        return []
    try:
        return [m.model_dump() for m in _MESSAGES.validate_json(row[0])]
    except ValidationError:  # a damaged chat is not worth losing the plan over
        return []
