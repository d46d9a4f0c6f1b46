"""What an obstacle's moves say for a field, as one lower-case line to look for words in."""

from __future__ import annotations

from assistant.engines.offline.constraints import constraint_moves
from assistant.playbooks import BY_KEY


def moves_text(field: str, said: str, goal: str = "") -> str:
    """The strategy and every move title for ``said`` in ``field``, joined and lower-cased."""
    moves = constraint_moves(BY_KEY[field], said, goal)
    return " | ".join([moves.strategy, *moves.titles()]).lower()
