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
GOAL_HINT = "e.g. Run a half marathon by June; I can train 4 hours a week"
CHANGE_HINT = "Ask for a change, e.g. I only have 3 hours a week"
NEW_GOAL_LINE = "**New goal:** type it below; I ask what matters, then plan it."
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
    reviewed: str | None = None  # the plan a week told in the chat just ticked


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
    session.history = [*session.history, {"role": "user", "content": said(message)}]
    yield ChatUpdate(session.history + [_note("⏳ Thinking…")], busy=True)
    if session.conversation is None:
        try:
            session.conversation = ws.new_conversation()
        except Exception as exc:
            session.history = [*session.history, _note(error_line(exc))]
            yield ChatUpdate(session.history)
            return
    _load_versions_from_store(ws, session.conversation, user)
    if getattr(session.conversation, "plan", None) is not None:
        session.conversation.review_keeper = lambda told: _keep_week(ws, session, told, user)
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
    try:
        saved_id = _save_new_plan(ws, session, turn, user)
    except Exception as exc:  # the plan is still in the chat: say why it is not stored
        saved_id = None
        session.history = [*session.history, _note(error_line(exc))]
    session.history = session.history + [
        {"role": "assistant", "content": turn_md(turn, saved_id is not None)}
    ]
    _keep_chat(ws, session, user)
    reviewed, session.reviewed = session.reviewed, None
    yield ChatUpdate(session.history, saved_plan_id=saved_id or reviewed)


def _keep_chat(ws: Workspace, session: ChatSession, user: str) -> None:
    """Store the chat with its plan; before a plan exists nothing is stored."""
    if session.saved is None:
        return
    try:
        ws.store.save_chat(session.saved[0], session.history, user)
    except Exception as exc:  # the chat goes on; the person learns it was not kept
        session.history = [*session.history, _note(error_line(exc))]


def about_plan(ws: Workspace, plan_id: str, user: str) -> ChatSession:
    """The chat of a stored plan, ready to revise it: its stored messages, or one line
    saying how to ask for changes when the plan was made elsewhere."""
    plan = ws.store.get_plan(plan_id, user)
    history = ws.store.chat(plan_id, user) or [
        _note(
            f"This is the chat for **{safe.text(plan.goal.statement)}** (version "
            f"{plan.version}). Ask for changes in plain words; each is saved as a new version."
        )
    ]
    return ChatSession(
        user=user,
        conversation=ws.conversation_about(plan),
        saved=(plan.id, plan.version),
        history=history,
    )


def context_line(session: ChatSession | None, ws: Workspace, user: str) -> str:
    """Which plan the chat is about, so a message is never a surprise revision."""
    if session is None or session.saved is None:
        return NEW_GOAL_LINE
    try:
        statement = ws.store.get_plan(session.saved[0], user).goal.statement
    except Exception:
        statement = session.saved[0]
    return (
        f"**Chat about:** {safe.text(statement)}. Messages revise this plan; "
        "**New goal** starts a fresh chat."
    )


def said(message: str) -> str:
    """The person's message as shown: made safe, one answer per line kept on its own line."""
    return "  \n".join(safe.text(line) for line in message.splitlines() if line.strip())


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
    conversation.stall_doctor = lambda question: _why_stalled(ws, plan.id, question, user)
    try:
        latest = ws.store.get_plan(plan.id, user)
    except Exception:  # not saved yet: the chat's own copy is the latest
        return
    if latest.version > plan.version:
        conversation.plan = latest


def _why_stalled(ws: Workspace, plan_id: str, question: str, user: str) -> str:
    """'why am I not making progress?' in the chat: the Why stalled? tab's answer, cited from
    the person's own reviews, with where to apply its changes."""
    from ui.why import ask

    answer = ask(ws, plan_id, question, user)
    if answer.can_apply:
        return (
            f"{answer.markdown}\n\n{answer.changes}\n\n*To make these changes, open the "
            "**Why stalled?** tab and press Apply (or ask me for any one of them).*"
        )
    return answer.markdown


def _keep_week(ws: Workspace, session: ChatSession, told: Any, user: str) -> str:
    """A week told in the chat, saved as the Review tab saves it: stored, ticked, indexed."""
    from ui.reviewing import save_review, week_items

    plan = session.conversation.plan
    session.reviewed = plan.id  # the picker's "done" count moves with the ticks
    items, _ = week_items(plan, told.week_of, set())
    done = []
    for task_id in told.done:  # a session said done: that many of the week's sessions
        refs = [value for _, value in items if value.startswith(f"{task_id}@")]
        done += refs[: told.times.get(task_id, len(refs))] if refs else [task_id]
    line = save_review(
        ws,
        plan.id,
        user,
        week_of=told.week_of.isoformat(),
        done=done,
        slipped=list(told.slipped.items()),
        changed="",
        remove="",
        readings="",
        confidence=float(told.confidence or 5),
        notes=told.notes,
    )
    return f"{line} Ask **why?** when the goal stalls: I cite these reviews."


def _note(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


def remember(session: ChatSession | None) -> list[str]:
    """What the browser keeps to show this chat again after a reload: whose, and which plan
    ([] for a new goal: gradio does not store None)."""
    if session is None or not session.saved or session.user is None:
        return []
    return [session.user, session.saved[0]]


def hint(session: ChatSession | None) -> str:
    """What the message box invites: a goal, or a change to the plan in view."""
    return CHANGE_HINT if session is not None and session.saved else GOAL_HINT


def plan_is_gone(ws: Workspace, session: ChatSession | None, user: str) -> bool:
    """Whether the chat is about a plan that was deleted (sending to it would bring it back)."""
    if session is None or not session.saved:
        return False
    try:
        ws.store.get_plan(session.saved[0], user)
    except Exception:
        return True
    return False
