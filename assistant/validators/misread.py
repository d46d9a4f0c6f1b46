"""Did the plan read a name, an age or a score as the goal's amount? '401k' is a retirement
account, not $401,000; 'I'm 49' is an age, not a starting weight; 'credit 760' is no $760."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language import normalize
from assistant.models import Finding, Plan

# what may follow an age: the end of a clause, "and", "years old"
_AGE_END = r"(?=\s?(?:[.,;!]|and\b|years?\b|yo\b|y/o\b|$))"
_NAMED = [
    r"\b(?:401|403|457)\s?\(?[kb]\)?(?=\W|$)|\b529\b",  # retirement and college accounts
    r"\b{n}\s(?:plan|account)\b",
    r"\b(?:i'?m|i am|she'?s|he'?s|turning|aged?)\s{n}" + _AGE_END,
    r"\bmy \w+ (?:is|was) {n}" + _AGE_END,
    r"\b{n}\s(?:years?|yrs?) old\b",
]
# a score read as money or weight: "credit 760", "score of 590"
_SCORE = r"\b(?:score|credit)(?:\s(?:score|is|of|at|was))?\s{n}\b|\b{n}\s(?:credit\s)?score\b"
_MONEY_OR_WEIGHT = re.compile(r"(?:usd|eur|gbp|\$|£|€|lbs?|kg|pounds?)")


def _spellings(value: float) -> list[str]:
    """How the person may have written the value: '49', '401' for 401,000 ('401k')."""
    out = [f"{value:g}"]
    if value >= 1000 and value % 1000 == 0:
        out.append(f"{value / 1000:g}")
    return out


def number_misread(plan: Plan) -> list[Finding]:
    """goal.number_misread: the goal's target or starting point is a number the person wrote
    only as a name, an age or a score."""
    if plan.request is None:
        return []
    answers = " . ".join(plan.request.answers.values())
    said = normalize(f"{plan.request.goal_text} . {answers}")
    metric = plan.goal.metric
    patterns = _NAMED + ([_SCORE] if _MONEY_OR_WEIGHT.fullmatch(normalize(metric.unit)) else [])
    for field, value in (("target", metric.target), ("baseline", metric.baseline)):
        if value is None:
            continue
        for n in _spellings(value):
            seen = list(re.finditer(rf"(?<![\d.,$£€]){re.escape(n)}(?![\d,])", said))
            if not seen:
                continue
            named = [
                m
                for m in seen
                if any(
                    re.search(p.format(n=re.escape(n)), said[max(0, m.start() - 14) : m.end() + 12])
                    for p in patterns
                )
            ]
            if len(named) < len(seen):
                continue
            m = seen[0]
            quote = said[max(0, m.start() - 20) : m.end() + 12].strip(" .")
            return [
                finding(
                    "goal.number_misread",
                    f"goal.metric.{field}",
                    f"The goal's {field} {value:g} {metric.unit} comes from '{quote}', where "
                    f"the person wrote {n} as a name, an age or a score, not an amount.",
                    "Take the goal's numbers from amounts the person stated; ask for the "
                    "amount if they gave none.",
                )
            ]
    return []
