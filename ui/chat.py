"""The Chat tab's handler: one message in, progress while the engine works, the turn out.

``Conversation.send`` blocks and reports progress through a callback; it runs in a thread
so this generator can yield each progress event to the page as it happens.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ui import safe
from ui.workspace import Workspace

JUST_PLAN_IT = "just plan it"
STAGE_LABEL = {
    "asking": "Choosing questions",
    "drafting": "Drafting the plan",
    "repairing": "Repairing what the rules flagged",
    "revising": "Revising the plan",
    "validating": "Checking the plan against the rules",
    "done": "Finishing",
}


@dataclass
class ChatSession:
    """One browser tab's chat: the conversation, and the plan version last saved from it."""

    user: str | None = None  # whose chat this is: a session is never resumed by another user
    conversation: Any = None
    saved: tuple[str, int] | None = None
    history: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ChatUpdate:
    """What the page shows after each step: the history, and the saved plan id when one is new."""

    history: list[dict[str, str]]
    saved_plan_id: str | None = None
    busy: bool = False


def respond(ws: Workspace, session: ChatSession, message: str, user: str) -> Iterator[ChatUpdate]:
    """Send one message; yield a progress update per engine event, then the answer."""
    message = (message or "").strip()
    if not message:
        yield ChatUpdate(session.history)
        return
    session.history = [*session.history, {"role": "user", "content": safe.text(message)}]
    yield ChatUpdate(session.history + [_note("⏳ Thinking…")], busy=True)
    if session.conversation is None:
        try:
            session.conversation = ws.new_conversation()
        except Exception as exc:
            session.history = [*session.history, _note(error_line(exc))]
            yield ChatUpdate(session.history)
            return
    _load_versions_from_store(ws, session.conversation, user)
    events: queue.Queue = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["turn"] = session.conversation.send(
                message, progress=lambda s, d: events.put((s, d))
            )
        except Exception as exc:  # reported on the page below, never lost in the thread
            outcome["error"] = exc
        finally:
            events.put(None)

    threading.Thread(target=work, name="goalsmith-chat", daemon=True).start()
    while (event := events.get()) is not None:
        stage, detail = event
        label = STAGE_LABEL.get(stage, stage.capitalize())
        note = f"⏳ **{safe.text(label)}**" + (f": {safe.text(detail)}" if detail else "")
        yield ChatUpdate(session.history + [_note(note)], busy=True)
    if "error" in outcome:
        session.history = session.history + [_note(error_line(outcome["error"]))]
        yield ChatUpdate(session.history)
        return
    turn = outcome["turn"]
    saved_id = _save_new_plan(ws, session, turn, user)
    session.history = session.history + [
        {"role": "assistant", "content": turn_md(turn, saved_id is not None)}
    ]
    yield ChatUpdate(session.history, saved_plan_id=saved_id)


def turn_md(turn: Any, saved: bool) -> str:
    """The assistant's reply: the conversation's Markdown (questions, or the plan with its
    findings and engine), made safe, plus where the plan went."""
    reply = safe.markdown(turn.message)
    if saved:
        reply += (
            "\n\n*Saved to your plans. Ask for changes in plain words (“I only have 4 hours a "
            "week”, “make tasks smaller”), or open the Plan tab to use it.*"
        )
    return reply


def error_line(exc: Exception) -> str:
    """Every failure as one line a person can act on (the UI's one place for this)."""
    from assistant.errors import GoalsmithError

    if isinstance(exc, GoalsmithError):
        return f"**✖ Error:** {safe.text(exc)}"
    return f"**✖ Internal error:** {safe.text(type(exc).__name__)}: {safe.text(exc)}"


def _save_new_plan(ws: Workspace, session: ChatSession, turn: Any, user: str) -> str | None:
    plan = turn.plan
    if plan is None or session.saved == (plan.id, plan.version):
        return None
    stored = ws.store.save_plan(plan, user)
    session.saved = (plan.id, plan.version)
    return stored.id


def _load_versions_from_store(ws: Workspace, conversation: Any, user: str) -> None:
    """Revisions start from the latest stored version (the Plan tab may have made newer ones)
    and undo reaches every stored version, not only this tab's."""
    plan = getattr(conversation, "plan", None)
    if plan is None:
        return
    conversation.load_version = lambda n: ws.store.get_plan(plan.id, user, n)
    try:
        latest = ws.store.get_plan(plan.id, user)
    except Exception:  # not saved yet: the chat's own copy is the latest
        return
    if latest.version > plan.version:
        conversation.plan = latest


def _note(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}
