"""Safety as data: a stated condition swaps the field's harmful moves for safe ones and puts
a clinician step in week one; the same words said about someone else change nothing."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.playbooks.cautions import all_cautions, cautions_for
from assistant.validators import errors, validate_plan

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)

# goal, answers, the caution's key, words that must be gone from every task, the clinician
CASES: list[tuple[str, dict[str, str], str, str, str]] = [
    (
        "lose the 25 lbs I gained this year, I'm 180 now",
        {"constraint": "history of disordered eating, calorie counting apps are dangerous for me"},
        "disordered_eating",
        r"calorie|weigh|food log|log (?:every|today'?s|the day'?s) meal|kitchen[- ]closed|snack swap",
        r"dietitian",
    ),
    (
        "eat healthier, I'm in recovery from anorexia and want more variety",
        {},
        "disordered_eating",
        r"calorie|weigh|restrict|cut out",
        r"dietitian",
    ),
    (
        "Type 1 diabetic. Get my time in range up and start lifting without going low",
        {"capacity": "gym 3x a week"},
        "type_1_diabetes",
        r"plate method|every carb|carbs last|metformin|low[- ]carb",
        r"endocrinologist|diabetes educator",
    ),
    (
        "quit smoking for good, I'm 14 weeks pregnant",
        {},
        "pregnancy",
        r"nicotine (?:patch|gum|lozenge|replacement)|varenicline|champix",
        r"midwife",
    ),
    (
        "fast the whole month of ramadan properly, I have to manage it with my diabetes",
        {},
        "diabetes_fasting",
        r"skip(?:ping)? (?:suhoor|sehri)",
        r"doctor or diabetes nurse",
    ),
    (
        "get back to running 5k after my stress fracture",
        {},
        "injury",
        r"all[- ]out|sprint|time trial|race pace",
        r"physio|doctor",
    ),
]


@pytest.mark.parametrize(
    ("goal", "answers", "key", "gone", "clinician"),
    CASES,
    ids=[c[2] + ":" + c[0][:30] for c in CASES],
)
def test_a_stated_condition_switches_to_safe_moves_with_a_clinician_first(
    goal, answers, key, gone, clinician
):
    plan = ENGINE.draft(goal, answers, TODAY)
    tasks = [t for m in plan.milestones for t in m.tasks]
    harmful = [t.title for t in tasks if re.search(gone, f"{t.title} {t.done_when}", re.I)]
    assert harmful == []
    first_fortnight = [t for t in plan.milestones[0].tasks if (t.due - TODAY).days <= 14]
    assert any(re.search(clinician, t.title, re.I) for t in first_fortnight)
    assert any(a.key == "safety" and a.source == "stated" for a in plan.assumptions)
    assert not errors(validate_plan(plan, SETTINGS, TODAY))


def test_without_the_condition_the_usual_moves_stay():
    plan = ENGINE.draft("lose the 25 lbs I gained this year, I'm 180 now", {}, TODAY)
    assert not any(a.key == "safety" for a in plan.assumptions)


@pytest.mark.parametrize(
    ("words", "field"),
    [
        ("quit smoking, my daughter is pregnant and i want to meet the grandkid", "smoking"),
        ("we need soc 2 type 1 done this year", "compliance"),
        ("i'm expecting a raise in march and want to save it", "savings"),
        ("get my a1c under 7, type 2 since last year", "blood_sugar"),
        ("ran a marathon, now want a sub 3:30", "running"),
    ],
)
def test_the_same_words_about_something_else_call_for_no_caution(words, field):
    assert cautions_for(words, field) == []


def test_every_caution_has_safe_variants_and_a_clinician():
    found = all_cautions()
    assert {c.key for c in found} >= {"disordered_eating", "type_1_diabetes", "pregnancy", "injury"}
    for c in found:
        assert c.instead and c.clinician.title and c.note
        assert not re.search(c.harmful, " ".join(s.title for s in c.instead), re.I)
