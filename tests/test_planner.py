"""The repair loop, engine-agnostic: bounded rounds, the best plan kept, evidence never lost."""

from __future__ import annotations

import copy
import importlib

import pytest

from assistant.config import Settings
from assistant.engines.base import PlanRejected
from assistant.errors import ModelError
from assistant.models import ModelCall, Plan
from assistant.planner import plan_goal, revise_plan
from assistant.validators import errors
from tests.plans import TODAY, good_plan_data


def good() -> Plan:
    return Plan.model_validate(good_plan_data())


def with_flaws(n: int) -> Plan:
    """The good plan with ``n`` (1-3) error findings planted."""
    data = copy.deepcopy(good_plan_data())
    tasks = [
        data["milestones"][0]["tasks"][0],
        data["milestones"][3]["tasks"][1],
        data["milestones"][1]["tasks"][1],
    ]
    for task in tasks[:n]:
        task["done_when"] = ""
    return Plan.model_validate(data)


class ScriptedEngine:
    """Drafts, repairs and revisions from lists; records what it was asked to fix."""

    name = "scripted"

    def __init__(
        self,
        draft: Plan | Exception,
        repairs: list[Plan | Exception] = (),
        revised: Plan | None = None,
    ):
        self._draft = draft
        self._repairs = list(repairs)
        self._revised = revised
        self.asked_to_fix: list[list[str]] = []

    def questions(self, goal, answers, today):
        return []

    def draft(self, goal, answers, today, progress):
        if isinstance(self._draft, Exception):
            raise self._draft
        return self._draft

    def repair(self, plan, findings, today, progress):
        self.asked_to_fix.append([f.code for f in findings])
        reply = self._repairs.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def revise(self, plan, instruction, today, progress):
        return self._revised or plan.next_version(instruction)


SETTINGS = Settings(_env_file=None)


def test_a_plan_that_passes_first_time_takes_no_repair():
    engine = ScriptedEngine(good())
    result = plan_goal(engine, "Run a half marathon", {}, SETTINGS, TODAY)
    assert (result.rounds, result.findings, engine.asked_to_fix) == (0, [], [])


def test_only_error_findings_go_back_and_a_fixed_plan_ends_the_loop():
    engine = ScriptedEngine(with_flaws(2), [good()])
    events = []
    result = plan_goal(engine, "g", {}, SETTINGS, TODAY, lambda *e: events.append(e))
    assert engine.asked_to_fix == [["task.no_done_when", "task.no_done_when"]]
    assert result.rounds == 1 and result.errors == [] and result.plan.metadata.repair_rounds == 1
    assert [stage for stage, _ in events] == ["drafting", "repairing", "done"]
    assert events[1][1] == "2 findings (round 1)"


def test_rounds_are_bounded_and_the_best_plan_wins():
    engine = ScriptedEngine(with_flaws(2), [with_flaws(1), with_flaws(3)])
    result = plan_goal(engine, "g", {}, SETTINGS, TODAY)
    assert result.rounds == 2
    assert len(result.errors) == 1  # the round-one plan, not the worse round-two one


def test_a_worse_repair_is_not_the_starting_point_of_the_next_round():
    engine = ScriptedEngine(with_flaws(1), [with_flaws(3), with_flaws(3)])
    plan_goal(engine, "g", {}, SETTINGS, TODAY)
    assert [len(codes) for codes in engine.asked_to_fix] == [1, 1]


def test_the_cost_of_a_rejected_repair_is_kept():
    drafted = with_flaws(1)
    drafted.metadata.calls = [ModelCall(purpose="draft")]
    worse = with_flaws(3)
    worse.metadata.calls = [ModelCall(purpose="draft"), ModelCall(purpose="repair", repair_round=1)]
    result = plan_goal(
        ScriptedEngine(drafted, [worse]),
        "g",
        {},
        Settings(_env_file=None, max_repair_rounds=1),
        TODAY,
    )
    assert [c.purpose for c in result.calls] == ["draft", "repair"]


@pytest.mark.parametrize("failure", [ModelError("HTTP 500"), PlanRejected("unusable")])
def test_a_failing_repair_keeps_the_plan_and_its_findings(failure):
    engine = ScriptedEngine(with_flaws(2), [failure])
    events = []
    result = plan_goal(engine, "g", {}, SETTINGS, TODAY, lambda *e: events.append(e))
    assert len(result.errors) == 2 and result.rounds == 0
    assert any("failed" in detail for _, detail in events)


def test_nothing_usable_from_the_draft_is_plan_rejected():
    with pytest.raises(PlanRejected, match="no usable plan"):
        plan_goal(
            ScriptedEngine(PlanRejected("no usable plan came back")), "g", {}, SETTINGS, TODAY
        )


def test_zero_repair_rounds_means_the_draft_as_is():
    engine = ScriptedEngine(with_flaws(2), [good()])
    result = plan_goal(engine, "g", {}, Settings(_env_file=None, max_repair_rounds=0), TODAY)
    assert result.rounds == 0 and len(result.errors) == 2 and engine.asked_to_fix == []


def test_a_revision_goes_through_the_same_loop():
    revised = with_flaws(1)
    engine = ScriptedEngine(good(), [good().next_version("fixed")], revised=revised)
    result = revise_plan(engine, good(), "make tasks smaller", SETTINGS, TODAY)
    assert engine.asked_to_fix == [["task.no_done_when"]]
    assert errors(result.findings) == [] and result.plan.version == 2


def test_the_offline_engine_passes_first_time():
    offline = importlib.import_module("assistant.engines.offline.engine")
    engine = offline.OfflineEngine(SETTINGS)
    result = plan_goal(
        engine, "Run a 10 km race by June", {"capacity": "4 hours a week"}, SETTINGS, TODAY
    )
    assert result.rounds == 0 and result.errors == []
