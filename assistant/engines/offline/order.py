"""Steps in the order their dependencies need: the rollers are bought before the painting starts,
the reading plan chosen before the reading, and check-ins with a prayer partner begin once
someone has been asked to be one.

Works on any plan; only dates and starts move (a session that has no partner yet is dropped
from the milestones before the partner is found).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.engines.offline.step_order_table import picks_from_work
from assistant.models import Milestone, Plan, Task

_SETUP_RE = re.compile(
    r"^(?:buy|choose|pick|order|get|download|sign up|find|borrow|rent|install|set up)\b",
    re.I,
)
# what comes first among one-offs about the same thing: list the options, pick one, commit to it
_LIST_RE = re.compile(
    r"^(?:list|research|compare|shortlist|save|look up|write down|gather)\b", re.I
)
_PICK_RE = re.compile(r"^(?:pick|choose|select|decide|narrow|settle on)\b", re.I)
_COMMIT_RE = re.compile(r"^(?:sign up|register|join|enrol|enroll|book|buy|order|apply)\b", re.I)
# a milestone that finishes a piece of work ("Everything packed", "1 course finished")
_FINISHED_RE = re.compile(
    r"\beverything (?P<done>[a-z]+ed)\b|\b(?P<work>[a-z]{4,}) (?:finished|completed)\b", re.I
)
# taking on the thing later sessions work on ("Volunteer to lead 1 project")
_TAKE_ON_RE = re.compile(r"^(?:volunteer|take on|offer to lead|ask to lead)\b", re.I)
# entering the event the goal ends at: done early, while places are open and it sets the date
_OPENS = 112  # days before an event that entries are usually open
_ENTER_RE = re.compile(r"^(?:register|enter|enrol|enroll|sign up)\b (?:for|in) the\b", re.I)
_ROLE_RE = re.compile(
    r"\b(partner|buddy|tutor|coach|mentor|trainer|helper|therapist|sponsor|study group)\b", re.I
)
_RECRUIT_RE = re.compile(r"^(?:ask|find|book|hire|join|recruit|line up|choose|pick)\b", re.I)
_WORD_RE = re.compile(r"[a-z]{4,}")
_COMMON_WORDS = (
    "with from that this your each every week weeks minutes block next first session sessions "
    "plan today what when where fits them they into done minute hour hours after before about "
    "around over under more less than once twice last same other some only just also away have "
    "will would could should their there here then near least most work"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def finds_partner(task: Task) -> bool:
    """A one-off that finds the partner (buddy, tutor) later check-ins need."""
    return not task.recurrence and bool(
        _RECRUIT_RE.match(task.title) and _ROLE_RE.search(task.title)
    )


def order_steps(plan: Plan) -> Plan:
    """Set-up steps due before the sessions that use them (even from a later milestone);
    options listed before one is picked, picked before signing up; the event entered early;
    sessions with a person who is not yet found start once that person is asked."""
    _enter_early(plan)
    _setup_where_first_used(plan)
    start = plan.start_date
    for milestone in plan.milestones:
        _setup_first(milestone, start, last=milestone is plan.milestones[-1])
        _list_pick_commit(milestone, words(plan.goal.statement))
        start = milestone.deadline
    _roles_after_recruiting(plan)
    _work_after_taking_on(plan)
    _stop_when_finished(plan)
    return plan


def words(title: str) -> set[str]:
    """The words of a title that can name a thing (4 letters or more, not the common ones)."""
    return {w for w in _WORD_RE.findall(title.lower()) if w not in _COMMON}


def shared(a: set[str], b: set[str]) -> bool:
    """Whether two titles name the same thing: a word in common, or one word the start of the
    other ("scan" and "scanner", "pack" and "packing")."""
    return any(x == y or x.startswith(y) or y.startswith(x) for x in a for y in b)


def sets_up(task: Task, session: Task) -> bool:
    """Whether a one-off set-up step ("Buy rollers, tape...") gets ready what ``session`` uses
    ("Paint for one block: tape, cut in, roll"); kit for the hard days does not hold it up."""
    return (
        not task.recurrence
        and not task.attacks_constraint
        and bool(_SETUP_RE.match(task.title))
        and not picks_from_work(task.title)  # "Pick your best 5 pieces" comes after them
        and _is_session(session)
        and shared(words(session.title), words(task.title))
    )


def _is_session(task: Task) -> bool:
    """A practice session (not the constraint attack, not the weekly review)."""
    return (
        bool(task.recurrence)
        and not task.attacks_constraint
        and not task.title.startswith("Review the week")
    )


def _rank(title: str) -> int | None:
    for rank, pattern in enumerate((_LIST_RE, _PICK_RE, _COMMIT_RE)):
        if pattern.match(title):
            return rank
    return None


def _list_pick_commit(milestone: Milestone, subject: set[str]) -> None:
    """One-offs about the same thing in the order list, pick, commit: the later step is due
    at least a day after the earlier one (the earlier one moves up when the milestone ends
    first), and waits on it."""
    steps = sorted(
        (t for t in milestone.tasks if not t.recurrence and _rank(t.title) is not None),
        key=lambda t: _rank(t.title) or 0,
    )
    day = dt.timedelta(days=1)
    for a in steps:
        for b in steps:
            if (_rank(a.title) or 0) >= (_rank(b.title) or 0) or b.id in a.depends_on:
                continue
            if not shared(words(a.title) - subject, words(b.title) - subject):
                continue  # the goal's own subject ("instructional design") links nothing
            b.due = min(max(b.due, a.due + day), milestone.deadline)
            if a.due >= b.due:  # never before the day it may start
                a.due = max(b.due - day, min(a.start or b.due, b.due))
            for t in (a, b):
                t.start = min(t.start or t.due, t.due)
            if a.id not in b.depends_on:
                b.depends_on = [*b.depends_on, a.id]


def _enter_early(plan: Plan) -> None:
    """ "Register for the race" from the last milestone to the first (or, for an event more
    than 16 weeks away, to about 16 weeks before it, when entries are usually open): places
    fill up, and the entry fixes the date the whole plan builds to."""
    if len(plan.milestones) < 2:
        return
    when = max(
        plan.start_date + dt.timedelta(days=10), plan.goal.deadline - dt.timedelta(days=_OPENS)
    )
    k = next((i for i, m in enumerate(plan.milestones) if when <= m.deadline), -1)
    target = plan.milestones[k]
    window_start = (
        plan.milestones[k - 1].deadline + dt.timedelta(days=1) if k > 0 else plan.start_date
    )
    for milestone in plan.milestones[k + 1 :] if k >= 0 else ():
        for task in list(milestone.tasks):
            if task.recurrence or not _ENTER_RE.match(task.title):
                continue
            if any(t.id in task.depends_on for t in milestone.tasks):
                continue
            milestone.tasks.remove(task)
            target.tasks.append(task)
            task.due = min(max(when, window_start), target.deadline)
            task.start = min(task.start or window_start, task.due)
            for other in milestone.tasks:  # a checkpoint that listed it still waits on it
                if task.id in other.depends_on and other.due < task.due:
                    other.depends_on = [i for i in other.depends_on if i != task.id]


def _setup_where_first_used(plan: Plan) -> None:
    """A set-up step ("Get boxes and tape") that sits in a later milestone than the first
    sessions using it ("Pack 8 boxes") moves into that first milestone."""
    named = words(plan.goal.statement).union(*(words(m.title) for m in plan.milestones))
    for k, milestone in enumerate(plan.milestones):
        for task in list(milestone.tasks):
            if task.recurrence or task.attacks_constraint or task.depends_on:
                continue
            if not _SETUP_RE.match(task.title) or picks_from_work(task.title):
                continue
            tool = words(task.title) - named  # a tool, not the goal's own subject
            earlier = next(
                (
                    m
                    for m in plan.milestones[:k]
                    if any(_is_session(s) and shared(words(s.title), tool) for s in m.tasks)
                ),
                None,
            )
            if earlier is None or any(task.id in t.depends_on for t in milestone.tasks):
                continue
            milestone.tasks.remove(task)
            earlier.tasks.insert(0, task)
            task.start = None


def _setup_first(milestone: Milestone, window_start: dt.date, last: bool = False) -> None:
    """A set-up step ("Buy rollers, tape...") that a session uses ("... tape, cut in, roll")
    comes early in the window, and the session starts once it is done."""
    sessions = [t for t in milestone.tasks if _is_session(t)]
    k = 0
    for task in milestone.tasks:
        if task.recurrence or not _SETUP_RE.match(task.title) or picks_from_work(task.title):
            continue
        if task.depends_on or (last and task.due == milestone.deadline):
            continue  # a checkpoint ("Get written confirmation...") stays at the end
        users = [s for s in sessions if shared(words(s.title), words(task.title))]
        if not users:
            continue
        early = window_start + dt.timedelta(days=2 + 2 * k)
        k += 1
        if task.start is None or task.start > early:
            task.start = window_start
        if task.due > early:
            task.due = max(early, task.start)
        for session in users:
            if session.due > task.due and (session.start is None or session.start < task.due):
                session.start = task.due


def _roles_after_recruiting(plan: Plan) -> None:
    """Check-ins with a partner (a buddy, a tutor) wait until the step that finds one."""
    found: dict[str, dt.date] = {}
    recruits: dict[str, Task] = {}
    for task in plan.tasks():
        role = _ROLE_RE.search(task.title)
        if role and finds_partner(task):
            key = role.group(1).lower()
            found[key] = min(found.get(key, task.due), task.due)
            recruits.setdefault(key, task)
    window_start = plan.start_date
    for milestone in plan.milestones:
        for task in list(milestone.tasks):
            role = _ROLE_RE.search(task.title)
            if not task.recurrence or not role or role.group(1).lower() not in found:
                continue
            key = role.group(1).lower()
            ready = found[key]
            if milestone.deadline <= ready and _removable(plan, milestone, task):
                milestone.tasks.remove(task)
                continue
            if milestone.deadline <= ready:  # the milestone's only attack: find the partner first
                ready = _recruit_in(plan, milestone, recruits[key], window_start)
                recruits[key].attacks_constraint = task.attacks_constraint  # the attack's step 1
                found[key] = ready
            if ready > task.due:
                continue
            if not task.attacks_constraint and (task.start is None or task.start < ready):
                task.start = ready
            elif task.attacks_constraint and ready < task.due:
                task.start = max(task.start or ready, ready)
        window_start = milestone.deadline + dt.timedelta(days=1)


def _recruit_in(plan: Plan, milestone: Milestone, recruit: Task, window_start: dt.date) -> dt.date:
    """Move the step that finds the partner into ``milestone``'s first week; its due date."""
    for other in plan.milestones:
        if recruit in other.tasks and other is not milestone:
            other.tasks.remove(recruit)
            milestone.tasks.insert(0, recruit)
    recruit.due = min(window_start + dt.timedelta(days=6), milestone.deadline)
    recruit.start = min(recruit.start or window_start, recruit.due)
    return recruit.due


def _removable(plan: Plan, milestone: Milestone, task: Task) -> bool:
    """A task nothing waits on, in a milestone that keeps other tasks (and another weekly
    attack on the constraint, when this one is)."""
    attacks = [t for t in milestone.tasks if t.attacks_constraint and t.recurrence]
    if task.attacks_constraint and len(attacks) < 2:
        return False
    return len(milestone.tasks) > 1 and not any(task.id in t.depends_on for t in plan.tasks())


def _work_after_taking_on(plan: Plan) -> None:
    """Sessions on a project ("Deliver the next piece of the project") begin once it is taken
    on: none in the milestones before the one that volunteers for it, and in that one they
    start after the volunteering."""
    for k, milestone in enumerate(plan.milestones):
        for step in [t for t in milestone.tasks if not t.recurrence and _TAKE_ON_RE.match(t.title)]:
            taken = words(step.title)
            for earlier in plan.milestones[:k]:
                for task in list(earlier.tasks):
                    if _works_on(task, taken) and _removable(plan, earlier, task):
                        earlier.tasks.remove(task)
            for task in milestone.tasks:
                if _works_on(task, taken) and task.due > step.due:
                    task.start = max(task.start or step.due, step.due)


def _works_on(task: Task, named: set[str]) -> bool:
    return (
        bool(task.recurrence) and not task.attacks_constraint and shared(words(task.title), named)
    )


def _stop_when_finished(plan: Plan) -> None:
    """A session stops at the milestone that finishes its work: no packing after "Everything
    packed", no course lessons after "1 course finished"; the goal's own subject (named in the
    last milestone) never counts as finished early."""
    if not plan.milestones:
        return
    subject = words(plan.milestones[-1].title)
    for k, milestone in enumerate(plan.milestones[:-1]):
        done = {
            (m.group("done") or m.group("work")).lower()
            for m in _FINISHED_RE.finditer(milestone.title)
        } - subject
        for later in plan.milestones[k + 1 :]:
            for task in list(later.tasks):
                if not _works_on(task, done) or not shared(words(task.title), done):
                    continue
                if _removable(plan, later, task):
                    later.tasks.remove(task)
