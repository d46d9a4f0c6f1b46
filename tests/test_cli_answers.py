"""`goalsmith plan` and `questions` read answers with the chat's answer reader."""

from __future__ import annotations

import json

from assistant.cli import planning
from assistant.engines.base import Question
from tests.cli_inprocess import run_cli
from tests.plans import TODAY

TEAM_GOAL = "Our team wants to launch the app"


def test_time_each_is_multiplied_by_the_named_owners():
    out = run_cli(
        "plan", TEAM_GOAL, "--offline", "--json", "--today", str(TODAY),
        "--answer", "owners=Ana, Ben and me",
        "--answer", "capacity=we each have about 10 hours a week",
    )  # fmt: skip
    plan = json.loads(out.out)["plan"]
    assert plan["capacity_hours_per_week"] == 30 and plan["owners"] == ["Ana", "Ben", "me"]


def test_an_answer_that_does_not_read_is_one_line_naming_what_was_wrong():
    out = run_cli(
        "questions",
        "Learn Spanish",
        "--today",
        str(TODAY),
        "--answer",
        "capacity=I lose motivation",
    )
    lines = out.err.strip().splitlines()
    assert out.code == 2 and len(lines) == 1
    assert "capacity 'I lose motivation'" in lines[0] and "hours a week" in lines[0]


def test_a_deadline_typo_is_read():
    out = run_cli(
        "plan", "Learn Spanish", "--offline", "--json", "--today", str(TODAY),
        "--answer", "deadline=by jnue",
    )  # fmt: skip
    assert json.loads(out.out)["plan"]["goal"]["deadline"] == "2027-06-30"


def test_interactive_prompts_ask_once_again_then_leave_it_to_assume(monkeypatch):
    replies = iter(
        ["I lose motivation", "still motivation", "by jnue", "we each have 5 hours", "3"]
    )
    asked: list[str] = []

    def prompt(text, **_):
        asked.append(text)
        return next(replies)

    monkeypatch.setattr(planning.typer, "prompt", prompt)
    questions = [Question(key=k, question=f"{k}?", why="-") for k in ("capacity", "deadline")]
    got = planning._ask_interactively(questions, "Learn Spanish", TODAY)
    assert got == {"deadline": "by jnue"} and len(asked) == 3
    assert "hours a week" in asked[1]  # the clarifying question, not the same one again
    team = [Question(key="capacity", question="capacity?", why="-")]
    replies = iter(["we each have 5 hours a week", "3"])
    assert planning._ask_interactively(team, TEAM_GOAL, TODAY) == {"capacity": "15 hours a week"}
