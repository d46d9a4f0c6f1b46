"""Plans whose metric ignores a done-state or a scope the goal states
(`python -m evals.done_state [rounds...]`), each plan planned offline without and with answers:

- room_words: the goal takes on one space or one cupboard (data/scope.toml) and a milestone or
  task still speaks of "every room" / "the first room";
- whole_default: the goal takes on a whole home ("the whole 3 bed semi") and the metric is the
  field's unscaled default count, said nowhere by the person;
- test_as_sessions: the goal names an outcome the person can test ("touch my toes", "do the
  splits", "hold a plank") and the metric is a count of sessions;
- parts_ignored: the goal names its done-state in parts ("the fence is falling down", "somewhere
  the kids can play") and no milestone or the metric names any of them.
Counts per round and in all.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.language import normalize
from assistant.playbooks import BY_KEY
from assistant.understanding.scope import read_scope

CAUSES = ("room_words", "whole_default", "test_as_sessions", "parts_ignored")
_ROOM_WORDS_RE = re.compile(r"\b(?:every room|the first room|each room)\b", re.I)
_TEST_RE = re.compile(
    r"\b(?:touch (?:my |your )?toes|do (?:the |a )?splits?|palms (?:flat )?(?:on|to) the floor|"
    r"hold a (?:\d+[- ](?:second|minute) )?plank|sit cross[- ]legged)\b"
)
# a done-state said as the thing that is wrong now or a place they want: its noun is the part
_BROKEN_RE = re.compile(
    r"\b(?:the|my|our)\s((?:[a-z]+\s)?[a-z]+)\s(?:is|are)\s(?:falling down|falling apart|broken|"
    r"leaking|rotten|rotting|collapsing|overgrown|wrecked|dead)\b"
)
_PLACE_RE = re.compile(
    r"\b(?:somewhere|a (?:place|space|spot|corner))\s(?:for\s)?(?:my|the|our)\s([a-z]+)\s(?:can|to)\s"
    r"(?:actually\s)?([a-z]+)\b"
)


def done_parts(goal: str) -> list[str]:
    """The nouns of a done-state the goal names in parts ('fence', 'kids ... play')."""
    text = normalize(goal)
    parts = [m.group(1).split()[-1] for m in _BROKEN_RE.finditer(text)]
    parts += [m.group(2) for m in _PLACE_RE.finditer(text)]
    return parts


def causes(goal: str, plan) -> list[str]:
    found = []
    text = normalize(goal)
    field = plan.metadata.field or ""
    scope = read_scope(goal, field)
    titles = " ".join(
        [m.title for m in plan.milestones] + [t.title for m in plan.milestones for t in m.tasks]
    )
    if scope and scope.key != "whole" and _ROOM_WORDS_RE.search(titles):
        found.append("room_words")
    if scope and scope.key == "whole" and not re.search(r"\d", _numbers_free(text)):
        pb = BY_KEY.get(field)
        if pb and plan.goal.metric.target == pb.default_target and plan.goal.metric.unit == pb.unit:
            found.append("whole_default")
    metric = f"{plan.goal.metric.name} {plan.goal.metric.unit}".lower()
    if _TEST_RE.search(text) and "session" in metric:
        found.append("test_as_sessions")
    parts = done_parts(goal)
    said = (metric + " " + " ".join(m.title for m in plan.milestones)).lower()
    if parts and not any(re.search(rf"\b{re.escape(p)}", said) for p in parts):
        found.append("parts_ignored")
    return found


def _numbers_free(text: str) -> str:
    """The goal without the size of the home ('3 bed semi') and years ('12 years of stuff')."""
    text = re.sub(r"\b\d+\s?[- ]?bed\w*", "", text)
    return re.sub(r"\b\d+\s(?:years?|yrs?|months?|weeks?)\b", "", text)


def main(args: list[str]) -> None:
    from evals.heldout import dev_plans

    total: Counter[str] = Counter()
    per_round: dict[str, Counter[str]] = {}
    plans = 0
    for folder, goal, answers, plan in dev_plans(args):
        plans += 1
        row = per_round.setdefault(folder.name, Counter())
        for cause in causes(goal["goal"], plan):
            row[cause] += 1
            total[cause] += 1
            print(
                f"{folder.name} {goal['id']}{'-b' if answers else '-a'} {cause}: {goal['goal'][:90]}"
            )
    for name, row in per_round.items():
        print(name, dict(row), sum(row.values()))
    print(f"all {plans} plans:", {c: total[c] for c in CAUSES}, sum(total.values()))


if __name__ == "__main__":
    main(sys.argv[1:])
