"""Which kinds of obstacle move fit a goal's field: money moves never for a body obstacle.

A kind of obstacle whose moves belong to one family of fields (a pot on payday is money, a call
script for "the office" is admin, a recorded handover is a team's) carries that family (``family`` in ``assistant/data/obstacles.toml``). A goal's field
has a family too, and accepts only some families of moves: a running plan never gets a payday
pot for "15k", a call to one's mum never an office script. Kinds with no family fit any field;
fields with no family (generic, habits) take any move.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from assistant.language import normalize

if TYPE_CHECKING:
    from assistant.playbooks.obstacle_kinds import ObstacleKind

__all__ = [
    "FIELD_FAMILY",
    "OUTDOOR_FIELDS",
    "accepts",
    "field_family",
    "foreign_family",
    "kind_fits",
    "kind_of_title",
]

# Each field's family, by the field's key (assistant/data/fields/*.toml).
_FIELDS = {
    "health": """alcohol blood_pressure blood_sugar caffeine cardio_fitness chronic_condition
        cycling dance diet exercise_routine fasting fitness healthy_eating hiking meditation
        mental_health quit rehab_posture running sleep smoking sports_skill strength stress
        sugar swimming team_sport walking waking_early water weight weight_gain yoga""",
    "money": """big_purchase budgeting credit_score debt income investing revenue savings
        spending estate_planning home_buying""",
    "admin": """admission compliance immigration insurance_appeal licence medical moving
        paperwork relocation home_selling""",
    "people": "dating family friends relationship",
    "care": "caregiving pets dog_behaviour",
    "event": "wedding party event club_events community_event civic",
    "work": """career_switch churn customers food_business fundraising hiring job launch okrs
        operations online_ordering promotion raise sales sell_crafts sell_stuff service_clients
        service_quality side_income start_business support team_delivery team_project
        volunteer volunteer_group work_boundaries productivity""",
    "learning": """adult_maths certification coding course_grade degree driving exam
        games_rating grades instrument language memorise_text public_speaking reading skill""",
    "making": """blog book car_care car_restoration content cooking crafts diy_build drawing
        family_book genealogy digitise_photos music_recording photography podcast""",
    "home": """cleaning declutter gardening home home_repair houseplants mold_damp renovation
        yard""",
    "faith": "faith",
}
FIELD_FAMILY: dict[str, str] = {f: fam for fam, keys in _FIELDS.items() for f in keys.split()}

# The families of moves each family of fields takes (a kind's own family is one of
# "money", "admin", "team", "build", "people", "food", "practice", "body"; one without, pain
# or fear, fits everywhere). Body moves (a slower first kilometre, a route with hills, shoes
# checked after the longest walk) fit a body or someone cared for, never a room being painted. Food moves (the weekend's meals) fit a body or a kitchen, never a team's queue;
# practice moves (next week's sessions around the kids, a new format) fit a practice, never a
# budget or a clinic's wait.
_ACCEPTS: dict[str, frozenset[str]] = {
    "health": frozenset({"food", "practice", "body"}),
    "money": frozenset({"money", "spending", "admin", "team"}),
    "admin": frozenset({"admin", "money"}),
    "people": frozenset({"people", "food"}),
    "care": frozenset({"admin", "money", "people", "practice", "body"}),
    "event": frozenset({"money", "spending", "admin", "team", "people"}),
    "work": frozenset({"team", "money", "admin", "build"}),
    "learning": frozenset({"build", "admin", "money", "practice"}),
    "making": frozenset({"money", "build", "food", "practice"}),
    "home": frozenset({"money", "admin", "practice"}),
    "faith": frozenset({"practice"}),
}


def field_family(field: str) -> str:
    """The family of a field's key, '' when it has none (generic, habits, scaffold)."""
    return FIELD_FAMILY.get(field, "")


def accepts(field: str, kind_family: str) -> bool:
    """Do moves of ``kind_family`` fit a plan in ``field``? (Always, when either has none.)"""
    family = field_family(field)
    return not kind_family or not family or kind_family in _ACCEPTS[family]


# Fields whose sessions happen outdoors, and words of a goal that put it outdoors: a kind whose
# moves assume that ("gear by the door", "an indoor option next to each outdoor session") fits
# only these, so painting bedrooms on dark evenings never gets warm layers and a waterproof.
OUTDOOR_FIELDS = frozenset(
    {
        "walking", "running", "cycling", "hiking", "cardio_fitness", "fitness",
        "exercise_routine", "team_sport", "sports_skill", "gardening", "yard",
        "dog_behaviour", "photography",
    }
)  # fmt: skip
_OUTDOORS = re.compile(
    r"\b(?:walk\w*|run|runs|running|jog\w*|hik\w*|cycl\w*|bike|biking|ride|riding|trail\w*|"
    r"marathon|\d+ ?k\b|garden\w*|yard|lawn|allotment|dog|outdoors?|outside|pitch|golf|"
    r"park|fence|roof|exterior|patio|deck|driveway)\b"
)


def kind_fits(kind: ObstacleKind, field: str, goal: str = "") -> bool:
    """Do a kind's moves fit a plan in ``field``: its family is one the field takes and its
    setting is the goal's (outdoor moves for an outdoor field or a goal said to be outdoors),
    or it has moves of its own for that field (a call to one's mum, not to an office)."""
    if any(field in v.in_fields for v in kind.variants):
        return True
    outdoors = field in OUTDOOR_FIELDS or bool(_OUTDOORS.search(goal.lower()))
    if kind.family == "food" and field not in FOOD_FIELDS and goal:
        # a goal not about food takes food moves only when food is said: a quilt or a novel
        # whose weekends are taken by a job gets no weekend meals ("eats my weekends" is time),
        # a smoker's nights out no plan for the weekend's meals
        from assistant.playbooks.obstacle_kinds import in_sense

        if not _FOOD_SAID.search(in_sense(normalize(goal))):
            return False
    return accepts(field, kind.family) and (kind.setting != "outdoor" or outdoors)


# Fields whose goal is what one eats (or a body it feeds): food moves fit them unsaid.
FOOD_FIELDS = frozenset(
    {
        "weight", "weight_gain", "diet", "healthy_eating", "sugar", "blood_sugar",
        "blood_pressure", "fasting", "cooking", "strength", "chronic_condition",
        "generic", "habit", "",
    }
)  # fmt: skip
_FOOD_SAID = re.compile(
    r"\b(?:eat\w*|ate|food\w*|meals?|cook\w*|bak\w*|snack\w*|dinners?|lunch\w*|breakfasts?|"
    r"recipes?|kitchen|diet\w*|weight|sugar|sweets?|takeaways?|takeouts?|groceries|fridge|"
    r"hungry|crav\w*|calori\w*|treats?)\b"
)


def kind_of_title(title: str) -> tuple[ObstacleKind, bool] | None:
    """The kind whose move a (plan's) title is, and whether it was the kind's move for one
    field (a variant, so fit by design); None when no kind's move reads so."""
    for kind, pattern, own in _title_patterns():
        if pattern.fullmatch(title):
            return kind, own
    return None


def foreign_family(field: str, titles: list[str], goal: str = "") -> str:
    """The first attack title whose kind's family the field does not take ("Move a set amount
    into a pot ... on payday" in a running plan), or a kind's general move where the kind has
    moves of its own for the field (a qualified adviser for a rust repair); '' when all fit."""
    for title in titles:
        found = kind_of_title(title)
        if not found or found[1] or _a_variant_for(field, title):
            continue
        kind = found[0]
        if not accepts(field, kind.family):
            return f"{kind.family} move in a {field_family(field)} plan: {title}"
        if goal and not kind_fits(kind, field, goal):
            return f"an outdoor move for a goal indoors: {title}"
        said = normalize(goal)  # a variant whose words are missing leaves the general move
        if any(v.fits(field, said) for v in kind.variants):
            return f"the general move where {field} has its own: {title}"
    return ""


def _a_variant_for(field: str, title: str) -> bool:
    """Is the title a move some kind keeps for this field ("Get the gear that makes {it}
    doable" is both weather's general move and its walking one)?"""
    return any(
        own and pattern.fullmatch(title) and any(field in v.in_fields for v in kind.variants)
        for kind, pattern, own in _title_patterns()
    )


@functools.cache
def _title_patterns() -> tuple[tuple[ObstacleKind, re.Pattern[str], bool], ...]:
    """Every kind's move titles as patterns, slots ("{it}") read as any words."""
    from assistant.playbooks.obstacle_kinds import obstacle_kinds

    found = []
    for kind in obstacle_kinds():
        groups = [(False, (kind.attack, *kind.unblock))]
        groups += [(True, (v.attack, *v.unblock)) for v in kind.variants]
        for own, steps in groups:
            for step in steps:
                parts = re.split(r"\{\w+\}", step.title)
                text = ".+?".join(re.escape(p) for p in parts)
                found.append((kind, re.compile(text, re.I), own))
    return tuple(found)
