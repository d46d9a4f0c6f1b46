"""Does the plan speak the person's country? A British move template for someone in Ohio."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.country import country_of, country_table, foreign_term
from assistant.models import Finding, Plan

# words only one side of the Atlantic plans with; a coach reads them as a pasted template
_BRITISH = re.compile(
    r"\b(?:solicitors?|removals?\s(?:firms?|company|van)|removal firms?|estate agents?|"
    r"council tax|postcodes?|meter readings?|conveyanc\w+|letting agents?|HMRC|NHS|ISA)\b"
)
_AMERICAN = re.compile(
    r"\b(?:401\s?\(?k\)?|IRA|Roth|zip codes?|realtors?|DMV|Social Security|W-2|HSA|FAFSA|"
    r"your state'?s|permit (?:test|age|practice)|driver'?s (?:handbook|license|ed))\b"
)
_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming "
    "Chicago Denver Boston Seattle Houston Dallas Atlanta Phoenix Philadelphia Portland"
)
_NATIONS = "England Scotland Wales London Manchester Birmingham Leeds Glasgow Edinburgh Bristol"
# how the person writes: their currency, units, accounts or places
_SAYS_AMERICAN = re.compile(
    r"\$|\b(?:dollars?|bucks|apartment|401\s?\(?k\)?|IRA|miles?|lbs?|pounds of|gallons?|"
    r"zip code|realtor|New York|New Jersey|North Carolina|South Carolina|"
    + _STATES.replace(" ", "|")
    + r")\b",
    re.IGNORECASE,
)
_SAYS_BRITISH = re.compile(
    r"£|\b(?:quid|flat|council|solicitor|estate agent|stone|kilos?|km|NHS|GP|mum|colour|UK|ISAs?|"
    r"HMRC|" + _NATIONS.replace(" ", "|") + r")\b",
    re.IGNORECASE,
)


def _texts(plan: Plan):
    yield "goal.statement", plan.goal.statement
    for mi, m in enumerate(plan.milestones):
        yield f"milestones[{mi}].title", m.title
        for ti, t in enumerate(m.tasks):
            yield f"milestones[{mi}].tasks[{ti}]", f"{t.title}. {t.done_when}"


def other_country(plan: Plan) -> list[Finding]:
    """text.other_country: the plan plans with another country's institutions and words
    ('removal firm', 'solicitor') than the person writes in ('$', 'apartment', 'miles')."""
    if plan.request is None:
        return []
    said = " ".join([plan.request.goal_text, *plan.request.answers.values()])
    american = bool(_SAYS_AMERICAN.search(said))
    british = bool(_SAYS_BRITISH.search(said))
    if american == british:  # no sign of the country, or signs of both
        return _other_currency(plan, said) or _their_country(plan, said)
    foreign = _BRITISH if american else _AMERICAN
    money = _other_currency(plan, said) or _their_country(plan, said)
    if money:
        return money
    for path, text in _texts(plan):
        if (m := foreign.search(text)) and not foreign.search(said):
            side = "British" if american else "American"
            return [
                finding(
                    "text.other_country",
                    path,
                    f"'{text.split('. ')[0]}' plans with the {side} '{m.group(0)}', but the "
                    f"person writes from {'the US' if american else 'the UK'}.",
                    "Use the person's own country's steps and words, or ask where they are.",
                )
            ]
    return []


def _their_country(plan: Plan, said: str) -> list[Finding]:
    """A US-only institution for someone read abroad (W-2s in Calgary, a 401(k) in Pune), or
    another country's account or office than theirs ('ISA' for someone in Ohio)."""
    key = country_of(said)
    for path, text in _texts(plan):
        if word := foreign_term(text, said, key):
            where = country_table().get(key)
            return [
                finding(
                    "text.other_country",
                    path,
                    f"'{text.split('. ')[0]}' names '{word}', but the person writes from "
                    f"{where.name if where else 'a country not said'}.",
                    "Use the person's own country's institutions and words, or neutral ones.",
                )
            ]
    return []


_CURRENCY = re.compile(r"[$£€]")
_CODES = {"$": "USD", "£": "GBP", "€": "EUR"}


def _other_currency(plan: Plan, said: str) -> list[Finding]:
    """A plan in dollars for someone who counts in pounds or euros (or the other way)."""
    theirs = set(_CURRENCY.findall(said))
    if len(theirs) != 1:
        return []  # none said, or several: nothing to hold the plan to
    code = _CODES[next(iter(theirs))]
    metrics = [("goal.metric", plan.goal.metric)]
    metrics += [(f"leading_indicators[{i}]", m) for i, m in enumerate(plan.leading_indicators)]
    metrics += [(f"milestones[{i}].metric", m.metric) for i, m in enumerate(plan.milestones)]
    for path, metric in metrics:
        if metric.unit in _CODES.values() and metric.unit != code:
            return [
                finding(
                    "text.other_country",
                    path,
                    f"'{metric.name}' counts in {metric.unit}, but the person counts in {code}.",
                    "Use the person's own currency everywhere in the plan.",
                )
            ]
    for path, text in _texts(plan):
        other = set(_CURRENCY.findall(text)) - theirs
        if other:
            return [
                finding(
                    "text.other_country",
                    path,
                    f"'{text.split('. ')[0]}' counts in {other.pop()}, but the person counts "
                    f"in {theirs.pop()}.",
                    "Use the person's own currency everywhere in the plan.",
                )
            ]
    return []
