"""Offline planner speed: goal -> validated plan, p50 and p95 over the test goal table."""

from __future__ import annotations

import statistics
import time

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.validators import validate_plan
from tests.offline_goals import GOALS, TODAY


def run() -> list[dict]:
    settings = Settings(_env_file=None)
    engine = OfflineEngine(settings)
    cases = [(goal, answers) for goal, answers, _ in GOALS] + [(goal, {}) for goal, _, _ in GOALS]
    for goal, answers in cases[:5]:  # warm imports and caches once
        engine.draft(goal, answers, TODAY)
    samples, questions = [], []
    for _ in range(3):
        for goal, answers in cases:
            start = time.perf_counter()
            plan = engine.draft(goal, answers, TODAY)
            validate_plan(plan, settings, TODAY)
            samples.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            engine.questions(goal, answers, TODAY)
            questions.append((time.perf_counter() - start) * 1000)
    samples.sort()
    note = f"{len(cases)} goals x 3 runs, target median < 50 ms"
    return [
        {
            "name": "offline goal -> validated plan p50",
            "value": statistics.median(samples),
            "unit": "ms",
            "note": note,
        },
        {
            "name": "offline goal -> validated plan p95",
            "value": samples[int(len(samples) * 0.95)],
            "unit": "ms",
            "note": note,
        },
        {"name": "offline questions p50", "value": statistics.median(questions), "unit": "ms"},
    ]
