"""The person's words fitted into a title's slot whole: a clause as a thing, a person's pronoun.

"Practise the replacement for I'm stressed" pasted a first-person clause into a noun's slot;
"Call them at the set time" named mum as "them". Each function keeps all of the person's words
and changes only the grammar around them.
"""

from __future__ import annotations

import re

__all__ = [
    "agree_after_slot",
    "as_thing",
    "doing",
    "for_one_person",
    "one_article",
    "one_count",
    "pronoun_of",
    "with_article",
]

# "I'm stressed" -> "being stressed": a clause about the person said as the state it names
_DOING = (
    (re.compile(r"^(?:i'?m|im|i am)\s+", re.I), "being "),
    (re.compile(r"^i\s+feel\s+", re.I), "feeling "),
    (re.compile(r"^i\s+get\s+", re.I), "getting "),
    (re.compile(r"^i\s+have\s+", re.I), "having "),
    (re.compile(r"^i'?ve\s+got\s+", re.I), "having "),
    (re.compile(r"^i\s+can'?t\s+", re.I), "not being able to "),
)
_MINE = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you"}
_MINE_RE = re.compile(r"\b(?:my|me|myself|mine|i)\b(?!')", re.I)


def as_thing(words: str) -> str:
    """The person's words as what a title's noun slot can carry: 'I'm stressed' -> 'being
    stressed', 'I get bored' -> 'getting bored', 'my boss' -> 'your boss'."""
    out = words.strip()
    for pattern, repl in _DOING:
        if pattern.match(out):
            out = pattern.sub(repl, out, count=1)
            break
    return _MINE_RE.sub(lambda m: _MINE[m.group(0).lower()], out)


_SHE = (
    "mum|mom|mother|mam|mummy|mommy|ma|maa|amma|ammi|mama|mamá|mutti|grandma|granny|gran|nan|"
    "nana|nani|dadi|oma|lola|grandmother|wife|sister|aunt|auntie|daughter|girlfriend|niece"
)
_HE = (
    "dad|father|daddy|pa|appa|abbu|abba|achan|papa|papá|grandpa|grandad|granddad|opa|lolo|"
    "grandfather|husband|brother|uncle|son|boyfriend|nephew"
)
_SHE_RE = re.compile(rf"^(?:my |your |our )?(?:{_SHE})$", re.I)
_HE_RE = re.compile(rf"^(?:my |your |our )?(?:{_HE})$", re.I)


def pronoun_of(person: str) -> str:
    """'her' for 'your mum', 'him' for 'my dad', 'them' for anyone else (parents, a friend)."""
    said = person.strip().lower()
    if _SHE_RE.match(said):
        return "her"
    if _HE_RE.match(said):
        return "him"
    return "them"


_THEIR = {
    "her": {"them": "her", "their": "her", "theirs": "hers", "themselves": "herself"},
    "him": {"them": "him", "their": "his", "theirs": "his", "themselves": "himself"},
}
_THEM_RE = re.compile(r"\b(?:them|their|theirs|themselves)\b")
# "they" with its verb for one person: "they said" stays, "they live" is "she lives"
_THEY_RE = re.compile(r"\bthey(?:'re| ([a-z]+))?\b")
_SAME_VERB = frozenset(
    "said would will can could might should did had must may shall".split()  # noqa: SIM905
)
_NO_VERB = frozenset(
    ["also", "still", "never", "always", "often", "just", "all", "both", "only", "even", "again"]
)
_ONE_VERB = {
    "are": "is",
    "have": "has",
    "do": "does",
    "don't": "doesn't",
    "were": "was",
    "go": "goes",
}


def _verb_for_one(verb: str) -> str:
    """'live' -> 'lives', 'try' -> 'tries', 'wish' -> 'wishes'; a past or modal stays."""
    if verb in _SAME_VERB or verb.endswith("ed"):
        return verb
    if verb in _ONE_VERB:
        return _ONE_VERB[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def for_one_person(title: str, person: str) -> str:
    """A template's 'them' for the one person the goal names: 'Call them at the set time' ->
    'Call her at the set time' for 'your mum'; unchanged for parents or a friend."""
    pronoun = pronoun_of(person)
    if pronoun == "them":
        return title
    words = _THEIR[pronoun]
    out = _THEM_RE.sub(lambda m: words[m.group(0)], title)
    she = "she" if pronoun == "her" else "he"

    def one(m: re.Match[str]) -> str:
        if m.group(0) == "they're":
            return f"{she}'s"
        if m.group(1) and (m.group(1).endswith("ly") or m.group(1) in _NO_VERB):
            return m.group(0)  # "they really like": no verb to agree with, left as said
        return f"{she} {_verb_for_one(m.group(1))}" if m.group(1) else she

    return _THEY_RE.sub(one, out)


_DETERMINER_RE = re.compile(
    r"^(?:the|a|an|your|my|our|his|her|their|this|that|these|those|each|every|some|any|no|"
    r"\d[\d,.]*)\b",
    re.I,
)


def with_article(noun: str) -> str:
    """A bare singular noun phrase as a title names it: 'exchange rate' -> 'the exchange rate';
    'slugs', 'your knee' and 'Marcus' stay as they are."""
    said = noun.strip()
    if not said or _DETERMINER_RE.match(said) or said[:1].isupper():
        return said
    last = said.split()[-1].lower()
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return said
    return f"the {said}"


# a template's article met by the slot's own ("of the {subject}" with "the kitchen cabinets")
_TWO_DETERMINERS_RE = re.compile(
    r"\b(?:the|a|an) (?=(?:the|a|an|your|my|our|his|her|their|this|these|those|each|every)\b)"
)


def one_article(text: str) -> str:
    """A filled title with the template's article dropped before the slot's own: 'photos of
    the the kitchen cabinets' -> 'photos of the kitchen cabinets'."""
    return _TWO_DETERMINERS_RE.sub("", text)


# a count of one before a plural noun ("1 applications logged", "1 weeks in a row"); a decimal,
# a time, a fraction or a range ("1.5 hours", "1-2 weeks") is no count of one
_ONE_PLURAL_RE = re.compile(r"(?<![\d.,:/-])\b1 ([a-z]+s)\b(?![-/]\d)(?! ?(?:-|to|or) ?\d)")


_SAME_IN_BOTH = frozenset(("news", "series", "species", "means", "headquarters", "thanks", "odds"))


# its verb agrees too: "1 hour a week is free", never "1 hour a week are free"
_ONE_ARE_RE = re.compile(
    r"(?<![\d.,:/-])\b(1 [a-z]+(?<!s)(?: (?:a|per|each) (?:day|week|month|year))?) (are|were)\b"
)


def _singular(word: str) -> str:
    """The singular of a plural noun, the candidate English uses most ('pitches' -> 'pitch',
    'activities' -> 'activity', 'weeks' -> 'week'); the word itself when none is a word."""
    from wordfreq import zipf_frequency

    if word.endswith(("ss", "us", "is")) or word in _SAME_IN_BOTH:
        return word
    candidates = [word[:-1]]
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    best = max(candidates, key=lambda w: zipf_frequency(w, "en"))
    return best if zipf_frequency(best, "en") >= 2.5 else word


def one_count(text: str) -> str:
    """A count of one said with its noun in the singular: '1 applications logged' -> '1
    application logged', '1 weeks in a row' -> '1 week in a row', '1 hours a week are free'
    -> '1 hour a week is free'; 'less' or 'news' stay."""
    text = _ONE_PLURAL_RE.sub(lambda m: f"1 {_singular(m.group(1))}", text)
    return _ONE_ARE_RE.sub(lambda m: f"{m.group(1)} {'is' if m.group(2) == 'are' else 'was'}", text)


def doing(phrase: str) -> str:
    """A verb phrase as the doing a noun slot can carry: 'edit' -> 'editing', 'price your work'
    -> 'pricing your work', 'plan meals' -> 'planning meals' (the spelling English uses most)."""
    from wordfreq import zipf_frequency

    verb, _, rest = phrase.strip().partition(" ")
    if not verb or verb.endswith("ing"):
        return phrase.strip()
    candidates = [verb + "ing", verb + verb[-1] + "ing"]
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        candidates.append(verb[:-1] + "ing")
    if verb.endswith("ie"):
        candidates.append(verb[:-2] + "ying")
    best = max(candidates, key=lambda w: zipf_frequency(w, "en"))
    return f"{best} {rest}".strip()


# "you both" beside a group the person named ("with your family", "with your flatmates")
_GROUP = (
    r"(?:family|kids|children|parents|flatmates|housemates|roommates|friends|mates|in-laws|"
    r"team|colleagues|siblings|grandparents|folks)"
)
_BOTH_RE = re.compile(rf"\bwith (?:your|the) {_GROUP}\b[^.;]*?\byou both\b", re.I)
_BOTH_BEFORE_RE = re.compile(rf"\byou both\b(?=[^.;]*?\bwith (?:your|the) {_GROUP}\b)", re.I)


def for_group(text: str) -> str:
    """A template's 'you both' said for the group named beside it: 'Agree the food with your
    family: meals that suit you both' -> '... suit you all'; one person keeps 'you both'."""
    text = _BOTH_RE.sub(lambda m: m.group(0)[: -len("you both")] + "you all", text)
    return _BOTH_BEFORE_RE.sub("you all", text)


# a verb for one after a slot: "before {it} fills the week", "the days {it} is away"
_AFTER_SLOT_RE = re.compile(r"\{it\} (is|was|has|does|doesn't|[a-z]+?(?:ies|es|s))\b")
_MANY_VERB = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_NOT_A_VERB = frozenset(("its", "this", "plus", "as", "us", "thus", "always", "towards", "less"))
_PLURAL_SLOT_RE = re.compile(
    r"(?:\b[a-z]*[a-hj-rtv-z]s|\bpeople|\bchildren|\bin-laws|\band [a-z ]+)$",
    re.I,
)


def _verb_for_many(verb: str) -> str:
    """'fills' -> 'fill', 'tries' -> 'try', 'watches' -> 'watch', 'is' -> 'are'."""
    if verb in _MANY_VERB:
        return _MANY_VERB[verb]
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "sses", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def agree_after_slot(template: str, thing: str) -> str:
    """A template's verb after ``{it}`` said for the many the slot holds: 'before {it} fills
    the week' with 'meetings' -> 'before {it} fill the week'; one thing keeps the template."""
    if not _PLURAL_SLOT_RE.search(thing.strip()) or thing.strip().lower().endswith("news"):
        return template

    def many(m: re.Match[str]) -> str:
        verb = m.group(1)
        return m.group(0) if verb in _NOT_A_VERB else f"{{it}} {_verb_for_many(verb)}"

    return _AFTER_SLOT_RE.sub(many, template)
