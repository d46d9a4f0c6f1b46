"""What a coach calls a mangled title or Why line, found and (where rules can) mended.

"Land a first role in HR or by 3 September 2027" ends a phrase on "or"; "Earn R5,000 a month
... and make an extra r5,000 a month" says its amount twice; "Repaint 2 rooms myself, ... the
hall yourself" mixes the person's voice with the plan's; "Why: so i can't just quit" is an
obstacle, not a reason, with a lower-case "i". ``title_faults`` names each such fault of one
text; ``mended`` fixes those a rule can fix without guessing words.
"""

from __future__ import annotations

import re

from assistant.language.slots import as_thing

__all__ = ["title_faults", "why_faults", "mended", "RUN_ON_WORDS"]

RUN_ON_WORDS = 28  # a goal statement longer than this reads as a pasted paragraph

_DATE = r"\sby\s\d{1,2}\s[A-Z][a-z]+\s\d{4}"
# a word a phrase cannot stop on, where the title stops or its next part begins
_OPEN_END_RE = re.compile(
    rf"\s(?:and|or|the|a|an|your|my|our|their)(?=(?:{_DATE})?(?::|;|\.|$)|{_DATE})"
)
_LOWER_SELF_RE = re.compile(r"(?:^|(?<=[\s(\"']))(?:i|i'm|i've|i'd|i'll|im|ive)(?=[\s,;:!?)]|$)")
_SELF = {
    "i": "I",
    "i'm": "I'm",
    "i've": "I've",
    "i'd": "I'd",
    "i'll": "I'll",
    "im": "I'm",
    "ive": "I've",
}
_FIRST_RE = re.compile(r"\b(?:my|me|myself|mine)\b", re.I)
_SECOND_RE = re.compile(r"\b(?:your|yourself|yours)\b", re.I)
# an amount that names one quantity: money, or a number of three figures or more
_AMOUNT_RE = re.compile(
    r"(?:[$£€₹¥]|\b(?:r|rs\.?|inr|usd|eur|gbp|zar|aud|cad|nzd)\s?)\d[\d,.]*\s?k?\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b",
    re.I,
)
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# a Why that is what stands in the way, or runs on into a second clause about the person
_NOT_A_REASON_RE = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|never|killed|hate|always end up|too (?:busy|tired))\b|"
    r",\s(?:i|i'm|i've|im|ive|it|it's|they|the \w+ (?:is|are|was))\b",
    re.I,
)


def plain_amount(amount: str) -> str:
    """'R5,000', 'r 5000' and '$5000' alike: the figure, without its sign or separators."""
    figure = re.sub(r"[^\dk.]", "", amount.lower()).rstrip(".")
    if figure.endswith("k") and figure[:-1]:
        figure = f"{float(figure[:-1]) * 1000:g}"
    return figure


def amounts(text: str) -> list[str]:
    """The amounts a text names, each as its plain figure (years are no amount)."""
    found = [plain_amount(a) for a in _AMOUNT_RE.findall(_strip_date(text))]
    return [a for a in found if a and not _YEAR_RE.match(a)]


def _strip_date(text: str) -> str:
    return re.sub(_DATE, " ", text)


def title_faults(text: str, statement: bool = False) -> list[str]:
    """The faults of one title ([] when it reads whole): an open end ("HR or by ..."), a
    lower-case "i", an amount said twice, two voices, and (a statement) a run-on."""
    out = []
    if _OPEN_END_RE.search(text):
        out.append("open end")
    if _LOWER_SELF_RE.search(text):
        out.append("lower-case i")
    said = amounts(text)
    if len(said) != len(set(said)):
        out.append("amount twice")
    if _FIRST_RE.search(text) and _SECOND_RE.search(text):
        out.append("two voices")
    if statement and len(_strip_date(text).split()) > RUN_ON_WORDS:
        out.append("run-on")
    return out


def why_faults(why: str | None) -> list[str]:
    """The faults of a Why line: no reason but an obstacle or a second clause, a lower-case
    start or "i"."""
    if not why:
        return []
    out = []
    if _NOT_A_REASON_RE.search(why):
        out.append("why not a reason")
    if why[:1].islower() or _LOWER_SELF_RE.search(why):
        out.append("why lower-case")
    return out


def mended(text: str, statement: bool = False) -> str:
    """``text`` with the faults a rule can fix fixed: "i" capitalised, a word left open before
    the date or the colon dropped ("HR or by ..." -> "HR by ..."), and (a statement) the
    person's "my" said in the plan's voice when the plan's "your" is there too."""
    out = _LOWER_SELF_RE.sub(lambda m: _SELF.get(m.group(0).lower(), m.group(0)), text)
    for _ in range(3):  # "the hall and the by": both words
        cut = _OPEN_END_RE.sub("", out)
        if cut == out:
            break
        out = cut
    if statement and _FIRST_RE.search(out) and _SECOND_RE.search(out):
        out = _FIRST_RE.sub(lambda m: _voiced(m.group(0)), out)
    return out


def _voiced(word: str) -> str:
    said = as_thing(word.lower())
    return said[:1].upper() + said[1:] if word[:1].isupper() else said
