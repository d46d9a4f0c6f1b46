"""The LLM's brief skips embedding a goal its keywords already route, and says the same."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from assistant.engines.llm.field_brief import field_brief
from assistant.playbooks import routing
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent
ROUND17 = ROOT / "evals" / "rounds" / "2026-11-28-round17" / "goals.jsonl"


def _eval_goals() -> list[tuple[str, dict[str, str]]]:
    """The eval cases' goals, and round 17's goals with the person's answers."""
    cases = [json.loads(line) for line in (ROOT / "evals" / "cases.jsonl").open()]
    found = [(c["goal"], {}) for c in cases]
    for line in ROUND17.open():
        if line.strip():
            row = json.loads(line)
            answers = row.get("answers") or {}
            found += [(row["goal"], {}), (row["goal"], {k: str(v) for k, v in answers.items()})]
    return found


def test_the_brief_is_the_same_with_and_without_the_skip_on_every_eval_goal(monkeypatch):
    import assistant.engines.llm.field_brief as brief
    from assistant.understanding import once

    def full_route(goal, answers, today, field_only=False):
        return understand(goal, answers, today)  # as before the skip: always embedded

    skipped = 0
    for goal, answers in _eval_goals():
        with monkeypatch.context() as m:
            m.setattr(brief, "understood", full_route)
            before = field_brief(goal, answers, TODAY)
        once.forget()  # the brief reads the goal itself, with the skip (no whole reading kept)
        after = field_brief(goal, answers, TODAY)
        assert after == before, goal
        quick = understand(goal, answers, TODAY, field_only=True)
        skipped += quick.route is not None and math.isnan(quick.route.similarity)
    assert skipped >= 5  # the skip is really taken on goals whose keywords decide them


@pytest.mark.parametrize(
    "goal",
    [
        "pay off my 4000 credit card debt by summer",
        "Save $3,000 for an emergency fund by June",
        "lose 8 kg before my sister's wedding in june",
    ],
)
def test_a_goal_its_keywords_decide_is_routed_without_its_embedding(goal, monkeypatch):
    full = understand(goal, {}, TODAY)
    assert full.route is not None and full.route.field is not None
    assert not math.isnan(full.route.similarity)  # the full route reads the meaning

    def no_embedding(*args, **kwargs):
        raise AssertionError("the goal was embedded")

    monkeypatch.setattr(routing, "similarities", no_embedding)
    quick = understand(goal, {}, TODAY, field_only=True)
    assert quick.route is not None and quick.route.field is full.route.field
    assert math.isnan(quick.route.similarity)


def test_a_goal_whose_keywords_do_not_decide_it_still_reads_the_meaning():
    from assistant.understanding.goal import ROUTABLE

    for goal in (
        "get my sleep sorted and stop needing 4 coffees a day",
        "organise the pantry and the fridge before christmas",
        "rebuild my relationship with my son, we only talk about chores",
    ):
        assert routing.keyword_sure(goal, ROUTABLE, money=False) is None, goal
