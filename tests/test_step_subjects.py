"""A field's step that names a narrower subject (an EOB, filler and paint, your child, each
lender, materials) is planned only where the person's own words make that subject theirs; its
general twin stands in for everyone else. The kinds live in data/step_subjects.toml."""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.playbooks import all_fields
from assistant.playbooks.base import Step
from assistant.playbooks.step_subjects import foreign_kinds, subject_kinds
from tests.plans import offline_plan, task_titles


def _said(plan) -> str:
    return " | ".join(f"{t.title} {t.done_when}" for t in plan.tasks())


@pytest.mark.parametrize(
    "goal, answers",
    [
        (
            "get my home insurer to pay the full cost after a storm ripped tiles off the roof",
            {"baseline": "they offered £900, the roofer quoted £3,100"},
        ),
        (
            "my contents claim after the break-in was lowballed, want them to pay what it's worth",
            {"constraint": "I only have receipts for half the things"},
        ),
        (
            "the flood in our basement was only partly covered, I want the claim reconsidered",
            {"deadline": "they gave me 60 days to respond"},
        ),
    ],
)
def test_a_property_claim_gets_no_medical_billing_steps(goal, answers):
    plan = offline_plan(goal, answers)
    assert plan.metadata.field == "insurance_appeal"
    text = _said(plan).lower()
    assert "eob" not in text and "medical necessity" not in text and "billing office" not in text
    assert "quotes" in text  # the property twin checks the offer against their quotes


@pytest.mark.parametrize(
    "goal",
    [
        "appeal the denied claim for my knee MRI, the insurer says it wasn't needed",
        "get the hospital bill for my appendix surgery corrected, they charged twice",
        "dispute the ambulance bill my health insurance refused to cover",
    ],
)
def test_a_medical_dispute_keeps_its_medical_steps(goal):
    text = _said(offline_plan(goal)).lower()
    assert "eob" in text or "medical necessity" in text or "doctor" in text


@pytest.mark.parametrize(
    "goal, constraint",
    [
        ("sort out the misfire on my car, it shakes at idle", "no garage, I park on the street"),
        (
            "find out why my van's check engine light keeps coming on",
            "I only have the road outside",
        ),
        ("replace the brake pads on my golf myself", "no drive, I work outside in the wet"),
    ],
)
def test_an_engine_or_brake_job_outside_books_no_paint_day(goal, constraint):
    plan = offline_plan(goal, {"constraint": constraint})
    assert plan.metadata.field == "car_care"
    text = _said(plan).lower()
    assert "filler" not in text and "paint day" not in text


def test_a_rust_repair_outside_still_books_cover_for_the_paint():
    plan = offline_plan("fix the rust on my sills before the MOT", {"constraint": "no garage"})
    assert "paint day" in _said(plan).lower()


@pytest.mark.parametrize(
    "goal",
    [
        "I want to be closer to my mother again, we only talk at christmas",
        "rebuild a relationship with my father after years of silence",
        "I want my dad and me to be close again, we drifted apart",
    ],
)
def test_an_adult_with_a_parent_gets_no_child_steps(goal):
    plan = offline_plan(goal, {"capacity": "an hour on sundays"})
    assert plan.metadata.field == "family"
    assert "your child" not in task_titles(plan)


@pytest.mark.parametrize(
    "goal",
    [
        "spend more one-on-one time with my 6 year old",
        "be more present with my kids after work",
        "play with my daughter every evening instead of scrolling",
    ],
)
def test_a_parent_of_a_young_child_keeps_child_led_time(goal):
    assert "your child" in task_titles(offline_plan(goal))


@pytest.mark.parametrize(
    "goal",
    [
        "clear the £2,400 on my credit card by the summer",
        "pay off my car loan early, 6,000 left",
        "get rid of my overdraft, I'm £1,500 in",
    ],
)
def test_one_debt_is_not_planned_as_several(goal):
    plan = offline_plan(goal, {"constraint": "the interest eats my payments"})
    assert plan.metadata.field == "debt"
    text = task_titles(plan)
    assert "every debt" not in text and "each lender" not in text
    assert "first debt paid off" not in text


def test_several_debts_keep_the_list_and_the_roll_over():
    plan = offline_plan("pay off my two credit cards and a personal loan, 14k in total")
    text = task_titles(plan)
    assert "every debt" in text


@pytest.mark.parametrize(
    "goal",
    [
        "earn 500 a month on the side doing bookkeeping for small businesses",
        "make extra money tutoring maths online in the evenings",
        "start freelance copywriting on weekends for some extra income",
    ],
)
def test_a_service_side_income_is_not_priced_plus_materials(goal):
    plan = offline_plan(goal, {"constraint": "I undercharge every time"})
    assert plan.metadata.field == "side_income"
    text = task_titles(plan)
    assert "plus materials" not in text and "materials, hours" not in text


def test_a_maker_side_income_keeps_materials_in_the_price():
    plan = offline_plan("sell my handmade candles at craft fairs", {"constraint": "pricing"})
    assert "materials" in _said(plan).lower()


def test_every_step_kind_named_in_the_fields_is_known():
    kinds = set(subject_kinds())
    for field in all_fields():
        steps = [*field.kickoff, *field.practice, *(s for r in field.rungs for s in r.steps)]
        for step in steps:
            assert {step.needs, step.unless_said} <= kinds | {""}, (field.key, step.title)


def test_an_unknown_kind_fails_at_load_with_the_known_ones_listed():
    with pytest.raises(ValueError, match="unknown subject kind 'medicl'.*medical"):
        Step(title="Read the EOB", minutes=10, done_when="Read", needs="medicl")


def test_a_field_file_with_an_unknown_kind_is_a_one_line_input_error(tmp_path, monkeypatch):
    from assistant.playbooks import catalog

    source = (catalog.resources.files("assistant") / "data" / "fields" / "debt.toml").read_text()
    bad = source.replace('needs = "one_debt"', 'needs = "one_dept"', 1)
    assert bad != source
    folder = tmp_path / "assistant" / "data" / "fields"
    folder.mkdir(parents=True)
    (folder / "debt.toml").write_text(bad)
    monkeypatch.setattr(catalog.resources, "files", lambda _pkg: tmp_path / "assistant")
    with pytest.raises(InputError, match="field file debt.toml is invalid"):
        catalog.load_field("debt.toml")


def test_the_audit_names_a_foreign_kind_only_where_the_person_did_not_say_it():
    step = "Check the itemized bill line by line against the EOB"
    assert foreign_kinds(step, "insurance lowballed my burst pipe claim") == ["medical"]
    assert foreign_kinds(step, "my insurer denied my mri") == []
    oral = "Do a full mock oral exam with a tutor"
    assert foreign_kinds(oral, "pass the jlpt n2 next july") == ["reading_only_exam"]
    assert foreign_kinds(oral, "pass the delf b2 next july") == []


@pytest.mark.parametrize(
    "goal",
    [
        "pass the JLPT N2 next July, my listening is the weak part",
        "sit the japanese proficiency test at N4 level in december",
        "get through TOPIK I level 2 this spring for my course",
    ],
)
def test_a_reading_and_listening_exam_gets_no_writing_or_speaking_paper(goal):
    plan = offline_plan(goal, {"capacity": "an hour a day"})
    assert plan.metadata.field == "language"
    text = _said(plan).lower() + " " + " ".join(m.title.lower() for m in plan.milestones)
    for paper in ("writing task", "oral exam", "speaking task", "all 4 papers"):
        assert paper not in text, paper
    assert "listening" in text


@pytest.mark.parametrize(
    "goal", ["pass the DELF B2 in june", "pass the goethe B1 exam before my visa interview"]
)
def test_an_exam_with_four_papers_keeps_writing_and_speaking(goal):
    text = _said(offline_plan(goal)).lower()
    assert "writing task" in text and "speaking" in text


def test_the_subject_audit_counts_a_graded_plan_and_not_the_new_one(capsys):
    from evals import subject_audit

    rounds = "evals/rounds/2026-11-28-round18"
    subject_audit.main(["--stored", rounds])
    stored = capsys.readouterr().out
    assert "medical:" in stored and "reading_only_exam:" in stored
    plan = offline_plan(
        "my insurer wants to pay half of what the builder quoted for the fire damage",
        {"baseline": "one quote and the adjuster's letter"},
    )
    from collections import Counter

    bad: Counter[str] = Counter()
    subject_audit.foreign_steps(plan, "fire damage builder quoted insurer", bad)
    assert bad == Counter()


@pytest.mark.parametrize(
    ("goal", "parent"),
    [
        ("I'd like to see more of my mother, we've grown apart over the years", "your mother"),
        ("be a better son to my dad, we barely talk since the funeral", "your dad"),
        ("stop avoiding my parents, I want us to be close again", "your parents"),
    ],
)
def test_a_grown_up_with_a_parent_gets_the_parent_variant(goal, parent):
    plan = offline_plan(goal, {"capacity": "an hour on sundays", "deadline": "by next autumn"})
    assert plan.metadata.field == "family"
    words = " ".join([plan.goal.statement, *(m.title for m in plan.milestones)]).lower()
    assert parent in words
    assert "your child" not in words + task_titles(plan)
