"""The Plan tab's handlers: pick a plan, see and tick its tasks, its schedule, exports, burn-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.report import Report
from ui import render
from ui.safe import text
from ui.ticks import apply_ticks
from ui.workspace import Workspace

TASK_COLUMNS = ["milestone", "task", "owner", "minutes", "due", "status"]
EXPORT_LABELS = {"md": "Markdown", "json": "JSON", "ics": "iCalendar (.ics)", "csv": "Todoist CSV"}


@dataclass
class PlanView:
    """Everything the Plan tab shows for one plan (empty when no plan is picked)."""

    plan: Any = None
    summary: str = "*No plan yet: describe a goal on the Chat tab, then pick the plan here.*"
    rows: list[list[Any]] = field(default_factory=list)
    task_choices: list[tuple[str, str]] = field(default_factory=list)  # tasks and sessions
    done: list[str] = field(default_factory=list)
    review: Any = None  # the Review tab's form for this plan (ui.reviewing.ReviewForm)
    schedule: str = ""
    today: str = ""
    burnup: list[dict[str, Any]] = field(default_factory=list)
    report: Report | None = None  # findings, schedule and exports of this plan version today


def plan_choices(ws: Workspace, user: str) -> list[tuple[str, str]]:
    """(label, plan id) for the user's plans, most recently saved first; progress in sessions."""
    return [
        (f"{s.statement} (v{s.version}, {s.sessions_done}/{s.sessions_total} done)", s.id)
        for s in ws.store.list_plans(user)
    ]


def task_label(task: Any) -> str:
    return f"{task.title} ({task.id})"


def tick_choices(plan: Any, today: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """What can be ticked now, and what is ticked: one-off tasks, and for each recurring task
    this week's sessions (or, when none is open, the last one done and the next open one if
    it falls within a week)."""
    import datetime as dt

    from assistant.schedule.sessions import next_open, sessions
    from assistant.weeks import monday

    choices, done = [], []
    week = monday(today)
    for task in plan.tasks():
        if task.status == "dropped":
            continue
        if task.recurrence is None or task.status == "done":  # done as a whole: untick whole
            choices.append((task_label(task), task.id))
            if task.status == "done":
                done.append(task.id)
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
            choices.append((f"{task.title} · {session.day:%a %d %b}{slot}", session.ref))
            if session.done:
                done.append(session.ref)
    return choices, done


def plan_view(ws: Workspace, plan_id: str | None, user: str) -> PlanView:
    """Load the plan and build its view; a plan of another user is simply not found."""
    if not plan_id:
        return PlanView()
    plan = ws.store.get_plan(plan_id, user)
    view = PlanView(plan=plan, summary=summary_md(plan))
    view.rows = [
        [m.title, t.title, t.owner, t.estimate_minutes, t.due.isoformat(), _status(plan, t)]
        for m in plan.milestones
        for t in m.tasks
    ]
    view.task_choices, view.done = tick_choices(plan, ws.today())
    from ui.reviewing import review_form

    view.review = review_form(ws, plan, user)
    view.burnup = _burnup(ws, plan, user)
    view.summary += burnup_line(view.burnup)
    view.report = ws.report(plan)
    view.summary += "\n\n" + render.findings_md(view.report.rule_findings)
    view.schedule, view.today = _schedule_md(ws, plan, view.report.schedule)
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


def _status(plan: Any, task: Any) -> str:
    """The table's status cell: a recurring task shows its sessions done."""
    from assistant.schedule.sessions import sessions

    if task.recurrence is None or task.status != "todo":
        return render.STATUS_LABEL[task.status]
    mine = sessions(task, plan)
    return f"{sum(s.done for s in mine)}/{len(mine)} sessions done"


def burnup_line(rows: list[dict[str, Any]]) -> str:
    """The chart's latest point in words, so nothing depends on telling the lines apart."""
    done = [r for r in rows if r["series"] == "done"]
    if not done:
        return ""
    week = done[-1]["week"]
    planned = next(r["tasks"] for r in rows if r["series"] == "planned" and r["week"] == week)
    return (
        f" **Burn-up, week of {week:%d %b}:** {planned} tasks planned by now, "
        f"{done[-1]['tasks']} done."
    )


def _burnup(ws: Workspace, plan: Any, user: str) -> list[dict[str, Any]]:
    from ui.burnup import burnup_rows, done_weeks

    today = ws.today()
    weeks = done_weeks(
        plan, ws.store.reviews(plan.id, user), ws.store.task_events(plan.id, user), today
    )
    return burnup_rows(plan, weeks, today)


def _schedule_md(ws: Workspace, plan: Any, sched: Any) -> tuple[str, str]:
    """The week-by-week schedule and today's top tasks, both as Markdown."""
    from assistant.schedule import top_tasks
    from assistant.weeks import monday

    today = ws.today()
    top = top_tasks(plan, sched, today, n=3)
    today_md = f"#### Today ({today:%a %d %b})\n"
    today_md += (
        "\n".join(
            f"{i}. **{text(t.title)}** ({t.estimate_minutes} min"
            f"{', attacks the constraint' if t.attacks_constraint else ''})"
            for i, t in enumerate(top, 1)
        )
        if top
        else "Nothing scheduled today."
    )
    out = ["#### Schedule by week"]
    for week in sched.weeks:
        over = " **⚠ over capacity**" if week.planned_minutes > week.capacity_minutes else ""
        now = " (this week)" if week.week_of == monday(today) else ""
        out += [
            "",
            f"**Week of {week.week_of:%d %b %Y}**{now}: {week.planned_minutes} of "
            f"{week.capacity_minutes} min planned{over}",
        ]
        for item in week.items:
            times = f" × {item.sessions}" if item.sessions > 1 else ""
            flags = (" [attacks the constraint]" if item.attacks_constraint else "") + (
                " **late**" if item.late else ""
            )
            out.append(f"- {text(item.title)} ({item.minutes} min{times}){flags}")
    if sched.findings:
        out += ["", render.findings_md(sched.findings)]
    if sched.fixes:
        out += ["", "**Ways to make it fit:**"] + [f"- {text(f.description)}" for f in sched.fixes]
    return "\n".join(out), today_md


def export_files(ws: Workspace, view: PlanView, user: str) -> dict[str, str]:
    """The plan in every export format, as the user's own files; format -> file path."""
    if view.report is None:
        return {}
    plan = view.report.plan
    texts = {fmt: view.report.export(fmt) for fmt in EXPORT_LABELS}
    return ws.exports.write(user, f"{plan.id}-v{plan.version}", texts)
