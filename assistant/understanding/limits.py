"""What a person says about their body that limits how hard a plan may push ("I use a cane",
"I crash after 15 minutes"), read with the table in ``data/limits.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.language import normalize
from assistant.language.negation import affirmed

_TOLERANCE_RE = re.compile(
    r"(\d+)\s?(?:min|mins|minutes)\b[^.;]{0,30}?\b(?:then|before|and|or)\b[^.;]{0,25}?"
    r"\b(?:crash\w*|flare\w*|pain|hurts?|have to (?:sit|stop|rest)|wiped|exhausted)"
)


@dataclass(frozen=True)
class BodyLimit:
    """A stated limit: its kind, the person's words, and what the plan does about it."""

    kind: str
    said: str
    session: str  # the title of a safe session ("{minutes}" filled in)
    first: tuple[tuple[str, int, str], ...]  # set-up steps: title, minutes, done when
    session_cap: int | None = None  # the most one session holds, from their own tolerance


@cache
def _table() -> tuple[dict, ...]:
    text = (resources.files("assistant") / "data" / "limits.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["limit"])


def read_limit(texts: list[str]) -> BodyLimit | None:
    """The first limit the person's words name, or None; what they said is quoted back."""
    said = " ; ".join(normalize(t) for t in texts if t)
    for row in _table():
        m = next(affirmed(re.compile(row["pattern"]), said), None)  # not "without crash dieting"
        if not m:
            continue
        tolerance = _TOLERANCE_RE.search(said)
        cap = None
        if tolerance:
            cap = max(5, round(int(tolerance.group(1)) * row["share"] / 5) * 5)
        begin = max(said.rfind(c, 0, m.start()) for c in ",;.") + 1
        ends = [i for i in (said.find(c, m.end()) for c in ",;.") if i >= 0]
        words = said[begin : min(ends, default=len(said))].strip()
        return BodyLimit(
            kind=row["kind"],
            said=words[:60] if len(words) <= 60 else m.group(0),
            session=row["session"],
            first=tuple(tuple(step) for step in row["first"]),
            session_cap=cap,
        )
    return None


_SITTING_RE = re.compile(
    r"\b(?:after|past|beyond|longer than|more than|over)\s(?:about\s|around\s)?"
    r"(?:(an|half an|1|one|2|two)\s(?:hours?|hrs?)|(\d{1,3})\s?(?:min|mins|minutes))\b"
)
# "I can only hand quilt about 20 minutes before they ache": a sitting said as what they manage
_ONLY_RE = re.compile(
    r"\b(?:only|just|max|at most|no more than)\s(?:[a-z]+\s){0,3}?(?:for\s)?(?:about\s|around\s|"
    r"like\s|maybe\s)?(?:(an|half an|1|one|2|two)\s(?:hours?|hrs?)|(\d{1,3})\s?(?:min|mins|minutes))\b"
)
_BODY_RE = re.compile(
    r"\b(?:stiff\w*|ache\w*|aching|hurts?|hurting|pain\w*|sore|numb|cramp\w*|tingl\w*|"
    r"swell\w*|throb\w*|seize\w* up|lock\w* up|flare\w*|give out|gives out|wiped|exhausted)\b"
)
_HOURS = {"an": 60, "half an": 30, "1": 60, "one": 60, "2": 120, "two": 120}


def sitting_tolerance(text: str) -> int | None:
    """The minutes one sitting may last when the person says their body gives out past it
    ("my hands get stiff with arthritis after an hour": 60); None when no such limit is said."""
    for clause in re.split(r"[.;!?]|\bbut\b", normalize(text)):
        m = _SITTING_RE.search(clause) or _ONLY_RE.search(clause)
        if m and _BODY_RE.search(clause):
            minutes = _HOURS[m.group(1)] if m.group(1) else int(m.group(2))
            return minutes if 10 <= minutes <= 180 else None
    return None
