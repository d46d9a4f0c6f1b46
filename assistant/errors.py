"""The few exception types Goalsmith raises; each message says what to do about it.

The CLI and the UI turn these into one-line messages in one place each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.models import Finding, Plan


class GoalsmithError(Exception):
    """Base class: the message is shown to the person as is, on one line."""

    exit_code = 1


class InputError(GoalsmithError):
    """The person's input (a file, an argument, a line on stdin) cannot be used."""

    exit_code = 2


class NotFound(GoalsmithError):
    """A plan, task or review id that does not exist for this user."""

    exit_code = 2


class ModelError(GoalsmithError):
    """The configured language model could not be reached or answered unusably."""

    exit_code = 3


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
