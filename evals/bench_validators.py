"""Validators on a 50-task plan: median and p95 time per full validation and per rule."""

from __future__ import annotations

import statistics
import time

from assistant.config import Settings
from assistant.language.quantities import find_quantities
from assistant.language.text import normalize
from assistant.models import Plan
from assistant.validators import validate_plan
from assistant.validators.task_size import estimate_from_text
from tests.plans import TODAY, good_plan_data


def fifty_task_plan() -> Plan:
    data = good_plan_data()
    for i in range(40):
        milestone = data["milestones"][i % 4]
        milestone["tasks"].append(
            {
                "id": f"x{i}",
                "title": f"Run a {i % 9 + 3} km easy run",
                "owner": "Sam",
                "estimate_minutes": 45,
                "due": milestone["deadline"],
                "done_when": "Run logged in the app",
            }
        )
    return Plan.model_validate(data)


def run() -> list[dict]:
    plan = fifty_task_plan()
    settings = Settings()
    validate_plan(plan, settings, TODAY)
    samples = []
    for _ in range(300):
        start = time.perf_counter()
        validate_plan(plan, settings, TODAY)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    cold = []
    for _ in range(100):  # text caches cleared: a plan whose wording the process has never seen
        for cached in (normalize, find_quantities, estimate_from_text):
            cached.cache_clear()
        start = time.perf_counter()
        validate_plan(plan, settings, TODAY)
        cold.append((time.perf_counter() - start) * 1000)
    cold.sort()
    rules = 7  # goal, structure, milestones, tasks, dependencies, constraint, capacity
    return [
        {
            "name": f"validate {len(plan.tasks())}-task plan p50",
            "value": statistics.median(samples),
            "unit": "ms",
        },
        {
            "name": f"validate {len(plan.tasks())}-task plan p95",
            "value": samples[int(len(samples) * 0.95)],
            "unit": "ms",
        },
        {
            "name": "validate 50-task plan, cold text caches p50",
            "value": statistics.median(cold),
            "unit": "ms",
        },
        {
            "name": "validate per rule group p50",
            "value": statistics.median(samples) / rules,
            "unit": "ms",
            "note": f"{rules} rule groups",
        },
    ]
