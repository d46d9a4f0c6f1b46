"""What changed between two versions of a plan, in words a person can check (titles, never ids)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.language.amounts import fmt_value
from assistant.models import Plan, Task

_SHOWN = 12  # changed tasks listed one by one in the chat; the rest are counted


@dataclass
class PlanDiff:
    """Plan-level changes, tasks added, removed and changed, dates moved, and planned hours."""

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

    def lines(self) -> list[str]:
        """Every change, one line each (the Why tab's preview and `goalsmith why --apply`)."""
        lines = self.plan + self.added + self.removed + self.changed
        if self.moved:
            lines.append(f"Dates moved on {self.moved} other task(s)")
        return lines

    def markdown(self) -> str:
        """The diff as a Markdown list with the planned time before and after (the chat)."""
        if self.same:
            return f"**No changes** between version {self.old_version} and {self.new_version}."
        lines = [f"**Changes from version {self.old_version} to {self.new_version}:**"]
        lines += [f"- {line}" for line in self.plan + self.added + self.removed]
        lines += [f"- {line}" for line in self.changed[:_SHOWN]]
        if len(self.changed) > _SHOWN:
            lines.append(f"- … and {len(self.changed) - _SHOWN} more changes to tasks")
        if self.moved:
            lines.append(f"- Dates moved on {self.moved} other task(s)")
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
    d.plan = _plan_changes(old, new)
    old_tasks = {t.id: t for t in old.tasks()}
    new_tasks = {t.id: t for t in new.tasks()}
    milestone_of = {t.id: m.title for m in new.milestones for t in m.tasks}
    kept_titles = {
        (milestone_of.get(tid), t.title) for tid, t in new_tasks.items() if tid in old_tasks
    }
    added = [(tid, t) for tid, t in new_tasks.items() if tid not in old_tasks]
    split = {  # a weekly task split around a break: its part after the break is no new task
        tid
        for tid, t in added
        if t.recurrence and t.start and (milestone_of[tid], t.title) in kept_titles
    }
    paused: dict[str, list[str]] = {}  # their titles, by the day they start again
    for tid, t in added:
        if tid in split:
            paused.setdefault(f"{t.start:%d %b}", []).append(t.title)
    lines = (_added_line(t, milestone_of[tid], tid in split, paused) for tid, t in added)
    d.added = [line for line in lines if line] + [
        f"{len(set(titles))} weekly tasks stop for the break and start again {day}: "
        + ", ".join(f"'{title}'" for title in dict.fromkeys(titles))
        for day, titles in paused.items()
        if len(titles) > 2
    ]
    d.removed = [f"Remove '{t.title}'" for tid, t in old_tasks.items() if tid not in new_tasks]
    for tid, t in new_tasks.items():
        if tid in old_tasks:
            changes = _task_changes(old_tasks[tid], t, {**old_tasks, **new_tasks})
            d.changed += changes
            if not changes and _dates(old_tasks[tid]) != _dates(t):
                d.moved += 1
    d.added, d.removed, d.changed = _counted(d.added), _counted(d.removed), _counted(d.changed)
    d.hours_before, d.hours_after = hours_per_week(old), hours_per_week(new)
    return d


def _added_line(
    task: Task, milestone: str, split: bool, paused: dict[str, list[str]]
) -> str | None:
    """The line for a task new in this version; None for one of three or more weekly tasks
    paused for the same break (said together in one line)."""
    if not split:
        return f"Add {_label(task)} to '{milestone}'"
    day = f"{task.start:%d %b}"
    if len(paused[day]) > 2:
        return None
    return f"'{task.title}' stops for the break and starts again {day}"


def _counted(lines: list[str]) -> list[str]:
    """One line per distinct change, with how many places it touched: a renamed weekly task
    in four milestones is one line, not four."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    return [line if n == 1 else f"{line} ({n} places)" for line, n in counts.items()]


def hours_per_week(plan: Plan) -> float:
    """Average planned hours a week over the weeks that hold any work."""
    from assistant.validators import weekly_load

    load = [m for m in weekly_load(plan).values() if m > 0]
    return sum(load) / len(load) / 60 if load else 0.0


def _plan_changes(old: Plan, new: Plan) -> list[str]:
    out: list[str] = []
    g0, g1 = old.goal, new.goal
    if g0.statement != g1.statement:
        out.append(f"Goal: '{g0.statement}' → '{g1.statement}'")
    if g0.deadline != g1.deadline:
        out.append(f"Deadline: {g0.deadline:%d %b %Y} → {g1.deadline:%d %b %Y}")
    if g0.metric.baseline != g1.metric.baseline:
        unit = g1.metric.unit
        out.append(
            f"Starting point: {fmt_value(g0.metric.baseline or 0, unit)} → "
            f"{fmt_value(g1.metric.baseline or 0, unit)}"
        )
    if old.capacity_hours_per_week != new.capacity_hours_per_week:
        out.append(
            f"Hours a week: {old.capacity_hours_per_week:g} → {new.capacity_hours_per_week:g}"
        )
    if old.constraint != new.constraint:
        out.append(f"Constraint: '{old.constraint}' → '{new.constraint}'")
    targets = {m.name: m.target for m in old.leading_indicators}
    out += [
        f"Leading indicator '{m.name}': {targets[m.name]:g} → {m.target:g}"
        for m in new.leading_indicators
        if m.name in targets and targets[m.name] != m.target
    ]
    kept = {m.name for m in new.leading_indicators}
    out += [f"Leading indicator '{name}' removed" for name in targets if name not in kept]
    before = {m.id: m for m in old.milestones}
    for mid, m in {m.id: m for m in new.milestones}.items():
        if mid not in before:
            out.append(f"New milestone: {m.title} (by {m.deadline:%d %b %Y})")
            continue
        if before[mid].title != m.title:
            out.append(f"Milestone renamed: '{before[mid].title}' → '{m.title}'")
        if before[mid].deadline != m.deadline:
            out.append(f"Milestone '{m.title}': {before[mid].deadline:%d %b} → {m.deadline:%d %b}")
    kept = {m.id for m in new.milestones}
    out += [f"Milestone dropped: {m.title}" for m in old.milestones if m.id not in kept]
    return out


def _content(plan: Plan) -> dict:
    return plan.model_dump(mode="json", exclude={"version", "created_at", "metadata"})


def _every(task: Task) -> str:
    return task.recurrence.describe() if task.recurrence else "once"


def _label(task: Task) -> str:
    return f"'{task.title}' ({task.estimate_minutes} min, {_every(task)}, due {task.due:%d %b})"


def _dates(task: Task) -> tuple:
    return task.due, task.start


_STATUS_WORD = {"dropped": "Drop", "done": "Mark done", "todo": "Reopen"}


def _task_changes(was: Task, task: Task, tasks: dict[str, Task]) -> list[str]:
    """What a person would notice about one task: its status on a line of its own, the rest on
    one line named by the old title ("Rename 'a' → 'b'; 45 → 20 min a session")."""
    name = f"'{was.title}'"
    out = []
    if was.status != task.status:
        out.append(f"{_STATUS_WORD.get(task.status, task.status)} {name}")
    parts = []
    if was.estimate_minutes != task.estimate_minutes:
        parts.append(f"{was.estimate_minutes} → {task.estimate_minutes} min a session")
    if _every(was) != _every(task):
        parts.append(f"{_every(was)} → {_every(task)}")
    if was.owner != task.owner:
        parts.append(f"owner {was.owner} → {task.owner}")
    if was.done_when != task.done_when:
        parts.append(f"done when {task.done_when}")
    if set(was.depends_on) != set(task.depends_on):
        titles = [f"'{tasks[d].title}'" for d in task.depends_on if d in tasks]
        parts.append(f"now waits on {', '.join(titles) or 'nothing'}")
    if (parts or was.title != task.title) and was.due != task.due:
        parts.append(f"due {was.due:%d %b} → {task.due:%d %b}")
    if was.title != task.title:
        out.append("; ".join([f"Rename {name} → '{task.title}'", *parts]))
    elif parts:
        out.append(f"{name}: " + "; ".join(parts))
    return out
