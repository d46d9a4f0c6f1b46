"""Revisions that set a limit on the plan: the longest one session may be ("I can only do 20
minutes at a time"), a later start ("can we start next monday"), and something the body must
avoid ("my knee hurts so no jumping")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.revise_time import restate, with_count
from assistant.errors import InputError
from assistant.models import Assumption, Plan, Task
from assistant.plan_edits import move_deadline
from assistant.plan_edits.ops import fresh_ids, remove_task
from assistant.understanding.answers import parse_deadline

_AT_A_TIME_RE = re.compile(
    r"\b(\d+)\s?(?:min(?:ute)?s?|m)\b\s?(?:at a time|max|tops|at most|per session|a session|"
    r"each time|in one go|per go|per workout|a workout)\b"
    r"|\b(?:sessions?|workouts?|blocks?)\s(?:of |no longer than |under |up to |at most |max )"
    r"(\d+)\s?(?:min(?:ute)?s?|m)\b"
)


def session_cap(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I can only do 20 minutes at a time': no session runs longer; the week keeps its time."""
    m = _AT_A_TIME_RE.search(s)
    if not m:
        return None
    cap = int(m.group(1) or m.group(2))
    if not 5 <= cap <= 240:
        raise InputError(f"{cap} minutes is not a session length I can plan; say 5-240 minutes")
    long = [
        t for t in plan.tasks() if t.status == "todo" and t.recurrence and t.estimate_minutes > cap
    ]
    if not long:
        raise InputError(f"no session in this plan is longer than {cap} minutes already")
    # "3 sessions of 30 minutes": how many and how long, one version
    new = with_count(plan, s, raw, today, settings, f"sessions at most {cap} minutes")
    for task in new.tasks():
        if task.id in {t.id for t in long}:
            task.resize(cap)
    new.assumptions.append(
        Assumption(text=f"One session is at most {cap} minutes", source="stated", key="session")
    )
    return new


_START_RE = re.compile(
    r"\b(?:start|begin|kick (?:it |this )?off)\b(?:\s(?:it|this|the plan|things))?\s"
    r"(?:on |from |in |after |next |this |at )?(.+)$"
    r"|\b(?:can'?t|cannot|won'?t be able to|not able to)\s(?:start|begin)\s(?:until|till|before)\s"
    r"(.+)$"
)


_MONTH_RE = re.compile(
    r"^(?:the )?(?:start of |beginning of |early )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s(\d{4}))?$"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_start(m: re.Match[str], today: dt.date) -> dt.date:
    """'january': the first of the next January (a start, not a deadline's month end)."""
    month = _MONTHS.index(m.group(1)) + 1
    year = int(m.group(2)) if m.group(2) else today.year + (month < today.month)
    return dt.date(year, month, 1)


def start_later(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'can we start next monday', "I can't start until January": every date moves with the
    start; a deadline the person stated stays, and the weeks before it are re-spaced."""
    m = _START_RE.search(s)
    if not m:
        return None
    said = (m.group(1) or m.group(2) or "").strip(" ?.!")
    said = re.sub(r"^(?:on|from|in|after)\s", "", said)
    month = _MONTH_RE.match(said)
    day = _month_start(month, today) if month else parse_deadline(said, today)
    if day is None and re.match(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", said):
        day = parse_deadline(f"next {said}", today)
    if day is None:
        return None
    if day <= plan.start_date:
        raise InputError(f"the plan already starts on {plan.start_date:%d %b %Y}")
    if day >= plan.goal.deadline:
        raise InputError(
            f"{day:%d %b %Y} is on or after the deadline ({plan.goal.deadline:%d %b %Y}); move "
            "the deadline first"
        )
    shift = day - plan.start_date
    deadline = plan.goal.deadline
    stated = any(a.key == "deadline" and a.source == "stated" for a in plan.assumptions)
    new = plan.next_version(
        f"starts {day:%d %b %Y}"
        + ("; the deadline you gave stays" if stated else f"; deadline moves {shift.days} days")
    )
    new.start_date = day
    for milestone in new.milestones:
        milestone.deadline += shift
        for task in milestone.tasks:
            task.due += shift
            if task.start:
                task.start += shift
    new.goal.deadline = deadline + shift
    move_deadline(new, deadline if stated else deadline + shift)
    if not stated:
        restate(new, "deadline", f"Deadline {new.goal.deadline.isoformat()}")
    return new


_MOVES = (
    r"jumping|jumps?|running|runs?|impact|burpees?|squats?|lunges?|stairs|lifting|heavy lifting|"
    r"swimming|kneeling|bending|twisting|push-?ups?|planks?|high[- ]impact"
)
_AVOID_RE = re.compile(
    r"\b(?:no|avoid|can'?t do|cannot do|not allowed|shouldn'?t do|without)\s(?:any\s|more\s)?"
    rf"({_MOVES})\b"
)
_MORE_MOVES_RE = re.compile(rf"^\s?(?:,|or|and|nor|/)\s?(?:no\s)?({_MOVES})\b")
_BODY_RE = re.compile(
    r"\b(?:knee|knees|back|hip|hips|ankle|ankles|shoulder|shoulders|wrist|wrists|foot|feet|neck|"
    r"doctor|physio|pregnan\w*|injur\w*|surgery|hurts?|pain|sore)\b"
)
# the moves a word rules out, as they appear in task titles
_RULES_OUT = {
    "jump": r"jump\w*|burpees?|skipping rope|plyo\w*|box jumps?|hops?",
    "run": r"run\w*|jog\w*|sprint\w*",
    "impact": r"jump\w*|burpees?|run\w*|jog\w*|sprint\w*|plyo\w*|skipping rope",
    "burpe": r"burpees?",
    "squat": r"squats?",
    "lunge": r"lunges?",
    "stair": r"stairs?|step-?ups?",
    "lift": r"lift\w*|deadlifts?",
    "swim": r"swim\w*|lengths?",
    "kneel": r"kneel\w*",
    "bend": r"bend\w*|toe touch\w*",
    "twist": r"twist\w*",
    "push": r"push-?ups?",
    "plank": r"planks?",
}


_SHAPES_MOVES_RE = re.compile(
    r"^(?:write|do|design|build)\b.*\b(?:routine|workouts?|hiit|cardio|circuit|finisher)\b", re.I
)


def avoid_moves(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'my knee hurts so no running or jumping': tasks built on those moves leave the plan (a
    repeating one becomes a low-impact session), the workouts say what they leave out, and
    the caution is kept on the plan."""
    said = raw.lower()  # the request reader drops a leading "no," as a hedge
    m = _AVOID_RE.search(said)
    if not m or not _BODY_RE.search(said):
        return None
    words, rest = [m.group(1)], said[m.end() :]
    while more := _MORE_MOVES_RE.match(rest):  # "no running or jumping"
        words.append(more.group(1))
        rest = rest[more.end() :]
    rules = [
        _RULES_OUT.get(next((k for k in _RULES_OUT if w.startswith(k)), ""), re.escape(w))
        for w in words
    ]
    banned = re.compile(rf"\b(?:{'|'.join(rules)})\b", re.I)
    without = " or ".join(words)
    goal = f"{plan.goal.statement} {plan.goal.metric.name} {plan.metadata.field or ''}"
    if banned.search(goal.replace("_", " ")):  # "run a 5k": running is the goal itself
        return _check_first(plan, without, raw, today)
    hit = {t.id for t in plan.tasks() if t.status == "todo" and banned.search(t.title)}
    new = plan.next_version(
        f"no {without}: {len(hit)} task(s) changed"
        if hit
        else f"no {without}: no task asks for it; the workouts now say so"
    )
    for milestone in new.milestones:
        for task in list(milestone.tasks):
            if task.id in hit and task.recurrence:  # the session stays, without the move
                task.title = (
                    f"Low-impact session instead: brisk walk, bike or pool, "
                    f"{task.estimate_minutes} minutes"
                )
                task.done_when = "Session done without pain; how the joint felt noted"
            elif task.id in hit and len(milestone.tasks) > 1:
                remove_task(new, task.id)
            elif task.status == "todo" and _SHAPES_MOVES_RE.search(task.title):
                task.title = f"{task.title.rstrip(' .')}, without {without}"
    new.assumptions.append(
        Assumption(text=f"Caution: {original_said(raw)}", source="stated", key="caution")
    )
    return new


def _check_first(plan: Plan, without: str, raw: str, today: dt.date) -> Plan:
    """The move is the goal's own activity: the plan keeps it, and a check with a physio or
    doctor comes first this week; a break is the person's to ask for."""
    new = plan.next_version(
        f"{without} is this goal's own activity, so the sessions stay; a physio or doctor "
        "check comes first (say 'take 2 weeks off' for a break)"
    )
    current = next((m for m in new.milestones if m.deadline >= today), new.milestones[-1])
    ids = fresh_ids(new)
    current.tasks.insert(
        0,
        Task(
            id=next(ids),
            title="Book a physio or GP check for the pain before the next session",
            owner=new.owners[0],
            estimate_minutes=20,
            due=min(today + dt.timedelta(days=3), current.deadline),
            start=today,
            done_when="Appointment booked; what to avoid until then written down",
        ),
    )
    new.assumptions.append(
        Assumption(text=f"Caution: {original_said(raw)}", source="stated", key="caution")
    )
    return new


def original_said(raw: str) -> str:
    """The person's words, trimmed for an assumption line."""
    return raw.strip().rstrip(".!")[:200]
