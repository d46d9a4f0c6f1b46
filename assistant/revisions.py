"""A revision as the chat and the CLI see it: the new version with its diff, or undo.

A request that changes nothing is refused (no identical version is ever saved as
"revised"); "undo" and "go back to version N" restore an earlier version as a new one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.config import Settings
from assistant.engines.base import Engine, Progress, no_progress
from assistant.errors import GoalsmithError, InputError, NotFound
from assistant.models import Finding, Plan
from assistant.plan_edits import PlanDiff, diff_plans, restore_version
from assistant.planner import revise_plan
from assistant.validators import validate_plan

_UNDO_RE = re.compile(
    r"^\W*(?:please\s|ok\W*|okay\W*|actually\W*|hmm\W*|no\W*|oops\W*|wait\W*|sorry\W*|"
    r"hold on\W*|ah\W*|argh\W*|ugh\W*|whoops\W*)*(?:can you\s|could you\s)?"
    r"(?:undo|revert|roll ?back|go back|take (?:that|it) back|put (?:it|that) back|restore|"
    r"reverse)\b(.*)$",
    re.IGNORECASE,
)
_VERSION_RE = re.compile(r"\b(?:version|v)\s?#?(\d+)\b", re.IGNORECASE)


@dataclass
class Revision:
    """The new version (saved by the caller), what the rules say about it, and its diff."""

    plan: Plan
    findings: list[Finding]
    diff: PlanDiff

    def markdown(self) -> str:
        note = self.plan.metadata.revision_note or "revised"
        return f"Revised (version {self.plan.version}): {note}.\n\n{self.diff.markdown()}"


def undo_target(text: str, current: Plan) -> int | None:
    """The version an undo request goes back to, or None when the text is not an undo."""
    m = _UNDO_RE.match(text.strip())
    if not m:
        return None
    named = _VERSION_RE.search(m.group(1))
    if named:
        return int(named.group(1))
    return current.metadata.parent_version or current.version - 1


def revise(
    engine: Engine,
    plan: Plan,
    instruction: str,
    settings: Settings,
    today: dt.date,
    earlier: Callable[[int], Plan],
    progress: Progress = no_progress,
) -> Revision:
    """Undo to an earlier version, or revise through the engine; InputError if nothing changed."""
    target = undo_target(instruction, plan)
    if target is not None:
        if not 1 <= target <= plan.version:
            raise InputError(
                f"there is no version {target} to go back to; this plan is at version "
                f"{plan.version}" + ("" if plan.version > 1 else " (nothing to undo yet)")
            )
        if target == plan.version:
            raise InputError(f"the plan is already at version {target}")
        try:
            old = earlier(target)
        except (NotFound, KeyError):
            raise InputError(f"version {target} of this plan is not stored") from None
        new = restore_version(plan, old)
        findings = validate_plan(new, settings, today)
    else:
        result = revise_plan(engine, plan, instruction, settings, today, progress)
        new, findings = result.plan, result.findings
    diff = diff_plans(plan, new)
    if diff.same:
        raise InputError(
            f"that leaves the plan exactly as it is (version {plan.version}), so nothing was "
            "saved; say what to change, e.g. 'break down t2' or 'push it back 2 weeks'"
        )
    return Revision(new, findings, diff)


def revise_before_use(
    engine: Engine,
    plan: Plan,
    changes: list[str],
    settings: Settings,
    today: dt.date,
    progress: Progress = no_progress,
) -> tuple[Plan, list[Finding] | None, list[str]]:
    """Changes asked for before the plan existed, made to it one by one: the plan (still
    version 1, since nobody saw it without them), its findings (None if nothing changed) and
    one line per change saying what was done or why not."""
    findings: list[Finding] | None = None
    lines = []
    versions = {plan.version: plan}
    for change in changes:
        try:
            done = revise(engine, plan, change, settings, today, versions.__getitem__, progress)
        except GoalsmithError as exc:
            lines.append(f"- {change!r}: not made ({str(exc).rstrip('.')}); ask again below.")
            continue
        plan, findings = done.plan, done.findings
        versions[plan.version] = plan
        lines.append(f"- {change!r}: {plan.metadata.revision_note or 'made'}.")
    first = plan.model_copy(update={"version": 1})
    first.metadata = plan.metadata.model_copy(update={"parent_version": None})
    return first, findings, lines
