"""Goals that round 15 planned as a neighbouring goal are planned as themselves: a veggie garden
in a lawned yard is beds and crops, not a lawn; kitchen cabinets are a cabinet repaint, not a
kitchen makeover; years of unfiled tax returns are returns, not side income; a team's test
coverage is coverage in the build, not an OKR workshop; "can I retire at 60" is a retirement
check; a weekly call to amma is a call to a parent; a designer weighing freelance work against
a shop plans the freelance work."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles


def test_a_veggie_garden_in_a_lawned_yard_is_built_as_beds_not_reseeded_as_lawn():
    plan = offline_plan(
        "make our backyard into a vegetable patch next spring, it's all grass and clay soil now"
    )
    assert plan.metadata.field == "gardening"
    assert "lawn" not in plan.goal.statement.lower()
    assert "beds" in plan.goal.metric.unit


def test_kitchen_cabinets_are_repainted_through_prep_and_primer_not_a_room_makeover():
    plan = offline_plan("paint our dated oak kitchen cupboards myself instead of a new kitchen")
    assert plan.metadata.field == "renovation"
    assert plan.goal.metric.name == "cabinet painting stages done"
    assert "makeover" not in plan.goal.statement.lower()
    titles = task_titles(plan)
    assert "primer" in titles and "degrease" in titles
    assert "walls" not in titles


@pytest.mark.parametrize(
    "goal",
    [
        "get my Steuererklärung done for the past 2 years, I always avoid it",
        "file my tax returns for the last 3 years, I never did them",
    ],
)
def test_a_backlog_of_tax_returns_is_filed_year_by_year(goal):
    plan = offline_plan(goal + ". I also did some freelance work on the side")
    assert plan.metadata.field == "paperwork"
    assert "tax returns" in plan.goal.metric.unit
    assert "oldest year" in task_titles(plan)
    assert "earn" not in plan.goal.statement.lower()


def test_test_coverage_is_raised_in_the_build_to_the_said_percent():
    plan = offline_plan(
        "our 5 engineers barely write unit tests, take code coverage from 20% to 70% by june"
    )
    assert plan.metadata.field == "team_delivery"
    assert plan.goal.metric.target == 70 and plan.goal.metric.unit == "%"
    titles = task_titles(plan)
    assert "coverage" in titles and "okr" not in titles


def test_whether_retiring_at_60_is_realistic_is_a_retirement_check():
    plan = offline_plan("I'm 49 with $150k in super, is retiring at 60 even possible?")
    assert plan.metadata.field == "investing"
    assert "retire" in plan.goal.statement.lower()


def test_a_weekly_call_to_amma_is_a_call_to_a_parent():
    plan = offline_plan("phone my appa in Chennai every Saturday without missing one")
    assert plan.metadata.field == "family"
    assert "every saturday" in plan.goal.statement.lower()  # the day they named, kept


def test_a_designer_weighing_freelance_against_a_shop_plans_freelance_but_a_shop_stays_a_shop():
    weighing = offline_plan(
        "earn $800 a month on the side, I'm an illustrator: freelance commissions or prints on etsy"
    )
    titles = task_titles(weighing)
    assert "pitch" in titles and "photograph 5 items" not in titles
    shop = task_titles(offline_plan("make $300 a month selling my crochet animals on etsy"))
    assert "photograph 5 items" in shop and "pitch" not in shop


def test_a_takeaway_habit_is_cut_with_fallback_meals_not_shopping_wish_lists():
    titles = task_titles(
        offline_plan("stop getting uber eats every night, it's costing us a fortune")
    )
    assert "freeze" in titles and "takeaway night" in titles
    assert "wish list" not in titles and "shopping apps" not in titles
