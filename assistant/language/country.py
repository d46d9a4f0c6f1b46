"""Where the person lives, read from their words: a city, a currency, an account, a spelling."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from assistant.errors import InputError

_SIGN, _NAME, _HINT = 3, 2, 1  # a city or an account says more than the country's name or "mum"


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class Country:
    """One country's signs in a person's words, and its words for what a US plan names."""

    key: str
    name: str
    currency: str
    states: bool  # it has states, so "your state" reads right there
    signs: tuple[str, ...] = ()  # currencies, accounts, institutions
    places: tuple[str, ...] = ()  # cities and regions
    names: tuple[str, ...] = ()  # the country's own name
    hints: tuple[str, ...] = ()  # spellings and everyday words
    terms: tuple[tuple[str, str], ...] = ()  # (US words as a regex, theirs), in order


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class CountryTable:
    """The shipped countries, with what marks a place as somewhere the person is not."""

    away: str  # words just before a place that make it a destination ("fly to")
    events: str  # words just after a place that make it an event ("the Berlin half")
    us_only: tuple[str, ...]  # what only a US plan names
    state: str  # "your state", wrong where there are no states
    countries: tuple[Country, ...]

    def get(self, key: str | None) -> Country | None:
        return next((c for c in self.countries if c.key == key), None)


_ADAPTER = TypeAdapter(CountryTable)


def load_countries(text: str, source: str = "countries.toml") -> CountryTable:
    """The table of a TOML text, validated; InputError naming the first problem."""
    try:
        table = _ADAPTER.validate_python(tomllib.loads(text))
        for pattern in (table.away, table.events, table.state, *table.us_only):
            re.compile(pattern)
        for c in table.countries:
            for pattern in (*c.signs, *c.places, *c.names, *c.hints, *(us for us, _ in c.terms)):
                re.compile(pattern)
    except (tomllib.TOMLDecodeError, ValidationError, re.error) as exc:
        raise InputError(f"countries file {source} is invalid: {exc}") from exc
    for key in ("us", "neutral"):
        if table.get(key) is None:
            raise InputError(f"countries file {source} has no '{key}' entry")
    return table


@functools.cache
def country_table() -> CountryTable:
    """The shipped table."""
    source = resources.files("assistant") / "data" / "countries.toml"
    return load_countries(source.read_text(encoding="utf-8"))


class _AnyOf:
    """Whether any of some patterns (matched ignoring case) is in a text, as one search.

    A text none of them is in (most of a plan's texts) is ruled out by one search instead of
    one per pattern (the locale rule ran ~80 searches a text: half of a draft's rules' CPU).
    That search is itself slow: at each place in the text every alternative starts with a word
    boundary and a case-blind letter, which the regex engine cannot skip ahead on. So an ASCII
    text is first searched lower-cased by ``loose``: the same alternatives lower-cased and
    without their leading ``\\b``, matched case-sensitively, whose first letters the engine does
    skip on (~8x faster). It matches wherever ``exact`` does (a word boundary dropped only
    widens, and on ASCII text lower-casing both sides is what ignoring case is), so a text it
    rules out is ruled out; any other is searched exactly. A pattern that lower-casing would
    change otherwise (an escape such as ``\\S``, a capital outside ASCII) leaves its set exact.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.exact = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        self.loose = (
            re.compile("|".join(f"(?:{p.lower().removeprefix(_BOUNDARY)})" for p in patterns))
            if all(p == p.lower() or (p.isascii() and not _ESCAPE.search(p)) for p in patterns)
            else None
        )

    def search(self, text: str) -> bool:
        if self.loose is not None and text.isascii() and not self.loose.search(text.lower()):
            return False
        return self.exact.search(text) is not None


_BOUNDARY = r"\b"
_ESCAPE = re.compile(r"\\[A-Z]")  # \B, \S, \W, \D...: lower-cased, another class


@functools.cache
def _any_of(patterns: tuple[str, ...]) -> _AnyOf:
    """The one search for any of ``patterns`` (see ``_AnyOf``), built once per set."""
    return _AnyOf(patterns)


def _here(text: str, pattern: str, table: CountryTable) -> bool:
    """The pattern names where the person is, not a place they go to or a race held there."""
    for m in re.finditer(pattern, text, re.IGNORECASE):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() :]
        if re.search(table.away, before, re.IGNORECASE):
            continue
        if re.match(table.events, after, re.IGNORECASE):
            continue
        return True
    return False


def scores(text: str, table: CountryTable | None = None) -> dict[str, int]:
    """Each country's points in a text: 3 a sign, 2 its name, 1 a hint (each counted once)."""
    table = table or country_table()
    out: dict[str, int] = {}
    for c in table.countries:
        if not _any_of((*c.signs, *c.places, *c.names, *c.hints)).search(text):
            continue
        points = sum(
            weight
            for weight, patterns in (
                (_SIGN, c.signs),
                (_SIGN, c.places),
                (_NAME, c.names),
                (_HINT, c.hints),
            )
            for pattern in patterns
            if _here(text, pattern, table)
        )
        if points:
            out[c.key] = points
    return out


def read_country(text: str, table: CountryTable | None = None) -> Country | None:
    """The country the person writes from: the most points, at least 2, ahead of any other;
    None when nothing says, or two places say it equally."""
    table = table or country_table()
    ranked = sorted(scores(text, table).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _NAME:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return table.get(ranked[0][0])


def country_of(goal: str, answers: dict[str, str] | None = None) -> str | None:
    """The key of the person's country from the goal and their answers ("canada"), or None."""
    said = " . ".join([goal, *(str(v) for v in (answers or {}).values() if v)])
    found = read_country(said)
    return found.key if found else None


def abroad(key: str | None) -> bool:
    """The person is read as living outside the US."""
    return key is not None and key not in ("us", "neutral")


def foreign_term(text: str, said: str, key: str | None) -> str | None:
    """A word of another country's in a plan's text that the person never wrote: a US-only
    institution for someone abroad ('W-2', 'your state' in Calgary), or another country's
    account or office ('ISA', 'HMRC' for someone in Ohio or nowhere said)."""
    low_said = said.lower()

    def unsaid(pattern: str) -> str | None:
        m = re.search(pattern, text, re.IGNORECASE)
        if m and not re.search(pattern, said, re.IGNORECASE) and m.group(0).lower() not in low_said:
            return m.group(0)
        return None

    patterns = _foreign_patterns(key)
    if not _any_of(patterns).search(text):
        return None
    for pattern in patterns:
        if found := unsaid(pattern):
            return found
    return None


@functools.cache
def _foreign_patterns(key: str | None) -> tuple[str, ...]:
    """What would be another country's word in a plan for someone in ``key``, in the order
    looked for: US-only words when abroad, then every other country's signs."""
    table = country_table()
    found: list[str] = []
    if abroad(key):
        own = table.get(key)
        found += (*table.us_only, *(() if own and own.states else (table.state,)))
    for c in table.countries:
        if c.key not in (key, "us"):
            found += c.signs
    return tuple(found)
