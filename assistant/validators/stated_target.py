"""The target the person stated, kept: the count they grow to ('from 12 volunteers to 30'), a
multiple of their bodyweight ('1.5x my bodyweight, I'm 72kg'), the exam part or test they name in
capitals ('the CPA exam FAR section'), the score they start from ('failed it with a 68') and
the month their deadline answer names ('in about 4 months, mid june')."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language import normalize
from assistant.models import Finding, Plan

_NUMBER = r"\$?\d[\d,]*(?:\.\d+)?k?"
_FROM_TO = re.compile(
    rf"\bfrom\s(?:about\s|around\s|roughly\s)?({_NUMBER})(?:\s?[a-z%']+){{0,3}}?\sto\s"
    rf"(?:about\s|around\s|at least\s)?({_NUMBER})(?![\d:]|\s?(?:am|pm)\b)"
)
_DATE_RE = re.compile(
    r"\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{4}\b|"
    r"\b\d{4}-\d\d-\d\d\b",
    re.IGNORECASE,
)
_IN_TEXT = re.compile(r"(?<![\w.])\$?(\d[\d,]*(?:\.\d+)?)(k\b)?")


def _value(said: str) -> float:
    said = said.lstrip("$").replace(",", "")
    return float(said[:-1]) * 1000 if said.endswith("k") else float(said)


def _values(text: str) -> set[float]:
    out = set()
    for m in _IN_TEXT.finditer(_DATE_RE.sub(" ", text)):
        out.add(float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1))
    return out


def _goal_numbers(plan: Plan) -> set[float]:
    """The numbers of the plan's goal: its statement, its metric, its last milestone."""
    found = _values(plan.goal.statement)
    if plan.milestones:
        found |= _values(plan.milestones[-1].title)
    metric = plan.goal.metric
    return found | {v for v in (metric.target, metric.baseline) if v is not None}


def _near(value: float, have: set[float], share: float = 0.0) -> bool:
    return any(abs(value - v) <= max(1e-6, share * value) for v in have)


def _drift(path: str, message: str, suggestion: str) -> list[Finding]:
    return [finding("goal.drift", path, message, suggestion)]


def from_to_kept(plan: Plan) -> list[Finding]:
    """goal.drift: the person asked to go from one level to another ('grow from 12 regular
    volunteers to 30'); the plan's goal holds neither the level they reach nor the gap."""
    if plan.request is None:
        return []
    text = normalize(plan.request.goal_text)
    have = _goal_numbers(plan)
    for m in _FROM_TO.finditer(text):
        start, end = _value(m.group(1)), _value(m.group(2))
        if max(start, end) <= 24 and re.fullmatch(r"from \S+ to \S+", m.group(0)):
            continue  # "from 9 to 5": the hours of a day, not a level to reach
        if start == end or _near(end, have) or _near(abs(end - start), have):
            continue
        return _drift(
            "goal.metric.target",
            f"The person asked to go '{m.group(0)}'; the plan's goal holds neither "
            f"{end:,.10g} nor the {abs(end - start):,.10g} between.",
            "Keep the level the person asked to reach as the goal's target, measured in their "
            "unit, and their level now as its starting point.",
        )
    return []


_MULTIPLE = re.compile(
    r"\b(\d(?:\.\d+)?)\s?(?:x|times)\s(?:my\s|his\s|her\s|their\s)?(?:own\s)?"
    r"(?:body\s?weight|bw)\b"
)
_BODYWEIGHT = re.compile(
    r"(?:\b(?:i'?m|i am|weigh|weighing|weighs|body\s?weight(?: is| of)?|bw(?: is| of)?)\s"
    r"(?:about\s|around\s)?)(\d{2,3}(?:\.\d+)?)\s?(kgs?|kilos?|lbs?|pounds)?\b"
)


def bodyweight_multiple(text: str) -> tuple[float, float] | None:
    """The multiple and the bodyweight in '1.5x my bodyweight (I'm 72kg)', when both are said."""
    said = normalize(text)
    multiple = _MULTIPLE.search(said)
    if multiple is None:
        return None
    weights = [
        m for m in _BODYWEIGHT.finditer(said) if not (m.start() <= multiple.start() < m.end())
    ]
    return (float(multiple.group(1)), float(weights[0].group(1))) if weights else None


def bodyweight_multiple_kept(plan: Plan) -> list[Finding]:
    """goal.drift: the person asked to lift a multiple of their bodyweight and said what they
    weigh ('1.5x my bodyweight, I'm 72kg'); the plan's goal holds neither the product (108 kg)
    nor the multiple."""
    if plan.request is None:
        return []
    said = normalize(f"{plan.request.goal_text} . {plan.request.answers.get('baseline', '')}")
    multiple = _MULTIPLE.search(said)
    if multiple is None:
        return []
    weights = [
        m for m in _BODYWEIGHT.finditer(said) if not (m.start() <= multiple.start() < m.end())
    ]
    if not weights:
        return []
    factor, body = float(multiple.group(1)), float(weights[0].group(1))
    whole = factor * body
    statement = normalize(plan.goal.statement)
    if _near(whole, _goal_numbers(plan), 0.05) or re.search(r"body\s?weight", statement):
        return []
    return _drift(
        "goal.metric.target",
        f"The person asked for '{multiple.group(0)}' at {body:g} {weights[0].group(2) or ''}"
        f"".rstrip()
        + f", about {whole:g} in all; the plan's goal does not hold it.",
        "Multiply it out and keep the whole load as the goal's target, above where the person "
        "lifts now.",
    )


# names written in capitals that are plain words or shouting, not a thing to keep
_COMMON_CAPS = frozenset(
    re.findall(
        r"\w+",
        "I OK US USA UK EU TV AM PM ASAP LOL OMG IDK TBH DIY FYI BTW IMO NYE ETA AKA NO YES "
        "IT MY ME A AN THE AND OR TO IN ON AT BY SO DO IS BE",
    )
)
_CAPS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})(?![\w-])")


# the ask ends at its first clause; what follows tells the story ('..., I tried YNAB last year')
_CLAUSE_END = re.compile(r"[,;:.!?()\u2014]|\s-\s|\b(?:because|but|since|so that)\b")
# a name told as what happened or what was used, not the thing to reach ('after ACL surgery'),
# or as the event that sets the date ('fix the rust before the MOT in May')
_CONTEXT_BEFORE = re.compile(
    r"\b(?:after|tried|using|use|since|post|with|from|before|until|till|ahead of)\s(?:\S+\s){0,2}$"
)


def _named_in_capitals(text: str) -> list[str]:
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return []  # the whole message in capitals: shouting, not names
    seen: list[str] = []
    for m in _CAPS.finditer(text):
        name = m.group(1)
        if _CONTEXT_BEFORE.search(text[max(0, m.start() - 30) : m.start()].lower()):
            continue
        if name not in _COMMON_CAPS and sum(c.isalpha() for c in name) >= 2 and name not in seen:
            seen.append(name)
    return seen


def named_thing_kept(plan: Plan) -> list[Finding]:
    """goal.name_dropped: a name the person wrote in capitals (an exam section, a test, a
    qualification: 'FAR', 'GED', 'LDL') appears nowhere in the plan's goal or milestones."""
    if plan.request is None:
        return []
    ask = _CLAUSE_END.split(plan.request.goal_text.strip(), maxsplit=1)[0]
    shown = " ".join([plan.goal.statement, *(m.title for m in plan.milestones)])
    shown += " " + plan.goal.metric.name + " " + plan.goal.metric.unit
    lost = [
        name
        for name in _named_in_capitals(ask)
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", shown, re.IGNORECASE)
    ]
    if not lost:
        return []
    return [
        finding(
            "goal.name_dropped",
            "goal.statement",
            f"The person named {', '.join(repr(n) for n in lost)}; the plan's goal and "
            "milestones never do.",
            "Keep the exam part, test or qualification the person named in the goal and in the "
            "milestones that lead to it.",
        )
    ]


_PAST_SCORE = re.compile(
    r"\b(?:failed|scored|got|score was|scored only)\b(?:\s(?:it|once|twice|last time|"
    r"with|a|an|only|just|[12](?=\s(?:with|time))|time|times))*\s(\d{1,3}(?:\.\d)?)(?!\s?(?:times|years?|months?|weeks?|days?|"
    r"hours?|hrs?|kg|lbs?|pounds|miles?|km|k\b|books?|pages?|people|kids|of\b|out\b))"
)


def past_score_kept(plan: Plan) -> list[Finding]:
    """goal.baseline_ignored: the person gave the score they got last time ('failed it once
    with a 68'); the plan neither starts from it nor mentions it anywhere."""
    if plan.request is None:
        return []
    m = _PAST_SCORE.search(normalize(plan.request.goal_text))
    if m is None:
        return []
    score = float(m.group(1))
    texts = [plan.goal.statement, *(a.text for a in plan.assumptions)]
    texts += [m.title for m in plan.milestones] + [t.title for t in plan.tasks()]
    have = set().union(*(_values(t) for t in texts))
    metric = plan.goal.metric
    have |= {v for v in (metric.baseline, metric.target) if v is not None}
    if _near(score, have):
        return []
    return [
        finding(
            "goal.baseline_ignored",
            "goal.metric.baseline",
            f"The person said they '{m.group(0)}'; the plan neither starts from {score:g} nor "
            "mentions it.",
            "Start the metric from the person's last score, in its own scale, and aim the "
            "first milestone at closing the gap to the pass mark.",
        )
    ]


# a piece named by its title after 'play' or 'learn': 'play Clair de Lune', 'learn Blackbird'
_PIECE = re.compile(
    r"\b(?:play|learn|perform)\s(?:to\splay\s)?((?:[A-Z][\w']*)(?:\s(?:de|la|le|of|the|a|in|"
    r"on|for|du|des|[A-Z][\w']*))*)"
)
_INSTRUMENTS = re.compile(
    r"^(?:Piano|Guitar|Violin|Ukulele|Drums|Bass|Cello|Flute|Spanish|French|German|Python|"
    r"English|Japanese|Italian|Hebrew|ASL|Chess|Golf|Tennis|Soccer)\b"
)
_SEVERAL = re.compile(
    r"\b(?:\d+|a few|some|several|a couple of?)\s(?:\w+\s)?(?:songs|pieces|tunes)\b"
)
_PIECE_UNITS = re.compile(r"^(?:songs?|pieces?|tunes?|tracks?)$")


def named_piece_kept(plan: Plan) -> list[Finding]:
    """goal.drift: the person named one piece to play ('play Clair de Lune'); the plan's goal
    counts several songs ('Play 4 songs')."""
    if plan.request is None:
        return []
    metric = plan.goal.metric
    if not _PIECE_UNITS.match(metric.unit.strip().lower()) or (metric.target or 0) <= 1:
        return []
    for m in _PIECE.finditer(plan.request.goal_text):
        piece = re.sub(r"(?:\s(?:de|la|le|of|the|a|in|on|for|du|des))+$", "", m.group(1).strip())
        if _INSTRUMENTS.match(piece) or piece.split()[0] in _COMMON_CAPS:
            continue
        if _SEVERAL.search(normalize(plan.request.goal_text)):
            return []  # 'play 5 songs, Wonderwall first': the count is theirs
        return _drift(
            "goal.metric.target",
            f"The person named one piece, '{piece}'; the plan's goal counts "
            f"{metric.target:g} {metric.unit}.",
            "Make the named piece the goal, played start to finish, with its sections as the "
            "milestones.",
        )
    return []


_ONLY_DAYS = re.compile(
    r"\b(?:only\s(?:on\s)?(?:the\s)?(weekends?|weekdays?|fridays?|saturdays?|sundays?)|"
    r"(weekends?|weekdays?)\sonly)\b"
)


_OTHER_DAYS = {"weekend": ("weeknight", "weekday", "monday to"), "weekday": ("weekend",)}


def only_days_kept(plan: Plan) -> list[Finding]:
    """goal.drift: the person limited the goal to some days ('drink only on weekends'); the
    plan's goal never names them."""
    if plan.request is None:
        return []
    m = _ONLY_DAYS.search(normalize(plan.request.goal_text))
    if m is None:
        return []
    days = (m.group(1) or m.group(2)).rstrip("s")
    shown = " ".join([plan.goal.statement, plan.goal.metric.name, plan.goal.metric.unit])
    # the days kept free say the same: 'only weekends' as 'keep weeknights alcohol-free'
    kept = {days, *_OTHER_DAYS.get(days, ())}
    if any(k in shown.lower() for k in kept):
        return []
    return _drift(
        "goal.statement",
        f"The person limited it to '{m.group(0)}'; the plan's goal never names the {days}s.",
        "Keep the days the person gave in the goal and count it by them ('no drinks Sunday "
        "to Thursday, 4 weeks in a row').",
    )
