"""Placeholders filled with the thing the person named (``data/named_slots.toml``).

The templates say "the office you need to reach", "the scary part", "the part you avoid" when
they do not know the person's own thing. When the goal or an answer names it ("I'm scared to
call the collection agency", "I never speak in meetings", "I avoid looking at my bank app"),
the plan says it in their words; when nothing is named, the template's words stay. A slot that
presumes several ("the lender with the highest rate") is filled only when the person has one.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from assistant.engines.offline.plan_texts import rewrite_texts
from assistant.language.slots import doing, for_group, one_count

if TYPE_CHECKING:
    from assistant.models import Plan

Source = Literal["constraint", "baseline", "goal", "answers"]


class Slot(BaseModel):
    """One placeholder: its words, what fills it, and how to read the filler."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    placeholder: str
    fills: str
    read_from: tuple[Source, ...]
    reads: tuple[tuple[str, str], ...]
    many: str = ""
    needs_one: bool = False
    then: tuple[str, str] | None = None
    unnamed: tuple[tuple[str, str], ...] = ()  # rewrites that drop the clause when none is named

    @model_validator(mode="after")
    def _one_needs_many(self) -> Slot:
        if self.needs_one and not self.many:
            raise ValueError(f"{self.placeholder!r}: needs_one without the words that say many")
        return self

    @field_validator("reads", "unnamed")
    @classmethod
    def _compiles(cls, reads: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for words, _ in reads:
            re.compile(words)
        return reads

    def filler(self, said: dict[str, str]) -> str:
        """The person's own thing for this slot, said back to them, or "" (none named)."""
        everything = " . ".join(said.values())
        if self.many and re.search(self.many, everything, re.I):
            return ""  # several named: the template's choice among them stays
        for place in self.read_from:
            text = said.get(place, "")
            for words, say in self.reads:
                m = re.search(words, text, re.I)
                thing = _said_back(say, m) if m else ""
                if thing and not _VAGUE_END.search(thing):
                    return thing
        return ""


@functools.cache
def slots() -> tuple[Slot, ...]:
    """The shipped slots, in file order."""
    source = resources.files("assistant") / "data" / "named_slots.toml"
    rows = tomllib.loads(source.read_text(encoding="utf-8")).get("slots", [])
    return tuple(Slot.model_validate(row) for row in rows)


# One person named where the template said "the people ...": the possessive after it agrees.
_POSSESSIVE = {
    **dict.fromkeys(("husband", "boyfriend", "dad", "brother", "son", "grandad", "uncle"), "his"),
    **dict.fromkeys(("wife", "girlfriend", "mum", "mom", "sister", "daughter", "gran"), "her"),
    **dict.fromkeys(("nan", "aunt", "auntie", "grandma"), "her"),
}

# A phrase that ends on a pronoun or a vague word names nothing ("looking at it", "all the
# stuff"); a vague word someone owns names their things ("the kids' things").
_VAGUE_END = re.compile(
    r"(?:^|\b(?:the|a|my|your|our|all|of|at|with|about|to|for|on|in|through)\s+)"
    r"(?:it|them|this|that|those|these|stuff|things?|everything|anything)$|"
    r"\b(?:it|them|this|that|those|these|everything|anything)$",
    re.I,
)

# The end of a clause inside a captured phrase: what follows is another thought.
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?()]|\s-\s|\b(?:and|but|so|because|cos|cause|since|when|then|which|"
    r"lol|tbh|honestly|anymore|any more|at all|every time|tho|though|now)\b).*$",
    re.I,
)
_YOURS = (
    (r"\bmy\b", "your"),
    (r"\bmine\b", "yours"),
    (r"\bmyself\b", "yourself"),
    (r"\bour\b", "your"),
    (r"\bi'?m\b", "you're"),
    (r"\bi\b(?![-\d])", "you"),  # never the I-95
    (r"\bme\b", "you"),
)


def _said_back(say: str, m: re.Match[str]) -> str:
    """The read's phrase with the matched words put in, each cut at its clause's end and
    said to the person ("my bank app" -> "your bank app"); "{1:ing}" says a verb phrase as
    its doing ("edit" -> "editing")."""
    out = say
    for i, group in enumerate((m.group(0), *m.groups())):
        words = _CLAUSE_END.sub("", (group or "").strip())
        for mine, yours in _YOURS:
            words = re.sub(mine, yours, words, flags=re.I)
        out = out.replace(f"{{{i}}}", words.strip())
        if words.strip():
            out = out.replace(f"{{{i}:ing}}", doing(words))
    return " ".join(out.split())


def _said(text: str, answers: dict[str, str]) -> dict[str, str]:
    """The person's words by place, as they wrote them."""
    others = " . ".join(
        str(v) for k, v in answers.items() if k not in ("constraint", "baseline") and v
    )
    return {
        "constraint": str(answers.get("constraint") or ""),
        "baseline": str(answers.get("baseline") or ""),
        "goal": text,
        "answers": others,
    }


def fill_named(text: str, said: dict[str, str]) -> str:
    """``text`` with every placeholder the person named filled in their words."""
    low = text.lower()
    for slot in slots():
        at = low.find(slot.placeholder.lower())
        if at < 0:
            continue
        thing = slot.filler(said)
        if not thing:
            text = _unnamed(text, slot)
            low = text.lower()
            continue
        if at == 0:
            thing = thing[:1].upper() + thing[1:]
        end = at + len(slot.placeholder)
        rest = text[end:]
        if slot.then:
            rest = re.sub(slot.then[0], slot.then[1], rest, count=1, flags=re.I)
        his_or_her = _POSSESSIVE.get(thing.rsplit(" ", 1)[-1].lower())
        if his_or_her:  # "ask your husband to keep his drinks", not "their drinks"
            rest = re.sub(r"\btheir\b", his_or_her, rest, count=1)
        text = text[:at] + thing + rest
        low = text.lower()
    return text


def _unnamed(text: str, slot: Slot) -> str:
    """``text`` with the clause that holds the slot's stand-in dropped or said without it
    (the slot's ``unnamed`` rewrites, first that applies); unchanged when none applies."""
    for words, say in slot.unnamed:
        out = re.sub(words, say, text, count=1, flags=re.I)
        if out != text:
            return out[:1].upper() + out[1:]
    return text


def named_slots(plan: Plan, text: str, answers: dict[str, str]) -> Plan:
    """Every text of the plan with the placeholders the person named said in their words, and
    a count of one with its noun in the singular ('1 application logged': a sized count), and
    'you both' said for a group they named ('with your family: meals that suit you all')."""
    said = _said(text, answers)
    return rewrite_texts(plan, lambda t: for_group(one_count(fill_named(t, said))))


def kept_placeholders(texts: list[str], text: str, answers: dict[str, str]) -> list[str]:
    """Each placeholder left in ``texts`` although the person named the thing, with what they
    named (for the audit)."""
    said = _said(text, answers)
    return [
        f"{slot.placeholder!r} -> {slot.filler(said)!r}"
        for slot in slots()
        if any(slot.placeholder.lower() in t.lower() for t in texts) and slot.filler(said)
    ]
