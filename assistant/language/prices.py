"""Money said as the price of one purchase ("KSh 900 each time", "£25 a go", "$14 per meal"):
what a habit costs each time, never a month's budget or a sum to reach."""

from __future__ import annotations

import re

from assistant.language.quantities import Quantity

# "KSh 900 each time", "£25 a go", "$14 per meal": the price of one purchase, never a month's cap
PER_ITEM_AFTER_RE = re.compile(
    r"^\s?(?:each(?!\s(?:month|week|day|year|fortnight|paycheck|payday|quarter|night|morning|"
    r"evening|weekend)\b)(?:\stime)?|every\stime|a\s(?:go|pop|time|piece|order|meal|visit|round|bottle|"
    r"pack|packet|box|ticket|session|class|trip|ride)|per\s(?:go|pop|time|piece|item|order|meal|visit|"
    r"round|bottle|pack|packet|box|ticket|session|class|trip|ride|delivery|takeaway|coffee|drink)|"
    r"apiece|an?\s(?:order|item|takeaway|delivery|coffee|drink))\b"
)


def price_of_one(core: str, q: Quantity) -> bool:
    """Whether money ``q`` is what one purchase costs ("like KSh 900 each time", "£25 a go"):
    a price that tells how much a habit costs, never the month's budget to plan toward."""
    return q.kind == "money" and bool(PER_ITEM_AFTER_RE.match(core[q.span[1] :]))


def price_words_end(core: str, q: Quantity) -> int:
    """Where the price's words end in ``core`` (after "each time", "a go")."""
    m = PER_ITEM_AFTER_RE.match(core[q.span[1] :])
    return q.span[1] + (m.end() if m else 0)
