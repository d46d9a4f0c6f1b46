"""The race itself is sized from the goal's distance at an easy pace, never the template's
minutes, and the capacity fit never shortens it.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.title_sizes import race_minutes

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    ("statement", "minutes"),
    [
        ("Finish a 10 km race without stopping by 30 May 2027", 80),
        ("Run a 5k (5 km) by 1 March 2027", 45),
        ("Save $5,000 by June", None),
    ],
)
def test_a_goals_race_is_sized_from_its_distance(statement, minutes):
    assert race_minutes(statement) == minutes


def test_the_race_in_a_plan_takes_what_its_distance_takes():
    plan = ENGINE.draft("run a 15 km trail race in the spring", {"deadline": "by may"}, TODAY)
    race = [t for t in plan.tasks() if "the race" in t.title and t.title.startswith("Run")]
    assert race, [t.title for t in plan.tasks()]
    assert race[0].estimate_minutes >= min(115, SETTINGS.task_max_minutes), race[0]
