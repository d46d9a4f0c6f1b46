"""The outcome in the person's words: its phrase, its subject, and the reason they gave."""

from __future__ import annotations

import re

from assistant.assess import judge_specific
from assistant.language import find_horizon
from assistant.language.phrase_shape import whole_phrase
from assistant.language.quantities import MONEY_SIGN
from assistant.understanding.approval import won
from assistant.understanding.facts import Understanding
from assistant.understanding.goal_object import goal_object
from assistant.understanding.progress import without_done
from assistant.understanding.statement_words import as_written, coach_case

PURPOSE_RE = re.compile(
    r"\b(so that|so i can|so we can|because|in order to|to be able to|"
    r"so (?:i'?m|we'?re|(?:he|she|they|you|(?:my|our|the|his|her) \w+(?: \w+)?) "
    r"(?:can|could|will|would|won'?t|don'?t|doesn'?t|has|have|gets?|stops?|feels?|is|are)))\b.*$"
)

# reasons people give without "so that": who it is for, the event it is before, a purpose
_REASON_RE = re.compile(
    r"\b(?:for (?:my|our|her|his|the) (?:\w+ ){0,2}?(?:kids?|children|family|health|wife|husband|son|"
    r"daughter|mom|mum|dad|parents|grandkids|wedding|graduation|future|sanity|heart|back|"
    r"knees?|retirement|team|church)\b|before (?:my|our|her|his|the) (?:wedding|reunion|trip|"
    r"baby|surgery|honeymoon|vacation|graduation|birthday|deployment|move)\b|"
    r"to (?:grow closer|feel better|be there for|keep up with|set an example|live longer|"
    r"be healthy|stay healthy|stop worrying|get off (?:my |the )?(?:meds|medication|insulin))\b)"
    r".*$"
)


def read_why(core: str) -> str | None:
    """The reason the person gave, cut where their next clause starts ("so we can grow
    tomatoes for the kids, i've killed every plant" -> "so we can grow tomatoes for the kids");
    None when there is none, or when the clause is what is in their way, not what it is for
    ("so i can't just quit", "because that never sticks for me")."""
    m = PURPOSE_RE.search(core) or _REASON_RE.search(core)
    if not m:
        return None
    why = _one_clause(m.group(0).strip())
    return None if _IN_THE_WAY_RE.search(why) else why[:300]


# where a reason ends: a sentence's end, a "but", or a comma before a clause of its own
# (", i've killed every plant", ", the rate is killing me", ", exams are in may")
_NEXT_SENTENCE_RE = re.compile(
    r"[.;!?](?:\s|$)|\s(?:but|though|although|tho)\s|\s[-\u2013\u2014]\s"
)
_AFTER_COMMA_RE = re.compile(r",\s*(?:and\s|so\s)?")
_CLAUSE_WORDS = 4  # a verb or a subject this early after a comma starts a clause of its own
# the clause is an obstacle or a circumstance, never a purpose: "so i can't just quit"
_IN_THE_WAY_RE = re.compile(
    # "so i can't just quit": what follows from their life, not what it is for ("so the dog
    # can't get out" is a purpose)
    r"^so (?:that )?(?:i|we)\b.*\b(?:can'?t|cannot|couldn'?t)\b|"
    # "because that never sticks", "because i work night shift": the obstacle, not the reason
    r"^(?:so|because|since)\b.*\b(?:always end up|never(?!\s(?:have|need|again|worry|be)\b)|"
    r"keep (?:failing|forgetting|quitting|giving up)|killed|hate|too (?:busy|tired|lazy)|"
    r"struggle|night shifts?|work (?:nights|shifts|night shift))\b"
)


def _one_clause(why: str) -> str:
    """The reason up to the end of its own clause."""
    end = _NEXT_SENTENCE_RE.search(why)
    if end:
        why = why[: end.start()]
    for comma in _AFTER_COMMA_RE.finditer(why):
        words = why[comma.end() :].split()[:_CLAUSE_WORDS]
        head = " ".join(words)
        if words and (_SUBJECT_START_RE.match(head) or _FINITE_RE.search(head)):
            return why[: comma.start()].rstrip(" ,")
    return why.rstrip(" ,")


_SUBJECT_START_RE = re.compile(
    r"(?:i|i'm|im|i've|ive|i'd|id|we|we're|we've|it|it's|its|they|they're|he|she|there|"
    r"that|this)\b"
)
_FINITE_RE = re.compile(
    r"\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|has|have|had|take|takes|gave|says|said|"
    r"won'?t|doesn'?t|don'?t|didn'?t|can'?t|keeps?|gets?)\b"
)


def why_line(why: str, text: str) -> str:
    """The reason as a sentence the plan can show: "so i can make a slideshow" -> "So I can
    make a slideshow.", names cased as the person wrote them."""
    line = coach_case(as_written(why.strip(" ,"), text))
    line = _MONTH_RE.sub(lambda m: m.group(0).capitalize(), line)
    line = line[:1].upper() + line[1:]
    return line if line[-1:] in ".!?" else line + "."


_MONTH_RE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|"
    r"december)\b"
)


def subject_of(u: Understanding) -> str:
    """The thing the goal is about, as the playbook's templates use it ('Spanish', 'the novel')."""
    pb = u.playbook
    named = re.search(u.preset.subjects, u.core) if u.preset and u.preset.subjects else None
    if named:  # "call my grandma": the person they named, in the plan's voice
        words = named.group(1).strip()
        said = re.search(re.escape(words), u.text, re.I)  # "Blackbird" as they wrote it
        if said and said.group(0) != words and not re.match(r"(?:my|our)\s", words):
            return said.group(0)
        return re.sub(r"^(?:my|our)\s", "your ", words)
    if u.preset and u.preset.subject:
        return _with_pair(u.preset.subject, u.core)
    if pb.subjects:
        undone = without_done(u.core)
        m = re.search(pb.subjects, undone)  # never a part already done
        if m:
            # "into an hr or people operations role": the field is "hr or people operations"
            words = whole_phrase(m.group(1).strip(), undone[m.end(1) :])
            words = _TRAILING_RE.sub("", words)
            words = re.sub(r"^(my|our|a|an)\s", "the ", words)
            if pb.key == "language":
                return words.capitalize()
            if pb.key == "relocation":  # a place name: "Denver", "New York"
                return words.title()
            if pb.key == "exam" and not words.startswith("the "):
                return "the " + words
            words = _ACRONYM_RE.sub(lambda a: a.group(0).upper(), words)
            return _with_pair(_as_written(words, u.text), u.core)
    if pb.key == "scaffold":  # no field: the thing it acts on, never the whole goal
        thing = won(u.core, u.text) if u.preset and u.preset.conditions else None
        if thing:  # "apply for the UK spouse visa": the visa, never "apply"
            return thing.thing
        return goal_object(outcome_phrase(u.core), u.text) or pb.default_subject
    if pb.key in {"habit", "generic"}:
        return outcome_phrase(u.core) or pb.default_subject
    return pb.default_subject.format(target=u.value(u.target))


def _as_written(words: str, text: str) -> str:
    """A name as the person cased it ("Power BI", "the new CRM"), never a sentence's capital."""
    m = re.search(rf"(?<=\s){re.escape(words)}\b", text, re.IGNORECASE)
    return m.group(0) if m and m.group(0).lower() != m.group(0) else words


def _with_pair(subject: str, core: str) -> str:
    """The subject with the second thing the person named beside it ("amazon and doordash"),
    so a plan never drops half of what they want less of."""
    m = re.search(
        rf"\b{re.escape(subject.lower())}\s(and|&|or)\s([a-z][a-z'-]+)(?=$|[,.;!?]|\s(?:to|by|so|"
        r"because|before|until|each|every|a|per|in|this|next|spending)\b)",
        core,
    )
    if not m or m.group(2) in {"the", "my", "more", "less", "stuff", "things", "so", "then"}:
        return subject
    other = m.group(2).capitalize() if subject[:1].isupper() else m.group(2)
    return f"{subject} {m.group(1)} {other}"


_ACRONYM_RE = re.compile(r"\b(ux|ui|pm|qa|hr|seo|ai|ml|bp|sql|aws)\b")
_TRAILING_RE = re.compile(
    r"(?:\s(?:on|in|at|for|to|by|with|and|from|before|after|the|a|of|this|next))+$"
)


_RHYTHM_END_RE = re.compile(
    r"^.*?\b(?:(?:a|per|each|every)\s(?:day|night|morning|week|month|paycheck|payday|weekday)s?|"
    r"daily|weekly|monthly|nightly|on (?:weekdays|weekends))\b"
)
_UNTIL_TOTAL_RE = re.compile(
    r"[^,.;]{0,40}?\b(?:until|till)\s([^,.;]{0,30}?"
    + MONEY_SIGN
    + r"\s?\d[\d,.]*(?:\s?(?:k|lakhs?|crores?)\b)?)"
)
_CLAUSE_RE = re.compile(
    r",(?!\d{3})|;|\s(?:so|and then|but|because|since|for my|for the|for our|before|by|until)\s|"
    r"(?<!look)(?<!looking)(?<!go)(?<!going)\safter\s"  # "after two kids got hit", not "look after"
)
# an aside listing people or things: "my team (me, priya and jen)" is about the team
_LIST_ASIDE_RE = re.compile(r"\s*\([^()]*,\s[^()]*\)")
# words a phrase cannot end on: it would stop mid-thought ("save for", "at elm and")
_DANGLING_RE = re.compile(
    r"(?:[\s,;:(-]+|\s(?:and|or|but|also|then|so|for|to|at|in|on|of|with|from|into|off|by|"
    r"the|a|an|my|our|your|their|his|her|its|as|than|that|which|who|is|are|was|will))+$"
)
_MAX_WORDS = 16
_SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9)\]])\s?[.!?]+\s+(?=[a-z])")


def outcome_phrase(core: str) -> str:
    """The outcome phrase of a goal, cut before its deadline and purpose: 'visit 20 countries';
    a rhythm goal ends at its rhythm ('put away $50 every week'), never mid-clause."""
    rhythm = _RHYTHM_END_RE.match(core)
    if rhythm and len(rhythm.group(0).split()) <= 12:
        total = _UNTIL_TOTAL_RE.match(core[rhythm.end() :])  # "... until i have $6,000"
        return rhythm.group(0) + (f" until {total.group(1)}" if total else "")
    whole = _BY_IDIOM_RE.sub(r"\1_by_\1", first_sentence(core))  # "room by room" is no deadline
    s = _CLAUSE_RE.split(_LIST_ASIDE_RE.sub("", PURPOSE_RE.sub("", whole)), 1)[0]
    return clean_cut(without_horizon(s)).replace("_by_", " by ")


_BY_IDIOM_RE = re.compile(r"\b([a-z]+) by \1\b", re.I)  # "room by room", "step by step"


def first_sentence(text: str) -> str:
    """The goal's first sentence: "appeal the denial ($2,800). they said ..." ends at its
    full stop, so the headline never carries a cut-off second sentence."""
    parts = _SENTENCE_END_RE.split(text, maxsplit=1)
    return parts[0] if len(parts[0].split()) >= 2 else text


def without_horizon(phrase: str) -> str:
    """The phrase without its deadline words ("... 5-a-side by september"): the plan's own
    date follows the headline, so it is never said twice."""
    horizon = find_horizon(phrase)
    if horizon and horizon.kind not in {"vague", "recurring"}:
        phrase = phrase.replace(horizon.phrase, " ")
    return re.sub(r"\b(by|before|until|in|within)\s*$", "", phrase.strip(" ,.")).strip(" ,.")


def clean_cut(phrase: str, limit: int = _MAX_WORDS) -> str:
    """The phrase cut to at most `limit` words at a clean boundary: never after "and", "for",
    a comma or an open parenthesis; a cut phrase loses its asides first, then backs off to
    before its last "and"/comma."""
    if len(phrase.split()) > limit:  # an aside goes before any of the goal's own words
        phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    words = phrase.split()
    cut = len(words) > limit
    s = " ".join(words[:limit])
    if s.count("(") > s.count(")"):
        s = s[: s.rfind("(")]
    if cut:
        m = re.search(r"^(.*\S)(?:,|\s(?:and|or|but|then)\s)", s)
        if m and len(m.group(1).split()) >= 4:
            s = m.group(1)
    prev = None
    while prev != s:
        prev, s = s, _DANGLING_RE.sub("", s).strip(" ,.")
    return s


def statement_is_specific(text: str) -> bool:
    return bool(judge_specific(text).passed)


_ENOUGH_RE = re.compile(
    r"^(?:[^.;!?]{3,80}?\b(?:well|good|confident|fluent|fit|strong|comfortable) enough to|"
    r"[^.;!?,]{3,60}?\bso (?:that )?i can|[^.;!?,]{3,60}?\bto be able to)\s[^,.;!?()]{3,90}"
)


def done_words(core: str) -> str | None:
    """The done-state in the person's words when they name a purpose rather than an amount:
    "learn guitar well enough to play at my sister's wedding"."""
    first = re.split(r"(?<=[.!?])\s", core, maxsplit=1)[0]
    m = _ENOUGH_RE.match(first)
    if not m:
        return None
    phrase = re.sub(r"\s(?:and|but|so|because|since|by|before|until|in|within)\s*$", "", m.group(0))
    # "Im 67 and want to be able to get up off the floor": the done-state is what follows
    phrase = re.sub(r"^.*?\bto be able to\s+", "", phrase, flags=re.I)
    return without_horizon(phrase).strip(" ,.")[:140] or None
