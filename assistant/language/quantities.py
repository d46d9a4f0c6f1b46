"""Finding what makes a goal measurable: amounts, money, percentages, frequencies, done-states."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.language.text import normalize

_MULT = {
    "k": 1e3,
    "lakh": 1e5,  # "₹3 lakh" is ₹300,000, never ₹3
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN"}
_CURRENCY_SYMBOLS |= {"₱": "PHP", "r$": "BRL", "r": "ZAR"}  # "r1000": rand (text is lower-cased)
_CURRENCY_SYMBOLS |= {"₵": "GHS", "₩": "KRW", "₺": "TRY", "₽": "RUB"}
_CURRENCY_SYMBOLS |= {"a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD"}
_CURRENCY_SYMBOLS |= {"us$": "USD", "s$": "SGD", "hk$": "HKD"}
# a currency code or abbreviation written before the amount: "usd 5,000", "ksh 50k", "rs. 2 lakh"
_CODES_BEFORE = {"usd": "USD", "gbp": "GBP", "eur": "EUR", "inr": "INR", "rs": "INR"}
_CODES_BEFORE |= {"ngn": "NGN", "zar": "ZAR", "kes": "KES", "ksh": "KES", "ghs": "GHS"}
_CODES_BEFORE |= {"cad": "CAD", "aud": "AUD", "nzd": "NZD", "sgd": "SGD", "php": "PHP"}
_CODES_BEFORE |= {"chf": "CHF", "hkd": "HKD", "brl": "BRL", "mxn": "MXN", "pln": "PLN"}
_CODES_BEFORE |= {"sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "jpy": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "bucks": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound sterling": "GBP",
    "gbp": "GBP",
    "quid": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "inr": "INR",
    "chf": "CHF",
    "francs": "CHF",
    "cad": "CAD",
    "aud": "AUD",
    "naira": "NGN",
    "rand": "ZAR",
    "pesos": "PHP",
    "reais": "BRL",
    "shillings": "KES",
    "ksh": "KES",
    "kes": "KES",
    "cedis": "GHS",
    "nzd": "NZD",
    "sgd": "SGD",
    "hkd": "HKD",
    "ringgit": "MYR",
    "€": "EUR",  # "2400 €": the sign after the amount, as much of Europe writes it
    # a currency written after the amount: "75,000 mxn", "400 zł", "2000 kr"
    "mxn": "MXN",
    "zł": "PLN",
    "zl": "PLN",
    "pln": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "zlotys": "PLN",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "kr": "SEK",
    "kronor": "SEK",
    "kroner": "NOK",
    "czk": "CZK",
    "kč": "CZK",
    "jpy": "JPY",
    "brl": "BRL",
    "zar": "ZAR",
    "ngn": "NGN",
    "ghs": "GHS",
    "yuan": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "lira": "TRY",
    "rubles": "RUB",
    "dirhams": "AED",
    "aed": "AED",
}
# every currency code a quantity can carry: a goal measured in one is measured in money
MONEY_CODES = frozenset(
    {*_CURRENCY_SYMBOLS.values(), *_CURRENCY_WORDS.values(), *_CODES_BEFORE.values()}
)
# "12,000", and the Indian grouping "1,50,000" (one lakh fifty thousand)
_NUM = r"(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
# the one pattern for a currency written before an amount (in lower-cased text): a sign,
# a dollar with its country ("a$", "nz$"), or a code ("usd ", "ksh", "rs. "); every money
# regex that reads "<currency><number>" builds on it, so each knows every currency
MONEY_SIGN = (
    r"(?:(?:\b(?:au|ca|nz|us|hk|[acs]))?\$|r\$|[€£¥₹₦₱₵₩₺₽]|\br(?=\s?\d)|"
    r"\b(?:" + "|".join(_CODES_BEFORE) + r")\.?\s?(?=\d))"
)
SIGN = f"(?:{MONEY_SIGN})?"  # a currency that may or may not be written
_MONEY_SYMBOL_RE = re.compile(
    r"("
    + MONEY_SIGN
    + r")\s?"
    + _NUM
    + r"\s?(k|m|mm|bn|b|thousand|million|billion|lakhs?|lacs?|crores?)?\b"
)
# a currency written after the amount ("600 €", "4,000 ksh", "300 zł", "20 dollars")
CURRENCY_AFTER = "(?:" + "|".join(map(re.escape, _CURRENCY_WORDS)) + r")(?!\w)"
_MONEY_WORD_RE = re.compile(
    _NUM + r"\s?(k|m|thousand|million|billion|lakhs?|lacs?|crores?)?\s?(" + CURRENCY_AFTER + ")"
)
# the high end of a range whose low end carries the currency sign ("$300-400", "£1,000 to 1,500")
_RANGE_END_RE = re.compile(
    r"\s?(?:-|to)\s?" + _NUM + r"(?:\s?(k|m|thousand|million|lakhs?)\b)?(?![\d.,:/])"
    r"(?!\s?%)(?!\s?(?:percent|min|minutes?|hours?|hrs?|days?|weeks?|months?|years?|am|pm)\b)"
)
_PERCENT_RE = re.compile(_NUM + r"\s?(%|percent\b|per cent\b|pct\b|percentage points?\b)")
# a number followed by a noun-ish unit word: "300 qualified demo requests", "10 km", "12 kilos"
_AMOUNT_RE = re.compile(_NUM + r"\s?(k\b)?[\s-]?([a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3})?")
_ORDINAL_RE = re.compile(r"^\d+(st|nd|rd|th)\b")

# numbers that are not quantities of the outcome: dates, times, quarters, durations, years
_NOT_A_QUANTITY_UNITS = re.compile(
    r"^(am|pm|a\.m|p\.m|o'clock|st|nd|rd|th|times?|x|days?|weeks?|months?|years?|yrs?|hours?|hrs?|"
    r"minutes?|mins?|quarters?|weekdays?|weekends?|mornings?|evenings?|nights?|sessions?|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december)\b"
)

_RESERVE_RE = re.compile(
    r"(weeks?|months?|years?) (?:of|worth of) (expenses|salary|income|runway|rent|savings|"
    r"living costs|spending)\b"
)

_UNIT_ALIASES = {
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "km": "km",
    "k": "km",
    "kms": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mi": "miles",
    "mile": "miles",
    "miles": "miles",
    "words": "words",
    "word": "words",
    "pages": "pages",
}


@dataclass(frozen=True)
class Quantity:
    """A measurable amount found in text."""

    value: float
    unit: str  # "USD", "%", "km", or the noun phrase that follows the number
    kind: str  # money | percent | amount
    span: tuple[int, int]


def _to_float(number: str, mult: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _MULT.get((mult or "").strip(), 1.0)


def _currency(sign: str) -> str:
    """The code of a currency sign or code as written ("nz$": NZD, "ksh ": KES)."""
    sign = sign.strip(" .")
    return _CURRENCY_SYMBOLS.get(sign) or _CODES_BEFORE[sign]


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Money, percentages and counted amounts, in order of appearance (dates and times excluded)."""
    return quantities_in_normalized(normalize(text))


@lru_cache(maxsize=4096)
def quantities_in_normalized(s: str) -> tuple[Quantity, ...]:
    """``find_quantities`` for text that has already been through ``normalize``."""
    if not any(c.isdigit() for c in s):
        return ()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    # cheap substring checks first: most task titles hold no money and no percentage
    symbols = any(sym in s for sym in _CURRENCY_SYMBOLS) or any(c in s for c in _CODES_BEFORE)
    for m in _MONEY_SYMBOL_RE.finditer(s) if symbols else ():
        found.append(
            Quantity(_to_float(m.group(2), m.group(3)), _currency(m.group(1)), "money", m.span())
        )
        taken.append(m.span())
        high = _RANGE_END_RE.match(s, m.end())  # "$300-400 a month": both ends are dollars
        low = found[-1]
        if high and high.group(2) and not m.group(3):  # "£2-3k": from £2,000
            low = Quantity(_to_float(m.group(2), high.group(2)), low.unit, "money", low.span)
        high_value = _to_float(high.group(1), high.group(2) or m.group(3)) if high else 0.0
        if high and low.value < high_value <= 20 * low.value:
            found[-1] = low
            found.append(Quantity(high_value, low.unit, "money", high.span()))
            taken.append(high.span())
    currency_words = any(word in s for word in _CURRENCY_WORDS)
    for m in _MONEY_WORD_RE.finditer(s) if currency_words else ():
        if free(m.span()):
            found.append(
                Quantity(
                    _to_float(m.group(1), m.group(2)),
                    _CURRENCY_WORDS[m.group(3)],
                    "money",
                    m.span(),
                )
            )
            taken.append(m.span())
    percent = "%" in s or "per" in s or "pct" in s
    for m in _PERCENT_RE.finditer(s) if percent else ():
        if free(m.span()):
            found.append(Quantity(_to_float(m.group(1), None), "%", "percent", m.span()))
            taken.append(m.span())
    for m in _AMOUNT_RE.finditer(s):
        start = m.start()
        if not free((start, m.end(1))) or _is_date_context(s, start, m.end(1)):
            continue
        if start >= 2 and s[start - 1] == ":" and s[start - 2].isdigit():
            continue  # the minutes of a clock or race time ("under 1:50") are no amount
        if _a_name(s, start, m.end(1)):
            continue  # "jlpt n3", "sde2", "cpa section 3", "clb 7": a name, never an amount
        rest = s[m.end(1) :].lstrip(" -")
        reserve = _RESERVE_RE.match(rest)  # "3 months of expenses" is an amount, not a span
        if _ORDINAL_RE.match(s[start:]) or (_NOT_A_QUANTITY_UNITS.match(rest) and not reserve):
            continue
        unit_phrase = _trim_unit(m.group(3) or "")
        timed = not unit_phrase or unit_phrase.split(" ")[0] in {"most", "every", "each", "some"}
        clock = timed and not m.group(2) and float(m.group(1).replace(",", "")) <= 24
        if clock and _CLOCK_BEFORE_RE.search(s, 0, start):
            continue  # "the tip is only open till 4", "home after 7": a time of day
        first = unit_phrase.split(" ")[0] if unit_phrase else ""
        if m.group(2):  # "10k run" -> 10 km; "5k subscribers" -> 5000
            if first in {"run", "race", "runs", "races"} or (not first and _RUN_RE.search(s)):
                unit = "km"
                value = _to_float(m.group(1), None)
            else:
                unit, value = unit_phrase, _to_float(m.group(1), "k")
        else:
            unit = _UNIT_ALIASES.get(first, unit_phrase)
            value = _to_float(m.group(1), None)
        found.append(Quantity(value, unit, "amount", (start, m.end())))
        taken.append((start, m.end()))
    return tuple(sorted(found, key=lambda q: q.span))


@lru_cache(maxsize=1)
def _name_words_re() -> re.Pattern[str]:
    """The words before a number that make it a name (data/number_names.toml)."""
    data = tomllib.loads(
        resources.files("assistant.data").joinpath("number_names.toml").read_text(encoding="utf-8")
    )
    words = "|".join(sorted(map(re.escape, data["before"]), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s(]))(?:{words})\.?\s?$")


def _a_name(s: str, start: int, end: int) -> bool:
    """True when the number at ``start`` names something: glued after the letters of a word
    ("n3", "sde2", "p0420"; not the "x5" of a lift or the "5h10m" of a time), or after a word
    of data/number_names.toml ("section 3", "clb 7"), unless it counts on ("module 3 of 12")."""
    glued = start > 0 and s[start - 1].isalpha() and s[start - 1] != "x"
    if glued and not (start >= 2 and s[start - 2].isdigit()):
        return True
    named = _name_words_re().search(s, max(0, start - 16), start)
    return bool(named) and not re.match(r"\s?(?:of|/)\s?\d", s[end:])


# the words before a bare number that make it a time of day, not an amount
_CLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:till|until|til|before|after)|\b(?:opens?|opened|closes?|closed|shuts?|finish(?:es)?|"
    r"starts?|leaves?|home|up|bed|wakes?|back)(?:\s(?:work|school|class|my shift))?\s"
    r"(?:at|around|about|by))\s$"
)


_UNIT_STOP = frozenset(
    [
        "per",
        "every",
        "each",
        "a",
        "an",
        "the",
        "by",
        "on",
        "in",
        "at",
        "of",
        "for",
        "this",
        "next",
        "to",
        "from",
        "before",
        "after",
        "until",
        "within",
        "and",
        "or",
        "with",
        "across",
        # verbs and hedges, never what is counted: "4000 according to my phone", "5 agents needs"
        "according",
        "needs",
        "need",
        "wants",
        "want",
        "has",
        "have",
        "had",
        "gets",
        "get",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "maybe",
        "over",
        "between",
        "spread",
        "split",
        "among",
        "than",
        "so",
        "which",
        "that",
        "my",
        "our",
        "your",
        "is",
        "are",
        "was",
        "be",
        # how or when, never what is counted: "I can run 3k now", "5 km easily"
        "now",
        "right",
        "currently",
        "today",
        "already",
        "easily",
        "comfortably",
        "tops",
        "max",
        "nonstop",
        "non-stop",
        "straight",
    ]
)
_RUN_RE = re.compile(r"\b(run|race|running|jog|marathon)\b")


def _trim_unit(phrase: str) -> str:
    """The noun phrase of a unit, cut at the first preposition or article: 'demo requests per' -> 'demo requests'."""
    kept: list[str] = []
    for word in phrase.strip().split(" "):
        if word in _UNIT_STOP:
            break
        kept.append(word)
    return " ".join(kept)


_YEAR_TOKEN_RE = re.compile(r"(19|20)\d\d")
_COUNTED_AFTER_YEAR_RE = re.compile(r"\s?(words|pages|steps|people|users|customers)")
_DATE_PREFIX_RE = re.compile(r"(q|h|fy|20|/|-)$")
_DATE_SUFFIX_RE = re.compile(r"[/:-]\d")
_MONTH_BEFORE_RE = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s?$"  # not "maybe 20"
)
_CLOCK_AFTER_RE = re.compile(r"\s?(am|pm|a\.m\.|p\.m\.)\b")
# "raise 2000 for", "owe 2000": an amount, not the year 2000
_AMOUNT_VERB_BEFORE_RE = re.compile(
    r"\b(raise|save|owe|earn|spend|donate|collect|invest|pay|pay off|borrow|lend)\s$"
)


def _is_date_context(s: str, start: int, end: int) -> bool:
    """True for numbers that are part of a date, a year, a clock time or a quarter."""
    token = s[start:end]
    before = s[max(0, start - 12) : start]
    after = s[end : end + 12]
    if (
        _YEAR_TOKEN_RE.fullmatch(token)
        and not _COUNTED_AFTER_YEAR_RE.match(after)
        and not _AMOUNT_VERB_BEFORE_RE.search(before)
    ):
        return True
    if _DATE_PREFIX_RE.search(before) or _DATE_SUFFIX_RE.match(after):
        return True
    if _MONTH_BEFORE_RE.search(before):
        return True
    return bool(_CLOCK_AFTER_RE.match(after))


# --- frequencies -----------------------------------------------------------------------------

_PERIOD = r"(weekday|weekend|workday|day|week|month|year|morning|evening|night|breakfast|lunch|dinner|meal)"
# words that describe a session between its count and its noun: "3 early runs", "3 gym sessions"
SESSION_WORDS = (
    r"(?:early|late|short|long|quick|easy|hard|proper|full|morning|evening|lunchtime|weekday|"
    r"gym|home|swim|run|pool|yoga|strength|brisk|small|big|training|practice|study|workout|"
    r"lifting|weights|pilates|dance|piano|guitar|language|tennis|climbing|spin|hiit)"
)
_FREQ_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            # "3 times a week", "3 early runs a week", "4 evening walks a week": a word or two may
            # describe the sessions between the count and what is counted
            r"\b(\d+)\s?(?:" + SESSION_WORDS + r"\s){0,2}"
            r"(?:times|x|sessions|days|nights|workouts|runs|walks|swims|rides|classes|lessons|hikes|"
            r"mornings|evenings)\s?(?:a|per|each|every|/)\s?" + _PERIOD
        ),
        "count",
    ),
    (re.compile(r"\b(\d+)\s?times\b"), "count_only"),
    (re.compile(r"\b(every|each|per|/)\s?(other\s)?" + _PERIOD + r"s?\b"), "every"),
    (re.compile(r"\ba\s(day|week|month|year|weekday|workday|night)\b"), "every"),
    (
        re.compile(
            r"\b(daily|weekly|monthly|yearly|annually|nightly|fortnightly|biweekly|hourly)\b"
        ),
        "adverb",
    ),
    (
        re.compile(
            r"\bon (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)\b"
        ),
        "days",
    ),
    (
        re.compile(r"\b(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
        "days",
    ),
]


def find_frequency(text: str) -> str | None:
    """The first frequency phrase ("3 times a week", "daily", "each weekday"), or None."""
    s = normalize(text)
    for pattern, _ in _FREQ_PATTERNS:
        m = pattern.search(s)
        if m:
            return m.group(0).strip()
    return None


def sessions_per_week(text: str) -> float | None:
    """How many sessions a week a frequency phrase means ("3 times a week" -> 3, "daily" -> 7)."""
    phrase = find_frequency(text)
    if phrase is None:
        return None
    per_period = {
        "day": 7,
        "workday": 5,
        "weekday": 5,
        "morning": 7,
        "evening": 7,
        "night": 7,
        "breakfast": 7,
        "lunch": 7,
        "dinner": 7,
        "meal": 21,
        "week": 1,
        "weekend": 2,
        "month": 12 / 52,
        "year": 1 / 52,
    }
    m = re.match(r"(\d+)\s?(?:\S+\s){0,3}?(?:a|per|each|every|/)\s?" + _PERIOD, phrase)
    if m:
        return int(m.group(1)) * per_period[m.group(2)]
    m = re.match(r"(?:every|each|per|a|/)\s?(other\s)?" + _PERIOD, phrase)
    if m:
        base = per_period[m.group(2)]
        if m.group(2) == "weekend":
            base = 1
        return base / 2 if m.group(1) else base
    adverbs = {
        "daily": 7,
        "nightly": 7,
        "weekly": 1,
        "biweekly": 0.5,
        "fortnightly": 0.5,
        "monthly": 12 / 52,
        "yearly": 1 / 52,
        "annually": 1 / 52,
        "hourly": 56,
    }
    if phrase in adverbs:
        return adverbs[phrase]
    if phrase.startswith("on weekdays"):
        return 5
    if phrase.startswith("on weekends"):
        return 2
    if phrase.startswith(("on ", "every ", "each ")):
        return 1
    return None


# --- binary done-states ---------------------------------------------------------------------

# An outcome that is either reached or not: a licence, a finished race, a published book.
_DONE_STATE_RE = re.compile(
    r"\b("
    r"(get|earn|obtain|receive|pass|ace|clear|take|sit)\s(my|a|an|the|our|his|her|their)?\s?([a-z-]+\s){0,3}"
    r"(licen[cs]e|permit|certificat\w*|certification|degree|diploma|exam|test|bar|boards?|cpa|cfa|pmp|"
    r"aws|ielts|toefl|gre|gmat|sat|mcat|lsat|driving test|black belt|visa|citizenship|job|offer|promotion|"
    r"raise|grant|funding|scholarship|admission|place|residency|mortgage|loan)"
    r"|(run|finish|complete|walk|swim|cycle|ride|do|hike|climb)\s(a|an|the|my|our)?\s?([a-z0-9-]+\s){0,2}"
    r"(marathon|half[- ]marathon|ultra|triathlon|ironman|race|5k|10k|km race|century|trail|summit|route|"
    r"pilgrimage|camino|course)"
    r"|(publish|launch|ship|release|open|finish|complete|submit|defend|file|sign|close|buy|sell|"
    r"move into|move to|renovate|build|paint|install|finish writing|write)\s(my|a|an|the|our|his|her)?\s?"
    r"([a-z0-9'-]+\s){0,3}"
    r"(book|novel|memoir|thesis|dissertation|paper|app|website|site|course|podcast|album|ep|shop|store|"
    r"business|company|startup|restaurant|cafe|bakery|studio|product|mvp|beta|tax return|taxes|"
    r"contract|deal|round|house|home|flat|apartment|kitchen|bathroom|deck|shed|garden|room|fence|"
    r"will|testament|speech|toast|cv|resume|résumé|cover letter|eulogy|"
    r"solar panels|campaign|portfolio|application|proposal|grant|manuscript|screenplay|script|game|"
    r"service|offer|program|programme|newsletter|channel|blog|youtube channel|platform|tool|library|"
    r"plugin|extension|feature|version|v1|1st version|fundraiser|event|conference|meetup|workshop|exhibition|show)"
    r"|(get|become|be)\s(married|engaged|certified|licensed|promoted|hired|debt[- ]free|sober|smoke[- ]free)"
    r"|(quit|stop)\s(smoking|vaping|drinking|alcohol|sugar|caffeine|gambling|my job)"
    r"|(pay off|clear|eliminate)\s(my|the|all|our)?\s?([a-z-]+\s){0,2}(debt|loan|loans|mortgage|credit card|balance)"
    r"|(move|relocate|emigrate)\s(to|abroad)"
    r"|(clean|clear out|declutter|organi[sz]e|tidy|empty|paint|fix|repair)\s(up\s)?(my|the|our|a)?\s?([a-z'-]+\s){0,2}"
    r"(garage|attic|basement|loft|closet|wardrobe|cellar|shed|house|flat|apartment|office|desk|inbox|car|bike|"
    r"roof|fence|kitchen|bathroom|bedroom|room|drawer|pantry|fridge)"
    r"|(learn|learning)\sto\s(swim|drive|ride)"
    r"|(get|land|sign|win|make|close|earn|book|hire|sell)\s(my|our|the|a)?\s?(first|1st)\s"
    r"|(make|become|made)\s(a\s)?(partner|manager|director|senior|staff|principal|lead|vp|head)\b"
    r"|(read|finish)\s(the|a|my)\s([a-z'-]+\s){0,2}(bible|quran|koran|torah|series|trilogy|classics?)\b"
    r"|(cut|quit|stop|give up|avoid|skip|ditch|no)\s([a-z'-]+\s){0,2}for\s\d+\s(days?|weeks?|months?)"
    r"|(speak|present|talk|perform|exhibit|play)\s(at|in)\s(a|an|the|my)?\s?([a-z'-]+\s){0,2}"
    r"(conference|meetup|event|festival|summit|gig|show|exhibition|open mic|concert)"
    r"|go\s(vegan|vegetarian|sober|alcohol[- ]free|plant[- ]based|dry|paperless|car[- ]free)\b"
    r"|(hold|do)\s(a\s)?(plank|handstand|headstand|split|splits|pull[- ]?up|muscle[- ]up)\b"
    r"|(get|earn|score|achieve|receive)\s(an?\s)?(a\+?|a-|b\+?|b|first|distinction|merit|high distinction|"
    r"1st|2:1|gpa of \d(?:\.\d+)?)\s(in|on|for|grade|average)\b"
    r"|(finish|complete)\s(reading|watching|listening to)\s"
    r")\b"
)


_MULTIPLIER_RE = re.compile(
    r"\b(double|triple|quadruple|halve|\d+x(?!\s?(?:/|a\b|per\b|each\b|every\b|week|day|month)))\b"
)


def find_multiplier(text: str) -> str | None:
    """A target given as a multiple of today ("double revenue", "10x users"), or None."""
    m = _MULTIPLIER_RE.search(normalize(text))
    return m.group(0) if m else None


def find_done_state(text: str) -> str | None:
    """A binary outcome phrase ("get my driving licence", "run a marathon"), or None."""
    m = _DONE_STATE_RE.search(normalize(text))
    return m.group(0).strip() if m else None
