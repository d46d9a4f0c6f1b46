"""Adding one step the person names: "add a task to book a physio check for my knee by
friday", "remind me to renew the gym card", "put 'call the bank' on the list"."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.revise_tasks import add_practice
from assistant.engines.offline.revise_words import as_step, original_case, without_reason
from assistant.errors import InputError
from assistant.language.act_sizes import act_least
from assistant.models import Plan, Task
from assistant.plan_edits.ops import fresh_ids
from assistant.understanding.answers import parse_deadline

_POLITE = (
    r"(?:(?:can|could|would) you |can we |could we |please |pls |let'?s |i want to |i'?d like to )?"
)
_ADD_STEP_RE = re.compile(
    rf"^{_POLITE}(?:add|put in|stick in|include|throw in)\s(?:a |an |one |another |1 )?"
    r"(?:one[- ]off |new |single |quick |extra )?(?:task|step|to-?do|item|reminder)\b"
    r"(?:\s(?:to|for|that says|saying|about)\b|\s?[:\-])?\s*(.+)$"
    rf"|^{_POLITE}remind me to\s(.+)$"
    # "add something about cutting out beer on weekdays", "add a bit on stretching"
    rf"|^{_POLITE}(?:add|put in|include)\s(?:something|a bit|a step|stuff|a part|one)\s"
    r"(?:about|on|for)\s(.+)$"
    # "add an accessibility audit before the beta": a thing done once, by a date or event
    rf"|^{_POLITE}(?:add|put in|include)\s((?:a|an)\s(?!(?:\w+\s)?(?:session|run|workout|"
    r"milestone)s?\b).+?\s(?:before|by)\s.+)$"
    # "add a security review, infosec just pinged me": a one-off the noun names, a remark after
    rf"|^{_POLITE}(?:add|put in|include)\s((?:a|an)\s(?:[\w-]+\s){{0,3}}(?:review|audit|check|"
    r"check-?up|test|call|meeting|appointment|visit|consultation|inspection|assessment|"
    r"walkthrough|demo|retro|retrospective))(?:,\s.*)?$"
    # "could you add joining a book club": a single act said as a gerund
    rf"|^{_POLITE}(?:add|put in|include)\s((?:joining|signing up for|booking|buying|"
    r"registering for|enrolling in|getting)\s.+)$"
    rf"|^{_POLITE}(?:add|put)\s['\"]?(.+?)['\"]?\s(?:to|on|in)\s(?:the |my )?"
    r"(?:plan|list|to-?do(?: list)?|checklist)$"
)
# the step's date, said at its end: "by friday", "before the 12th", "next week", "tomorrow"
_WHEN_RE = re.compile(
    r"^(.+)[,\s]+(?:(?:by|before|on|due)\s(.+?)|(this week|next week|tomorrow|today|"
    r"this weekend|next weekend|next month))$"
)
_MINUTES_RE = re.compile(r"[,\s]+(?:(?:it )?takes\s|for\s|about\s)?(\d+)\s?(?:min\w*|m)$")
# a rhythm belongs to a repeating practice, which the practice rule adds
_RHYTHM_RE = re.compile(r"\b(?:every|each|weekly|daily|twice|once a|times a|per week|a week)\b")
# the verb a one-off named by its noun takes: "Book an eye test", "Run a security review"
_VERB_FOR = {
    **dict.fromkeys(
        (
            "test",
            "check",
            "check-up",
            "checkup",
            "appointment",
            "visit",
            "consultation",
            "inspection",
            "assessment",
        ),
        "Book",
    ),
    **dict.fromkeys(
        ("review", "audit", "walkthrough", "demo", "retro", "retrospective", "meeting"), "Run"
    ),
    "call": "Make",
}
_DEFAULT_MINUTES = 30  # one small step: a call, a booking, an errand
_DEFAULT_DAYS = 7  # a step with no date said: within the week


def add_step(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """A one-off task in the person's own words, in the milestone whose weeks hold its date."""
    s = without_reason(s)
    m = _ADD_STEP_RE.match(s)
    if not m:
        return None
    words = next(g for g in m.groups() if g).strip(" .'\"")
    if re.match(r"^(?:a |another |new )?milestone\b", words):
        return None
    if _RHYTHM_RE.search(words):  # "add a reminder to stretch every day": a practice
        return add_practice(plan, f"add {words}", raw, today, settings)
    minutes = _DEFAULT_MINUTES
    said_minutes = _MINUTES_RE.search(words)
    if said_minutes:
        minutes = int(said_minutes.group(1))
        words = words[: said_minutes.start()]
    due = today + dt.timedelta(days=_DEFAULT_DAYS)
    when = _WHEN_RE.match(words)
    day = _step_day((when.group(2) or when.group(3)).strip(), today) if when else None
    if when and day is not None:  # "on the terrace" is no date: part of the step
        due, words = day, when.group(1)
    if len(words.split()) < 2:
        raise InputError("say what the step is: 'add a task to book a physio check by friday'")
    ahead = [ms for ms in plan.milestones if ms.deadline >= today]
    if not ahead:
        raise InputError("every milestone of this plan is in the past; add a milestone first")
    if due > plan.goal.deadline:
        raise InputError(
            f"{due:%d %b %Y} is after the plan's deadline ({plan.goal.deadline:%d %b %Y}); "
            "move the deadline first or pick an earlier date"
        )
    title = as_step(original_case(raw, words.strip(" .,")))
    if title.lower().startswith(("a ", "an ")):  # "an accessibility audit": a thing to do
        last = re.findall(r"[a-z-]+", title.lower())[-1]
        title = f"{_VERB_FOR.get(last, 'Do')} {title}"
    title = title[:1].upper() + title[1:]
    minutes = max(minutes, act_least(title) or 0) if not said_minutes else minutes
    new = plan.next_version(f"added the step '{title}'")
    home = next(ms for ms in new.milestones if ms.deadline >= max(due, today))
    home.tasks.append(
        Task(
            id=next(fresh_ids(new)),
            title=title,
            owner=new.owners[0],
            estimate_minutes=minutes,
            due=max(due, today),
            start=today,
            done_when=f"{title}: done, and the date ticked off",
        )
    )
    return new


def _step_day(said: str, today: dt.date) -> dt.date | None:
    """The date a step is due: 'tomorrow', 'next week' (its end), or any deadline phrase."""
    if said == "today":
        return today
    if said == "tomorrow":
        return today + dt.timedelta(days=1)
    if said in {"this week", "this weekend"}:
        return today + dt.timedelta(days=6 - today.weekday())
    if said in {"next week", "next weekend"}:
        return today + dt.timedelta(days=13 - today.weekday())
    return parse_deadline(said, today)
