"""The person's numbers in their role and their words (`python -m evals.number_words [rounds...]`).

Only goals whose words call for a check are planned (without and with answers), so every dev
round runs in minutes. Each plan can show:

- ``vague_made_precise``: they wrote "a few beers", "a couple of pods" and the plan says
  "3 beers" / "2 pods", never their words;
- ``stone_as_pounds``: they weigh in stones ("15st 4", "2 stone") and the plan shows a weight of
  a stone or more in pounds only;
- ``price_as_cap``: they gave the price of one purchase ("KSh 900 each time") and the plan's
  target is that price;
- ``pace_as_goal``: they gave an amount a month beside a sum at least six times larger ("1500 a
  month so that we have 40k") and the plan's target is the amount a month.

The patterns are written from the coaches' complaints (round 18), not from the planner's code.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from assistant.language import find_quantities, normalize
from assistant.language.prices import price_of_one
from assistant.language.text import says_stones
from evals.heldout import TODAY, dev_rounds

CAUSES = ("vague_made_precise", "stone_as_pounds", "price_as_cap", "pace_as_goal")
_VAGUE_RE = re.compile(r"\b(a few|a couple of|a couple)\s([a-z]+)")
_POUNDS_RE = re.compile(r"(?<![\d.])(\d+)\s?lbs?\b")
_PACE_RE = re.compile(r"^\s?(?:a|per|/|each|every)\s?(?:month|mo)\b")


# a sum said as where they want to get ("so that we have 40k", "to build a $10,000 fund")
_WANTED_RE = re.compile(
    r"\b(?:so that|so|until|till|to build|to reach|to hit|to get to|goal is|target is|want|for a|"
    r"towards?)\b[^,.;]{0,45}$"
)
_HELD_RE = re.compile(r"\b(?:have|got|saved|at|in)\s(?:about |around )?$")
# hours and minutes a plan must count: the schedule needs a number ("a few hours a week")
_TIME_NOUNS = frozenset({"hours", "hour", "hrs", "minutes", "mins", "days", "weeks", "months"})


def _wanted(core: str, q) -> bool:
    before = core[max(0, q.span[0] - 60) : q.span[0]]
    wish = _WANTED_RE.search(before)
    if wish and re.match(r"so|until|till", wish.group(0)):
        return True  # "so that by next year we have 40k": a wish, whatever the verb
    return bool(wish) and not _HELD_RE.search(before[-16:])


def _texts(plan) -> str:
    parts = [plan.goal.statement, *(a.text for a in plan.assumptions)]
    for m in plan.milestones:
        parts += [m.title, *(f"{t.title} {t.done_when}" for t in m.tasks)]
    return "\n".join(parts)


def checks(text: str) -> list[str]:
    """The causes the person's words call for checking."""
    core = normalize(text)
    money = [q for q in find_quantities(core) if q.kind == "money"]
    out = []
    if any(m.group(2) not in _TIME_NOUNS for m in _VAGUE_RE.finditer(text.lower())):
        out.append("vague_made_precise")
    if says_stones(text):
        out.append("stone_as_pounds")
    if any(price_of_one(core, q) for q in money):
        out.append("price_as_cap")
    paces = [q for q in money if _PACE_RE.match(core[q.span[1] :])]
    wanted = [q for q in find_quantities(core) if q.value >= 1000 and _wanted(core, q)]
    if any(q.value >= 6 * p.value for p in paces for q in wanted):
        out.append("pace_as_goal")
    return out


def faults(said: str, plan, causes: list[str]) -> list[str]:
    """The causes this plan shows, of those its words called for."""
    texts = _texts(plan)
    core = normalize(said)
    target = plan.goal.metric.target
    out = []
    for cause in causes:
        if cause == "vague_made_precise":
            for m in _VAGUE_RE.finditer(said.lower()):
                if m.group(2) in _TIME_NOUNS:
                    continue
                digits = normalize(m.group(0))
                if digits in texts.lower() and m.group(0) not in texts.lower():
                    out.append(f"{cause}: '{m.group(0)}' as '{digits}'")
        elif cause == "stone_as_pounds":
            heavy = [int(v) for v in _POUNDS_RE.findall(texts) if int(v) >= 14]
            if heavy:
                out.append(f"{cause}: {heavy[0]} lb")
        elif cause == "price_as_cap":
            prices = [q for q in find_quantities(core) if price_of_one(core, q)]
            if any(abs(q.value - target) < 1e-6 for q in prices):
                out.append(f"{cause}: target {target:g}")
        elif cause == "pace_as_goal":
            paces = [
                q
                for q in find_quantities(core)
                if q.kind == "money" and _PACE_RE.match(core[q.span[1] :])
            ]
            if any(abs(p.value - target) < 1e-6 for p in paces):
                out.append(f"{cause}: target {target:g} a month")
    return out


def main(args: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    checked: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for folder in dev_rounds(args):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for mode, answers in (("a", {}), ("b", goal.get("answers", {}))):
                said = " | ".join([goal["goal"], *answers.values()])
                causes = checks(said)
                if not causes:
                    continue
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
                except InputError:
                    continue
                checked.update(causes)
                for fault in faults(said, plan, causes):
                    found[fault.split(":")[0]] += 1
                    print(f"{folder.name.split('-')[-1]} {goal['id']}-{mode} {fault}")
    for cause in CAUSES:
        print(f"{cause}: {found[cause]} of {checked[cause]} plans checked")
    print(f"total: {sum(found.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
