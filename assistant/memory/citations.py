"""Quotes from reviews: pick verbatim fragments, and drop citations a review does not contain."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import Cause, Diagnosis, Evidence, Review

MIN_QUOTE_CHARS = 5


def fragments(review: Review) -> list[tuple[str, str | None]]:
    """Quotable pieces of a review: each slipped reason (with its task id), then sentences."""
    out: list[tuple[str, str | None]] = [
        (s.reason.strip(), s.task_id) for s in review.slipped if s.reason.strip()
    ]
    for text in (review.changed, review.remove, review.notes):
        out += [(s, None) for s in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if s.strip()]
    return out


def clip(text: str, limit: int) -> str:
    """A prefix of ``text`` ending on a word boundary, so it stays a verbatim substring."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:- ")


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split()).strip(" \"'.…")


def quoted_in(review: Review, quote: str) -> bool:
    """True when ``quote`` (case and spacing aside) appears in the review's own words."""
    # An elided quote ("a ... b") stands when every part is there.
    parts = [_norm(p) for p in re.split(r"\.\.\.|…", quote) if _norm(p)]
    if not parts or sum(len(p) for p in parts) < MIN_QUOTE_CHARS:
        return False
    haystack = _norm("\n".join([review.text(), *(f for f, _ in fragments(review))]))
    return all(p in haystack for p in parts)


def check_citations(diagnosis: Diagnosis, reviews: Sequence[Review]) -> Diagnosis:
    """The diagnosis with every citation that no real review supports removed.

    A citation stands when a review of that week (and of that id, if one is given) contains
    the quote. A cause whose citations were all invented is dropped; a cause that cited
    nothing (a structural one, such as capacity) is kept.
    """
    by_week: dict = {}
    for r in reviews:
        by_week.setdefault(r.week_of, []).append(r)
    causes: list[Cause] = []
    for cause in diagnosis.causes:
        kept: list[Evidence] = []
        for ev in cause.evidence:
            candidates = [r for r in by_week.get(ev.week_of, []) if ev.review_id in (None, r.id)]
            match = next((r for r in candidates if quoted_in(r, ev.quote)), None)
            if match is not None:
                kept.append(ev.model_copy(update={"review_id": match.id}))
        if cause.evidence and not kept:
            continue
        causes.append(cause.model_copy(update={"evidence": kept}))
    return diagnosis.model_copy(update={"causes": causes})
