"""Scheduler on a 200-task plan: p50/p95 ms when it fits, and when it overflows (then it
also searches for verified fixes, re-running the placer a few dozen times)."""

from __future__ import annotations

import statistics
import time

from assistant.config import Settings
from assistant.models import Plan
from assistant.schedule import schedule
from tests.plans import TODAY, good_plan_data

ROUNDS = 60


def two_hundred_task_plan(capacity_hours: float = 40) -> Plan:
    """The half-marathon plan padded to 200 tasks, with dependency chains and varied dues."""
    data = good_plan_data()
    data["capacity_hours_per_week"] = capacity_hours
    existing = sum(len(m["tasks"]) for m in data["milestones"])
    for i in range(200 - existing):
        milestone = data["milestones"][i % 4]
        extra = {"depends_on": [f"x{i - 4}"]} if i >= 4 and i % 3 == 0 else {}
        milestone["tasks"].append(
            {"id": f"x{i}", "title": f"Run a {i % 9 + 3} km easy run", "owner": "Sam",
             "estimate_minutes": 30 + (i % 4) * 15, "due": milestone["deadline"],
             "done_when": "Run logged in the app", **extra}
        )  # fmt: skip
    return Plan.model_validate(data)


def _timings(plan: Plan, settings: Settings, rounds: int) -> list[float]:
    schedule(plan, settings, TODAY)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        schedule(plan, settings, TODAY)
        samples.append((time.perf_counter() - start) * 1000)
    return sorted(samples)


def run() -> list[dict]:
    settings = Settings()
    rows = []
    for label, capacity, rounds in (("fits", 40.0, ROUNDS), ("overflows", 12.0, ROUNDS // 4)):
        plan = two_hundred_task_plan(capacity)
        samples = _timings(plan, settings, rounds)
        fits = schedule(plan, settings, TODAY).fits
        note = f"{len(plan.tasks())} tasks, {capacity:g} h/week, fits={fits}"
        for name, value in (("p50", statistics.median(samples)),
                            ("p95", samples[int(len(samples) * 0.95) - 1])):  # fmt: skip
            rows.append({"name": f"schedule 200-task plan ({label}) {name}", "value": value,
                         "unit": "ms", "note": note})  # fmt: skip
    return rows
