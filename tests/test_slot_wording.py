"""The person's words in a plan's slots are never mangled (issue 11, point 5). One plan per fault
class round 16's coaches quoted, built from a goal that used to produce it, checked by the same
counter `python -m evals.wording_audit` reports (evals/slot_faults.py)."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language.slots import as_thing, for_one_person, one_article, with_article
from assistant.models import Plan
from assistant.planner import plan_goal
from evals.slot_faults import slot_faults
from tests.offline_goals import TODAY

WEDDING = (
    "Lose 8 kgs before my sister's wedding in Feb. I'm 78 now, 5'4. Mostly eat home food but "
    "lots of rice and sweets, my mother keeps giving me extra"
)
BUDGET = (
    "Stick to a budget for once. I always overspend on food delivery and Amazon. Want to track "
    "every rupee for 3 months and save at least 20k a month"
)
CARDS = (
    "Pay off my credit cards. 3 cards, about $11,400 total, the worst one is at 26% APR. I want "
    "to be debt free in 2 years and stop using them completely"
)
MUM = (
    "Call my mum every Sunday and visit her once a month. She's on her own since dad died in "
    "January and I feel guilty that I don't see her more"
)
RETIRE = (
    "I'm 47 and have basically nothing saved for retirement. Want to catch up. Should I max my "
    "TFSA first or RRSP? not sure, just want a plan that gets me somewhere by 65"
)


def _plan(goal: str, answers: dict[str, str] | None = None) -> Plan:
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers or {}, settings, TODAY).plan


def _titles(plan: Plan) -> list[str]:
    return [m.title for m in plan.milestones] + [t.title for m in plan.milestones for t in m.tasks]


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (WEDDING, "mostly eat home food but lots of rice and sweets"),
        (BUDGET, "you always overspend on food delivery and Amazon"),
    ],
)
def test_a_phrase_shared_over_and_is_said_once_as_the_person_wrote_it(goal, kept):
    # round 24-25 coaches: a remark about the person ("I eat a lot of rice and sweets") pasted
    # after the goal is stitched text; the statement names actions only, and nothing twice
    statement = _plan(goal).goal.statement
    assert kept not in statement, statement
    assert "; also:" not in statement, statement
    assert slot_faults(_plan(goal), goal)["phrase said twice"] == 0


def test_see_how_it_goes_is_no_part_of_the_goal():
    goal = (
        "cut back on drinking, I think I'm on something like 20+ units a week, mostly wine "
        "after work. Going to try for dry weekdays and see how it goes"
    )
    assert "see how it goes" not in _plan(goal).goal.statement


def test_a_first_person_clause_in_an_obstacle_slot_is_said_as_a_thing():
    answers = {
        "capacity": "I can throw $450 a month at it, maybe more with overtime",
        "constraint": "emergencies go on the card, and I shop when I'm stressed",
    }
    plan = _plan(CARDS, answers)
    titles = " | ".join(_titles(plan))
    assert "for I'm stressed" not in titles and "being stressed" in titles, titles
    assert slot_faults(plan, CARDS)["first person in a title"] == 0


def test_room_by_room_is_never_cut_as_a_deadline():
    goal = (
        "Declutter the whole house room by room before we move in the spring. The garage is "
        "the worst, haven't seen the floor in years"
    )
    plan = _plan(goal)
    assert "room by room" in plan.goal.statement, plan.goal.statement
    assert slot_faults(plan, goal)["title cut off"] == 0


def test_mum_is_her_never_them():
    plan = _plan(MUM)
    titles = _titles(plan)
    assert any(" her " in f" {t} " for t in titles), titles
    assert slot_faults(plan, MUM)["them for one person"] == 0


def test_money_a_month_is_money_when_the_goal_counts_checks():
    plan = _plan(RETIRE, {"capacity": "$600 a month now, more once daycare ends in 2 years"})
    said = [a.text for a in plan.assumptions]
    assert "$600 a month goes to this goal" in said, said
    assert slot_faults(plan, RETIRE)["count noun as an amount"] == 0


def test_the_kitchen_cabinets_take_one_article():
    goal = (
        "repaint the kitchen cabinets myself, the quote was $4,500 which is mad. 22 doors plus "
        "drawer fronts"
    )
    plan = _plan(goal)
    assert any("the kitchen cabinets" in t for t in _titles(plan))
    assert slot_faults(plan, goal)["doubled word"] == 0


def test_the_credit_bureaus_are_named_once():
    goal = "Get my credit score from 580 to 680 so we can qualify for a mortgage next year"
    plan = _plan(goal)
    reports = [t for t in _titles(plan) if "free reports" in t]
    assert reports and all(t.count("bureau") == 1 for t in reports), reports
    assert slot_faults(plan, goal)["prepositional phrase repeated"] == 0


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("I'm stressed", "being stressed"),
        ("i get bored", "getting bored"),
        ("I feel guilty", "feeling guilty"),
        ("my boss", "your boss"),
        ("soccer season", "soccer season"),
    ],
)
def test_as_thing(said, thing):
    assert as_thing(said) == thing


@pytest.mark.parametrize(
    ("person", "title", "said"),
    [
        (
            "your mum",
            "Ask them what they would like more of",
            "Ask her what she would like more of",
        ),
        ("my dad", "Start a note of things to tell them", "Start a note of things to tell him"),
        ("your parents", "Call them at the set time", "Call them at the set time"),
        ("a friend", "Call them at the set time", "Call them at the set time"),
        (
            "your dad",
            "Ask what matters about where they live",
            "Ask what matters about where he lives",
        ),
    ],
)
def test_for_one_person(person, title, said):
    assert for_one_person(title, person) == said


def test_one_article_and_with_article():
    assert one_article("Take photos of the the kitchen cabinets") == (
        "Take photos of the kitchen cabinets"
    )
    assert one_article("Plan A the night before") == "Plan A the night before"
    assert with_article("exchange rate") == "the exchange rate"
    assert with_article("slugs") == "slugs" and with_article("your knee") == "your knee"
