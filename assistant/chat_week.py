"""A week told in the chat, saved as that week's review: what the chat read is said back, the
one thing a review needs that the message did not say (how sure the person is now) is asked
once, and the review is saved through the keeper the app gives (the store and the index)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.models import Plan
from assistant.week_told import WeekTold

Keeper = Callable[[WeekTold], str]

_SCORE_RE = re.compile(
    r"^\W*(?:about |maybe |like |a |an )?(10|[1-9])(?:\s*(?:/|out of)\s*10)?\W*$"
)
_SKIP_RE = re.compile(r"^\W*(?:skip|no|nope|don'?t|do not|never ?mind|cancel|not now)\b", re.I)


def said_back(plan: Plan, told: WeekTold) -> str:
    """What the chat read, and the confidence question."""
    return (
        f"Your week of {told.week_of:%d %b} as I read it: {told.said_back(plan)}.\n\n"
        "How sure are you now that you will reach the goal, from 1 to 10? Say a number to save "
        "this as the week's review (it is what **why?** cites when the goal stalls), or "
        "**skip** to leave it unsaved."
    )


def finish(told: WeekTold, text: str, keeper: Keeper) -> str | None:
    """The reply to the message after the question: saved, left unsaved, or None when the
    message is about something else (the review is then left unsaved)."""
    score = _SCORE_RE.match(text.lower())
    if score:
        told.confidence = int(score.group(1))
        return keeper(told)
    if _SKIP_RE.match(text):
        return "Not saved. You can record the week any time in **Review**."
    return None
