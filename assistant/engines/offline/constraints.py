"""Naming the real constraint and the tasks that attack it, in the constraint's own words.

A stated constraint ("I skip runs when work runs late", "low activation of trial users") is
matched to a kind of bottleneck; each kind has a weekly system-changing task and one or two
one-off moves for the first weeks (seed 000: "every weekly plan must include at least one
task that changes the system, not just feeds it"). A constraint no kind matches is still
attacked by name: the person's words are the constraint and are quoted in the first move's done-when.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from assistant.engines.offline.constraint_kinds import BOTTLENECKS, Bottleneck
from assistant.language import normalize
from assistant.playbooks import Obstacle, Playbook, Step

__all__ = [
    "BOTTLENECKS",
    "Bottleneck",
    "ConstraintMoves",
    "classify",
    "constraint_moves",
    "constraint_plan",
]


@dataclass(frozen=True)
class ConstraintMoves:
    """The one bottleneck, how the plan attacks it, the weekly attack and first-week moves."""

    constraint: str
    strategy: str
    attack: Step
    unblock: tuple[Step, ...] = ()


def classify(constraint: str) -> Bottleneck | None:
    """The kind of bottleneck by its words, else by meaning ("burnt out" is low energy)."""
    s = normalize(constraint)
    found = next((b for b in BOTTLENECKS if re.search(b.pattern, s)), None)
    return found or _closest_kind(s)


_ABOUT = {
    "health": "pain, an injury, illness, arthritis, my hands or knees or back hurt, a condition",
    "screens": "my phone, social media, scrolling, tv and games eat the time",
    "money": "not enough money, surprise bills, the car breaks down, christmas costs, tight budget",
    "time": "too busy, long work hours, kids and family take the time, shifts, no time",
    "motivation": "I lose motivation, quit after a few weeks, lazy, no discipline, I give up",
    "confidence": "fear, nerves, anxiety, shy, afraid of being judged, imposter feeling",
    "knowledge": "I don't know how, confused, where to start, no idea, overwhelmed by the steps",
    "spending": "impulse buying, shopping online, takeaways, spending on things I don't need",
}
KIND_SIMILARITY = 0.3  # how close in meaning a constraint must be to a kind's description


def _closest_kind(stated: str) -> Bottleneck | None:
    if not stated.strip():
        return None
    from assistant.memory.embedding import load_minilm

    # only kinds whose moves never quote the person's words into titles ("plan B for {trigger}")
    candidates = [b for b in BOTTLENECKS if b.kind in _ABOUT or b.about]
    kinds = _obstacle_vectors(tuple(_ABOUT.get(b.kind, b.about) for b in candidates))
    sims = kinds @ load_minilm().encode([stated])[0]
    best = int(sims.argmax())
    return candidates[best] if float(sims[best]) >= KIND_SIMILARITY else None


def constraint_plan(playbook: Playbook, stated: str | None) -> tuple[str, str, Step]:
    """(constraint, strategy, weekly attack) for a stated constraint or the playbook default."""
    moves = constraint_moves(playbook, stated)
    return moves.constraint, moves.strategy, moves.attack


def constraint_moves(
    playbook: Playbook, stated: str | None, goal: str = "", default: str = ""
) -> ConstraintMoves:
    """Everything the plan does about the constraint. None stated: a known obstacle the goal
    text itself names ("I have a problem with sweets at night"), else the default obstacle of
    the goal's kind (``default``, an obstacle key), else the field's own default."""
    if not stated or not stated.strip(" ."):
        said = normalize(goal)
        known = next((o for o in playbook.obstacles if said and re.search(o.pattern, said)), None)
        known = known or next((o for o in playbook.obstacles if o.key == default), None)
        if known is not None:
            return ConstraintMoves(known.constraint, known.strategy, known.attack, known.unblock)
        return ConstraintMoves(playbook.constraint, playbook.strategy, playbook.attack)
    text = stated.strip().rstrip(".")
    text = text[0].upper() + text[1:]
    words = _own_words(text)
    kind = classify(text)
    fill = {"own": words, "trigger": _trigger(words), "who": _who(words)}
    known = next((o for o in playbook.obstacles if re.search(o.pattern, normalize(text))), None)
    known = known or _closest_obstacle(playbook, text)
    if known is not None:  # the field knows this obstacle: its own moves, the person's words
        return ConstraintMoves(
            text,
            known.strategy,
            _fill(known.attack, fill),
            tuple(_fill(s, fill) for s in known.unblock),
        )
    if kind is None:
        return ConstraintMoves(
            text,
            "Decide in advance what you will do when it happens: one if-then plan, tried for a "
            "week and kept if it worked, then the next",
            playbook.attack,
            (_fill(_AROUND, fill),),
        )
    strategy = _fill_text(kind.strategy, fill) if kind.strategy else playbook.strategy
    attack = _fill(kind.attack, fill) if kind.attack else playbook.attack
    return ConstraintMoves(text, strategy, attack, tuple(_fill(s, fill) for s in kind.unblock))


OBSTACLE_SIMILARITY = 0.4  # how close in meaning a stated constraint must be to a known one


def _closest_obstacle(playbook: Playbook, stated: str) -> Obstacle | None:
    """The field's known obstacle that means what the person said, when words did not match
    ("my shifts change every week" ~ "no fixed time in the week"), by the shipped embeddings."""
    if not playbook.obstacles:
        return None
    from assistant.memory.embedding import load_minilm

    known = _obstacle_vectors(tuple(f"{o.key}: {o.constraint}" for o in playbook.obstacles))
    sims = known @ load_minilm().encode([stated])[0]
    best = int(sims.argmax())
    return playbook.obstacles[best] if float(sims[best]) >= OBSTACLE_SIMILARITY else None


@functools.lru_cache(maxsize=256)
def _obstacle_vectors(texts: tuple[str, ...]):
    """A field's obstacles embedded once per process, not on every plan."""
    from assistant.memory.embedding import load_minilm

    return load_minilm().encode(list(texts))


# The person's words go in the done-when: quoted in a title, "a whole Saturday" reads as a
# task too big for one session.
_AROUND = Step(
    "Write down your move for the moment the obstacle hits",
    20,
    "One line saved: 'If {own}, then I will ...'; used once this week",
    attacks=True,
)


def _own_words(text: str) -> str:
    """The constraint as a short quotable phrase: lower-case start, at most 60 characters."""
    s = text[:1].lower() + text[1:] if not text[:2].isupper() else text
    s = re.sub(r"^i\b", "I", s)
    if len(s) > 60:  # cut at a clause, never mid-phrase ("... 3 kids under")
        head = re.split(r",|;|\s(?:and|but|so|because)\s", s[:60])[0].strip()
        s = head if len(head) >= 15 else s[:60].rsplit(" ", 1)[0]
    return s.replace("{", "(").replace("}", ")")


_TRIGGER_RE = re.compile(r"\b(?:with|after|when|during|whenever|at)\s(?:my\s|the\s|a\s)?(.+)$")


def _trigger(words: str) -> str:
    """The moment a habit fires on: 'smoking with coffee in the morning' -> 'coffee in ...'."""
    m = _TRIGGER_RE.search(words)
    return m.group(1).strip() if m else words


_WHO_RE = re.compile(
    r"\b(supervisor|advisor|adviser|manager|boss|editor|client|reviewer|professor|tutor|landlord|"
    r"partner|agent|mentor|coach|team lead|lead|landlord|contractor|insurer|lawyer|bank)\b"
)


def _who(words: str) -> str:
    m = _WHO_RE.search(words.lower())
    return f"the {m.group(1)}" if m else "the person you wait on"


def _fill_text(template: str, fill: dict[str, str]) -> str:
    out = template
    for key, value in fill.items():
        out = out.replace("{" + key + "}", value)
    return out


def _fill(step: Step, fill: dict[str, str]) -> Step:
    """A constraint step with the person's words in; braces escaped for the plan's formatting."""

    def esc(text: str) -> str:
        filled = text.replace("{", "{{").replace("}", "}}")
        for key, value in fill.items():
            filled = filled.replace("{{" + key + "}}", value.replace("{", "{{").replace("}", "}}"))
        return filled

    return replace(step, title=esc(step.title), done_when=esc(step.done_when))
