"""What the chat understood: corrections that name the fact they change, and the one line
that says every fact back with where it came from (your goal, your answer, or assumed)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer_kinds import LABELS, kind_of
from assistant.understanding.money_rate import monthly_amount

# --- corrections -----------------------------------------------------------------------------

_CORRECTION_RE = re.compile(  # "no, 4 hours", not "no budget at all"
    r"^\W*(?:actually|no(?=\s*[,.!;:-]|\s+(?:it'?s|i meant|make|wait|sorry|actually)\b)|nope|"
    r"sorry|oops|wait|correction|scratch that|i meant|i mean|"
    r"make it|change it|rather)\b",
    re.I,
)
_LEAD_RE = re.compile(
    r"^(?:\W*(?:actually|no|nope|sorry|oops|wait|correction|scratch that|i meant|i mean|"
    r"make it|make that|change it to|change that to|let'?s say|it'?s|it is|rather|not)\b)+\W*",
    re.I,
)
_NAMED_KEY: list[tuple[str, str]] = [
    ("deadline", r"deadline|due date|end date|finish date|date"),
    ("capacity", r"capacity|weekly time|time"),
    ("baseline", r"starting point|baseline|start"),
    ("metric", r"target|metric"),
    ("constraint", r"constraint|obstacle|problem|blocker"),
    ("owners", r"owners?|team"),
]


def read_correction(text: str) -> tuple[str, str] | None:
    """("deadline", "april") from "actually no, make the deadline april"; None when the
    message is not a correction or does not say which fact it changes."""
    if not _CORRECTION_RE.match(text):
        return None
    rest = _LEAD_RE.sub("", text).strip(" .!")
    for key, words in _NAMED_KEY:
        m = re.match(
            rf"(?:make|set|change|move|put|push)?\s*(?:the |my |our )?(?:{words})\b\s*"
            r"(?:is|should be|to|=|:|be|of|on)?\s*",
            rest,
            re.I,
        )
        if m and rest[m.end() :].strip(" .!"):
            return key, rest[m.end() :].strip(" .!")
    kind = kind_of(rest)
    return (kind, rest) if kind and rest else None


# --- what was understood --------------------------------------------------------------------

# the hours themselves ("4 hours a week", "maybe 3 hrs a wek"); anything else ("20 mins most
# evenings", "twice a week") is shown as the planner's reading of the person's words
_WEEKLY_HOURS_RE = re.compile(r".*(?:\d\s*(?:h|hr|hour)|\bhours?\b|\bhalf an\b|\ban hour\b)", re.I)


def understood_line(goal: str, answers: dict[str, str], today: dt.date) -> str:
    """'Got it: capacity 3 h/week (you said) · deadline 30 Apr 2027 (in your goal) · ...'."""
    from assistant.understanding.shared import understood

    try:
        u = understood(goal, answers, today)  # read once: the draft's brief reads it too
    except Exception:  # the reading is a courtesy; the plan itself reports real problems
        return "Got it: " + " · ".join(f"{LABELS.get(k, k)} {v[:40]}" for k, v in answers.items())

    def source(key: str) -> str:
        if key in answers:
            return "you said"
        return "in your goal" if key in u.stated else "assumed"

    facts = []
    said_number = "metric" in answers or u.preset is not None or re.search(r"\d", goal)
    if said_number and ("metric" in answers or "metric" in u.stated):
        where = source("metric")
        if where == "in your goal" and not _number_in(u.target, goal):
            where = "my reading of your goal"  # "learn to swim": 4 lengths is the planner's
        facts.append(f"target {u.value(u.target)} ({where})")
    elif u.done_state:  # "launch the app": done is the target; a number would be a guess
        facts.append(f"done when you {u.done_state} (in your goal)")
    month = u.money_per_month
    paced = month and "deadline" not in answers and "deadline_pace" in u.notes
    when = f"at your {u.money(round(month))} a month" if month and paced else source("deadline")
    if "deadline" in answers and _ONGOING_RE.search(answers["deadline"].lower()):
        when = "ongoing, as you said: by then it should hold on its own"
    elif "deadline" in answers and "deadline_moved" in u.stated and month:
        # "by next summer" at £150 a month: the date their amount reaches, not the one they said
        needs = re.search(r"needs about ([^;]+)", u.notes.get("deadline", ""))
        told = answers["deadline"].strip()[:40]
        when = f"at your {u.money(round(month))} a month" + (
            f"; '{told}' needs about {needs.group(1)}" if needs else ""
        )
    facts.append(f"deadline {u.deadline:%d %b %Y} ({when})")
    if u.money_per_month and "capacity" in answers and monthly_amount(answers["capacity"]):
        facts.append(f"{u.money(round(u.money_per_month))} a month (you said)")  # not hours
    elif "capacity" in answers and (said := _sessions_said(answers["capacity"])):
        facts.append(f"time {said} (you said)")  # not the planner's budget around it
    elif "capacity" in answers and not _WEEKLY_HOURS_RE.match(answers["capacity"]):
        # "twice a week": the sessions are theirs, the hours the planner's reading of them
        said = re.split(r"[,;.(]", answers["capacity"])[0].strip()
        said = said if len(said) <= 32 else said[:32].rsplit(" ", 1)[0] + "…"
        facts.append(f"capacity {round(u.capacity, 1):g} h/week (from your '{said}')")
    else:
        facts.append(f"capacity {round(u.capacity, 1):g} h/week ({source('capacity')})")
    if u.baseline is not None:
        facts.append(f"starting point {u.value(u.baseline)} ({source('baseline')})")
    elif answers.get("baseline", "").strip():  # "total beginner, I own a cheap acoustic"
        said = answers["baseline"].strip()
        facts.append(f"starting point: {said if len(said) <= 40 else said[:39] + '…'} (you said)")
    if u.team or "owners" in answers:
        facts.append(f"owners {', '.join(u.owners)} ({source('owners')})")
    if u.constraint:
        short = u.constraint if len(u.constraint) <= 40 else u.constraint[:39] + "…"
        facts.append(f"in the way: {short} ({source('constraint')})")
    return "Got it: " + " · ".join(facts)


_ONGOING_RE = re.compile(r"\b(?:ongoing|no end|forever|for good|open[- ]ended|from now on)\b")


def _sessions_said(text: str) -> str | None:
    """'3 × 45 min a week' when the answer named sessions and their length, else None."""
    from assistant.understanding.capacity import read_time

    said = read_time(text)
    if not (said.sessions and said.minutes) or said.per_day:
        return None
    return f"{said.sessions:g} × {said.minutes} min a week"


def _number_in(value: float, text: str) -> bool:
    """Whether the goal text says this number ("10 kg", "a 5k": 5; "learn to swim": no)."""
    if _NAMED_AMOUNT_RE.search(text.lower()):  # "a half marathon" names its 21.1 km
        return True
    said = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    return value in said or any(abs(value - n * 1000) < 1e-6 for n in said)


_NAMED_AMOUNT_RE = re.compile(
    r"\b(?:marathon|half|mile|ultra|triathlon|ironman|century|dozen|hundred|thousand|million|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)\b"
)
