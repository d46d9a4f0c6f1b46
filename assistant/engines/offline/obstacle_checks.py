"""Is a plan's attack on the person's obstacle real? Checks a coach would make, as code.

``boilerplate`` finds stock attacks that could be pasted under any obstacle ("protect the
time", "list 3 ways around"), and attacks that share no word with what the person said.
``feeds_obstacle`` finds attacks that schedule the very thing the person wants less of, or
that are unsafe for the obstacle they named (bars for someone in recovery, brisk walks for
someone whose pain or fatigue is the obstacle).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.text import content_stems, normalize

__all__ = [
    "FALLBACK_LEAD",
    "STOCK_ATTACKS",
    "boilerplate",
    "fell_to_fallback",
    "feeds_obstacle",
    "plan_attack_problem",
    "plan_attack_problems",
    "shares_their_words",
]

# Attacks that fit any obstacle and so attack none; each was quoted by a coach.
STOCK_ATTACKS = re.compile(
    r"ways around|change (?:1|one) thing|protect the time|10-minute fallback|"
    r"free or cheaper option|shared rule|move for the moment the obstacle|the obstacle hits|"
    r"about the blocker|around this obstacle|main constraint|the current block"
)
# How the strategy starts when no known obstacle fits and the moves are built from the
# person's words and the plan's session (constraints._own_moves): a rule can count them.
FALLBACK_LEAD = "Meet it at the moment it happens"


def fell_to_fallback(plan: dict) -> bool:
    """Did no known obstacle fit this (JSON) plan's stated constraint?"""
    return (plan.get("constraint_strategy") or "").startswith(FALLBACK_LEAD)


# Words too common in attack templates to count as sharing the person's words.
_TEMPLATE_WORDS = frozenset(
    s.rstrip("e")
    for s in content_stems(
        "week next plan write list page saved logged note done once this minutes"
    )
)


def _stems(text: str) -> set[str]:
    """Content stems that compare 'shakes' with 'shake'."""
    return {s.rstrip("e") for s in content_stems(text)}


def shares_their_words(constraint: str, titles: Sequence[str]) -> bool:
    """Does any title repeat a word of the person's obstacle? (True when it has none.)"""
    said = _stems(constraint) - _TEMPLATE_WORDS
    return not said or bool(said & set().union(*(_stems(t) for t in titles)))


def boilerplate(constraint: str, titles: Sequence[str]) -> str:
    """Why the attacks on ``constraint`` are boilerplate, or '' when they are specific.

    Only titles count: quoting the person's words in a done-when is cheap, a title that
    names their object ("at truck stops", "the landlord") is what shows the move is theirs."""
    for title in titles:
        if STOCK_ATTACKS.search(normalize(title)):
            return f"stock attack: {title}"
    if not titles:
        return "nothing attacks the constraint"
    if not shares_their_words(constraint, titles):
        return "no attack shares a word with the obstacle"
    return ""


_LESS_OF = re.compile(
    r"\b(?:don'?t like|do not like|hate|can'?t stand|sick of|too much|too many|addicted to|"
    r"can'?t stop|always (?:eat|buy|order|drink)|love)\s+(?!(?:for|to|when|at|in|on|of|about|with)\b)"
    r"(?:the\s|my\s|all\s)?([a-z][a-z -]{2,30})"
)
_AWAY = re.compile(
    r"\b(?:instead|no|not|without|swap|replace|away|out of|cut|limit|skip|"
    r"free|less|fewer|other than|alcohol-free|non-alcoholic|plan for|before|alternatives?|dislike|"
    r"outside|swaps?|substitutes?|quit\w*|stop\w*|don'?t offer|not to offer|what you (?:will )?"
    r"drink|what you'?ll order|ladder|rung|script|rehears\w*|in writing|by email|by letter)\b"
)
# A conflict the person wants less of is fed by more talk about the conflict itself, or about
# a topic of opinion that nobody has to decide ("a weekly talk about the arguments", about
# politics), unless the talk is about stopping it. A decision to make together (the budget)
# does need a calm talk.
_CONFLICT = re.compile(r"\b(?:argu\w*|fight\w*|debat\w*|rows?|yell\w*|bicker\w*|clash\w*)\b")
_OPINION = re.compile(
    r"\b(?:politic\w*|religio\w*|the news|elections?|vaccin\w*|immigration|trump|biden|brexit)\b"
)
_TALK = re.compile(r"\b(?:talk|talks|discuss\w*|debate|conversation|hold a|sit down)\b")
_ENDS_IT = re.compile(r"\b(?:exit|no-\w+|rule|stop|change the subject|off the table|leave|pause)\b")
# A habit the person names (vaping, wine, betting) in a title that does not steer away from it.
_HABITS = re.compile(
    r"\b(?:vap\w*|smok\w*|cigarettes?|dip|dipping|wine|beers?|drinks?|drinking|cocktails?|"
    r"bet|bets|betting|gambl\w*|scroll\w*|takeout|takeaways?)\b"
)
# Counting, weighing and tracking endanger someone with a history of disordered eating.
_ED = re.compile(r"disordered eating|eating disorders?|anorexi\w*|bulimi\w*|binge eating disorder")
_NUMBERS = re.compile(r"\b(?:calori\w*|count\w*|weigh\w*|scales?|macros?|track\w*)\b")
_DRINKING = re.compile(r"\b(?:bars?|pubs?|happy hour|brewer(?:y|ies)|wine bars?|rounds? of)\b")
_STRAIN = re.compile(r"\b(?:brisk\w*|run|runs|running|jog|sprint|hiit|intense|push harder|max)\b")
_BODY = re.compile(
    r"\b(?:pain|hurts?|injur\w*|arthritis|knee|hip|back|fatigue|crash\w*|flare\w*|"
    r"fall(?:ing)?|dizz\w*|cane|walker|surgery|swell\w*|fasciitis)\b"
)


def feeds_obstacle(constraint: str, titles: Sequence[str], recovery: bool = False) -> str:
    """Why an attack feeds or endangers the named obstacle, or '' when none does."""
    said = normalize(constraint)
    for title in titles:
        t = normalize(title)
        if recovery and _DRINKING.search(t):
            return f"sends someone cutting alcohol to drinking places: {title}"
        m = _LESS_OF.search(said)
        if m:  # "sick of weighing every meal": the weighing, not the meals
            doing = re.match(r"[a-z]+ing\b", m.group(1))
            thing = _stems(doing.group(0) if doing else m.group(1))
            if thing & _stems(t) and not _AWAY.search(t):
                return f"schedules more of what the person wants less of: {title}"
        if _BODY.search(said) and _STRAIN.search(t):
            return f"strains the body the person named as the obstacle: {title}"
        if _ED.search(said) and _NUMBERS.search(t) and not re.search(r"\bwithout|\bno\b|delete", t):
            return f"counting or weighing for someone the numbers endanger: {title}"
        about_it = _CONFLICT.search(t) or (_OPINION.search(said) and _OPINION.search(t))
        if _CONFLICT.search(said) and about_it and _TALK.search(t) and not _ENDS_IT.search(t):
            return f"feeds the conflict with more talk about it: {title}"
        habit = {m.group(0)[:4] for m in _HABITS.finditer(said)}
        named = {m.group(0)[:4] for m in _HABITS.finditer(t)}
        if habit & named and not _AWAY.search(t):
            return f"schedules the habit the person wants less of: {title}"
    return ""


def plan_attack_problems(plan: dict, recovery: bool = False) -> dict[str, str]:
    """Every problem of a plan's (JSON) constraint attack, by kind: ``stock`` (boilerplate a
    coach quoted), ``feeds`` (feeds or endangers), ``not_theirs`` (no title repeats a word of
    the person's obstacle)."""
    tasks = [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]
    titles = [t["title"] for t in tasks if t.get("attacks_constraint")]
    constraint = plan.get("constraint") or ""
    strategy = plan.get("constraint_strategy") or ""
    stock = [t for t in [strategy, *titles] if STOCK_ATTACKS.search(normalize(t))]
    found = {
        "stock": f"stock attack: {stock[0]}" if stock else "",
        "feeds": feeds_obstacle(constraint, titles, recovery),
        "not_theirs": ""
        if shares_their_words(constraint, titles)
        else "no title repeats their words",
    }
    return {kind: why for kind, why in found.items() if why}


def plan_attack_problem(plan: dict, recovery: bool = False) -> str:
    """The first problem of a plan's constraint attack, or '' when it has none."""
    return next(iter(plan_attack_problems(plan, recovery).values()), "")
