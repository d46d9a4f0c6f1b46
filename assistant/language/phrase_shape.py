"""Can a phrase cut from the person's words stand in a title's noun slot as a whole thing?

"Try 1 way round the isnt", "Start opening the letters anxiety with a 10-minute block" and
"With the duolingo feels like progress in the way" each set a piece of a clause where a noun
belongs. A phrase that fails here is quoted whole in the constraint line instead, and the
move names the field's own words.
"""

from __future__ import annotations

import re

__all__ = ["slot_fault", "fits_a_slot", "whole_phrase"]

_MOST_WORDS = 6  # longer than this, a slot's phrase stops reading as one thing

# a verb that makes the phrase a clause: "klarna is too easy", "duolingo feels like progress"
_FINITE = re.compile(
    r"\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|weren'?t|am|be|been|"
    r"do|does|did|don'?t|doesn'?t|didn'?t|can|can'?t|cannot|could|couldn'?t|will|won'?t|"
    r"would|wouldn'?t|should|shouldn'?t|shall|might|must|has|hasn'?t|have|haven'?t|had|"
    r"feels?|seems?|looks|gets|got|keeps|makes|takes|goes|comes|wants|needs|knows|thinks|"
    r"says|happens|tries|hates|likes|loves|avoid|avoids|forget|forgets)\b",
    re.I,
)
# a contraction typed without its apostrophe, or a chat filler: never a title's words
_UNWRITTEN = re.compile(
    r"\b(?:isnt|arent|wasnt|werent|dont|doesnt|didnt|cant|wont|wouldnt|shouldnt|couldnt|"
    r"havent|hasnt|im|ive|id|youre|theyre|thats|whats|tbh|tbf|lol|lmao|idk|ngl|haha\w*|"
    r"honestly|basically|literally|dunno|gonna|wanna|kinda|sorta)\b",
    re.I,
)
# someone doing something: a subject pronoun, or the person themself
_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|myself|we|he|she|they|it's)\b|^(?:you|it)\s", re.I
)
# a word the phrase cannot end on: it needs more after it ("the", "of", "too", "and")
_OPEN_END = re.compile(
    r"\b(?:the|a|an|and|or|but|of|to|for|with|from|at|in|on|by|about|than|that|which|who|"
    r"too|so|very|really|just|your|their|our|his|her|its|this|these|those|not|no|some|any)$",
    re.I,
)
_PUNCTUATION = re.compile(r"[,;:.!?()\[\]{}\"\u201c\u201d/]")


def slot_fault(phrase: str) -> str:
    """Why ``phrase`` cannot stand in a noun slot ('' when it can): a clause, a cut-off end,
    a typed contraction or filler, punctuation inside, or too many words."""
    said = re.sub(r"\s+", " ", phrase.strip())
    if not said:
        return "empty"
    if _PUNCTUATION.search(said):
        return "punctuation inside"
    if len(said.split()) > _MOST_WORDS:
        return "too long"
    for label, pattern in (
        ("unwritten", _UNWRITTEN),
        ("a clause", _FINITE),
        ("a subject", _SUBJECT),
        ("an open end", _OPEN_END),
    ):
        m = pattern.search(said)
        if m:
            return f"{label}: {m.group(0).strip()}"
    return ""


def fits_a_slot(phrase: str) -> bool:
    """Does ``phrase`` read as one whole thing a title can name ("soccer season", "your
    flatmate", "the exam weeks"), not a piece of a sentence ("the isnt", "letters, anxiety")?"""
    return not slot_fault(phrase)


# the words that end a coordinated phrase's second half: a function word, or the thing the
# phrase qualifies ("an HR or people operations role": the role is not part of the field)
_HEADS = frozenset(
    [
        "role",
        "roles",
        "job",
        "jobs",
        "position",
        "positions",
        "career",
        "careers",
        "field",
        "sector",
        "industry",
        "team",
        "department",
    ]
)
_COORDINATOR_END = re.compile(r"\s(?:and|or|&|nor)$", re.I)
_MOST_CONJUNCT = 3  # words taken after "or" to finish the phrase


def whole_phrase(phrase: str, after: str) -> str:
    """``phrase`` cut from the person's words, made whole: a coordinator left at its end takes
    the words said after it ("hr or" + " people operations role, i think" -> "hr or people
    operations"), and a word it cannot end on is dropped ("the living room and the" -> "the
    living room"). ``after`` is the text that followed the phrase where it was cut."""
    said = phrase.rstrip(" ,;")
    if _COORDINATOR_END.search(said):
        taken: list[str] = []
        for word in re.split(r"\s+", after.strip())[: _MOST_CONJUNCT + 1]:
            bare = word.rstrip(",.;:!?)")
            if (
                not re.fullmatch(r"[\w'/-]+", bare)
                or bare.lower() in _HEADS
                or _OPEN_END.search(bare)
                or _FINITE.fullmatch(bare)
                or _SUBJECT.fullmatch(bare)
            ):
                break
            taken.append(bare)
            if bare != word or len(taken) == _MOST_CONJUNCT:  # punctuation ends the phrase
                break
        if taken:
            return f"{said} {' '.join(taken)}"
    while True:  # "hr or" with nothing after it: "hr"; "the hall and the": "the hall"
        cut = re.sub(r"\s+\S+$", "", said) if _open_ended(said) else said
        if cut == said or not cut.strip():
            return said
        said = cut


def _open_ended(said: str) -> bool:
    return bool(_OPEN_END.search(said) or _COORDINATOR_END.search(said))
