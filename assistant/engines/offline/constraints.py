"""Naming the real constraint and the tasks that attack it, in the constraint's own words.

A stated constraint ("I skip runs when work runs late", "low activation of trial users") is
matched to a kind of bottleneck; each kind has a weekly system-changing task and one or two
one-off moves for the first weeks (seed 000: "every weekly plan must include at least one
task that changes the system, not just feeds it"). A constraint no kind matches is still
attacked in the person's words: the moment they name, a 10-minute version of the plan's own
session for that day, and one change that removes what sets it off.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.engines.offline.constraint_kinds import (
    KIND_SIMILARITY,
    by_meaning,
    by_structure,
    by_words,
    classify,
)
from assistant.engines.offline.constraints_fallback import (
    SESSION_WORDS,
    has_sessions,
    own_moves,
    referent,
)
from assistant.engines.offline.constraints_family import kind_fits
from assistant.engines.offline.constraints_field import field_own
from assistant.engines.offline.constraints_moves import (
    MEANING_SURE,
    OBSTACLE_SIMILARITY,
    ConstraintMoves,
    candidates,
    closest_obstacle,
    from_kind,
    from_structure,
    own_fallback,
)
from assistant.engines.offline.constraints_words import fill_for
from assistant.engines.offline.goal_levers import lever_steps
from assistant.engines.offline.goal_obstacle import goal_obstacles, without_reasons
from assistant.engines.offline.obstacle_checks import (
    STOCK_ATTACKS,
    contradicts_goal,
    feeds_obstacle,
)
from assistant.engines.offline.obstacle_parts import (
    CLAUSE_AND,
    obstacle_in_goal,
    obstacle_parts,
    qualifies,
)
from assistant.engines.offline.plan_needs import kind_of_source, lacking, needs_met
from assistant.language import normalize
from assistant.playbooks import Playbook, Step
from assistant.playbooks.obstacle_kinds import obstacle_kinds

__all__ = [
    "ConstraintMoves",
    "classify",
    "constraint_moves",
    "constraint_plan",
]

RECOVERY_FIELDS = frozenset({"alcohol"})
_RECOVERY_WORDS = re.compile(r"\b(?:sober|sobriety|in recovery|relapse|\baa\b|sponsor)\b")


def constraint_plan(playbook: Playbook, stated: str | None) -> tuple[str, str, Step]:
    """(constraint, strategy, weekly attack) for a stated constraint or the playbook default."""
    moves = constraint_moves(playbook, stated)
    return moves.constraint, moves.strategy, moves.attack


def constraint_moves(
    playbook: Playbook, stated: str | None, goal: str = "", default: str = "", typed: str = ""
) -> ConstraintMoves:
    """Everything the plan does about the constraint (``_moves``), and a task of its own for
    each lever the goal or the answer names that no move names yet ("5 cups of sugared chai",
    "the vending machine", "always the van": ``goal_levers.toml``)."""
    moves = _moves(playbook, stated, goal, default, typed)
    texts = [*moves.titles()]  # a task of its own: a strategy naming it is not enough
    texts += [s.done_when for s in (moves.attack, *moves.also, *moves.unblock)]
    extra = lever_steps(playbook.key, [typed or goal, stated or ""], texts)
    return replace(moves, unblock=(*moves.unblock, *extra)) if extra else moves


def _moves(
    playbook: Playbook, stated: str | None, goal: str = "", default: str = "", typed: str = ""
) -> ConstraintMoves:
    """Everything the plan does about the constraint. None stated: a known obstacle the goal
    text itself names ("I have a problem with sweets at night"), else the default obstacle of
    the goal's kind (``default``, an obstacle key), else the field's own default. ``typed``
    is the goal as the person typed it: a clause of it kept as the constraint keeps their case.

    A stated one is met, in order, by a narrow kind of obstacle that names it (fear of
    phoning, no car), the field's own obstacle that names it, a broader kind that names it
    (travel, a slow landlord, ...), whichever of the two is closest in meaning, else moves
    built from the person's words and the plan's session. Moves that would feed the obstacle
    or endanger the person (bars for a drinker in recovery) are passed over."""
    if not stated or not stated.strip(" ."):
        return _assumed(playbook, goal, default, typed)
    text = stated.strip().rstrip(".")  # as typed: a name's capital shows it is a name
    recovery = playbook.key in RECOVERY_FIELDS or bool(_RECOVERY_WORDS.search(normalize(goal)))
    context = f"{goal} {text}"
    whole = _first_fit(playbook, text, text, context, recovery)
    named = _whole_words(playbook, whole, text)
    split, bare = _parts(text, not re.search(r"\sand\s", named))
    if bare:  # the half that named the whole is met already; a narrow whole takes narrow halves
        split = [p for p in split if not (named and named in normalize(p))]
    # a part inside the words that named the whole is that obstacle ("..., 200 miles away")
    split = [p for p in split if not (named and normalize(p).strip(" .,") in named)]
    narrow = bare and whole is not None and _is_narrow(whole)
    separate = obstacle_parts(text)  # "and they're exhausted" goes on about the same people
    listed = whole is not None and _is_narrow(whole)  # "small payments everywhere, chai, autos"
    parts = [
        _weekly_if(
            _part_fit(playbook, text, p, context, recovery, not bare, narrow, listed),
            any(own.startswith(normalize(p).strip(" .")) for own in separate),
        )
        for p in split
    ]
    found = [m for m in (whole, *parts) if m is not None]
    if not found:  # the field's own moves before a generic fallback
        moves = field_own(playbook, text, context) or own_fallback(playbook, text, fill_for(text))
    else:
        kept: list[ConstraintMoves] = []
        for m in found:
            if all(_differs(m, k) for k in kept):
                kept.append(m)
        moves = _all(kept[0], kept[1:]) if len(kept) > 1 else kept[0]
    return replace(moves, constraint=text[0].upper() + text[1:])


def _weekly_if(moves: ConstraintMoves | None, own: bool) -> ConstraintMoves | None:
    """A part that is an obstacle of its own keeps its weekly attack; one that goes on about
    the part before it brings only its first move."""
    if moves is None or own:
        return moves
    return replace(moves, attack=replace(moves.attack, times=0))


def _part_fit(
    playbook: Playbook,
    text: str,
    part: str,
    context: str,
    recovery: bool,
    field: bool,
    narrow: bool,
    listed: bool = False,
) -> ConstraintMoves | None:
    """One part of a longer obstacle met by its words; a part of a whole clause ("I eat late
    when I get home") by its meaning when no words fit; else, when it is a plain noun phrase
    ("bunions"), by moves in its own words, so no part of what the person said goes unmet;
    never when a narrow kind met the whole and the noun is one of its examples (``listed``:
    "UPI makes it too easy, small payments everywhere, chai, autos" gets no pot for chai)."""
    found = _first_fit(playbook, text, part, context, recovery, False, field, narrow)
    if found is not None:
        return found
    if listed and len(normalize(part).split()) < 3:  # "chai", "autos": the list's examples
        return None
    shaped = _by_structure(playbook, text, part, context, recovery)
    if narrow:  # half of what a narrow kind met: only its own shape
        return shaped
    said = normalize(part)
    kind, sim = by_meaning(said, playbook.key) if len(said.split()) >= 4 else (None, 0.0)
    if shaped is not None and sim < MEANING_SURE:  # its shape by words before a loose guess
        return shaped
    if (
        kind is not None
        and not kind.whole_only
        and sim >= KIND_SIMILARITY
        and kind_fits(kind, playbook.key, context)
    ):
        fill = {**fill_for(part), "goal_words": normalize(context)}
        moves = from_kind(kind, playbook, text, said, fill)
        titles = [moves.strategy, *moves.titles()]
        if not (
            any(STOCK_ATTACKS.search(normalize(t)) for t in titles)
            or feeds_obstacle(text, titles[1:], recovery)
            or contradicts_goal(context, titles)
            or not _names_what_it_has(playbook, moves, kind, context)
        ):
            return moves
    if shaped is not None:
        return shaped
    field_moves = None if listed else field_own(playbook, part, context, part=True)
    if field_moves is not None:  # the field's own moves before moves from the words alone
        return replace(field_moves, constraint=text)
    if listed or not 1 <= len(referent(part).split()) <= 2:  # "bunions": a noun, no clause
        return None
    own = own_moves(playbook, part, fill_for(part))
    return ConstraintMoves(text, *own, source=f"own:{referent(part)}")


def _by_structure(
    playbook: Playbook, text: str, part: str, context: str, recovery: bool
) -> ConstraintMoves | None:
    """An obstacle (or a part of one) no kind and no field obstacle fits, met by the coach's
    standard move for its shape ("meetings over dhuhr" is a time clash: a slot the meetings
    never take; "I'm away 2 weeks in July" an event: its reduced version planned now), in the
    person's own noun phrase; None when no shape's words hit or the move would not fit."""
    said = normalize(part)
    shape = by_structure(said)
    if shape is None:
        return None
    moves = from_structure(shape, playbook, text, said, fill_for(part))
    titles = [moves.strategy, *moves.titles()]
    if (
        any(STOCK_ATTACKS.search(normalize(t)) for t in titles)
        or feeds_obstacle(text, titles[1:], recovery)
        or contradicts_goal(context, titles)
        or not _names_what_it_has(playbook, moves, None, context)
    ):
        return None
    return moves


def _assumed(playbook: Playbook, goal: str, default: str, typed: str = "") -> ConstraintMoves:
    """No obstacle stated: one a clause of the goal names in so many words ("my knee acts
    up"), else a field obstacle the goal's words hit, else the goal kind's default, else the
    field's; never one that contradicts the goal (a gym's cost for someone with a membership)."""
    said = normalize(goal)
    plain = without_reasons(said)  # "so I can keep up with my kids": a reason, no obstacle
    named = [o for o in playbook.obstacles if plain.strip() and re.search(o.pattern, plain)]
    preset = [o for o in playbook.obstacles if o.key == default]
    in_goal = _said_in_goal(playbook, goal) or _clause_in_goal(
        playbook, typed or goal, goal, default
    )
    if in_goal is not None:
        return replace(in_goal, from_goal=True)
    for known in (*named, *preset):
        texts = [
            known.constraint,
            known.strategy,
            *(s.title for s in (known.attack, *known.unblock)),
        ]
        if not contradicts_goal(goal, texts):
            return ConstraintMoves(known.constraint, known.strategy, known.attack, known.unblock)
    texts = [playbook.constraint, playbook.strategy, playbook.attack.title]
    if not contradicts_goal(goal, texts):
        return ConstraintMoves(playbook.constraint, playbook.strategy, playbook.attack)
    for known in playbook.obstacles:
        texts = [
            known.constraint,
            known.strategy,
            *(s.title for s in (known.attack, *known.unblock)),
        ]
        if not contradicts_goal(goal, texts):
            return ConstraintMoves(known.constraint, known.strategy, known.attack, known.unblock)
    return ConstraintMoves(playbook.constraint, playbook.strategy, playbook.attack)


# A clause of the goal that names what gets in the way ("my knee sometimes acts up", "because
# I'm on my phone until 1am", "if I stop eating out so much"), not what the person wants.
_HINDRANCE = re.compile(
    r"\b(?:acts? up|flares? up|hurts|keeps? (?:me|getting)|gets? in the way|got cut|"
    r"(?:hours|pay|income|shifts) (?:got |were |was )?cut|(?:on|glued to) (?:my|the) phone|"
    r"(?:stop|quit|cut back on) eating out|eat(?:ing)? out so much|"
    r"\d+ (?:min|mins|minutes|hours?) away)\b"
)


def _said_in_goal(playbook: Playbook, goal: str) -> ConstraintMoves | None:
    """No obstacle stated, but the goal names one in a clause of its own: that clause, met by a
    kind of obstacle its words name (never by meaning or a catch-all), in the person's words."""
    recovery = playbook.key in RECOVERY_FIELDS or bool(_RECOVERY_WORDS.search(normalize(goal)))
    for clause in re.split(r"[,.;!?](?!\d)|\s(?=but\s|because\s|bc\s|since\s|if\s)", goal):
        clause = re.sub(r"^(?:but|because|bc|since|if|so|and)\s+", "", clause.strip(" -"))
        clause = re.sub(r"\bi\b", "I", clause)
        clause = re.sub(r"^I (?:stop|quit|cut back on)\s+", "", clause)  # the habit, not the wish
        said = normalize(clause)
        if (
            len(said.split()) < 3
            or not _HINDRANCE.search(said)
            or by_words(said, False, playbook.key) is None
        ):
            continue
        moves = _first_fit(playbook, clause, clause, goal, recovery, False, False)
        if moves is not None and moves.source.startswith("kind:"):
            return replace(moves, constraint=clause[0].upper() + clause[1:])
    named = obstacle_in_goal(goal)  # "cutting the beer on weeknights would be half the battle"
    if named:
        moves = _first_fit(playbook, named, named, goal, recovery)
        if moves is not None:
            return replace(moves, constraint=named[0].upper() + named[1:])
    return None


def _clause_in_goal(
    playbook: Playbook, typed: str, goal: str, default: str
) -> ConstraintMoves | None:
    """A clause of the goal that names what gets in the way ("I go to bed at like 1am
    scrolling", "never got past week 4"; ``goal_obstacle.goal_obstacles``), met as an answer
    naming it would be, in the person's words; None when only a catch-all in its own words
    would meet it (the goal kind's default or the field's obstacle then stands)."""
    for clause in goal_obstacles(typed):
        moves = _moves(playbook, clause, goal, default)
        if _by_its_words(playbook, moves, normalize(clause)):
            return moves
        # met only by a guess at its meaning: the field's own obstacle nearest to it, if near
        known, sim = closest_obstacle(playbook, clause)
        if known is not None and sim >= OBSTACLE_SIMILARITY:
            texts = [known.strategy, *(s.title for s in (known.attack, *known.unblock))]
            if not contradicts_goal(goal, texts):
                said = clause[0].upper() + clause[1:]
                return ConstraintMoves(
                    said, known.strategy, known.attack, known.unblock, f"field:{known.key}"
                )
    return None


def _by_its_words(playbook: Playbook, moves: ConstraintMoves, said: str) -> bool:
    """Were these moves found by words the clause says (a field obstacle's, a kind's or a
    shape's), not by a guess at its meaning or as a catch-all in its own words?"""
    keys = {part.partition(":")[2] for part in moves.source.split("+") if ":" in part}
    if not moves.source or moves.source.startswith("own:") or not keys:
        return False
    hit = {o.key for o in playbook.obstacles if re.search(o.pattern, said)}
    hit |= {k.key for k in obstacle_kinds() if k.named_in(said, playbook.key)}
    shape = by_structure(said)
    if shape is not None:
        hit.add(shape.key)
    return bool(keys & hit)


def _first_fit(
    playbook: Playbook,
    text: str,
    part: str,
    context: str,
    recovery: bool,
    meaning: bool = True,
    field: bool = True,
    narrow: bool = False,
) -> ConstraintMoves | None:
    """The first known way to meet ``part`` of the obstacle that is neither stock, nor feeds
    it, nor names a habit, a pill or a pain the person never mentioned. A part ("my hands")
    is met only by words: two words are too few to go by meaning; a half cut at a bare "and"
    only by a kind of obstacle, not by the field's own (its one keyword misreads a half)."""
    fill = {**fill_for(part), "goal_words": normalize(context)}
    for moves in candidates(playbook, part, normalize(part), fill, meaning, field, narrow):
        titles = moves.titles()
        if not _fits_field(playbook, moves, context) or any(
            STOCK_ATTACKS.search(normalize(t)) for t in titles
        ):
            continue
        if feeds_obstacle(text, titles, recovery) or contradicts_goal(
            context, [moves.strategy, *titles]
        ):
            continue
        return replace(moves, constraint=text)
    return None


_PART_SPLIT = re.compile(
    r"\s*(?:[,;]\s*(?:and|but|plus|or|also)?|\.\s+(?:and|but|plus|also)|\s(?:and also|but also|but|plus))\s+"
)


def _chat_stops(text: str) -> str:
    """A chat list of full stops ("phone. tiktok. roommate plays games til late"): the stop
    after a piece of one or two words is a list's comma; a sentence's stop stays."""
    pieces = re.split(r"(?<=\.)\s+", text)
    out = [
        f"{p[:-1]};" if p.endswith(".") and len(p.split()) <= 2 and k < len(pieces) - 1 else p
        for k, p in enumerate(pieces)
    ]
    return " ".join(out)


def _whole_words(playbook: Playbook, whole: ConstraintMoves | None, text: str) -> str:
    """The words that named the whole obstacle ('' when meaning did): when they run across an
    "and" ("icy sidewalks and I'm scared of falling") the answer is one obstacle, not two."""
    if whole is None:
        return ""
    kind, _, key = whole.source.partition(":")
    if kind == "kind":
        pattern = next((k.pattern for k in obstacle_kinds() if k.key == key), "")
    else:
        pattern = next((o.pattern for o in playbook.obstacles if o.key == key), "")
    m = re.search(pattern, normalize(text)) if pattern else None
    return m.group(0) if m else ""


def _fits_field(playbook: Playbook, moves: ConstraintMoves, context: str = "") -> bool:
    """Moves of a kind whose family and setting the goal takes (no payday pot for a running
    plan, no waterproof by the door for painting a bedroom), that name nothing the plan lacks
    (no session to book in a plan for eating more vegetables)."""
    kind, _, key = moves.source.partition(":")
    found = next((k for k in obstacle_kinds() if k.key == key), None) if kind == "kind" else None
    if found is not None and not kind_fits(found, playbook.key, context):
        return False
    return _names_what_it_has(playbook, moves, found, context)


def _names_what_it_has(
    playbook: Playbook, moves: ConstraintMoves, kind=None, context: str = ""
) -> bool:
    """Do the moves name only what a plan in this field holds? A kind's, a variant's or a
    shape's moves need the parts of the plan their ``requires`` names (a session to book,
    something studied, a choice to make); a kind's or a shape's general moves that book or
    shorten sessions fit only a plan with sessions; a kind's moves written for the field fit."""
    kind = kind if kind is not None else kind_of_source(moves.source)
    if kind is not None and not needs_met(
        kind.requires_for(playbook.key, normalize(context), lacking(playbook, context)),
        playbook,
        context,
    ):
        return False
    if has_sessions(playbook.key) or not moves.source.startswith(("kind:", "structure:")):
        return True
    if kind is not None and any(playbook.key in v.in_fields for v in kind.variants):
        return True
    return not any(SESSION_WORDS.search(t) for t in (moves.strategy, *moves.titles()))


def _is_narrow(moves: ConstraintMoves) -> bool:
    kind, _, key = moves.source.partition(":")
    return kind == "kind" and any(k.narrow for k in obstacle_kinds() if k.key == key)


def _parts(text: str, bare_and: bool = True) -> tuple[list[str], bool]:
    """The separate obstacles in one answer ("my hands, and my machine needs servicing",
    "the knee and the dark mornings"), each at least a word; none when it does not divide.
    A bare "and" divides too: a part is met only by its own words, so a half that names no
    obstacle ("netflix and youtube") adds nothing."""
    parts = [p.strip(" .") for p in _PART_SPLIT.split(_chat_stops(text))]
    # "it's boring and it hurts": a new clause after a bare "and" is a part of its own
    if bare_and and len(parts) > 1:  # one piece alone divides at a bare "and" below
        parts = [c.strip(" .") for p in parts for c in CLAUSE_AND.split(p)]
    bare = len(parts) < 2 and bare_and
    if bare:
        parts = [p.strip(" .") for p in re.split(r"\s+and\s+", text)]
    parts = [p for p in parts if re.search(r"[A-Za-z]{3}", p)]
    for k in range(len(parts) - 1, 0, -1):  # "staff turnover, mostly students": one part
        if qualifies(parts[k]):
            parts[k - 1 : k + 1] = [f"{parts[k - 1]}, {parts[k]}"]
    return (parts, bare) if len(parts) > 1 else ([], False)


def _differs(moves: ConstraintMoves, first: ConstraintMoves) -> bool:
    """Moves from another kind of obstacle, or the same kind with two objects of the person's
    own ("TikTok in bed, and gaming with friends"); the same kind met once with an object and
    once with its default ("the slides" and "the work") is one obstacle, not two."""
    if moves.attack.title == first.attack.title:
        return False
    label = moves.source.removeprefix("own:") if moves.source.startswith("own:") else ""
    if label and any(label in normalize(t) for t in first.titles()):  # "the car", met already
        return False
    if moves.source and moves.source == first.source:
        kind = next((k for k in obstacle_kinds() if f"kind:{k.key}" == moves.source), None)
        titles = (moves.attack.title, first.attack.title)
        return kind is not None and bool(kind.it) and not any(kind.it in t for t in titles)
    return True


def _joined_strategies(first: str, leads: list[str]) -> str:
    """Strategies said once each: one head said once ("Decide before you go: two go-to orders
    at the usual places; 2 go-to orders at the hotel"), one move said once however its
    moment is named (never "move indoors on dark evenings: a mall walk ...; and move indoors
    on cold days: a mall walk ...")."""
    heads: dict[str, list[str]] = {}
    order: list[str] = []
    for strategy in [first, *leads]:
        head, colon, tail = strategy.partition(": ")
        key = head.lower() if colon else strategy.lower()
        tails = [t.lower() for ts in heads.values() for t in ts]
        if colon and tail.lower() in tails:
            continue  # the same move for another moment
        if key in heads and colon:
            heads[key].append(tail)
            continue
        heads[key] = [tail] if colon else []
        order.append(strategy if not colon else head)
    parts = [f"{h}: {'; '.join(heads[h.lower()])}" if heads[h.lower()] else h for h in order]
    return "; and ".join(parts)


def _all(first: ConstraintMoves, others: list[ConstraintMoves]) -> ConstraintMoves:
    """Two or more obstacles in one answer, each attacked in its own right: every part's weekly
    attack and first move, in the first weeks ("beers after work, and I eat late": the beer
    swap each weeknight, and dinner sorted before the late evenings)."""
    leads = [o.strategy[:1].lower() + o.strategy[1:] for o in others]
    # each move said once: two parts met the same way share one clause
    leads = list(dict.fromkeys(leads))
    leads = [lead for lead in leads if lead.lower() != first.strategy.lower()]
    firsts = [o.unblock[0] for o in others if o.unblock]
    return ConstraintMoves(
        first.constraint,
        _joined_strategies(first.strategy, leads),
        first.attack,
        tuple({s.title: s for s in (*first.unblock[:1], *firsts)}.values()),
        "+".join(m.source for m in (first, *others)),
        tuple(o.attack for o in others if o.attack.times),
    )
