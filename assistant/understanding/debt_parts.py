"""Debts named side by side in one goal ("my £4,200 card and my £1,500 overdraft") are parts of
one total: the plan clears their sum, never only the first of them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.quantities import Quantity

# what money is owed on, said near each part
_OWED_RE = re.compile(
    r"\b(?:cards?|visa|amex|mastercard|discover|overdrafts?|loans?|debts?|owe[sd]?|owing|borrowed|lent me|bills?|arrears|"
    r"balances?|mortgage|tab|financ(?:e|ing)|dues|buy now pay later|bnpl|klarna|afterpay|"
    r"catalogue|store account|hire purchase)\b"
)
# an amount paid or owed each month, a rate, or a limit is no part of what is owed
_NOT_PART_AFTER_RE = re.compile(
    r"^\s?(?:k\b\s?)?(?:a|per|/|each|every)\s?(?:month|mo|week|wk|year|yr)\b|^\s?(?:monthly|weekly)\b"
    r"|^\s?(?:limit|min(?:imum)?(?: payment)?|interest|fee)\b"
)
_NOT_PART_BEFORE_RE = re.compile(
    r"\b(?:pay(?:ing)?|put(?:ting)?|afford|limit of|minimum (?:payment )?(?:of|is)|earn|make|"
    r"salary(?: of| is)?|paid(?: off)?|cleared|out of|limit is|save|saving|invest|build|raise|keep)\s"
    r"(?:about |around |only |like |up |aside )?$"
)
# "$5,000 of my $12,000 loan": one part of the other, not two debts
_PART_OF_RE = re.compile(r"^\s?(?:k\b\s?)?(?:of|out of|from)\s(?:my|the|our|a|an)?\s?\S*\d")
_JOINED_RE = re.compile(r"\b(?:and|plus|as well as|also|both)\b|[+&,;]")


def debt_total(
    core: str, quantities: Sequence[Quantity], currency: str | None = None
) -> Quantity | None:
    """The sum of two or more debts the text names in one currency (see ``debt_parts``)."""
    parts = debt_parts(core, quantities, currency)
    if not parts:
        return None
    total = sum(q.value for q in parts)
    return Quantity(total, parts[0].unit, "money", (parts[0].span[0], parts[-1].span[1]))


def debt_parts(
    core: str, quantities: Sequence[Quantity], currency: str | None = None
) -> list[Quantity]:
    """Two or more debts the text names in one currency, joined one to the next ("and",
    "plus", a comma), one at least beside what it is owed on; empty for one debt.
    With ``currency`` (an answer to a debt goal) a bare amount is money in it ("card 3k")."""
    if currency:
        quantities = [
            Quantity(q.value, currency, "money", q.span)
            if q.kind == "amount" and not q.unit and q.value >= 50
            else q
            for q in quantities
        ]
    parts = [
        q
        for q in quantities
        if q.kind == "money"
        and not _NOT_PART_AFTER_RE.match(core[q.span[1] :])
        and not _NOT_PART_BEFORE_RE.search(core[: q.span[0]][-30:])
        and not _PART_OF_RE.match(core[q.span[1] :])
    ]
    if not any(_OWED_RE.search(_clause(core, q)) for q in parts):
        return []
    if len(parts) < 2 or len({q.unit for q in parts}) != 1 or len({q.value for q in parts}) < 2:
        return []
    for first, second in zip(parts, parts[1:], strict=False):
        between = re.sub(r"^\S+", "", core[first.span[0] : second.span[0]])  # past its number
        if not _JOINED_RE.search(between) or len(between) > 80:
            return []
    return parts


def _clause(core: str, q: Quantity) -> str:
    """The words around one amount up to the next comma, 'and' or full stop on each side."""
    before = re.split(r"[,;.+&]\s|\band\b|\bplus\b", core[max(0, q.span[0] - 40) : q.span[0]])[-1]
    after = re.split(r"[,;.+&]\s|\band\b|\bplus\b|\(", core[q.span[1] : q.span[1] + 40])[0]
    return f"{before} {after}"
