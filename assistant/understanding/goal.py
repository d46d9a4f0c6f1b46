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
_DAILY_TIME_RE = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?\d+)?\s?(h|hours?|hrs?|min|mins|minutes)\s"
    r"(?:a|per|each|every)\s(?:day|night|morning|evening|weekday)\b"
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
    stated: set[str] = set()
    notes: dict[str, str] = {}

    baseline_q, target_q = split_quantities(core, quantities, playbook)
    if playbook.owed_is_target and target_q is None:  # "I owe 19k": the 19k is to pay off
        baseline_q, target_q = None, baseline_q
    target, unit = read_target(playbook, preset, target_q, typed.get("metric"), stated)
    baseline = baseline_q.value if baseline_q else None
    answered_base = typed.get("baseline")
    raw_base = str(answers.get("baseline", ""))
    baseline_words = ""
    if isinstance(answered_base, Quantity) and not fits(answered_base, playbook):
        # "9 hr average first response, backlog around 140 tickets": the number in the
        # goal's own measure, wherever it sits in the answer
        said = normalize(raw_base)
        candidates = [*find_quantities(said), *outcome_quantities(said, playbook)]
        in_measure = [q for q in with_units(said, candidates, playbook) if fits(q, playbook)]
        in_measure.sort(key=lambda q: q.span)
        answered_base = in_measure[0] if in_measure else answered_base
    if (
        playbook.owed_is_target
        and isinstance(answered_base, Quantity)
        and _measures(answered_base, playbook, raw_base)
        and "metric" not in stated
    ):  # "$19,200 at 11.4%" answered as the starting point of a debt: the amount to clear
        target = answered_base.value
        stated.add("metric")
    elif isinstance(answered_base, Quantity) and not _same_unit(
        answered_base.unit or _word_after_number(raw_base), unit
    ):
        # "3 chapters" for a goal in words, "3 services" for one in %: keep their words,
        # never turn them into 3 words or 3%
        baseline_words = raw_base.strip()[:120]
        stated.add("baseline")
    elif isinstance(answered_base, Quantity) and _measures(answered_base, playbook, raw_base):
        baseline = answered_base.value
        stated.add("baseline")
    elif answered_base is not None:
        notes["baseline"] = (
            f"Your starting point ({str(answers.get('baseline', ''))[:80]}) is not in {playbook.unit}"
        )
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
    if baseline is not None and down * baseline >= down * target:
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
    daily = _DAILY_TIME_RE.search(normalize(str(answers.get("capacity", ""))))
    if daily and not habit and sessions_per_week is None:
        # "15-20 min a day" is a short session on most days, not one block a week
        minutes = float(daily.group(1)) * (60 if daily.group(2).startswith("h") else 1)
        sessions_per_week, session_minutes = 5.0, max(10, int(minutes) // 5 * 5)
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
    horizon = find_horizon(core)
    run = _RUN_SO_FAR_RE.search(core)
    if horizon and run and horizon.phrase in run.group(0):
        horizon = None  # "I'm 90 days sober": the run so far, not a deadline
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


_AGE_RE = re.compile(
    r"\b(?:he|she|they|i|we)(?:'s|'m| is| am| are)\s\d|\byears? old\b|\bage\b|\bborn\b"
)


_REAL_UNIT_RE = re.compile(
    r"^(?:kg|kgs|kilos?|lbs?|pounds|km|miles?|mi|%|percent|hours?|hrs?|minutes?|mins?|usd|eur|gbp|"
    r"steps|pages|words|books|chapters|days|weeks|months|years|sessions|times|workouts|runs)$"
)


_UNIT_WORDS = {
    "lbs": "lb",
    "pounds": "lb",
    "pound": "lb",
    "kgs": "kg",
    "kilos": "kg",
    "kilo": "kg",
    "percent": "%",
    "hrs": "hours",
    "hr": "hours",
    "h": "hours",
    "hour": "hours",
    "mins": "minutes",
    "min": "minutes",
    "minute": "minutes",
    "usd": "usd",
    "$": "usd",
}


_AFTER_NUMBER_RE = re.compile(
    r"^\s*(?:about |around |like |maybe |roughly )?[\d.,]+(?:\s?(?:-|to)\s?[\d.,]+)?\s?([a-z]+)"
)
_NOT_UNITS = {"a", "an", "per", "or", "and", "ish", "now", "right", "maybe", "at", "on", "in", "x"}


def _word_after_number(said: str) -> str:
    """The noun right after an answered number ("3-4 beers most nights": "beers")."""
    m = _AFTER_NUMBER_RE.match(said.lower())
    word = m.group(1) if m else ""
    return "" if word in _NOT_UNITS else word


def _same_unit(said: str, goal_unit: str) -> bool:
    """Whether an answered number is in the goal's own measure: no unit, or the same one
    ("lbs" and "lb", "hrs" and "hours", "3 chapters" is not words, "3 services" is not %)."""
    if not said:
        return True
    a, b = said.lower().split()[0], goal_unit.lower().split()[0] if goal_unit else ""
    a, b = _UNIT_WORDS.get(a, a), _UNIT_WORDS.get(b, b)
    return a == b or a.rstrip("s") == b.rstrip("s") or not b


def _measures(q: Quantity, playbook: Playbook, said: str) -> bool:
    """An answered starting point counts only in the goal's own measure: "he's 15" is not
    15 one-on-one times, "I'm 52" is not $52, a code like P0420 is not 420 steps; "3,200 avg"
    or "155x3" are the person's own numbers in the goal's measure."""
    if fits(q, playbook):
        return True
    lowered = said.lower()
    if _AGE_RE.search(lowered) or re.search(r"\b[a-z]\d", lowered):
        return False  # an age, or a name or code ("P0420", "B1")
    if playbook.money:
        return q.kind == "money" or (q.kind == "amount" and q.value >= 100)
    head = q.unit.split()[0] if q.unit else ""
    return q.kind == "amount" and not _REAL_UNIT_RE.match(head)


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
    if stated_base is not None and delta == stated_target and stated_base >= 3 * delta and losing:
        return stated_base, stated_base - delta  # "lose 30 lb, I'm 210 now"
    return None


def _why(core: str) -> str | None:
    m = _PURPOSE_RE.search(core)
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
