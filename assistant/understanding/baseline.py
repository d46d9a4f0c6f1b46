"""A starting point the person answered: a number in the goal's own measure, else their words.

An answer is never turned into "zero" or into a number in another measure: "15 a day" is not
15 days in a row, "2 yr old lab" is not 2 cues, "credit 760" is not $760 saved, "size 14" is
not 14 kg. What cannot be read in the goal's measure is kept as the person wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.language import find_quantities, normalize
from assistant.language.quantities import Quantity
from assistant.playbooks import Playbook
from assistant.understanding.currency import in_their_money
from assistant.understanding.roles import mask_incidental

_OF_RE = re.compile(r"\b(\d+)\s(?:of|out of)\s\d+\s([a-z]+)")
_RANGE_RE = re.compile(  # "3,800-4,500": whole numbers with their thousands, never "800-4"
    r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:-|to)\s?"
    r"(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?!\s?(?:am|pm|:))"
)
_PERIOD_AFTER_RE = re.compile(
    r"^[^,;]{0,12}?(?<![a-z])(?:(?:a|per|each|every|/|most|some|on|x a|times a|last)\s?"
    r"(day|night|morning|evening|week|wk|weekend|weeknight|month|mo|year|yr)s?\b|"
    r"(daily|nightly|weekly|monthly|yearly))"
)
_PERIODS = {"night": "day", "morning": "day", "evening": "day", "daily": "day", "nightly": "day"}
_PERIODS |= {"wk": "week", "weekly": "week", "weekend": "week", "weeknight": "week"}
_PERIODS |= {"mo": "month", "monthly": "month", "yr": "year", "yearly": "year"}
# words before a number that say nothing about what it measures ("about 230", "at 580")
_CUES = frozenset(
    [
        "about",
        "around",
        "like",
        "maybe",
        "probably",
        "prob",
        "guess",
        "guessing",
        "spend",
        "spending",
        "averaging",
        "average",
        "roughly",
        "approx",
        "approximately",
        "only",
        "just",
        "at",
        "now",
        "currently",
        "is",
        "was",
        "am",
        "i'm",
        "im",
        "weigh",
        "weighed",
        "weighing",
        "have",
        "has",
        "had",
        "got",
        "i've",
        "we've",
        "it's",
        "its",
        "still",
        "already",
        "so",
        "far",
        "total",
        "avg",
        "average",
        "usually",
        "barely",
        "under",
        "over",
        "nearly",
        "almost",
        "close",
        "to",
        "ish",
        "and",
        "or",
        "with",
        "in",
        "on",
        "my",
        "our",
        "of",
        "me",
        "a",
        "an",
        "the",
        "spent",
        "spend",
        "saved",
        "owe",
        "earn",
        "made",
        "paid",
        # a verb of doing says nothing about the measure: "can do 3 km", "managed 4"
        "do",
        "did",
        "doing",
        "can",
        "could",
        "manage",
        "managed",
        "reach",
        "reached",
        "hit",
        "hitting",
    ]
)
_NOTHING_RE = re.compile(
    r"^\W*(?:0|zero|none|nothing|nada|zilch|never|not yet|not started|haven'?t started|"
    r"literally nothing|nothing yet|from scratch|starting from scratch)\b"
)
_NONE_COUNT_RE = re.compile(
    r"^\W*(?:(?:basically|practically|pretty much|honestly|literally)\s)?(?:0|zero|none|nothing)\b"
)
_NOT_UNITS = frozenset(
    ["now", "today", "right", "currently", "this", "avg", "average", "so", "or", "total", "max"]
)
_MONEY_WORDS = frozenset(
    ["saved", "savings", "left", "owed", "owing", "debt", "cash", "raised", "balance", "checking"]
    + ["set", "put", "stashed", "banked", "sitting", "in"]  # "2,300 set aside", "put away"
)
_CONVERT = {
    ("miles", "km"): 1.609,
    ("km", "miles"): 1 / 1.609,
    ("lb", "kg"): 1 / 2.2046,
    ("kg", "lb"): 2.2046,
    ("m", "km"): 0.001,
    ("km", "m"): 1000.0,
    ("m", "yards"): 1.0936,  # a swim counted in metres toward a mile in yards
    ("yards", "m"): 0.9144,
}
_SAME = {
    "lbs": "lb",
    "pounds": "lb",
    "pound": "lb",
    "kgs": "kg",
    "kilos": "kg",
    "kilo": "kg",
    "mi": "miles",
    "mile": "miles",
    "lb": "lb",
    "kms": "km",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "hrs": "hours",
    "hr": "hours",
    "h": "hours",
    "hour": "hours",
    "mins": "minutes",
    "min": "minutes",
    "minute": "minutes",
    "percent": "%",
    "usd": "usd",
    "mmhg": "mmhg",
}
# "I'm at maybe 1 L", "1.5 ltr": litres however they are written
_SAME |= {w: "litres" for w in ("l", "litre", "liter", "liters", "ltr", "ltrs")}
# a count of people, whatever they are called: "15 regulars" counts a club's people
_SAME |= {w: "people" for w in ("regulars", "members", "volunteers", "attendees", "runners")}
_SAME |= {w: "people" for w in ("players", "participants", "guests", "person", "persons")}


@dataclass(frozen=True)
class StartingPoint:
    """The answered starting point: a value in the goal's unit, or the person's own words."""

    value: float | None = None  # in ``unit``, the unit the person counted in
    words: str = ""
    sure: bool = True  # False: a bare number ("8.4, on metformin") taken as the level
    unit: str = ""


def read_starting_point(
    said: str, playbook: Playbook, unit: str, period: str | None, goal: str
) -> StartingPoint:
    """Where the person is now, in the goal's measure (``unit`` kept up per ``period`` when
    the goal is a rhythm); their words when no number they gave is in that measure."""
    ours = _canonical(unit.split()[0] if unit else "")
    if playbook.durations_are_outcome and ours == "hours":
        night = hours_asleep(normalize(said))  # "asleep around 1, up at 6": about 5 hours
        if night is not None:
            return StartingPoint(night, said.strip()[:120], False, "hours")
    text = _masked(normalize(said))
    share = _share_done(normalize(said)) if ours == "%" else None
    if share is not None:  # "20 of 42 blocks", "half the blocks done": that share of the whole
        return StartingPoint(share, said.strip()[:120], False, "%")
    quantities = [
        *in_their_money(text, list(find_quantities(text))),
        *_readings(text, playbook, ours),
    ]
    quantities += _year_like_counts(normalize(said), ours, quantities)
    # "longest was 9 days", "my best ever was 40": a past best, not where they are now
    quantities = [q for q in quantities if not _past_best(_window(text, q))]
    if ours in {"days", "weeks"}:  # "a bottle in about 3 days" is a pace, not a run so far
        quantities = [q for q in quantities if not _SPAN_BEFORE_RE.search(text[: q.span[0]])]
    own_words = normalize(goal)
    past = [  # "was 240 in january", "used to be 240": an older level, not where they are now
        q
        for q in quantities
        if _PAST_RE.match(text[q.span[0] : q.span[0] + 50])
        or _WAS_RE.search(text[max(0, q.span[0] - 20) : q.span[0]])
    ]
    now = [q for q in quantities if q not in past]
    if past and now:  # "6 books last year, 2 so far this year": where they are now is 2
        unit = (past[0].unit.split() or [""])[0]
        if ours and in_unit(1.0, unit, ours) is None:
            unit = ""  # "205 back in march": 'back' is no unit to lend the level now
        quantities = [
            q if not unit or _OWN_UNIT_RE.match(q.unit) else replace(q, unit=unit) for q in now
        ]
    # "10k PB 50:40, longest run so far 16 km": the longest they reach now is where they are
    for q in sorted(quantities, key=lambda q: (not _best_now(_window(text, q)), q.span)):
        found = _in_measure(q, text, playbook, ours, period, own_words)
        if found is not None:
            value, theirs, sure = found
            slowest = _group_start(text, q, quantities, value, playbook)
            if slowest is not None:  # "kids 2 miles, my wife 3, me about 1": from 1
                return StartingPoint(slowest, said.strip()[:120], sure, theirs)
            return StartingPoint(value, "" if sure else said.strip()[:120], sure, theirs)
        if ours == "%" and q.kind != "percent" and q.value > 100:
            continue  # "247 this morning" is no lab percentage: a body weight
        if _leading_bare(q, text) and not _period_after(text, q.span[0]):
            return StartingPoint(value=q.value, words=said.strip()[:120], sure=False)
    words = said.strip().rstrip(".")[:120]
    if _NOTHING_RE.match(normalize(said)) and len(words.split()) <= 4 and "," not in words:
        return StartingPoint(value=0.0)
    first = re.split(r"[,;:(]|\s-\s|\bbut\b", normalize(said))[0]
    # a count of none ("zero veg", "nothing right now"), never "never lifted" or "haven't
    # started, got 38/75 on a mock": those say what they have not done, not how much
    none = _NONE_COUNT_RE.match(first)
    if (
        none
        and len(first.split()) <= 5
        and not re.search(r"\d", first[none.end() + 1 :])
        and not re.match(r"\s(?:much|really much|major)\b", first[none.end() :])  # "not much"
    ):
        return StartingPoint(value=0.0, words=words)  # "zero veg most days, rice meals": from 0
    return StartingPoint(words=words)


_BEST_RE = re.compile(
    r"\b(?:longest|best|record|furthest|farthest|fastest|most|max|peak)\b(?:\s[a-z]+){0,3}?"
    r"(?:\s(?:was|is|of|at|ever))*\s*(?:about\s|around\s|like\s)?$"
)
_LATELY_RE = re.compile(
    r"\b(?:is|lately|now|currently|these days|right now|at the moment|so far|recently)\b"
)


def _best_now(before: str) -> bool:
    """ "Longest run so far 16 km": a best they hold now, the level to start from."""
    best = _BEST_RE.search(before)
    return best is not None and bool(_LATELY_RE.search(best.group(0)))


def _window(text: str, q: Quantity) -> str:
    """The 30 characters before a quantity: where its label is."""
    return text[max(0, q.span[0] - 30) : q.span[0]]


def _past_best(before: str) -> bool:
    """ "My best ever was 40" is a past best; "longest run lately is 8k" is where they are."""
    best = _BEST_RE.search(before)
    return best is not None and not _LATELY_RE.search(best.group(0))


_SPAN_BEFORE_RE = re.compile(
    r"\b(?:in|within|every|each|per|over|lasts?|takes?)\s(?:about\s|around\s|like\s|roughly\s)?$"
)
_SHARE_RE = re.compile(r"(?<![\d.])(\d+)\s(?:of|out of)\s(?:the\s)?(\d+)(?!\d|\.\d)")
_HALF_RE = re.compile(
    r"\b(?:about |around |roughly )?half (?:of )?(?:the |it |my |them )?(?:\w+ )?(?:done|pieced|finished|made|built|written|sewn)\b"
)


def _share_done(text: str) -> float | None:
    """The share done, in %, from '20 of 42' or 'half the blocks done'; None when neither."""
    m = _SHARE_RE.search(text)
    if m and 0 < int(m.group(1)) < int(m.group(2)):
        return round(100 * int(m.group(1)) / int(m.group(2)))
    return 50.0 if _HALF_RE.search(text) else None


_CLOCK = r"(\d{1,2})(?:[:.](\d\d))?\s?(am|pm)?(?!\s?(?:h|hours?|hrs?|min|nights?|times)\b)"
_BED_RE = re.compile(
    r"\b(?:bed|asleep|sleep|lights out|crash|pass out)\b\D{0,16}?"
    + _CLOCK
    + r"(?:\s?-\s?"
    + _CLOCK
    + ")?"
)
_AWAKE_TILL_RE = re.compile(
    r"\b(?:phone|scroll\w*|awake|tv|netflix|youtube|reading|gaming|up)\b\D{0,8}?"
    r"\b(?:till|til|until|to|past)\s" + _CLOCK
)
_WAKE_RE = re.compile(r"\b(?:up|wake|woke|waking|alarm|awake)\b\D{0,12}?" + _CLOCK)


def _year_like_counts(said: str, ours: str, found: list[Quantity]) -> list[Quantity]:
    """ "Maybe 2000 steps": a number right before the goal's own unit is a count, even when it
    looks like a year and the masking blanked it."""
    if len(ours) < 3 or not ours.isalpha():
        return []
    taken = {q.span[0] for q in found}
    pattern = rf"(?<![\d.,])(\d{{4}})\s?{re.escape(ours)}\b"
    return [
        Quantity(float(m.group(1)), ours, "amount", m.span())
        for m in re.finditer(pattern, said)
        if m.start() not in taken
    ]


def hours_asleep(text: str) -> float | None:
    """Hours a night from a bedtime and a waking time ("bed around 1-1:30, alarm 6:15");
    None unless both are said and the night between them is a plausible one."""
    bed, wake = _BED_RE.search(text), _WAKE_RE.search(text)
    if not bed or not wake:
        return None
    start = _clock(bed, 1, evening=True)
    if bed.group(4):  # "1-1:30": the middle of the range
        start = (start + _clock(bed, 4, evening=True)) / 2
    awake = _AWAKE_TILL_RE.search(text, bed.end())
    if awake and awake.start() < wake.start():  # "in bed 11, phone till 1": asleep about 1
        start = max(start, _clock(awake, 1, evening=True))
    hours = _clock(wake, 1, evening=False) - start
    return round(hours * 4) / 4 if 2 <= hours <= 13 else None


def _clock(m: re.Match[str], at: int, evening: bool) -> float:
    """The clock time in groups ``at``.. of ``m`` as hours after noon of the evening before
    (1am is 25, 6:15am is 30.25)."""
    hour, minute, half = m.group(at), m.group(at + 1), m.group(at + 2)
    h = int(hour) % 12 + int(minute or 0) / 60
    if half == "pm" or (evening and half != "am" and h >= 7):
        return h + 12  # "bed at 10", "11pm"
    return h + 24  # "1am", "asleep around 1", "up at 6"


_PAST_RE = re.compile(
    r"^[$\d.,]+\s*(?:[a-z]+\s+){0,2}?(?:last (?:year|month|week|season|time)|in (?:\d{4}|college|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"high school|my \d0s|my twenties)|(?:(?:\d+|a|a few|few|two|several)\s+)?(?:(?:years?|months?)\s+)?ago|back then|before (?:the|i|my|kids))\b"
)


_WAS_RE = re.compile(r"\b(?:was|were|used to be|started at|starting weight)\s(?:about |around )?$")
_OWN_UNIT_RE = re.compile(r"^(?!$|(?:so|since|this|now|in|at|far|of|by|up)\b)")


def in_unit(value: float, theirs: str, ours: str) -> float | None:
    """``value`` counted in ``theirs`` expressed in ``ours`` (2 miles in km); None when the
    two do not convert."""
    a, b = _canonical(theirs), _canonical(ours.split()[0] if ours else "")
    if a == b or a.rstrip("s") == b.rstrip("s") or "/" in b and a == b.split("/")[0]:
        return value  # "71 mmol/mol" is read as 71 "mmol": the number stops at the slash
    # "400m freestyle", "5 km easy": a measure with the stroke or the pace glued on converts
    factor = _CONVERT.get((a, b)) or _CONVERT.get((_canonical((theirs.split() or [""])[0]), b))
    return round(value * factor, 1) if factor else None


def _num(digits: str) -> float:
    return float(digits.replace(",", ""))


def _masked(text: str) -> str:
    """The answer with ranges as their middle ("3-4" -> "3.5") and non-amounts blanked."""
    text = mask_incidental(text, "answer", clock=True)  # clock times first: "1:30-2am"
    text = re.sub(r"\b(?:1 on 1|one on one)\b", "one-to-one", text)  # no count: a way to talk
    text = _OF_RE.sub(r"\1 \2", text)  # "3 of 5 chapters done": 3 chapters
    text = _RANGE_RE.sub(lambda m: f"{(_num(m.group(1)) + _num(m.group(2))) / 2:g}", text)
    return mask_incidental(text, "answer", clock=False)


_TIME_UNITS = {"days": r"days?", "weeks": r"weeks?|wks?", "hours": r"hours?|hrs?|h"}
_TIME_UNITS["minutes"] = r"minutes?|mins?"


def _readings(text: str, playbook: Playbook, ours: str) -> list[Quantity]:
    """Amounts the quantity finder leaves out: '150/95' where mmHg counts, '90 days' where
    days count, '5.5 hrs' where hours do."""
    from assistant.understanding.numbers import outcome_quantities

    out = outcome_quantities(text, playbook)
    words = _TIME_UNITS.get(ours)
    if words and not out:
        pattern = rf"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:{words})\b"
        out = [
            Quantity(float(m.group(1)), ours, "amount", m.span())
            for m in re.finditer(pattern, text)
        ]
    if ours == "out":  # "pain about 4/10": a rating out of 10
        for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:/|out of)\s?10\b", text):
            out.append(Quantity(float(m.group(1)), "out of 10", "amount", m.span()))
    if ours == "km":  # "I run 8k comfortably": a runner's 8k is 8 km, not 8,000
        for m in re.finditer(r"(?<![\d.$£€])(\d+(?:\.\d+)?)\s?k\b", text):
            out.append(Quantity(float(m.group(1)), "km", "amount", m.span()))
    if ours in {"m", "km", "yards"}:  # "4 lengths of a 25m pool": 100 m
        for m in _POOL_RE.finditer(text):
            out.append(Quantity(float(m.group(1)) * float(m.group(2)), "m", "amount", m.span()))
    for m in _MEASURE_RE.finditer(text):  # "maybe 2 miles": the finder can miss these
        out.append(Quantity(float(m.group(1)), _canonical(m.group(2)), "amount", m.span()))
    return out


_POOL_RE = re.compile(
    r"(?<![\d.])(\d+)\s(?:lengths?|laps?)\s(?:of|in)\s(?:a|the|my)\s(\d+)\s?(?:m|metres?|meters?)\b"
)
_MEASURE_RE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s?(miles?|mi|km|kms|lbs?|pounds|kg|kgs|kilos)\b"
)


def _leading_bare(q: Quantity, text: str) -> bool:
    """A number alone at the start of the answer ("8.4, on metformin"): most likely the level."""
    return q.kind == "amount" and not _unit_word(q.unit) and not text[: q.span[0]].strip(" ~")


def _in_measure(
    q: Quantity, text: str, playbook: Playbook, ours: str, period: str | None, own_words: str
) -> tuple[float, str, bool] | None:
    """(value, the unit it was counted in, whether the unit was said) when the quantity
    measures the goal; None when it measures something else."""
    label = _label_before(text, q.span[0])
    field_words = f"{playbook.label} {playbook.metric_name} {playbook.unit}"
    own = _said_in(label, field_words) or (playbook.pattern and re.search(playbook.pattern, label))
    if not _unit_word(q.unit) and q.kind == "amount" and not own:
        own_words = ""  # a bare number's label must name the field's measure, not "size 14"
    foreign = label and label not in _CUES and not own and not _said_in(label, own_words)
    foreign = foreign and not _initials_in(label, f"{own_words} {field_words}")  # "frt", "tir"
    if foreign and q.kind != "percent":
        return None  # "credit 760" for a house, "squat 315" for fat loss, "kids 7, 10"
    said_period = _period_after(text, q.span[0]) if q.unit != "out of 10" else None
    if said_period and said_period != period and not playbook.durations_are_outcome:
        return None  # "15 a day" is not 15 days in a row; "1400/mo" is not a total
    if period and not said_period and playbook.money:
        return None  # "15k in savings" is no monthly amount
    if playbook.money:
        plain = not _unit_word(q.unit) or _unit_word(q.unit) in _MONEY_WORDS
        if q.kind == "money" or (q.kind == "amount" and plain and q.value >= 100):
            return q.value, "", True
        return None
    theirs = _canonical(_unit_word(q.unit))
    if q.kind == "percent":
        return (q.value, "%", True) if ours == "%" else None
    if not theirs:  # a bare number: in the field's unit for bare numbers, else a guess
        if playbook.bare_unit:
            return q.value, _canonical(playbook.bare_unit), True
        if ours == "%" and 0 < q.value <= 100 or ours in {"", "gpa"}:
            return q.value, ours, False
        if ours and ours in {label, label + "s"}:  # "module 3 of 12": modules
            return q.value, ours, True
        if period and said_period in {period, None} and label in _CUES:  # "like 3500": steps
            return q.value, ours, False
        if ours and label not in _CUES and len(label) >= 2 and _said_in(label, own_words):
            return q.value, ours, True  # "LDL 172" for an LDL goal: the measure they named
        return None
    if in_unit(q.value, theirs, ours) is not None:
        return q.value, theirs, True
    # "11 regular clients", "6 active volunteers": a word that describes them, then the
    # goal's own noun; the count is in the goal's unit
    last = _canonical(q.unit.split()[-1])
    return (q.value, ours, True) if ours and len(q.unit.split()) <= 3 and last == ours else None


_PERSON_RE = re.compile(
    r"\b(?:me|i|i'm|myself|she|he|her|him|(?:my |the |our )?(?:wife|husband|partner|son|daughter|kids?|boys?|girls?|"
    r"brother|sister|mum|mom|dad|friend|teammates?))\b"
)


def _group_start(
    text: str, first: Quantity, quantities: list[Quantity], value: float, playbook: Playbook
) -> float | None:
    """The least advanced start when the answer gives one for each of several people ("the
    kids can run maybe 2 miles, my wife 3, me about 1"): a plan they share starts where the
    one furthest back is; None when the answer speaks of one person only."""
    if len({m.group(0).split()[-1] for m in _PERSON_RE.finditer(text)}) < 2:
        return None
    others = [
        q.value
        for q in quantities
        if q.span[0] > first.span[0]
        and q.value > 0
        and (
            not _unit_word(q.unit)
            or q.unit == first.unit
            or _unit_word(q.unit).endswith("ly")  # "me about 1 honestly": no unit said
        )
        and not _period_after(text, q.span[0])
    ]
    if not others:
        return None
    least = max(others + [value]) if playbook.lower_is_better else min(others + [value])
    return least if least != value else None


def _label_before(text: str, start: int) -> str:
    """The word right before a number ("credit" in "credit 760"), without '$' or '~'."""
    m = re.search(r"([a-z][a-z'’]*)[\s:~$€£=]*$", text[max(0, start - 20) : start])
    return m.group(1) if m else ""


def _said_in(label: str, goal: str) -> bool:
    """Whether the goal speaks of what the label names ("score" for a credit score goal)."""
    stem = label[:5]
    return any(word.startswith(stem) for word in re.findall(r"[a-z]+", goal))


def _initials_in(label: str, text: str) -> bool:
    """Whether a short label is the initials of words in ``text`` ("frt": first response time)."""
    if not 2 <= len(label) <= 4:
        return False
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", text))
    return label in initials


def _period_after(text: str, start: int) -> str | None:
    """The period said right after the number at ``start`` ("15 a day": day)."""
    number = re.match(r"[$€£]?\s?[\d,.]+\s?k?\b", text[start:])
    end = start + (number.end() if number else 0)
    m = _PERIOD_AFTER_RE.match(text[end : end + 24])
    if not m:
        return None
    word = m.group(1) or m.group(2)
    return _PERIODS.get(word, word)


def _unit_word(unit: str) -> str:
    """The counted noun of a unit phrase, without fillers: 'ish steps' -> 'steps'."""
    words = [w for w in unit.split() if w != "ish"]
    if not words or words[0] in _NOT_UNITS:
        return ""  # "168 now", "225 this morning", "9k total": a bare number
    return words[0]


def _canonical(word: str) -> str:
    word = word.lower()
    return _SAME.get(word, word)


_OVER_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s?(lbs?|pounds|kg|kgs|kilos|stone)\s(?:over|overweight|too (?:heavy|much)|"
    r"heavier than|more than|to lose|up on|above)\b"
)


def weight_to_lose(said: str) -> tuple[float, str] | None:
    """(amount, unit) from '30 lbs over where I was', '12 kg too heavy': the weight to lose."""
    m = _OVER_RE.search(normalize(said))
    if not m:
        return None
    unit = m.group(2)
    return float(m.group(1)), "kg" if unit.startswith("k") else "stone" if unit == "stone" else "lb"


def canonical_unit(word: str) -> str:
    """The unit a word counts in, as the starting point reads it ("regulars": people)."""
    return _canonical(word)
