"""One answer reader for the chat, `goalsmith plan` prompts and `goalsmith questions`.

It decides which open question each part of a reply answers (by content first, then by
position), checks each answer as it arrives (a wrong-looking one gets one clarifying
question, never a silent mis-filing). The planner still reads the answers itself; this only
decides what it is given. What was understood is said back by ``assistant.understood``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.answer_kinds import (
    COUNTED_TIME_RE,
    NOT_TIME_RE,
    TIME_RE,
    WISH,
    kind_of,
    names_only,
)
from assistant.engines.base import Question
from assistant.errors import InputError
from assistant.language import normalize
from assistant.understanding.answers import UNKNOWN_RE as SAYS_UNKNOWN
from assistant.understanding.answers import (
    fix_period_typos,
    parse_answers,
    parse_owners,
)
from assistant.understanding.capacity_words import LooseCapacity, read_loose_capacity
from assistant.understanding.money_rate import monthly_amount
from assistant.understanding.team import SESSIONS_EACH_RE, head_count, said_per_person

TYPED = frozenset({"deadline", "capacity"})

_KEY_VALUE_RE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,29})\s*[:=]\s*(\S.*)$")
_UNKNOWN_RE = re.compile(
    r"^\W*(?:idk|i don'?t know|dunno|no idea|not sure|no clue|n/?a|pass|\?+)?\W*$", re.I
)


@dataclass
class Checked:
    """One answer after checking: what the planner is given, or the one question to ask."""

    key: str
    said: str
    text: str | None = None  # the answer as the planner will read it
    ask: str | None = None  # one clarifying question when it does not read as this answer
    unknown: bool = False  # "idk": left open, the plan assumes and says so
    note: str = ""  # how it was read, when that is not obvious ("10 h each x 4 people")
    per_person: float | None = None  # hours each, waiting for how many people


# --- which question each part answers ----------------------------------------------------


def map_answers(
    text: str, questions: list[Question], leftover: list[str] | None = None
) -> dict[str, str]:
    """Answers to open questions from one message, by content first, then by position.

    "key: value" lines go to that key; other parts (lines, or for one line answering several
    questions its sentences and comma parts) go to the question their content answers (a
    deadline, a weekly capacity, a starting point, an obstacle); parts no detector
    recognises go to the question in their position when there is one part per question,
    and never to a deadline or capacity question while another question is free. A part no
    open question fits is added to ``leftover``, never filed under a question it does not
    answer."""
    keys = [q.key for q in questions]
    if not keys:
        return {}
    out: dict[str, str] = {}
    loose: list[str] = []
    for line in (re.sub(r"^\s*[-*•]\s+", "", raw).strip() for raw in text.splitlines()):
        if not line:
            continue
        match = _KEY_VALUE_RE.match(line)
        key = _as_key(match.group(1)) if match else None
        if match and key in keys and key not in out:
            out[key] = match.group(2).strip()
        else:
            loose.append(line)
    remaining = [k for k in keys if k not in out]
    parts = _clauses(loose, len(remaining))
    unplaced: list[tuple[int, str]] = []
    for i, part in sorted(enumerate(parts), key=lambda ip: not _states_duration(ip[1])):
        kind = kind_of(part, remaining) or one_kind_inside(part, remaining)
        if kind in remaining and kind not in out:
            out[kind] = part
        else:
            unplaced.append((i, part))
    unplaced.sort()
    by_position = len(parts) == len(remaining)
    for i, part in unplaced:
        free = [k for k in remaining if k not in out]
        # an amount ("$600/month") is no obstacle, reason, date or time; a deadline or capacity
        # question takes an unrecognised part only when it is the whole reply (then checked)
        fits = [k for k in free if not (_amount_only(part) and k in _TEXT_KEYS | TYPED)]
        own = remaining[i] if by_position and remaining[i] not in TYPED else None
        untyped = [k for k in fits if k not in TYPED]
        if len(parts) == 1:  # one reply, nothing recognised: the first question it can answer
            # a word or two ("lots") answers the first question; a sentence nothing
            # recognises goes to a free text question before a date or a time
            short = len(part.split()) <= 2
            key = next(
                iter(free if len(remaining) == 1 else (fits if short else untyped or fits)), None
            )
            if free and free[0] == "capacity" and read_loose_capacity(part) is not None:
                key = "capacity"  # "not sure, whatever it takes": the time question, dodged
        else:
            key = own if own in fits else next(iter(untyped), None)
        kind = kind_of(part)
        if "owners" not in keys and "owners" not in out and names_only(part):
            out["owners"] = part  # "Maria, Tom, Priya and me": who, though nobody asked
            continue
        if kind in out and kind in remaining:  # "4 hours a week" then "mornings only"
            out[kind] = f"{out[kind]}; {part}"  # more of an answer this reply already gave
        elif key is not None:
            out[key] = part
        elif leftover is not None:
            leftover.append(part)  # said, but no open question fits it: never filed anywhere
    return out


_TEXT_KEYS = frozenset({"constraint", "why", "owners"})
_AMOUNT_RE = re.compile(
    r"\W*(?:about|around|roughly|~)?\s*[$€£]?\s*\d[\d,.]*\s*(?:k|%|[a-z$€£]+)?"
    r"(?:\s*(?:/|a|per|each)\s*[a-z]+)?\W*"
)
_FILLER_RE = re.compile(
    r"^(?:(?:oh|ok|okay|well|hmm+|um+|uh+|so|yeah|not sure|idk|i think|i guess|probably|"
    r"i don'?t know|i dunno|dunno|no idea|"
    r"honestly)\b[\s,.!-]*)+(?=\S)",
    re.I,
)


def _amount_only(part: str) -> bool:
    """'$600/month', '10 kg', '5k': an amount and nothing else."""
    return bool(_AMOUNT_RE.fullmatch(normalize(part)))


def _states_duration(part: str) -> bool:
    """'4 hours a week' says its time more surely than '3 evenings a week' or 'weekends'."""
    return bool(TIME_RE.search(fix_period_typos(normalize(part))))


def _as_key(label: str) -> str:
    return re.sub(r"[^a-z]+", "_", label.strip().lower()).strip("_")


_WISH_SPLIT_RE = re.compile(rf"(?<=\w)[\s,]+(?={WISH}\b)", re.I)
_DATE_COMMA_RE = re.compile(r"\b([A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?), (\d{4})\b")


def _clauses(lines: list[str], wanted: int) -> list[str]:
    """Answer parts: lines, then (for one line answering several questions) sentences or
    ';'-parts, then comma-parts where a comma separates a deadline or capacity from the rest.
    '3 evenings a week, 2 hours each' stays one part: the second half needs the first."""
    lines = [_FILLER_RE.sub("", line) for line in lines]  # "oh, 3 hours a week"
    if len(lines) != 1 or wanted <= 1:
        return lines
    line = _DATE_COMMA_RE.sub(r"\1 \2", lines[0])  # "March 3, 2027" is one date
    out: list[str] = []
    pieces = re.split(r"\s*;\s*|(?<=[.!?])\s+", line)
    # "maybe by summer i'd like to do a mile": the wish is its own part
    pieces = [bit for p in pieces for bit in _WISH_SPLIT_RE.split(p) if bit.strip(" ,.")]
    for piece in pieces:
        piece = _FILLER_RE.sub("", piece.strip(" ."))
        if not piece:
            continue
        if SESSIONS_EACH_RE.search(normalize(piece)):
            out.append(piece)
            continue
        subs = [p.strip(" .") for p in re.split(r"\s*,\s*(?:and\s+)?", piece) if p.strip(" .")]
        kinds = [kind_of(p) for p in subs]
        if len(subs) > 1 and any(kinds):
            typed: list[str] = []  # neighbours of one kind stay one part: "3 mornings, 30 min"
            for i, (sub, kind) in enumerate(zip(subs, kinds, strict=True)):
                if kind and i and kinds[i - 1] == kind:
                    typed[-1] = f"{typed[-1]}, {sub}"
                elif kind:
                    typed.append(sub)
            rest = ", ".join(p for p, k in zip(subs, kinds, strict=True) if not k)
            out.extend(typed + ([rest] if rest else []))
        else:
            out.append(piece)
    if len({kind_of(part) for part in out} - {None}) < 2:
        return [lines[0]]  # one answer said in several bits: "october, bloodwork is the 14th"
    return out


# --- is it a good answer to its question --------------------------------------------------


def check_answer(
    key: str, said: str, today: dt.date, goal: str = "", answers: dict[str, str] | None = None
) -> Checked:
    """Whether ``said`` reads as an answer to ``key``; the answer text the planner gets."""
    said = said.strip()
    if _UNKNOWN_RE.match(said) or (
        key in {"deadline", "capacity", "baseline"}
        and SAYS_UNKNOWN.match(said.lower())
        and not parse_answers({key: said}, today)
    ):
        return Checked(key, said, unknown=True)
    if key == "capacity":
        return _check_capacity(said, today, goal, answers or {})
    if key == "deadline":
        return _check_deadline(said, today)
    try:
        parse_answers({key: said}, today)
    except InputError as exc:
        return Checked(key, said, ask=f"{exc}.")
    if key == "constraint":  # "biggest problem is late night snacking": the snacking
        return Checked(key, said, text=_LEAD_IN_RE.sub("", said).strip() or said)
    return Checked(key, said, text=said)


_LEAD_IN_RE = re.compile(
    r"^\W*(?:(?:honestly|probably|mostly|i think|i guess|tbh|well)\W+)*(?:(?:the|my|our)\s)?"
    r"(?:biggest|main|real|big|only|usual|number one|#1)\s(?:problem|issue|thing|obstacle|"
    r"blocker|struggle|challenge|enemy|weakness)(?:\s(?:is|would be|has been)|'s|:)?\s*",
    re.IGNORECASE,
)


# a goal about money, where the time question asks for money a month too
_MONEY_GOAL_RE = re.compile(
    r"[$£€₹₦¥]|\b(?:save|saving|savings|debt|pay off|paying off|invest\w*|fund|deposit|"
    r"pension|retire\w*|budget\w*|income|earn\w*|loan|mortgage|credit|money)\b"
)


def _check_capacity(said: str, today: dt.date, goal: str, answers: dict[str, str]) -> Checked:
    s = fix_period_typos(normalize(said))
    money_goal = bool(_MONEY_GOAL_RE.search(normalize(goal)))
    if monthly_amount(said, asked=money_goal) and not _states_duration(said):
        return Checked("capacity", said, text=said)  # "$400 a month": money, the time assumed
    try:
        typed = parse_answers({"capacity": said}, today)
    except InputError as exc:
        if NOT_TIME_RE.search(s):  # "it's more about not buying them than time"
            return Checked("capacity", said, unknown=True, text=said)
        return Checked("capacity", said, ask=f"I could not read {said!r} as time: {_why(exc)}.")
    read = typed.get("capacity")
    loose = typed.get("capacity_said")
    if read is None and NOT_TIME_RE.search(s):  # "it should save me time lol": time assumed
        return Checked("capacity", said, unknown=True, text=said)
    if read is not None and not reads_as_time(said) and read_loose_capacity(said) is not None:
        return Checked("capacity", said, text=said)  # "not sure, whatever it takes": read so
    if read is None and loose is None:  # "it's part of my job so... idk": read in its words
        loose = read_loose_capacity(said)
    if read is None and isinstance(loose, LooseCapacity):
        # "n/a it's sleep", "just the appointments", "20% of each sprint": read, never re-asked
        return Checked("capacity", said, unknown=loose.kind == "unknown", text=said)
    if read is None or (len(s.split()) > 8 and not reads_as_time(said)):
        return Checked(
            "capacity",
            said,
            ask=f"{said!r} does not say how much time a week you have for this goal: how many "
            "hours a week can you give it (e.g. '4 hours a week', '30 min a day')?",
        )
    if said_per_person(said):
        heads = head_count(said) or heads_in(goal, answers)  # "4 of us, few hours each"
        hours = float(read)  # type: ignore[arg-type]
        if heads is None:
            return Checked(
                "capacity",
                said,
                per_person=hours,
                ask=f"That is {hours:g} h a week for each person: how many of you are there?",
            )
        total = round(hours * heads, 2)
        return Checked(
            "capacity",
            said,
            text=f"{total:g} hours a week",
            note=f"{hours:g} h each x {heads} people",
        )
    return Checked("capacity", said, text=said)


def one_kind_inside(part: str, keys: list[str]) -> str | None:
    """'twice a week, the pool opens at 7am': one clause says what the whole reply answers."""
    clauses = [c for c in re.split(r"\s*[,;]\s*|(?<=[.!?])\s+", part) if c.strip()]
    kinds = {kind_of(c, keys) for c in clauses} - {None} if len(clauses) > 1 else set()
    return kinds.pop() if len(kinds) == 1 else None


# an amount of time said in words, not a distance or a time gone by ("a few hours away")
_HOURS_SAID_RE = re.compile(
    r"\b(?:a few|a couple(?: of)?|couple of|few|\d+(?:\.\d+)?(?:\s?-\s?\d+)?)\s?"
    r"(?:hours?|hrs?|minutes|mins)\b(?!\s(?:away|drive|ago|late|behind|each way|from)\b)"
)


def reads_as_time(said: str) -> bool:
    """The reply, or one of its clauses, says time: 'twice a week, the pool opens at 7am'."""
    if COUNTED_TIME_RE.search(fix_period_typos(normalize(said))):
        return True  # "the municipal pool 3 mornings a week before work, it opens at 6"
    if _HOURS_SAID_RE.search(normalize(said)):
        return True  # "most days, but my back limits me to a few hours": an amount of time
    parts = [said, *re.split(r"\s*[,;]\s*|\s[-\u2013\u2014]\s|(?<=[.!?])\s+", said)]
    return any(kind_of(p, ["capacity"]) == "capacity" for p in parts if p.strip())


def _check_deadline(said: str, today: dt.date) -> Checked:
    hint = "By when? (e.g. 'by June', '2027-03-01', 'in 12 weeks')"
    try:
        typed = parse_answers({"deadline": said}, today)
        read = typed.get("deadline")
    except InputError as exc:
        why = _why(exc)
        if why.startswith("give a date"):
            return Checked("deadline", said, ask=f"I could not read {said!r} as a date. {hint}")
        return Checked("deadline", said, ask=f"{said!r} does not work: {why}. {hint}")
    relaxed = ("deadline_ongoing", "deadline_said", "starts", "deadline_relaxed")
    if read is None and any(k in typed for k in relaxed):
        return Checked("deadline", said, text=said)  # "just ongoing", "no rush really"
    if read is None:
        return Checked("deadline", said, ask=f"I could not read {said!r} as a date. {hint}")
    if isinstance(read, dt.date) and read <= today:
        return Checked("deadline", said, ask=f"{read:%d %b %Y} is not in the future. {hint}")
    return Checked("deadline", said, text=said)


def heads_in(goal: str, answers: dict[str, str]) -> int | None:
    """How many people share the work: named owners, or a head count in the goal or answers."""
    owners = parse_owners(answers.get("owners", "")) if answers.get("owners") else []
    if len(owners) > 1:
        return len(owners)
    return next((n for n in map(head_count, [goal, *answers.values()]) if n), None)


def read_count(text: str) -> int | None:
    """'4', 'four of us', 'we are 3': a head count; a number inside a longer sentence is one
    only when it counts the people ('the same 3 kids do everything' is no head count)."""
    s = normalize(text)
    m = re.search(r"\b(\d+)\b", s)
    if m is None or not 1 <= int(m.group(1)) <= 500:
        return None
    if len(s.split()) > 6 and not _HEADS_RE.search(s):
        return None
    return int(m.group(1))


_HEADS_RE = re.compile(
    r"\b(?:we'?re|we are|there are|there'?s|there will be)\s(?:about\s|around\s|roughly\s)?\d+"
    r"|\b\d+\s(?:of us|people|in total|altogether|members|volunteers|leaders|adults|parents)\b"
)


def _why(exc: InputError) -> str:
    """The reason part of an answer InputError ("capacity '-3': time ... negative")."""
    text = str(exc)
    return text.split(": ", 1)[1] if ": " in text else text


def checked_options(answers: dict[str, str], goal: str, today: dt.date) -> dict[str, str]:
    """`--answer` values as the planner should read them; one that does not read raises."""
    out: dict[str, str] = {}
    for key, said in answers.items():
        got = check_answer(key, said, today, goal, answers)
        if got.ask:
            raise InputError(f"{key} {said!r}: {got.ask}")
        if got.text is not None:
            out[key] = got.text
    return out
