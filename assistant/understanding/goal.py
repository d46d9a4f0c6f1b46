"""Reading a goal as people write it: outcome, metric, deadline, baseline, team, domain.

``understand`` merges what the goal text says with the typed answers; every field records
whether it was stated (text or answer) or must be assumed, so the plan can say so.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.assess import judge_specific
from assistant.language import (
    find_done_state,
    find_horizon,
    find_quantities,
    normalize,
    resolve_deadline,
)
from assistant.language.quantities import Quantity
from assistant.playbooks import BY_KEY, PLAYBOOKS, Playbook, Preset, fmt_number, fmt_value
from assistant.playbooks.routing import Route, route
from assistant.understanding.answers import CAPACITY_PHRASE_RE, parse_answers, parse_capacity
from assistant.understanding.baseline import in_unit, read_starting_point
from assistant.understanding.capacity import read_time
from assistant.understanding.limits import BodyLimit, read_limit
from assistant.understanding.numbers import (
    delta_goals,
    fits,
    outcome_quantities,
    read_target,
    split_quantities,
    with_units,
)
from assistant.understanding.rhythm import (
    EVERY_DAY_RE,
    REDUCE_RE,
    period_words,
    read_rhythm,
    sessions_are_now,
)
from assistant.understanding.words import NOT_NAMES, fix_typos

ROUTABLE = tuple(p for p in PLAYBOOKS if p.examples)


def split_stages(text: str) -> list[str]:
    """The person's stages: one per line, or separated by ';' or numbers ("1) ... 2) ...")."""
    parts = re.split(r"\n|;|\s(?=\d[.)]\s)", text)
    stages = [re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", p).strip(" .") for p in parts]
    return [s[:1].upper() + s[1:] for s in stages if len(s) >= 3][:4]


_LEAD_IN_RE = re.compile(
    r"^(?:(?:i|we|[^\W\d_]+ and i|me and [^\W\d_]+)\s(?:really\s)?(?:want|would like|wanna|"
    r"need|hope|plan|intend|am going|"
    r"'m going|are going|will|should|must|have)\s?(?:to\s)?|i'?d like to\s|we'?d like to\s|"
    r"my goal is to\s|our goal is to\s|goal:\s?|to\s)"
)
# a team goal names a team; "our house", "my life together" or "we" alone are a household's
_TEAM_RE = re.compile(
    r"\b(team|teams|colleagues|co-?founders?|squad|department|company|startup'?s?|"
    r"our (?:team|company|startup|department|org|organi[sz]ation|product|app|business|club|"
    r"group|staff|employees|engineers|devs|developers|sales|customers|users|school|church|"
    r"nonprofit|charity|clients|shop|store)|(?:we'?re|we are) (?:\d+|a few|two|three|four|five) "
    r"(?:devs|developers|engineers|people|of us))\b"
)
_PURPOSE_RE = re.compile(r"\b(so that|so i can|so we can|because|in order to|to be able to)\b.*$")
_NAME_RE = re.compile(
    r"(?:\bwith\s|\b(?:me|I)\s(?:and|&)\s)([^\W\d_][\w'’-]+)|([^\W\d_][\w'’-]+)\s(?:and|&)\s(?:I|me)\b(?!['’])"
)


@dataclass
class Understanding:
    """What the offline planner knows about one goal, and where each piece came from."""

    text: str
    core: str
    playbook: Playbook
    preset: Preset | None
    subject: str
    target: float
    unit: str
    metric_name: str
    deadline: dt.date
    capacity: float
    owners: list[str]
    team: bool
    baseline: float | None = None
    constraint: str | None = None
    why: str | None = None
    done_state: str | None = None
    rate_period: str | None = None  # the target is kept up per day / week / month
    sessions_per_week: float | None = None  # a rhythm the person stated
    session_minutes: int | None = None  # a session length the person stated
    session_cap: int | None = None  # the most one session (or a day) holds, as they said
    answered_rhythm: bool = False  # the rhythm came from their answer about time
    limit: BodyLimit | None = None  # a cane, a fall, crashes: how hard the plan may push
    rhythm_is_sessions: bool = False  # the target counts sessions ("4 workouts a week")
    reducing: bool = False  # the person wants less of it ("cut down to 10 drinks a week")
    route: Route | None = None  # how the field was chosen, with its confidence
    levels: tuple[float, float] | None = None  # stated start and end levels of a change
    stages: list[str] = field(default_factory=list)  # the person's own stages (no field fits)
    baseline_words: str = ""  # a starting point in another measure, kept in the person's words
    stated: set[str] = field(default_factory=set)  # keys stated in the goal or answered
    notes: dict[str, str] = field(default_factory=dict)  # key -> why a stated value was not used

    @property
    def weeks(self) -> float:
        return max((self.deadline - self.today).days / 7, 1 / 7)

    today: dt.date = dt.date.min

    def value(self, amount: float) -> str:
        return fmt_value(amount, self.unit)

    @property
    def counts_a_run(self) -> bool:
        """The goal is a run of days in a row ("30 days smoke-free"), not a rhythm or a total."""
        return not self.rate_period and self.unit == "days" and "in a row" in self.metric_name


def core_text(goal: str, keep_capacity: bool = False) -> str:
    """The goal without lead-ins ('I want to'), capacity or end punctuation; domain typos fixed."""
    s = fix_typos(normalize(goal))
    s = _HEADCOUNT_RE.sub(
        lambda m: f"{m.group(2)} for {m.group(1)} people", s
    )  # "a 100-person meetup"
    if not keep_capacity:
        s = CAPACITY_PHRASE_RE.sub("", s)
    for _ in range(2):
        s = _LEAD_IN_RE.sub("", s).strip()
    return s.strip(" .!,;")


_RUN_SO_FAR_RE = re.compile(
    r"\b(?:i'?m|i am|im|been|at|i have|i've got)\s(?:at\s|now\s)?(\d+)\s?days?\s"
    r"(?:sober|clean|smoke[- ]free|vape[- ]free|alcohol[- ]free|nicotine[- ]free|without|free|in)\b"
)


# numbers that are not amounts of the goal: a height ("6'1"), an age ("I'm 49", "my mom who
# is 79", "52 years old"), an account or a condition's name (a 401(k), a 529 plan, type 2)
_NOT_AMOUNT_RES = (
    re.compile(r"\b\d\s?(?:'|’|ft|foot|feet)\s?\d{0,2}(?:\"|''|in\b|inches)?|\b1[5-9]\d\s?cm\b"),
    re.compile(
        r"\b(?:i'm|im|i am|age|aged|who's|who is|he's|he is|she's|she is|turning|turned|turn)\s"
        r"(\d{1,2})\b(?!\s?(?:lbs?|kg|kilos?|pounds|%|k\b|miles?|km|hours?|hrs?|minutes?|mins?|"
        r"days?|weeks?|times|reps|push|pull|sit|books?|pages?|percent))"
    ),
    re.compile(r"\b\d{1,2}\s?(?:years? old|yrs? old|yo|y/o)\b"),
    re.compile(r"\b(?:401|403|457)\s?\(?[kb]\)?(?!\w)|\b529\b(?!\s?(?:lbs?|kg|%|dollars))"),
    re.compile(r"\btype\s?[12]\b"),
    re.compile(r"(?<=,\s)[1-9]\d(?=\.(?:\s|$))"),  # "Type 1 diabetic, 26. I want ...": an age
)


def _mask_non_amounts(text: str) -> str:
    """The text with heights, ages and account names blanked out (same length, so the spans
    of the quantities found in it still point into the text)."""

    def blank(m: re.Match[str]) -> str:
        if m.lastindex:  # only the number of "I'm 49"
            a, b = m.span(1)
            return m.group(0)[: a - m.start()] + " " * (b - a) + m.group(0)[b - m.start() :]
        return " " * len(m.group(0))

    for pattern in _NOT_AMOUNT_RES:
        text = pattern.sub(blank, text)
    return text


_HEADCOUNT_RE = re.compile(r"\b(\d+)[- ](?:person|people|guest)\s((?:[a-z]+\s)?[a-z]+)")


def understand(
    goal: str, answers: dict[str, str], today: dt.date, domain: str | None = None
) -> Understanding:
    """Everything the planner needs, from the goal text first and the answers over it."""
    typed = parse_answers(answers, today)
    whole = core_text(goal, keep_capacity=True)
    quantities: Sequence[Quantity] = find_quantities(whole)
    money = any(q.kind == "money" for q in quantities)
    found = route(whole, ROUTABLE, money) if not domain else None
    playbook = BY_KEY.get(domain or "") or (found.field if found else None) or BY_KEY["scaffold"]
    habit = playbook.durations_are_outcome  # "7 hours a night" is the goal, not spare time
    core = whole if habit else core_text(goal)
    masked = _mask_non_amounts(core)  # "6'1", "I'm 49", "a 401k" are not the goal's numbers
    quantities = with_units(
        core, [*find_quantities(masked), *outcome_quantities(masked, playbook)], playbook
    )
    said = normalize(" ".join(str(answers.get(k, "")) for k in ("baseline", "metric")))
    preset = next((p for p in playbook.presets if re.search(p.pattern, core)), None) or next(
        (p for p in playbook.presets if p.rungs and said.strip() and re.search(p.pattern, said)),
        None,
    )  # "I do graphic design at my day job": freelance design, not gig driving
    if preset is None and isinstance(typed.get("metric"), Quantity):  # the target answer: "a 5k"
        told = normalize(str(answers.get("metric", "")))
        preset = next((p for p in playbook.presets if re.search(p.pattern, told)), None)
    stated: set[str] = set()
    notes: dict[str, str] = {}

    baseline_q, target_q = split_quantities(core, quantities, playbook)
    if playbook.owed_is_target and target_q is None:  # "I owe 19k": the 19k is to pay off
        baseline_q, target_q = None, baseline_q
    target, unit = read_target(playbook, preset, target_q, typed.get("metric"), stated)
    baseline = baseline_q.value if baseline_q else None
    guessed = target_q is None and not isinstance(typed.get("metric"), Quantity)  # a typical one
    counted = False  # the answer counted in the goal's own unit ("9 rooms")
    baseline_words = baseline_said = ""
    if answers.get("baseline") and "baseline" in typed:
        period = read_rhythm(core, target_q, baseline_q).period
        baseline_said = str(answers["baseline"]).strip()[:120]
        start = read_starting_point(baseline_said, playbook, unit, period, core)
        if playbook.owed_is_target and start.value:  # "14k on 3 cards": the amount to clear
            if guessed:
                target = start.value
                stated.add("metric")
            baseline, baseline_words = None, str(answers["baseline"]).strip()[:120]
        elif start.value is not None and start.sure and start.unit not in {"%", ""}:
            # counted in a unit: theirs when the target was a guess ("228 lbs": plan in lb)
            counted = True
            if guessed and in_unit(target, unit, start.unit) is not None:
                target, unit = round(in_unit(target, unit, start.unit) or target, 1), start.unit
            baseline = in_unit(start.value, start.unit, unit)
            baseline_words = start.words
        elif start.value is not None and not start.sure and baseline_q is not None:
            # the goal said where they start ("from 2.6 to 3.0"); an unsure reading of the
            # answer ("2.6 cumulative, ... A&P 2") does not override it
            baseline_words = start.words
        elif start.value is not None and (start.sure or _below(start.value, target, playbook)):
            baseline, baseline_words = start.value, start.words
        else:
            baseline, baseline_words = None, start.words
        stated.add("baseline")
        if baseline is not None and target_q is not None and abs(baseline - target) < 1e-6:
            # the goal's number was where they are ("down, 150/95"; "right now 1 mile")
            target, unit = _other_target(quantities, playbook, baseline, (target, unit))
            if target == baseline and playbook.default_target != baseline:
                target, unit = playbook.default_target, playbook.unit
                stated.discard("metric")
    elif baseline is not None:
        stated.add("baseline")
    before_delta = (target, baseline)
    target, baseline = delta_goals(playbook, core, quantities, target, baseline, stated)
    run = _RUN_SO_FAR_RE.search(core)
    if (
        run
        and unit == "days"
        and "in a row" in playbook.metric_name
        and float(run.group(1)) < target
        and all(r.value is None for r in playbook.rungs)  # no quit-day milestone to pass again
    ):
        baseline = float(run.group(1))  # "I'm 90 days sober": the run so far
        stated.add("baseline")
    levels = _levels(core, quantities, playbook, before_delta, target)
    if levels:
        stated.add("baseline")
    # churn, blood pressure, a limit on drinks or coffees ("4 cans a day, down to 1"): it falls
    limit = playbook.rate_reduces and unit not in {"days", "weeks"}
    down = -1 if playbook.lower_is_better or limit else 1
    if (
        baseline is None
        and playbook.default_baseline is not None
        and down * playbook.default_baseline < down * target
    ):
        baseline = playbook.default_baseline
    if baseline is not None and down * baseline >= down * target and baseline_said:
        if guessed and counted and _SCOPE_RE.search(core) and not playbook.money:
            target = baseline  # "paint every room", "9 rooms": the count is the whole job
            stated.add("metric")
            baseline_words = baseline_said
        else:  # past a target they did not say, or said otherwise: their words, never zero
            baseline_words = baseline_words or baseline_said
        baseline = None
    elif baseline is not None and down * baseline >= down * target:
        notes["baseline"] = (
            f"Your starting point ({fmt_value(baseline, unit)}) is already at the target"
        )
        baseline = None
    metric_name = (preset.metric_name if preset else "") or playbook.metric_name
    if (
        target_q
        and target_q.kind == "amount"
        and target_q.unit
        and target_q.unit != playbook.unit
        and playbook.key
        in {"customers", "fitness", "skill", "event", "generic", "coding", "instrument"}
    ):
        metric_name = target_q.unit
    elif playbook.key == "generic" and unit == "%" and target_q:
        metric_name = "percent reached"

    rhythm = read_rhythm(core, target_q, baseline_q)
    reducing = playbook.lower_is_better or bool(REDUCE_RE.search(core))
    # "8 hours a night" in a field whose measure is already a nightly average is its level
    nightly = playbook.durations_are_outcome and unit in {"hours", "minutes"}
    rate_period = None if nightly else rhythm.period
    rhythm_unit = ""
    if target_q is None and rhythm.sessions_noun and "metric" not in stated:
        # "cook at home 5 days a week": the rhythm itself is the target
        noun = rhythm.sessions_noun
        target, unit, rate_period = rhythm.sessions_per_week or 1.0, noun, "week"
        if rhythm.sessions_per_day:
            target, rate_period = rhythm.sessions_per_day, "day"
        elif rhythm.sessions_per_month:
            target, rate_period = rhythm.sessions_per_month, "month"
        rhythm_unit = noun
        stated.add("metric")
        baseline = None if baseline is None or baseline >= target else baseline
        if reducing and sessions_are_now(core):  # "I get takeout like 4 times a week"
            baseline, target = target, float(max(1, round(target / 2)))
            stated.discard("metric")
            stated.add("baseline")
    if rate_period:
        own_words = not playbook.rate or (
            reducing and not playbook.lower_is_better and not playbook.rate_reduces
        )
        named = playbook.rate.metric_name if playbook.rate else ""
        if own_words or _counts_other(named, unit):  # "weeks at the walking rhythm" in steps
            named = f"{unit} {period_words(rate_period)}"
        metric_name = named
    stages = split_stages(str(typed.get("stages") or ""))
    if playbook.key == "scaffold" and stages:
        target, unit, metric_name = float(len(stages)), "stages", "your stages done"
        stated.update({"metric", "stages"})
    deadline = _deadline(core, typed, today, playbook, preset, target, unit, stated, notes)
    if "metric" not in stated and unit == "days" and EVERY_DAY_RE.search(core):
        target = float(max(7, round((deadline - today).days * 0.9)))  # most days, not all
    capacity = _capacity("" if habit else goal, typed, stated)
    owners, team = _owners(goal, core, typed, stated)
    if "capacity" not in stated:
        capacity = 5.0 if not team else max(8.0, 4.0 * len(owners))
        if rhythm.sessions_per_week and rhythm.session_minutes:
            # the stated rhythm needs this much, with the slack rule's 20% and room for set-up
            need = (rhythm.sessions_per_week * rhythm.session_minutes / 60 + 1.5) / 0.8
            capacity = max(capacity, float(math.ceil(need)))
    sessions_per_week, session_minutes = rhythm.sessions_per_week, rhythm.session_minutes
    said_time = read_time(str(answers.get("capacity", ""))) if "capacity" in typed else None
    session_cap, answered_rhythm = None, False
    if said_time and said_time.sessions and not habit:
        # "an hour most days", "3x a week, 30 min", "sat + sun 6 hrs each": their own rhythm
        # for a field whose practice is real sessions (not a 5-minute daily check-in)
        session_cap = min(said_time.minutes, 180) if said_time.minutes else None
        if sessions_per_week is None:
            answered_rhythm = True
            sessions_per_week = min(said_time.sessions, 5.0)  # "a day": most days, with slack
            if said_time.minutes and not said_time.per_day:  # "3 x 30 min", "1 hr each"
                session_minutes = max(5, min(180, said_time.minutes) // 5 * 5)
        if not said_time.per_day and "capacity" in stated:
            # the sessions they named fit inside the week's usable time (80%), with set-up
            need = said_time.sessions * min(said_time.minutes or 45, 180) / 60 / 0.8 + 1
            capacity = max(capacity, math.ceil(need * 2) / 2)
    if _already_training(goal, answers, said_time):
        stated.add("practising")  # "lift 4x a week already", "marathon PR 3:51": not a beginner
    why = typed.get("why") or _why(core)
    if why:
        stated.add("why")
    constraint = typed.get("constraint")
    if constraint:
        stated.add("constraint")
    if find_done_state(core):
        stated.add("metric")
    u = Understanding(
        text=goal,
        core=core,
        playbook=playbook,
        preset=preset,
        subject="",
        target=target,
        unit=unit,
        metric_name=metric_name,
        deadline=deadline,
        capacity=capacity,
        owners=owners,
        team=team,
        baseline=baseline,
        constraint=str(constraint) if constraint else None,
        why=str(why) if why else None,
        done_state=find_done_state(core),
        stated=stated,
        notes=notes,
        today=today,
        rate_period=rate_period,
        sessions_per_week=sessions_per_week,
        session_minutes=session_minutes,
        session_cap=session_cap,
        answered_rhythm=answered_rhythm,
        limit=read_limit(
            [goal, *(str(answers.get(k, "")) for k in ("baseline", "constraint", "capacity"))]
        ),
        rhythm_is_sessions=rate_period == "week" and unit == rhythm_unit and bool(rhythm_unit),
        route=found,
        reducing=reducing,
        stages=stages,
        levels=levels,
        baseline_words=baseline_words,
    )
    u.subject = _subject(u)
    if u.baseline and u.counts_a_run and "deadline" not in stated:
        u.deadline = today + dt.timedelta(days=round(u.target - u.baseline))  # the day it's done
    _feasible(u)
    return u


def _deadline(
    core: str,
    typed: dict[str, object],
    today: dt.date,
    playbook: Playbook,
    preset: Preset | None,
    target: float,
    unit: str,
    stated: set[str],
    notes: dict[str, str],
) -> dt.date:
    answered = typed.get("deadline")
    if typed.get("starts"):
        notes["deadline"] = f"'{typed['starts']}' is when you start, not a deadline"
    horizon = find_horizon(core)
    run = _RUN_SO_FAR_RE.search(core)
    if horizon and run and horizon.phrase in run.group(0):
        horizon = None  # "I'm 90 days sober": the run so far, not a deadline
    if horizon and re.search(
        rf"\b(?:every|each|per)\s(?:other\s)?{re.escape(horizon.phrase)}", core
    ):
        horizon = None  # "a can every 2 days": a rhythm, not a deadline
    lived = horizon and re.fullmatch(
        r"for (?:the (?:last|past) )?([3-9]|\d\d) years?", horizon.phrase
    )
    from_text = (  # "type 2 for 11 years": a span lived, not a deadline
        resolve_deadline(core, today)
        if horizon and horizon.kind not in {"recurring", "vague"} and not lived
        else None
    )
    day = answered if isinstance(answered, dt.date) else from_text
    if day is not None and day > today:
        stated.add("deadline")
        if day < today + dt.timedelta(days=7):  # "this weekend": a plan needs a week
            notes["deadline"] = (
                f"{day:%A %d %B} is only {(day - today).days} days away: the plan gives it a week"
            )
            stated.discard("deadline")
            return today + dt.timedelta(days=7)
        return day
    if day is not None:
        notes["deadline"] = f"The deadline you gave ({day:%d %B %Y}) is too close or past"
    weeks = preset.weeks if preset and preset.weeks else playbook.default_weeks
    if playbook.typical_pace:  # weight: about 0.6 kg a week
        weeks = max(8, math.ceil(target / _converted(playbook.typical_pace, playbook, unit)))
    return today + dt.timedelta(weeks=weeks)


_PER_UNIT = {"kg": 1.0, "kgs": 1.0, "lb": 2.2046, "lbs": 2.2046, "pounds": 2.2046}


def _converted(amount: float, playbook: Playbook, unit: str) -> float:
    """A field's pace (in its own unit) in the unit the person used: 1 kg is 2.2 lb."""
    own, theirs = _PER_UNIT.get(playbook.unit.lower()), _PER_UNIT.get(unit.lower())
    return amount * theirs / own if own and theirs else amount


def _feasible(u: Understanding) -> None:
    """Push a deadline the change cannot safely or humanly make, and say why: 30 lb in five
    weeks is 6 lb a week; 60,000 words in five weeks at 3 hours a week is not a draft."""
    pb = u.playbook
    if u.rate_period in {"month", "paycheck"} and "deadline" in u.stated and u.weeks < 13:
        u.notes["deadline"] = (
            f"A monthly rhythm needs about 3 months to show it holds; "
            f"{u.deadline:%d %B %Y} leaves {max(1, round(u.weeks))} weeks"
        )
        u.stated.discard("deadline")
        u.deadline = u.today + dt.timedelta(weeks=13)
        return
    if u.rate_period or "deadline" not in u.stated:
        return
    change = u.target - (u.baseline or 0) if not pb.lower_is_better else 0.0
    weeks_needed = 0.0
    why = ""
    if pb.pace and change > 0:
        pace = _converted(pb.pace, pb, u.unit)
        if change / u.weeks > pace:
            weeks_needed = change / pace
            why = (
                f"{u.deadline:%d %B %Y} would need {u.value(round(change / u.weeks, 1))} a week, "
                f"faster than the safe {u.value(round(pace, 1))} a week; "
                f"about {u.value(round(pace * u.weeks))} by then is realistic"
            )
    elif pb.per_hour and change > 0:
        hours = change / pb.per_hour
        usable = u.capacity * 0.8
        if hours > usable * u.weeks:
            weeks_needed = hours / usable
            why = (
                f"{u.value(change)} at about {u.value(pb.per_hour)} an hour is "
                f"{round(hours)} hours of work, more than {fmt_number(u.capacity)} hours a week "
                f"holds by {u.deadline:%d %B %Y}"
            )
    still = u.target - (u.baseline or 0)  # "I'm 90 days sober": only the rest is ahead
    if u.counts_a_run and still * 4 / 3 + 7 > u.weeks * 7:
        weeks_needed = (still * 4 / 3 + 7) / 7  # time to prepare, then the run itself
        why = (
            f"{u.value(u.target)} in a row cannot fit before {u.deadline:%d %B %Y}, "
            "with a week to prepare first"
        )
    if weeks_needed:
        u.notes["deadline"] = why
        u.stated.discard("deadline")
        u.deadline = u.today + dt.timedelta(weeks=math.ceil(weeks_needed))


_HEADS_RE = re.compile(
    r"\b(\d+)[- ](?:devs|developers|engineers|people|of us|volunteers|members|designers|"
    r"writers|reps|teammates|students|person|persons|marketers|nurses|staff)\b"
    r"|\bteam of (\d+)\b"
)
_EACH_RE = re.compile(r"\s?(?:each|apiece|per person|a head|per head)\b")
_EACH_BEFORE_RE = re.compile(r"\b(?:each of us|we each|every one of us|each person)\b")


_BUSY_RE = re.compile(
    r"\b(sit|sits|sitting|drive|drives|driving|work|works|working|sleep|sleeps|sleeping|stand|"
    r"standing|on my feet|commute|commuting|on (?:the|my) phone|scroll\w*|game|gaming|watch\w*)\b"
    r"[^,.;]{0,20}$"
)


def _capacity(goal: str, typed: dict[str, object], stated: set[str]) -> float:
    if isinstance(typed.get("capacity"), float):
        stated.add("capacity")
        return typed["capacity"]  # type: ignore[return-value]
    text = normalize(goal)
    m = CAPACITY_PHRASE_RE.search(text)
    if m and _BUSY_RE.search(text[max(0, m.start() - 30) : m.start()]):
        m = None  # "I sit 11 hours a day": time taken, not time free
    hours = parse_capacity(m.group(0)) if m else None
    if hours and m:
        stated.add("capacity")
        people = _HEADS_RE.search(text)
        each = _EACH_RE.match(text[m.end() :]) or _EACH_BEFORE_RE.search(text[: m.start()])
        if people and each:  # "4 devs with 10 hours a week each", "each of us has 6 hrs"
            return min(hours * int(people.group(1) or people.group(2)), 168.0)
        return hours
    return 5.0


def _owners(
    goal: str, core: str, typed: dict[str, object], stated: set[str]
) -> tuple[list[str], bool]:
    named = typed.get("owners")
    team_words = bool(_TEAM_RE.search(core)) or bool(_TEAM_RE.search(normalize(goal)))
    if isinstance(named, list) and named:
        stated.add("owners")
        return named, len(named) > 1 or team_words
    names: list[str] = []
    for m in _NAME_RE.finditer(goal):
        name = m.group(1) or m.group(2)
        if name and name[0].isupper() and name.lower() not in NOT_NAMES and name not in names:
            names.append(name)
    if names:
        stated.add("owners")
        owners = ["me", *names] if re.search(r"\b(I|me)\b", goal) else names
        return owners, True
    if not team_words:
        stated.add("owners")
    return ["me"], team_words


_SCOPE_RE = re.compile(r"\b(?:every|all|each|whole|entire)\b")


def _other_target(
    quantities: Sequence[Quantity], playbook: Playbook, start: float, target: tuple[float, str]
) -> tuple[float, str]:
    """Another amount of the goal's measure than the starting point, when the goal has one."""
    other = next((q for q in quantities if fits(q, playbook) and q.value != start), None)
    return (other.value, other.unit or target[1]) if other else target


_ALREADY_RE = re.compile(r"\b(?:already|still|currently|right now|these days)\b")
_LEVEL_RE = re.compile(
    r"\b(?:pr|pb|personal best|squat|squats|bench|deadlift|did a (?:half|full|marathon|\d+\s?k)|"
    r"ran a|run \d+|lift \d+|max(?:ed)? (?:at|out))\b[^,;]{0,14}\d"
)


def _already_training(goal: str, answers: dict[str, str], said: object) -> bool:
    """Whether the person already trains: a rhythm they keep now, or a level they have."""
    time = normalize(str(answers.get("capacity", "")))
    start = normalize(f"{goal} {answers.get('baseline', '')}")
    sessions = getattr(said, "sessions", None) and not getattr(said, "per_day", True)
    return bool((sessions and _ALREADY_RE.search(time)) or _LEVEL_RE.search(start))


def _below(value: float, target: float, playbook: Playbook) -> bool:
    """Whether a guessed starting level sits on the near side of the target."""
    if playbook.measured_as_change:
        return value > 3 * target  # a body weight, next to a change of a few pounds
    return value > target if playbook.lower_is_better else value < target


def _levels(
    core: str,
    quantities: Sequence[Quantity],
    playbook: Playbook,
    before: tuple[float, float | None],
    delta: float,
) -> tuple[float, float] | None:
    """The person's own start and end levels when the goal became a change ("225 to 195")."""
    stated_target, stated_base = before
    if not playbook.bare_unit or (delta == stated_target and stated_base is None):
        return None  # levels are for fields measured as a change of a bare number (weight)
    if stated_base is not None and abs(abs(stated_base - stated_target) - delta) < 1e-6:
        return stated_base, stated_target  # "I was 180 in the Army and I'm 245 now"
    levels = [q.value for q in quantities if fits(q, playbook)]
    if len(levels) >= 2 and abs(abs(levels[0] - levels[1]) - delta) < 1e-6:
        return levels[0], levels[1]
    losing = re.search(r"\b(lose|losing|drop|shed|get down|down to)\b", core)
    gaining = playbook.measured_as_change == "gain"
    if stated_base is not None and delta == stated_target and stated_base >= 3 * delta:
        if losing:
            return stated_base, stated_base - delta  # "lose 30 lb, I'm 210 now"
        if gaining:
            return stated_base, stated_base + delta  # "put on 10 lb", "139 lbs"
    return None


# reasons people give without "so that": who it is for, the event it is before, a purpose
_REASON_RE = re.compile(
    r"\b(?:for (?:my|our|her|his|the) (?:\w+ ){0,2}?(?:kids?|children|family|health|wife|husband|son|"
    r"daughter|mom|mum|dad|parents|grandkids|wedding|graduation|future|sanity|heart|back|"
    r"knees?|retirement|team|church)\b|before (?:my|our|her|his|the) (?:wedding|reunion|trip|"
    r"baby|surgery|honeymoon|vacation|graduation|birthday|deployment|move)\b|"
    r"to (?:grow closer|feel better|be there for|keep up with|set an example|live longer|"
    r"be healthy|stay healthy|stop worrying|get off (?:my |the )?(?:meds|medication|insulin))\b)"
    r".*$"
)


def _why(core: str) -> str | None:
    m = _PURPOSE_RE.search(core) or _REASON_RE.search(core)
    return m.group(0).strip()[:300] if m else None


def _subject(u: Understanding) -> str:
    """The thing the goal is about, as the playbook's templates use it ('Spanish', 'the novel')."""
    pb = u.playbook
    if u.preset and u.preset.subject:
        return u.preset.subject
    if pb.subjects:
        m = re.search(pb.subjects, u.core)
        if m:
            words = _TRAILING_RE.sub("", m.group(1).strip())
            words = re.sub(r"^(my|our|a|an)\s", "the ", words)
            if pb.key == "language":
                return words.capitalize()
            if pb.key == "exam" and not words.startswith("the "):
                return "the " + words
            return _ACRONYM_RE.sub(lambda a: a.group(0).upper(), words)
    if pb.key in {"habit", "generic", "scaffold"}:
        return outcome_phrase(u.core) or pb.default_subject
    return pb.default_subject.format(target=u.value(u.target))


_ACRONYM_RE = re.compile(r"\b(ux|ui|pm|qa|hr|seo|ai|ml|bp|sql|aws)\b")
_TRAILING_RE = re.compile(
    r"(?:\s(?:on|in|at|for|to|by|with|and|from|before|after|the|a|of|this|next))+$"
)


_RHYTHM_END_RE = re.compile(
    r"^.*?\b(?:(?:a|per|each|every)\s(?:day|night|morning|week|month|paycheck|payday|weekday)s?|"
    r"daily|weekly|monthly|nightly|on (?:weekdays|weekends))\b"
)
_CLAUSE_RE = re.compile(
    r",|;|\s(?:so|and then|but|because|since|for my|for the|for our|before|by|until)\s"
)


def outcome_phrase(core: str) -> str:
    """The outcome phrase of a goal, cut before its deadline and purpose: 'visit 20 countries';
    a rhythm goal ends at its rhythm ('put away $50 every week'), never mid-clause."""
    rhythm = _RHYTHM_END_RE.match(core)
    if rhythm and len(rhythm.group(0).split()) <= 12:
        return rhythm.group(0)
    s = _CLAUSE_RE.split(_PURPOSE_RE.sub("", core), maxsplit=1)[0]
    horizon = find_horizon(s)
    if horizon and horizon.kind not in {"vague", "recurring"}:
        s = s.replace(horizon.phrase, " ")
    s = re.sub(r"\b(by|before|until|in|within)\s*$", "", s.strip(" ,.")).strip(" ,.")
    words = s.split()
    return " ".join(words[:14])


def statement_is_specific(text: str) -> bool:
    return bool(judge_specific(text).passed)


_COUNTED = set(
    [
        "steps",
        "pushups",
        "push-ups",
        "pullups",
        "pull-ups",
        "squats",
        "sit-ups",
        "situps",
        "reps",
        "sets",
        "laps",
        "workouts",
        "sessions",
        "runs",
        "walks",
        "rides",
        "swims",
        "classes",
        "lessons",
        "practices",
    ]
)


def _counts_other(name: str, unit: str) -> bool:
    """A field's rate metric ("weeks at the walking rhythm") names spans while the goal's
    milestones count repetitions or sessions a period (5,500 steps a day)."""
    return "weeks" in name.split() and unit.lower() in _COUNTED
