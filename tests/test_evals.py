"""The eval harness itself: cases are well-formed data and the evaluators judge real plans."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.validators import validate_plan
from evals import evaluators as ev
from evals.make_cases import CASES
from evals.run import load_cases, markdown, totals
from tests.plans import TODAY, good_plan, planted_bad_plan

KEYS = {"metric", "deadline", "capacity", "constraint", "owners", "baseline", "why"}


def test_cases_file_matches_its_source_and_covers_the_domains():
    cases = load_cases()
    assert [c["id"] for c in cases] == [c[0] for c in CASES]
    assert len(cases) >= 40
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["domain"] for c in cases} >= {
        "fitness",
        "health",
        "writing",
        "language",
        "skill",
        "study",
        "career",
        "startup",
        "launch",
        "money",
        "habit",
        "home",
        "event",
        "generic",
    }
    for case in cases:
        assert set(case["answers"]) <= KEYS, case["id"]
        assert case["must"] and all(
            m["what"] in {"milestone", "task", "plan"} and m["any"] for m in case["must"]
        )
    assert sum("owners" in c["answers"] for c in cases) >= 6  # team goals


def test_rules_verdict_follows_the_validators():
    assert ev.rules(validate_plan(good_plan(), Settings(), TODAY)).passed
    findings = validate_plan(planted_bad_plan(), Settings(), TODAY)
    bad = ev.rules(findings)
    n = sum(f.severity == "error" for f in findings)
    assert (
        not bad.passed
        and bad.reason.startswith(f"{n} errors: goal.not_specific")
        and bad.score < 0.1
    )


def test_must_have_matches_word_prefixes_in_the_right_place():
    plan = good_plan()
    assert ev.must_have(plan, {"what": "milestone", "any": ["10 km"], "why": "x"}).passed
    assert not ev.must_have(plan, {"what": "milestone", "any": ["calendar"], "why": "x"}).passed
    assert ev.must_have(plan, {"what": "task", "any": ["calendar"], "why": "x"}).passed
    # a prefix of a word matches, a fragment inside a word does not
    assert ev.must_have(plan, {"what": "task", "any": ["regist"], "why": "x"}).passed
    assert not ev.must_have(plan, {"what": "task", "any": ["egister"], "why": "x"}).passed


def test_constraint_and_assumption_checks():
    plan = good_plan()
    assert ev.constraint_attacked(plan, {"constraint": "work runs late so I skip runs"}).passed
    assert not ev.constraint_attacked(plan, {"constraint": "knee injury flares up"}).passed
    assert ev.assumptions_marked(plan, "Run a half marathon", {"capacity": "5 hours a week"}).passed
    missing = ev.assumptions_marked(plan, "Run a half marathon", {})
    assert not missing.passed and "capacity" in missing.reason
    stated = plan.model_copy(
        update={
            "assumptions": [a.model_copy(update={"source": "assumed"}) for a in plan.assumptions]
        }
    )
    assert not ev.assumptions_marked(
        stated, "Run a half marathon", {"baseline": "3 km", "capacity": "5h"}
    ).passed


def test_schedule_fit_on_a_plan_that_fits():
    assert ev.schedule_fit(good_plan(), Settings(), TODAY).passed


def test_report_totals_and_markdown():
    rows = [
        {
            "id": "a",
            "domain": "d",
            "goal": "g",
            "passed": True,
            "latency_ms": 3.0,
            "model_calls": 0,
            "verdicts": [{"name": "rules", "passed": True, "score": 1.0, "reason": "ok"}],
        },
        {
            "id": "b",
            "domain": "d",
            "goal": "g",
            "passed": False,
            "latency_ms": 5.0,
            "model_calls": 2,
            "tokens_in": 10,
            "tokens_out": 20,
            "verdicts": [
                {"name": "must: x", "passed": False, "score": 0.0, "reason": "no task | mentions y"}
            ],
        },
    ]
    summary = totals(rows)
    assert (
        summary["cases"],
        summary["passed"],
        summary["checks_passed"],
        summary["model_calls"],
    ) == (2, 1, 1, 2)
    md = markdown(rows, summary, "offline planner, no LLM", dt.date(2026, 11, 22))
    assert "**1/2 cases pass**" in md
    assert "| b | d | FAIL | 0/1 |" in md and "no task / mentions y" in md
