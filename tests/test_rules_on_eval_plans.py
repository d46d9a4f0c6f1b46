"""Every rule over every plan the offline planner writes for the eval table (evals/cases.jsonl).

A coach rule that fires on a plan is either a bug in the rule or a real defect in the plan.
The defects listed in tests/planner_defects.py were read by hand and are real (the planner's
to fix); any other firing fails this test with the table of what fired where.
"""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from evals.run import load_cases
from tests.planner_defects import COACH_CODES, EVAL_TABLE, known

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)


def test_coach_rules_fire_only_on_the_known_defects_of_the_eval_plans():
    engine = OfflineEngine(SETTINGS)
    fired: dict[tuple[str, str], str] = {}
    for case in load_cases():
        result = plan_goal(engine, case["goal"], case["answers"], SETTINGS, TODAY)
        for f in result.findings:
            if f.code in COACH_CODES:
                fired.setdefault((case["id"], f.code), f.message)
    unexpected = {k: v for k, v in fired.items() if not known(EVAL_TABLE, *k)}
    table = "\n".join(
        f"{case:16} {code:34} {msg}" for (case, code), msg in sorted(unexpected.items())
    )
    assert not unexpected, "new findings on eval plans (rule bug or planner defect):\n" + table
