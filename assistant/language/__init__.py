"""Reading goals and tasks as people write them: numbers, money, frequencies, horizons, vagueness.

Shared by the validators, ``goalsmith assess`` and the offline engine, so every part of
Goalsmith understands "three times a week" or "by Q4" the same way.
"""

from assistant.language.horizons import Horizon, find_horizon, resolve_deadline
from assistant.language.quantities import Quantity, find_done_state, find_frequency, find_quantities
from assistant.language.text import normalize
from assistant.language.vague import find_hedges, find_vague_phrases, starts_with_verb

__all__ = [
    "Horizon",
    "Quantity",
    "find_done_state",
    "find_frequency",
    "find_hedges",
    "find_horizon",
    "find_quantities",
    "find_vague_phrases",
    "normalize",
    "resolve_deadline",
    "starts_with_verb",
]
