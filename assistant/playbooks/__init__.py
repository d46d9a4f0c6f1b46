"""Domain playbooks for the offline planner, and picking the one a goal belongs to."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung, Step, fmt_number, fmt_value
from assistant.playbooks.career import CAREER_SWITCH, JOB, RAISE
from assistant.playbooks.content import PODCAST
from assistant.playbooks.fitness import FITNESS, RUNNING, WEIGHT
from assistant.playbooks.generic import GENERIC
from assistant.playbooks.health import BLOOD_PRESSURE, SLEEP
from assistant.playbooks.learning import CODING, INSTRUMENT, LANGUAGE, SKILL
from assistant.playbooks.life import DECLUTTER, EVENT, HABIT, HOME
from assistant.playbooks.money import DEBT, SAVINGS
from assistant.playbooks.ops import CHURN, SUPPORT
from assistant.playbooks.practice import MEDITATION, QUIT, READING, VOLUNTEER
from assistant.playbooks.study import EXAM
from assistant.playbooks.work import CUSTOMERS, LAUNCH, OPERATIONS, REVENUE
from assistant.playbooks.writing import BLOG, BOOK

# Order breaks ties: the more specific domain first.
PLAYBOOKS: tuple[Playbook, ...] = (
    RUNNING,
    BLOOD_PRESSURE,
    SLEEP,
    WEIGHT,
    DEBT,
    SAVINGS,
    LANGUAGE,
    EXAM,
    CAREER_SWITCH,
    RAISE,
    JOB,
    PODCAST,
    LAUNCH,
    CHURN,
    SUPPORT,
    REVENUE,
    CUSTOMERS,
    READING,
    BOOK,
    BLOG,
    INSTRUMENT,
    CODING,
    SKILL,
    QUIT,
    MEDITATION,
    VOLUNTEER,
    HABIT,
    DECLUTTER,
    HOME,
    EVENT,
    OPERATIONS,
    FITNESS,
    GENERIC,
)
BY_KEY = {p.key: p for p in PLAYBOOKS}


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
