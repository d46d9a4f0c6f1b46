"""The Plan tab's handlers: pick a plan, see and tick its tasks, its schedule, exports, burn-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.report import Report
from ui import render
from ui.safe import text
from ui.ticks import apply_ticks
from ui.workspace import Workspace

EXPORT_LABELS = {"md": "Markdown", "json": "JSON", "ics": "iCalendar (.ics)", "csv": "Todoist CSV"}


@dataclass
class PlanView:
    """Everything the Plan tab shows for one plan (empty when no plan is picked)."""

    plan: Any = None
    summary: str = "*No plan yet: describe a goal on the Chat tab, then pick the plan here.*"
    milestones: str = ""
    task_choices: list[tuple[str, str]] = field(default_factory=list)  # this week's ticks
    later_choices: list[tuple[str, str]] = field(default_factory=list)  # other weeks' one-offs
    done: list[str] = field(default_factory=list)
    review: Any = None  # the Review tab's form for this plan (ui.reviewing.ReviewForm)
    schedule: str = ""
    today: str = ""
    burnup: list[dict[str, Any]] = field(default_factory=list)
    report: Report | None = None  # findings, schedule and exports of this plan version today
    chart: Any = None  # the burn-up as a matplotlib figure
    sched: Any = None
    findings: list[Any] = field(default_factory=list)


def plan_choices(ws: Workspace, user: str) -> list[tuple[str, str]]:
    """(label, plan id) for the user's plans, most recently saved first; progress in sessions."""
    return [
        (f"{s.statement} (v{s.version}, {s.sessions_done}/{s.sessions_total} done)", s.id)
        for s in ws.store.list_plans(user)
    ]


def tick_choices(plan: Any, today: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """What can be ticked, this week's first, and what is ticked: one-off tasks (by due date),
    and for each recurring task this week's sessions (or, when none is open, the last one
    done and the next open one if it falls within a week)."""
    now, later, done = split_choices(plan, today)
    return now + later, done


def split_choices(plan: Any, today: Any) -> tuple[list, list, list[str]]:
    """(this week's choices, other weeks' one-off tasks, the ticked values)."""
    import datetime as dt

    from assistant.schedule.sessions import next_open, sessions
    from assistant.weeks import monday

    now, later, done = [], [], []
    week = monday(today)
    for task in sorted(plan.tasks(), key=lambda t: t.due):
        if task.status == "dropped":
            continue
        if task.recurrence is None or task.status == "done":  # done as a whole: untick whole
            if task.status == "done":
                done.append(task.id)
            whole = " · all sessions" if task.recurrence is not None else ""
            late = task.due < today and task.status == "todo"
            if late or week <= task.due <= today + dt.timedelta(days=7):
                when = "overdue since" if late else "due"
                now.append((f"{task.title}{whole} · {when} {task.due:%a %d %b}", task.id))
            else:
                later.append((f"Week of {monday(task.due):%d %b} · {task.title}{whole}", task.id))
            continue
        mine = sessions(task, plan)
        shown = [s for s in mine if monday(s.day) == week]
        following = next_open(task, plan, today)
        soon = following is not None and following.day <= today + dt.timedelta(days=7)
        if following is not None and soon and not any(not s.done for s in shown):
            last_done = [s for s in mine if s.done and s.day < following.day]
            shown = sorted({*shown, *last_done[-1:], following}, key=lambda s: (s.day, s.slot))
        for session in shown:
            slot = f", session {session.slot}" if session.slot > 1 else ""
            late = ", overdue" if session.day < week and not session.done else ""
            now.append((f"{task.title} · {session.day:%a %d %b}{slot}{late}", session.ref))
            if session.done:
                done.append(session.ref)
    return sorted(now, key=_day_of), later, done


def _day_of(choice: tuple[str, str]) -> str:
    """Sort key: this week's choices by their day (one-off tasks, by due date, first)."""
    value = choice[1]
    return value.split("@")[1] if "@" in value else ""


def plan_view(ws: Workspace, plan_id: str | None, user: str) -> PlanView:
    """Load the plan and build its view; a plan of another user is simply not found."""
    if not plan_id:
        return PlanView()
    plan = ws.store.get_plan(plan_id, user)
    view = PlanView(plan=plan, summary=summary_md(plan))
    today = ws.today()
    view.task_choices, view.later_choices, view.done = split_choices(plan, today)
    from ui.reviewing import review_form

    view.review = review_form(ws, plan, user)
    view.burnup = _burnup(ws, plan, user)
    view.summary += burnup_line(view.burnup)
    from ui import plan_text
    from ui.burnup import burnup_figure

    view.report = ws.report(plan)
    view.chart = burnup_figure(view.burnup, today)
    view.findings = list(view.report.rule_findings)
    view.sched = view.report.schedule
    view.milestones = plan_text.milestones_md(plan, today)
    view.milestones += "\n\n" + render.findings_md(view.findings, plain=True)
    view.schedule = plan_text.schedule_md(view.sched, today)
    open_now = [label for label, value in view.task_choices if value not in view.done]
    view.today = plan_text.today_md(plan, view.sched, today, open_now)
    return view


def tick(ws: Workspace, plan_id: str | None, done_ids: list[str], user: str) -> PlanView:
    """Save the ticked set at once: every task or session shown whose done-ness changed."""
    if not plan_id:
        return PlanView()
    plan = ws.store.get_plan(plan_id, user)
    shown, was_done = tick_choices(plan, ws.today())
    apply_ticks(ws, plan, shown, set(was_done), set(done_ids or []), user)
    return plan_view(ws, plan_id, user)


def summary_md(plan: Any) -> str:
    from assistant.schedule.sessions import progress

    done, total = progress(plan)
    return (
        f"### {text(plan.goal.statement)}\n"
        f"Version {plan.version}, deadline {plan.goal.deadline:%d %b %Y}, "
        f"{plan.capacity_hours_per_week:g} h/week. **Progress:** {done} of {total} done "
        "(each session of a recurring task counts)."
    )


def burnup_line(rows: list[dict[str, Any]]) -> str:
    """The chart's latest point in words, so nothing depends on telling the lines apart."""
    done = [r for r in rows if r["series"] == "done"]
    if not done:
        return ""
    week = done[-1]["week"]
    planned = next(r["tasks"] for r in rows if r["series"] == "planned" and r["week"] == week)
    return (
        f" **Burn-up, week of {week:%d %b}:** {done[-1]['tasks']} done of {planned} due by then "
        "(tasks and sessions)."
    )


def _burnup(ws: Workspace, plan: Any, user: str) -> list[dict[str, Any]]:
    from ui.burnup import burnup_rows, done_weeks

    today = ws.today()
    weeks = done_weeks(
        plan, ws.store.reviews(plan.id, user), ws.store.task_events(plan.id, user), today
    )
    return burnup_rows(plan, weeks, today)


def export_files(ws: Workspace, view: PlanView, user: str) -> dict[str, str]:
    """The plan in every export format, as the user's own files; format -> file path."""
    if view.report is None:
        return {}
    plan = view.report.plan
    texts = {fmt: view.report.export(fmt) for fmt in EXPORT_LABELS}
    return ws.exports.write(user, f"{plan.id}-v{plan.version}", texts)


def delete_question(ws: Workspace, plan_id: str | None, user: str) -> str:
    """What deleting the picked plan removes, asked before anything is removed."""
    from assistant.errors import InputError

    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    plan = ws.store.get_plan(plan_id, user)
    versions = len(ws.store.versions(plan_id, user))
    reviews = len(ws.store.reviews(plan_id, user))
    return (
        f"**Delete “{text(plan.goal.statement)}”** with its {versions} version(s), its ticks "
        f"and its {reviews} review(s)? This cannot be undone; download a JSON or Markdown copy "
        "first if you may want it back."
    )


def delete(ws: Workspace, plan_id: str | None, user: str) -> str:
    """Delete the plan everywhere (store and review memory); returns the line to show."""
    from assistant.errors import InputError

    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    return f"Deleted “{text(ws.delete(plan_id, user))}”."
