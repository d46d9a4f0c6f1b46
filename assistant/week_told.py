"""A week told in the chat ("I did the first two tasks, only walked twice because of rain"),
read into a weekly review: which of the week's tasks got done, which slipped and why, and how
sure the person is now."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.language.text import content_stems
from assistant.models import Plan, Task
from assistant.weeks import monday

_NEGATIVE_RE = re.compile(
    r"\b(?:didn'?t|did not|not|never|missed|skipped|couldn'?t|could not|forgot|failed|no|"
    r"none|haven'?t|have not|wasn'?t|only|barely|just once|bailed|blew off|dropped)\b"
)
_POSITIVE_RE = re.compile(
    r"\b(?:did|done|finished|completed|managed|went|got|made|ran|walked|swam|wrote|read|paid|"
    r"saved|sent|booked|called|cooked|practi[cs]ed|hit|kept|nailed|ticked)\b"
)
_REASON_RE = re.compile(
    r"\b(?:because(?: of)?|cause|'?cos|due to|since|as|what with|thanks to)\s+(.+)$"
)
_FIRST_RE = re.compile(
    r"\bfirst (one|two|three|four|five|\d)\b(?: (?:tasks?|things?|ones?|steps?))?"
    r"|\bfirst (?:task|thing|step)\b"
)
_ALL_RE = re.compile(r"\b(?:all of (?:it|them)|everything|all (?:the )?tasks|all \d+)\b")
_IDS_RE = re.compile(r"\bt(\d+)\b")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_CONFIDENCE_RE = re.compile(
    r"\b(10|[1-9])\s*(?:/|out of)\s*10\b|\bconfidence(?: is| of|:)?\s*(10|[1-9])\b"
)
_LAST_WEEK_RE = re.compile(r"\blast week\b")
# a count of times points at a repeating session: "only walked twice", "ran 3 times"
_TIMES_RE = re.compile(r"\b(?:once|twice|three times|\d+ times|\d+x|every day|each day|daily)\b")


@dataclass
class WeekTold:
    """What the person said about one week, mapped onto the plan's tasks."""

    week_of: dt.date
    done: list[str] = field(default_factory=list)
    slipped: dict[str, str] = field(default_factory=dict)  # task id -> the reason, their words
    confidence: int | None = None
    notes: str = ""
    times: dict[str, int] = field(default_factory=dict)  # a session's count said ("twice")

    def said_back(self, plan: Plan) -> str:
        """'done: X; slipped: Y (rain)', in the plan's own task titles."""
        titles = {t.id: t.title for t in plan.tasks()}
        parts = []
        if self.done:
            parts.append(
                "done: "
                + "; ".join(
                    f"{titles[i]} ({self.times[i]}×)" if i in self.times else titles[i]
                    for i in self.done
                )
            )
        if self.slipped:
            parts.append(
                "slipped: " + "; ".join(f"{titles[i]} ({why})" for i, why in self.slipped.items())
            )
        return " · ".join(parts) or "no task named; your words are kept as the week's note"


def week_tasks(plan: Plan, week: dt.date) -> list[Task]:
    """The tasks a week holds: its sessions' tasks and the one-offs due in it, in due order."""
    end = week + dt.timedelta(days=6)
    held = [
        t
        for t in plan.tasks()
        if t.status != "dropped"
        and (
            (t.recurrence is not None and (t.start or plan.start_date) <= end and t.due >= week)
            or (
                t.recurrence is None
                and (week <= t.due <= end or (t.status == "todo" and t.due < week))
            )
        )
    ]
    return sorted(held, key=lambda t: (t.recurrence is not None, t.due, t.id))


def read_week(plan: Plan, text: str, today: dt.date) -> WeekTold:
    """The review a chat message tells: tasks named by id, by 'the first two', or by their
    words, each done or slipped by what the clause says, with the reason it gives."""
    said = text.strip()
    low = said.lower()
    week = monday(today) - dt.timedelta(weeks=1) if _LAST_WEEK_RE.search(low) else monday(today)
    tasks = week_tasks(plan, week) or list(plan.tasks())
    told = WeekTold(week_of=week, notes=said[:2000])
    confidence = _CONFIDENCE_RE.search(low)
    if confidence:
        told.confidence = int(confidence.group(1) or confidence.group(2))
    reason = _REASON_RE.search(low)
    because = reason.group(1).strip(" .!") if reason else ""
    by_id = {t.id: t for t in plan.tasks()}
    one_offs = [t for t in tasks if t.recurrence is None]
    for clause in re.split(r"\s*(?:[,;.!]|\bbut\b|\band then\b)\s*", low):
        if not clause.strip():
            continue
        named = [by_id[f"t{n}"] for n in _IDS_RE.findall(clause) if f"t{n}" in by_id]
        first = _FIRST_RE.search(clause)
        if first:
            said = first.group(1) or "1"
            count = _WORD_NUMBERS.get(said) or int(said)
            named += one_offs[:count]
        if _ALL_RE.search(clause):
            named += one_offs
        if not named:
            named = _best_match(clause, tasks)
        slipped = bool(_NEGATIVE_RE.search(clause)) or not _POSITIVE_RE.search(clause)
        for task in named:
            if task.id in told.done or task.id in told.slipped:
                continue
            if slipped:
                own = _REASON_RE.search(clause)
                why = own.group(1).strip(" .!") if own else because or clause
                told.slipped[task.id] = _as_said(said, low, why)[:300]
            else:
                told.done.append(task.id)
                sessions = _count_in(clause)
                if task.recurrence is not None and sessions:
                    told.times[task.id] = sessions
    return told


# past forms a person tells a week in, to the verb a task title uses
_PAST = {
    "ran": "run",
    "swam": "swim",
    "rode": "ride",
    "wrote": "write",
    "went": "go",
    "ate": "eat",
    "drank": "drink",
    "slept": "sleep",
    "spoke": "speak",
    "sang": "sing",
    "drove": "drive",
    "taught": "teach",
    "bought": "buy",
    "paid": "pay",
    "sent": "send",
    "spent": "spend",
    "made": "make",
    "did": "do",
    "met": "meet",
    "read": "read",
    "lifted": "lift",
}


def _best_match(clause: str, tasks: list[Task]) -> list[Task]:
    """The one task a clause names by its words: the most shared words; a count of times
    ("only walked twice") prefers a repeating session."""
    plain = " ".join(_PAST.get(w, w) for w in re.findall(r"[a-z']+", clause.replace("-", " ")))
    stems = content_stems(plain)
    counted = bool(_TIMES_RE.search(clause))
    scored = [
        (len(stems & content_stems(t.title)) + (0.5 if counted and t.recurrence else 0), -i, t)
        for i, t in enumerate(tasks)
    ]
    best = max(scored, default=None, key=lambda row: row[:2])
    return [best[2]] if best and best[0] >= 1 else []


def _as_said(said: str, low: str, part: str) -> str:
    """A part of the lower-cased message in the person's own case ("I was travelling")."""
    at = low.find(part)
    return said[at : at + len(part)] if at >= 0 and len(said) == len(low) else part


_COUNT_WORDS = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5}


def _count_in(clause: str) -> int | None:
    """'walked twice', 'ran 3 times': how many sessions the clause says got done."""
    m = re.search(r"\b(once|twice|three times|four times|five times|(\d+) ?(?:times|x))\b", clause)
    if not m:
        return None
    return int(m.group(2)) if m.group(2) else _COUNT_WORDS[m.group(1)]
