"""The plan is this goal's plan: a step that presumes a fact of the person's life (medication, a
desk, a day schedule, kids, frost, a warning light, a portfolio trade) is planned only when
they say it, never when they deny it; the thing the goal makes gets its making step; a return
to training after a baby is planned as training. Paraphrases written for these tests."""

from __future__ import annotations

import re

import pytest

from assistant.language.deliverables import named, unmade
from assistant.language.negation import says
from assistant.playbooks import all_fields
from assistant.playbooks.step_subjects import foreign_kinds, said_kind, theirs
from tests.plans import asked_in, offline_plan, rule_findings, task_titles


@pytest.mark.parametrize(
    ("said", "theirs_"),
    [
        ("we have no kids, just a very needy cat", False),
        ("lose 20 kilos without crash diets this time", False),
        ("childfree couple, never wanted children", False),
        ("I'd rather not end up with kids in the car for this", False),
        ("two kids under five and a dog", True),
        ("I'm not sure my kids will eat it", True),  # a hedge, not a denial
        ("we don't go out much because of the kids", True),  # the clause's turn ends it
    ],
)
def test_a_negated_mention_is_not_theirs(said, theirs_):
    pattern = re.compile(r"\b(?:kids?|children|child|crash\w*)\b")
    assert says(pattern, said) is theirs_


@pytest.mark.parametrize(
    ("said", "kind", "expected"),
    [
        ("my a1c is 6.1 and I really don't want to go on metformin", "medication", False),
        ("borderline cholesterol, no statins please", "medication", False),
        ("type 2, I take metformin with breakfast and forget the evening dose", "medication", True),
        ("I'm a paramedic on rotating shifts, 4 on 4 off", "night_shift", True),
        ("I work nights in a care home", "night_shift", True),
        ("office job 9 to 5, I go to bed too late", "night_shift", False),
        ("asleep by 11 on work nights and school nights", "night_shift", False),
        ("veg patch in our garden in Durban", "frost_free", True),
        ("allotment in Sheffield, frosty mornings", "frost_free", False),
        ("my car's engine light came on yesterday", "warning_light", True),
        ("the clutch is slipping on hills", "warning_light", False),
        ("I'm a payroll clerk wanting freelance clients", "portfolio_trade", False),
        ("junior graphic designer looking for freelance clients", "portfolio_trade", True),
        ("5 lakh in an FD, want to start a monthly SIP", "employer_plan", False),
        ("I get paid biweekly and my company matches 4%", "employer_plan", True),
        ("self-employed plumber, no pension at all", "employer_plan", False),
    ],
)
def test_premise_kinds_read_from_the_persons_words(said, kind, expected):
    assert said_kind(kind, said) is expected


def _steps(key: str):
    pb = next(p for p in all_fields() if p.key == key)
    steps = [*pb.kickoff, *pb.practice, *(s for r in pb.rungs for s in r.steps)]
    for preset in pb.presets:
        steps += [*preset.kickoff, *preset.practice, *(s for r in preset.rungs for s in r.steps)]
    return steps


@pytest.mark.parametrize(
    ("key", "said", "absent", "present"),
    [
        (
            "sleep",
            "ICU nurse, three night shifts a week, sleep is a mess",
            "wake-up time for all 7 days",
            "anchor sleep block",
        ),
        (
            "gardening",
            "herb and salad beds on a balcony in Singapore",
            "last frost",
            "planting calendar",
        ),
        (
            "car_care",
            "the steering pulls left and there's a clunk over bumps",
            "obd-ii",
            "record a short clip",
        ),
        (
            "career_switch",
            "bus driver for 12 years moving into occupational therapy",
            "portfolio",
            "current work the new role does",
        ),
        (
            "side_income",
            "tax returns for sole traders on weekends",
            "past pieces",
            "directory where clients look",
        ),
    ],
)
def test_a_field_keeps_only_the_steps_whose_premise_is_theirs(key, said, absent, present):
    kept = [s.title.lower() for s in _steps(key) if theirs(s.needs, s.unless_said, said)]
    assert not any(absent in t for t in kept)
    assert any(present in t for t in kept)


def test_every_premise_step_has_a_twin_for_everyone_else():
    """A step that needs a premise stands beside a neutral step in the same field."""
    for pb in all_fields():
        steps = _steps(pb.key)
        for kind in ("night_shift", "frost_free", "warning_light", "portfolio_trade"):
            needs = [s for s in steps if kind in (s.needs, s.unless_said)]
            if needs:
                assert {s.needs for s in needs} & {kind}, (pb.key, kind)
                assert {s.unless_said for s in needs} & {kind}, (pb.key, kind)


@pytest.mark.parametrize(
    "goal",
    [
        "My wife and I want a real date every fortnight, it has turned into just admin",
        "we're a childfree couple and want one proper night out a month together",
        "get back to having date nights with my boyfriend, twice a month",
    ],
)
def test_date_nights_without_kids_get_no_babysitter(goal):
    plan = offline_plan(goal)
    text = f"{task_titles(plan)} {plan.constraint} {plan.constraint_strategy}".lower()
    assert "babysit" not in text and "sitter" not in text
    assert not foreign_kinds(text, goal.lower())


@pytest.mark.parametrize(
    "goal",
    [
        "my hba1c came back at 6.2, prediabetes, and I don't want to be put on tablets",
        "bring my fasting glucose under 100 without going on metformin",
        "lower my a1c to 5.6, diet only, no meds",
    ],
)
def test_blood_sugar_without_medication_gets_no_pill_organiser(goal):
    text = task_titles(offline_plan(goal)).lower()
    assert "pill organiser" not in text and "medication alarm" not in text


@pytest.mark.parametrize(
    "goal",
    [
        "I want to lose 15 kg without going on a crash diet again",
        "drop 2 dress sizes by summer, no crash dieting this time",
        "lose 25 lbs slowly, I'm done with crash diets",
    ],
)
def test_a_crash_diet_denied_is_no_fatigue_crash(goal):
    text = task_titles(offline_plan(goal)).lower()
    assert "pacing rule" not in text and "sets off a crash" not in text


@pytest.mark.parametrize(
    ("goal", "key"),
    [
        ("digitise the family videos and make a montage for dad's retirement party", "slideshow"),
        ("write an appeal letter to get my parking fine overturned", "letter"),
        ("finish the baby quilt for my niece before she's born", "quilt"),
        ("get my bakery a website before christmas", "website"),
        ("write and practise my best man speech for June", "speech"),
    ],
)
def test_the_thing_a_goal_makes_is_read(goal, key):
    assert key in [d.key for d in named(goal)]


@pytest.mark.parametrize(
    "goal",
    [
        "resume running after my knee injury",
        "the kids will be fine, I want to run 5k",
        "get fit without a speech from my doctor",
    ],
)
def test_no_deliverable_is_read_where_none_is_made(goal):
    assert named(goal) == []


def test_a_letter_received_or_asked_for_is_not_the_persons_letter():
    texts = ["Read the refusal letter | Reason noted", "Ask the GP for a supporting letter | Asked"]
    assert [d.key for d in unmade("appeal the refusal of my PIP claim", texts)] == ["letter"]


def test_a_deliverable_some_task_makes_is_made():
    texts = ["Write the toast and time it aloud | Toast under 4 minutes"]
    assert unmade("give a toast at my sister's wedding", texts) == []


@pytest.mark.parametrize(
    ("goal", "word"),
    [
        ("scan the 2,000 slides in dad's loft so I can make a slideshow for his 80th", "slideshow"),
        (
            "finish the king size quilt I started for my son's wedding, half the blocks done",
            "quilt",
        ),
        ("challenge the council's refusal of my blue badge with a letter of appeal", "letter"),
    ],
)
def test_the_offline_plan_makes_what_the_goal_names(goal, word):
    plan = offline_plan(goal)
    assert word in task_titles(plan).lower()
    assert rule_findings(plan, "goal.deliverable_missing") == []


def test_the_rule_flags_a_named_deliverable_no_task_makes():
    plan = asked_in("scan the old photos and make a slideshow for mum's 70th")
    found = rule_findings(plan, "goal.deliverable_missing")
    assert len(found) == 1 and "slideshow" in found[0].message


@pytest.mark.parametrize(
    "goal",
    [
        "Get back to the gym 4 times a week now the baby is sleeping better",
        "start lifting weights again after my pregnancy, 3 sessions a week",
        "back to running 3x a week after having twins",
    ],
)
def test_training_again_after_a_baby_is_planned_as_training(goal):
    plan = offline_plan(goal)
    assert plan.metadata.field != "rehab_posture"
    assert "desk" not in task_titles(plan).lower()


@pytest.mark.parametrize(
    "goal",
    [
        "heal my diastasis recti after the baby",
        "get my pelvic floor strong again after giving birth",
        "fix my posture now I'm back at work after the baby",
    ],
)
def test_postnatal_rehab_is_still_rehab(goal):
    assert offline_plan(goal).metadata.field == "rehab_posture"


@pytest.mark.parametrize(
    ("goal", "rungs", "at"),
    [
        (
            "challenge my parking fine with a letter of appeal",
            ["Evidence gathered", "Appeal sent with proof of postage", "Decision received"],
            1,
        ),
        (
            "write a complaint letter to the landlord about the damp",
            ["Damp photographed and dated", "Complaint sent by recorded post", "Repairs booked"],
            1,
        ),
        (
            "make a slideshow of grandad's photos for his 90th",
            ["Boxes counted", "Half the photos scanned", "Every photo scanned and named"],
            2,
        ),
    ],
)
def test_the_making_step_goes_in_the_milestone_it_is_for(goal, rungs, at):
    from assistant.engines.offline.made_steps import made_steps

    planned: list[str] = []  # what earlier milestones hold, as the builder passes it
    placed = []
    for i, title in enumerate(rungs):
        steps = made_steps(goal, planned, title, rungs[i + 1 :])
        planned += [f"{s.title} | {s.done_when}" for s in steps]
        placed.append(bool(steps))
    assert placed == [i == at for i in range(len(rungs))]


@pytest.mark.parametrize(
    "said",
    [
        "drink water instead of coke at work",
        "cook at home rather than get takeaways",
        "walk the kids to school instead of driving them",
    ],
)
def test_what_they_do_now_is_no_denial(said):
    pattern = re.compile(r"\b(?:coke|takeaways|kids)\b")
    assert says(pattern, said)
