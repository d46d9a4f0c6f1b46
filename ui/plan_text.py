"""The Plan tab's Markdown: today's tasks, milestones with their tasks, and the weeks, this
week first. Titles only: ids are for the CLI, never shown here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from assistant.weeks import monday
from ui import render
from ui.burnup import plural
from ui.safe import text


def today_md(plan: Any, sched: Any, today: dt.date, open_now: Sequence[str] = ()) -> str:
    """Today's top 1-3 tasks, the first thing the Plan tab shows; on a day with none, what is
    still open this week."""
    from assistant.schedule import top_tasks

    top = top_tasks(plan, sched, today, n=3)
    head = f"#### Today, {today:%a %d %b}\n"
    if not top:
        left = "".join(f"\n- {text(label)}" for label in list(open_now)[:3])
        return head + "Nothing scheduled today." + (f" Still open this week:{left}" if left else "")
    return head + "\n".join(
        f"{i}. **{text(t.title)}** ({t.estimate_minutes} min"
        f"{', attacks the constraint' if t.attacks_constraint else ''})"
        for i, t in enumerate(top, 1)
    )


def _every(task: Any) -> str:
    r = task.recurrence
    times = {1: "once", 2: "twice"}.get(r.times, f"{r.times} times")
    return f"{times} a {r.per}"


def task_line(plan: Any, task: Any, titles: dict[str, str]) -> str:
    """One task: its tick mark, title, size, when, and what it waits on (by title)."""
    from assistant.schedule.sessions import sessions

    mark = render.STATUS_LABEL[task.status].split()[0]
    facts = [f"{task.estimate_minutes} min"]
    shared = len({t.owner for t in plan.tasks()}) > 1  # a team's plan says who does what
    who = [text(task.owner)] if shared else []
    if task.recurrence is not None and task.status == "todo":
        mine = sessions(task, plan)
        facts[0] += f", {_every(task)}"
        facts.append(f"{sum(s.done for s in mine)} of {plural(len(mine), 'session')} done")
        later = task.start is not None and task.start > plan.start_date + dt.timedelta(days=6)
        when = f"{task.start:%d %b} to {task.due:%d %b}" if later else f"until {task.due:%d %b}"
        facts.append(when)  # a later milestone's, or resumed after a break
    else:
        facts.append(f"due {task.due:%a %d %b}")
    waits = [titles[d] for d in task.depends_on if d in titles]
    if waits and task.status == "todo":
        facts.append("after " + "; ".join(f"“{text(w)}”" for w in waits))
    title = text(task.title)
    title = f"~~{title}~~" if task.status == "dropped" else title
    return f"- {mark} {title} · " + " · ".join(who + facts)


def milestones_md(plan: Any, today: dt.date) -> str:
    """Milestones in order, each with its deadline, its progress and its tasks; the milestone
    of this week is marked."""
    from assistant.schedule.sessions import sessions

    titles = {t.id: t.title for t in plan.tasks()}
    current = next((m for m in plan.milestones if m.deadline >= today), None)
    out = []
    for i, m in enumerate(plan.milestones, 1):
        live = [t for t in m.tasks if t.status != "dropped"]
        units = done = 0
        for t in live:
            mine = sessions(t, plan)
            units += len(mine) or 1
            done += sum(s.done for s in mine) if mine else t.status == "done"
        now = " (now)" if m is current else ""  # the first milestone not yet past its date
        out.append(
            f"**{i}. {text(m.title)}**{now} · by {m.deadline:%d %b %Y} · {done} of {units} done"
        )
        out += [task_line(plan, t, titles) for t in m.tasks]
        out.append("")
    return "\n".join(out)


def schedule_md(sched: Any, today: dt.date) -> str:
    """The week-by-week schedule: this week first, then the weeks ahead, then earlier weeks."""
    this_week = monday(today)
    ahead = [w for w in sched.weeks if w.week_of >= this_week]
    earlier = [w for w in sched.weeks if w.week_of < this_week]
    out: list[str] = []
    for week in ahead + earlier:
        if week is (earlier[0] if earlier else None):
            out += ["", "---", "*Earlier weeks*"]
        over = " **⚠ over capacity**" if week.planned_minutes > week.capacity_minutes else ""
        when = "This week" if week.week_of == this_week else f"Week of {week.week_of:%d %b %Y}"
        out += [
            "",
            f"**{when}**: {week.planned_minutes} of {week.capacity_minutes} min planned{over}",
        ]
        for item in week.items:
            times = f" × {item.sessions}" if item.sessions > 1 else ""
            flags = (" [attacks the constraint]" if item.attacks_constraint else "") + (
                " **late**" if item.late else ""
            )
            out.append(f"- {text(item.title)} ({item.minutes} min{times}){flags}")
    if sched.findings:
        out += ["", render.findings_md(sched.findings, plain=True)]
    if sched.fixes:
        out += ["", "**Ways to make it fit:**"] + [f"- {text(f.description)}" for f in sched.fixes]
    return "\n".join(out).strip()
