"""Owners from the person's own words: helpers named in the goal or answers get tasks that
suit them; a team plan never leaves every task with "me"; the person the goal is about is
not an owner."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.people import helpers_in
from assistant.validators import errors, validate_plan

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
ROLES = ("volunteer coordinator", "chair", "treasurer")

HELPERS: list[tuple[str, dict[str, str], list[str]]] = [
    ("clear out the shed before spring", {"capacity": "weekends, my son will help lift"}, ["son"]),
    (
        "paint the fence",
        {"constraint": "my husband can do the high bits but only on sundays"},
        ["husband"],
    ),
    (
        "dig a vegetable patch",
        {"capacity": "saturdays, plus my teenage daughter if she's paid"},
        ["daughter"],
    ),
    ("me and my wife want to walk 10k steps a day", {}, ["wife"]),
    ("my brother and I want to hike Snowdon in may", {}, ["brother"]),
    (
        "our team of 4 developers must ship the new checkout by march",
        {},
        ["developer 1", "developer 2", "developer 3", "developer 4"],
    ),
    ("me and 2 friends want to raise 3000 for the shelter", {}, ["friend 1", "friend 2"]),
    ("the committee wants to double our club's membership", {}, list(ROLES)),
    (
        "our family (me, my partner, 2 kids) wants one screen-free evening a week",
        {},
        ["partner", "kid 1", "kid 2"],
    ),
    # the person the goal is about does not own tasks
    ("fix things with my sister, we haven't talked since the funeral", {}, []),
    ("take my wife on a date every other friday, we have 3 kids under 5", {}, []),
    ("get my dad to see a doctor about his memory", {}, []),
    ("save 5k for a trip", {}, []),
]


@pytest.mark.parametrize(("goal", "answers", "names"), HELPERS, ids=[h[0][:40] for h in HELPERS])
def test_the_people_who_take_part_are_read_from_their_words(goal, answers, names):
    assert [h.name for h in helpers_in(goal, answers, ROLES)] == names


TEAMS: list[tuple[str, dict[str, str]]] = [
    ("Our team of 6 support agents wants average first response under 2 hours, I'm the lead", {}),
    ("our team wants to cut the support ticket backlog from 400 to under 50 by end of Q3", {}),
    ("our PTA needs more parents to volunteer, the same 5 people do everything", {}),
    ("me and 3 friends from church want to raise $8,000 for the park playground", {}),
]


@pytest.mark.parametrize(("goal", "answers"), TEAMS, ids=[t[0][:40] for t in TEAMS])
def test_a_team_plan_never_leaves_every_task_with_me(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    owners = {t.owner for m in plan.milestones for t in m.tasks}
    assert plan.team and owners - {"me"}, owners
    assert owners <= set(plan.owners)
    assert not errors(validate_plan(plan, SETTINGS, TODAY))


def test_a_household_helper_gets_the_tasks_they_offered_and_the_person_leads():
    plan = ENGINE.draft(
        "declutter the garage so we can park in it",
        {"capacity": "saturdays", "constraint": "my husband will help sort the boxes"},
        TODAY,
    )
    tasks = [t for m in plan.milestones for t in m.tasks]
    his = [t for t in tasks if t.owner == "husband"]
    assert his and all(t.recurrence is None for t in his)
    assert sum(t.owner == "me" for t in tasks) > len(his)
    assert "husband" in plan.owners and not plan.team
    assert not errors(validate_plan(plan, SETTINGS, TODAY))


def test_a_goal_about_someone_gives_them_no_tasks():
    plan = ENGINE.draft(
        "fix things with my sister, we haven't talked since dad's funeral", {}, TODAY
    )
    assert {t.owner for m in plan.milestones for t in m.tasks} == {"me"}


def test_a_coach_at_our_club_owns_the_work_alone_with_no_stand_in_teammates():
    import datetime as dt

    from assistant.understanding.goal import understand

    u = understand(
        "I coach swimming at our club and want 4 of my swimmers to make county times by June",
        {},
        dt.date(2026, 11, 27),
    )
    assert u.owners == ["me"] and not u.team


@pytest.mark.parametrize(
    "goal",
    [
        "I'm in Nairobi and I want to cook at home 5 nights a week instead of ordering in",
        "I teach at a school in Leeds and I want to move into product design",
        "we moved from Lagos and I want to make two new friends here by summer",
        "I live near Cork and I want to cycle to work three days a week",
    ],
)
def test_a_place_named_before_and_i_is_no_owner(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.owners == ["me"]
    assert all(task.owner == "me" for task in plan.tasks())


def test_a_person_named_before_and_i_is_still_an_owner():
    plan = ENGINE.draft("Priya and I want to run a 10k together in spring", {}, TODAY)
    assert "Priya" in plan.owners


@pytest.mark.parametrize(
    "goal",
    [
        "get passports sorted for all 4 of us before the summer, the twins never had one",
        "there are 5 of us and the kids need their jabs updated before the trip",
        "sort the family's dentist check-ups, there are 3 of us counting the baby",
    ],
)
def test_a_household_counted_as_of_us_gives_its_children_no_tasks(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert not any(o.startswith("teammate") for o in plan.owners), plan.owners


def test_a_band_counted_as_of_us_is_still_a_team():
    plan = ENGINE.draft(
        "there are 4 of us in the band and we want to record an EP by summer", {}, TODAY
    )
    assert len(plan.owners) == 4
