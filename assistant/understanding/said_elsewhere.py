"""A target said inside another answer: 'parkrun under 30 min by june' answers the deadline
and says the target too; 'by summer, down to 75kg' the same the other way round. The target
part is read as the target answer, the date part stays the deadline."""

from __future__ import annotations

import datetime as dt
import re

from assistant.language import find_quantities, normalize
from assistant.understanding.deadlines import parse_deadline

# the date said last ("... by june") or first ("by june, ..."); a target's own "under" stays
_DATE_LAST_RE = re.compile(
    r"^(?P<target>.+?)[,;]?\s(?P<date>(?:by|before|until|till|in time for)\s.+)$"
)
_DATE_FIRST_RE = re.compile(r"^(?P<date>(?:by|before|until|till)\s[^,;]+)[,;]\s?(?P<target>.+)$")
# a finish time or a level said as the aim: "under 30 min", "sub 2 hours", "down to 75kg"
_AIM_RE = re.compile(
    r"\b(?:under|sub|below|in under|down to|up to|get to|reach|hit|at least|above)\s?\d"
    r"|\b(?:a|an|my|the)\s\d+\s?(?:k|km|mi|miles?)\b"
)
_DATE_WORDS_RE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d+\s?(?:days?|weeks?|"
    r"months?|years?)\b|\b(?:19|20)\d\d\b(?!\s?[a-z€£$¥₹])"
)


def target_in_deadline(goal: str, answers: dict[str, str], today: dt.date) -> dict[str, str]:
    """The answers with a target said inside the deadline answer moved to the target answer,
    when the goal names no number and no target answer was given; else as they are."""
    said = (answers.get("deadline") or "").strip(" .")
    if not said or answers.get("metric") or find_quantities(goal):
        return answers
    s = normalize(said)
    for pattern in (_DATE_LAST_RE, _DATE_FIRST_RE):
        m = pattern.match(s)
        if m is None:
            continue
        target, date = m.group("target").strip(" ,;"), m.group("date").strip(" ,;")
        aim = _AIM_RE.search(target) or any(q.kind != "percent" for q in find_quantities(target))
        if aim and not _DATE_WORDS_RE.search(target) and parse_deadline(date, today):
            return {**answers, "metric": target, "deadline": date}
    return answers
