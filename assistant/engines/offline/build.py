"""Turning an Understanding into a Plan: statement, ladder, dated tasks, owners, assumptions."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import replace

from assistant.config import Settings
from assistant.engines.offline.act_time import exam_lengths, sized_acts, whole_acts
from assistant.engines.offline.answer_facts import fact_steps
from assistant.engines.offline.assumptions import holds, plan_assumptions
from assistant.engines.offline.build_up import build_up
from assistant.engines.offline.checkpoints import date_around_checkpoints, sessions_after_ready
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.counted_reach import reach_amount
from assistant.engines.offline.dated_steps import dated_steps
from assistant.engines.offline.debt_order import debts_in_order
from assistant.engines.offline.dose_gaps import keep_dose_interval
from assistant.engines.offline.evidence import names_the_thing_won, with_evidence
from assistant.engines.offline.finite_repeats import bound_repeats
from assistant.engines.offline.finite_span import finish_early
from assistant.engines.offline.first_steps import front_load_first_steps
from assistant.engines.offline.fit import fit_capacity
from assistant.engines.offline.fit_steps import per_week
from assistant.engines.offline.free_money import claim_the_match_first
from assistant.engines.offline.indicators import at_their_level, first_rung
from assistant.engines.offline.ladder import (
    ladder,
    milestone_deadlines,
    past_done,
    rung_metric,
    value_text,
)
from assistant.engines.offline.lead_times import place_by_lead
from assistant.engines.offline.made_steps import made_steps
from assistant.engines.offline.money_income import hold_to_income
from assistant.engines.offline.money_pace import add_the_raise, assume_money_pace, keep_the_ramp
from assistant.engines.offline.money_system import in_their_currency, in_their_words, their_system
from assistant.engines.offline.named_slots import named_slots
from assistant.engines.offline.order import order_steps
from assistant.engines.offline.own_goal import own_goal
from assistant.engines.offline.owners import by_role, share_tasks
from assistant.engines.offline.piece_time import hold_distance, hold_piece_time
from assistant.engines.offline.prep_order import place_by_practice
from assistant.engines.offline.race_time import goal_on_time, pace_work, time_ladder
from assistant.engines.offline.reach import reach_counts
from assistant.engines.offline.safety import make_safe
from assistant.engines.offline.said_sessions import kept, stated_rhythm, time_elsewhere
from assistant.engines.offline.spacing import space_milestones
from assistant.engines.offline.stated_time import (
    days_the_title_says,
    hold_stated_time,
    keep_said_sessions,
    room_for_daily,
    stated_daily,
    stated_week,
    tiny_daily,
    use_day_slot,
)
from assistant.engines.offline.tasks import (
    GROW_FROM,
    REVIEW,
    OwnerCycle,
    fill_title,
    grown_practice,
    kickoff_tasks,
    recurring_tasks,
    respect_limit,
    scaled_practice,
    stage_tasks,
)
from assistant.engines.offline.title_rhythm import keep_monthly, monthly_tasks
from assistant.engines.offline.title_sizes import size_by_title
from assistant.engines.offline.volume import reach_volume
from assistant.language import normalize
from assistant.language.levels import stated_levels
from assistant.models import (
    Assumption,
    Goal,
    Metric,
    Milestone,
    Plan,
    PlanMetadata,
    Task,
)
from assistant.playbooks import MONEY_UNITS, RateForm, Rung, Step, fmt_number, fmt_value
from assistant.playbooks.whole_goal import keep_whole
from assistant.understanding.answers_kept import past_their_start
from assistant.understanding.deadline import theirs
from assistant.understanding.finish_time import with_finish_time
from assistant.understanding.goal import (
    Understanding,
    days_without,
    outcome_phrase,
    statement_is_specific,
)
from assistant.understanding.measure_words import their_measure
from assistant.understanding.number_roles import as_written as written_as
from assistant.understanding.numbers import stated_reading
from assistant.understanding.rhythm import PER_MONTH, period_words, said_weekday, streak
from assistant.understanding.scope import Scope, scope_of, scoped_words
from assistant.understanding.start_kinds import added_to_start
from assistant.understanding.stated_measure import dropped
from assistant.understanding.statement_words import as_floor, as_written, coach_case, floor_word


def _planned_texts(
    milestones: list[Milestone],
    rungs: tuple[Rung, ...],
    steps: tuple[Step, ...],
    practice: tuple[Step, ...],
) -> list[str]:
    """The titles and done-whens the plan has so far, for what it makes."""
    texts = [r.title for r in rungs] + [f"{s.title} | {s.done_when}" for s in (*steps, *practice)]
    return texts + [f"{t.title} | {t.done_when}" for m in milestones for t in m.tasks]


def _step_texts(u: Understanding, own, first_steps: tuple[Step, ...], moves) -> list[str]:
    """Every title and done-when the field (or its variant ``own``) and the constraint's moves
    plan for this person: a fact of the answers that one of them names is planned already."""
    rungs = own.rungs if own else u.playbook.rungs
    practice = own.practice if own and own.practice else u.playbook.practice
    steps = (*first_steps, *(s for r in rungs for s in r.steps), *practice)
    steps = (*(s for s in steps if kept(s, u)), moves.attack, *moves.also, *moves.unblock)
    return [f"{s.title} | {s.done_when}" for s in steps]


def _three(rungs: tuple[Rung, ...]) -> tuple[Rung, ...]:
    """Three milestones from a field's four: the second's result is left out, never its steps
    (a ten-day retest still books the repair and the retest slot), which the first takes on."""
    first, second, *rest = rungs
    return (replace(first, steps=first.steps + second.steps), *rest)


def plan_id(goal: str, answers: dict[str, str], today: dt.date) -> str:
    """Deterministic for the same input, different for different goals."""
    key = "\n".join(
        [goal.strip(), *(f"{k}={v}" for k, v in sorted(answers.items())), today.isoformat()]
    )
    return "p-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def build_plan(u: Understanding, settings: Settings, today: dt.date, pid: str) -> Plan:
    pb = u.playbook
    past_their_start(u)  # "can run 5k" against a typical 5 km: the plan starts at 5 km
    system = in_their_currency(u)  # pounds, rupees, euros: their money and accounts
    assume_money_pace(u, system or their_system(u))  # no amount a month said: one assumed
    hold_to_income(u)  # a date that needs more a month than their take-home leaves moves
    ramp = keep_the_ramp(u)  # "£200 a month now, want £500": both amounts, dated by both
    # the finish time they want to beat ("under 2 hours"), and the part the field leaves out
    statement = with_finish_time(compose_statement(u), u)
    whole = keep_whole(u.core, statement, pb)
    if not names_the_thing_won(whole[len(statement) :], u):  # "finish TMA05 and send it off"
        statement = whole
    statement = as_written(statement, u.text)  # "Amazon" as they wrote it
    statement = their_measure(u.core, statement)  # 'average', 'asleep' as they said it
    n = 4 if (u.deadline - today).days >= 21 else 3
    if u.stages:
        n = max(3, len(u.stages))
    own = u.preset if u.preset and u.preset.rungs and u.target <= (u.preset.upto or 0) else None
    all_rungs = with_evidence(own.rungs, u) if own else pb.rungs  # "show £29,000 income"
    rungs = all_rungs if n == 4 else _three(all_rungs)
    values = ladder(u, rungs)
    free = [v for rung, v in zip(rungs, values, strict=True) if rung.value is None]
    if (
        n == 4 and len(set(free)) < len(free) and not holds(u)
    ):  # a small target (3 songs) has no four distinct quarter-points
        n, rungs = 3, _three(all_rungs)
        same = [i for i in range(3) if all_rungs[i].value is None and values[i] == values[i + 1]]
        if same and all_rungs[1].value is not None:  # the counted rung that repeats goes, not
            rungs = tuple(r for i, r in enumerate(all_rungs) if i != same[0])  # "lights out"
        values = ladder(u, rungs)
    if not u.stages and past_done(rungs, u) != rungs:  # "top finished": its quilting is next
        rungs = past_done(rungs, u)
        n, values = len(rungs), ladder(u, rungs)
    deadlines = milestone_deadlines(today, u.deadline, n)
    if u.rate_period in {"month", "paycheck"}:  # a month's rhythm is first checked after a month
        deadlines = [
            min(u.deadline, max(d, today + dt.timedelta(days=28 * (i + 1))))
            for i, d in enumerate(deadlines)
        ]
    values = _runs_that_fit(u, rungs, values, deadlines, today)
    moves = constraint_moves(
        pb, u.constraint, u.core, u.preset.obstacle if u.preset else "", typed=u.text
    )
    constraint, strategy, attack = moves.constraint, moves.strategy, moves.attack
    first_steps = own.kickoff if own and own.kickoff else pb.kickoff
    facts = fact_steps(  # "£1,100 on a credit card": a fact the goal depends on, planned
        pb.key, list(u.answers_said), _step_texts(u, own, first_steps, moves)
    )
    kickoff = tuple(s for s in first_steps + moves.unblock + facts if kept(s, u))
    usable = u.capacity * 60 * (1 - settings.capacity_slack)
    # a weekly review earns its 20 minutes on a long run with time to spare; a three-week
    # repair or push is looked back on at its checkpoints, not every Sunday
    reviewed = usable >= 150 and (u.deadline - today).days >= _REVIEWED_DAYS
    fields = _fields(u)
    leads = u.owners if u.team else u.owners[:1]  # a household's helpers get suited tasks after
    owners = OwnerCycle(leads)
    milestones: list[Milestone] = []
    counter = iter(range(1, 10_000))
    window_start = today
    field_practice = own.practice if own and own.practice else pb.practice
    practice_steps = stated_rhythm(tuple(s for s in field_practice if kept(s, u)), u)
    # a beginner's intervals carry the first half; the field's own sessions the rest
    grown = stated_rhythm(
        tuple(s for s in field_practice if kept(s, u, u.stated - {"beginner"})), u
    )
    if "capacity" in u.stated and u.capacity >= GROW_FROM and u.sessions_per_week is None:
        practice_steps = grown_practice(practice_steps, usable)  # "full time": use the time
        grown = grown_practice(grown, usable)
    for i, (rung, due, value) in enumerate(zip(rungs, deadlines, values, strict=True)):
        f = {**fields, "v": value_text(u, rung, value)}
        rung_title = rung.title
        if u.rate_period and rung.value is None:
            step = i + 1 if holds(u) else None
            f.update(rate_fields(u, value, i == n - 1, step, room_days=(due - today).days))
            rung_title = rate_form(u).rung
        if u.stages:  # the person's own stages, quoted
            stage = u.stages[i] if i < len(u.stages) else u.stages[-1]
            rung_title = "Done: " + stage.replace("{", "{{").replace("}", "}}")
        tasks: list[Task] = []
        if i == 0:
            tasks += kickoff_tasks(kickoff, f, today, due, counter, owners)
        steps = tuple(
            s for s in rung.steps if kept(s, u)
        )  # "I already took a practice test": not planned again
        # the slideshow the scans are for, the appeal's letter before "Appeal sent"
        steps += made_steps(
            u.text,
            _planned_texts(milestones, rungs, steps, (*practice_steps, *grown)),
            rung.title,
            [r.title for r in rungs[i + 1 :]],
        )
        tasks += stage_tasks(steps, f, window_start, due, counter, owners)
        week_one = sum(s.minutes for s in kickoff) if i == 0 else 0  # set-up lands in week one
        steps_now = practice_steps if i < max(1, n // 2) else grown
        if u.rhythm_is_sessions and steps_now and rung.value is None:
            # the person's rhythm is the practice: sessions follow the rung, no extras added
            steps_now = (replace(steps_now[0], times=max(1, round(value))),)
        practice = scaled_practice(
            steps_now,
            usable - week_one,
            attack,
            tasks,
            window_start,
            due,
            keep_first=u.rhythm_is_sessions or u.sessions_per_week is not None,
        )
        practice_due = due  # the practice runs to the checkpoint: no week goes without it
        lead = leads[i % len(leads)]
        tasks += recurring_tasks(
            practice, f, window_start, practice_due, counter, owners, lead=lead, first=i == 0
        )
        tasks += recurring_tasks(  # every part of a two-part obstacle has its weekly attack
            (attack, *moves.also) + ((REVIEW,) if reviewed else ()),
            f,
            window_start,
            due,
            counter,
            owners,
            lead=lead,
            first=i == 0,
        )
        milestones.append(
            Milestone(
                id=f"m{i + 1}",
                title=their_measure(u.core, fill_title(rung_title, f)),
                deadline=due,
                tasks=tasks,
                metric=rung_metric(u, rung, value),
            )
        )
        window_start = (
            due + dt.timedelta(days=1) if due + dt.timedelta(days=1) <= u.deadline else due
        )
    time_ladder(milestones, u)  # "5k under 28:00, ran 31:40": times on the race distance
    if not u.team:
        share_tasks(milestones, u.helpers)
    else:
        by_role(milestones, u.roles)  # "Dana (design)": the mock-ups are Dana's
    make_safe(milestones, u.cautions, today)  # "history of disordered eating": no calorie apps
    levels = [] if u.reducing else stated_levels(u.text, u.baseline_said)  # "20km a week"
    plan = Plan(
        id=pid,
        start_date=today,
        goal=Goal(
            statement=statement,
            deadline=u.deadline,
            why=u.why,
            metric=Metric(
                name=u.metric_name,
                target=u.target,
                unit=u.unit,
                baseline=u.baseline,
                kind="lagging",
            ),
        ),
        constraint=constraint,
        constraint_strategy=strategy,
        method=_method(u),
        capacity_hours_per_week=u.capacity,
        owners=list(u.owners),
        team=u.team,
        assumptions=plan_assumptions(u, constraint, moves.from_goal)
        + _elsewhere(tuple(s for s in field_practice if kept(s, u)), u),
        milestones=milestones,
        leading_indicators=[
            Metric(
                name=name,
                # "longest nonstop swim this week" in the goal's own unit: the first rung
                target=at_their_level(
                    name, first_rung(name, target, unit, u.unit, milestones), unit, levels
                ),
                unit=_their_money(unit, u.unit),
                kind="leading",
            )
            for name, target, unit in (u.preset and u.preset.indicators) or pb.indicators
        ],
        review_day="friday" if pb.method != "time_blocking_next_actions" else "sunday",
        metadata=PlanMetadata(
            engine="offline",
            field=pb.key,
            field_confidence=u.route.confidence if u.route else None,
        ),
    )
    goal_on_time(plan)  # "5k under 25, 28:40 now": judged on its time
    sized_words(plan, scope_of(u.scope), u.subject)  # "every room" only for a whole home
    # a run of 4 weeks gets 4 weeks after the one before; a guessed deadline moves instead
    space_milestones(plan, usable, guessed_deadline=not theirs(u.stated))
    finish_early(plan, u.preset.weeks_each if u.preset else None)  # 2 rooms by July: in a month
    size_by_title(plan, settings.task_limit_minutes(u.team))  # a 16 km run is not 15 minutes
    exam_lengths(plan, u.text, usable)  # a full-length FAR practice exam takes the exam's 4 hours
    whole_acts(plan, 0)  # "Write the promotion case" takes an hour: the fit makes room for it
    cap = u.session_cap or 0
    for task in plan.tasks() if cap else ():
        if task.recurrence and task.estimate_minutes > cap:  # "30 min a day"
            task.resize(cap // 5 * 5 or cap)  # "2 min a day" to floss: 2 minutes
    keep_said_sessions(plan, u, settings.task_limit_minutes(u.team))  # 1 long Saturday, not 2
    if u.limit:
        respect_limit(plan, u.limit, today)
    sessions_after_ready(order_steps(plan))  # rollers before painting, the CV before applying
    hold_stated_time(plan, u, settings.capacity_slack)  # "15 min a day" stays 15 min a day
    reach_counts(plan, usable)  # "36 workouts" by its date: enough workouts a week to get there
    fixed = u.said_hours is not None  # "15 min a day": a length they stated is not grown
    reach_volume(plan, usable, fixed)  # 1,189 chapters: sessions long enough to read them
    reach_amount(plan, usable, fixed)  # 3,000 prints by the date: what the sessions scan
    said_length = bool(u.session_cap and u.session_minutes == u.session_cap)  # "90 mins"
    keep = u.session_minutes or 0 if fixed or said_length else 0  # "15 min a day" not 12
    week = stated_week(u)  # "20 min a day": the week's sessions stay near 2.3 hours
    keep_monthly(plan, u.text)  # before the fit: a monthly date night is not cut as a weekly one
    monthly = frozenset(t.title for t in monthly_tasks(plan, u.text))  # the goal's rhythm
    monthly |= use_day_slot(plan, u, settings.task_limit_minutes(u.team))  # "sunday 2 hours"
    monthly |= days_the_title_says(plan)  # "..., every working day": five days, not two
    daily = stated_daily(plan, u)  # "20 min a day": the daily act keeps its days
    tiny = tiny_daily(plan) if "capacity" in u.stated else frozenset()  # the diary stays daily
    if week and tiny:  # and its minutes come on top of the sessions they stated
        week += sum(per_week(t) for t in plan.tasks() if t.title in tiny)
    daily |= tiny
    fitted = fit_capacity(
        plan,
        settings,
        keep_minutes=keep,
        rhythm_minutes=week,
        keep_titles=monthly | daily | {s.title for s in facts},
    )  # a fact they told is kept: the £1,100 card is no optional extra
    plan = reach_counts(fitted, usable, adjust=False)
    plan = reach_volume(plan, usable, fixed, adjust=False)  # and says a gap
    plan = reach_amount(plan, usable, fixed, adjust=False)  # and the levers that close it
    limit = settings.task_limit_minutes(u.team)
    plan = hold_piece_time(plan, limit)  # "each piece takes 3 h": not 2 pieces in 90 minutes
    sitting = min(limit, u.session_cap or limit)  # "3 x 25 min": no long run past 25
    plan = hold_distance(plan, sitting, usable)  # an 8-mile long hike is not 90 minutes
    plan = sized_acts(plan)  # "Sort 1 drawer" at 2 hours names the drawers 2 hours hold
    said = " ".join((u.text, u.baseline_said, u.constraint or ""))
    plan = bound_repeats(plan, said)  # 2 collections: a few written requests, not 26
    plan = whole_acts(plan, u.session_cap or 0)  # an hour's case study in 3 lunch breaks
    plan = build_up(
        plan, " ".join((u.text, u.baseline_said, u.constraint or ""))
    )  # "I sit all day"
    plan = keep_monthly(plan, u.text)  # "a date night twice a month" is not weekly
    plan = keep_dose_interval(plan)  # a second shingles dose 2 months on, not 4 days
    plan = date_around_checkpoints(plan, settings.capacity_slack)  # prep before its day
    plan = dated_steps(plan, u.steps)  # "registration closes in september": a step, dated
    plan = front_load_first_steps(plan, usable)  # a 15-minute call in week 1, not week 9
    plan = place_by_lead(
        plan, " ".join((u.text, u.baseline_said))
    )  # applications weeks before the offer, mocks late from zero
    plan = place_by_practice(plan)  # the gauge swatch before the knitting, "best 5" at the end
    add_the_raise(plan, u, ramp)
    pace_work(plan.milestones, u)  # "5k under 28": intervals at goal pace once a week
    plan = debts_in_order(plan, u)  # "store card $1,300 @29.9%": the highest rate first
    plan = claim_the_match_first(plan, u)  # "a pension match I'm not using": free money first
    answered = {"constraint": u.constraint or "", "baseline": u.baseline_said}
    plan = named_slots(plan, u.text, answered)  # "the office you need to reach": the collectors
    # the daily act keeps its days; a week total they said ("about 4 hrs? mon wed fri") stays
    plan = room_for_daily(plan, daily if u.said_hours else frozenset(), settings.capacity_slack)
    return in_their_words(plan, system)


def compose_statement(u: Understanding) -> str:
    """The outcome in one sentence with its deadline; a plainer form if it would read vague."""
    pb = u.playbook
    f = _fields(u)
    by = f" by {u.deadline.day} {u.deadline:%B %Y}"
    if u.levels:  # keep the person's own numbers next to the change they mean
        by = f" ({fmt_value(u.levels[0], u.unit)} to {fmt_value(u.levels[1], u.unit)})" + by
    added = added_to_start(u.core, u.target, u.baseline)
    if added:  # "recruit 10 more, we're at 6": their 10 kept beside the 16
        by = f" ({added:g} more than the {u.baseline:g} now)" + by
    if pb.money and not u.rate_period and u.money_per_month and _pace_in_goal(u):
        # "₹10,000 a month to build a 3 lakh fund": the total, and the pace they gave it
        by = f" at {fmt_value(u.money_per_month, u.unit)} a {u.money_period}" + by
    said = f"{u.core} {u.baseline_words} {u.baseline_said}" if u.unit.lower() == "mmhg" else ""
    if stated_reading(said, u.target):  # "under 130/80", "148/95": both numbers they gave
        f["target"] = f"{stated_reading(said, u.target)} mmHg"
    if stated_reading(said, u.baseline):
        by = f" (from {stated_reading(said, u.baseline)})" + by
    if pb.key == "scaffold":  # no field fits: the goal in their words, never the typed text
        rated = ""
        if u.rate_period:  # "sell 40 eggs a day": their rhythm, in the field-less wording
            room = (u.deadline - u.today).days
            rated = rate_form(u).statement.format(
                **{**f, **rate_fields(u, u.target, final=True, room_days=room)}
            )
        said = own_goal(u, f["target"], rated)
        if not statement_is_specific(said + by):  # "improve marketing": checkable from week 1
            said += f": {f['target']}, done and checked"
        return said + by
    candidates = []
    if (
        pb.key == "generic"
        and not (u.preset and u.preset.statement)
        and u.subject != pb.default_subject
    ):
        candidates.append(u.subject[:1].upper() + u.subject[1:])
    template = u.preset.statement if u.preset and u.preset.statement else pb.statement
    if u.rate_period:
        f.update(rate_fields(u, u.target, final=True, room_days=(u.deadline - u.today).days))
        template = rate_form(u).statement
    measured = template.format(**f)
    floor = floor_word(u.core, u.target) if u.target else None
    if floor and f.get("target"):  # "above 700" is a floor: never "to 700"
        measured = as_floor(measured, f["target"], floor)
    if u.done_words:  # the done-state they named, in their words, then the field's measure
        candidates[:0] = [u.done_words, f"{u.done_words}: {measured[:1].lower()}{measured[1:]}"]
    candidates[:0] = their_measure_lines(u, measured, by)
    candidates += [measured, last_resort(u, f)]
    for text in candidates:
        text = text[:1].upper() + text[1:]
        full = text + by
        if statement_is_specific(full) and len(full) <= 200:
            return coach_case(full)
    return coach_case(candidates[-1] + by)


def their_measure_lines(u: Understanding, measured: str, by: str) -> list[str]:
    """Statements that keep the goal's own measure when the field's sentence drops part of it:
    their words first, then the field's sentence with the share or the condition put back."""
    m = u.measure
    if m is None or not any(abs(u.target - v) < 1e-6 for v in (m.value, m.upper or m.value)):
        return []  # the plan measures another number: a total computed, or another part
    lost = dropped(m, normalize(measured + by))  # the levels said after it count too
    own = their_measure_words(u, measured + by)
    out = [own] if own else []
    if m.shape == "share" and "share_lost" in lost:  # "half my tips": a share of each one
        each = f"all your {m.flow}" if m.flow.endswith("s") else f"every {m.flow}"
        out.append(f"Set aside {m.value:g}% of {each}")
    if m.condition and "condition_lost" in lost:  # "on your days off", never a weekly average
        out.append(f"{_AVERAGED_RE.sub('', measured).rstrip(' ,')} on your {m.condition}")
    return out


_AVERAGED_RE = re.compile(
    r",?\s(?:on (?:the |a )?(?:weekly |daily )?average|averaged over the week)\b"
)
_NOT_A_VERB_RE = re.compile(r"^(?:it|i|we|that|this|they|he|she|there|me|my|our|\$|\d)\b")


def their_measure_words(u: Understanding, measured: str) -> str | None:
    """The goal's measure in the person's words, voiced to them ("get at least 6 hrs of proper
    sleep on your days off"), when the field's sentence drops part of it; None when it keeps it
    or their words are no clause that can lead a statement."""
    m = u.measure
    if m is None or not m.words:
        return None
    said = normalize(measured)
    act = m.words.split()[0]
    unnamed = m.unit == "times" and not re.search(rf"\b{re.escape(act[:4])}", said)
    lost = set(dropped(m, said)) - {"number_lost"}  # a sum computed or converted is theirs
    if not lost and not unnamed:  # "2 times a week" of what: the act they named
        return None
    words = written_as(u.text, m.words).strip(" ,.;(")
    if _NOT_A_VERB_RE.match(words.lower()) or words.count("(") != words.count(")"):
        return None
    if dropped(m, normalize(words)) or len(words.split()) > 18:
        return None  # their words must hold the whole measure, and read as one clause
    words = re.sub(r"\bmy\b", "your", re.sub(r"\bMy\b", "Your", words))
    return words[:1].upper() + words[1:]


def _pace_in_goal(u: Understanding) -> bool:
    """Whether the goal says the money a month as the way to its total ("₹10,000 a month to
    build a 3 lakh fund"), not as what they put in now ("I put €150 a month in now")."""
    for amount in (fmt_number(u.money_per_month or 0), f"{u.money_per_month:g}"):
        at = u.core.find(amount)
        if at >= 0:
            after = u.core[at + len(amount) : at + len(amount) + 60]
            return bool(_PACE_FOR_TOTAL_RE.match(after)) and not re.search(r"\bnow\b", after[:25])
    return False


_PACE_FOR_TOTAL_RE = re.compile(
    r"^[^,.;]{0,25}?\b(?:so that|so|to build|to reach|to hit|to get to|until|till|towards?|for)\b"
)


def last_resort(u: Understanding, f: dict[str, str]) -> str:
    """The measure itself when no sentence reads specific: "5 nights a week, 4 weeks in a row",
    "Reach 50 hours, counted as volunteer hours logged," (never "Reach 5 nights on the nights a
    week count")."""
    if u.rate_period and f.get("rate"):
        return f"{f['rate']}, {f['streak']}"
    return f"Reach {fmt_value(u.target, u.unit)}, counted as {u.metric_name},"


_REVIEWED_DAYS = 42  # a plan shorter than six weeks has no weekly review task

_KEEP_UP = RateForm(  # no field wording: the person's own phrase, kept up
    statement="{phrase}, {streak}",
    rung="{rate} for {streak}",
    metric_name="",
)


_FREE_DAYS = RateForm(statement="Keep {rate}, {streak}", rung="{rate} for {streak}", metric_name="")


_CUT_DOWN = RateForm(
    statement="{phrase}: down to {rate}, {streak}", rung="{rate} at most, {streak}", metric_name=""
)


_CAPPED = RateForm(
    statement="{rate} at most on {subject}, {streak}",
    rung="{rate} at most, {streak}",
    metric_name="",
)


def rate_form(u: Understanding) -> RateForm:
    """The field's wording of a rhythm; the person's own phrase when the field has none, or
    when they want less of something the field measures more of ("cut down on fast food")."""
    if u.reducing and not u.playbook.lower_is_better and not u.playbook.rate_reduces:
        return _CUT_DOWN
    if days_without(u.unit):
        return _FREE_DAYS  # days without it, counted up: the field's "at most" is for days with it
    if u.reducing and u.playbook.money and u.unit not in MONEY_UNITS:  # "once a week max"
        return _CAPPED  # a count of nights on the thing, never the field's money wording
    if u.preset and u.preset.rate:  # "cycle to work 3 days a week": the variant's own words
        return u.preset.rate
    return u.playbook.rate or _KEEP_UP


def _runs_that_fit(
    u: Understanding,
    rungs: tuple[Rung, ...],
    values: list[float],
    deadlines: list[dt.date],
    today: dt.date,
) -> list[float]:
    """A run of days in a row is due no earlier than it can be lived: 14 smoke-free days are
    not due a week after quit day; the first week goes to preparing."""
    if not u.counts_a_run:
        return values
    out = list(values)
    if u.baseline:  # a run already going grows a day a day: "I'm 90 days sober"
        return [
            v if r.value is not None else float(min(u.target, u.baseline + (d - today).days))
            for r, v, d in zip(rungs, values, deadlines, strict=True)
        ]
    # the run starts after a set-up milestone (quit day) or after a week of preparing
    start = deadlines[0] if rungs[0].value is not None else today + dt.timedelta(days=7)
    for i, (rung, due) in enumerate(zip(rungs, deadlines, strict=True)):
        if rung.value is None and 0 < i < len(out) - 1 or rung.value is None and i == 0:
            out[i] = float(min(out[i], max(1, (due - start).days)))
    return out


def rate_fields(
    u: Understanding,
    value: float,
    final: bool,
    step: int | None = None,
    room_days: int | None = None,
) -> dict[str, str]:
    """``{rate}`` ("5 miles a week"), ``{weeks}`` and ``{streak}`` for a rhythm goal's texts;
    a run never longer than the calendar before the milestone holds (``room_days``)."""
    assert u.rate_period
    weeks, phrase = streak(u.rate_period, final, step)
    if u.rate_period in {"month", "paycheck"}:  # "{weeks} weeks in a row": whole months
        weeks *= 4
    if room_days is not None and weeks * 7 > room_days:
        if u.rate_period in {"month", "paycheck"}:  # a monthly rhythm counts whole months
            months = max(1, room_days // 28)
            weeks = months * 4
            phrase = f"{months} months in a row" if months > 1 else "1 full month"
        else:
            weeks = max(1, room_days // 7)
            phrase = f"{weeks} weeks in a row" if weeks > 1 else "1 full week"
    rate = f"{fmt_value(value, u.unit)} {period_words(u.rate_period)}"
    own = outcome_phrase(u.core).split(",")[0].replace("{", "(").replace("}", ")")
    return {"rate": rate, "weeks": str(weeks), "streak": phrase, "phrase": own}


def _fields(u: Understanding) -> dict[str, str]:
    months = max((u.deadline - u.today).days / 30.4, 1)
    remaining = u.target - (u.baseline or 0)
    out = {
        "subject": u.subject,
        "target": fmt_value(u.target, u.unit),
        "unit": u.unit,
        "v": "",
        "per_month": fmt_value(math.ceil(remaining / months / 10) * 10, u.unit),
        # the day they named ("every Sunday") or the week, for a weekly act's own wording
        "day": said_weekday(u.core) or "week",
        "day_slot": f"{said_weekday(u.core)}s" if said_weekday(u.core) else "a set day and time",
    }
    if u.rate_period:  # the rhythm is the monthly pace
        per_month = u.target * PER_MONTH[u.rate_period]
        out["per_month"] = fmt_value(math.ceil(per_month / 10) * 10, u.unit)
    elif u.money_per_month:  # the amount they said they can give, never the one it "needs"
        out["per_month"] = u.money(round(u.money_per_month))
    return out


def _method(u: Understanding) -> str:
    if u.team:
        return "okrs_owner_mapping"
    return u.playbook.method


def _their_money(unit: str, goal_unit: str) -> str:
    """A field's indicator counted in dollars is counted in the person's own currency."""
    return goal_unit if unit in MONEY_UNITS and goal_unit in MONEY_UNITS else unit


def sized_words(plan: Plan, scope: Scope | None, subject: str) -> None:
    """The template's words said for the size the goal takes on: a spare room's last milestone
    is its floor and shelves clear, never 'every room clear'."""
    if scope is None:
        return
    subject = subject if subject.startswith(("the ", "your ")) else f"the {subject}"
    for milestone in plan.milestones:
        milestone.title = scoped_words(milestone.title, scope, subject)
        for task in milestone.tasks:
            task.title = scoped_words(task.title, scope, subject)
            task.done_when = scoped_words(task.done_when, scope, subject)


def _elsewhere(practice: tuple[Step, ...], u: Understanding) -> list[Assumption]:
    """The time answer's slot is for another act: said once, beside the capacity line."""
    said = time_elsewhere(practice, u)
    return [Assumption(text=said, source="stated", key="capacity")] if said else []
