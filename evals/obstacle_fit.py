"""Do the moves chosen from the person's constraint answer belong to the goal?

Every goal of the rounds named that came with a constraint answer is planned now WITH its
answers (the '-b' plan; ``--stored``: the plans kept in the round); the moves that attack the
constraint (the strategy and every task marked as attacking it) are judged by words of their
own, not by the planner's reader, so a reader that misreads is still caught:

- ``family``: a kind's move from a family of fields the goal's is not (a payday pot in a
  running plan; ``constraints_family.foreign_family``);
- ``keyword``: a kind set off by one word whose move nothing else said licenses (a grip aid
  for a hip, a snack shelf for marking that "eats" the evenings; ``obstacle_attacks``);
- ``sense``: a word of the answer read in another sense: the person's own role read as a
  helper ("I'm a new dad": "Ask your dad"), an injury's or a craving's moves with no body or
  food said, a doctor for a clash of timetables; another field's move for a word in its other
  sense (gutters for "leaking when I jump", a clear-out for wedding gifts or a parent's albums
  being scanned, a family meeting when the couple argue, a desk for a driver, a chest pain
  after a stent paced as a sore spot, a crash's pacing rule for a back that flares);
- ``no_thing``: a move that names the plan's sessions in a plan that has none (a food or a
  drink goal: "Book the session in a slot the commute can never take").

Run: ``python -m evals.obstacle_fit [-v] [--stored] ROUND_FOLDER ...``; prints the count of
plans with any of these, by check, and (``-v``) each example.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

# A word of the person's own role ("I'm a new dad", "as a mum of 3"): never a helper to ask.
_ROLE = r"(?:dad|father|mum|mom|mother|husband|wife|grandma|grandad|grandpa|granny|nan|parent)"
_OWN_ROLE = re.compile(
    rf"\b(?:i'?m|i am|im|as|being|became|become|becoming) (?:a |an |the )?(?:\w+ ){{0,2}}{_ROLE}\b"
    rf"|\b(?:new|single|first[- ]time|working|stay[- ]at[- ]home) {_ROLE}\b",
    re.I,
)
_THEIR_ROLE = re.compile(rf"\b(?:my|our|his|her) (?:\w+ )?{_ROLE}s?\b", re.I)
_ASKS_ROLE = re.compile(
    rf"\b(?:ask|call|text|tell|with) (?:your )?{_ROLE}\b|\byour {_ROLE}\b", re.I
)

# Moves that assume a body hurting, or food, each with the words that license them.
_SENSE_MOVES = (
    (
        r"\bdoctor\b|\bgp\b|\bsore spot\b|\bmagnif\w*|\binjur\w*|\bphysio\w*|\bflare\w*|\bpain\b",
        r"pain|hurt|injur|sore|ache|aching|arthritis|knee|hip|back|shoulder|neck|ankle|feet|foot|"
        r"wrist|hands?|fingers?|eyes?|eyesight|vision|sight|physio|surgery|operation|tendon|strain|"
        r"sprain|calf|calves|shin|tight|stiff|condition|illness|ill\b|sick|doctor|gp\b|flare|fatigue|chronic|diagnos|migraine|"
        r"health|asthma|disab|medic",
    ),
    (
        r"\bcrav\w*|\bsnack\w*|\bhunger\b|\bhungry\b|\bfood\b",
        r"crav|snack|food|hungry|hunger|sweet|sugar|chocolate|crisps|biscuit|eat(?!s? (?:up |into )?"
        r"(?:all )?(?:of )?(?:my|our|the|your) )|eating|meal|diet|weight|cook|kitchen|fridge|"
        r"takeaway|takeout|dinner|lunch|breakfast|calori|vending|junk|bak|smok|vap|cig|nicotin|"
        r"drink|alcohol|beer|wine|booze|coffee|caffeine",
    ),
)

# Moves of another field set off by a word read in its other sense, each with the words that
# license them: house drainage for "leaking when I jump", a clear-out for the gifts a wedding
# costs or for scanning a parent's albums, a family meeting with the kids when the couple argue,
# a desk for someone who drives all day, a vending machine's pockets with no machine said.
_OTHER_FIELD_MOVES = (
    (
        r"\bgutters?\b|\bdownspouts?\b|\bwater pools\b",
        r"house|home|roof|basement|cellar|garden|yard|gutter|damp|flood|wall|ceiling|pipe|plumb|"
        r"drain|foundation|patio|driveway|shed|garage|window|rain",
    ),
    (
        r"\bphotograph \d+ \w+ before they go\b|\bclear-out\b|\bkeepsake box\b|\bmemory box\b",
        r"declutter|clear(?:ing)? out|clear-out|get(?:ting)? rid|throw\w* (?:out|away)|downsiz|"
        r"give away|giving away|let(?:ting)? go|sort(?:ing)? (?:out |through )?(?:the |my |his |her )?"
        r"(?:stuff|things|belongings|clothes|house|loft|attic|garage)|belongings|keepsake|sentimental|"
        r"empty(?:ing)? (?:the|his|her|their|my)",
    ),
    (
        r"\bfamily meeting with\b",
        r"(?:kids?|children|sons?|daughters?|teens?|teenagers?|twins|step-?kids)\b(?:(?! we\b| i\b)"
        r"[^.]){0,25}\b(?:fight|resist|refus|won'?t|push\w* back|argu|complain|rebel)",
    ),
    (
        r"\bdesk\b",
        r"^(?!.*\b(?:drive|drives|driving|driver|in the car|in my car|behind the wheel|van|truck|"
        r"lorry|taxi|cab|shop|stall|on my feet)\b).*\b(?:desk|office|computer|laptop|screen|work "
        r"from home|wfh|sit|sitting|typing|study|coding|admin)\b",
    ),
    (r"\bwork pockets\b|\bvending\b", r"vending|machine|canteen|break ?room|tuck shop|office"),
)
# A heart's warning sign met by a sore spot's pacing: chest pain after a stent is no sore spot.
_CARDIAC = re.compile(
    r"\bchest (?:pains?|tight\w*|pressure)|\bangina\b|palpitation|\bstent|\bheart attack|"
    r"\bcardiac\b|\bcardiolog",
    re.I,
)
_SORE_SPOT = re.compile(r"\bsore spot\b|\bspares? the pain\b|pain 0-10", re.I)
# An energy crash's pacing rule where no crash, fatigue or energy illness is said.
_CRASH_RULE = re.compile(r"\bwhat sets off a crash\b", re.I)
_CRASH_SAID = re.compile(
    r"crash|long covid|me/?cfs|chronic fatigue|post[- ]exertional|fatigue|fibro|lupus|exhaust", re.I
)

# Fields whose plans have no session of their own: a change in what one eats, drinks, smokes
# or spends, the audit's own list (not the planner's).
_NO_SESSION_FIELDS = frozenset(
    {
        "alcohol", "caffeine", "diet", "fasting", "healthy_eating", "quit", "smoking", "sugar",
        "water", "blood_pressure", "blood_sugar", "budgeting", "spending", "savings", "debt",
    }
)  # fmt: skip
_SESSION = re.compile(r"\bsessions?\b", re.I)


def _tasks(plan: dict) -> list[dict]:
    return [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]


def sense_problems(goal: dict, plan: dict) -> dict[str, str]:
    """What the new checks find in one '-b' plan: ``sense`` and ``no_thing``."""
    answer = goal.get("answers", {}).get("constraint") or ""
    said = " ".join([goal["goal"], answer])
    attacks = [t["title"] for t in _tasks(plan) if t.get("attacks_constraint")]
    moves = [plan.get("constraint_strategy") or "", *attacks]
    found: dict[str, str] = {}
    if _OWN_ROLE.search(answer) and not _THEIR_ROLE.search(said):
        hit = next((m for m in moves if _ASKS_ROLE.search(m)), "")
        if hit:
            found["sense"] = f"their own role read as a helper: {hit}"
    for move, licence in _SENSE_MOVES:
        if "sense" in found:
            break
        hit = next((m for m in moves if re.search(move, m, re.I)), "")
        if hit and not re.search(licence, said, re.I):
            found["sense"] = f"a move nothing said licenses: {hit}"
    for move, licence in _OTHER_FIELD_MOVES:
        if "sense" in found:
            break
        hit = next((m for m in moves if re.search(move, m, re.I)), "")
        if hit and not re.search(licence, said, re.I):
            found["sense"] = f"another field's move for a word read in its other sense: {hit}"
    said_all = " ".join([said, *goal.get("answers", {}).values()])
    steps = [t["title"] for t in _tasks(plan)]
    if "sense" not in found and _CARDIAC.search(said_all):
        hit = next((m for m in moves if _SORE_SPOT.search(m)), "")
        if hit:
            found["sense"] = f"a heart's warning sign paced as a sore spot: {hit}"
    if "sense" not in found and not _CRASH_SAID.search(said_all):
        hit = next((m for m in steps if _CRASH_RULE.search(m)), "")
        if hit:
            found["sense"] = f"a crash's pacing rule with no crash said: {hit}"
    field = plan.get("metadata", {}).get("field", "")
    if field in _NO_SESSION_FIELDS:
        others = [t["title"] for t in _tasks(plan) if not t.get("attacks_constraint")]
        hit = next((m for m in moves if _SESSION.search(m)), "")
        if hit and not any(_SESSION.search(t) for t in others):
            found["no_thing"] = f"names a session the plan does not have: {hit}"
    return found


def fit_problems(goal: dict, plan: dict) -> dict[str, str]:
    """Every check of this audit on one '-b' plan, by name ('' checks left out)."""
    from evals.obstacle_attacks import coach_problems

    coach = coach_problems(goal, plan)
    found = {k: coach[k] for k in ("family", "keyword", "off_topic") if k in coach}
    if "off_topic" in found:  # a move of another obstacle: a keyword misread, for this audit
        found.setdefault("keyword", found["off_topic"])
        del found["off_topic"]
    return found | sense_problems(goal, plan)


CHECKS = ("family", "keyword", "sense", "no_thing")


def main(argv: list[str]) -> int:
    from evals.obstacle_attacks import argv_plans

    counts: Counter[str] = Counter()
    total = 0
    for goal, plan in argv_plans(argv):
        total += 1
        problems = fit_problems(goal, plan)
        counts.update(problems.keys())
        counts["any"] += bool(problems)
        if "-v" in argv and problems:
            said = goal["answers"]["constraint"][:60]
            field = plan.get("metadata", {}).get("field", "")
            why = "; ".join(f"{k}: {v}" for k, v in problems.items())
            print(f"{goal['round'][-7:]} {goal['id']:>4} {field} [{said}] {why[:220]}")
    print(f"-b plans with a constraint answer: {total}")
    for check in CHECKS:
        print(f"  {check:<9} {counts[check]}")
    print(f"  any       {counts['any']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
