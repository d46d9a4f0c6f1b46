"""The rooms a goal names ("the living room and hallway" is 2 rooms, never a typical 4)."""

from __future__ import annotations

import re

from assistant.playbooks import Preset

_ROOM = (
    r"(?:living|dining|sitting|family|spare|guest|utility|laundry|box|play|kids'?|front|back)"
    r" room|kitchen|bathroom|bedroom|hallway|hall|landing|stair(?:case|s|well)|lounge|office|"
    r"study|nursery|den|ensuite|en-suite|toilet|loo|basement|attic|porch|conservatory|garage"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_ROOM_RE = re.compile(rf"\b(?:(\d|two|three|four|five|six|both)\s(?:\w+\s)?)?({_ROOM})s?\b")


def rooms_named(core: str, preset: Preset | None) -> float | None:
    """How many rooms the text names, for a goal counted in rooms; None when it names none."""
    if preset is None or preset.unit != "rooms":
        return None
    count, seen = 0, set()
    for m in _ROOM_RE.finditer(core):
        if m.group(2) in seen and not m.group(1):
            continue
        seen.add(m.group(2))
        said = m.group(1)
        count += (_COUNT_WORDS.get(said) or int(said)) if said else 1
    return float(count) if count else None
