"""Which of two numbers the person said is where they stand and which where they want to get
("I walk about 4000 steps ... should reach 8000"), and a sum explained, not multiplied, by the
months it covers ("₱90,000 (3 months of expenses)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from assistant.language.prices import price_of_one
from assistant.language.quantities import Quantity

PACE_AFTER_RE = re.compile(
    r"^\s?(?:/\s?(?:mo|month|wk|week)|(?:a|per|each|every)\s(?:month|week|paycheck|payday))\b"
)


def month_of_purchases(core: str, quantities: Sequence[Quantity]) -> tuple[Quantity, float] | None:
    """(the price of one purchase, what the habit costs a month) when the goal says both the
    price and how often ("almost every night, like KSh 900 each time": about 27,300 a month),
    so a cut starts from the month they spend, never from the price as if it were a budget."""
    from assistant.language.quantities import sessions_per_week

    price = next((q for q in quantities if price_of_one(core, q)), None)
    if price is None:
        return None
    sentence = (
        re.split(r"[.;!?]\s", core[: price.span[0]])[-1] + core[price.span[0] : price.span[1]]
    )
    per_week = sessions_per_week(sentence)
    return (price, price.value * per_week * 52 / 12) if per_week else None


_TARGET_CUE_RE = re.compile(
    r"\b(?:reach|reaching|get to|get up to|getting to|hit|hitting|aim for|aiming for|"
    r"build up to|work up to|goal (?:is|of)|target (?:is|of)|should (?:do|be|walk|reach|get)|"
    r"want(?: to (?:do|be at|get to|reach|hit))?|increase (?:it )?to|raise (?:it )?to|"
    r"go up to|bring (?:it )?up to|raise|save|earn|collect|make)\s(?:about |around |at least |"
    r"roughly )?$"
)


# a cut said after where they are ("like $900 a month, get it under $300"): the later, smaller
# amount is the limit they want, so the first is what they spend now
_DOWN_CUE_RE = re.compile(
    r"\b(?:(?:get|bring|cut|keep|knock|drop|take)\s(?:it|that|this|them|spending)\s(?:down\s)?|"
    r"(?:get|bring|cut|drop|come)\sdown\s|reduce\s(?:it\s)?|lower\s(?:it\s)?)?"
    r"(?:under|below|less than|down to|no more than|at most|max(?:imum)?(?: of)?)\s"
    r"(?:about |around |roughly )?$"
)


_WISH_RE = re.compile(
    r"\b(?:pay off|pay|clear|want|need|would like|'d like|to|save|raise|reach|hit|get|finish|"
    r"complete|lose|gain|cut|reduce|aim|goal|target|plan)\b"
)


def said_as_target(core: str, fitting: Sequence[Quantity], first: Quantity) -> Quantity | None:
    """A later number in the first one's unit that the person names as where they want to get
    ("reach 8000", "get to 12 km"), or a smaller one said as the cap of a cut ("get it under
    $400"), when the first has no target cue: the later one is the target, so the first is
    where they stand."""
    before = re.split(r"[,;.!?]\s", core[max(0, first.span[0] - 40) : first.span[0]])[-1]
    if _TARGET_CUE_RE.search(before[-24:]) or _WISH_RE.search(before):
        return None  # "pay off my $8,000 loan and save $2,000": both are things to do
    for q in fitting:
        same = q.unit.split()[:1] == first.unit.split()[:1] or not q.unit or not first.unit
        cued = _TARGET_CUE_RE.search(core[max(0, q.span[0] - 24) : q.span[0]]) or (
            q.value < first.value and _DOWN_CUE_RE.search(core[max(0, q.span[0] - 24) : q.span[0]])
        )
        if q.span[0] > first.span[1] and same and q.value != first.value and cued:
            return q
    return None


def total_beside_pace(
    core: str, fitting: Sequence[Quantity], pace: Quantity, start: Quantity | None
) -> Quantity | None:
    """The sum the person wants to reach when the amount read first is a pace ("save 1500 CHF
    a month so that by next year we have 40k"): a later, much larger money amount, said as
    neither where they stand nor a result gone by. The pace stays the way there."""
    if pace.kind != "money" or not PACE_AFTER_RE.match(core[pace.span[1] :]):
        return None
    for q in fitting:
        if (
            q is not start
            and q.kind == "money"
            and q.value >= 6 * pace.value
            and not PACE_AFTER_RE.match(core[q.span[1] :])
            and not past_result(core, q)
            and not _NOW_AFTER_RE.match(core[q.span[1] :])
        ):
            return q
    return None


_NOW_AFTER_RE = re.compile(r"\s?(?:now|so far|already|saved|in savings|at the moment)\b")


# the months said right after the sum, as its explanation ("$12k (6 months of expenses)")
_EXPLAINED_RE = re.compile(
    r"\s?(?:[(,:=~\u2013\u2014-]\s?)?(?:(?:so|which is|that'?s|i\.e\.?|ie|or|aka|about|"
    r"around|roughly|approx\w*|basically|enough for|to cover|covering)\s?)*"
)


def said_before(
    core: str, quantities: Sequence[Quantity], multiple: re.Match[str]
) -> Quantity | None:
    """The money said just before "N months of expenses" that the months only explain, so the
    sum is the fund's total, never a month's costs to multiply; None when it is a pace."""
    before = [q for q in quantities if q.kind == "money" and q.span[1] <= multiple.start()]
    if not before:
        return None
    last = max(before, key=lambda q: q.span[1])
    glue = core[last.span[1] : multiple.start()]
    if PACE_AFTER_RE.match(core[last.span[1] :]) or not _EXPLAINED_RE.fullmatch(glue):
        return None
    return last


_PAST_PERIOD_RE = re.compile(
    r"\b(?:last|previous|past)\s(?:year|year's|season|spring|summer|autumn|fall|winter|quarter|"
    r"month|time|term|campaign|round)\b|\bq[1-4]\b|\bin 20\d\d\b|\bago\b"
)


def past_result(core: str, q: Quantity) -> bool:
    """Whether ``q`` is a result of a period gone by ("raised €800 last spring", "780k in Q2"):
    a reference for the new target, never progress toward it."""
    clause = re.split(r"[,;.!?]\s|\bbut\b", core[max(0, q.span[0] - 40) : q.span[1] + 30])
    around = next((c for c in clause if core[q.span[0] : q.span[1]] in c), "")
    return bool(_PAST_PERIOD_RE.search(around))


_RECENT_RE = re.compile(
    r"\blast (?:week|weekend|month|sunday|saturday|friday)\b|\b(?:a|one|two|few|\d) (?:days?|weeks?) ago\b"
    r"|\b(?:this|the other) (?:week|month|day)\b"
)


def said_of_recent(said: str) -> bool:
    """Whether every number of a start answer was made within the last month or so ("£450 from
    the cake sale last month", "sold 3 two weeks ago"): toward a total with no rhythm, that is
    progress already made, not a past season's result."""
    clauses = [c for c in re.split(r"[,;.!?]\s|\bbut\b", said.lower()) if re.search(r"\d", c)]
    return bool(clauses) and all(_RECENT_RE.search(c) for c in clauses)


_NOW_WORDS_RE = re.compile(
    r"\b(?:now|currently|at the moment|right now|these days|today|so far|already|at present)\b"
)
_PARTS_DONE_RE = re.compile(
    r"\b(?:i'?ve|we'?ve|i have|we have|has|have)\s(?:\w+\s)?(?:about\s|around\s|like\s)?"
    r"\d+\s(?:of|out of)\s(?:the\s|my\s|our\s)?\d+\b[^,.;]*"
)


# a change said as from-where to-where: "going from most nights (2-3 beers) to only weekends",
# "(92 to 80)", "cut from 20 a day to 5": the "from" side is where they are now
_FROM_TO_RE = re.compile(
    r"\b(?:going|go|get|getting|cut|cutting|come|coming|move|moving|drop|dropping|reduce|"
    r"reducing|bring(?:ing)? it|take it|it|down|up|(?:my|our)\s[a-z]+)\sfrom\s((?:[^,.;]){2,40}?)\s(?:to|down to|up to)\s"
    r"|\((\d+(?:\.\d+)?)\s?([a-z%]+)?\s?(?:to|->|→)\s?\d+(?:\.\d+)?\s?([a-z%]+)?\)"
)
_HOW_MUCH_RE = re.compile(
    r"\d|\b(?:every|most|each|daily|nightly|weekly|night|nights|day|days|week|weeks|times?|a lot)\b"
)


def _from_side(core: str) -> str:
    """The "from" side of a change the goal says ("from most nights (2-3 beers)", "92 kg"), when
    it says how much or how often; else ""."""
    m = _FROM_TO_RE.search(core)
    if not m:
        return ""
    if m.group(1) is not None:
        said = m.group(1).strip()
        return said if _HOW_MUCH_RE.search(said) else ""
    unit = m.group(3) or m.group(4) or ""
    if not unit:  # "lose 12kg (92 to 80)": in the unit of the number just before
        before = re.search(r"\d\s?([a-z]+)\s*$", core[: m.start()])
        unit = before.group(1) if before else ""
    return f"{m.group(2)} {unit}".strip()


def start_in_words(core: str) -> str:
    """Where the goal says the person stands, in their words, when no number of the goal's
    measure holds it ("currently 8-10 cigarettes a day", "at the moment I can run 2 minutes",
    "I've pieced about 12 of the 42 blocks", "going from most nights to weekends", "(92 to
    80)"). Empty when the text says no start."""
    from assistant.understanding.roles import clause_at, read_roles

    current = [clause_at(core, r.span) for r in read_roles(core) if r.role == "current"]
    done = _PARTS_DONE_RE.search(core)
    if done:
        return done.group(0).strip()
    now = next((clause for clause in current if _NOW_WORDS_RE.search(clause)), "")
    return now or _from_side(core)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w%$£€¥₹₱₦/+-]+", " ", text.lower()).split())


def as_written(text: str, words: str) -> str:
    """``words`` (read from the normalised goal) as the person wrote them in ``text``: "a few
    beers" stays "a few", "2 stone" stays stone, never the digits the reading put there."""
    from assistant.language import normalize

    at = text.lower().find(words)
    if at >= 0 or not words.strip():
        return text[at : at + len(words)] if at >= 0 else words
    raw = list(re.finditer(r"\S+", text))
    said = _plain(words).split()
    match = SequenceMatcher(None, [_plain(m.group(0)) for m in raw], said, autojunk=False)
    blocks = [b for b in match.get_matching_blocks() if b.size]
    if not blocks or sum(b.size for b in blocks) * 2 < len(said):
        return words
    lo = blocks[0].a - blocks[0].b
    hi = blocks[-1].a + blocks[-1].size + len(said) - blocks[-1].b - blocks[-1].size
    for start, end in sorted(
        ((a, b) for a in range(lo - 3, lo + 2) for b in range(hi - 2, hi + 4)),
        key=lambda span: abs(span[0] - lo) + abs(span[1] - hi),
    ):
        if 0 <= start < end <= len(raw):
            written = text[raw[start].start() : raw[end - 1].end()]
            if _plain(normalize(written)) == _plain(words):
                return written.strip(" |").rstrip(",.;:!?")  # never the join's "|" ("| 56:40 PB")
    return words


def said_of_past(said: str) -> bool:
    """Whether every number of a start answer is a result of a period gone by ("780k in Q2",
    "raised £2k last year") and none is said as now: a reference, not progress made."""
    clauses = [c for c in re.split(r"[,;.!?]\s|\bbut\b", said.lower()) if re.search(r"\d", c)]
    if not clauses or _NOW_WORDS_RE.search(said.lower()):
        return False
    return all(_PAST_PERIOD_RE.search(c) for c in clauses)
