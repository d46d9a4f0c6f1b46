"""The field's own moves before a generic fallback: an obstacle no kind and no shape fits is met
by the field's obstacle that shares a word of it ("driving" beside a smoker's trigger moments,
"sweet tea" beside carbs and sweets), else, where a generic move would name a session the plan
has not got or the person's words name nothing, by the field's standard move; the constraint
line keeps their words. "Do a 10-minute version of the step" for a support queue, and "Book the
weekly step in a slot the commute can never take" for eating more vegetables, were both moves
of nothing the plan held.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.engines.offline.constraint_kinds import by_structure
from assistant.engines.offline.constraints_fallback import is_situation, referent, their_words
from assistant.engines.offline.constraints_family import field_family
from assistant.engines.offline.constraints_moves import ConstraintMoves
from assistant.engines.offline.constraints_words import cased, fill_for, fill_step, fill_text
from assistant.engines.offline.obstacle_checks import contradicts_goal
from assistant.engines.offline.obstacle_parts import topic_stems
from assistant.engines.offline.plan_needs import session_plan
from assistant.language import normalize
from assistant.language.slots import with_article
from assistant.playbooks import Playbook

__all__ = ["field_own"]


def field_own(
    playbook: Playbook, text: str, context: str, part: bool = False
) -> ConstraintMoves | None:
    """The field's own moves for an obstacle (or ``part`` of one) no kind or shape fits: its
    obstacle sharing a word of ``text``; else its standard move where the generic one would
    name a session the plan has not got (a whole obstacle, or a part said as a situation:
    "Lagos heat" in a plan of daily ticks) or where the words name nothing ("everything");
    None when the generic moves may stand (a thing in a plan with sessions: "the clay")."""
    fill = {**fill_for(text), "goal_words": context, "field": playbook.label}
    said = topic_stems(text)
    known = [
        (o.constraint, o.strategy, o.attack, o.unblock, f"field:{o.key}")
        for o in playbook.obstacles
    ]
    default = (playbook.constraint, playbook.strategy, playbook.attack, (), "field:default")
    rows = (default, *known)  # between equals, the field's standard obstacle, then its order
    shared = sorted(
        ((_shared(said, topic_stems(row[0])), i, row) for i, row in enumerate(rows)),
        key=lambda t: (-t[0], t[1]),
    )  # the one sharing most of their words first
    label = referent(text)
    name = cased(with_article(label), text) if label else ""  # "the Lagos heat"
    name = name or (f'"{their_words(text)}"' if their_words(text) else "")
    for count, _, (_, strategy, attack, unblock, source) in shared:
        if count and _fits(context, strategy, attack, unblock):
            return _named(_moves(text, strategy, attack, unblock, source, fill), said, name)
    vague = not name
    sessionless = not session_plan(playbook) and field_family(playbook.key) != "money"
    # a situation ("Lagos heat") or a shape whose move needs a session ("the marking", a time
    # clash) in a plan with none: the field's standard move, not "Find 3 ways round the marking"
    timed = is_situation(label) or by_structure(normalize(text)) is not None
    wanted = (sessionless and timed) if part else (sessionless and (timed or not label)) or vague
    if wanted and _fits(context, *default[1:4]):
        return _named(_moves(text, *default[1:], fill), said, name)
    return None


def _named(moves: ConstraintMoves, said: set[str], name: str) -> ConstraintMoves:
    """The field's moves, led by the person's obstacle by name when they name none of it
    ("With a long commute on the train in the way, make the healthy option the easy one")."""
    words = topic_stems(" ".join([moves.strategy, *moves.titles()]))
    if not name or _shared(said, words):  # "everything": nothing of theirs to name
        return moves
    if name.startswith('"'):  # a clause is quoted as theirs, never set into "With ... in the way"
        return replace(moves, strategy=f"You said: {name}. {moves.strategy}")
    lead = f"With {name} in the way, {moves.strategy[:1].lower()}{moves.strategy[1:]}"
    return replace(moves, strategy=lead)


def _shared(said: set[str], theirs: set[str]) -> int:
    """How many of the person's stems the obstacle's words share, a stem and its longer form
    counted as one ("salt" and "salty", "sweet" and "sweets")."""
    return sum(
        any(
            a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
            for b in theirs
        )
        for a in said - _FUNCTION
    )


# words of quantity and degree that name no obstacle ("I only have receipts for half")
_FUNCTION = frozenset(
    [
        "only",
        "half",
        "even",
        "still",
        "just",
        "more",
        "less",
        "much",
        "many",
        "very",
        "part",
        "whole",
        "every",
        "each",
        "also",
        "ever",
        "most",
        "least",
        "some",
        "all",
    ]
)


def _moves(text, strategy, attack, unblock, source, fill) -> ConstraintMoves:
    """The field's moves with the person's words filled in."""
    return ConstraintMoves(
        text,
        fill_text(strategy, fill),
        fill_step(attack, fill),
        tuple(fill_step(s, fill) for s in unblock),
        source,
    )


def _fits(context: str, strategy: str, attack, unblock) -> bool:
    """Moves that invent or contradict nothing the person said."""
    return not contradicts_goal(context, [strategy, *(s.title for s in (attack, *unblock))])
