"""Reading a goal as people write it: outcome, metric, deadline, baseline, team, domain.

``understand`` merges what the goal text says with the typed answers; every field records
whether it was stated (text or answer) or must be assumed, so the plan can say so.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.language import find_done_state, find_quantities, normalize
from assistant.language.amounts import fmt_number
from assistant.language.country import country_of
from assistant.language.prices import price_words_end
from assistant.language.quantities import Quantity
from assistant.playbooks import BY_KEY, MONEY_UNITS, PLAYBOOKS, fmt_value
from assistant.playbooks.base import Playbook
from assistant.playbooks.cautions import cautions_for
from assistant.playbooks.routing import route
from assistant.playbooks.step_subjects import their_variants
from assistant.understanding.answers import parse_answers
from assistant.understanding.answers_corrected import corrected_time, week_line_note
from assistant.understanding.answers_kept import (
    answer_may_pick,
    counted_start,
    higher_start,
    left_to_pay,
    restates_the_whole,
    what_is_left,
)
from assistant.understanding.answers_unread import unread_note
from assistant.understanding.baseline import (
    StartingPoint,
    in_unit,
    read_starting_point,
    weight_to_lose,
)
from assistant.understanding.bedtime import bedtime_nights
from assistant.understanding.capacity import TimeSaid, read_time, said_sitting
from assistant.understanding.capacity_words import LooseCapacity
from assistant.understanding.core import core_text, split_stages
from assistant.understanding.currency import their_unit
from assistant.understanding.deadline import (
    RUN_SO_FAR_RE,
    fixed_by_event,
    make_feasible,
    read_deadline,
)
from assistant.understanding.deadline_ready import held_for_event
from assistant.understanding.debt_parts import debt_parts, debt_total
from assistant.understanding.direction import facing_their_way
from assistant.understanding.facts import Understanding
from assistant.understanding.goal_way import asks_for_less, own_part
from assistant.understanding.limits import read_limit, sitting_tolerance
from assistant.understanding.markers import marker_units, named_score
from assistant.understanding.measure_decided import Measured, decide_measure
from assistant.understanding.measure_words import their_measure
from assistant.understanding.measures import (
    DAYS_IN,
    RUN_SPAN_RE,
    SCOPE_RE,
    measured_per,
    money_a_month,
    run_ahead,
    said_cap,
)
from assistant.understanding.money_rate import (
    EVENT_RE,
    bare_money,
    fit_to_money,
    months_of_expenses,
    pace_beside_total,
    period_of,
    upper_amount,
)
from assistant.understanding.named_rooms import rooms_named
from assistant.understanding.number_roles import (
    PACE_AFTER_RE,
    as_written,
    month_of_purchases,
    said_of_past,
    said_of_recent,
    start_in_words,
)
from assistant.understanding.numbers import (
    below_target,
    delta_goals,
    joined_counts,
    name_the_ones,
    other_target,
    outcome_quantities,
    read_target,
    restate_quantities,
    split_quantities,
    stated_levels,
    with_units,
)
from assistant.understanding.once import routed
from assistant.understanding.outcome import (
    done_words,
    outcome_phrase,
    read_why,
    statement_is_specific,
    subject_of,
    why_line,
)
from assistant.understanding.pace import pace_span
from assistant.understanding.people import helpers_in
from assistant.understanding.progress import done_parts, in_care, kit_at_home, parts_done
from assistant.understanding.rhythm import (
    EVERY_DAY_RE,
    REDUCE_RE,
    daily_over_now,
    daily_wanted,
    period_words,
    read_rhythm,
    sessions_are_now,
)
from assistant.understanding.roles import clause_at, mask_incidental, read_roles
from assistant.understanding.said_amounts import as_amounts
from assistant.understanding.said_elsewhere import target_in_deadline
from assistant.understanding.scope import (
    CHECKED_OVER,
    done_state_parts,
    read_scope,
    scaled_target,
)
from assistant.understanding.start_kinds import (
    letter_start,
    more_than_now,
    other_count,
    score_start,
    start_clause,
)
from assistant.understanding.stated_measure import read_measure
from assistant.understanding.team import read_capacity, read_owners, team_total
from assistant.understanding.team_roles import team_roles
from assistant.understanding.time_for import time_for
from assistant.understanding.time_settled import capped, day_slot
from assistant.understanding.training import (
    BEGINNER_RE,
    already_training,
    counts_other,
    holds_a_level,
    short_run,
)

LONGEST_SITTING = 120  # minutes: the planner's default longest task (Settings.task_max_minutes)
__all__ = ["Understanding", "core_text", "outcome_phrase", "statement_is_specific", "understand"]

ROUTABLE = tuple(p for p in PLAYBOOKS if p.examples)


_ALSO_PART_RE = re.compile(r"(?:^|[.!?;]\s+)(?:and )?(?:also|plus)[, ]+[^.!?;]*", re.I)


# "about 30 over prepregnancy weight": the amount above where they want to be, not a level
_SAYS_OVER_RE = re.compile(
    r"\d\s?(?:lbs?|pounds|kgs?|kilos|stone)?\s(?:over|overweight|above)\b", re.I
)


_PER_SESSION_RE = re.compile(
    r"\b(?:each|apiece|a (?:session|time|go|workout))\b|\b\d+\s?(?:min|mins|minutes)\b"
)


def week_split(said: TimeSaid, text: str) -> bool:
    """Hours said for the week and shared over several named sessions ("4-5 hrs, mon wed
    fri"): the week holds what they said, the sessions fit inside it (but "4x a week, 1 hr
    each" says each session's length, and the week is built around those sessions)."""
    split = (said.sessions or 0) * (said.minutes or 0)
    shared = abs(split - (said.hours or 0) * 60) <= 30 < split
    return (said.sessions or 0) >= 2 and shared and not _PER_SESSION_RE.search(text.lower())


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(abs(b), 1.0)


# hours said for the whole week ("about 4 hrs? weekday evenings"), not for each sitting
def _as_said(minutes: int) -> int:
    """A session length they said, in 5 minutes (3 hours at most); a tiny daily act ("2 min a
    day" to floss) stays the 2 minutes they said, never a 5-minute one."""
    return minutes if minutes < 5 else min(180, minutes) // 5 * 5


_HABIT_DAY_MINUTES = 60  # a habit's daily time at most this long is its act's own length
_WEEK_TOTAL_RE = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s?-\s?\d+(?:\.\d+)?)?\s?(?:h|hrs?|hours?)\b(?!\s(?:a|per|each|every)\s"
    r"(?:day|night|morning|evening|session|sitting|time))(?![^,;.]*\b(?:each|apiece)\b)"
)


# days without the thing a field limits: "3 alcohol-free days a week", "4 dry days"
_FREE = r"alcohol[- ]?free|booze[- ]?free|drink[- ]?free|sugar[- ]?free|caffeine[- ]?free|smoke[- ]?free|dry|sober"
_FREE_DAYS_RE = re.compile(
    rf"\b(?:(?P<n>\d+)\s(?P<what>{_FREE})\sdays?|(?:go|be|stay|going)\s(?P<what2>{_FREE})\s"
    rf"(?:for\s)?(?P<n2>\d+)\sdays?)\b"
)


def days_without(unit: str) -> bool:
    """Whether a rhythm counts days without the thing ("alcohol-free days", "dry days"), the
    unit ``_FREE_DAYS_RE`` gives: counted up, never the field's "at most" days with it."""
    return unit.endswith("-free days") or unit in {"dry days", "sober days", "free days"}


# a journey by car, train, bus or plane: its time is travel, never a session of the goal
_JOURNEY_RE = re.compile(r"\b(?:drive|driving|train|bus|coach|flight|fly|journey)\b")


# a goal no field knows is about money only when it earns, raises or saves it
_MONEY_GOAL_RE = re.compile(
    r"\b(?:earn\w*|make|making|raise|raising|sav(?:e|ing)|sell\w*|cover\w*|bring in|turn over|"
    r"revenue|profit|income|turnover|takings|fund)\b"
)


def next_target(playbook: Playbook, start: float, unit: str, down: int) -> float | None:
    """The field's recognised level nearest past a start already beyond its default target,
    in the goal's direction (``down`` -1: lower is better); None when it names none."""
    if unit != playbook.unit:
        return None
    past = [t for t in playbook.next_targets if down * t > down * start]
    return min(past, key=lambda t: abs(t - start)) if past else None


def understand(
    goal: str,
    answers: dict[str, str],
    today: dt.date,
    domain: str | None = None,
    field_only: bool = False,
) -> Understanding:
    """Everything the planner needs, from the goal text first and the answers over it.

    ``field_only``: the route's field is all that is read of it (the LLM's brief), so a goal
    its keywords already route is not embedded (``routing.keyword_sure``)."""
    answers = target_in_deadline(goal, answers, today)  # "parkrun under 30 min by june"
    typed = parse_answers(answers, today, strict=False)  # unread words: assumed, and said so
    told = answers.get("metric")
    if isinstance(typed.get("metric"), str) and told and not goal.endswith(told):
        # "what's your target?" -> "i want to swim a mile without stopping": read as the goal's
        rest = {k: v for k, v in answers.items() if k != "metric"}
        joined = understand(f"{goal.rstrip(' .')}. {told}", rest, today, domain, field_only)
        if "metric" in joined.stated:
            return joined
    goal = name_the_ones(goal)  # "3 pull ups now, want 12 strict ones": 12 pull ups
    goal = as_amounts(goal)  # "1.5x my bodyweight (I'm 72kg)": 108 kg; the pool's 25 m no target
    whole = core_text(goal, keep_capacity=True)
    quantities: Sequence[Quantity] = find_quantities(whole)
    money = any(q.kind == "money" for q in quantities)
    found = routed(whole, ROUTABLE, money, field_only, route) if not domain else None
    playbook = BY_KEY.get(domain or "") or (found.field if found else None) or BY_KEY["scaffold"]
    playbook = playbook if domain else facing_their_way(playbook, whole)
    habit = playbook.durations_are_outcome  # "7 hours a night" is the goal, not spare time
    core = whole if habit else core_text(goal)
    masked = mask_incidental(core)  # "6'1", "I'm 49", "a 401k" are not the goal's numbers
    quantities = with_units(
        core, [*find_quantities(masked), *outcome_quantities(masked, playbook)], playbook
    )
    if playbook.lower_is_better:  # "my A1C was 6.1 ... under 5.7": both in %
        quantities = marker_units(masked, quantities)
    said = normalize(" ".join(str(answers.get(k, "")) for k in ("baseline", "metric")))
    presets = their_variants(playbook.presets, goal, answers)  # no garage's quotes for DIY
    preset = next((p for p in presets if re.search(p.pattern, core)), None) or next(
        (
            p
            for p in presets
            if p.rungs
            and not p.conditions  # "need planning permission first" beside a build: still a build
            and said.strip()
            and re.search(p.pattern, said)
            and answer_may_pick(p, playbook, quantities)
            and not (counted_start(p.pattern, answers) and not quantities)
        ),
        None,
    )  # "I do graphic design at my day job": freelance design, not gig driving
    if preset is None and isinstance(typed.get("metric"), Quantity):  # the target answer: "a 5k"
        told = normalize(str(answers.get("metric", "")))
        preset = next((p for p in presets if re.search(p.pattern, told)), None)
    stated: set[str] = set()
    notes: dict[str, str] = {}

    baseline_q, target_q = restate_quantities(
        core, quantities, playbook, preset, split_quantities(core, quantities, playbook)
    )
    left = what_is_left(core, quantities) if playbook.owed_is_target else None
    if left is not None:  # "paid off 18k of my 25k already ... the last 7k": the 7k
        baseline_q, target_q = None, left
    total = debt_total(core, quantities) if playbook.owed_is_target and left is None else None
    if total is not None:  # "my £4,200 card and my £1,500 overdraft": £5,700 to clear
        baseline_q, target_q = None, total
    if playbook.owed_is_target and target_q is None:  # "I owe 19k": the 19k is to pay off
        baseline_q, target_q = None, baseline_q
    q_unit = target_q.unit if target_q is not None else ""
    if preset is not None and preset.rhythm and q_unit not in {"", preset.unit}:
        target_q = None  # "cycle to work 3 days a week, 14 km each way": the days are the target
    if preset is not None and preset.conditions:
        target_q = None  # "show the £29,000 income" for a visa: a condition, never the target
    target, unit = read_target(playbook, preset, target_q, typed.get("metric"), stated)
    score = named_score(core, preset.pattern, preset.unit) if preset else None
    if score and target_q is None and not isinstance(typed.get("metric"), Quantity):
        target = score  # "IELTS 7.5 overall": 7.5 bands, not the test's typical 7
    target = (None if target_q else rooms_named(core, preset)) or target  # "kitchen and hall"
    together = joined_counts(core, quantities, playbook, target_q) if target_q else None
    if together and target_q and _close(target, target_q.value):
        target, unit = together  # "40 albums and 6 shoeboxes": 46 albums and shoeboxes
    money_said = f"{core} . {said} . {normalize(str(answers.get('capacity', '')))}"
    unit = their_unit(unit, money_said)  # "20k ... ISA?", "KSh 5,000 a month": their money
    run_days = RUN_SPAN_RE.search(core) if unit == "days" and target_q is None else None
    if (
        run_days
        and "in a row" in playbook.metric_name
        and not isinstance(typed.get("metric"), Quantity)
    ):
        # "sober for a year": the run they want, in days
        target = float(int(run_days.group(1) or 1) * DAYS_IN[run_days.group(2)])
        stated.add("metric")
    ahead = run_ahead(core) if preset and target_q is None else None
    if (
        ahead
        and "in a row" in preset.metric_name  # type: ignore[union-attr]
        and unit.endswith("days")
        and not isinstance(typed.get("metric"), Quantity)
    ):  # "go a whole month without shouting": a 30-day run, the field's usual week no target
        target = ahead
        stated.add("metric")
    baseline = baseline_q.value if baseline_q else None
    if baseline_q and baseline_q.unit and in_unit(1, baseline_q.unit, unit) not in {None, 1}:
        if target_q is None and not isinstance(typed.get("metric"), Quantity):
            # "a half marathon, never more than 4 miles": the race in the unit they run in
            target, unit = in_unit(target, unit, baseline_q.unit) or target, baseline_q.unit
            target = float(round(target)) if target >= 100 else target  # 1,509 m, not 1,508.8
        else:
            baseline = in_unit(baseline_q.value, baseline_q.unit, unit)
    start_said = ""  # a start counted in another measure ("I only know 4 chords", for songs)
    if (
        baseline_q
        and (not target_q or other_count(baseline_q.unit, unit, playbook))
        and baseline_q.unit
        and in_unit(1, baseline_q.unit, unit) is None
    ):
        baseline, start_said = None, clause_at(core, baseline_q.span)
        stated.add("baseline")
    guessed = target_q is None and not isinstance(typed.get("metric"), Quantity)  # a typical one
    counted = False  # the answer counted in the goal's own unit ("9 rooms")
    baseline_words, baseline_said = start_said, ""
    if answers.get("baseline") and "baseline" in typed:
        period = read_rhythm(core, target_q, baseline_q).period or measured_per(playbook)
        baseline_said = str(answers["baseline"]).strip()[:120]
        start = read_starting_point(baseline_said, playbook, unit, period, core)
        counted_parts = parts_done(baseline_said) if guessed and not playbook.money else None
        if counted_parts and not (
            re.match(r"\W*(?:finish|complete|get done)\b", core)
            or re.search(rf"\b{counted_parts[2][:-1]}\w*\b", core)
        ):
            counted_parts = None  # "2 of 7 courses" toward a new job: the job is the goal
        if counted_parts:  # "28 of 56 blocks done": the rest of the blocks is the goal
            start = StartingPoint(counted_parts[0], "", True, counted_parts[2] or unit)
            target, unit = counted_parts[1], counted_parts[2] or unit  # "2 of 5 on time"
            stated.add("metric")
        said_parts = (
            debt_parts(normalize(baseline_said), find_quantities(baseline_said), unit)
            if playbook.owed_is_target
            else []
        )
        if said_parts and not guessed and not any(_close(p.value, target) for p in said_parts):
            said_parts = []  # the goal's debt is none of these: a restated balance, not more
        if playbook.owed_is_target and (start.value or said_parts):  # "14k on 3 cards"
            if said_parts:  # "card 3k, overdraft 800"; "also a $2k store card": all to clear
                target = sum(p.value for p in said_parts)
                stated.add("metric")
            elif start.value and (guessed or left_to_pay(baseline_said, start.value, target)):
                # "7,020 left": what remains of the goal's debt
                target = start.value
                stated.add("metric")
            baseline, baseline_words = None, str(answers["baseline"]).strip()[:120]
        elif start.value is not None and start.sure and start.unit not in {"%", ""}:
            # counted in a unit: theirs when the target was a guess ("228 lbs": plan in lb)
            counted = True
            if (
                guessed
                and in_unit(target, unit, start.unit) is not None
                and unit.lower() != start.unit
            ):
                target, unit = round(in_unit(target, unit, start.unit) or target, 1), start.unit
                target = float(round(target)) if target >= 100 else target  # 1,509 m
            said_start = baseline  # the goal's own start ("never run further than 12km")
            baseline = in_unit(start.value, start.unit, unit)
            baseline = higher_start(baseline, said_start, target, playbook)
            baseline_words = start.words
        elif start.value is not None and not start.sure and baseline_q is not None:
            # the goal said where they start ("from 2.6 to 3.0"); an unsure reading of the
            # answer ("2.6 cumulative, ... A&P 2") does not override it
            baseline_words = start.words
        elif (
            start.value is not None
            and not start.sure
            and (in_goal := score_start(core, unit, target)) is not None
        ):  # "I got 6.5 last time", then "L7.5 R7 W6 S6.5": the goal's own reading holds
            baseline, baseline_words = in_goal, start.words
        elif start.value is not None and (
            start.sure or below_target(start.value, target, playbook)
        ):
            baseline, baseline_words = start.value, start.words
        else:  # no reading in the answer: where the goal said they are still holds ("2 now")
            baseline = baseline if baseline_q is not None and start.value is None else None
            baseline_words = start.words
        stated.add("baseline")
        if (
            baseline is not None
            and said_of_past(baseline_said)
            and not playbook.owed_is_target
            and not (period and re.search(rf"\blast {period}\b", baseline_said.lower()))
            and not (period is None and said_of_recent(baseline_said))
        ):  # "780k in Q2": no progress on Q3; "R$1,200 last month" for a month's cap: the start
            baseline, baseline_words = None, baseline_said
        if (
            baseline is not None
            and target_q is not None
            and abs(baseline - target) < 1e-6
            and (restates_the_whole(baseline_said) or _SAYS_OVER_RE.search(baseline_said))
        ):  # "12 boxes, nothing scanned yet", "about 30 over": the goal's number, none done
            over = bool(_SAYS_OVER_RE.search(baseline_said))
            baseline, baseline_words = (None if over else 0.0), baseline_said
        elif baseline is not None and target_q is not None and abs(baseline - target) < 1e-6:
            # the goal's number was where they are ("down, 150/95"; "right now 1 mile")
            target, unit = other_target(quantities, playbook, baseline, (target, unit))
            if target == baseline and playbook.default_target != baseline:
                target, unit = playbook.default_target, playbook.unit
                stated.discard("metric")
    elif baseline is not None:
        stated.add("baseline")
    gap = weight_to_lose(baseline_said) if "lost" in playbook.metric_name else None
    if gap and guessed:  # "30 lbs over where I was": the 30 lb is what they want to lose
        target, unit, baseline, baseline_words = gap[0], gap[1], 0.0, baseline_said
        stated.add("metric")
    fund = months_of_expenses(core, baseline_said) if playbook.money else None
    if fund:  # "a 6 month emergency fund", "expenses 3.8k a month": six months of them
        target = fund[0]
        stated.add("metric")
        if fund[1] is not None and baseline is None:
            baseline = fund[1]
            stated.add("baseline")
    if more_than_now(target_q, baseline, playbook) and baseline is not None:
        target = baseline + target  # "recruit 10 more, we're at 6": 16 in all
        stated.add("metric")
    before_delta = (target, baseline)
    target, baseline = delta_goals(playbook, core, quantities, target, baseline, stated)
    run = RUN_SO_FAR_RE.search(core)
    if (
        run
        and unit == "days"
        and "in a row" in playbook.metric_name
        and float(run.group(1)) < target
        and all(r.value is None for r in playbook.rungs)  # no quit-day milestone to pass again
    ):
        baseline = float(run.group(1))  # "I'm 90 days sober": the run so far
        stated.add("baseline")
    levels = stated_levels(core, quantities, playbook, before_delta, target)
    if levels:
        stated.add("baseline")
    # churn, blood pressure, a limit on drinks or coffees ("4 cans a day, down to 1"): it falls
    limit = playbook.rate_reduces and unit not in {"days", "weeks"}
    down = -1 if playbook.lower_is_better or limit else 1
    letter = letter_start(core) if unit == "%" and baseline is None else None
    if letter is not None and down * letter < down * target:  # "from a C": 73%, not 62%
        baseline = letter
        stated.add("baseline")
    if baseline is None and not baseline_words and not baseline_said and start_clause(core):
        baseline_words = start_clause(core)  # "the top is about half pieced": not from zero
        stated.add("baseline")
    elif baseline is None and not baseline_words and not baseline_said and start_in_words(core):
        baseline_words = as_written(goal, start_in_words(core))  # "currently 8-10 a day"
        stated.add("baseline")
    mock = score_start(f"{core} . {baseline_said}", unit, target) if baseline is None else None
    bought = month_of_purchases(core, quantities) if playbook.money and target_q is None else None
    if (
        bought
        and baseline is None
        and playbook.default_baseline
        and playbook.default_target < playbook.default_baseline
    ):  # "every night, KSh 900 each time": a month of orders to cut from, the field's share of it
        baseline = float(round(bought[1], -2 if bought[1] >= 1000 else 0))
        target = float(round(baseline * playbook.default_target / playbook.default_baseline, -1))
        unit = bought[0].unit
        clause = re.split(r"[.;!?]\s", core[: bought[0].span[0]])[-1]
        said_at = slice(bought[0].span[0] - len(clause), price_words_end(core, bought[0]))
        price_said = as_written(goal, core[said_at].strip())
        if baseline_words and price_said not in baseline_words:  # their answer, and the price
            baseline_words = f"{baseline_words.rstrip('.')}; {price_said}"
        baseline_words = baseline_words or price_said
        stated.add("baseline")
    if mock is not None and down > 0:  # "got 6.0 on my mock": a 7.0 goal starts at 6.0
        baseline = mock
        stated.add("baseline")
    if (
        baseline is None
        and playbook.default_baseline is not None
        and not (preset and preset.unit != playbook.unit)  # the field's start, in its own unit
        and down * playbook.default_baseline < down * target
    ):
        baseline = playbook.default_baseline
    if baseline is not None and down * baseline >= down * target and baseline_said:
        if guessed and counted and SCOPE_RE.search(core) and not playbook.money:
            target = baseline  # "paint every room", "9 rooms": the count is the whole job
            stated.add("metric")
            baseline_words = baseline_said
        else:  # past a target they did not say, or said otherwise: their words, never zero
            baseline_words = baseline_words or baseline_said
        baseline = None
    elif (
        baseline is not None
        and down * baseline >= down * target
        and target_q
        and PACE_AFTER_RE.match(core[target_q.span[1] :])
        and start_in_words(core)
    ):  # "1500 CHF a month ... we have 18k now": a sum held beside a rate, in their words
        baseline, baseline_words = None, as_written(goal, start_in_words(core))
    elif (
        baseline is not None
        and down * baseline >= down * target
        and (beyond := next_target(playbook, baseline, unit, down) if guessed else None)
    ):  # "my HbA1c was 6.3": past the field's usual 7%, so the next recognised level, 5.7%
        target = beyond
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

    # a rhythm said for another part ("also ... mass on sundays") is not the main practice's
    rhythm = read_rhythm(_ALSO_PART_RE.sub("", core), target_q, baseline_q)
    if playbook.money and pace_beside_total(
        _ALSO_PART_RE.sub("", core), rhythm, target_q, baseline_q
    ):
        rhythm = replace(rhythm, period=None)  # "£6k, I put away £200 a month now": a total
        baseline = None  # and the amount a month is their pace, not money already saved
        if not baseline_words and not baseline_said and start_in_words(core):
            baseline_words = as_written(goal, start_in_words(core))  # "we have 18k now"
            stated.add("baseline")
    nights = bedtime_nights(core) if playbook.durations_are_outcome and playbook.rate else None
    if nights and target_q is None and not rhythm.sessions_noun:  # "asleep by 11 on weeknights"
        rhythm = replace(rhythm, sessions_noun="nights", sessions_per_week=nights)
        baseline = None  # hours slept or a clock time now is no count of nights on time
    own = own_part(core, playbook.key)  # "drink 2 L and cut down to 1 coffee": water goes up
    reducing = playbook.lower_is_better or asks_for_less(own, bool(REDUCE_RE.search(own)))
    start_seen = baseline
    if start_seen is None and baseline_q and in_unit(1, baseline_q.unit or unit, unit) == 1:
        start_seen = baseline_q.value  # the text's start in the goal's unit (not "1 glass")
    if reducing and not playbook.lower_is_better and start_seen is not None:
        reducing = start_seen >= target  # "I only walk 4000, should reach 8000": from it, up
    elif (
        not reducing
        and start_seen is not None
        and start_seen > target
        and playbook.default_baseline is not None
        and playbook.default_target < playbook.default_baseline
    ):  # a field that moves down, from a start above the target: a cut, whatever the verb
        reducing = True
    # "8 hours a night" in a field whose measure is already a nightly average is its level
    nightly = playbook.durations_are_outcome and unit in {"hours", "minutes"}
    rate_period = None if nightly else rhythm.period
    rhythm_unit = ""
    cap = said_cap(core) if reducing and not isinstance(typed.get("metric"), Quantity) else None
    by_preset = bool(
        preset and (preset.rhythm or cap) and target_q is None
    )  # the preset's count is no said target
    if target_q is None and rhythm.sessions_noun and ("metric" not in stated or by_preset):
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
        if cap and target_q is None:  # "4 nights a week ... once a week max": a count kept
            now = target if rate_period == cap[1] and target > cap[0] else None
            (target, rate_period), baseline = cap, now
            if now:
                stated.add("baseline")
        elif reducing and sessions_are_now(core):  # "I get takeout like 4 times a week"
            baseline, target = target, float(max(1, round(target / 2)))
            stated.discard("metric")
            stated.add("baseline")
        elif daily_over_now(core, target, rate_period):  # "every day, now twice a week"
            baseline, target = target, 7.0
            stated.add("baseline")
    elif daily_wanted(core, target_q, playbook) and "metric" not in stated:
        # "do my physio exercises every morning": the daily rhythm is the target, and the
        # rhythm they keep now ("maybe twice a week") is where they start
        target, unit, rate_period, rhythm_unit, reducing = 7.0, "times", "week", "times", False
        stated.add("metric")
        now = read_rhythm(normalize(baseline_said), None).sessions_per_week
        baseline = now if now and now < 7 else None
    free = _FREE_DAYS_RE.search(core) if playbook.rate_reduces and unit == "days" else None
    free_n = float(free.group("n") or free.group("n2")) if free else None
    if free and rate_period == "week" and free_n is not None and abs(free_n - target) < 1e-9:
        # "3 alcohol-free days a week": days without it, counted up, never "at most 3 days"
        what = (free.group("what") or free.group("what2")).replace(" ", "-")
        unit = rhythm_unit = f"{what} days"
        reducing = False
        baseline = None
    if (
        preset
        and preset.per
        and not rate_period
        and target_q is None
        and not isinstance(typed.get("metric"), Quantity)
    ):  # "drink less", no number: the cut's own count a week ("4 alcohol-free days a week")
        rate_period, rhythm_unit = preset.per, unit
        reducing = not days_without(unit)  # free days are counted up, cigarettes down
        same = {unit} if days_without(unit) else {"", unit}  # "on 15 a day": 15 cigarettes
        if baseline is not None and not (baseline_q and baseline_q.unit in same):
            # "3-4 beers a night" is no count of alcohol-free days: the start in their words
            start_clause_said = clause_at(core, baseline_q.span) if baseline_q else ""
            baseline_words = baseline_words or start_in_words(core) or start_clause_said
            baseline = None
            stated.add("baseline")
        current = next((r for r in read_roles(core) if r.role == "current"), None)
        if baseline is None and current is not None:
            if not baseline_words:  # "I'm on 15 a day", "4 cups of chai a day": where they are
                # "cut down sugar - I have 4 cups of chai a day": the part with their number
                parts = re.split(r"\s[-\u2013:]\s", clause_at(core, current.span))
                said_now = next((x for x in parts if re.search(r"\d", x)), parts[-1])
                baseline_words = as_written(goal, said_now)
            stated.add("baseline")
            if not days_without(unit) and current.value > target:
                baseline = current.value  # cigarettes or coffees a day, stepped down from there
        if preset.assumed:
            stated.discard("metric")
    elif (
        preset
        and preset.per
        and not rate_period
        and "metric" in stated
        and unit.lower() not in {"days", "weeks", "months"}
        and not days_without(unit)
    ):  # "down to 2 coffees", "from 20 drinks to 10": the cut's count, a day or a week
        rate_period, reducing = preset.per, True
    if rate_period:
        own_words = (
            not playbook.rate
            or (reducing and not playbook.lower_is_better and not playbook.rate_reduces)
            or days_without(unit)
        )
        named = playbook.rate.metric_name if playbook.rate else ""
        if (
            own_words or counts_other(named, unit) or (cap and playbook.money)
        ):  # "weeks at the walking rhythm" in steps
            named = f"{unit} {period_words(rate_period)}"
        metric_name = named
    if (
        playbook.counts_any
        and "metric" in stated
        and not rate_period
        and unit != playbook.unit
        and not (preset and preset.conditions)  # its stages, counted as the shape names them
    ):
        if unit in MONEY_UNITS and not _MONEY_GOAL_RE.search(core):
            # "garage quoted $1,650": a price said beside the job, never its target
            target, unit = playbook.default_target, playbook.unit
            stated.discard("metric")
        else:
            metric_name = unit  # a goal no field knows counts in what the person counts
    stages = split_stages(str(typed.get("stages") or ""))
    if playbook.key == "scaffold" and stages:
        target, unit, metric_name = float(len(stages)), "stages", "your stages done"
        stated.update({"metric", "stages"})
    scope = read_scope(core, playbook.key)  # "the whole 3 bed semi" vs "the cupboard"
    if (
        scope
        and "metric" not in stated
        and not rate_period
        and not preset
        and target == playbook.default_target
        and unit == playbook.unit
    ):  # the field's guess sized to what they take on: 20 bags is no whole house
        target = scaled_target(target, scope)
    measure = read_measure(core)  # the goal's own measure: it wins over the template's
    decided, kept = decide_measure(
        core,
        measure,
        playbook,
        Measured(target, unit, baseline, rate_period, metric_name, rhythm_unit, reducing),
    )
    if kept:
        target, unit, baseline = decided.target, decided.unit, decided.baseline
        rate_period, metric_name = decided.rate_period, decided.metric_name
        rhythm_unit, reducing = decided.rhythm_unit, decided.reducing
        stated.add("metric")
    metric_name = their_measure(core, metric_name)  # "asleep on time", as they said it
    deadline = read_deadline(core, typed, today, playbook, preset, target, unit, stated, notes)
    if "metric" not in stated and unit == "days" and EVERY_DAY_RE.search(core):
        target = float(max(7, round((deadline - today).days * 0.9)))  # most days, not all
    capacity = read_capacity("" if habit else goal, typed, stated)
    helpers = helpers_in(goal, answers, playbook.roles)
    owners, team = read_owners(goal, core, typed, stated, helpers)
    said_roles = team_roles(str(answers.get("owners") or "")) or team_roles(goal)
    roles = {name: kind for name, kind in said_roles.items() if name in owners}
    if roles and "me" in owners:
        roles.setdefault("me", "lead")  # they named the others' work: the person runs it
    if isinstance(typed.get("capacity"), float):
        capacity = team_total(capacity, answers.get("capacity", ""), goal, owners)
    if "capacity" not in stated:
        if unread_note(typed):  # "n/a it's sleep", "just the appointments": kept as said
            notes["capacity"] = unread_note(typed)
        kind = str(getattr(typed.get("capacity_said"), "kind", ""))
        if kind in ("in_work", "less_time"):
            notes["capacity_kind"] = kind  # the assumed week is said as work time
        capacity = 5.0 if not team else max(8.0, 4.0 * len(owners))
        small = typed.get("capacity_said")
        if kind == "little" and isinstance(small, LooseCapacity) and small.hours:
            capacity = small.hours  # "not a lot, I work 6 days": a small week, never the usual
        if rhythm.sessions_per_week and rhythm.session_minutes:
            # the stated rhythm needs this much, with the slack rule's 20% and room for set-up
            need = (rhythm.sessions_per_week * rhythm.session_minutes / 60 + 1.5) / 0.8
            capacity = max(capacity, float(math.ceil(need)))
    sessions_per_week, session_minutes = rhythm.sessions_per_week, rhythm.session_minutes
    said_capacity = corrected_time(str(answers.get("capacity", "")))  # "12 h, but really 8"
    said_time = read_time(said_capacity) if "capacity" in typed else None
    session_cap, answered_rhythm, said_hours = None, False, None
    # a ceiling said ("an hour a day tops", "max 4 h a week"): the plan books within it
    ceiling = bool(said_time and "capacity" in stated and capped(said_capacity))
    if ceiling:
        notes["capacity_line"] = (
            f"At most {fmt_number(capacity)} hours a week, as you put it: "
            f"'{said_capacity.strip()}'; the plan's whole week (every session and step) stays "
            "within it"
        )
    # a habit's daily minutes said as their time ("2 min a day" to floss) size its daily act
    daily_act = bool(
        habit
        and said_time
        and said_time.per_day
        and said_time.minutes
        and said_time.minutes <= _HABIT_DAY_MINUTES
        and not playbook.lower_is_better
    )
    if said_time and said_time.sessions and (not habit or daily_act):
        # "an hour most days", "3x a week, 30 min", "sat + sun 6 hrs each": their own rhythm
        # for a field whose practice is real sessions (not a 5-minute daily check-in)
        session_cap = min(said_time.minutes, 180) if said_time.minutes else None
        if sessions_per_week is None:
            answered_rhythm = True
            sessions_per_week = said_time.sessions  # "15 min a day" is every day, as said
            journey = _JOURNEY_RE.search(said_capacity.lower())
            if said_time.minutes and not journey and not ceiling:  # "3 x 30 min": that long
                session_minutes = _as_said(said_time.minutes)
        elif (
            session_minutes is None
            and said_time.minutes
            and not _JOURNEY_RE.search(said_capacity.lower())
        ):
            # the goal named how often ("we train once a week"), the answer how long ("90
            # mins"): the sessions are that long, never the field's template length; a drive's
            # hours ("one saturday a month for the drive, 3h each way") are no call's length
            session_minutes = _as_said(said_time.minutes)
        said_text = said_capacity.lower()
        amount_said = re.search(r"\d|\b(?:hours?|hrs?|min\w*|couple|few)\b", said_text)
        if ceiling:
            pass  # "an hour a day tops": the week's line is the ceiling, no margin past it
        elif "capacity" in stated and said_time.per_day and said_time.minutes and amount_said:
            said_hours = said_time.hours  # "20 min a day": the week is budgeted to hold it
        elif (
            "capacity" in stated
            and said_time.days
            and said_time.hours
            and (said_time.sessions or 0) >= 3
            and 0 < (said_time.minutes or 0) <= LONGEST_SITTING
            and not _WEEK_TOTAL_RE.search(said_text)  # "about 4 hrs? mon wed fri": 4 h, held
        ):  # "5:30-6:30 weekdays": five 1-hour sittings, held as said, not thinned to three
            said_hours = said_time.hours
        if "capacity" in stated and not said_time.per_day and said_time.hours and not ceiling:
            # the sessions they named fit inside the week's usable time (80%), with set-up
            setup = 1 if capacity >= 2 else 0.25  # "30 min on sundays" stays near 30 min
            # a sitting past the planner's longest is planned at that length ("saturdays, 2-3
            # hrs": one 2-hour sitting), so the week budgets that sitting, not a 5-hour week
            sitting = min(said_time.minutes or 45, LONGEST_SITTING)
            need = said_time.sessions * sitting / 60 / 0.8 + setup
            slot = min(day_slot(said_capacity) or 0, LONGEST_SITTING)
            if slot > sitting and said_time.sessions >= 2:
                # "sundays 2 hours to prep, weeknights 30 mins": one of the sittings is the
                # day's slot at its own length, so the week holds it whole
                need += (slot - sitting) / 60 / 0.8
            if said_time.sessions < 1:  # "one evening a month": the week that holds it holds
                need = sitting / 60 / 0.8 + min(1.5, sitting / 60)  # and the weekly steps
            if not week_split(
                said_time, said_text
            ):  # "4-5 hrs? gym mon wed fri": the week stays 5 h
                line = math.ceil(need * 2) / 2
                if line > capacity:  # the week's line is above their time: theirs is said
                    notes["capacity_line"] = week_line_note(
                        said_time.sessions, said_time.minutes, said_time.hours, line, said_capacity
                    )
                capacity = max(capacity, line)
    body_cap = sitting_tolerance(str(answers.get("constraint") or ""))  # "stiff after an hour"
    said_length = said_sitting(said_capacity) if "capacity" in typed else None
    if said_length is not None and said_length <= LONGEST_SITTING:  # "an hour at a time"
        body_cap = min(body_cap or said_length, said_length)
    if body_cap:
        session_cap = min(session_cap or body_cap, body_cap)
        session_minutes = min(session_minutes, body_cap) if session_minutes else None
    start_text = normalize(f"{goal} . {answers.get('baseline', '')}")
    if short_run(start_text) is not None:  # "can jog maybe 2 minutes": intervals, not a level
        stated.add("beginner")
    elif already_training(goal, answers, said_time) or holds_a_level(
        goal, str(answers.get("baseline", "")), unit
    ):
        stated.add("practising")  # "lift 4x a week already", "marathon PR 3:51": not a beginner
    elif BEGINNER_RE.search(start_text):
        stated.add("beginner")  # "can't run more than 2 minutes": the sessions start as intervals
    why = typed.get("why") or read_why(core)
    if why:
        stated.add("why")
    constraint = typed.get("constraint")
    if constraint:
        stated.add("constraint")
    if find_done_state(core):
        stated.add("metric")
    if baseline is not None and "baseline" in stated:
        stated.add("measured")  # "LDL 172": the starting result is known, not to be fetched
    said = normalize(" . ".join([goal, *(str(v) for v in answers.values() if v)]))
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
        roles=roles,
        baseline=baseline,
        constraint=str(constraint) if constraint else None,
        why=why_line(str(why), goal) if why else None,  # "So I can ...", as a sentence
        done_state=find_done_state(core),
        stated=stated,
        notes=notes,
        today=today,
        helpers=helpers,
        cautions=cautions_for(said, playbook.key),
        said=said,
        rate_period=rate_period,
        sessions_per_week=sessions_per_week,
        session_minutes=session_minutes,
        session_cap=session_cap,
        said_hours=said_hours,
        time_place=said_time.place if said_time and said_time.sessions else "",  # habits too
        time_for=time_for(said_capacity) if said_time and said_time.sessions else (),
        slot_minutes=day_slot(said_capacity) if "capacity" in stated else None,
        answered_rhythm=answered_rhythm,
        limit=read_limit(
            [goal, *(str(answers.get(k, "")) for k in ("baseline", "constraint", "capacity"))]
        ),
        rhythm_is_sessions=rate_period == "week" and unit == rhythm_unit and bool(rhythm_unit),
        measure=measure,
        route=found,
        reducing=reducing,
        stages=stages,
        scope=scope.key if scope else "",
        levels=levels,
        baseline_words=as_written(f"{goal} | {baseline_said}", baseline_words),
        baseline_said=baseline_said,
        answers_said=tuple(str(answers.get(k) or "") for k in ("baseline", "constraint")),
        country=country_of(goal, answers),
        steps=list(typed.get("deadline_steps") or []),  # type: ignore[call-overload]
    )
    # "he already got the permit" can come in any answer about where things stand
    u.done = done_parts(core, *(str(answers.get(k) or "") for k in ("baseline", "deadline")))
    other_answers = [str(answers.get(k) or "") for k in ("capacity", "constraint")]
    u.done += [k for k in kit_at_home(*other_answers) + in_care(*other_answers) if k not in u.done]
    u.subject = subject_of(u)
    if target_q is None and not isinstance(typed.get("metric"), Quantity) and not preset:
        # no amount said ("well enough to play at my sister's wedding"): the count is the
        # field's guess, so the goal is said as the done-state they named
        u.done_words = "" if rate_period or stages else done_words(core) or ""
    whole = re.split(r"\s?[:;,]\s", outcome_phrase(core) or "")[0]  # "fix the garden"
    thing = re.search(r"\b(?:the|my|our)\s([a-z]+)\b", whole)
    parts = (
        done_state_parts(goal, u.subject or (thing.group(1) if thing else ""))
        if not (preset or rate_period or stages or "metric" in stated)
        else []
    )[:4]
    if len(parts) >= 2:  # "the fence is falling down ... somewhere the kids can play": the
        # parts they named are what done means, never the field's count ("6 crops")
        said = ", ".join(p[:1].lower() + p[1:] for p in parts[:-1]) + " and " + parts[-1].lower()
        u.done_words = f"{whole[:1].upper()}{whole[1:]}: {said}" if whole else said
        if len(parts) == 2:  # a plan has three milestones at least: the last checks the whole
            parts.append(CHECKED_OVER)
        u.stages, u.target, u.unit = parts, float(len(parts)), "parts"
        u.metric_name = "parts of the job done"
        u.stated.update({"metric", "stages"})
    if u.baseline and u.counts_a_run and "deadline" not in stated:
        u.deadline = today + dt.timedelta(days=round(u.target - u.baseline))  # the day it's done
    per_month = money_a_month(u, goal, answers)
    if not per_month and (per_month := bare_money(u, answers)):  # "idk maybe 200": money
        u.notes.pop("capacity", None)  # not a time they failed to give
    if per_month:  # "$800 a month": their amount moves, and the date follows it
        event = bool(EVENT_RE.search(normalize(str(answers.get("deadline") or ""))))
        event = event or (  # "for my daughter's college fees", "for the wedding in june"
            "deadline" in u.stated
            and held_for_event(core, str(answers.get("deadline") or ""), u.deadline, today)
        )
        said = str(answers.get("capacity") or "")
        period = period_of(said, per_month)  # "a fortnight"
        upper = upper_amount(said, per_month, period)  # "maybe £200 some months"
        fit_to_money(u, per_month, bool(typed.get("deadline_hedged")), event, period, upper)
    said_limit = typed.get("deadline_limit")
    firm = "deadline" in answers and not (
        typed.get("deadline_hedged") or typed.get("deadline_soon")
    )
    fixed = firm and fixed_by_event(str(answers.get("deadline") or ""))  # "fees deadline"
    hard = bool(typed.get("deadline_hard"))  # the op will not wait: never planned past it
    if (
        "deadline" in u.stated
        and not isinstance(said_limit, dt.date)
        and held_for_event(core, str(answers.get("deadline") or ""), u.deadline, today)
    ):  # "for my sister's wedding in december": never planned past the wedding
        said_limit, hard = u.deadline, True
    make_feasible(u, said_limit if isinstance(said_limit, dt.date) else None, firm, fixed, hard)
    pace_span(u)  # the plan as long as the change needs; a short date kept, its top honest
    return u
