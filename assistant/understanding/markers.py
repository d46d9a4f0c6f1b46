"""Health markers a goal names ("A1C 6.1", "LDL under 130"): a bare number near one is read in
the marker's own unit, so the person's result and target are kept, never a field's default."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.quantities import Quantity

# (marker words, unit, plausible range); the first match in the goal gives its bare numbers
_MARKERS = (
    (r"\b(?:hb)?a1c\b|\bhba1c\b|\bglycated\b", "%", 4.0, 15.0),
    # the IFCC unit most of Europe and Asia report in: "HbA1c 58, want it under 48" (mmol/mol)
    (r"\b(?:hb)?a1c\b|\bhba1c\b|\bglycated\b", "mmol/mol", 20.0, 200.0),
    (r"\b(?:ldl|hdl|cholesterol|triglycerides?)\b", "mg/dL", 20.0, 600.0),
    (r"\b(?:ldl|hdl|cholesterol|triglycerides?)\b", "mmol/L", 0.5, 15.0),
    (r"\b(?:fasting (?:glucose|sugar)|blood (?:glucose|sugar)s?|glucose)\b", "mg/dL", 40.0, 400.0),
    (r"\b(?:fasting (?:glucose|sugar)|blood (?:glucose|sugar)s?|glucose)\b", "mmol/L", 2.0, 30.0),
)


def marker_units(core: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """Bare numbers in a goal that names one health marker, in that marker's unit: "my A1C was
    6.1, the doctor wants it under 5.7" is 6.1 % and 5.7 %."""
    low = core.lower()
    out = list(quantities)
    for pattern, unit, low_end, high_end in _MARKERS:
        named = re.search(pattern, low)
        if not named:
            continue
        bare = [
            i
            for i, q in enumerate(out)
            if q.kind == "amount"
            and _bare(q.unit)
            and low_end <= q.value <= high_end
            and q.span[0] > named.start()
        ]
        for i in bare:
            q = out[i]
            out[i] = Quantity(q.value, unit, "amount", q.span)
        if bare:
            return out
    return out


_UNIT_RE = re.compile(r"^(?:%|percent|mg|mmol|mmhg|kg|kgs|lbs?|pounds|points?)\b")


def _bare(unit: str) -> bool:
    """A number with no unit of its own ("6.1 at my checkup", "7.4 down to")."""
    return not unit or not _UNIT_RE.match(unit)


_SCORES = frozenset(["band", "bands", "points", "score"])


def named_score(core: str, pattern: str, unit: str) -> float | None:
    """The score written right after the test a preset names ("IELTS 7.5 overall", "TOEFL
    100"): the target in the test's own scale (bands, points), where the field counts in %."""
    if unit not in _SCORES:
        return None
    m = re.search(
        rf"(?:{pattern})\s(?:overall\s|score\s|band\s)?(?:of\s)?(\d+(?:\.\d+)?)(?![\d:/%])",
        core.lower(),
    )
    return float(m.group(1)) if m else None
