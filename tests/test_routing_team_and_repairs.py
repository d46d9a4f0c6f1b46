"""Goals that fell to the stage scaffold or to a template without the work (round 12): an
amateur team's season, a DIY rust repair, a named piece of music, a team's software delivery
and migration are planned from their own field's knowledge, and read as a coach writes."""

from __future__ import annotations

import re

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.playbooks import fmt_value
from assistant.understanding.goal import understand
from tests.offline_goals import TODAY

SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, **answers: str):
    return plan_goal(ENGINE, goal, answers, SETTINGS, TODAY).plan


def _titles(plan) -> str:
    return " | ".join(t.title for m in plan.milestones for t in m.tasks)


@pytest.mark.parametrize(
    ("goal", "field", "subject"),
    [
        ("we want our 6-a-side football team to win the league this year", "team_sport", ""),
        (
            "I manage my daughter's U12 netball team, want them in the top half by spring",
            "team_sport",
            "",
        ),
        ("get our sunday league side promoted, we lost too many games late on", "team_sport", ""),
        (
            "sort out the rust bubbling on my car's sills before it fails inspection",
            "car_care",
            "the bodywork",
        ),
        (
            "repair the dent and rust on my van's rear arch myself this winter",
            "car_care",
            "the bodywork",
        ),
        ("learn the Moonlight Sonata first movement on piano by summer", "instrument", "the piece"),
        ("play Fur Elise all the way through for my mum's birthday", "instrument", "the piece"),
        ("get my partner visa sorted before my current one runs out in june", "immigration", ""),
        ("apply for citizenship now I've had permanent residency for 5 years", "immigration", ""),
        ("learn bachata so I can go to the social nights with my friends", "dance", ""),
        (
            "we want to learn a proper first dance for our wedding in may",
            "dance",
            "your first dance",
        ),
    ],
)
def test_the_goal_goes_to_its_field_and_variant(goal, field, subject):
    found = understand(goal, {}, TODAY)
    assert found.playbook.key == field
    if subject:
        assert found.preset is not None and found.preset.subject == subject


@pytest.mark.parametrize(
    "goal",
    [
        "our 5-a-side team keeps finishing bottom, I want us in the top 3 this season",
        "fix the rust on my car's wheel arch myself before the MOT",
        "learn to play Clair de Lune on piano, all of it",
        "get my wife's spouse visa application in before my visa expires",
        "learn salsa well enough not to embarrass myself at my sister's wedding",
    ],
)
def test_no_scaffold_for_the_new_fields(goal):
    plan = _plan(goal)
    assert plan.metadata.field not in {"scaffold", "generic"}
    assert "stages you set yourself" not in plan.goal.statement


@pytest.mark.parametrize(
    "goal",
    [
        "get our team to ship releases every week instead of once a month",
        "my team at work needs to hit our sales target this quarter",
    ],
)
def test_a_work_team_is_not_a_sports_team(goal):
    assert understand(goal, {}, TODAY).playbook.key != "team_sport"


def test_a_team_season_plans_training_squad_and_keeper():
    plan = _plan(
        "get our 5 a side team to finish top 3 in the league this season",
        constraint="half the lads don't show up and we have no keeper",
    )
    titles = _titles(plan).lower()
    assert plan.goal.statement.startswith("Finish top 3")
    assert "training" in titles and "keeper" in titles
    assert any(t.recurrence for m in plan.milestones for t in m.tasks if "training" in t.title)


def test_a_rust_repair_is_planned_in_body_shop_order():
    plan = _plan("Fix the rust on the rear wheel arch of my Civic myself before the MOT")
    titles = [t.title for m in plan.milestones for t in m.tasks]
    steps = ("Mask the area and grind", "Spread the filler", "Spray 3 light coats", "Spray 2 coats")
    order = [next(i for i, t in enumerate(titles) if t.startswith(s)) for s in (*steps, "Inject")]
    assert order == sorted(order)
    assert "4 stages" not in plan.goal.statement


def test_a_named_piece_is_one_piece_in_sections_not_songs():
    plan = _plan(
        "learn to play Clair de Lune on the piano, the whole thing not just the first page"
    )
    assert "songs" not in plan.goal.statement
    assert "clair de lune" in plan.goal.statement.lower()
    assert "hardest bars" in _titles(plan)


def test_team_delivery_plans_the_build_work_not_only_meetings():
    plan = _plan("We're a team of 4 devs, we need to ship the new billing page by end of March")
    build = [
        t
        for m in plan.milestones
        for t in m.tasks
        if t.title.startswith("Build the next ticket") and t.recurrence
    ]
    assert build, _titles(plan)
    week = sum(t.recurrence.sessions_per_week() * t.estimate_minutes for t in build[:1])
    assert week >= 120  # more build time a week than the stand-ups and the demo together


def test_a_migration_is_reconciled_on_a_copy_before_cutover():
    plan = _plan("our 3 developers need to migrate our app off Heroku onto AWS by March")
    titles = [m.title for m in plan.milestones]
    assert any("copy" in t for t in titles) and any("switched off" in t for t in titles)


@pytest.mark.parametrize(
    ("goal", "bad"),
    [
        ("Try to be in bed by 11 at least 5 nights a week", r"on the [a-z ]+ count"),
        ("Have a proper date night with my wife twice a month", r"Have \d+ times a month"),
        ("I can do 3 pull ups and I want to get to 12", r"\b1 pull ups\b"),
    ],
)
def test_statements_read_as_a_coach_writes(goal, bad):
    text = " | ".join([_plan(goal).goal.statement, _titles(_plan(goal))])
    assert not re.search(bad, text), text


def test_a_bedtime_goal_keeps_the_bedtime():
    statement = _plan("be in bed by 11 at least 5 nights a week").goal.statement
    assert statement.startswith("In bed by 11 on at least 5 nights a week")  # their floor kept


def test_one_of_a_two_word_unit_is_singular():
    assert fmt_value(1, "pull ups") == "1 pull up"
    assert fmt_value(1, "date nights") == "1 date night"
    assert fmt_value(2, "date nights") == "2 date nights"
    assert fmt_value(1, "USD") == "$1"


def test_the_second_part_of_a_goal_is_planned_from_its_own_field():
    plan = _plan("lose 20 lbs and run a 5k by june")
    assert "and run a 5k" in plan.goal.statement and "also:" not in plan.goal.statement
    runs = [t for m in plan.milestones for t in m.tasks if t.title.startswith("Run")]
    assert any(t.recurrence for t in runs), _titles(plan)
    assert all(any(t in runs for t in m.tasks) for m in plan.milestones)


def test_a_second_part_no_field_knows_stays_named_only():
    plan = _plan("raise $3,000 for our robotics team and build a robot by march")
    assert "and build a robot" in plan.goal.statement  # named in one sentence, with a first step
    assert any("build a robot" in t.title for t in plan.tasks()), _titles(plan)


def test_a_teachers_class_target_is_planned_for_the_teacher_not_a_student():
    plan = _plan(
        "I teach year 10 science and want 75% of my students at their target grade by the summer "
        "exams, about half are now",
        baseline="50% on track, 30 students",
    )
    assert plan.metadata.field == "class_results"
    assert "75%" in plan.goal.statement
    titles = _titles(plan).lower()
    assert "off-target students" in titles and "office hours" not in titles


def test_a_club_organisers_recruiting_goal_keeps_the_numbers_and_plans_newcomers():
    plan = _plan(
        "I run the juniors at our hockey club, want to go from 10 regular kids to 25 by September"
    )
    assert plan.metadata.field == "club_growth"
    assert "25" in plan.goal.statement
    titles = _titles(plan).lower()
    assert "taster" in titles and "weakest skill" not in titles


def test_a_school_that_wont_let_the_club_in_is_gone_round_not_read_as_a_bossy_member():
    plan = _plan(
        "I run the juniors at our netball club and want 20 regular girls by next season, we have 9",
        constraint="the school won't let us in to run a taster",
    )
    titles = _titles(plan).lower()
    assert "bring-a-friend" in titles
    assert "rotating chair" not in titles and "talk privately" not in titles
