"""What changed between two versions of a plan, in words a person can check."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.models import Plan, Task

_SHOWN = 12  # changed tasks listed one by one; the rest are counted


@dataclass
class PlanDiff:
    """Tasks added, removed and changed, dates moved, and planned hours a week before/after."""

    old_version: int
    new_version: int
    plan: list[str] = field(default_factory=list)  # goal, deadline, capacity, milestones
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    moved: int = 0  # tasks whose only change is their dates
    hours_before: float = 0.0
    hours_after: float = 0.0
    same: bool = True

    def markdown(self) -> str:
        """The diff as a Markdown list (the chat, the Why tab)."""
        if self.same:
            return f"**No changes** between version {self.old_version} and {self.new_version}."
        lines = [f"**Changes from version {self.old_version} to {self.new_version}:**"]
        lines += [f"- {line}" for line in self.plan]
        lines += [f"- **Added** {line}" for line in self.added]
        lines += [f"- **Removed** {line}" for line in self.removed]
        lines += [f"- **Changed** {line}" for line in self.changed[:_SHOWN]]
        if len(self.changed) > _SHOWN:
            lines.append(f"- … and {len(self.changed) - _SHOWN} more tasks changed")
        if self.moved:
            lines.append(f"- **Dates moved** on {self.moved} other task(s)")
        lines.append(
            f"- **Planned time:** {self.hours_before:.1f} → {self.hours_after:.1f} hours a week "
            "(average)"
        )
        return "\n".join(lines)

    def text(self) -> str:
        """The diff as plain lines (the CLI)."""
        return self.markdown().replace("**", "")


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """Compare two versions of one plan; ``same`` when nothing a person sees differs."""
    d = PlanDiff(old.version, new.version)
    d.same = _content(old) == _content(new)
    if d.same:
        return d
    g0, g1 = old.goal, new.goal
    if g0.statement != g1.statement:
        d.plan.append(f"Goal: '{g0.statement}' → '{g1.statement}'")
    if g0.deadline != g1.deadline:
        d.plan.append(f"Deadline: {g0.deadline} → {g1.deadline}")
    if old.capacity_hours_per_week != new.capacity_hours_per_week:
        d.plan.append(
            f"Capacity: {old.capacity_hours_per_week:g} → {new.capacity_hours_per_week:g} "
            "hours a week"
        )
    if old.constraint != new.constraint:
        d.plan.append(f"Constraint: '{old.constraint}' → '{new.constraint}'")
    targets = {m.name: m.target for m in old.leading_indicators}
    d.plan += [
        f"Leading indicator '{m.name}': {targets[m.name]:g} → {m.target:g}"
        for m in new.leading_indicators
        if m.name in targets and targets[m.name] != m.target
    ]
    before = {m.id: m for m in old.milestones}
    after = {m.id: m for m in new.milestones}
    for mid, m in after.items():
        if mid not in before:
            d.plan.append(f"New milestone: {m.title} (by {m.deadline})")
        elif before[mid].title != m.title:
            d.plan.append(f"Milestone renamed: '{before[mid].title}' → '{m.title}'")
        if mid in before and before[mid].deadline != m.deadline:
            d.plan.append(f"Milestone '{m.title}': {before[mid].deadline} → {m.deadline}")
    d.plan += [f"Milestone dropped: {m.title}" for mid, m in before.items() if mid not in after]
    old_tasks = {t.id: t for t in old.tasks()}
    new_tasks = {t.id: t for t in new.tasks()}
    d.added = [_label(t) for tid, t in new_tasks.items() if tid not in old_tasks]
    d.removed = [_label(t) for tid, t in old_tasks.items() if tid not in new_tasks]
    for tid, t in new_tasks.items():
        if tid in old_tasks:
            changes = _task_changes(old_tasks[tid], t)
            if changes:
                d.changed.append(f"{tid} '{t.title}': " + "; ".join(changes))
            elif _dates(old_tasks[tid]) != _dates(t):
                d.moved += 1
    d.hours_before, d.hours_after = hours_per_week(old), hours_per_week(new)
    return d


def hours_per_week(plan: Plan) -> float:
    """Average planned hours a week over the weeks that hold any work."""
    from assistant.validators import weekly_load

    load = [m for m in weekly_load(plan).values() if m > 0]
    return sum(load) / len(load) / 60 if load else 0.0


def _content(plan: Plan) -> dict:
    return plan.model_dump(mode="json", exclude={"version", "created_at", "metadata"})


def _label(task: Task) -> str:
    how_often = f", {task.recurrence.describe()}" if task.recurrence else ""
    return f"{task.id} '{task.title}' ({task.estimate_minutes} min{how_often}, due {task.due})"


def _dates(task: Task) -> tuple:
    return task.due, task.start


def _task_changes(a: Task, b: Task) -> list[str]:
    out = []
    if a.title != b.title:
        out.append(f"was '{a.title}'")
    if a.estimate_minutes != b.estimate_minutes:
        out.append(f"{a.estimate_minutes} → {b.estimate_minutes} min")
    ra = a.recurrence.describe() if a.recurrence else "once"
    rb = b.recurrence.describe() if b.recurrence else "once"
    if ra != rb:
        out.append(f"{ra} → {rb}")
    if a.owner != b.owner:
        out.append(f"owner {a.owner} → {b.owner}")
    if a.done_when != b.done_when:
        out.append(f"done when: {b.done_when}")
    if a.status != b.status:
        out.append(f"{a.status} → {b.status}")
    if out and a.due != b.due:
        out.append(f"due {a.due} → {b.due}")
    return out
