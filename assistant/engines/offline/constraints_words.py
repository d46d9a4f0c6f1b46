"""The person's words in a plan's constraint moves: the slots a move's title is filled with.

``{own}`` (their words, quotable), ``{trigger}`` (the moment a habit fires on), ``{who}`` (whom
they wait on), ``{when}`` (the day they named), and a name kept as they wrote it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.engines.offline.obstacle_parts import said_rhythm
from assistant.language.phrase_shape import fits_a_slot
from assistant.language.slots import as_thing
from assistant.playbooks import Step

__all__ = ["cased", "fill_for", "fill_step", "fill_text", "own_words"]


def fill_for(words_of: str) -> dict[str, str]:
    """The slots for moves against ``words_of``, from the person's own words; ``often`` is how
    many times a week the obstacle comes round when they say ("after work": 5)."""
    words = own_words(words_of)
    often, each = said_rhythm(words_of)
    return {
        "own": words,
        "trigger": _trigger(words),
        "who": _who(words),
        "when": each or _when(words_of),
        "often": str(often),
    }


_DAY_RE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b")


def _when(words: str) -> str:
    """The day the person named for the moment ("beer with the guys on fridays" -> "next
    Friday"), else every time it comes round: an attack on 3 evenings misses a Friday habit."""
    said = words.lower()
    day = _DAY_RE.search(said)
    if day:
        return f"next {day.group(1).capitalize()}day"
    if re.search(r"\bweekends?\b", said):
        return "next weekend"
    return "each time next week"


_NOT_NAMES = re.compile(
    r"(?:my|the|a|an|i|your|his|her|their|our|husband|wife|partner|boss|manager|mum|mom|dad|"
    r"roommate|family|kids|work|money|time)$"
)


def cased(phrase: str, text: str) -> str:
    """A name in the object as the person wrote it ("marcus" -> "Marcus"): cues read the
    lower-cased words."""
    names = {
        w.lower(): w
        for w in re.findall(r"\b[A-Z][a-z]+\b", text)
        if not _NOT_NAMES.match(w.lower())
    }
    return re.sub(r"\b[a-z]+\b", lambda m: names.get(m.group(0), m.group(0)), phrase)


def own_words(text: str) -> str:
    """The constraint as a short quotable phrase: lower-case start, at most 60 characters."""
    s = text[:1].lower() + text[1:] if not text[:2].isupper() else text
    s = re.sub(r"^i\b", "I", s)
    if len(s) > 60:  # cut at a clause, never mid-phrase ("... 3 kids under")
        head = re.split(r",|;|\s(?:and|but|so|because)\s", s[:60])[0].strip()
        s = head if len(head) >= 15 else s[:60].rsplit(" ", 1)[0]
    return s.replace("{", "(").replace("}", ")")


_TRIGGER_RE = re.compile(r"\b(?:with|after|when|during|whenever|at)\s(?:my\s|the\s|a\s)?(.+)$")


def _trigger(words: str) -> str:
    """The moment a habit fires on: 'smoking with coffee in the morning' -> 'coffee in ...';
    a long or unreadable one is 'the moment it starts' (a whole sentence pasted into a title
    reads as broken English)."""
    m = _TRIGGER_RE.search(words)
    found = m.group(1).strip() if m else ""
    if not found or len(found.split()) > 5 or not fits_a_slot(as_thing(found)):
        return "the moment it starts"
    return f"the moment with {found}" if m and m.group(0).startswith("with") else found


_WHO_RE = re.compile(
    r"\b(supervisor|advisor|adviser|manager|boss|editor|client|reviewer|professor|tutor|landlord|"
    r"partner|agent|mentor|coach|team lead|lead|landlord|contractor|insurer|lawyer|bank)\b"
)


def _who(words: str) -> str:
    m = _WHO_RE.search(words.lower())
    return f"the {m.group(1)}" if m else "the person you wait on"


def fill_text(template: str, fill: dict[str, str]) -> str:
    out = template
    for key, value in fill.items():
        out = out.replace("{" + key + "}", value)
    return out


def fill_step(step: Step, fill: dict[str, str]) -> Step:
    """A constraint step with the person's words in; braces escaped for the plan's formatting."""

    def esc(text: str) -> str:
        filled = text.replace("{", "{{").replace("}", "}}")
        for key, value in fill.items():
            filled = filled.replace("{{" + key + "}}", value.replace("{", "{{").replace("}", "}}"))
        return filled

    filled = replace(step, title=esc(step.title), done_when=esc(step.done_when))
    often = int(fill.get("often") or 0)
    if "{when}" in step.title and often and step.times:  # met each time it comes round
        return replace(filled, times=often, minutes=min(step.minutes, _AT_THE_MOMENT))
    return filled


_AT_THE_MOMENT = 5  # a swap made at the moment the habit comes round costs minutes, not a session
