"""Draft or revise a plan, validate it, send error findings back for a bounded number of repairs.

The same loop serves every engine: the offline engine passes first time, a language model may
need a round or two. When rounds run out the person gets the best plan (fewest errors) with its
remaining findings listed, never a crash and never a silently wrong plan.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import ValidationError

from assistant.config import Settings
from assistant.engines.base import Engine, PlanRejected, Progress, no_progress
from assistant.engines.select import engine_label
from assistant.errors import InputError, ModelError
from assistant.models import Finding, ModelCall, Plan, Request
from assistant.validators import errors, validate_plan

MAX_WORD_CHARS = 200


@dataclass
class PlanResult:
    """A plan, what the rules still say about it, its repair rounds and the calls they cost."""

    plan: Plan
    findings: list[Finding]
    rounds: int = 0
    calls: list[ModelCall] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return errors(self.findings)


def plan_goal(
    engine: Engine,
    goal: str,
    answers: dict[str, str],
    settings: Settings,
    today: dt.date,
    progress: Progress = no_progress,
) -> PlanResult:
    """Draft a plan for ``goal`` and repair it until it passes the rules or rounds run out."""
    check_goal_text(goal, answers)
    progress("drafting", f"writing a plan ({engine_label(engine, settings)})")
    with _storable("this goal"):
        plan = engine.draft(goal, dict(answers), today, progress)
        plan = plan.model_copy(update={"request": Request(goal_text=goal, answers=dict(answers))})
    return _settle(engine, plan, settings, today, progress)


def check_goal_text(goal: str, answers: dict[str, str] | None = None) -> None:
    """InputError for text no plan can be made from: undecodable bytes, a giant unbroken word."""
    from assistant.reading import has_surrogate

    for text in [goal, *(answers or {}).values()]:
        if has_surrogate(text):
            raise InputError(
                f"{text[:40].encode('utf-8', 'replace').decode()!r} holds bytes that are not "
                "UTF-8 text; retype it"
            )
    longest = max(goal.split(), key=len, default="")
    if len(longest) > MAX_WORD_CHARS:
        raise InputError(
            f"the goal holds a {len(longest):,}-character word ({longest[:30]}...); shorten it "
            f"or leave it out (words up to {MAX_WORD_CHARS} characters)"
        )


def revise_plan(
    engine: Engine,
    plan: Plan,
    instruction: str,
    settings: Settings,
    today: dt.date,
    progress: Progress = no_progress,
) -> PlanResult:
    """A new version of ``plan`` following a plain-words request, repaired like a fresh draft."""
    progress(
        "drafting", f"revising the plan ({engine_label(engine, settings)}): {instruction[:80]}"
    )
    with _storable("this change"):
        revised = engine.revise(plan, instruction, today, progress)
    return _settle(engine, revised, settings, today, progress)


def _settle(
    engine: Engine, plan: Plan, settings: Settings, today: dt.date, progress: Progress
) -> PlanResult:
    findings = validate_plan(plan, settings, today)
    best, best_findings = plan, findings
    rounds = 0
    while errors(best_findings) and rounds < settings.max_repair_rounds:
        rounds += 1
        to_fix = errors(best_findings)
        progress(
            "repairing", f"{len(to_fix)} finding{'s' if len(to_fix) != 1 else ''} (round {rounds})"
        )
        try:
            candidate = engine.repair(best, to_fix, today, progress)
        except (ModelError, PlanRejected, ValidationError) as exc:
            # A failed repair must not lose the plan we already have: keep it and say so.
            progress("repairing", f"repair round {rounds} failed: {exc}")
            rounds -= 1
            break
        candidate_findings = validate_plan(candidate, settings, today)
        if len(errors(candidate_findings)) <= len(errors(best_findings)):
            best, best_findings = candidate, candidate_findings
        else:
            best = _with_calls(best, candidate.metadata.calls)
    best = best.model_copy(
        update={"metadata": best.metadata.model_copy(update={"repair_rounds": rounds})}
    )
    left = len(errors(best_findings))
    progress(
        "done",
        "plan passes every rule"
        if not left
        else f"{left} error finding{'s' if left != 1 else ''} left after {rounds} repair round(s)",
    )
    return PlanResult(best, best_findings, rounds, list(best.metadata.calls))


@contextlib.contextmanager
def _storable(what: str) -> Iterator[None]:
    """A plan the engine could not make valid (a date or text out of bounds) is one clear error."""
    try:
        yield
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"])) or "plan"
        raise PlanRejected(
            f"{what} led to a plan that cannot be kept: {where}: {err['msg']}"
        ) from None


def _with_calls(plan: Plan, calls: list[ModelCall]) -> Plan:
    """The plan with the calls of a rejected repair added, so their cost is not lost.

    A repaired plan carries the calls of the plan it was repaired from, then its own.
    """
    extra = calls[len(plan.metadata.calls) :]
    if not extra:
        return plan
    metadata = plan.metadata.model_copy(update={"calls": [*plan.metadata.calls, *extra]})
    return plan.model_copy(update={"metadata": metadata})
