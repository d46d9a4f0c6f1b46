"""Prompt templates: every one renders, a missing variable is loud, and they ship in the wheel."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jinja2
import pytest

from assistant.config import Settings
from assistant.engines.llm.drafts import PlanDraft, draft_from_plan
from assistant.models import Plan
from assistant.prompting import render, rules, template_names
from tests.llm_support import LLM_TODAY, good_draft
from tests.plans import good_plan_data

REPO = Path(__file__).resolve().parents[1]


def variables(name: str) -> dict:
    settings = Settings(_env_file=None)
    plan = Plan.model_validate(good_plan_data())
    common = {"today": LLM_TODAY, "rules": rules(settings)}
    per_template = {
        "system.jinja": {},
        "clarify.jinja": {
            "goal": "Get fit",
            "answers": {"capacity": "4 hours a week"},
            "gaps": ["measurable: no number"],
            "candidates": [],
            "max_questions": 5,
        },
        "draft_plan.jinja": {
            "goal": "Run a half marathon",
            "answers": {"deadline": "by June"},
            "missing": ["capacity"],
            "gaps": [],
        },
        "repair_plan.jinja": {
            "plan": good_draft(),
            "findings": [
                {
                    "code": "task.too_big",
                    "path": "milestones[0].tasks[1]",
                    "message": "Too big.",
                    "suggestion": "Split it.",
                }
            ],
        },
        "revise_plan.jinja": {
            "plan": draft_from_plan(plan),
            "instruction": "I only have 4 hours a week",
        },
        "diagnose.jinja": {
            "plan": plan,
            "question": "Why am I stuck?",
            "signals": ["3 slipped tasks"],
            "reviews": [{"week_of": "2026-12-04", "text": "Slipped: t3: work ran late"}],
        },
    }
    return {**common, **per_template[name]}


def test_every_template_is_covered_here():
    assert set(template_names()) == {
        "system.jinja",
        "clarify.jinja",
        "draft_plan.jinja",
        "repair_plan.jinja",
        "revise_plan.jinja",
        "diagnose.jinja",
    }


@pytest.mark.parametrize("name", template_names())
def test_every_template_renders_with_todays_date(name):
    text = render(name, **variables(name))
    assert LLM_TODAY.isoformat() in text
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize("name", [n for n in template_names() if n != "system.jinja"])
def test_a_missing_variable_raises(name):
    given = variables(name)
    missing = next(k for k in given if k not in {"today", "rules"})
    del given[missing]
    with pytest.raises(jinja2.UndefinedError):
        render(name, **given)


def test_system_prompt_needs_today():
    with pytest.raises(jinja2.UndefinedError):
        render("system.jinja")


def test_plan_prompts_teach_the_method_with_the_configured_thresholds():
    settings = Settings(_env_file=None, task_max_minutes=90, capacity_slack=0.25)
    text = render("draft_plan.jinja", **{**variables("draft_plan.jinja"), "rules": rules(settings)})
    for idea in (
        "ONE constraint",
        "RESULT",
        "quick win",
        "attacks_constraint = true",
        "done_when",
        "Leading indicators",
        "assumed",
    ):
        assert idea in text, idea
    assert "15-90 minutes" in text
    assert "75% of capacity" in text
    assert 'source "assumed"' in text and "capacity" in text.split("Not answered")[1]


def test_repair_prompt_lists_exactly_the_findings_with_fixes():
    text = render("repair_plan.jinja", **variables("repair_plan.jinja"))
    assert "Fix exactly these" in text
    assert "[task.too_big] at milestones[0].tasks[1]: Too big. Fix: Split it." in text


def _keys(value) -> dict:
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items()}
    if isinstance(value, list) and value:
        merged: dict = {}
        for item in value:
            sub = _keys(item)
            if isinstance(sub, dict):
                merged.update(sub)
        return merged
    return {}


def test_the_json_shape_in_the_prompt_matches_the_draft_schema():
    text = render("draft_plan.jinja", **variables("draft_plan.jinja"))
    block = text[
        text.index('{"goal"') : text.index('"review_day": "friday"}')
        + len('"review_day": "friday"}')
    ]
    shown = _keys(json.loads(block))
    expected = _keys(json.loads(PlanDraft.model_validate(good_draft()).model_dump_json()))
    shown_tasks = shown["milestones"]["tasks"]
    assert set(shown) == set(expected)
    assert set(shown_tasks) == set(expected["milestones"]["tasks"])
    assert set(shown["goal"]["metric"]) == set(expected["goal"]["metric"])


def test_clarify_prompt_shows_gaps_and_what_is_already_answered():
    text = render("clarify.jinja", **variables("clarify.jinja"))
    assert "- capacity: 4 hours a week" in text
    assert "measurable: no number" in text
    assert re.search(r"0 to 5 questions", text)


@pytest.mark.slow
def test_the_wheel_ships_the_prompt_templates(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for item in ("pyproject.toml", "README.md", "LICENSE", "assistant", "prompts", "ui"):
        path = REPO / item
        if path.is_dir():
            shutil.copytree(path, source / item, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.exists():
            shutil.copy(path, source / item)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            str(source),
            "-w",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0 and re.search(
        r"No matching distribution|Could not find a version|"
        r"NewConnectionError|Network is unreachable",
        result.stderr,
    ):
        pytest.skip("the build backend could not be fetched from the package registry")
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next((tmp_path / "out").glob("goalsmith-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n for n in names if n.startswith("prompts/") and n.endswith(".jinja")}
    expected = {f"prompts/{p.name}" for p in (REPO / "prompts").glob("*.jinja")}
    assert {
        "prompts/clarify.jinja",
        "prompts/draft_plan.jinja",
        "prompts/repair_plan.jinja",
        "prompts/diagnose.jinja",
    } <= shipped
    assert shipped == expected
    assert "assistant/data/lexicon.toml" in names  # the word lists the rules read
