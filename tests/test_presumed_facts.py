"""A step or a whole variant presumes facts about the person (someone else does the repair, they
can swim, the beds are not built yet, they are new to the role). Where the person's words say
the opposite, the variant that fits their facts is planned instead (data/step_subjects.toml,
``needs``/``unless_said`` on steps and presets)."""

from __future__ import annotations

import pytest

from assistant.playbooks import BY_KEY, all_fields
from assistant.playbooks.step_subjects import foreign_kinds, subject_kinds, their_variants
from evals.subject_audit import foreign_steps
from tests.plans import offline_plan, task_titles

_GARAGE = ("quotes from 2", "well-reviewed", "book the repair", "file the invoice")


def _text(plan) -> str:
    steps = " | ".join(f"{t.title} {t.done_when}" for t in plan.tasks())
    return f"{steps} | {plan.constraint_strategy}".lower()


@pytest.mark.parametrize(
    "goal, answers",
    [
        (
            "swap the alternator on my 2009 astra myself, the battery light keeps coming on",
            {"capacity": "sunday afternoons"},
        ),
        (
            "sort the coolant leak on my transit van, I'd rather do it DIY than pay the dealer",
            {"deadline": "before the MOT in march"},
        ),
        (
            "get rid of the misfire code on my corolla",
            {"capacity": "a couple of evenings, I've got a socket set and an OBD reader"},
        ),
    ],
)
def test_a_repair_done_by_hand_gets_tests_and_fitting_not_garage_quotes(goal, answers):
    plan = offline_plan(goal, answers)
    assert plan.metadata.field == "car_care"
    text = _text(plan)
    for garage in _GARAGE:
        assert garage not in text, garage
    assert "for your exact model" in text  # their own model's guide, tested before buying
    assert "filler" not in text and "paint day" not in text  # no bodywork either


@pytest.mark.parametrize(
    "goal",
    [
        "get the grinding noise from my front wheel looked at, I know nothing about cars",
        "find out why the engine light is on in my honda and get it fixed properly",
        "get my clutch replaced before the long drive in april",
    ],
)
def test_a_repair_left_to_a_garage_keeps_the_quotes(goal):
    text = _text(offline_plan(goal))
    assert "quote" in text and "suspect part" not in text


@pytest.mark.parametrize(
    "goal, answers",
    [
        (
            "I'm 47 and never learned to swim, I'd like to manage a length at the leisure centre",
            {"capacity": "twice a week before work"},
        ),
        (
            "learn to swim before we go to Portugal, I can only doggy paddle",
            {"constraint": "the deep end frightens me"},
        ),
        (
            "swim 50 metres by the end of the summer",
            {"baseline": "I can't swim yet and can't put my face in the water"},
        ),
    ],
)
def test_someone_who_cannot_swim_gets_the_shallow_end_not_lanes(goal, answers):
    plan = offline_plan(goal, answers)
    assert plan.metadata.field == "swimming"
    text = _text(plan)
    for lane in ("lane-swim slots", "masters swim group", "endurance set", "without stopping"):
        assert lane not in text, lane
    assert "shallow" in text


def test_a_swimmer_building_distance_keeps_lanes_and_endurance_sets():
    plan = offline_plan(
        "swim 3 km front crawl for the lake crossing", {"baseline": "I do 1.5 km now"}
    )
    text = _text(plan)
    assert "lane-swim slots" in text and "endurance set" in text
    assert "shallow end" not in text


@pytest.mark.parametrize(
    "goal, answers",
    [
        (
            "get our old veg beds productive again and eat our own salad by june",
            {"baseline": "3 raised beds, overgrown with couch grass"},
        ),
        (
            "grow potatoes and beans in the raised beds the last owners left, they've sat empty",
            {},
        ),
        (
            "grow our own veg this year, we already have two beds from when we moved in",
            {"constraint": "weeds and no time"},
        ),
    ],
)
def test_beds_already_there_are_cleared_and_fed_not_built(goal, answers):
    plan = offline_plan(goal, answers)
    assert plan.metadata.field == "gardening"
    text = _text(plan) + " " + " ".join(m.title.lower() for m in plan.milestones)
    for build in ("price the beds", "build the first bed", "build and fill", "built and filled"):
        assert build not in text, build
    assert "clear one bed" in text


def test_a_first_garden_still_builds_its_beds():
    text = task_titles(offline_plan("start a vegetable garden next spring with 3 raised beds"))
    assert "build the first bed" in text


@pytest.mark.parametrize(
    "goal, constraint",
    [
        (
            "I was made redundant after 12 years as a warehouse supervisor, need work by summer",
            "every posting says a degree is required",
        ),
        (
            "find a new payroll job, I've done nine years in payroll at a hospital",
            "I never finished college and the ads want a bachelor's",
        ),
        (
            "land an operations manager role, experienced shift manager here",
            "no degree and the big firms filter on it",
        ),
    ],
)
def test_years_in_the_job_are_not_met_as_getting_in_without_a_degree(goal, constraint):
    plan = offline_plan(goal, {"constraint": constraint})
    text = _text(plan)
    assert "how they got in without a degree" not in text
    assert "no-degree routes into the role" not in text
    assert "results from your years" in text or "equivalent experience" in text


def test_a_newcomer_without_a_degree_still_asks_how_others_got_in():
    plan = offline_plan("get my first job in IT support", {"constraint": "I don't have a degree"})
    assert "how they got in without a degree" in _text(plan)


def test_a_variant_is_chosen_only_where_its_presumed_facts_fit():
    presets = BY_KEY["gardening"].presets
    kept = their_variants(presets, "grow veg in the beds", {"baseline": "2 beds, overgrown"})
    assert all(p.needs != "" or p.unless_said != "beds_exist" for p in kept)
    fresh = their_variants(presets, "start a veg patch", {})
    assert all(p.needs != "beds_exist" for p in fresh)
    assert len(fresh) == len(presets) - 1


def test_every_presumed_fact_named_by_a_preset_is_known():
    kinds = set(subject_kinds()) | {""}
    for field in all_fields():
        for preset in field.presets:
            assert {preset.needs, preset.unless_said} <= kinds, field.key


def test_the_audit_names_a_contradicted_presumption_and_reads_the_strategy_line():
    assert foreign_kinds("Get written quotes from 2 well-reviewed garages", "fix it myself") == [
        "diy"
    ]
    assert foreign_kinds("Get written quotes from 2 well-reviewed garages", "fix my car") == []
    assert foreign_kinds("Agree a call window that fits both time zones", "he works lates") == [
        "far_apart"
    ]
    plan = offline_plan("fix the rust on my sills before the MOT", {"constraint": "no garage"})
    plan.constraint_strategy = "Cover the car with a gazebo for the filler and paint"
    from collections import Counter

    bad: Counter[str] = Counter()
    foreign_steps(plan, "the engine light is on, p0420", bad)
    assert bad["bodywork"] >= 1
