"""`goalsmith questions` and `goalsmith plan --offline` as real processes, no key, no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

TODAY = "2026-03-02"


def goalsmith(*args: str, home) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GOALSMITH_"))}
    env["GOALSMITH_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_questions_json_asks_only_what_is_missing(tmp_path):
    result = goalsmith(
        "questions",
        "Run a half marathon by 1 October, 4 hours a week",
        "--json",
        "--today",
        TODAY,
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    asked = json.loads(result.stdout)
    assert len(asked) <= 3 and {q["key"] for q in asked}.isdisjoint({"deadline", "capacity"})
    assert set(asked[0]) == {"key", "question", "why"}


def test_questions_text_for_a_vague_goal(tmp_path):
    result = goalsmith("questions", "get fit", "--today", TODAY, home=tmp_path)
    assert result.returncode == 0
    assert "[metric]" in result.stdout and "why:" in result.stdout


def test_plan_json_has_plan_and_findings_and_no_errors(tmp_path):
    result = goalsmith(
        "plan",
        "Learn Spanish",
        "--offline",
        "--json",
        "--answer",
        "capacity=30 min a day",
        "-a",
        "deadline=by December",
        "--today",
        TODAY,
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    plan = payload["plan"]
    # "30 min a day" is kept whole: the week is booked with a margin around it, and said so
    assert plan["capacity_hours_per_week"] >= 3.5 and plan["goal"]["deadline"] == "2026-12-31"
    said = next(a["text"] for a in plan["assumptions"] if a["key"] == "capacity")
    assert said.startswith("3.5 hours a week of practice as you said (30 min a session)"), said
    assert plan["metadata"]["engine"] == "offline"
    assert [f for f in payload["findings"] if f["severity"] == "error"] == []
    assert {a["key"] for a in plan["assumptions"] if a["source"] == "assumed"} >= {"constraint"}


def test_plan_text_reads_as_a_plan(tmp_path):
    result = goalsmith(
        "plan", "save $5,000 for a car by Christmas", "--offline", "--today", TODAY, home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "1. $1,250 saved in the goal account" in out and "done when:" in out
    assert "assumed:" in out and out.strip().splitlines()[-1].startswith("passes")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--answer", "capacity"), "expected KEY=VALUE"),
        (("--answer", "=4 hours"), "expected KEY=VALUE"),
        (("--answer", "capacity=lots"), "capacity 'lots'"),
        (("--answer", "deadline=someday maybe"), "deadline"),
        (("--today", "tomorrow"), "--today"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(tmp_path, args, fragment):
    result = goalsmith("plan", "learn guitar", "--offline", *args, home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in result.stderr


def test_empty_goal_is_refused(tmp_path):
    result = goalsmith("questions", "  ", home=tmp_path)
    assert result.returncode == 2 and "empty" in result.stderr


def test_plan_save_stores_the_plan(tmp_path):
    result = goalsmith(
        "plan", "Write a novel", "--offline", "--save", "--json", "--today", TODAY, home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    plan_id = json.loads(result.stdout)["plan"]["id"]
    listed = goalsmith("list", home=tmp_path)
    assert plan_id in listed.stdout
