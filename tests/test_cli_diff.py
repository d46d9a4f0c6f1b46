"""`goalsmith diff`: the same diff the chat shows, between any two stored versions."""

from __future__ import annotations

import pytest

from assistant.engines.offline.engine import OfflineEngine
from assistant.store import Store
from tests.cli_inprocess import run_cli
from tests.memory_fixtures import settings  # noqa: F401
from tests.offline_goals import TODAY


@pytest.fixture
def versions(settings):  # noqa: F811
    engine, store = OfflineEngine(settings), Store(settings.db_path)
    plan = store.save_plan(engine.draft("I want to get fit by April", {}, TODAY))
    store.save_plan(engine.revise(plan, "push it back 2 weeks", TODAY))
    store.save_plan(engine.revise(store.get_plan(plan.id), "break down t2", TODAY))
    return plan


def test_diff_shows_the_latest_change_by_default(versions):
    out = run_cli("diff", versions.id)
    assert out.code == 0 and "Changes from version 2 to 3" in out.out
    assert "- Add '" in out.out and "- Rename '" in out.out and "Planned time" in out.out


def test_diff_between_two_named_versions(versions):
    out = run_cli("diff", versions.id, "1", "2")
    assert out.code == 0 and "Deadline: " in out.out and "Dates moved on" in out.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["p-nothere"], "no plan 'p-nothere'"),
        (["{id}", "1", "7"], "has no version 7; its versions are 1, 2, 3"),
        (["{id}", "x"], "Invalid value"),
    ],
)
def test_bad_plan_or_version_is_one_line_and_exit_2(versions, args, message):
    out = run_cli("diff", *(a.format(id=versions.id) for a in args))
    assert out.code == 2 and message in out.err and "Traceback" not in out.err


def test_help_says_what_it_compares():
    out = run_cli("diff", "--help")
    assert out.code == 0 and "V1" in out.out and "hours a week before and after" in out.out
