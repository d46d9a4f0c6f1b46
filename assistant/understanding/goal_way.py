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


# "only" caps something only when it bounds a count or the days: "only 2 a day", "weekends only"
_ONLY_CAP_RE = re.compile(
    r"\bonly\s(?:\w+\s)?(?:\d|one\b|two\b|three\b|once\b|twice\b|on\s|at\s|weekends?\b)|"
    r"\b(?:weekends?|weekdays?|fridays?|saturdays?|sundays?|holidays?)\sonly\b"
)


def asks_for_less(core: str, cue_found: bool) -> bool:
    """Whether the goal asks for less of its measure, given that a reduction cue was found:
    'only' is a cut when it bounds a count or the days ('2 coffees only', 'weekends only'),
    never in 'I only walk 4000 steps' or 'we only raised £2k'."""
    if not cue_found:
        return False
    if _CUT_RE.search(core):
        return True
    return bool(_ONLY_CAP_RE.search(core)) and not _UP_RE.search(core)


def own_part(core: str, field: str) -> str:
    """The goal's text without a second action that belongs to another field: 'drink 2
    litres of water a day and cut down to 1 coffee' is read for its way as water to drink,
    never as a cut (the coffee is planned by its own field)."""
    from assistant.playbooks import pick_playbook
    from assistant.playbooks.whole_goal import second_parts_with_heads

    for head, tail in second_parts_with_heads(core):
        if head and tail in core and pick_playbook(tail).key not in {field, "generic"}:
            core = re.sub(rf"\s*(?:,\s*)?(?:and\s+)?{re.escape(tail)}", "", core, count=1)
    return core
