"""Several separate goals in one message ("lose 20 lbs, save 5k and learn spanish this year"),
found so that the chat asks which to plan first instead of silently planning one of them.

Two parts stay one goal (the two-part statement keeps both); three or more verb-led parts that
belong to three different fields are separate goals, each worth its own plan.
"""

from __future__ import annotations

import re

from assistant.language.horizons import find_horizon

_SPLIT_RE = re.compile(r",\s*(?:and\s+|then\s+)?|;\s*|\s+and\s+(?=\w+\s)|\s+plus\s+|\s*&\s*")
_WANT_RE = re.compile(
    r"^(?:(?:this|next) year\s+)?(?:i\s+)?(?:really\s+)?(?:want|need|would like|'d like|hope|"
    r"plan|am going|'m going|wanna|gonna|am trying|'m trying)\s+(?:to\s+)?",
    re.IGNORECASE,
)
_VERB_RE = re.compile(
    r"^(?:get|lose|gain|save|pay|learn|run|walk|read|write|finish|start|quit|stop|cut|drink|eat|"
    r"sleep|build|fix|clean|declutter|paint|find|buy|sell|call|visit|go|join|practi[cs]e|study|"
    r"pass|train|swim|cycle|bike|meditate|pray|cook|make|earn|grow|launch|spend|organi[sz]e|"
    r"move|travel|see|take|apply|volunteer|play|lift|do|be|stay|keep|become|improve|reduce)\b",
    re.IGNORECASE,
)
_MAX_CHARS = 240


def separate_goals(text: str) -> list[str]:
    """The separate goals of ``text`` (three or more, each its own field), else []."""
    from assistant.playbooks import pick_playbook

    said = text.strip()
    if len(said) > _MAX_CHARS or len(re.findall(r"[.!?](?:\s|$)", said)) > 1:
        return []  # a story with a goal in it, not a list of goals
    parts = [_WANT_RE.sub("", p.strip(" .!?")) for p in _SPLIT_RE.split(_WANT_RE.sub("", said))]
    parts = [p for p in parts if p]
    if len(parts) < 3 or not all(_VERB_RE.match(p) and len(p.split()) >= 2 for p in parts):
        return []
    fields = {pick_playbook(p).key for p in parts}
    return parts if len(fields) == len(parts) else []


def with_shared_time(part: str, whole: str) -> str:
    """'lose 20 lbs' from 'lose 20 lbs, save 5k and learn spanish this year' keeps 'this year'."""
    horizon = find_horizon(whole)
    if horizon is None or horizon.kind in {"recurring", "vague"}:
        return part
    return part if horizon.phrase in part.lower() else f"{part} {horizon.phrase}"


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_ALL_RE = re.compile(
    r"^\W*(?:all|all of them|all in one|together|one plan|everything|both)\b", re.I
)


def pick_goal(reply: str, goals: list[str], whole: str) -> str | None:
    """The goal a reply picks from ``goals`` (by number, 'the second', or its words); the
    whole message for 'all in one'; None when the reply is a goal of its own."""
    said = reply.strip().lower()
    if _ALL_RE.match(said):
        return whole
    number = re.fullmatch(r"\W*(?:#|no\.?\s?|number\s)?(\d)\W*", said)
    if number and 1 <= int(number.group(1)) <= len(goals):
        return with_shared_time(goals[int(number.group(1)) - 1], whole)
    for word, n in _ORDINALS.items():
        if re.fullmatch(rf"\W*(?:the\s)?{word}(?:\sone)?\W*", said):
            return with_shared_time(goals[n - 1 if n > 0 else -1], whole)
    words = _roots(said)
    overlap = [len(words & _roots(g)) for g in goals]
    best = max(overlap)
    if best and overlap.count(best) == 1 and len(said.split()) <= 6:
        return with_shared_time(goals[overlap.index(best)], whole)
    return None


def _roots(text: str) -> set[str]:
    """Word roots that survive inflection: 'saving' and 'save 5k' share 'sav'."""
    from assistant.language.text import content_stems

    return {w[:3] for w in content_stems(text) if not w.isdigit()}
