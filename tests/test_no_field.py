"""Goals no field knows: routed to no field rather than a borrowed one, and planned from their
own shape (a one-off job, a count to reach, a skill), never the blank stages scaffold."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.goal import understand
from assistant.understanding.goal_object import goal_object
from assistant.validators import errors, validate_plan

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
BOILERPLATE = re.compile(
    r"stages? you set yourself|current stage|3-5 stages|your stages done|[\u201c\u201d]"
)


def _faults(plan) -> list[str]:
    """The plan's rule findings a person would see: errors and warnings."""
    findings = validate_plan(plan, SETTINGS, TODAY)
    return [f.message for f in findings if f in errors(findings) or f.severity == "warning"]


def _titles(plan) -> list[str]:
    return (
        [plan.goal.statement] + [m.title for m in plan.milestones] + [t.title for t in plan.tasks()]
    )


# 1. routing: a field is used only when the goal is its subject
@pytest.mark.parametrize(
    "goal",
    [
        "get my NMC revalidation done by 31 May, I have 20 of the 35 CPD hours",
        "sell 40 eggs a day from my hens by spring",
        "get our cafe showing up on Google Maps with 25 good reviews this year",
    ],
)
def test_a_goal_no_field_names_or_reads_like_is_planned_in_no_field(goal):
    # a lead word ("get", "sell") with no keyword of the field and a weak meaning borrowed a
    # driving licence or a garage sale
    assert understand(goal, {}, TODAY).playbook.key == "scaffold"


@pytest.mark.parametrize(
    "goal",
    [
        "I was 150 at uni and I'm 190 now, get back to 160",
        "I was 11 stone at my wedding and I'm 14 now, get back to 11",
        "I was 70 kg when I played rugby and I'm 92 now, get back to 75",
    ],
)
def test_a_goal_its_field_reads_like_keeps_the_field_without_its_keywords(goal):
    # no weight word is said, but the goal reads like weight and starts with its own action
    assert understand(goal, {}, TODAY).playbook.key == "weight"


@pytest.mark.parametrize(
    ("goal", "fields"),
    [
        (
            "I'm 45 and want to resit my maths GCSE so I can get onto a nursing course",
            {"adult_maths", "exam", "course_grade"},
        ),
        (
            "as an adult learner I want to pass GCSE science in June, I left school without it",
            {"exam", "course_grade"},
        ),
        ("retake my English GCSE at night school next summer, I'm 29 and got a 3 at school", None),
    ],
)
def test_a_learner_retaking_an_exam_is_never_planned_as_a_teachers_class(goal, fields):
    key = understand(goal, {}, TODAY).playbook.key
    assert key != "class_results"
    assert fields is None or key in fields


@pytest.mark.parametrize(
    "goal",
    [
        "I teach year 8 maths and want 75% of my class at their target grade by the summer",
        "raise my form group's average in the end of year tests, half of them are behind",
        "as a science teacher I want fewer than 4 of my pupils below their target grade",
    ],
)
def test_a_teacher_with_a_class_still_gets_the_class_field(goal):
    assert understand(goal, {}, TODAY).playbook.key == "class_results"


# 2. the plan built from the goal's own shape
@pytest.mark.parametrize(
    ("goal", "thing"),
    [
        (
            "rebuild the dry stone wall at the bottom of the field before lambing",
            "the dry stone wall",
        ),
        # a revalidation is won from the regulator: planned as an application
        # (tests/test_no_field_shapes.py), no longer as a job
        # (a slate on the roof is now a home repair the field knows)
        ("fix the broken weather vane on the barn before winter", "the broken weather vane"),
        ("fix the wobbly bannister on our stairs myself", "the wobbly bannister"),
    ],
)
def test_a_one_off_job_is_planned_as_a_job_on_its_own_object(goal, thing):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.metadata.field == "scaffold"
    titles = _titles(plan)
    assert not any(BOILERPLATE.search(t) for t in titles), titles
    assert any(t.startswith(f"Find out exactly what {thing} requires") for t in titles), titles
    assert any(t.startswith(f"List what {thing} needs") for t in titles)
    assert plan.milestones[-1].title.lower().startswith(f"{thing.lower()} done and checked")
    assert _faults(plan) == []


@pytest.mark.parametrize(
    ("goal", "target", "unit"),
    [
        ("sell 40 eggs a day from my hens by spring", 40, "eggs"),
        ("our soup kitchen volunteers want to go from serving 60 meals a night to 90", 90, "meals"),
        ("get our cafe showing up on Google Maps with 25 good reviews this year", 25, "reviews"),
    ],
)
def test_a_count_to_reach_keeps_their_count_and_tries_one_change_at_a_time(goal, target, unit):
    plan = ENGINE.draft(goal, {}, TODAY)
    if plan.metadata.field != "scaffold":
        pytest.skip(f"a field plans it: {plan.metadata.field}")
    assert plan.goal.metric.target == target and unit in plan.goal.metric.unit
    assert str(target) in plan.goal.statement and "stages" not in plan.goal.statement
    titles = _titles(plan)
    assert not any(BOILERPLATE.search(t) for t in titles), titles
    assert any("change most likely to lift the count" in t for t in titles)
    assert _faults(plan) == []


@pytest.mark.parametrize(
    "goal",
    ["learn to juggle 3 balls", "learn to whistle with two fingers", "learn how to do a cartwheel"],
)
def test_a_skill_is_learnt_from_a_teacher_and_tested_for_real(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.metadata.field == "scaffold"
    titles = _titles(plan)
    assert not any(BOILERPLATE.search(t) for t in titles), titles
    assert plan.goal.statement.lower().startswith(" ".join(goal.split()[:3]))
    assert any(t.startswith("Find a teacher, class or") for t in titles)
    assert "Tested for real" in plan.milestones[-1].title
    assert _faults(plan) == []


@pytest.mark.parametrize(
    ("phrase", "text", "thing"),
    [
        (
            "replace the clutch on my 2009 corolla myself",
            "replace the clutch on my 2009 Corolla myself",
            "the clutch",
        ),
        ("get my nmc revalidation done", "get my NMC revalidation done", "your NMC revalidation"),
        (
            "start selling free range eggs at the farm gate",
            "Start selling free range eggs at the farm gate",
            "free range eggs",
        ),
        (
            "improve how we communicate with suppliers",
            "improve how we communicate with suppliers",
            "",
        ),
    ],
)
def test_the_goals_object_is_a_short_noun_phrase_never_the_whole_goal(phrase, text, thing):
    assert goal_object(phrase, text) == thing


# 3. a kids' squad coached to a skill: tested, grouped, drilled, retested
@pytest.mark.parametrize(
    ("goal", "skill"),
    [
        (
            "I coach an under 9s netball squad and want every girl to be able to catch and pass on the move by Easter",
            "catch and pass on the move",
        ),
        (
            "our U13 hockey juniors should all be able to dribble with their weak foot by the summer, I run the sessions",
            "dribble with their weak foot",
        ),
        (
            "get the under-10s rugby kids I coach to all be able to pass off both hands before the spring festival",
            "pass off both hands",
        ),
    ],
)
def test_a_skill_for_a_kids_squad_is_coached_child_by_child_not_as_a_league_season(goal, skill):
    plan = ENGINE.draft(goal, {}, TODAY)
    titles = _titles(plan)
    assert skill in plan.goal.statement
    assert "tested and the squad grouped by level" in plan.milestones[0].title
    assert not any("Recruit" in t or "league table" in t for t in titles), titles
    assert _faults(plan) == []


@pytest.mark.parametrize(
    "goal",
    [
        "reseal the leaking skylight in my attic myself, a roofer quoted £900",
        "rewire the lamp my grandad made, an electrician wanted $120 for it",
        "rebuild the dry stone wall by the lane, a waller quoted €2,000",
    ],
)
def test_a_price_said_beside_a_job_is_never_its_target(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.metadata.field == "scaffold"
    assert plan.goal.metric.unit == "steps" and plan.goal.metric.target == 4
    assert not re.search(r"[£$€]", plan.goal.statement)


@pytest.mark.parametrize(
    "goal",
    [
        "get the under-8s I coach to all be able to dribble round 5 cones, half of them can't do 2",
        "I coach a mixed ability U12 netball squad and want every girl able to do a chest pass on target",
        "our under 10s hockey kids should all be able to stop the ball dead, some of them can't even do it once",
    ],
)
def test_a_squad_of_mixed_levels_is_grouped_by_level_not_chased_for_attendance(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert "cannot start the skill" in plan.constraint
    assert any("up a group" in t.title and t.attacks_constraint for t in plan.tasks())
