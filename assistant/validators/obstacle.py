"""Does each task that attacks the constraint attack THIS person's obstacle? A title that names
nothing of their obstacle, their goal or the plan's own work is boilerplate ("List 3 ways around
the main constraint", "Write the 10-minute fallback session")."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import content_stems, normalize, stem
from assistant.models import Finding, Plan
from assistant.validators.meaning import similarity
from assistant.weeks import active_tasks

# an attack this close in meaning to the obstacle is about it, shared words or not ("buy at
# most 1 thing from the 48-hour list" for impulse shopping); boilerplate sits far below
CLOSE_IN_MEANING = 0.37

# planning and function words every task may use; they name no obstacle and no subject
_PLANNING = frozenset(
    stem(w)
    for w in re.findall(
        r"\w+",
        "week weeks next day days plan plans write list way ways time session sessions minute "
        "minutes find check work option options thing things task tasks goal person "
        "when what which where how who why there here just also very really",
    )
)


# the talk of coping in general: an attack made of these and the obstacle's own words names no
# means of its own ("Write a plan B for 'apps feel gross': what you will do when it happens")
_COPING = frozenset(
    stem(w)
    for w in re.findall(
        r"\w+",
        "plan plans use using write practise practice replacement instead moment moments happen "
        "happens come comes each every deal handle cope strategy response backup fallback idea "
        "ideas way ways option options solution solutions around next week time times your you "
        "will what when do does",
    )
)


_QUOTES = re.compile(r"(?<!\w)['\u2018\u2019\"]|['\u2018\u2019\"](?!\w)")


def quoted_only(plan: Plan) -> list[Finding]:
    """constraint.generic_attack: every attack only wraps the person's obstacle in a coping
    template, naming no means of its own (a thing, person, place or action)."""
    if plan.request is None or not plan.request.answers.get("constraint", "").strip():
        return []
    obstacle = plan.request.answers["constraint"].strip()
    theirs = content_stems(_QUOTES.sub(" ", f"{obstacle} {plan.constraint}"))
    attacks = [
        (mi, ti, t)
        for mi, m in enumerate(plan.milestones)
        for ti, t in enumerate(m.tasks)
        if t.attacks_constraint and t.status != "dropped"
    ]
    own = [
        content_stems(_QUOTES.sub(" ", t.title)) - theirs - _COPING - _PLANNING for *_, t in attacks
    ]
    if not attacks or any(own):
        return []
    mi, ti, t = attacks[0]
    return [
        finding(
            "constraint.generic_attack",
            f"milestones[{mi}].tasks[{ti}]",
            f"Every attack on the obstacle ('{obstacle[:80]}') only repeats it inside a coping "
            f"template ('{t.title}'), naming no means of its own.",
            "Attack the obstacle with a concrete change (a thing to remove or buy, a person to "
            "ask, a time or place to book), not a 'plan B' to write.",
        )
    ]


def _context(plan: Plan) -> set[str]:
    """Words of the person's obstacle and goal, the plan's constraint and its other work."""
    assert plan.request is not None
    said = f"{plan.request.goal_text} {plan.request.answers.get('constraint', '')}"
    others = " ".join(t.title for t in active_tasks(plan) if not t.attacks_constraint)
    return content_stems(
        f"{said} {plan.constraint} {plan.goal.statement} {plan.goal.metric.name} {others}"
    )


def generic_attacks(plan: Plan) -> list[Finding]:
    """constraint.generic_attack: the person named their obstacle; an attack ignores it."""
    if plan.request is None or not plan.request.answers.get("constraint", "").strip():
        return []
    context = _context(plan)
    obstacle = plan.request.answers["constraint"].strip()
    seen: set[str] = set()
    out: list[Finding] = []
    for mi, m in enumerate(plan.milestones):
        for ti, t in enumerate(m.tasks):
            if not t.attacks_constraint or t.status == "dropped" or t.title in seen:
                continue
            seen.add(t.title)
            words = content_stems(t.title.replace("-", " "))  # "no-catch-up" names "catch up"
            if (words - _PLANNING) & context:
                continue
            close = similarity(normalize(obstacle), normalize(t.title))
            if close is not None and close >= CLOSE_IN_MEANING:
                continue
            out.append(
                finding(
                    "constraint.generic_attack",
                    f"milestones[{mi}].tasks[{ti}]",
                    f"'{t.title}' is marked as attacking the obstacle "
                    f"('{obstacle[:80]}') but names nothing "
                    "of it, nor of the goal.",
                    "Attack the obstacle the person named with a concrete change to it (remove, "
                    "replace, ask, book, block it), in its own words.",
                )
            )
    return out or quoted_only(plan)
