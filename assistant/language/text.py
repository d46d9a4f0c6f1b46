"""Normalising free text: number words to digits, typographic quotes, whitespace."""

from __future__ import annotations

import contextlib
import functools
import re
from functools import lru_cache

_SMALL_WORDS = {
    "a couple of": "2",
    "a couple": "2",
    "couple of": "2",
    "a dozen": "12",
    "dozen": "12",
    "half a dozen": "6",
    "a few": "3",
    "next couple": "next 2",  # "the next couple months"
    "next few": "next 3",
    "a hundred": "100",
    "a thousand": "1000",
    "a million": "1000000",
    "twice": "2 times",
    "thrice": "3 times",
    "once": "1 time",
}
_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
_SCALED_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?(thousand|million|mn|billion|bn)\b")
# a weight in stones ("15st 6", "14 stone", "12 stone 4 lbs"): pounds, so a start and a target
# said in stones and pounds subtract as one measure
_STONES_RE = re.compile(
    r"(?<![\d.,])(?<!the )(\d{1,2})\s?(?:stone|st)\b(?:\s?(1[0-3]|\d)(?:\s?(?:lbs?|pounds)\b|\b"
    r"(?!\s?(?:am|pm|:|%|[a-z]+ (?:ago|later)|(?:days?|weeks?|months?|years?|hours?|times)\b))))?"
)


def _in_pounds(m: re.Match[str]) -> str:
    """'15st 6' as '216 lb'; a bare 'st' with no pounds after it is an ordinal ('21st')."""
    if "stone" not in m.group(0) and (m.group(2) is None or int(m.group(1)) < 4):
        return m.group(0)
    return f"{int(m.group(1)) * 14 + int(m.group(2) or 0)} lb"


def says_stones(text: str) -> bool:
    """Whether the person weighs in stones ("15st 4", "lose 2 stone"): their plan says so too."""
    lowered = text.lower()
    return any(_in_pounds(m) != m.group(0) for m in _STONES_RE.finditer(lowered))


_POUNDS_RE = re.compile(r"(?<![\d.,£$])(\d+(?:\.\d+)?)\s?lbs?\b")


def in_stones(text: str) -> str:
    """Weights of a stone or more in pounds put as stones and pounds ("214 lb" -> "15 st 4 lb",
    "28 lb" -> "2 stone"), the way a person who weighs in stones writes them; normalize()
    reads both back as pounds."""

    def put(m: re.Match[str]) -> str:
        pounds = float(m.group(1))
        stones, left = divmod(pounds, 14)
        if stones < 1 or left != round(left):
            return m.group(0)
        return f"{stones:.0f} stone" if not left else f"{stones:.0f} st {left:.0f} lb"

    return _POUNDS_RE.sub(put, text)


_SMALL_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _SMALL_WORDS), key=len, reverse=True)) + r")\b"
)
# texting shorthand and common slips that change meaning for the rules
_SHORTHAND = {
    "b4": "before",
    "thru": "through",
    "til": "until",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "mth": "month",
    "mths": "months",
    "w/": "with",
    "loose": "lose",
    "tmrw": "tomorrow",
    "asap": "as soon as possible",
    "eoy": "end of year",
    "eom": "end of month",
}
_SHORTHAND_RE = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, _SHORTHAND)) + r")(?![\w/])")
_NO_ONE_RE = re.compile(r"\b(no|any|some|every|each)[ -]?one\b")
# "one day" is a wish ("someday") unless it is a span or a frequency ("in one day", "one day a week")
_ONE_DAY_RE = re.compile(
    r"(?<!in )(?<!within )(?<!for )(?<!after )\bone day\b(?!\s(?:a|per|each|every)\b)"
)


# thousands written with a space, a thin space, an apostrophe or (in the European style) dots:
# "R50 000", "CHF 10'000", "1.200.000", "1.234,56 €"; joined so every reader sees one number
_SPACE_GROUPS_RE = re.compile(
    r"(?<![\d.,:/'])(\d{1,3})((?:[ '](?:0\d\d(?!\d)|\d{3}(?![\da-z])))+)(?![.,:/]\d)"
)
_DOT_GROUPS_RE = re.compile(r"(?<![\d.,])(\d{1,3})((?:\.\d{3}){2,}|(?:\.\d{3})+,\d{1,2})(?![\d.,])")
# a single dot group is thousands only beside a currency counted that way ("1.200 €", "€2.500",
# "5.000 zł"); "2.125 miles" stays a decimal
_DOT_CURRENCY = r"(?:€|eur|euros?|zł|zl|pln|kr|sek|nok|dkk|r\$|brl|reais|czk|kč|huf|ft|ron|lei|₺|tl|try|₽|rub|rp|idr)"
_DOT_ONE_RE = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])(?=\s?" + _DOT_CURRENCY + r"(?![a-z]))"
    r"|(?:(?<=€)|(?<=€ )|(?<=r\$)|(?<=r\$ ))(\d{1,3})\.(\d{3})(?![\d.,])"
)


_SIGN_BEFORE_RE = re.compile(
    r"(?:[$€£¥₹₦₱₵₩₺₽]|\br|\b(?:chf|usd|eur|gbp|zar|pln|mxn|sek|nok|dkk|czk|inr|rs|ksh|kes|ngn|"
    r"aud|cad|nzd|brl|sgd|hkd)) ?$"
)


def _joined(m: re.Match[str]) -> str:
    """'50 000' as 50000; '2 100' with no money sign before it may be two numbers (2 x 100)."""
    lone = len(m.group(1)) == 1 and m.group(2)[1] != "0"
    if lone and not _SIGN_BEFORE_RE.search(m.string, 0, m.start()):
        return m.group(0)
    return m.group(1) + re.sub(r"[ ']", "", m.group(2))


def join_thousands(s: str) -> str:
    """Digits grouped by a space, an apostrophe or dots joined into one number ('50 000' ->
    '50000', '1.234,56' -> '1234.56'); a lone '2.5' or '3 x 100' is left as it is."""
    if " " in s or "'" in s:
        s = _SPACE_GROUPS_RE.sub(_joined, s)
    if "." in s:
        s = _DOT_GROUPS_RE.sub(
            lambda m: m.group(1) + m.group(2).replace(".", "").replace(",", "."), s
        )
        s = _DOT_ONE_RE.sub(lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4)), s)
    return s


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower-case, digits for number words ("three times" -> "3 times"), tidy spaces."""
    from text_to_num import alpha2digit

    s = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " - ")
    s = join_thousands(" ".join(s.split()).lower())
    s = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1)], s)
    if "one" in s:  # keep "no one" from becoming "no 1"; "one day" is a wish, not a span
        s = _NO_ONE_RE.sub(lambda m: m.group(1) + "body", s)
        s = _ONE_DAY_RE.sub("someday", s)
    s = _SMALL_RE.sub(lambda m: _SMALL_WORDS[m.group(1)], s)
    # "1.8 million" is 1800000 (the number parser would read the scale word on its own)
    s = _SCALED_RE.sub(lambda m: f"{float(m.group(1)) * _SCALES[m.group(2)]:.0f}", s)
    if "st" in s:
        s = _STONES_RE.sub(_in_pounds, s)
    # text2num is strict about odd input; the raw text is still usable when it refuses
    with contextlib.suppress(Exception):
        converted = alpha2digit(s, "en", threshold=0)
        # ordinals the person spelled out stay words: "10 first dates" is not "10 1st dates"
        s = _ORDINAL_RE.sub(
            lambda m: m.group(0) if m.group(0) in s else _ORDINALS[m.group(0)], converted
        )
    return s


_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third"}
_ORDINAL_RE = re.compile(r"\b(?:1st|2nd|3rd)\b")


def words(text: str) -> list[str]:
    """Word tokens of normalised text (letters, digits, apostrophes)."""
    return re.findall(r"[a-z0-9][a-z0-9'&+-]*", normalize(text))


_STEM_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ers", "er", "es", "ed", "s", "ly")


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude, stable stem so 'runs', 'running' and 'run' compare equal."""
    w = word.lower()
    for suffix in _STEM_SUFFIXES:
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if len(w) >= 5 and w[-1] == "e" and w[-2] not in "aeiou":
        w = w[:-1]  # "measure" as "measuring", "practise" as "practising"
    return w


STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "per",
        "each",
        "every",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "me",
        "us",
        "them",
        "be",
        "is",
        "are",
        "was",
        "were",
        "am",
        "been",
        "being",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "should",
        "could",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "get",
        "got",
        "make",
        "made",
        "more",
        "most",
        "less",
        "least",
        "than",
        "then",
        "so",
        "as",
        "it",
        "all",
        "any",
        "some",
        "no",
        "not",
        "up",
        "out",
        "over",
        "under",
        "about",
        "after",
        "before",
        "within",
        "until",
        "till",
        "while",
        "new",
        "own",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "time",
        "times",
    ]
)


def content_stems(text: str) -> set[str]:
    """Stems of the meaningful words of a text, for relevance checks."""
    return {
        stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit() and len(w) > 2
    }


def listed(items: list[str], last: str = "and") -> str:
    """Items as a sentence lists them: 'Monday', 'Monday and Friday', 'Monday, Wednesday or
    Friday'."""
    return ", ".join(items[:-1]) + (f" {last} " if len(items) > 1 else "") + items[-1]
