"""An earlier date inside a deadline answer: "completion is 14 March, want it done 2 weeks
before", "her birthday is 9 August, need it posted by mid July", "30 April but a full draft
by 1 April", "Christmas, or new year at a push" (the date said first). The plan aims for the
earlier date; the later one stays the limit."""

from __future__ import annotations

import datetime as dt
import re

from assistant.language import normalize
from assistant.understanding.deadline_data import table
from assistant.understanding.deadline_spans import corrects, says_length
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.words import MONTHS

CLOSE_WEEKS = 10  # a second date further before the first is another thing, not an earlier aim

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2}
_COUNTS |= {"couple of": 2, "a few": 3, "few": 3, "six": 6}
_BEFORE_RE = re.compile(
    r"\b(\d+|an?|one|two|three|four|six|(?:a )?couple of|(?:a )?few)\s(day|week|month)s?\s"
    r"(?:before|ahead|earlier|early|beforehand|prior)\b"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_SEASON_RE = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\b")
_SO_RE = re.compile(r"[,;]?\s\bso\b")
_SPAN_RE = re.compile(r"\b(?:\d+|an?|one|few|couple of)\s(?:day|week|month|year)s?\b")
# a month said alone after a named time names its month ("end of the school year, july")
_BARE_MONTH_RE = re.compile(
    r"^(?:in\s|by\s)?(?:early\s|mid\s|late\s|the end of\s|end of\s)?(?:"
    + "|".join(m[:3] for m in MONTHS)
    + r")[a-z]*(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:\s(?:19|20)\d\d)?\W*$"
)
_CLAUSE_RE = re.compile(r"\s*(?:[,;]|\bbut\b|\band\b)\s*")


def earlier_aim(said: str, day: dt.date, today: dt.date) -> dt.date | None:
    """The earlier date the answer asks for before ``day``; None when it names none."""
    s = normalize(said)
    before = _BEFORE_RE.search(s)
    if before:  # "want it done 2 weeks before": counted back from their date
        count = before.group(1)
        n = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        early = day - dt.timedelta(days=n * _UNIT_DAYS[before.group(2)])
        return early if early > today else None
    clauses = [c for c in _CLAUSE_RE.split(s) if c]
    if len(clauses) < 2 or corrects(s) or says_length(s):  # "june, well july really": july
        return None
    # a span counted roughly ("in 3 months, late feb") is refined by the date after it
    # "x, so y" means y; a season or a rough span is refined by the date after it
    rough = _SPAN_RE.search(clauses[0]) or _SEASON_RE.search(clauses[0]) or _SO_RE.search(s)
    first = None if rough or _BARE_MONTH_RE.match(clauses[1]) else parse_deadline(clauses[0], today)
    if first is not None and today < first < day and (day - first).days <= CLOSE_WEEKS * 7:
        return first  # "christmas, or new year at a push", "end of march, the move is april 4"
    for clause in clauses[1:]:  # "need it posted to canada by mid july"
        at = _AT_EVENT_RE.search(clause)
        if at and re.search(table().events, clause[at.end() :]):
            clause = "by " + clause[at.end() :]  # "give it at the shower in september": by it
        elif not re.search(r"\b(?:by|before|until|till)\b", clause):
            continue
        when = parse_deadline(clause, today)
        if when is None or when >= day or when <= today:
            continue
        if (day - when).days <= CLOSE_WEEKS * 7:
            return when
    return None


# an earlier event the goal is handed over, worn or shown at: "want to give it at the shower"
_AT_EVENT_RE = re.compile(
    r"\b(?:give|hand|present|show|wear|bring|take|have|use|play|read|serve)\b[^,;]{0,24}?\b"
    r"(?:at|for)\s(?=(?:the|her|his|my|our|their|a)\s)"
)


def counted_back(said: str) -> bool:
    """Whether the answer counts back from its own date ("want it done 2 weeks before")."""
    return bool(_BEFORE_RE.search(normalize(said)))


_LIMIT_WORDS_RE = re.compile(
    r"^or\b|\b(?:at (?:a|the) push|at the (?:very |absolute )?latest|latest|"
    r"at the outside|if i have to|worst case|tops)\b"
)


def later_limit(said: str, day: dt.date, today: dt.date) -> dt.date | None:
    """The later date an answer allows after its first ("easter, or end of april at the
    latest", "by the 11th, or 8 january at a push"); None when it names none."""
    for clause in [c for c in _CLAUSE_RE.split(normalize(said)) if c][1:]:
        if not _LIMIT_WORDS_RE.search(clause):
            continue
        when = parse_deadline(clause, today)
        if when is not None and day < when and (when - day).days <= CLOSE_WEEKS * 7:
            return when
    return None
