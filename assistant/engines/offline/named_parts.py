"""Every part the person named planned: an owned, dated step for each, from its own field.

"Move to Lisbon by September, need to sort the D7 visa, find a flat" is planned as a move;
the visa and the flat get the first steps of the field that knows them (immigration, a move
from afar), or, when no field has a step for the part, a step in the person's own words
("Confession once a month"); the statement names every part.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.config import Settings
from assistant.engines.offline.evidence import names_the_thing_won
from assistant.language.text import listed
from assistant.models import Plan, Recurrence, Task
from assistant.playbooks.whole_goal import NOT_HERE
from assistant.understanding.currency import currency_in
from assistant.understanding.facts import Understanding
from assistant.understanding.goal import understand
from assistant.understanding.goal_parts import (
    named_parts,
    part_words,
    plan_text,
    planned,
    stated_method,
    unplanned_parts,
    verb_led,
)
from assistant.understanding.scope import CHECKED_OVER
from assistant.understanding.statement_words import coach_case

_SURE = 0.6  # a part routes to a field at least this surely, or its steps are the person's words
_OTHER_SURE = 0.75  # surer still when none of the field's steps names the part
_NOT_FIELDS = frozenset({"scaffold", "generic"})
_STEPS = 2  # a field's one-off steps taken for one part, at most
_PERSON_RE = re.compile(
    r"\bmy (mum|mom|mother|dad|father|parents|nan|nana|gran|grandma|grandpa|grandad|sister|"
    r"brother|son|daughter|wife|husband|partner|aunt|uncle)\b",
    re.I,
)
_PRONOUN_RE = re.compile(r"\b(?:her|him|them)\b", re.I)
_NUMBER = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_RATE_RE = re.compile(
    r"\b(once|twice|one|two|three|four|five|six|\d)(?: times| nights| days| evenings)? (?:a|per|each)"
    r" (day|week|month)\b|\bevery (day|week|month|sunday|saturday|friday|monday|morning|night)\b"
    r"|\b(daily|weekly|monthly)\b",
    re.I,
)
_WEEKLY = {"sunday", "saturday", "friday", "monday"}
_VAGUE_RE = re.compile(r"^(?:figure out|work out|sort out|sort|deal with|handle)\s+", re.I)
_MONEY_WORDS = {"INR": "rupees", "GBP": "pounds", "EUR": "euros", "USD": "dollars", "JPY": "yen"}
_YOU = {"my": "your", "i": "you", "me": "you", "our": "your", "we": "you", "us": "you"}


# an amount a period: "save at least 20k a month", "put £50 a week aside", "2 lakh a year"
_AMOUNT_RATE_RE = re.compile(
    r"[$£€₹]?\d[\d,.]*\s?(?:k|m|lakhs?|grand|quid|dollars|pounds|euros|rupees|rs)?\s"
    r"(?:a|per|each|every)\s(day|week|month)\b",
    re.I,
)


def part_rhythm(part: str) -> Recurrence | None:
    """The rhythm a part names ('at least once a month': once a month); None for a one-off."""
    amount = _AMOUNT_RATE_RE.search(part)
    if amount and not _RATE_RE.search(part):  # "20k a month": kept up once a month
        return Recurrence(times=1, per=amount.group(1).lower())
    m = _RATE_RE.search(part)
    if not m:
        return None
    if m.group(1):
        word = m.group(1).lower()
        times = int(word) if word.isdigit() else _NUMBER[word]
        return Recurrence(
            times=max(1, min(times, 7 if m.group(2) == "week" else 31)), per=m.group(2).lower()
        )
    word = (m.group(3) or m.group(4)).lower().removesuffix("ly")
    word = "day" if word in {"dai", "morning", "night"} else word
    return Recurrence(times=1, per="week" if word in _WEEKLY else word)


def with_person(part: str, goal: str) -> str:
    """'visit her at least once a month' -> 'visit my mum at least once a month'."""
    who = _PERSON_RE.search(goal)
    return _PRONOUN_RE.sub(who.group(0), part, count=1) if who else part


def _yours(text: str) -> str:
    return " ".join(_YOU.get(w.lower(), w) for w in text.split())


def _to(part: str) -> str:
    """'for the cat' (figure out the cat), 'to find a flat': what a step list is for."""
    thing = _VAGUE_RE.sub("", part)
    if thing == part and not verb_led(part):  # "admin or customer service": a thing to reach
        return f"towards {_yours(part)}"
    return f"for {_yours(thing)}" if thing != part else f"to {_yours(part)}"


def _own_words_step(
    part: str, owner: str, due: dt.date, start: dt.date, minutes: int, method: bool = False
) -> Task:
    """A step in the person's words, for a part no field has a step for; the method they chose
    ("step down the nicotine strength") is set out in stages, each with its week."""
    said = coach_case(_yours(part))
    said = said[:1].upper() + said[1:]
    rhythm = None if method else part_rhythm(part)
    if method:
        title = f"Write the stages to {_yours(part)}, with a week for each"
        done = "Stages written down; the first stage has its start date in the calendar"
    elif rhythm:
        title, done = said, f"{said}: kept up to {due:%d %B}"
    else:
        title = f"List every step {_to(part)}, with a date for the first"
        done = "Steps written down; the first one has a date in the calendar"
    return Task(
        id="t0",
        title=title,
        owner=owner,
        estimate_minutes=minutes,
        due=due,
        start=start,
        recurrence=rhythm,
        done_when=done,
    )


own_words_step = _own_words_step  # for a second action no field knows (second_part.py)


def _field_steps(
    part: str,
    said: str,
    u: Understanding,
    settings: Settings,
    today: dt.date,
    build: Callable[..., Plan],
    plan_id: str,
) -> list[Task]:
    """The first steps the field that knows ``part`` plans for it; [] when none knows it."""
    money = currency_in(u.core)
    if money and not currency_in(said):  # "save at least 20k a month" in the goal's rupees
        said = f"{said} in {_MONEY_WORDS.get(money, money)}"
    sub = understand(said, {}, today)
    if sub.playbook.key in _NOT_FIELDS or sub.route is None or sub.route.confidence < _SURE:
        return []
    other = build(sub, settings, today, plan_id)
    tasks = [t for m in other.milestones for t in m.tasks if not t.attacks_constraint]
    same = sub.playbook.key == u.playbook.key
    if not same and sub.route.confidence < _OTHER_SURE:
        return []  # a field read from one word ("ship our stuff" is not shipping software)
    own = [t for t in tasks if planned(part, f"{t.title} {t.done_when}")]
    if own or same:
        return own[:_STEPS]  # the plan's own field: only a step that names the part
    return [t for t in tasks if t.recurrence is None][:_STEPS]


def plan_named_parts(
    plan: Plan,
    goal: str,
    u: Understanding,
    settings: Settings,
    today: dt.date,
    build: Callable[..., Plan],
) -> Plan:
    """The plan with an owned, dated step for every named part no milestone or task plans,
    and a statement naming every part."""
    if u.unit == "parts" and len(u.stages) == len(plan.milestones):
        done_state_steps(plan, u, today)  # "Done: Fence fixed" has its own first step
    named = named_parts(goal)
    if named and all(names_the_thing_won(p, u) for p in named):
        return plan  # "... I need to get two references": the evidence stage plans them
    parts = unplanned_parts(goal, plan) if plan.milestones else []
    if not parts:
        return name_every_part(plan, goal)
    owner = plan.owners[0] if plan.owners else plan.milestones[0].tasks[0].owner
    number = max(
        (int(t.id[1:]) for m in plan.milestones for t in m.tasks if t.id[1:].isdigit()), default=0
    )
    last = len(plan.milestones) - 1
    for k, part in enumerate(parts):
        said = with_person(part, goal)
        steps = _field_steps(part, said, u, settings, today, build, f"{plan.id}-p{k}")
        j = round(k * last / max(len(parts) - 1, 1))
        placed = [(step, j) for step in steps]
        chosen = part == stated_method(goal)  # the way they chose, not a field's
        if chosen or not any(planned(part, f"{t.title} {t.done_when}") for t in steps):
            # the person's own words, listed in the first milestone so its first step is dated
            minutes = u.session_minutes or (45 if part_rhythm(part) else 30)
            first = plan.milestones[0]
            own = _own_words_step(said, owner, first.deadline, today, minutes, chosen)
            placed.insert(0, (own, 0))
        for step, at in placed:
            # a part kept up ("visit her once a month") runs through every milestone
            for here in range(len(plan.milestones)) if step.recurrence else [at]:
                number += 1
                _add(plan, here, step, f"t{number}", owner, today)
    return name_every_part(plan, goal)


def done_state_steps(plan: Plan, u: Understanding, today: dt.date) -> None:
    """Each part of the done-state they named opens its milestone with a step in their words:
    what it takes, what it costs, and the first job dated."""
    owner = plan.owners[0] if plan.owners else "me"
    number = max(
        (int(t.id[1:]) for m in plan.milestones for t in m.tasks if t.id[1:].isdigit()), default=0
    )
    for at, part in enumerate(u.stages):
        if part == CHECKED_OVER:
            continue
        said = part[:1].lower() + part[1:]
        step = Task(
            id="t0",
            title=f"Walk round and list the jobs for '{said}', with what each costs",
            owner=owner,
            estimate_minutes=min(45, u.session_minutes or 45),
            due=plan.milestones[at].deadline,
            start=today,
            done_when="Jobs listed with prices; the first one has a date in the calendar",
        )
        number += 1
        _add(plan, at, step, f"t{number}", owner, today)
        plan.milestones[at].tasks.insert(0, plan.milestones[at].tasks.pop())


def _start(plan: Plan, at: int, today: dt.date) -> dt.date:
    """The first day of milestone ``at``: the day after the one before it."""
    begin = plan.milestones[at - 1].deadline + dt.timedelta(days=1) if at else today
    return min(begin, plan.milestones[at].deadline)


def same_title(title: str) -> str:
    """A title as compared for sameness: 'Walk briskly for 25 minutes' whatever its case and
    size."""
    return " ".join(re.sub(r"\d+(?:\.\d+)?", "#", title.lower()).split())


def already_there(plan: Plan, at: int, step: Task) -> bool:
    """Whether the plan has this step already: a one-off anywhere (the BP monitor is bought
    once), a session in that milestone (one brisk walk, not one for each part)."""
    key = same_title(step.title)
    if step.recurrence:
        return any(same_title(t.title) == key for t in plan.milestones[at].tasks)
    return any(
        same_title(t.title) == key for m in plan.milestones for t in m.tasks if not t.recurrence
    )


def _add(plan: Plan, at: int, step: Task, task_id: str, owner: str, today: dt.date) -> None:
    """A copy of ``step`` in milestone ``at``, owned and dated inside it; none when the plan
    has it already."""
    if already_there(plan, at, step):
        return
    milestone = plan.milestones[at]
    start = _start(plan, at, today)
    due = milestone.deadline if step.recurrence else min(max(step.due, start), milestone.deadline)
    update = {
        "id": task_id,
        "owner": owner,
        "due": due,
        "start": start if start <= due else None,
        "depends_on": [],
        "attacks_constraint": False,
    }
    milestone.tasks.append(step.model_copy(update=update))


def name_every_part(plan: Plan, goal: str) -> Plan:
    """The statement with every named part it leaves out after 'also:', in the goal's order."""
    from assistant.understanding.goal_parts import named_parts

    statement = plan.goal.statement
    marker = f" ({NOT_HERE})"
    also = re.search(r";\s*also:\s*(.+)$", statement)
    if marker in statement and also and planned(also.group(1), plan_text(plan)):
        statement = statement.replace(marker, "")  # planned now, in these milestones
    parts = named_parts(goal)
    if not parts:
        plan.goal.statement = statement
        return plan
    if also:  # the two-part reader's words stay, without a vague verb or word
        statement = statement[: also.start(1)] + _plain(statement[also.start(1) :])
    missing = [
        p
        for p in parts
        if not part_words(p) & part_words(f"x {statement}") and not _SPAN_RE.match(p.strip())
    ]
    named = [_named(p, goal) for p in missing]
    if named:
        words = listed(named)
        joined = f"{statement}, {words}" if also else f"{statement}; also: {words}"
        statement = joined if len(joined) <= 480 else statement
    plan.goal.statement = statement
    return plan


# a span of time said beside the goal ("maybe 3 months"): its deadline, never a part to name
_SPAN_RE = re.compile(
    r"^(?:maybe |about |around |roughly |like )?(?:\d+|a|an|one|two|three|six)(?:-\d+)?\s"
    r"(?:days?|weeks?|months?|years?|yrs?)(?:-ish)?$",
    re.I,
)


def _plain(text: str) -> str:
    """'figure out the cat' -> 'the cat', 'our stuff' -> 'our belongings'."""
    text = re.sub(r"\b(?:figure out|work out|sort out)\s+", "", text, flags=re.I)
    return re.sub(r"\b(?:stuff|things)\b", "belongings", text)


def _named(part: str, goal: str) -> str:
    """A part as the statement names it: 'figure out the cat' -> 'the cat', 'ship our stuff'
    -> 'ship your belongings' (a vague verb or word would make the goal read unspecific)."""
    return coach_case(_plain(_yours(with_person(_VAGUE_RE.sub("", part), goal))))
