"""Causes read from the reviews' words (``assistant.stall_reasons``) joined with the causes the
plan's structure shows: the same cause from both grows stronger and quotes the person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.memory.citations import clip, fragments
from assistant.models import Cause, Evidence, Plan, ProposedChange, Review

if TYPE_CHECKING:
    from assistant.config import Settings

MAX_EVIDENCE = 3
QUOTE_CHARS = 180


def read(reviews: Sequence[Review], embed: Any, constraint: str) -> list[Any]:
    from assistant.errors import GoalsmithError
    from assistant.stall_reasons import read_causes

    try:
        return read_causes(reviews, embed, constraint)
    except GoalsmithError:  # no embedding model: the structural signals still answer
        return []


def join_read(
    plan: Plan,
    reviews: Sequence[Review],
    read: list[Any],
    found: list[tuple[Cause, list[ProposedChange]]],
    settings: Settings,
) -> list[tuple[Cause, list[ProposedChange]]]:
    """Causes read from the reviews' words, merged into the structural cause of the same code
    (both agreeing makes it stronger); a falling confidence with no cause is a cause itself."""
    from assistant.stall_reasons import confidence_drop
    from assistant.stall_remedies import explain

    drop = confidence_drop(reviews)
    slips: dict[str, int] = {}
    for r in reviews:
        for s in r.slipped:
            slips[s.task_id] = slips.get(s.task_id, 0) + 1
    for rc in read:
        repeats = max((slips.get(t, 0) for t in rc.task_ids), default=0)
        strength = min(0.97, rc.strength + 0.04 * max(0, repeats - 1))
        quotes = said_evidence(rc)
        same = [i for i, (c, _) in enumerate(found) if c.code == rc.code]
        if same:
            cause, changes = found[same[0]]
            joined = max(cause.confidence, strength)
            joined += 0.5 * min(cause.confidence, strength) * (1 - joined)
            evidence = merge_evidence(quotes, cause.evidence)
            cause = cause.model_copy(
                update={"confidence": round(min(1.0, joined), 3), "evidence": evidence}
            )
            found[same[0]] = (cause, changes)
            continue
        explanation, changes = explain(plan, rc, list(reviews), drop, settings)
        found.append(
            (
                Cause(code=rc.code, explanation=explanation, evidence=quotes, confidence=strength),
                changes,
            )
        )
    if found and drop >= 2:  # falling confidence weighs on the strongest cause and is named
        top = max(range(len(found)), key=lambda i: found[i][0].confidence)
        cause, changes = found[top]
        if "Confidence fell" not in cause.explanation:
            high = max(r.confidence for r in reviews)
            cause = cause.model_copy(
                update={
                    "explanation": f"{cause.explanation} Confidence fell from {high} to "
                    f"{reviews[-1].confidence}.",
                    "confidence": round(min(1.0, cause.confidence + 0.02 * drop), 3),
                }
            )
            found[top] = (cause, changes)
    if not found and drop >= 2:
        low = min(reviews, key=lambda r: (r.confidence, -r.week_of.toordinal()))
        evidence = [
            Evidence(week_of=low.week_of, quote=clip(text, QUOTE_CHARS), review_id=low.id)
            for text, _ in fragments(low)[:2]
        ]
        high = max(r.confidence for r in reviews)
        explanation = (
            f"Confidence fell from {high} to {reviews[-1].confidence}, but the reviews do not "
            "say what is in the way. Next review, write a reason for each slipped task."
        )
        found.append(
            (
                Cause(
                    code="confidence_falling",
                    explanation=explanation,
                    evidence=evidence,
                    confidence=0.5,
                ),
                [],
            )
        )
    return found


def said_evidence(rc: Any) -> list[Evidence]:
    """The closest quotes of a read cause, one per week first, newest weeks first."""
    by_week: dict[dt.date, Any] = {}
    for s in sorted(rc.said, key=lambda s: -s.closeness):
        by_week.setdefault(s.week_of, s)
    ordered = sorted(by_week.values(), key=lambda s: s.week_of, reverse=True)[:MAX_EVIDENCE]
    return [
        Evidence(week_of=s.week_of, quote=clip(s.text, QUOTE_CHARS), review_id=s.review_id)
        for s in sorted(ordered, key=lambda s: s.week_of)
    ]


def merge_evidence(first: list[Evidence], then: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for ev in [*first, *then]:
        if all(ev.quote != o.quote for o in out):
            out.append(ev)
    return out[:MAX_EVIDENCE]
