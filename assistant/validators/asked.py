"""Does the plan do what the person asked? Their deadline, rhythm, free time and the habit they
want less of, read from their own words (``plan.request``) and the plan's goal."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.findings import finding
from assistant.language.quantities import find_frequency, sessions_per_week
from assistant.language.text import content_stems, normalize, stem
from assistant.models import Finding, Plan, Task
from assistant.validators.wording import ARRANGING
from assistant.weeks import active_tasks, break_weeks, task_window, week_starts

_YEAR = r"((?:19|20)\d\d)"
_STATED_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|through|thru|rest of|end of|deadline(?: is)?|due)\s"
    r"(?:the\s)?(?:end of\s)?(?:[a-z]+\s){0,2}?" + _YEAR + r"\b"
)
_ISO_DATE = re.compile(r"\b" + _YEAR + r"-(\d\d)-(\d\d)\b")
_BREAK_WORDS = re.compile(
    r"\b(break|pause|vacation|holiday|trip|time off|week off|away|travel|rest week|skip)\b"
)
_LESS_OF = re.compile(
    r"\b(?:less|fewer|stop|quit|cut (?:down|back)(?: on)?|cut out|reduce|limit|no more|"
    r"instead of|avoid|give up|kick|ditch)\s(?:my\s|the\s|on\s|eating\s|buying\s|ordering\s)?"
    r"([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)"
)
_MORE_OF_VERBS = re.compile(
    r"^(?:order|buy|eat|have|schedule|book|plan|add|go|watch|play|drink|smoke|spend|get|"
    r"treat|enjoy|visit|grab|pick up)\b"
)
_LIMITING = re.compile(
    r"\b(no|not|without|instead|replace|swap|skip|avoid|remove|delete|hide|limit|cap|cut|"
    r"less|fewer|only|uninstall|unsubscribe|cancel|free|log|track|count|list|note|trigger|"
    r"alternative|at most|max)\b"
)


def _person_text(plan: Plan) -> str:
    if plan.request is None:
        return ""
    return normalize(" ".join([plan.request.goal_text, *plan.request.answers.values()]))


# the month a part of the year ends in: "by mid 2026" is over once June 2026 is
_PART_MONTH = {
    "mid": 6,
    "middle": 6,
    "spring": 5,
    "summer": 8,
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "march": 3,
    "april": 4,
    "june": 6,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
}


def _part_gone(said: str, year: int, today: dt.date) -> bool:
    """A part of this year already behind us: 'by mid 2026', 'by june 2026' in November."""
    if year != today.year or "end of" in said:
        return False
    months = [_PART_MONTH[w] for w in re.findall(r"[a-z]+", said) if w in _PART_MONTH]
    return bool(months) and months[-1] < today.month


def deadline_stated_past(plan: Plan, today: dt.date) -> list[Finding]:
    """goal.deadline_stated_past: 'for the rest of 2021' is surfaced, never silently dropped."""
    said = _person_text(plan)
    if not said:
        return []
    noted = " ".join(a.text for a in plan.assumptions) + " " + plan.goal.statement
    past: list[str] = []
    for m in _STATED_DEADLINE.finditer(said):
        if int(m.group(1)) < today.year or _part_gone(m.group(0), int(m.group(1)), today):
            past.append(m.group(0))
    for m in _ISO_DATE.finditer(said):
        try:
            if dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) < today:
                past.append(m.group(0))
        except ValueError:
            continue
    shown = [p for p in past if not any(year in noted for year in re.findall(r"\d{4}", p))]
    if not shown:
        return []
    return [
        finding(
            "goal.deadline_stated_past",
            "goal.deadline",
            f"The person wrote '{shown[0]}', which has already passed; the plan uses "
            f"{plan.goal.deadline} without saying so.",
            "Ask which date they mean, or record the new deadline as an assumption that names "
            "the old one.",
        )
    ]


def _core_tasks(plan: Plan, with_attacks: bool = False) -> list[Task]:
    """The practice the goal depends on: recurring work that is not setup (nor, unless asked
    for, a constraint fix)."""
    return [
        t
        for t in active_tasks(plan)
        if t.recurrence is not None
        and (with_attacks or not t.attacks_constraint)
        and not ARRANGING.match(t.title.lower())
    ]


def _goal_tasks(plan: Plan, with_attacks: bool = False) -> list[Task]:
    core = _core_tasks(plan, with_attacks)
    goal_words = content_stems(f"{plan.goal.statement} {_person_text(plan)}")
    shared = [t for t in core if content_stems(t.title) & goal_words]
    return shared or core


_DAILY_TIME = re.compile(
    r"\b\d+\s?(?:minutes?|mins?|min|hours?|hrs?|h)\b[^,.;]{0,12}?\b(?:a|per|each|every)\s"
    r"(?:day|night|evening|morning)\b|\b(?:daily|every day|each day|every night|each night)\b"
)


def _daily_time(plan: Plan) -> str:
    """The person's free time given per day ('30 min a day'), or ''."""
    if plan.request is None:
        return ""
    m = _DAILY_TIME.search(normalize(plan.request.answers.get("capacity", "")))
    return m.group(0) if m else ""


def _per_week(task: Task) -> float:
    return task.recurrence.sessions_per_week() if task.recurrence else 0.0


def rhythm_unscheduled(plan: Plan) -> list[Finding]:
    """metric.unit_mismatch (rhythm): '3 workouts a week' stated, one scheduled."""
    stated, who = 0.0, ""
    sources = [("The goal says", plan.goal.statement)]
    if plan.request is not None:
        sources.append(("The person said", plan.request.goal_text))
    for source, text in sources:
        rate = sessions_per_week(text)
        freq = find_frequency(text)
        if rate and rate >= 2 and rate > stated and freq and re.search(r"\d|daily|every", freq):
            stated, who = rate, f"{source} '{freq}' ({rate:g} sessions a week)"
    daily = _daily_time(plan)
    tasks = _goal_tasks(plan)
    if daily and stated < 4:  # "20 min a day" is time for the practice most days
        stated = 4.0
        who = f"The person has '{daily}' (time for 4 or more sessions a week)"
    if not stated or not tasks:
        return []
    weeks: dict[dt.date, float] = {}
    for t in tasks:
        start, due = task_window(t, plan)
        for week in week_starts(start, due):
            weeks[week] = weeks.get(week, 0.0) + _per_week(t)
    most = max(weeks.values())
    if most + 1e-6 >= stated:
        return []
    return [
        finding(
            "metric.unit_mismatch",
            "goal.statement",
            f"{who}, but the plan schedules the practice at most {most:g} a week.",
            f"Schedule the stated rhythm ({stated:g} a week), or say why the plan builds up to it.",
        )
    ]


def core_activity_gap(plan: Plan) -> list[Finding]:
    """plan.core_activity_gap: a week mid-plan without the practice, unless asked for (practice
    that also attacks the constraint, "20 timed questions on last week's mistakes", counts)."""
    tasks = _goal_tasks(plan, with_attacks=True)
    if not tasks:
        return []
    asked = f"{_person_text(plan)} {normalize(plan.metadata.revision_note or '')}"
    if _BREAK_WORDS.search(asked):
        return []
    covered: set[dt.date] = set()
    for t in tasks:
        start, due = task_window(t, plan)
        covered.update(week_starts(start, due))
    span = [w for w in week_starts(plan.start_date, plan.goal.deadline) if w in covered]
    if not span:
        return []
    covered |= break_weeks(plan)
    gaps = [w for w in week_starts(span[0], span[-1]) if w not in covered]
    if not gaps:
        return []
    return [
        finding(
            "plan.core_activity_gap",
            "milestones",
            f"{len(gaps)} week(s) hold none of the practice the goal depends on "
            f"('{tasks[0].title}'), from the week of {gaps[0]}.",
            "Keep the practice running every week, or record the break the person asked for.",
        )
    ]


def feeds_behaviour(plan: Plan) -> list[Finding]:
    """constraint.feeds_behaviour: a constraint task that schedules more of what is to shrink."""
    text = f"{normalize(plan.goal.statement)} {_person_text(plan)}"
    less = {stem(w) for m in _LESS_OF.finditer(text) for w in m.group(1).split() if len(w) > 3}
    less -= {stem(w) for w in ("time", "money", "weight", "stress", "debt", "more")}
    if not less:
        return []
    out: list[Finding] = []
    for mi, m in enumerate(plan.milestones):
        for ti, t in enumerate(m.tasks):
            title = normalize(t.title)
            if not t.attacks_constraint or not _MORE_OF_VERBS.match(title):
                continue
            hit = content_stems(title) & less
            if hit and not _LIMITING.search(title):
                out.append(
                    finding(
                        "constraint.feeds_behaviour",
                        f"milestones[{mi}].tasks[{ti}]",
                        f"'{t.title}' attacks the constraint by scheduling more of what the "
                        f"person wants less of ('{sorted(hit)[0]}').",
                        "Attack the cue instead: remove, replace or limit it.",
                    )
                )
    return out


def capacity_unused(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    """plan.capacity_unused (info): 4 h planned of a stated 40 h, so the goal could come sooner."""
    stated = (plan.request is not None and "capacity" in plan.request.answers) or any(
        a.key == "capacity" and a.source == "stated" for a in plan.assumptions
    )
    if not stated:
        return []
    from assistant.validators.plan import weekly_load

    load = weekly_load(plan, settings.capacity_slack, today)
    if not load:
        return []
    peak = max(load.values()) / 60
    have = plan.capacity_hours_per_week
    if peak >= have / 3 or have - peak < 2:
        return []
    return [
        finding(
            "plan.capacity_unused",
            "capacity_hours_per_week",
            f"The plan uses at most {peak:.1f} h a week of the {have:g} h the person has.",
            "Use more of the time to reach the goal sooner, or confirm the slower pace is wanted.",
        )
    ]


def validate_asked(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    return [
        *deadline_stated_past(plan, today),
        *rhythm_unscheduled(plan),
        *core_activity_gap(plan),
        *feeds_behaviour(plan),
        *capacity_unused(plan, settings, today),
    ]
