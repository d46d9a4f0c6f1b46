"""The thing a goal no field knows acts on, as a short noun phrase for its steps: 'replace the
clutch on my 2009 Corolla myself' is about 'the clutch', 'get my NMC revalidation done' about
'your NMC revalidation'; never the whole typed goal."""

from __future__ import annotations

import re

# what is wanted said before the act: "i want to", "trying to", "finally"
_WANT_RE = re.compile(
    r"^(?:(?:i|we)(?:'d| would| really)? (?:want|need|have|hope|would like|'d like|plan) to |"
    r"(?:i'?m|we'?re) (?:going|trying|hoping) to |want to |need to |trying to |"
    r"(?:finally|actually|properly|just) )+"
)
# the act itself, of one or two words ("set up", "start selling"), before its object
_ACT_RE = re.compile(
    r"^(?:get|got|getting|have|make|do|finish|complete|replace|fix|repair|mend|renew|build|"
    r"install|fit|put in|put up|set up|sort out|sort|organi[sz]e|start|launch|open|run|write|file|"
    r"improve|boost|become|go from|plant|hold|host|throw|find|buy|prepare|"
    r"submit|apply for|send|restore|paint|redo|rebuild|plan|learn(?: to| how to)?|teach myself|"
    r"be able to|sell|selling|grow|feed|feeding|raise|reach|take|pass|clear|move|change|"
    r"convert|turn|service|book|arrange|register|enter|enrol in|sign up for)\s"
)
# where the object ends: a place, a purpose, a time, a second clause
_END_RE = re.compile(
    r"\s(?:on|in|at|for|before|by|so|with|from|to|onto|into|until|till|this|next|myself|"
    r"ourselves|properly|done|sorted|finished|fixed|again|and|but|because|then|within|every|"
    r"each|a day|a week|a month)\b|[,.;:!?(]"
)
_MAX_WORDS = 6
# the state it should end in, after the thing: "my cafe showing up", "the clock chiming again"
_STATE_RE = re.compile(r"(?<=\w)\s\w+ing(?:\s(?:up|again|properly|on|out|off|right|well))?$")


def goal_object(phrase: str, text: str = "") -> str:
    """The goal's object as a short noun phrase in the plan's voice ('your NMC revalidation'),
    or '' when the phrase names none that reads cleanly."""
    low = _WANT_RE.sub("", phrase.strip().lower())
    for _ in range(2):  # "start selling free range eggs": both acts go
        low = _ACT_RE.sub("", low, count=1)
    words = _END_RE.split(low, maxsplit=1)[0].strip()
    words = _STATE_RE.sub("", words)  # "the old clock chiming again": the clock
    words = re.sub(r"^(?:my|our)\s", "your ", words)
    words = f"the {words}" if re.match(r"\d", words) else words  # "plant 50 trees": the 50 trees
    if not words or len(words.split()) > _MAX_WORDS or re.search(r"\b(?:i|we|you)\b", words):
        return ""
    if words.split()[0] in {"it", "this", "that", "them", "something", "things", "more", "less"}:
        return ""
    return _as_typed(words, text)


def _as_typed(words: str, text: str) -> str:
    """Names as the person cased them ('NMC', 'Corolla'), never a sentence's capital."""
    m = re.search(rf"\b{re.escape(words)}\b", text, re.IGNORECASE) if text else None
    if m is None:
        head, _, rest = words.partition(" ")
        m = re.search(rf"\b{re.escape(rest)}\b", text, re.IGNORECASE) if rest and text else None
        if m is None or head not in {"your", "the", "a"}:
            return words
        return f"{head} {_no_sentence_capital(m, text)}"
    return _no_sentence_capital(m, text)


def _no_sentence_capital(m: re.Match[str], text: str) -> str:
    said = m.group(0)
    starts = m.start() == 0 or bool(re.search(r"[.!?]\s*$", text[: m.start()]))
    first = said.split()[0]
    if starts and first[1:] == first[1:].lower():
        said = said[:1].lower() + said[1:]
    return said


def typed_case(phrase: str, text: str) -> str:
    """Acronyms and brand names as the person typed them ("nmc" -> "NMC", "ipad" -> "iPad")."""
    cased = {
        w.lower(): w
        for w in re.findall(r"\b[\w'-]+\b", text)
        if re.search(r"[A-Z]", w[1:]) and not w.isupper() or (w.isupper() and len(w) >= 2)
    }
    cased = {k: v for k, v in cased.items() if k not in {"i", "im", "i'm"}}
    return re.sub(r"\b[\w'-]+\b", lambda m: cased.get(m.group(0), m.group(0)), phrase)
