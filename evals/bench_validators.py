"""Validators on a 50-task plan: the whole validation and each rule group, warm and cold.

"Cold" clears the text caches first: a plan whose wording this process has never read. The
capacity rule places every task with the scheduler; when a plan overflows it also searches
for the smallest fix, which is reported as its own figure.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from assistant.config import Settings
from assistant.language.quantities import quantities_in_normalized
from assistant.language.text import normalize
from assistant.models import Plan
from assistant.validators import plan as plan_rules
from assistant.validators import smart, task_size, validate_plan
from tests.plans import TODAY, good_plan_data

_CACHES = (normalize, quantities_in_normalized, task_size.estimate_from_text, task_size.read_title)


def fifty_task_plan(capacity_hours: float = 10) -> Plan:
    data = good_plan_data()
    data["capacity_hours_per_week"] = capacity_hours
    for i in range(40):
        milestone = data["milestones"][i % 4]
        milestone["tasks"].append(
            {
                "id": f"x{i}",
                "title": f"Run a {i % 9 + 3} km easy run on route {i}",
                "owner": "Sam",
                "estimate_minutes": 45,
                "due": milestone["deadline"],
                "done_when": "Run logged in the app",
            }
        )
    return Plan.model_validate(data)


def _p50(fn: Callable[[], object], runs: int, cold: bool = False) -> float:
    fn()
    samples = []
    for _ in range(runs):
        if cold:
            for cached in _CACHES:
                cached.cache_clear()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run() -> list[dict]:
    plan, settings = fifty_task_plan(), Settings()
    assert not plan_rules.validate_capacity(plan, settings, TODAY), "the benchmark plan should fit"
    groups = {
        "goal": lambda: smart.validate_goal(plan, settings, TODAY),
        "structure": lambda: plan_rules.validate_structure(plan, settings, TODAY),
        "milestones": lambda: smart.validate_milestones(plan, settings, TODAY),
        "tasks": lambda: task_size.validate_tasks(plan, settings),
        "dependencies": lambda: plan_rules.validate_dependencies(plan),
        "constraint": lambda: plan_rules.validate_constraint(plan),
        "capacity": lambda: plan_rules.validate_capacity(plan, settings, TODAY),
    }
    rows = [
        {
            "name": "validate 50-task plan p50",
            "value": _p50(lambda: validate_plan(plan, settings, TODAY), 200),
            "unit": "ms",
        },
        {
            "name": "validate 50-task plan, cold text caches p50",
            "value": _p50(lambda: validate_plan(plan, settings, TODAY), 100, cold=True),
            "unit": "ms",
        },
    ]
    for name, fn in groups.items():
        rows.append(
            {
                "name": f"rule group '{name}' on 50 tasks p50",
                "value": _p50(fn, 200),
                "unit": "ms",
                "note": "cold: " + f"{_p50(fn, 50, cold=True):.3f} ms",
            }
        )
    tight = fifty_task_plan(capacity_hours=5)
    rows.append(
        {
            "name": "validate 50-task plan that overflows p50",
            "value": _p50(lambda: validate_plan(tight, settings, TODAY), 30),
            "unit": "ms",
            "note": "includes the scheduler's search for the smallest verified fix",
        }
    )
    return rows
