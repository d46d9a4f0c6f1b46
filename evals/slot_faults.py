"""The faults of slots filled with the person's words, counted in one plan (round 16 verdicts).

Each class is one way a coach saw the person's words mangled: "the the kitchen cabinets", "mostly
eat home food but lots of rice and mostly eat home food but lots of sweets", "Practise the
replacement for I'm stressed", "Declutter the whole house room by 31 May", "Call them" for
mum, "600 checks a month goes to this goal", "from the credit bureaus from each credit bureau".
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.language.text import STOPWORDS, stem

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")
_QUOTED_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")
_DOUBLED_RE = re.compile(r"\b(?!(?:that|had|is)\b)([A-Za-z]+) \1\b", re.I)
# "My Service Canada Account" is a name: the lower-case words and "I" are the person speaking
_FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|i'm|im)(?![\w'])|\b(?:my|me|myself|mine)\b"
)
_DANGLING_RE = re.compile(
    r"\b(?:a|an|the|and|or|but|your|my)\s*[.,;:]?\s*$",
    re.I,
)
_IDIOM_RE = re.compile(r"\b([a-z]+) by \1\b", re.I)
_ONE_PERSON_RE = re.compile(
    r"\b(?:mum|mom|mother|mam|mommy|dad|father|daddy|grandma|granny|nan|nana|grandad|grandpa|"
    r"grandfather|grandmother|wife|husband|sister|brother|son|daughter|aunt|uncle|"
    r"boyfriend|girlfriend)\b",
    re.I,
)
_MANY_PEOPLE_RE = re.compile(
    r"\b(?:parents|kids|children|family|friends|siblings|grandparents|folks|relatives|"
    r"grandkids|sons|daughters|sisters|brothers|they|them|people|team|colleagues|"
    r"in-laws|friend|partner|cousins|neighbours|neighbors|classmates|guests|clients|"
    r"customers)\b",
    re.I,
)
# "their" is often a thing's ("cravings with their triggers"): only the pronouns for people
_THEM_RE = re.compile(r"\b(?:them|they|theirs|themselves)\b", re.I)
_MONEY_WORDS = (
    "dollars|pounds|euros|rupees|naira|yen|pesos|francs|rand|shillings|dirhams|riyals|won|"
    "yuan|kronor|krona|kroner|zloty|ringgit|baht|lakh|lakhs|crore|grand|bucks|quid|k"
)
_AMOUNT_SLOT_RE = re.compile(
    rf"(?<![$£€₹₦¥\w])\d[\d,.]* (?!(?:{_MONEY_WORDS})\b)([a-z]+) a (?:month|week|year) "
    r"(?:goes to|gets there|for this goal|saved|put by|set aside)",
    re.I,
)
_PREPOSITIONS = ("from", "to", "for", "with", "of", "in", "on", "at", "about", "into")
_PHRASE_RE = re.compile(rf"\b({'|'.join(_PREPOSITIONS)}) ((?:[A-Za-z'-]+ ?){{1,3}})", re.I)
_ENDS_PHRASE = "|".join((*_PREPOSITIONS, "without", "by", "and", "or", "but", "so", "than"))
_GLUE = STOPWORDS | {"each", "every", "your", "you", "this", "that", "these", "those", "one"}

FAULTS = (
    "doubled word",
    "phrase said twice",
    "first person in a title",
    "title cut off",
    "them for one person",
    "count noun as an amount",
    "prepositional phrase repeated",
)


def _content(words: list[str]) -> list[str]:
    return [w.lower() for w in words if w.lower() not in _GLUE and len(w) > 2]


def _phrase_twice(text: str) -> int:
    """1 when a run of 4 words with a meaningful one comes twice in the text."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 3):
        gram = tuple(words[i : i + 4])
        if not _content(list(gram)):
            continue
        if gram in seen and i - seen[gram] >= 4:
            return 1
        seen.setdefault(gram, i)
    return 0


def _prep_repeated(text: str) -> int:
    """1 when one preposition heads two phrases about the same thing ("from the credit bureaus
    from each credit bureau")."""
    heads: dict[str, set[str]] = {}
    for m in _PHRASE_RE.finditer(text):
        head = re.split(rf"\b(?:{_ENDS_PHRASE})\b", m.group(2), maxsplit=1)[0]
        stems = {stem(w) for w in _content(head.split())}
        prep = m.group(1).lower()
        if stems & heads.get(prep, set()):
            return 1
        heads.setdefault(prep, set()).update(stems)
    return 0


def _cut_idioms(goal: str) -> list[re.Pattern[str]]:
    """'room by room' in the goal: a text with 'room by' and no second 'room' cut it."""
    return [
        re.compile(rf"(?<!{re.escape(w)} by )\b{re.escape(w)} by (?!{re.escape(w)}\b)", re.I)
        for w in {m.group(1).lower() for m in _IDIOM_RE.finditer(goal)}
    ]


def slot_faults(plan, goal: str) -> Counter[str]:
    """How often each slot fault occurs in one plan made from ``goal``."""
    found: Counter[str] = Counter()
    titles = [m.title for m in plan.milestones] + [
        t.title for m in plan.milestones for t in m.tasks
    ]
    one_person = bool(_ONE_PERSON_RE.search(goal)) and not _MANY_PEOPLE_RE.search(goal)
    cut = _cut_idioms(goal)
    for text in [plan.goal.statement, *titles]:
        found["doubled word"] += len(_DOUBLED_RE.findall(text))
        found["phrase said twice"] += _phrase_twice(text)
        found["prepositional phrase repeated"] += _prep_repeated(text)
        found["title cut off"] += bool(_DANGLING_RE.search(text)) + sum(
            bool(p.search(text)) for p in cut
        )
        found["them for one person"] += one_person and bool(_THEM_RE.search(text))
    for text in titles:
        found["first person in a title"] += bool(_FIRST_PERSON_RE.search(_QUOTED_RE.sub("", text)))
    for said in [a.text for a in plan.assumptions] + [plan.goal.statement, *titles]:
        found["count noun as an amount"] += len(_AMOUNT_SLOT_RE.findall(said))
    return +found


def hits(plan, goal: str, fault: str) -> list[str]:
    """The texts of one plan that show ``fault``, for reading the count."""
    out = []
    texts = [plan.goal.statement] + [m.title for m in plan.milestones]
    texts += [t.title for m in plan.milestones for t in m.tasks] + [
        a.text for a in plan.assumptions
    ]
    for text in dict.fromkeys(texts):
        probe = plan.model_copy(deep=True)
        probe.goal.statement = text
        probe.milestones = []
        probe.assumptions = []
        if slot_faults(probe, goal)[fault] or (
            fault == "first person in a title"
            and _FIRST_PERSON_RE.search(_QUOTED_RE.sub("", text))
            and text != plan.goal.statement
        ):
            out.append(text)
    return out
