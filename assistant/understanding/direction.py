"""Which way a body-weight goal goes: 'put on healthy weight, get to 65kg' is a gain."""

from __future__ import annotations

import re

from assistant.playbooks import PLAYBOOKS, Playbook

_GAIN_RE = re.compile(  # "I've put on 10 kg since the baby" is history, not the goal
    r"(?<!i've )(?<!ive )(?<!have )(?<!i )(?<!had )(?<!has )\b(?:put on|putting on|gain|gaining|bulk(?:ing)? up|bulk|pack on|get bigger|"
    r"underweight|skinny|scrawny|too thin)\b"
)
_LOSS_RE = re.compile(
    r"\b(?:lose|losing|lost|drop|shed|slim|cut down|trim|overweight|get (?:it|this|them) off|"
    r"(?:get )?back (?:down )?to my|(?:i'?ve|i have|i) (?:put on|gained))\b"
)
_WEIGHT = r"(\d{2,3}(?:\.\d)?)\s?(kg|kgs|kilos?|lbs?|pounds)\b"
_NOW_THEN_RE = re.compile(
    rf"\b(?:i'?m|i am|im|at|from|weigh|currently)\s(?:about |around |only )?{_WEIGHT}"
    rf".{{0,80}}?\b(?:to|get to|reach|be|hit|up to)\s(?:about |around |maybe )?{_WEIGHT}"
)


def reads_as_gain(core: str) -> bool | None:
    """True when the goal text asks to gain weight, False to lose it, None when it says neither."""
    gain, loss = bool(_GAIN_RE.search(core)), bool(_LOSS_RE.search(core))
    if gain != loss:
        return gain
    m = _NOW_THEN_RE.search(core)
    if m and m.group(2)[0] == m.group(4)[0]:
        return float(m.group(3)) > float(m.group(1))
    return None


def facing_their_way(playbook: Playbook, core: str) -> Playbook:
    """The field of the same measure that goes the way the text says: a gain is never planned
    as kilos to lose, nor a loss as kilos to gain."""
    change = playbook.measured_as_change
    if change not in {"gain", "loss"}:
        return playbook
    gain = reads_as_gain(core)
    if gain is None or gain == (change == "gain"):
        return playbook
    wanted = "gain" if gain else "loss"
    return next((p for p in PLAYBOOKS if p.measured_as_change == wanted), playbook)
