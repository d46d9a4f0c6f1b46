"""Where a plan WITH answers plans past what the answers say about money and bookings (round 16
coaches): a milestone for a booking already made, listed debts not paid highest rate first, a
transfer of a sum the person never said, a bare amount for a money goal read as time.

Used by ``evals.answers_contradicted``; written from the coaches' complaints, not the planner."""

from __future__ import annotations

import re

from assistant.language import normalize
from assistant.models import Plan
from assistant.playbooks import MONEY_UNITS

_BOOKED_RE = re.compile(
    r"(?<!not )(?<!n't )\b(?:booked|registered|scheduled)\b|\b(?:retaking|resitting) (?:in|on)\b"
)
_BOOKING_MILESTONE_RE = re.compile(
    r"\b(?:exam date booked|test booked|eligibility confirmed|application approved|date booked)\b"
)
# "Card B $3,900 @19%", "visa 2,400 at 21%"
_DEBT_RE = re.compile(
    r"([a-z][a-z ]{1,25}?)\s?:?\s[$£€]?(\d[\d,]*)\s?k?\s?(?:@|at|\()\s?(\d{1,2}(?:\.\d+)?)\s?%"
)
_TRANSFER_RE = re.compile(r"\b(?:transfer|payment|standing order) of [$£€]?(\d[\d,]*)")
_MONEY_RE = re.compile(r"[$£€]?(\d[\d,]*)(k)?")
_BARE_RE = re.compile(r"^(?:[a-z',]+\s){0,3}[$£€]?(\d{2,}[\d,]*)\s?\??$")


def _amounts(text: str) -> set[float]:
    return {
        float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
        for m in _MONEY_RE.finditer(text)
        if m.group(1).replace(",", "")
    }


def money_ignored(goal: str, said: dict[str, str], b: Plan) -> list[str]:
    """The round-16 kinds: what is booked planned as a milestone, debts out of rate order, a
    transfer of an amount not said, a bare amount read as time (``said``: normalized answers)."""
    out: list[str] = []
    everything = " . ".join([normalize(goal), *said.values()])
    if _BOOKED_RE.search(everything):
        out += [
            f"milestone for what is booked: {m.title[:60]!r}"
            for m in b.milestones
            if _BOOKING_MILESTONE_RE.search(normalize(m.title))
        ]
    debts = [(m.group(1).strip(), float(m.group(3))) for m in _DEBT_RE.finditer(everything)]
    if len(debts) >= 2 and b.metadata.field == "debt":
        top = max(debts, key=lambda d: d[1])[0].split()[-2:]
        plan_text = normalize(" ".join(t.title for t in b.tasks()))
        if " ".join(top) not in plan_text:
            out.append(f"debts not in rate order: {' '.join(top)!r} (highest rate) named nowhere")
    capacity = said.get("capacity", "")
    bare = _BARE_RE.match(capacity.strip())
    money_goal = b.goal.metric.unit in MONEY_UNITS
    bare_money = bool(bare and money_goal and float(bare.group(1).replace(",", "")) >= 50)
    theirs = _amounts(capacity)
    if theirs and (
        bare_money or re.search(r"[$£€₹]|\d\s?(?:dollars|pounds|euros|bucks)\b", capacity)
    ):
        for t in b.tasks():
            m = _TRANSFER_RE.search(normalize(t.title))
            if m and float(m.group(1).replace(",", "")) not in theirs:
                out.append(f"transfer not their amount: {t.title[:60]!r}")
    if bare_money:
        out += [
            f"money read as time: {a.text[:60]!r}"
            for a in b.assumptions
            if "how much time" in a.text
        ]
    return out
