"""Which way the person wants their measure to go, read once from the goal's verb: a goal
to raise, reach or build up is never a cut because it says 'only' ('we only raised £2k')."""

from __future__ import annotations

import re

_CUT_RE = re.compile(
    r"\b(?:cut|cutting|reduce|reducing|limit|less|fewer|down to|at most|no more than|"
    r"max(?:imum)? of|quit|stop|drop|lower|spend less|wasting)\b"
)
_UP_RE = re.compile(
    r"\b(?:raise|raising|save|saving|reach|reaching|gain|build up|building up|grow|increase|"
    r"earn|get to|get up to|hit|boost|double|improve|work up to)\b"
)


def asks_for_less(core: str, cue_found: bool) -> bool:
    """Whether the goal asks for less of its measure, given that a reduction cue was found:
    a cue that is only 'only' ('I only walk 4000 steps') beside a verb of more is no cut."""
    if not cue_found:
        return False
    return bool(_CUT_RE.search(core)) or not _UP_RE.search(core)
