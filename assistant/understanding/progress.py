"""What the person says they have already done ("I passed the math test", "already have a
bar"): those steps are not planned again, and a finished part never names the goal."""

from __future__ import annotations

import re

from assistant.language.held import held_in

_DONE_RE = re.compile(
    r"(?<!n't )(?<!not )(?<!never )(?<!half )(?<!half-)\b(?:already\s(?:did|done|have|has|own|got|won|bought|booked|passed|finished|secured|"
    r"took|completed|wrote|know)|i\s(?:passed|finished|completed|took|bought|wrote|did)|"
    r"i'?ve\s(?:already\s)?(?:passed|finished|completed|taken|bought|written|done|got)|"
    r"passed|done with|finished|(?<![a-z] )(?:bought|ordered|booked))\s((?:the|my|a|an|our)\s)?([a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?)"
    r"(?=\s(?:last|this|already|with|in|on|at|but|and|so|a|before|then|years?|months?)\b|[,.;)]|$)"
)
_NOT_DONE_RE = re.compile(r"^(?:no|nothing|not|to|it|that|them|this|one|any|all|of)\b")
_ACT_RE = re.compile(
    r"^(?:buy|get|order|download|pick|choose|book|sign up for|register for|pass|take|finish|"
    r"complete|write|find|set up|read|request|test \d+)\b"
)
# a step about getting something, said around it: "Set a reminder for the permit lottery"
_LEAD_RE = re.compile(r"^(?:set (?:a |up a )?reminders? (?:for|about)|apply for|enter)\s(?=\S)")
# something they say they lack: "no 401k match at my job", "don't have a mortgage": no step
# looks it up or uses it (buying one stays: lacking a thing is a reason to get it)
_ABSENT_RE = re.compile(
    r"(?<![a-z'])(?:no|don'?t have an?y?|do not have an?y?|haven'?t got an?y?)\s"
    r"((?:[a-z0-9()]+\s){0,2}?[a-z0-9()]+)(?=\s(?:at|from|with|in|on|for|yet|through|via)\b|[,.;)]|$)"
)
_ASKS_AFTER_RE = re.compile(r"^(?:look up|check|ask (?:about|for)|claim|confirm|use|max out)\b")
# an exam, race or slot booked without naming it: "booked for Oct 12", "I'm registered"
_BOOKED_RE = re.compile(
    r"(?<!not )(?<!n't )(?<!never )\b(?:booked|registered|scheduled|signed up|entered)"
    r"(?=\s(?:for|on|in|at)\b|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\s\d|[,.;)]|$"
    r"|\s(?:the|my|a|an|our)\s(?:[a-z]+\s)?(?:exam|test|race|slot|seat|place|date|sitting)\b)"
)
_BOOKING_STEP_RE = re.compile(
    r"^(?:(?:book|register|sign up|enter|schedule)\b.*\b(?:exam|test|race|slot|seat|entry)\b"
    r"|check the eligibility|send the application|apply (?:for|to sit) (?:the )?(?:exam|test))"
)
# a part named before the word saying it is done: "cert done", "backing fabric bought"
_DONE_AFTER_RE = re.compile(
    r"(?:^|[,;.]\s*|\b(?:and|but|so)\s)((?:the|my|a|an|our|(?:all|every)(?:\s(?:the|my|our))?(?:\s\d+)?)\s)?"
    r"([a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,2}?)"
    r"\s(?:is\s|are\s|all\s|already\s)?(?:done|finished|completed|bought|booked|pieced|paid off|passed|sorted)\b"
)
_NOT_A_PART_RE = re.compile(
    r"\b(?:not|never|nothing|no|isn't|aren't|half|almost|nearly|mostly|i|we|you|he|she|they|it|"
    r"haven't|hasn't|have|has|had|just|also|already|who|that|which)\b|n't\b"
)
ABSENT, BOOKED = "~", "~booked"  # marks in the done parts: a thing they lack, a booking held
STARTED = "~started "  # a course under way: no step picks or enrols in one again
_COURSE = r"(course|cert|certificate|certification|program|programme|bootcamp|module|class)"
_STARTED_RE = re.compile(
    rf"\b(?:halfway|half way|half-way|partway|part way|half)\s(?:through\s)?(?:the\s|my\s|a\s)?"
    rf"(?:[a-z]+\s){{0,3}}?{_COURSE}s?\b|\b{_COURSE}s?\b[^,.;]{{0,12}}?\b(?:halfway|half way|"
    rf"half done|half-done|partly done|in progress|under way|underway)\b|"
    rf"\b(?:started|doing|enrolled in|signed up (?:for|to))\s(?:the\s|my\s|a\s)?(?:[a-z]+\s){{0,3}}?{_COURSE}s?\b"
)
_CHOOSE_RE = re.compile(r"^(?:pick|choose|find|select|sign up for|enrol\w* in|register for|buy)\b")
_FILLER = frozenset(["the", "a", "an", "my", "our", "your", "of", "for", "to", "and", "or", "on"])


_PARTS_DONE_RE = re.compile(
    r"\b(?:finished|done|completed|made|sewn|built|wrote|written|passed|read)?\s?(\d+)\s"
    r"(?:of|out of)\s(?:the\s)?(\d+)\b(?!\s(?:days?|times?|weeks?|nights?|months?|hours?)\b)"
    # the parts counted are a noun, never the words after the number ("2 of 5 on time": the
    # goal's own parts, "3 of 4 so far")
    r"\s(?:(?=(?:on|in|at|so|now|most|usually)\b)|"
    r"(?!(?:a|an|the|to|for|by|of|per|each|every|and|or|but|is|are|was)\b)([a-z]+))"
)
_UNDER_WAY = ("pattern", "plan", "design", "layout")  # the choosing a started piece is past


# an appointment they have: "doctor appt is jan 8", "GP appointment on the 3rd", "seeing my GP in may"
_APPOINTMENT_RE = re.compile(
    r"\b(?:appt|appointment|check-?up)\b(?:\s[a-z]+){0,2}?\s(?:is|on|booked|for|set|in)\b"
    r"|\b(?:booked|got|have|made)\s(?:a|an|my|the)\s(?:[a-z]+\s)?(?:appt|appointment)\b"
)


# a professional already looking after them: "physio says", "my therapist told me", "seeing a GP"
_IN_CARE_RE = re.compile(
    r"(?:\b(?:my|the|her|his|our)\s|^)(physio|physiotherapist|doctor|gp|therapist|counsellor|"
    r"counselor|dietitian|dietician|nutritionist|consultant|surgeon|specialist|psychiatrist)"
    r"\s(?:says|said|wants|told|gave|has me|put me|recommended|prescribed|thinks)\b"
    r"|\b(?:seeing|under|with)\s(?:a|an|my)\s(physio|physiotherapist|therapist|dietitian|specialist)\b"
)


_OWNED_RE = re.compile(  # "have a guitar I bought", "own a flatbed scanner", "got my bike"
    r"(?<![a-z'])(?:have|own|got)\s(?:all\s)?(?:a|an|the|my|our)\s((?:[a-z]{3,}\s){0,2}[a-z]{3,})"
    r"(?=\s(?:i|we|that|from|already|but|and|with|for|at|in)\b|[,.;)?]|$)"
)
# the next items of a list after "have ...": ", an old flatbed scanner", "and a tripod"
_LISTED_RE = re.compile(
    r"(?:,|\band)\s(?:a|an|my|our)\s((?:[a-z]{3,}\s){0,2}[a-z]{3,})(?=\s?(?:,|\.|;|$|\band\b))"
)
_NOT_THINGS = frozenset(
    [
        "back",
        "knee",
        "knees",
        "shoulder",
        "neck",
        "wrist",
        "ankle",
        "cold",
        "problem",
        "habit",
        "time",
        "hard",
        "kids",
        "baby",
        "family",
        "partner",
        "husband",
        "wife",
        "son",
        "daughter",
        "feeling",
        "fear",
        "idea",
        "lot",
        "little",
        "bit",
    ]
)


# kit they keep at home: "home bar", "a home gym", "weights at home"
_HOME_KIT_RE = re.compile(
    r"(?<!from )(?<!at )(?<!to )(?<!back )(?<!get )(?<!go )(?<!come )(?<!stay )(?<!leave )"
    r"\bhome\s([a-z]{3,})\b|\b(?:have|got|own)\s(?:a\s|an\s|some\s|my\s)?([a-z]{3,})\sat\shome\b"
)
_NOT_KIT = frozenset(
    ["work", "made", "cooked", "cooking", "time", "life", "town", "page", "country", "care"]
    + ["school", "schooling", "visit", "visits", "alone", "sick", "late", "early", "stuff"]
    + ["mostly", "and", "with", "the", "for", "but", "now", "most", "all", "days", "nights"]
)


def kit_at_home(*texts: str) -> list[str]:
    """What any answer says they keep at home ("3 sessions of 30 min, home bar": the bar), so
    the plan never has them buy or find one."""
    found: list[str] = []
    for text in texts:
        for m in _HOME_KIT_RE.finditer(text.lower()):
            thing = m.group(1) or m.group(2)
            if thing not in _NOT_KIT and thing not in _NOT_THINGS and thing not in found:
                found.append(thing)
    return found


def parts_done(text: str) -> tuple[float, float, str] | None:
    """(done, whole, parts) from "28 of 56 blocks done", "finished 2 of 7 courses": a piece of
    work under way, counted in its own parts ("" when they are the goal's: "2 of 5 on time");
    None when the text counts nothing so."""
    m = _PARTS_DONE_RE.search(text.lower())
    if not m or not 0 < int(m.group(1)) < int(m.group(2)):
        return None
    return float(m.group(1)), float(m.group(2)), m.group(3) or ""


def done_parts(*texts: str) -> list[str]:
    """The things the person says are done, as they named them ("the math test", "math");
    a piece under way ("28 of 56 blocks done") has its pattern chosen and its parts picked."""
    parts: list[str] = []
    for text in texts:
        owned = [m.group(1) for m in _OWNED_RE.finditer(text.lower())]
        for m in _OWNED_RE.finditer(text.lower()):  # "have the boxes, an old scanner": both
            owned += _LISTED_RE.findall(text.lower()[m.end() :].split(";")[0])
        for said_thing in owned:  # "have a flatbed scanner": no buying one
            words = said_thing.split()
            if words[-1].endswith(("ed", "ing")):  # "got my bike fixed": the bike
                words = words[:-1]
            if words and not _NOT_THINGS & set(words):
                said = " ".join(words)
                parts += [p for p in dict.fromkeys((said, words[-1])) if p not in parts]
        parts += [who for who in in_care(text) if who not in parts]
        if _APPOINTMENT_RE.search(text.lower()) and "appointment" not in parts:
            # "doctor appt is jan 8": no booking one again, whatever the step calls it
            parts += [p for p in ("appointment", "check", "visit") if p not in parts]
        parts += [p for p in kit_at_home(text) if p not in parts]
        counted = parts_done(text)
        if counted and counted[2]:
            parts += [p for p in (*_UNDER_WAY, counted[2].rstrip("s")) if p not in parts]
        parts += [p for p in lacking(text) if p not in parts]
        started = course_started(text)
        if started and started not in parts:
            parts.append(started)
        if _BOOKED_RE.search(text.lower()) and BOOKED not in parts:
            parts.append(BOOKED)
        parts += [p for p in done_steps(text) if p not in parts]
        parts += [p for p in held_in(text) if p not in parts]  # "just opened an FHSA"
    return parts


def done_steps(*texts: str) -> list[str]:
    """The steps the person says are done, as they named them: "passed the math test",
    "cert done", "backing fabric bought" (not the things they own or lack)."""
    parts: list[str] = []
    for text in texts:
        said = text.lower()
        found = [m.group(2).strip() for m in _DONE_RE.finditer(said)]
        found += [
            m.group(2).strip()
            for m in _DONE_AFTER_RE.finditer(said)
            if not _NOT_A_PART_RE.search(m.group(2))
        ]
        parts += [p for p in found if p and not _NOT_DONE_RE.match(p) and p not in parts]
    return parts


_FINISHED_RE = re.compile(r"\b(?:finished|done|completed?|passed|earned)\b")
_SAME_STEP = {"cert": "course", "certificate": "course", "certification": "course"}


def rung_done(title: str, parts: list[str]) -> bool:
    """Whether a milestone ("Quilt top assembled: rows sewn") is one a done step names ("top
    finished"): every word of the part in the milestone's head, a certificate counting as its
    course."""
    clauses = title.lower().split(":")
    said = clauses[0] + " ".join(c for c in clauses[1:] if _FINISHED_RE.search(c))
    head = {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", said)}
    for part in parts:
        words = [_SAME_STEP.get(w, w) for w in part.split() if w not in _FILLER and len(w) >= 3]
        if words and {_stem(w) for w in words} <= head:
            return True
    return False


def course_started(text: str) -> str:
    """The started-course mark when the text says a course is under way ("did the Google UX
    cert halfway"), else ""."""
    m = _STARTED_RE.search(text.lower())
    return STARTED + next(g for g in m.groups() if g) if m else ""


# a professional's plan they already hold: "my physio exercises", "physio follow up in 6 weeks"
_CARE_HELD_RE = re.compile(
    r"\b(physio|physiotherapist|therapist|doctor|gp|dietitian|consultant|surgeon)(?:'s)?\s"
    r"(?:home\s)?(?:exercises|routine|programme|program|follow[- ]?up|appointment|appt|review)\b"
)


def in_care(*texts: str) -> list[str]:
    """The professionals any answer says already look after them ("physio says 30 min a day"),
    so no step books one."""
    found: list[str] = []
    for text in texts:
        for m in _IN_CARE_RE.finditer(text.lower()):
            who = m.group(1) or m.group(2)
            if who not in found:
                found.append(who)
        for m in _CARE_HELD_RE.finditer(text.lower()):
            if m.group(1) not in found:
                found.append(m.group(1))
    return found


def lacking(text: str) -> list[str]:
    """What the person says they lack ("no 401k match at my job": "~401k match"), marked so
    that only steps looking it up or using it are left out."""
    found = []
    for m in _ABSENT_RE.finditer(text.lower().replace("(", "").replace(")", "")):
        thing = m.group(1)
        if not _NOT_THINGS & set(thing.split()) and not _NOT_DONE_RE.match(thing):
            found.append(ABSENT + thing)
    return found


def without_done(core: str) -> str:
    """The goal with the clauses about finished parts blanked, so they never name its subject."""
    return _DONE_RE.sub(lambda m: " " * len(m.group(0)), core)


def already_done(title: str, parts: list[str]) -> bool:
    """Whether a step ("Take a timed baseline practice test") is one they say they did
    ("already took a practice test"): an acquiring or finishing step whose first words hold
    every word of the part."""
    said = title.lower().replace("(", "").replace(")", "")
    if BOOKED in parts and _BOOKING_STEP_RE.match(said):
        return True  # booked: the booking and the eligibility and application before it
    courses = [_SAME_STEP.get(p[len(STARTED) :], "course") for p in parts if p.startswith(STARTED)]
    if courses and _CHOOSE_RE.match(said) and _holds_any(said, courses):
        return True  # "did the Google UX cert halfway": the course is chosen
    lacked = [
        p[len(ABSENT) :]
        for p in parts
        if p.startswith(ABSENT) and p != BOOKED and not p.startswith(STARTED)
    ]
    if lacked and _ASKS_AFTER_RE.match(said) and _holds_any(said, lacked):
        return True
    parts = [p for p in parts if not p.startswith(ABSENT)]
    words = _LEAD_RE.sub("", said).split()
    if not parts or (len(words) == len(said.split()) and not _ACT_RE.match(said)):
        return False
    object_words = re.split(r"\s(?:on|in|for|with|to|from|at|by|before|after)\s", " ".join(words))[
        0
    ]
    head = {_stem(w) for w in object_words.split()}
    for part in parts:
        wanted = {_stem(w) for w in part.split() if w not in _FILLER}
        if wanted and wanted <= head:
            return True
    return False


def _holds_any(said: str, things: list[str]) -> bool:
    """Whether a step's words hold every word of one of the things."""
    head = {_stem(w) for w in said.split()}
    return any({_stem(w) for w in t.split() if w not in _FILLER} <= head for t in things)


def _stem(word: str) -> str:
    return re.sub(r"(?:ies|es|s)$", "", word.strip(".,:;()'"))[:6]


_CEFR = ("a1", "a2", "b1", "b2", "c1", "c2")
_LEVEL_RE = re.compile(r"\b([abc][12])\b")
_AIMED_RE = re.compile(  # "get to B2", "sit the Goethe B2": the level they aim at
    r"\b(?:to|reach|reaching|get|pass|passing|sit|sitting|for|towards?|need|needs|want)\s"
    r"(?:the\s|a\s)?(?:[a-z]+-?zertifikat\s|goethe\s|dele\s|delf\s|telc\s|level\s)?$"
)
# milestones a stated level is already past: (what the rung asks, the level that passes it)
_LEVEL_RUNGS = (
    (re.compile(r"\b\d+ most common\b|\balphabet\b|\bgreetings\b"), 1),  # A2 knows them
    (re.compile(r"\b\d+-minute conversation\b"), 2),  # B1 holds a short conversation
)


def level_now(*texts: str) -> int | None:
    """The CEFR level (0 for A1 .. 5 for C2) the texts say the person has now ("A2
    certificate from last year", "I'm about A2 now"); None when only an aim is said."""
    found = [
        _CEFR.index(m.group(1))
        for text in texts
        for m in _LEVEL_RE.finditer(text.lower())
        if not _AIMED_RE.search(text.lower()[max(0, m.start() - 30) : m.start()])
    ]
    return min(found) if found else None


def level_passes(title: str, level: int | None) -> bool:
    """Whether a milestone ("Know the 300 most common words") is one the stated level has."""
    return level is not None and any(
        level >= at and ask.search(title.lower()) for ask, at in _LEVEL_RUNGS
    )
