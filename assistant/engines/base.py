"""The small interface both engines implement; nothing else cares which one runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from pydantic import BaseModel, Field

from assistant.errors import GoalsmithError
from assistant.models import Diagnosis, Finding, Plan

# Progress events for the CLI and UI: ("asking" | "drafting" | "repairing" | "done", detail).
Progress = Callable[[str, str], None]


def no_progress(stage: str, detail: str) -> None:
    """Default progress sink: say nothing."""


class PlanRejected(GoalsmithError):
    """No usable plan came back; carries the last attempt and its findings as evidence."""

    exit_code = 3

    def __init__(
        self,
        message: str,
        plan: Plan | None = None,
        findings: list[Finding] | None = None,
        raw: Any = None,
    ) -> None:
        super().__init__(message)
        self.plan = plan
        self.findings = findings or []
        self.raw = raw


class Question(BaseModel):
    """One constraint question, with a stable key and why it is asked."""

    key: str = Field(pattern=r"^[a-z_]+$")
    question: str
    why: str


class Engine(Protocol):
    """Asks constraint questions, drafts and repairs plans, applies plain-word revisions."""

    name: str  # "offline" or "llm"

    def questions(self, goal: str, answers: dict[str, str], today: dt.date) -> list[Question]:
        """2-5 questions about what is missing or ambiguous; [] when nothing is."""
        ...

    def draft(
        self, goal: str, answers: dict[str, str], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """A complete plan; anything not answered becomes an assumption marked ``assumed``."""
        ...

    def repair(
        self, plan: Plan, findings: list[Finding], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """A new plan that fixes exactly the given error findings (may return an equal plan)."""
        ...

    def revise(
        self, plan: Plan, instruction: str, today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """A new version of the plan following a plain-words request; never mutates ``plan``."""
        ...


class StallWriter(Protocol):
    """An engine that writes the answer to "why did this goal stall?" from the same signals and
    review excerpts the offline rules use (the LLM engine); its citations are checked after."""

    def diagnose(
        self,
        plan: Plan,
        question: str,
        signals: list[str],
        reviews: list[dict[str, Any]],
        today: dt.date,
    ) -> Diagnosis:
        """Causes of the stall, each citing review weeks; reviews are {week_of, text} dicts."""
        ...
