"""Who does what on a team, as the person said it, and the plan's tasks going to them."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_owners
from assistant.understanding.team_roles import team_roles
from tests.plans import TODAY


@pytest.mark.parametrize(
    ("said", "names", "roles"),
    [
        (
            "me, Dana (design), Luis and Priya (engineers)",
            ["me", "Dana", "Luis", "Priya"],
            {"Dana": "design", "Luis": "build", "Priya": "build"},
        ),
        (
            "Sam - marketing, Ana the designer, Tom on backend, me (PM)",
            ["Sam", "Ana", "Tom", "me"],
            {"Sam": "market", "Ana": "design", "Tom": "build", "me": "lead"},
        ),
        ("Dana (design/UX) and me", ["Dana", "me"], {"Dana": "design"}),
        ("Ana, Luis and me", ["Ana", "Luis", "me"], {}),
    ],
)
def test_names_come_without_their_roles_and_the_roles_are_read_apart(said, names, roles):
    assert parse_owners(said) == names
    assert team_roles(said) == roles


def test_a_teams_build_work_goes_to_its_engineers_and_the_organising_to_the_person():
    settings = Settings(_env_file=None, offline=True)
    plan = plan_goal(
        OfflineEngine(settings),
        "our team needs to ship the new onboarding flow before the Q1 board meeting",
        {"owners": "me, Dana (design), Luis and Priya (engineers)", "capacity": "20 hours a week"},
        settings,
        TODAY,
    ).plan
    assert plan.owners == ["me", "Dana", "Luis", "Priya"]
    owner = {t.title: t.owner for t in plan.tasks()}
    flag = next(title for title in owner if "feature flag" in title)
    assert owner[flag] in {"Luis", "Priya"}
    scope = next(title for title in owner if "scope" in title.lower())
    assert owner[scope] == "me"
    rollback = next(title for title in owner if "rollback" in title.lower())
    assert owner[rollback] in {"Luis", "Priya"}
