"""Goals a group pursues together are planned from their own field, not from a blank scaffold
or a neighbour's template: a request to the council or a landlord (petition, evidence, the
decision-maker met, the hearing), a team moving its work onto a new tool (inventory, handover,
side-by-side check, old system read-only), and a public event for a cause (permit, route,
insurance, registration, volunteers with spares). The people named own the work."""

from __future__ import annotations

import pytest

from assistant.understanding.people import helpers_in
from tests.plans import offline_plan, task_titles

_plan, _titles = offline_plan, task_titles


@pytest.mark.parametrize(
    "goal",
    [
        "we want the town to add a crosswalk by the library, about 40 neighbours have signed so far",
        "get the county to fix the streetlights on Birch Road, 3 of us are pushing for it",
        "petition the council for speed humps on our road before someone gets hurt",
    ],
)
def test_a_request_to_the_council_is_planned_as_a_civic_campaign(goal):
    plan = _plan(goal)
    assert plan.metadata.field == "civic"
    titles = _titles(plan)
    assert "council" in titles and "petition" in titles
    assert "hearing" in titles  # the decision is made somewhere, and the plan goes there
    assert "stage" not in plan.goal.statement.lower()  # never the blank scaffold


def test_the_named_group_owns_the_campaign_and_counts_the_person_once():
    plan = _plan("get a stop sign at the corner of Oak and 2nd, there are 4 of us organising")
    assert plan.team
    assert len(plan.owners) == 4  # "4 of us" is the person and 3 others, not 5 people
    assert len({t.owner for t in plan.tasks()}) >= 3


def test_a_clubs_size_is_not_its_organisers():
    helpers = helpers_in(
        "our walking club has about 30 members and wants to host a charity walk",
        {"capacity": "me and the other 2 organizers, a few hours each"},
        ("event lead", "permits lead", "volunteer lead"),
    )
    assert [h.name for h in helpers] == ["event lead", "permits lead"]


@pytest.mark.parametrize(
    "goal, answers",
    [
        (
            "our accounts team needs to move the quarterly reports out of spreadsheets into Tableau by spring",
            {"constraint": "only Dana understands the formulas and she retires in february"},
        ),
        (
            "the 3 of us have to switch the practice's patient records to the new booking system by june",
            {},
        ),
    ],
)
def test_a_team_moving_onto_a_new_tool_gets_a_migration_plan(goal, answers):
    plan = _plan(goal, answers)
    assert plan.metadata.field == "team_project"
    titles = _titles(plan)
    assert "list every item" in titles  # the inventory comes first
    assert "side by side" in titles  # old and new numbers compared for a full cycle
    assert "read-only" in titles
    assert "feature flag" not in titles and "deploy" not in titles  # not a code release


def test_the_tool_is_named_as_the_person_wrote_it():
    plan = _plan("our finance team must migrate the month-end reporting into Power BI by Q2")
    assert "Power BI" in plan.goal.statement


def test_someone_who_knows_the_old_system_leaving_gets_a_handover():
    plan = _plan(
        "our team has to move the client records to the new CRM by september",
        {
            "constraint": "Sam is the only one who knows the old database and goes on parental leave in june"
        },
    )
    titles = _titles(plan)
    assert "handover" in titles or "walkthrough" in titles


@pytest.mark.parametrize(
    "goal",
    [
        "our parkrun group wants to organise a charity 5k in may to raise $4,000 for the hospice",
        "I want to put on a sponsored walk in september for the dementia charity, raise about 2k",
    ],
)
def test_a_charity_race_is_planned_as_an_event_not_a_donation_drive(goal):
    plan = _plan(goal)
    assert plan.metadata.field == "community_event"
    titles = _titles(plan)
    assert "permit" in titles and "insurance" in titles
    assert "volunteer" in titles and "registration" in titles
    assert plan.goal.metric.unit == "USD"  # the amount they want to raise is kept


def test_a_block_party_counts_people_not_money():
    plan = _plan("organise a block party on our street next summer")
    assert plan.metadata.field == "community_event"
    assert plan.goal.metric.unit == "people"
    assert "$" not in plan.goal.statement


@pytest.mark.parametrize(
    "goal, field",
    [
        ("run my first 5k in the spring", "running"),
        ("raise money for the animal shelter with a bake sale", "fundraising"),
        ("I want to throw a surprise 40th birthday party for my wife", "party"),
        ("ship the new checkout flow to all users by end of Q1", "team_delivery"),
    ],
)
def test_neighbours_keep_their_goals(goal, field):
    assert _plan(goal).metadata.field == field


def test_a_board_named_by_count_gets_the_fields_jobs_not_numbered_members():
    helpers = helpers_in(
        "I chair our cycling club (60 members) and want to double the weekly ride",
        {"capacity": "me and 2 other board members"},
        ("event lead", "membership lead", "treasurer"),
    )
    assert [h.name for h in helpers] == ["event lead", "membership lead"]


def test_people_listed_with_the_person_all_own_work():
    plan = _plan(
        "me, Ana and Luis need to get our clinic's paper intake forms onto the new booking system"
    )
    assert plan.owners == ["me", "Ana", "Luis"]
    assert {"Ana", "Luis"} <= {t.owner for t in plan.tasks()}
