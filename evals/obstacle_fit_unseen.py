"""Is what the person named as in the way met with its own move, on answered plans?

For every goal of the rounds named (default: rounds 22-25) that came with a constraint answer,
the '-b' plan is made now (``--stored``: the plans kept in the rounds) and its attacking tasks
(``attacks_constraint``) are counted:

- ``filler``: attack tasks that are templates true of any obstacle
  (``assistant/data/template_moves.toml``: "Find 3 ways round everybody vapes", "Try 1 way round
  possums this week", "Write down the last 3 times ...");
- ``other_kind``: an attack (or the strategy) that is another kind's or another field's move for
  what was said: ``obstacle_fit.fit_problems``, and the pairs coaches named in round 25 (warm
  layers for the heat, nap time for teenagers, client meals for a busy month end, a new route
  for a reading plan's boredom, a price comparison for being too tired);
- ``lever_unmet``: a lever the goal or the answer names (``assistant/data/goal_levers.toml``
  read from this checkout: "5 cups of sugared chai", "the vending machine", "on my phone",
  "always the van") that no attacking task names;
- ``part_unmet``: a part of the answer no attacking task names a word of
  (``obstacle_attacks.unattacked``).

Run: ``python -m evals.obstacle_fit_unseen [-v] [--stored] [ROUND_FOLDER ...]``. It reads the
lever and template data by path, so it also measures another checkout's code:
``PYTHONPATH=/work/main python evals/obstacle_fit_unseen.py`` (the numbers before a change).
Session 16 (rounds 22-25, 180 answered plans): see the commit that added it.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

_HERE = Path(__file__).resolve().parents[1]
_DATA = _HERE / "assistant" / "data"
DEFAULT_ROUNDS = (
    "2026-11-29-round22",
    "2026-11-29-round23",
    "2026-11-29-round24",
    "2026-11-29-round25",
)

# (what was said, an attack move that is another kind's for it): round 25's coaches, pattern 2
_MISMATCH = (
    (r"\bheat\b|\btoo hot\b|\bhumid", r"\bwarm layers\b|\bgloves\b", "cold gear for the heat"),
    (r"\bteen\w*|\b1[3-9][- ](?:year|yr)", r"\bnap ?time\b", "a toddler's slots for teenagers"),
    (
        r"\bmonth[- ]end|\bbusy (?:at|season)|\bend of (?:the )?month",
        r"\bclient meals\b|\bcheaper night\b",
        "meal money for a busy spell",
    ),
    (r"\btired\b|\bexhausted\b", r"\bcompare 3 prices\b|\bnext big cost\b", "a cost for tiredness"),
    (r"\bbor(?:ed|ing)\b", r"\bnew route\b", "a new route for a plan that goes nowhere"),
    (r"\bbaby'?s schedule\b", r"\bshift\b", "shift rota for a baby's schedule"),
)
_MOVE_FIELDS = frozenset(
    [
        "walking",
        "running",
        "cycling",
        "hiking",
        "cardio_fitness",
        "fitness",
        "exercise_routine",
        "swimming",
    ]
)


def _templates() -> list[re.Pattern[str]]:
    rows = tomllib.loads((_DATA / "template_moves.toml").read_text(encoding="utf-8"))
    return [re.compile(r["pattern"]) for r in rows["templates"]]


def _levers() -> list[tuple]:
    rows = tomllib.loads((_DATA / "goal_levers.toml").read_text(encoding="utf-8"))["lever"]
    return [
        (
            r["kind"],
            re.compile(r["pattern"], re.I),
            re.compile(r["unless"], re.I) if r.get("unless") else None,
            re.compile(r["guard"], re.I) if r.get("guard") else None,
            frozenset([*r.get("families", ()), *r.get("fields", ())]),
        )
        for r in rows
    ]


def _attacks(plan: dict) -> list[dict]:
    return [
        t
        for m in plan.get("milestones", [])
        for t in m.get("tasks", [])
        if t.get("attacks_constraint")
    ]


def _stem(word: str) -> str:
    return word.lower().rstrip("s")[:5]


_SMALL = frozenset(
    [
        "the",
        "my",
        "our",
        "a",
        "an",
        "of",
        "on",
        "in",
        "to",
        "and",
        "or",
        "no",
        "less",
        "off",
        "all",
        "with",
        "without",
    ]
)


def unmet_levers(said: list[str], plan: dict) -> tuple[int, list[str]]:
    """(how many levers ``said`` names in a field their move fits, those whose head word no
    attacking task names)."""
    from assistant.engines.offline.constraints_family import field_family

    field = plan["metadata"].get("field", "")
    words = {
        _stem(w)
        for t in _attacks(plan)
        for w in re.findall(r"[a-z]+", f"{t['title']} {t.get('done_when', '')}".lower())
    }
    unmet, named = [], 0
    for _kind, pattern, unless, guard, fits in _levers():
        if field not in fits and field_family(field) not in fits:
            continue
        for text in said:
            if guard and guard.search(text):
                continue
            m = pattern.search(text)
            if not m or (unless and unless.search(m.group(0))):
                continue
            heads = [w for w in re.findall(r"[a-z]+", m.group(0).lower()) if w not in _SMALL]
            head = "phone" if "phone" in m.group(0).lower() else (heads[-1] if heads else "")
            named += 1
            if head and _stem(head) not in words:
                unmet.append(m.group(0))
            break
    return named, unmet


def other_kind(goal: dict, plan: dict) -> list[str]:
    """Attack moves of another kind or field for what was said."""
    from evals.obstacle_fit import fit_problems

    said = goal.get("answers", {}).get("constraint", "")
    field = plan["metadata"].get("field", "")
    titles = [plan.get("constraint_strategy") or ""]
    titles += [f"{t['title']} | {t.get('done_when', '')}" for t in _attacks(plan)]
    found = [f"{k}: {v}"[:140] for k, v in fit_problems(goal, plan).items()]
    for cue, move, name in _MISMATCH:
        if not re.search(cue, said, re.I):
            continue
        if name.startswith("a new route") and field in _MOVE_FIELDS:
            continue
        hit = next((t for t in titles if re.search(move, t, re.I)), "")
        if hit:
            found.append(f"{name}: {hit[:100]}")
    return found


def main(argv: list[str]) -> int:
    from evals.obstacle_attacks import stored_plans, unattacked

    rounds = tuple(a.rstrip("/").rsplit("/", 1)[-1] for a in argv if not a.startswith("-"))
    rounds = rounds or DEFAULT_ROUNDS
    if "--stored" in argv:
        plans = stored_plans(rounds)
    else:
        from evals.obstacle_attacks import fresh_plans

        plans = fresh_plans(rounds)
    templates = _templates()
    n = Counter()
    for goal, plan in plans:
        n["plans"] += 1
        attacks = _attacks(plan)
        filler = sorted(
            {t["title"] for t in attacks if any(p.search(t["title"].lower()) for p in templates)}
        )
        wrong = other_kind(goal, plan)
        said = [goal["goal"], goal.get("answers", {}).get("constraint", "")]
        named, levers = unmet_levers(said, plan)
        parts, bare = unattacked(plan)
        n["filler"] += len(filler)
        n["filler_plans"] += bool(filler)
        n["other_kind"] += len(wrong)
        n["other_kind_plans"] += bool(wrong)
        n["levers_named"] += named
        n["lever_unmet"] += len(levers)
        n["parts"] += parts
        n["part_unmet"] += len(bare)
        if "-v" in argv and (filler or wrong or levers):
            tag = f"{goal['round'][-7:]} {goal['id']}"
            for t in filler:
                print(f"{tag} filler: {t}")
            for w in wrong:
                print(f"{tag} other kind: {w}")
            for lv in levers:
                print(f"{tag} lever with no task: {lv}")
    print(f"answered plans: {n['plans']}")
    print(f"  filler attack tasks (templates): {n['filler']} in {n['filler_plans']} plans")
    print(f"  other kind/field moves:          {n['other_kind']} in {n['other_kind_plans']} plans")
    print(f"  levers named with no task:       {n['lever_unmet']} of {n['levers_named']}")
    print(f"  answer parts with no task:       {n['part_unmet']} of {n['parts']}")
    return 0


if __name__ == "__main__":
    if str(_HERE) not in sys.path and not any(Path(p or ".").resolve() == _HERE for p in sys.path):
        sys.path.append(str(_HERE))
    raise SystemExit(main(sys.argv[1:]))
