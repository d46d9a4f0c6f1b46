"""Goals to have LESS of something planned as a quit: each round goal planned without and with
answers.

``python -m evals.cut_down [ROUND_DIR ...]`` picks the goals whose words ask for less ('drink
less', 'cut down on sugar', 'only at weekends', 'no more than 10 units a week', 'not quitting,
just less') and say no quit ('quit', 'stop', 'give up', 'cut out', 'sober', 'dry january'; a
denied quit, 'not quitting totally', still asks for less), plans them and counts:

- ``streak``: the plan's measure is a run of days in a row without the thing (a quit streak:
  'Quit added sugar for 30 days in a row');
- ``quit tasks``: the plan has a quit's moves (clear it all out of the house, a quit day or
  date, tell friends about the break, tick today free of it every day).

A goal is read as a cut from its text and the answer to the target question, the way a coach
reads it; the patterns are written from the coaches' complaints (rounds 20-22), not from the
planner's code.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.models import Plan
from evals.heldout import dev_rounds

# the things a days-without field counts: drink, sugar, smoke or vape, caffeine, a bet
THING_RE = re.compile(
    r"\b(?:drink\w*|alcohol|booze|beers?|wine|units|sugar\w*|sweets?|chai|biscuits?|soda|coke|"
    r"soft drinks?|treats?|desserts?|chocolate|smok\w*|cig\w*|vap\w*|nicotine|tobacco|coffees?|"
    r"caffeine|energy drinks?|gambl\w*|betting|bets)\b"
)
LESS_RE = re.compile(
    r"\b(?:cut(?:ting)? (?:down|back)|drink less|less|reduce|reducing|limit|fewer|moderat\w*|"
    r"no more than|at most|max(?:imum)?|only (?:on |at )?(?:the )?weekends?|weekends? only|"
    r"(?:\d+|one|two|three) a (?:week|day) (?:is realistic|max))\b"
)
QUIT_RE = re.compile(
    r"(?<!not )(?<!not totally )\b(?:quit|quitting|stop|stopping|give up|giving up|cut (?:it )?out|"
    r"sober|sobriety|dry (?:january|july|month)|sober (?:october|september)|cold turkey|"
    r"for good|completely|totally|none(?! on| during| in the week| at work))\b"
)
DENIED_QUIT_RE = re.compile(
    r"\bnot (?:quit\w*|stop\w*|giving up)(?: \w+)?(?: totally| completely| quitting)?\b|"
    r"\bnot (?:totally|completely) (?:quit\w*|stop\w*)\b|\bmaybe not stop completely\b"
)
# a quit's moves: the break, the quit day, the whole stock out of the house, a daily tick
QUIT_TASK_RE = re.compile(
    r"\b(?:clear (?:the|every|soda)\b.*\bout of|quit (?:day|date)|about the break|"
    r"tick today \w+-free|after the break|your quit date|since quitting)",
    re.IGNORECASE,
)


def says_cut_down(text: str) -> bool:
    """Whether the words ask for less of a days-without thing and say no quit."""
    low = " ".join(text.lower().split())
    if not THING_RE.search(low) or not LESS_RE.search(low):
        return False
    rest = DENIED_QUIT_RE.sub(" ", low)  # "not quitting totally": a cut, not a quit
    return not QUIT_RE.search(rest)


def is_streak(plan: Plan) -> bool:
    m = plan.goal.metric
    return m.unit == "days" and ("in a row" in m.name or "free" in m.name or "without" in m.name)


def quit_tasks(plan: Plan) -> list[str]:
    return [t.title for ms in plan.milestones for t in ms.tasks if QUIT_TASK_RE.search(t.title)]


def main(args: list[str]) -> None:
    import json

    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal
    from evals.heldout import TODAY

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    counts: Counter[str] = Counter()
    for folder in dev_rounds(args):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for answers in ({}, goal.get("answers", {})):
                said = " ".join((goal["goal"], str(answers.get("metric", ""))))
                if not says_cut_down(said):
                    continue
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
                except InputError:
                    continue
                counts["cut-down plans"] += 1
                faults = []
                if is_streak(plan):
                    faults.append("streak")
                tasks = quit_tasks(plan)
                if tasks:
                    faults.append("quit tasks")
                for fault in faults:
                    counts[fault] += 1
                if faults:
                    counts["any"] += 1
                    with_answers = "with answers" if answers else "no answers"
                    print(
                        f"{folder.name} {goal.get('id', '')} ({with_answers}): {goal['goal'][:90]}"
                    )
                    print(f"    {plan.goal.statement} [{', '.join(faults)}]")
                    for title in tasks[:3]:
                        print(f"      - {title}")
    print()
    for key in ("cut-down plans", "streak", "quit tasks", "any"):
        print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main(sys.argv[1:])
