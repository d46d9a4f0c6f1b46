"""What each number a person writes is: the target, where they are now, or incidental.

An age, a span lived ("22 years"), a count of children, an attempt ("tried 3 times"), a time
of day or an account's name (a 401k) is never the goal's amount; "I only know 4 chords",
"it's around 9 now", "from 2.6" say where the person starts. Everything else may be a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.language.quantities import MONEY_SIGN, SIGN

Role = Literal["target", "current", "incidental"]
Where = Literal["both", "goal", "answer"]

_MONTH = (  # "nov 5", "5 nov", never "maybe 2"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_COUNTED_AFTER = (
    r"(?!\s?(?:lbs?|kg|kilos?|pounds|%|k\b|miles?|km|hours?|hrs?|minutes?|mins?|days?|weeks?|"
    r"times|reps|push|pull|sit|books?|pages?|percent|st\b|stone))"
)


@dataclass(frozen=True)
class Incidental:
    """A kind of number that is never an amount of the outcome, and the texts it applies to."""

    why: str
    pattern: re.Pattern[str]
    where: Where = "both"


# one table for the goal text and the answers; "answer" rows would hide a goal's own amount
# ("2:00" for a race, "want 146" is the target there), "goal" rows read history in a goal
INCIDENTALS: tuple[Incidental, ...] = (
    Incidental("a clock or race time", re.compile(r"\b\d{1,2}:\d{2}\b"), "answer"),
    Incidental("a time of day", re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"), "answer"),
    Incidental(  # "in bed by 11 and get 7 hours": 11 is the clock, 7 the goal's amount
        "a bedtime or wake-up time",
        re.compile(
            r"\b(?:bed|asleep|up|awake|lights (?:out|off)|offline|phone (?:down|away))\s(?:by|at|before|til|till|"
            r"until|around)\s(\d{1,2}(?::\d{2})?)(?!\s?(?:hours?|hrs?|h\b|minutes?|mins?|%|\d))"
        ),
    ),
    Incidental(
        "a height",
        re.compile(
            r"\b\d\s?(?:'|’|ft|foot|feet)\s?\d{0,2}(?:\"|''|in\b|inches)?|\b1[5-9]\d\s?cm\b"
        ),
    ),
    Incidental(
        "an age",
        re.compile(
            r"\b(?:i'm|im|i am|age|aged|who's|who is|he's|he is|she's|she is|turning|turned|turn|"
            r"(?:when|until|till|since|before) (?:i|we|he|she) (?:was|were))\s"
            rf"(\d{{1,2}})\b{_COUNTED_AFTER}"
        ),
    ),
    Incidental("an age", re.compile(r"\b\d{1,2}\s?(?:years? old|yrs? old|yo|y/o)\b")),
    Incidental(
        "an age",
        re.compile(
            r"\b(?:dad|father|mom|mum|mother|son|daughter|kid|child|wife|husband|partner|grandma|"
            r"grandpa|grandmother|grandfather|brother|sister|parents?|dog|cat)\s(?:is|who is|who's|"
            rf"'s|turns|turned|just turned)\s(\d{{1,2}})\b{_COUNTED_AFTER}"
        ),
        "goal",
    ),
    Incidental("an age", re.compile(r"\b\d{1,2}[- ]year[- ]old\b")),
    Incidental(  # "learn to swim properly at 42.": how old they are, never a target
        "an age",
        re.compile(
            r"\b(?:learn(?:ing|t|ed)?|tak(?:e|ing|en) up|took up|pick(?:ing|ed)? up|too (?:late|old)|"
            r"start(?:ing|ed)? (?:to \w+|\w+ing)|begin(?:ning)? (?:to \w+|\w+ing))\b[^,.;!?\d]{0,30}"
            r"\bat ([1-9]\d)(?=\s?(?:[,.;!?)]|$|-|and\b|but\b|so\b|now\b|\(|i\b|with\b))"
        ),
        "goal",
    ),
    Incidental(
        "an account's name",
        re.compile(r"\b(?:401|403|457)\s?\(?[kb]\)?(?!\w)|\b529\b(?!\s?(?:lbs?|kg|%|dollars))"),
    ),
    Incidental("a condition's name", re.compile(r"\btype\s?[12]\b")),
    Incidental(  # "use EC2 and S3 at work", "a PS5": a name, never an amount or a start
        "a product's name",
        re.compile(
            r"\b(?![abc][12]\b|n[1-5]\b|x\s?\d|q[1-4]\b|h[12]\b|hsk|grade|level|step|year|yr|"
            r"type|week|wk|day|no|num|v\d)[a-z]{1,3}\d{1,2}\b(?!,\d{3})"  # "R20,000": money
        ),
    ),
    Incidental(  # "the worst one is at 29.99% apr": what the debt costs, not the goal's measure
        "an interest rate",
        re.compile(
            r"\b\d+(?:\.\d+)?\s?%\s?(?:apr|apy|interest|a year interest)\b|"
            r"\b(?:apr|interest rate|interest)\s(?:of\s|is\s|at\s)?\d+(?:\.\d+)?\s?%"
        ),
    ),
    Incidental("an age", re.compile(r"(?<=,\s)[1-9]\d(?=\.(?:\s|$))"), "goal"),  # "Type 1, 26."
    Incidental(  # "the car is worth maybe 14k": what a thing is worth, not the sum to pay off
        "a value",
        re.compile(
            r"\b(?:worth|valued at|value of|appraised at|resale (?:of|is))\s(?:about |around |"
            r"maybe |roughly |like |only |just )?" + SIGN + r"\d[\d,.]*\s?k?\b"
        ),
    ),
    Incidental(
        "a span lived",
        re.compile(
            r"\b(?:for|after|in|over)\s(?:the\s)?(?:last|past)\s\d+\s?(?:years?|yrs?|months?)\b|"
            r"\b(?:after|been|spent)\s(?:almost\s|nearly\s|over\s)?\d+\s?(?:years?|yrs?)\b|"
            r"\b\d+\s?(?:years?|yrs?)\s(?:ago|home|at home|at (?:the|my|this)|with|of (?:teaching|"
            r"experience|marriage|being)|in (?:the|a|my|this) (?:same|job|role|industry|field))\b|"
            r"\bfor\s\d+\s?(?:years?|yrs?)\b(?=[^,.;]{0,20}\b(?:now|and|but)\b)|"
            r"\b(?:married|together|divorced|working|teaching|smoking|vaping|drinking|lifting|"
            r"running|playing|living here)\s(?:for\s)?\d+\s?(?:years?|yrs?)\b"
        ),
        "goal",
    ),
    Incidental(
        "a count of family or friends",
        re.compile(
            r"\b(?:my|our|with|have|and|(?:me|i) and|of)\s(?:\w+\s)?\d+\s(?:kids|children|sons|"
            r"daughters|grandkids|grandchildren|friends|siblings|brothers|sisters|dogs|cats)\b|"
            r"\b\d+\s(?:kids|children)\s(?:aged|ages)\b|\bteam of \d+\b|\b\d+ of us\b"
        ),
        "goal",
    ),
    Incidental(
        "an attempt before",
        re.compile(
            r"\b(?:tried|quit|failed|attempted|started|restarted|relapsed)\b[^,.;]{0,30}?"
            r"\b\d+\s(?:times|x)\b|\b\d+\s(?:times|x)\s(?:before|already|in the past)\b"
        ),
        "goal",
    ),
    Incidental(  # "I used to do 2km, now 500m": history, unless they want it back
        "a level in the past",
        re.compile(
            r"\b(?:i |we )?(?:used to|could once|once could)\b[^,.;\d]{0,30}?"
            r"(\d[\d,]*(?:\.\d+)?)(?![^,.;]{0,60}\bagain\b)"
            r"(?!.{0,80}\b(?:back there|back to (?:that|it)|like i used to)\b)"
        ),
        "goal",
    ),
    Incidental(
        "a pronoun",
        re.compile(
            r"\b(?:adds?|adding|another|one of)\s1\b"
            r"(?=\s?(?:[,.;)]|$|if\b|when\b|unless\b|or\b|and\b|them\b|these\b))"
        ),
    ),
    Incidental(
        "a date",
        re.compile(rf"\b{_MONTH}\s\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}"),
        "answer",
    ),
    Incidental("a year", re.compile(r"\b(?:19|20)\d\d\b"), "answer"),
    Incidental("a rank or grade", re.compile(r"\b\d+(?:st|nd|rd|th)\b")),  # "10th grade"
    Incidental(
        "a span lived", re.compile(r"\b\d+(?:\.\d+)?\s?(?:yrs?|years?|mos|months?)\b"), "answer"
    ),
    Incidental(
        "a span lived",
        re.compile(r"\b\d+\s?(?:weeks?|wks?|days?)\s(?:ago|post|since|old|in\b)"),
        "answer",
    ),
    Incidental("reps of a lift", re.compile(r"(?<=\d)\s?x\s?\d+\b|\bx\s?\d+\b"), "answer"),
    Incidental(  # what they want, not where they are: "168 now want 146", "size 14, want a 10"
        "the target, in an answer about the start",
        re.compile(
            r"\b(?:want|wanna|goal|target|aim|aiming|hoping|hope|down to|get to|up to)\b"
            r"[^,;.\d]{0,12}\d[\d,.]*(?:\s?[a-z]+)?"
        ),
        "answer",
    ),
)
_CLOCK = frozenset({"a clock or race time", "a time of day", "a bedtime or wake-up time"})


def _label_nouns(key: str = "label_nouns") -> str:
    """The words of one list of ``data/measure_shapes.toml`` as one alternation: the things
    whose length a number can name ("12hr night shifts"), a condition's money, a group."""
    import tomllib
    from importlib import resources

    text = (resources.files("assistant") / "data" / "measure_shapes.toml").read_text("utf-8")
    nouns = sorted(tomllib.loads(text)[key], key=len, reverse=True)
    return "|".join(re.escape(n) for n in nouns)


# money written as money: a currency before it, or its kind after ("29k income")
_MONEY_NUMBER = (
    rf"(?:(?:{MONEY_SIGN})\s?(\d[\d,]*(?:\.\d+)?(?:\s?k\b)?)"
    r"|(\d[\d,]*(?:\.\d+)?(?:\s?k\b)?)(?=\s?(?:pounds\s|dollars\s|euros\s)?(?:a year\s|per year\s|"
    r"annual\s)?(?:income|salary|earnings)\b))"
)


INCIDENTALS += (
    Incidental(  # "I work 12hr night shifts ... 6 hrs of sleep": 12 is the shift, never a target
        "the length of a shift or a journey",
        re.compile(
            r"\b\d{1,2}(?:\.\d)?\s?-?\s?(?:hours?|hrs?|hr|h)\b"
            rf"(?=\s?-?\s?(?:[a-z]+\s)?(?:{_label_nouns()})\b)"
        ),
        "goal",
    ),
    Incidental(  # "I need to show the £29,000 income": the visa's bar, not money to reach
        "a condition's money",
        re.compile(
            rf"\b(?:{_label_nouns('condition_verbs')})\s(?:that\s)?(?:(?:i|we|he|she)\s(?:earn|make|"
            r"have)\s)?(?:the\s|a\s|an\s|my\s|our\s|his\s|her\s|their\s)?(?:minimum\s|required\s)?"
            r"(?:(?:income|salary|earnings|savings|funds)\s(?:of\s)?"
            rf"{SIGN}\s?(\d[\d,]*(?:\.\d+)?(?:\s?k\b)?)|{_MONEY_NUMBER})"
        ),
        "goal",
    ),
    Incidental(  # "the income threshold of $60k", "£29,000 minimum income": a condition
        "a condition's money",
        re.compile(
            rf"\b(?:{_label_nouns('condition_nouns')})\s(?:of|is|at|for)\s(?:about\s|around\s)?"
            + _MONEY_NUMBER
            + rf"|{_MONEY_NUMBER}\s(?:a year\s|annual\s)?(?=(?:{_label_nouns('condition_nouns')})\b)"
        ),
        "goal",
    ),
    Incidental(  # "our coffee cooperative (11 families)": who the goal is for, not its count
        "a count of who",
        re.compile(
            rf"\b(?:{_label_nouns('group_nouns')})\s\((?:about\s|around\s|roughly\s|over\s|~)?"
            r"(\d+)(?:\s[a-z'-]+){0,3}\)"
        ),
        "goal",
    ),
)


def mask_incidental(text: str, where: Where = "goal", clock: bool | None = None) -> str:
    """The text with incidental numbers blanked out (same length, so spans still point into
    it); ``clock`` keeps only the clock rows (True) or all but them (False). A goal's blanks
    are '_' so that the spaces ``normalize`` folds never shift the spans found after."""
    fill = "_" if where == "goal" else " "

    def blank(m: re.Match[str]) -> str:
        if m.lastindex:  # only the number of "I'm 49" (the alternative's group that matched)
            a, b = m.span(next(i for i in range(1, m.lastindex + 1) if m.group(i) is not None))
            return m.group(0)[: a - m.start()] + fill * (b - a) + m.group(0)[b - m.start() :]
        return fill * len(m.group(0))

    for row in INCIDENTALS:
        if row.where not in {"both", where} or (clock is not None and (row.why in _CLOCK) != clock):
            continue
        text = row.pattern.sub(blank, text)
    return text


@dataclass(frozen=True)
class NumberRole:
    """One number of the text and what it is."""

    value: float
    span: tuple[int, int]
    role: Role


_NUMBER_RE = re.compile(r"(?<![\w.])\d(?:\d|,(?=\d))*(?:\.\d+)?")  # "12,000," ends at 0
_NOW_BEFORE_RE = re.compile(
    r"\b(?:now|currently|right now|at the moment|so far|already|at present|these days|"
    r"(?:i'?m|we'?re|it'?s|i am|we are|it is|i was)\s(?:at|on|around|about|only)|i'?m on|"
    r"only (?:know|have|do|can|make|read|get|got)|(?:been|keep|i'?m|we'?re) (?:having|getting|doing|"
    r"eating|drinking|smoking|spending|averaging|sleeping|walking|running|making|earning|"
    r"paying|reading|logging|hitting)|averaging|on average|(?:my|our) average is|"
    r"(?:last|latest|most recent|recent) [a-z0-9]+ (?:was|is|were|said|showed|came back)(?: at)?|"
    r"(?:ldl|hdl|a1c|cholesterol|triglycerides|glucose|sugar|score|reading|bp|pressure|balance)"
    r" (?:was|is|were|came back at|came back|sits at|is at|of)|"
    r"(?:i|we) (?:know|have|weigh|average|manage|"
    r"owe|earn|make|do|sleep|walk|run|jog|swim|cycle|ride|hike|drink|smoke|spend|get|got|read)|"
    r"i'?ve got|we'?ve got|"
    r"(?<!so )(?<!so that )(?:i|we) can (?:only\s)?(?:do|run|walk|swim|lift|hold|read|play)|"
    r"my (?:current|max|best)|"
    r"(?:i'?d|i would|we'?d) be lucky to (?:\w+\s)?|(?:i|we) can barely (?:\w+\s)?|"
    r"from|starting (?:at|from)|up from|down from|(?:on|at|through|done|finished|completed) "
    r"(?:\w+\s)?(?=\d+\s(?:of|out of)\s\d))\b"
)
_TARGET_BEFORE_RE = re.compile(
    r"\b(?:to|want|wanna|goal|target|aim|aiming|reach|hit|under|below|over|above|less than|"
    r"more than|at least|at most|down to|up to|get to|by|so i can|so we can|every|each|per)\b"
)
_NOW_AFTER_RE = re.compile(
    r"^(?:/\d{2,3})?(?:\s?[a-z%$]+){0,3}?\s?\(?(?:now|currently|right now|at the moment|so far|already|"
    r"these days|done|in so far|saved|set aside|put away|pieced|finished|completed|"
    r"at (?:the|my) (?:last|latest) (?:visit|appointment|check-?up|reading|test))\b"
)
_NOW_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:i'?m|i am|we'?re)\s(?:like\s|about\s|around\s|roughly\s)?(?:_+,?\s(?:and\s)?)?$"
)
_MOST_SO_FAR_RE = re.compile(  # "never more than 4 miles": the most they have done
    r"\b(?:never|not) (?:run |walked |done |gone |ridden |swum )?(?:more|further|farther|longer|"
    r"over|past) than\s$|\b(?:longest|furthest|farthest|most) (?:i'?ve|i have|ever) [a-z]+\s$"
)
_OF_RE = re.compile(r"^\s(?:of|out of)\s(\d+)")
# "it's 7 hours", "its like 40 a week": the thing just named, as it stands, when the goal
# before it changes that thing ("cut down my screen time", "spend less on takeaways")
_IT_IS_RE = re.compile(
    r"^\s*(?:and\s)?(?:it'?s|its|it is|that'?s|which is)\s(?:like\s|about\s|around\s|roughly\s|"
    r"currently\s|now\s|at\s)*$"
)
_CHANGE_RE = re.compile(
    r"\b(?:cut(?:ting)?(?: down| back)?|reduce|reducing|less|lower|fewer|drop|more|increase|"
    r"raise|boost|improve|(?:get|bring) (?:\w+ ){0,3}(?:down|up))\b"
)


def read_roles(text: str) -> list[NumberRole]:
    """Every number of ``text`` (lower case) with its role, in order."""
    masked = mask_incidental(text, "goal")
    out: list[NumberRole] = []
    for m in _NUMBER_RE.finditer(text):
        value = float(m.group(0).replace(",", "").rstrip(".") or 0)
        if masked[m.start() : m.end()] != m.group(0):
            out.append(NumberRole(value, m.span(), "incidental"))
            continue
        out.append(NumberRole(value, m.span(), _role(text, masked, m.start(), m.end())))
    return out


def _role(text: str, masked: str, start: int, end: int) -> Role:
    """Current when the nearest cue before it (in its clause) says where they are, or a cue
    right after it does ("9 now", "2,300 saved"); else a possible target."""
    if re.search(r"\d\s(?:of|out of)\s$", text[:start]):
        return "target"  # "3 of 12": the whole
    clause = re.split(
        r"[,;.!?(]\s|\band (?=i\b|we\b|want|need|would|wanna|hope|plan|get|to\b)|\bbut\b",
        masked[max(0, start - 40) : start],
    )[-1]
    if _NOW_RIGHT_BEFORE_RE.search(clause) or _MOST_SO_FAR_RE.search(
        clause
    ):  # "I'm 5'4 and 160": the number after "I'm"
        return "current"
    if _IT_IS_RE.search(clause) and _CHANGE_RE.search(text[: start - len(clause)]):
        return "current"  # "cut down my screen time, it's 7 hours a day": the level they change
    now = [c.end() for c in _NOW_BEFORE_RE.finditer(clause)]
    aim = [c.end() for c in _TARGET_BEFORE_RE.finditer(clause)]
    if now and (not aim or max(now) > max(aim)):
        return "current"
    after = text[end : end + 40]
    if _OF_RE.match(after) and not aim:  # "on module 3 of 12": 3 done, 12 in all
        return "current"
    if _NOW_AFTER_RE.match(re.split(r"[,;.!?]\s|\bto\b|\bbut\b", after)[0]) and not aim:
        return "current"
    return "target"


def is_current(roles: list[NumberRole], span: tuple[int, int]) -> bool:
    """Whether the quantity at ``span`` holds a number read as where the person is now."""
    return any(r.role == "current" and r.span[0] < span[1] and span[0] < r.span[1] for r in roles)


def clause_at(text: str, span: tuple[int, int]) -> str:
    """The clause of ``text`` that holds ``span``, as the person wrote it."""
    cuts = [m.end() for m in re.finditer(r"[,;.!?(]\s|\bbut\s", text[: span[0]])]
    start = cuts[-1] if cuts else 0
    end = re.search(r"[,;.!?)]|\sbut\s|$", text[span[1] :])
    return text[start : span[1] + (end.start() if end else 0)].strip()[:120]


def conditions_said(text: str) -> list[str]:
    """The clauses of ``text`` (lower case) that name a condition's money ("i need to show the
    £29,000 income"): kept as premises of the plan, since the number is no target."""
    rows = [r for r in INCIDENTALS if r.why == "a condition's money"]
    spans = [m.span() for r in rows for m in r.pattern.finditer(text)]
    return list(dict.fromkeys(clause_at(text, span) for span in sorted(spans)))
