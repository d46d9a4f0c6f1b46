"""Judging a goal's wording against SMART, with a graded score per criterion.

Used by ``goalsmith assess`` and by the goal and milestone rules. Each criterion returns
``passed`` (True, False, or None when the text alone cannot tell), a 0..1 ``score`` and a
reason a person understands.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass

from assistant.language.details import (
    concrete_details,
    done_or_not,
    personal_horizon,
)
from assistant.language.horizons import find_horizon, resolve_deadline
from assistant.language.quantities import (
    find_done_state,
    find_frequency,
    find_multiplier,
    find_quantities,
)
from assistant.language.text import STOPWORDS, normalize, words
from assistant.language.vague import (
    ACTION_VERBS,
    SOFT_VAGUE,
    find_abstract_targets,
    find_hedges,
    find_vague_phrases,
)


@dataclass(frozen=True)
class Criterion:
    """One SMART criterion: passed (None when the text alone cannot tell), a 0..1 score, why."""

    passed: bool | None
    score: float
    reason: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


CRITERIA = ("specific", "measurable", "time_bound", "achievable", "relevant")


@dataclass(frozen=True)
class GoalVerdict:
    """The SMART assessment of one goal's wording: each criterion and the overall verdict."""

    text: str
    specific: Criterion
    measurable: Criterion
    time_bound: Criterion
    achievable: Criterion
    relevant: Criterion
    smart: Criterion

    def criteria(self) -> dict[str, Criterion]:
        """The five criteria by name, in SMART order."""
        return {name: getattr(self, name) for name in CRITERIA}

    def as_dict(self) -> dict[str, object]:
        """The ``goalsmith assess --kind goal`` JSON shape."""
        result: dict[str, object] = {"text": self.text}
        result.update({k: c.as_dict() for k, c in self.criteria().items()})
        result["smart"] = self.smart.as_dict()
        return result


# Verbs that say *what kind* of thing you will do but not what result you want.
GENERIC_VERBS = frozenset(
    {
        "learn",
        "study",
        "write",
        "read",
        "start",
        "do",
        "make",
        "get",
        "have",
        "be",
        "become",
        "practice",
        "practise",
        "exercise",
        "save",
        "lose",
        "earn",
        "build",
        "create",
        "eat",
        "sleep",
        "spend",
        "go",
        "work",
        "use",
        "play",
        "try",
        "keep",
        "stop",
        "quit",
        "improve",
        "grow",
    }
)
_LEAD_IN_RE = re.compile(
    r"^(i|we)\s(want|would like|wanna|need|hope|plan|intend|am going|'m going|will|"
    r"should|must|have)\s?(to)?\s|^(to|my goal is to|our goal is to|goal:)\s|^i'?d like to\s|"
    r"^(be|become) able to\s"
)
_COMPARATIVE_RE = re.compile(
    r"\b(more|better|less|fewer|higher|lower|bigger|faster|stronger|healthier|"
    r"increase|decrease|reduce|raise|grow|boost|cut down)\b"
)
_PURPOSE_RE = re.compile(
    r"\b(so that|so i can|so we can|because|in order to|to be able to|which will|"
    r"for my|for our|for the sake of|since i|as i want|to help|to support|to afford|"
    r"to qualify|to prepare for)\b"
)
_HELD_FOR_RE = re.compile(
    r"\b(hold|last|plank|hang|sit|stand|balance|meditate|run|swim|jog|walk|cycle|ride|row|dance|"
    r"skip|jump)\b[^.]{0,30}?\bfor \d+(?:\.\d+)?\s?(?:hours?|minutes?|mins?|seconds?|secs?)\b"
)
_TIME_TARGET_RE = re.compile(
    r"\b(?:to|under|below|over|above|at least|at most|less than|more than|max|maximum|"
    r"minimum|sub)[ -]\d+(?:\.\d+)?\s?(?:hours?|minutes?|mins?|hrs?|seconds?|secs?|h|m)\b"
)
_WEIGHT_LOSS_RE = re.compile(r"\b(lose|drop|shed|cut|get rid of)\b")


def _core(text: str) -> str:
    """The goal without lead-ins like 'I want to'."""
    s = normalize(text)
    for _ in range(2):
        s = _LEAD_IN_RE.sub("", s).strip()
    return s


def _names_a_result(s: str) -> tuple[bool, list[str], str]:
    """The pass line of ``specific``: a concrete action on an object, an amount, a counted
    rhythm or a done-state, with no vague verb or abstract target left standing. Returns
    (passed, what is wrong, what makes it specific)."""
    tokens = words(s)
    content = [w for w in tokens if w not in STOPWORDS and not w[0].isdigit()]
    has_amount = bool(find_quantities(s)) or find_multiplier(s) is not None
    done_state = find_done_state(s)
    vague = [v for v in find_vague_phrases(s) if not (v in SOFT_VAGUE and has_amount)]
    abstract = [] if has_amount else find_abstract_targets(s)
    hedges = find_hedges(s)
    first = tokens[0] if tokens else ""
    score = 0.35
    notes: list[str] = []
    if vague:
        score -= 0.3 + 0.1 * (len(vague) - 1)
        notes.append(f"vague verb '{vague[0]}'")
    if abstract:
        score -= 0.25
        notes.append(f"abstract target '{abstract[0]}'")
    if hedges:
        score -= 0.08 * min(len(hedges), 3)
        notes.append(f"hedge '{hedges[0]}'")
    if first in ACTION_VERBS and not vague:
        score += 0.12 if first in GENERIC_VERBS else 0.3
    # a rhythm with a count, a session length or a named object ("4 times a week",
    # "30 minutes every Tuesday", "vegetables with every dinner")
    counted_rhythm = bool(find_frequency(s)) and (
        bool(re.search(r"\b\d+\s?(?:times|x|days|sessions|minutes?|mins?|hours?|hrs?)\b", s))
        or len(content) >= 3
    )
    if has_amount:
        score += 0.35
    elif done_state:
        score += 0.3
    elif counted_rhythm:
        score += 0.25
    elif _COMPARATIVE_RE.search(s):
        score -= 0.1
        notes.append("a comparison with no number")
    if len(content) >= 3:
        score += 0.12
    elif len(content) <= 1:
        score -= 0.1
        notes.append("no concrete object")
    outcome = done_or_not(s)
    if first in GENERIC_VERBS and not (has_amount or done_state or counted_rhythm or outcome):
        score = min(score, 0.45)  # "Learn the piano": a kind of activity, not a result
        notes.append(f"'{first}' with no amount or done-state")
    if outcome and not vague and not abstract:
        score = max(score, 0.5)  # "get the claim approved in writing": done or not
    what = (
        "a number"
        if has_amount
        else ("a clear done-state" if done_state or outcome else "a concrete action and object")
    )
    return score >= 0.5, notes, what


_UNIT_WORDS = frozenset(
    ["km", "k", "mi", "kg", "lb", "lbs", "mo", "mos", "min", "mins", "h", "hrs", "x"]
)
# how much each kind of detail adds; the score grows with each, with diminishing returns
_DETAIL_WEIGHTS = {"amount": 1.5, "frequency": 1.0, "start point": 1.0}
_DIMINISH = 0.72


def _vague_outside_timing(s: str, original: str) -> list[str]:
    """Vague phrases, not counting a time of day ("before work on Mon" is not "work on")."""
    timing = concrete_details(original).get("time of day", "")
    return find_vague_phrases(s.replace(timing, " ") if timing else s)


def _detail_count(s: str, original: str) -> tuple[float, list[str]]:
    """Weighted count of concrete details and the words that drove it."""
    tokens = words(s)
    first = tokens[0] if tokens else ""
    vague = _vague_outside_timing(s, original)
    n, drove = 0.0, []
    if first in ACTION_VERBS and not vague:
        n += 0.5 if first in GENERIC_VERBS else 1.0
        drove.append(f"verb '{first}'")
    details = concrete_details(original)
    rest = s.split(" ", 1)[1] if " " in s else ""
    horizon = find_horizon(s)
    for phrase in [*details.values(), horizon.phrase if horizon else "", personal_horizon(s)]:
        rest = rest.replace(phrase.lower(), " ") if phrase else rest
    objects = [
        w for w in words(rest) if w not in STOPWORDS and not w[0].isdigit() and w not in _UNIT_WORDS
    ]
    if objects:
        n += 1.0 if len(objects) < 4 else 1.5
        drove.append(f"object '{objects[0]}'")
    outcome = find_done_state(s) or done_or_not(s)
    if outcome:
        n += 1.5
        drove.append(f"done-state '{outcome}'")
    for kind, phrase in details.items():
        n += _DETAIL_WEIGHTS.get(kind, 0.75)
        drove.append(f"{kind} '{phrase}'")
    return n, drove


def judge_specific(text: str) -> Criterion:
    """Passes when the goal names a result; the score grows with every concrete detail."""
    s = _core(text)
    passed, notes, what = _names_a_result(s)
    n, drove = _detail_count(s, text)
    penalty = 0.12 * len(_vague_outside_timing(s, text)) + 0.1 * bool(find_abstract_targets(s))
    penalty += 0.04 * min(len(find_hedges(s)), 3)
    if _COMPARATIVE_RE.search(s) and not find_quantities(s):
        penalty += 0.1  # "drive better": a direction, not a detail
    raw = max(0.0, 1 - _DIMINISH**n - penalty)
    score = round(0.5 + 0.5 * raw if passed else 0.49 * raw, 3)
    named = f" ({', '.join(drove[:6])})" if drove else ""
    if passed:
        reason = f"Names {what}" + (f", though it has {notes[0]}" if notes else "")
        reason += f"; {len(drove)} concrete details{named}."
    else:
        reason = (
            "Not specific: "
            + (", ".join(notes) if notes else "says what area, not what result")
            + f"{named}. Say exactly what will exist or be true (what, how much, for whom)."
        )
    return Criterion(passed, score, reason)


def judge_measurable(text: str) -> Criterion:
    """Graded: a number with its unit and starting point (1.0) > with its unit (0.9) > a time
    target or a multiple of today (0.85) > a bare count (0.7) > done or not (0.6) > sessions
    only (0.55) > a comparison with no number (0.2) > nothing (0.05)."""
    s = _core(text)
    quantities = find_quantities(s)
    with_unit = [q for q in quantities if q.unit]
    start = concrete_details(text).get("start point")
    if with_unit:
        q = with_unit[0]
        shown = f"{q.value:g} {q.unit}" if q.kind != "percent" else f"{q.value:g}%"
        if start:
            return Criterion(
                True, 1.0, f"Measured by a number from a starting point: {shown}, '{start}'."
            )
        return Criterion(True, 0.9, f"Measured by a number: {shown}; add where you start from.")
    time_target = _TIME_TARGET_RE.search(s) or _HELD_FOR_RE.search(s)
    if time_target:
        return Criterion(True, 0.85, f"Measured by a time target: '{time_target.group(0)}'.")
    multiplier = find_multiplier(s)
    if multiplier:
        return Criterion(
            True, 0.85, f"Measured against today's number ('{multiplier}'); note the baseline."
        )
    if quantities:
        return Criterion(
            True, 0.7, f"Has a number ({quantities[0].value:g}) but not what it counts."
        )
    done_state = find_done_state(s) or done_or_not(s)
    if done_state:
        return Criterion(True, 0.6, f"A binary outcome that is done or not: '{done_state}'.")
    freq = find_frequency(s)
    tokens = words(s)
    if freq and tokens and tokens[0] in ACTION_VERBS and not find_vague_phrases(s):
        return Criterion(
            True, 0.55, f"Countable as sessions done ('{freq}'), though no target amount."
        )
    if _COMPARATIVE_RE.search(s):
        return Criterion(
            False,
            0.2,
            "A comparison ('more', 'better', 'increase') with no number: "
            "name the target, e.g. 'from 2 to 5 km'.",
        )
    return Criterion(
        False, 0.05, "Nothing to measure: add a number, amount or a done-or-not outcome."
    )


def judge_time_bound(text: str) -> Criterion:
    """A date or span (0.85-1.0) > the person's own event or 'the rest of the year' (0.8) > a
    rhythm with no end (0.75) > 'someday' (0.15) > nothing (0.05)."""
    horizon = find_horizon(text)
    personal = personal_horizon(text)
    if personal and (horizon is None or horizon.kind in {"vague", "recurring"}):
        return Criterion(True, 0.8, f"Bound to a date you know: '{personal}'; name it on the plan.")
    if horizon is None:
        return Criterion(
            False, 0.05, "No deadline or time frame: add one ('by 30 June', 'in 12 weeks')."
        )
    if horizon.kind == "vague":
        return Criterion(
            False, horizon.score, f"'{horizon.phrase}' is not a deadline: name a date or a span."
        )
    if horizon.kind == "recurring":
        return Criterion(
            True, horizon.score, f"Bound to a rhythm ('{horizon.phrase}') rather than an end date."
        )
    return Criterion(True, horizon.score, f"Time-bound: '{horizon.phrase}'.")


def judge_achievable(text: str, today: dt.date) -> Criterion:
    s = _core(text)
    deadline = resolve_deadline(s, today)
    weeks = max((deadline - today).days / 7, 0.1) if deadline else None
    for q in find_quantities(s):
        if q.unit in {"kg", "lb"} and _WEIGHT_LOSS_RE.search(s) and weeks:
            kg = q.value if q.unit == "kg" else q.value * 0.4536
            rate = kg / weeks
            if rate > 1.0:
                return Criterion(
                    False,
                    round(max(0.05, 1 / (rate + 0.5)), 3),
                    f"Losing {kg:.0f} kg in {weeks:.0f} weeks is {rate:.1f} kg a week; "
                    "0.5-1 kg a week is the safe, sustainable pace.",
                )
            return Criterion(True, 0.85, f"{rate:.1f} kg a week is a sustainable pace.")
    if weeks is not None and re.search(r"\b(fluent|fluency)\b", s) and weeks < 26:
        return Criterion(
            False,
            0.2,
            f"Fluency in {weeks:.0f} weeks is unrealistic; aim for a level (A2, B1) "
            "or a conversation length instead.",
        )
    if (
        weeks is not None
        and re.search(r"\b(marathon)\b", s)
        and not re.search(r"half", s)
        and weeks < 12
    ):
        return Criterion(
            False,
            0.3,
            f"A marathon in {weeks:.0f} weeks is risky without a base; most plans take 16-20.",
        )
    return Criterion(
        None,
        0.5,
        "Cannot be judged from the text alone: it depends on your weekly capacity "
        "and starting point, which the plan checks.",
    )


def judge_relevant(text: str) -> Criterion:
    m = _PURPOSE_RE.search(normalize(text))
    if m:
        return Criterion(True, 0.85, f"States why it matters ('{m.group(0)} ...').")
    return Criterion(None, 0.5, "Cannot be judged from the text alone: say why it matters to you.")


_WEIGHTS = {
    "specific": 0.3,
    "measurable": 0.3,
    "time_bound": 0.3,
    "achievable": 0.05,
    "relevant": 0.05,
}


@functools.lru_cache(maxsize=256)
def judge_goal(text: str, today: dt.date) -> GoalVerdict:
    """The SMART assessment of one goal's wording (frozen, so kept: a chat judges its goal for
    the questions, their wording and the draft's prompt; about 0.3 ms each time)."""
    criteria = {
        "specific": judge_specific(text),
        "measurable": judge_measurable(text),
        "time_bound": judge_time_bound(text),
        "achievable": judge_achievable(text, today),
        "relevant": judge_relevant(text),
    }
    required_ok = all(criteria[k].passed for k in ("specific", "measurable", "time_bound"))
    vetoed = [k for k in ("achievable", "relevant") if criteria[k].passed is False]
    passed = required_ok and not vetoed
    score = round(sum(_WEIGHTS[k] * c.score for k, c in criteria.items()), 3)
    missing = [k.replace("_", "-") for k, c in criteria.items() if c.passed is False]
    reason = "SMART." if passed else "Not SMART: " + ", ".join(missing) + " missing or failing."
    return GoalVerdict(text=text, **criteria, smart=Criterion(passed, score, reason))


def assess_goal(text: str, today: dt.date) -> dict[str, object]:
    """The SMART assessment of one goal, in the ``goalsmith assess --kind goal`` shape."""
    return judge_goal(text, today).as_dict()
