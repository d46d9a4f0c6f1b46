"""Plan edit operations shared by revisions, repairs, "why stalled" Apply and undo.

One place splits a task, moves a deadline, drops or adds a milestone, restores a version and
says what changed between two versions; engines, the conversation and the CLI call these.
"""

from assistant.plan_edits.breakdown import break_down, split_by_limit
from assistant.plan_edits.core import core_weeks, keep_core
from assistant.plan_edits.diff import PlanDiff, diff_plans
from assistant.plan_edits.ops import (
    add_milestone,
    drop_milestone,
    fresh_ids,
    move_deadline,
    replace_task,
    restore_version,
)

__all__ = [
    "PlanDiff",
    "add_milestone",
    "break_down",
    "core_weeks",
    "diff_plans",
    "drop_milestone",
    "fresh_ids",
    "keep_core",
    "move_deadline",
    "replace_task",
    "restore_version",
    "split_by_limit",
]
