"""Deterministic fixes for the common findings, for any plan (offline- or model-written)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.checkpoints import date_around_checkpoints
from assistant.engines.offline.constraints import constraint_plan
from assistant.engines.offline.finite_repeats import bound_repeats
from assistant.engines.offline.fit import fit_capacity
from assistant.engines.offline.piece_time import hold_piece_time
from assistant.engines.offline.stated_time import room_for_daily, said_sessions, stated_minutes
from assistant.language import normalize
from assistant.language.acts import one_off_act
from assistant.models import Assumption, Finding, Metric, Plan, Recurrence, Task
from assistant.plan_edits import fresh_ids, split_by_limit
from assistant.playbooks import BY_KEY, pick_playbook

_TASK_PATH_RE = re.compile(r"milestones\[(\d+)\]\.tasks\[(\d+)\]")


def repair_plan(plan: Plan, findings: list[Finding], today: dt.date, settings: Settings) -> Plan:
    """A copy of the plan with the findings it knows how to fix fixed; the rest left as is."""
    new = plan.model_copy(deep=True)
    new.metadata.repair_rounds += 1
    codes = {f.code for f in findings}
    tasks_by_path = {
        f.path: _task_at(new, f.path) for f in findings if _TASK_PATH_RE.fullmatch(f.path)
    }
    if "plan.milestones_out_of_order" in codes:
        new.milestones.sort(key=lambda m: m.deadline)
    for milestone in new.milestones:
        if milestone.deadline > new.goal.deadline:
            milestone.deadline = new.goal.deadline
        for task in milestone.tasks:
            if task.due > milestone.deadline:
                task.due = milestone.deadline
            if task.start is not None and task.start > task.due:
                task.start = task.due
    for finding in findings:
        flagged = tasks_by_path.get(finding.path)
        if flagged is not None:
            _fix_task(new, flagged, finding)
    if "plan.dependency_cycle" in codes or "plan.dependency_order" in codes:
        _fix_dependencies(new)
    if codes & {
        "plan.no_constraint",
        "plan.constraint_not_attacked",
        "plan.constraint_week_uncovered",
    }:
        _cover_constraint(new)
    if "goal.drift" in codes:
        restate_in_their_words(new)
    if "task.past_its_count" in codes:  # "Prep the next room" once a room, not every week
        request = new.request
        words = " ".join([request.goal_text, *request.answers.values()]) if request else ""
        bound_repeats(new, words)
    if "plan.no_quick_win" in codes:
        _add_quick_win(new)
    if "plan.no_leading_indicators" in codes:
        new.leading_indicators.append(
            Metric(name="focus sessions done per week", target=3, unit="sessions", kind="leading")
        )
    keep = stated_minutes(new)  # "20 min a day" stays 20 minutes in the refit too
    said = said_sessions(new)  # "3 mornings a week": 3 runs a week in the refit too
    fitted = fit_capacity(
        new, settings, keep_core=new.version > 1, keep_minutes=keep, keep_titles=said
    )
    fitted = room_for_daily(fitted, said if keep else frozenset(), settings.capacity_slack)
    fitted = hold_piece_time(
        fitted, settings.task_limit_minutes(fitted.team)
    )  # the refit never puts 2 stated 3-hour pieces in 90 min
    if fitted.version > 1 or fitted.metadata.engine != "offline":
        return fitted
    return _dated_around_checkpoints(fitted, today, settings)


def _dated_around_checkpoints(plan: Plan, today: dt.date, settings: Settings) -> Plan:
    """A first offline draft's preparations go back before their checkpoints after the refit
    (the day's schedule before the wedding day), unless that breaks a rule the refit kept."""
    from assistant.validators import errors, validate_plan

    dated = date_around_checkpoints(plan.model_copy(deep=True), settings.capacity_slack)
    kept = len(errors(validate_plan(plan, settings, today)))
    return dated if len(errors(validate_plan(dated, settings, today))) <= kept else plan


_NOT_AN_OUTCOME = re.compile(
    r"^(?:i|i'm|im|i've|we|we're|my|our|me|it|it's|this|that|the|a|an|there|he|she|they)\b|"
    r"\b(?:i|i'm|im|i've|i'd|i'll)\b|\?"
)


# the verbs a restated goal may start with: an outcome is something to do, not a description
_GOAL_VERBS = frozenset(
    [
        "get",
        "lose",
        "gain",
        "save",
        "pay",
        "payoff",
        "run",
        "walk",
        "read",
        "write",
        "learn",
        "finish",
        "build",
        "start",
        "stop",
        "quit",
        "cut",
        "reduce",
        "lower",
        "raise",
        "increase",
        "find",
        "land",
        "sign",
        "earn",
        "make",
        "keep",
        "eat",
        "drink",
        "sleep",
        "fix",
        "clean",
        "declutter",
        "move",
        "pass",
        "become",
        "train",
        "practice",
        "practise",
        "play",
        "call",
        "visit",
        "spend",
        "grow",
        "open",
        "launch",
        "sell",
        "buy",
        "hire",
        "apply",
        "complete",
        "paint",
        "renovate",
        "organize",
        "organise",
        "plan",
        "host",
        "lift",
        "swim",
        "bike",
        "cycle",
        "meditate",
        "pray",
        "attend",
        "go",
        "take",
        "give",
        "help",
        "improve",
        "reach",
        "hit",
        "drop",
        "bring",
        "have",
        "finish",
        "double",
        "triple",
        "publish",
        "record",
        "ship",
        "file",
        "submit",
        "appeal",
        "digitize",
        "digitise",
        "scan",
        "sort",
        "repair",
        "restore",
        "replace",
        "install",
        "finally",
        "establish",
        "create",
        "clear",
        "rebuild",
        "reconnect",
        "date",
        "cook",
        "bake",
        "knit",
        "sew",
        "quilt",
        "draw",
        "memorize",
        "memorise",
        "study",
        "prepare",
        "deliver",
        "speak",
        "join",
        "volunteer",
        "donate",
        "raise",
        "recruit",
        "grow",
        "book",
        "schedule",
        "renew",
    ]
)


def restate_in_their_words(plan: Plan) -> None:
    """A goal that lost the person's number or rhythm, or drifted to a neighbouring goal, is
    restated in their own outcome words ("Get 3 freelance bookkeeping clients on the side by
    19 March 2027") when that keeps more of what they said."""
    from assistant.understanding.goal import core_text, outcome_phrase, statement_is_specific
    from assistant.understanding.statement_words import coach_case
    from assistant.validators.faithful import validate_faithful
    from assistant.validators.subject import off_subject

    if plan.request is None:
        return
    phrase = outcome_phrase(core_text(plan.request.goal_text))
    words = phrase.split()
    if len(words) < 2 or _NOT_AN_OUTCOME.search(phrase) or words[0].lower() not in _GOAL_VERBS:
        return  # "I was 180 in the army", "Type 1 diabetic, 26": a story, not a goal to restate
    due = plan.goal.deadline
    restated = plan.model_copy(deep=True)
    their = f"{phrase[0].upper()}{phrase[1:]} by {due.day} {due:%B %Y}"
    restated.goal.statement = coach_case(their)  # "Get to B2 in German", not "b2 in german"
    if not statement_is_specific(restated.goal.statement):
        return  # "Learn Spanish by May" says less than the field's finish line
    lost, lost_after = len(validate_faithful(plan)), len(validate_faithful(restated))
    if lost_after > lost or (
        lost_after == lost and not (off_subject(plan) and not off_subject(restated))
    ):
        return
    plan.goal.statement = restated.goal.statement
    metric = plan.goal.metric
    for i, said in enumerate(plan.assumptions):
        if said.key == "metric":  # what counts is what they said; the field's count is a guess
            plan.assumptions[i] = Assumption(
                text=f"Success is what you said: {phrase}", source="stated", key="metric"
            )
            plan.assumptions.insert(
                i + 1,
                Assumption(
                    text=f"The milestones count {metric.name} on the way "
                    f"(target {metric.target:,.10g}{' ' + metric.unit if metric.unit else ''})",
                    source="assumed",
                    key="metric",
                ),
            )
            break


def _task_at(plan: Plan, path: str) -> Task | None:
    m = _TASK_PATH_RE.fullmatch(path)
    try:
        return plan.milestones[int(m.group(1))].tasks[int(m.group(2))] if m else None
    except IndexError:
        return None


def _fix_task(plan: Plan, task: Task, finding: Finding) -> None:
    code = finding.code
    if code in {"task.owner_group", "task.owner_multiple", "task.owner_unknown"}:
        first = re.split(r"\s(?:and|or|with)\s|[,&/+;]", task.owner)[0].strip()
        if code == "task.owner_unknown" and first:
            plan.owners.append(first)
        task.owner = first if code != "task.owner_group" and first else plan.owners[0]
    elif code == "task.no_done_when" or code == "task.done_when_vague":
        task.done_when = f"Result of '{task.title[:80]}' saved and ticked off in the plan"
    elif code == "task.not_verb_first":
        task.title = "Complete " + task.title[:1].lower() + task.title[1:]
    elif code == "task.too_big":
        _split_in_place(plan, task)


def _split_in_place(plan: Plan, task: Task) -> None:
    split_by_limit(plan, task.id, 120)


def _fix_dependencies(plan: Plan) -> None:
    by_id = {t.id: t for t in plan.tasks()}
    order = {t.id: i for i, t in enumerate(plan.tasks())}
    for task in plan.tasks():
        kept = []
        for dep in task.depends_on:
            if order[dep] >= order[task.id]:
                continue  # a backward edge is what closes a cycle
            if by_id[dep].due > task.due:
                task.due = by_id[dep].due
            kept.append(dep)
        task.depends_on = kept


def _cover_constraint(plan: Plan) -> None:
    # the field the plan was written from; plans from elsewhere by their words
    pb = BY_KEY.get(plan.metadata.field or "") or pick_playbook(normalize(plan.goal.statement))
    constraint, strategy, attack = constraint_plan(pb, plan.constraint or None)
    plan.constraint = plan.constraint or constraint
    plan.constraint_strategy = plan.constraint_strategy or strategy
    ids = fresh_ids(plan)
    window_start = plan.start_date
    once = one_off_act(attack.title)  # "Book a sitter": one task, not a weekly repeat
    for milestone in plan.milestones:
        covered = (
            any(t.attacks_constraint for m in plan.milestones for t in m.tasks)
            if once
            else any(t.attacks_constraint and t.recurrence for t in milestone.tasks)
        )
        if not covered:
            milestone.tasks.append(
                Task(
                    id=next(ids),
                    title=attack.title,
                    owner=plan.owners[0],
                    estimate_minutes=attack.minutes,
                    due=milestone.deadline,
                    start=min(window_start, milestone.deadline),
                    done_when=attack.done_when,
                    attacks_constraint=True,
                    recurrence=None if once else Recurrence(times=1, per="week"),
                )
            )
        window_start = milestone.deadline + dt.timedelta(days=1)


def _add_quick_win(plan: Plan) -> None:
    first = plan.milestones[0]
    due = min(plan.start_date + dt.timedelta(days=2), first.deadline)
    first.tasks.insert(
        0,
        Task(
            id=next(fresh_ids(plan)),
            title="Write 1 sentence that says what done looks like",
            owner=plan.owners[0],
            estimate_minutes=20,
            due=due,
            start=plan.start_date,
            done_when="Finish-line sentence saved in the plan",
        ),
    )
