"""Domain playbooks for the offline planner, and picking the one a goal belongs to."""

from __future__ import annotations

from assistant.language.amounts import MONEY_UNITS, fmt_number, fmt_value
from assistant.playbooks.base import (
    Obstacle,
    Playbook,
    Preset,
    RateForm,
    Rung,
    Step,
)
from assistant.playbooks.catalog import all_fields

# Order breaks ties: the more specific domain first (each file's ``order``).
PLAYBOOKS: tuple[Playbook, ...] = all_fields()
BY_KEY = {p.key: p for p in PLAYBOOKS}
GENERIC = BY_KEY["generic"]


def pick_playbook(text: str, has_money: bool = False) -> Playbook:
    """The playbook whose keywords the (normalised) goal text hits most; generic if none."""
    best, best_score = GENERIC, 0.0
    for playbook in PLAYBOOKS:
        score = playbook.matches(text)
        if playbook.money and has_money:
            score += 0.5 if score else 0.0
        if playbook.key == "revenue" and not has_money:
            score *= 0.5
        if score > best_score:
            best, best_score = playbook, score
    return best


__all__ = [
    "GENERIC",
    "MONEY_UNITS",
    "Obstacle",
    "RateForm",
    "BY_KEY",
    "PLAYBOOKS",
    "Playbook",
    "Preset",
    "Rung",
    "Step",
    "fmt_number",
    "fmt_value",
    "pick_playbook",
]
