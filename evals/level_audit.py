"""Plans pitched below where the person says they are: each round goal planned without and with
answers.

``python -m evals.level_audit [ROUND_DIR ...]`` counts, per plan, the ways a plan starts at a
beginner's level for someone past it (round 19's coaches: "the wrong level of template, with
the measure swapped to match it"):

- ``time not laddered``: the goal names a finish time and the time they run now ("28:40 right
  now", "28:40 PB", "ran 31:40"), and the milestones are not times over the race distance;
- ``indicator below start``: a weekly or daily indicator asks less than they say they do now
  ("running about 20km a week": weekly distance 15 km);
- ``milestone below start``: the first milestone sits at or under the level they state;
- ``beginner step``: a step the field keeps for beginners (``when = "beginner"``, or
  ``unless = "practising"``) in the plan of someone who states a level of the practice;
- ``race step, no race``: registration, race kit or race day in a plan whose person names no
  race or event.

The levels are read by assistant.language.levels, the checks by assistant.validators.level.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache

from assistant.language import normalize
from assistant.models import Plan
from assistant.playbooks import PLAYBOOKS
from assistant.playbooks.step_subjects import said_kind
from assistant.understanding.finish_time import read_finish_time
from assistant.understanding.training import already_training, holds_a_level
from assistant.validators.level import below_start
from evals.heldout import dev_plans

_RACE_STEP = re.compile(r"\b(?:register for the race|race kit|race-day|run the race)\b")
_EVENT = re.compile(
    r"\b(?:races?|racing|parkruns?|park run|marathons?|half|triathlon\w*|sportives?|fun run|"
    r"event|competition|entered|signed up for|registered for|race day|ironman|hyrox)\b"
)


@cache
def beginner_titles() -> tuple[re.Pattern[str], ...]:
    """The titles of every field's beginner-only steps, their placeholders as wildcards."""
    out = []
    for pb in PLAYBOOKS:
        steps = [*pb.practice, *pb.kickoff, *(s for r in pb.rungs for s in r.steps)]
        for preset in pb.presets:
            steps += [
                *preset.practice,
                *preset.kickoff,
                *(s for r in preset.rungs for s in r.steps),
            ]
        for s in steps:
            if s.when == "beginner" or s.unless == "practising":
                words = re.escape(normalize(s.title.split(":")[0]))
                words = re.sub(r"\\\{\w+\\\}", ".+?", words)  # "{v}": any value
                out.append(re.compile("^" + re.sub(r"\d+", r"\\d+", words)))  # resized
    return tuple(out)


def problems(goal: str, answers: dict[str, str], plan: Plan) -> list[tuple[str, str]]:
    """(cause, detail) for each way this plan sits below the person's stated level."""
    baseline = str(answers.get("baseline", ""))
    out: list[tuple[str, str]] = []
    time = read_finish_time(normalize(goal), baseline)
    if time and time.before and plan.milestones:
        first = plan.milestones[0].metric
        if first.unit != "minutes":
            out.append(
                (
                    "time not laddered",
                    f"{time.before:.1f} -> {time.target:g}: {plan.milestones[0].title}",
                )
            )
    for f in below_start(plan):
        cause = (
            "indicator below start" if f.code.startswith("indicator") else "milestone below start"
        )
        out.append((cause, f.message))
    level = already_training(goal, answers, None) or holds_a_level(
        goal, baseline, plan.goal.metric.unit
    )
    if level:
        for task in plan.tasks():
            title = normalize(task.title)
            if any(p.match(title) for p in beginner_titles()):
                out.append(("beginner step", task.title))
                break
    said = normalize(" . ".join([goal, *(str(v) for v in answers.values() if v)]))
    if not _EVENT.search(said) and not said_kind("event", said):  # the data's races too
        step = next((t.title for t in plan.tasks() if _RACE_STEP.search(normalize(t.title))), None)
        if step:
            out.append(("race step, no race", step))
    return out


def main(args: list[str]) -> int:
    causes: Counter[str] = Counter()
    plans = flagged = 0
    for folder, goal, answers, plan in dev_plans(args):
        plans += 1
        found = problems(goal["goal"], answers, plan)
        if found:
            flagged += 1
        for cause, detail in found:
            causes[cause] += 1
            tag = "b" if answers else "a"
            print(f"{folder.name} {goal['id']}-{tag} [{cause}] {detail}"[:200])
    print(f"\n{flagged} of {plans} plans below the stated level")
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
