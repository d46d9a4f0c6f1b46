"""`goalsmith list/show/done/review/why` as a person meets them, with GOALSMITH_HOME in tmp."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.cli.reviewing import ask_review
from assistant.store import Store
from tests.cli_inprocess import run_cli
from tests.memory_fixtures import embedding_function, settings  # noqa: F401
from tests.plans import TODAY
from tests.review_histories import too_big


@pytest.fixture
def run(settings, embedding_function, monkeypatch, capsys):  # noqa: F811
    """Run the CLI in-process (the model stays loaded); returns (exit code, stdout, stderr)."""

    def invoke(*args: str, stdin: str = ""):
        outcome = run_cli(*args, stdin=stdin)
        return outcome.code, outcome.out, outcome.err

    return invoke


@pytest.fixture
def stored(settings):  # noqa: F811
    plan, reviews = too_big()
    Store(settings.db_path).save_plan(plan)
    return plan, reviews


def _json(review) -> str:
    return review.model_dump_json(exclude={"id", "plan_id"})


def test_help_names_every_command_and_each_has_help():
    env_run = [sys.executable, "-m", "assistant"]
    listing = subprocess.run(
        [*env_run, "--help"], capture_output=True, text=True, timeout=60
    ).stdout
    for command in ("list", "show", "done", "review", "why"):
        assert command in listing
        result = subprocess.run(
            [*env_run, command, "--help"], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and "Usage" in result.stdout


def test_list_show_and_done(run, stored):
    plan, _ = stored
    code, out, _ = run("list")
    assert code == 0 and plan.id in out and "0/32" in out  # sessions: one-offs and repeats
    code, out, _ = run("show", plan.id)
    assert code == 0 and "[ ] t1" in out and "Milestone 1" in out
    code, out, _ = run("done", plan.id, "t1")
    assert code == 0 and "t1 is done" in out
    assert "[x] t1" in run("show", plan.id)[1] and "1/32" in run("list")[1]
    assert "t1 is todo" in run("done", plan.id, "t1", "--undo")[1]
    assert "[ ] t1" in run("show", plan.id)[1]
    assert json.loads(run("list", "--json")[1])[0]["version"] == 1
    assert json.loads(run("show", plan.id, "--json", "--version", "1")[1])["id"] == plan.id


def test_list_says_how_to_start_when_empty(run):
    code, out, _ = run("list")
    assert code == 0 and "No plans stored yet" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (("show", "p-nope"), "no plan 'p-nope'"),
        (("show", "p-toobig", "--version", "7"), "has no version 7"),
        (("done", "p-toobig", "zz"), "has no task 'zz'"),
        (("done", "p-toobig", "t1", "--undo", "--drop"), "exclude each other"),
        (("why", "p-nope", "why?"), "no plan 'p-nope'"),
        (("review", "p-nope"), "no plan 'p-nope'"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(run, stored, args, message):
    code, out, err = run(*args)
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_review_from_file_and_stdin_is_stored_and_searchable(run, stored, settings, tmp_path):  # noqa: F811
    plan, reviews = stored
    path = tmp_path / "review.json"
    path.write_text(_json(reviews[0]))
    code, out, err = run("review", plan.id, "--file", str(path))
    assert code == 0 and "Saved review" in out and err == ""
    code, out, _ = run("review", plan.id, stdin=_json(reviews[1]))
    assert code == 0 and "Saved review" in out
    assert [r.week_of for r in Store(settings.db_path).reviews(plan.id)] == [
        reviews[0].week_of,
        reviews[1].week_of,
    ]
    assert Store(settings.db_path).unindexed_reviews() == []


@pytest.mark.parametrize(
    "stdin, message",
    [
        ("", "empty"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"confidence": 11}', "confidence"),
        ('{"confidence": 5, "done": ["zz"]}', "'zz'"),
        ('{"confidence": 5, "done": ["t1"], "slipped": ["t1"]}', "both done and slipped"),
        ('{"confidence": 5, "plan_id": "p-other"}', "not 'p-toobig'"),
        ('{"confidence": 5, "week_of": "last week"}', "week_of"),
    ],
)
def test_bad_reviews_get_one_line_exit_2_and_store_nothing(run, stored, settings, stdin, message):  # noqa: F811
    code, _, err = run("review", "p-toobig", stdin=stdin)
    assert code == 2 and message in err and err.count("\n") == 1
    assert Store(settings.db_path).reviews("p-toobig") == []


def test_review_file_that_does_not_exist(run, stored, tmp_path):
    code, _, err = run("review", "p-toobig", "--file", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_interactive_review_asks_each_question_and_retries_a_typo(stored):
    plan, _ = stored
    answers = iter(
        [
            "2026-11-30",
            "t1, t2",
            "tb",
            "it needs a whole afternoon",
            "new job",
            "",
            "abc",
            "4.5",
            "",
            "12",
            "7",
            "tired",
        ]
    )
    asked: list[str] = []

    def ask(question, default="", show_default=True):
        asked.append(question)
        return next(answers)

    review = ask_review(plan, TODAY, ask, lambda _: None)
    assert review.done == ["t1", "t2"] and review.slipped[0].reason == "it needs a whole afternoon"
    assert review.metric_readings[0].value == 4.5 and review.confidence == 7
    assert asked.count("Confidence you will reach the goal, 1-10") == 2  # 12 was refused


def test_why_answers_with_citations_and_apply_saves_a_new_version(
    run,
    stored,
    settings,  # noqa: F811
    monkeypatch,
):
    import assistant.stall_fixes as fixes

    monkeypatch.setattr(fixes, "revision_engine", lambda settings: None)
    plan, reviews = stored
    for r in reviews:
        assert run("review", plan.id, stdin=_json(r))[0] == 0
    code, out, _ = run("why", plan.id, "Why do I never finish the nutrition plan?")
    assert code == 0 and "too big" in out and f"week of {reviews[0].week_of}" in out
    code, out, _ = run("why", plan.id, "why?", "--json")
    data = json.loads(out)
    assert data["causes"][0]["code"] == "task_too_big" and data["applied_version"] is None
    code, out, _ = run("why", plan.id, "why?", "--apply")
    assert code == 0 and "saved p-toobig v2, which changes:" in out
    # split into its act's steps: a document is outlined, drafted, then finished
    assert "- Add 'Outline a 12-week nutrition plan in 5 lines: what it must say, in order'" in out
    assert "240 → 72 min a session" in out  # the last of the 3 steps: its share of the 4 hours
    assert Store(settings.db_path).versions(plan.id) == [1, 2]


def test_delete_asks_for_yes_and_then_removes_every_version_and_review(run, stored, settings):  # noqa: F811
    plan, reviews = stored
    assert run("review", plan.id, stdin=_json(reviews[0]))[0] == 0
    code, _, err = run("delete", plan.id)  # not a terminal: nothing asked, nothing deleted
    assert code != 0 and "add --yes to confirm" in err and "Traceback" not in err
    assert Store(settings.db_path).versions(plan.id) == [1]
    code, out, _ = run("delete", plan.id, "--yes")
    assert code == 0 and f"Deleted {plan.id}" in out
    store = Store(settings.db_path)
    assert store.list_plans() == [] and store.reviews(plan.id) == []
    code, _, err = run("delete", plan.id, "--yes")
    assert code != 0 and "no plan 'p-toobig'" in err
