"""What a person says about their body that limits how hard a plan may push ("I use a cane",
"I crash after 15 minutes"), read with the table in ``data/limits.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.language import normalize

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
        m = re.search(row["pattern"], said)
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
