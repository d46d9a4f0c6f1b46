"""Single acts: a task that names one act (book, call, buy, choose) is done once, not weekly."""

from __future__ import annotations

import re

_ONE_ACT_RE = re.compile(
    r"^(?:book|call|phone|ring|buy|order|sign up|choose|pick|narrow|register|enrol|enroll|"
    r"renegotiate|hire|apply|find (?:a|an|the|out)|search for (?:a|an|the)|"
    r"look for (?:a|an|the)|"
    # a request made once: a discount asked for, a date given, a machine serviced
    r"ask [\w' ]{1,40}? for (?:a|an) (?:discount|refund|payment plan|waiver|reduction|quote|"
    r"estimate|extension|letter|reference)|(?:message|email|text|write to|tell) [\w' ]{1,30}? with "
    r"(?:a|the) (?:\w+ )?date|get [\w' ]{1,30}? (?:serviced|repaired|fixed))\b",
    re.IGNORECASE,
)
# ...unless the title says it repeats
_REPEATS_RE = re.compile(
    r"\b(?:each|every|weekly|daily|nightly|monthly|per (?:day|week)|a (?:day|week)|another|"
    r"one more|again|(?:this|next|the) week's)\b",
    re.IGNORECASE,
)


def one_off_act(title: str, measure: str = "") -> bool:
    """True for a task that names a single act (book, call, buy, choose...) and no repeat,
    unless that act is what the goal counts ("Call them" when the measure is weekly calls)."""
    m = _ONE_ACT_RE.match(title.strip())
    if not m or _REPEATS_RE.search(title):
        return False
    act = m.group(0).lower().split()[0]
    counted = {w.rstrip("s") for w in re.findall(r"[a-z]+", measure.lower())}
    return act not in counted
