"""The second part of a two-part goal planned from its own field, not only named.

"Raise $3,000 for the competition and build a robot": the money is the plan's field, and the
robot, once named after "also:", gets the first steps of its own field (the build's stages)
inside the same milestones. A part no field knows with confidence stays named only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.config import Settings
from assistant.engines.offline.evidence import names_the_thing_won
from assistant.engines.offline.named_parts import own_words_step, same_title, with_person
from assistant.models import Plan, Task
from assistant.playbooks.whole_goal import (
    NOT_HERE,
    as_action,
    restated,
    second_parts_with_heads,
    second_person,
)
from assistant.playbooks.whole_goal import VERBS as _VERBS
from assistant.understanding.goal import Understanding, understand
from assistant.understanding.goal_parts import part_words, planned, verb_led
from assistant.understanding.statement_words import coach_case

_PART_RE = re.compile(rf"; also: (?P<part>.+) \({re.escape(NOT_HERE)}\)$")
_SURE = 0.75  # the part routes to its field at least this surely, or it is only named
_NOT_FIELDS = frozenset({"scaffold", "generic"})
_PER_MILESTONE = 2  # the other field's one-off steps added to each milestone, at most


def plan_second_part(
    plan: Plan,
    u: Understanding,
    settings: Settings,
    today: dt.date,
    build: Callable[[Understanding, Settings, dt.date, str], Plan],
) -> Plan:
    """The plan with the left-out part's own first steps in its milestones, and the statement
    saying it is planned; unchanged when no field knows the part with confidence."""
    m = _PART_RE.search(plan.goal.statement)
    part = m.group("part") if m else _unplanned_action(plan, u)
    if not part or not plan.milestones or names_the_thing_won(part, u):
        return plan  # "finish TMA05 and send it off": one act, the plan's own done-state
    sub = understand(_with_period(part, u.core), {}, today)
    if (
        sub.playbook.key in _NOT_FIELDS | {u.playbook.key}
        or sub.route is None
        or sub.route.confidence < _SURE
    ):
        return plan if m else _in_their_words(plan, part, u, today)
    other = build(sub, settings, today, f"{plan.id}-2")
    taken = [t.id for m in plan.milestones for t in m.tasks]
    number = max((int(i[1:]) for i in taken if i[1:].isdigit()), default=0)
    start = today
    last = len(plan.milestones) - 1
    # a step either part already has is not booked twice: the BP monitor bought once, one walk
    done = {same_title(t.title) for m in plan.milestones for t in m.tasks if t.recurrence is None}
    for i, milestone in enumerate(plan.milestones):
        j = round(i * (len(other.milestones) - 1) / last) if last else 0
        tasks = other.milestones[j].tasks
        here = {same_title(t.title) for t in milestone.tasks}
        steps = [t for t in tasks if t.recurrence is None and same_title(t.title) not in done]
        steps = steps[:_PER_MILESTONE]
        # and its main session, so the part is practised, not only prepared for
        steps += [
            t
            for t in tasks
            if t.recurrence and not t.attacks_constraint and same_title(t.title) not in here
        ][:1]
        done |= {same_title(t.title) for t in steps if t.recurrence is None}
        for step in steps:
            number += 1
            due = (
                milestone.deadline
                if step.recurrence
                else min(max(step.due, start), milestone.deadline)
            )
            milestone.tasks.append(
                Task(
                    id=f"t{number}",
                    title=step.title,
                    owner=plan.owners[0] if plan.owners else step.owner,
                    estimate_minutes=step.estimate_minutes,
                    due=due,
                    start=start if start <= due else None,
                    done_when=step.done_when,
                    recurrence=step.recurrence,
                )
            )
        start = min(milestone.deadline + dt.timedelta(days=1), plan.goal.deadline)
    head = plan.goal.statement[: m.start()] if m else plan.goal.statement
    plan.goal.statement = joined(head, coach_case(part))
    things = {w for w in part_words(part) if not w.isdigit()}  # "2 coffees": not any '2'
    if not things & part_words(" ".join(x.title for x in plan.milestones)):
        # the last milestone holds the part's own result too ("at most 1 coffee a day ...")
        end, theirs = plan.milestones[-1], other.milestones[-1].title
        end.title = f"{end.title}, and {theirs[:1].lower()}{theirs[1:]}"
    return plan


# a part said as something to do or to have more or less of, never a remark ("did a car wash")
_ACTION_RE = re.compile(rf"(?:more|less|fewer|the|an?)\b|(?:{_VERBS})\b", re.I)


def _in_their_words(plan: Plan, part: str, u: Understanding, today: dt.date) -> Plan:
    """A second action no field knows surely ('fix the skirting boards the dog chewed' beside
    the repainting): a first step in the person's words, and the statement naming it."""
    if not verb_led(part) or part in {head for head, _ in second_parts_with_heads(u.core)}:
        return plan  # a thing, not an action; or the first action, which the field plans
    part = with_person(part, u.text)  # "visit her" is "visit my mum"
    owner = plan.owners[0] if plan.owners else plan.milestones[0].tasks[0].owner
    first = plan.milestones[0]
    step = own_words_step(part, owner, first.deadline, today, u.session_minutes or 30)
    taken = [int(t.id[1:]) for m in plan.milestones for t in m.tasks if t.id[1:].isdigit()]
    first.tasks.append(step.model_copy(update={"id": f"t{max(taken, default=0) + 1}"}))
    plan.goal.statement = joined(plan.goal.statement, coach_case(second_person(part)))
    return plan


def in_one_sentence(plan: Plan) -> Plan:
    """A part still said after '; also:' (planned by its own steps) joined into the statement
    as one sentence; a part the plan leaves out keeps its 'plan it as a second goal' note."""
    m = re.search(r";\s*also:\s*(?P<part>.+)$", plan.goal.statement)
    said = m.group("part") if m else ""
    if m and NOT_HERE not in said and (_ACTION_RE.match(said) or verb_led(said)):
        plan.goal.statement = joined(plan.goal.statement[: m.start()], m.group("part"))
    return plan


def _unplanned_action(plan: Plan, u: Understanding) -> str:
    """A second action the goal asks for that the plan's milestones do not name ('drink 2
    litres of water a day and cut down to 1 coffee': the coffee); '' when there is none."""
    milestones = " ".join(x.title for x in plan.milestones)
    said = f"{milestones} {plan.goal.metric.name}"  # the results, not the statement's words
    for head, tail in second_parts_with_heads(u.core):
        # the second action, or the first when the field plans the second ("reduce coffee")
        for words in (tail, head) if head else ():
            part = as_action(words) or ""  # an action, never a remark ("i eat a lot of sweets")
            # "make an extra r5,000 a month" beside "Earn R5,000 a month": the goal said twice
            # its things, not its numbers: "2.5 litres of water" is not planned by "2 cups"
            things = re.sub(r"\d+(?:[.,]\d+)?", " ", part)
            if (
                part_words(part)
                and not planned(things, said)
                and not restated(part, plan.goal.statement)
            ):
                return part
    return ""


_PERIOD_RE = re.compile(r"\b(?:a|per|each|every) (day|week|month)\b|\b(dai|week|month)ly\b")


def _with_period(part: str, core: str) -> str:
    """The part with the period the goal said once for both ('drink 2 litres a day and cut
    down to 1 coffee': 1 coffee a day), so its field reads a limit, not a quit."""
    said = _PERIOD_RE.search(core)
    if _PERIOD_RE.search(part) or not said or not re.search(r"\d", part):
        return part
    period = said.group(1) or {"dai": "day"}.get(said.group(2), said.group(2))
    return f"{part} a {period}"


# where a part joins: the statement's colon, its date, or a comma before its count or streak
# (", 4 weeks in a row"), never a comma inside a list ("into dated, named folders")
_AT_RE = re.compile(
    r":\s|,\s(?=\d|(?:every|each|all|done|kept|then|with|checked|counted|logged|tracked)\b)|"
    r" by \d{1,2} [A-Z][a-z]+ \d{4}"
)


def joined(statement: str, part: str) -> str:
    """The statement naming the second part in one sentence: 'Drink 2 litres of water a day
    and cut down to 1 coffee: ...', not '...; also: cut down to 1 coffee'."""
    at = _AT_RE.search(statement)
    cut = at.start() if at else len(statement)
    # "with less salt", "with the sponsored relay", "with a no-spend month": a thing to have,
    # or the event it is done by
    joint = "with" if re.match(r"(?:more|less|fewer|the|an?)\b", part, re.I) else "and"
    head = statement[:cut].rstrip(" ,")
    if joint == "and":
        # "stop doomscrolling in bed" after "In bed by 11:30": the place is said once
        part = _SAID_PLACE_RE.sub(lambda m: "" if _names(head, m.group(0)) else m.group(0), part)
        inner = list(_AND_ACTION_RE.finditer(part))
        for m in reversed(inner[:-1]):  # "cook more and eat veg and drink less": one list
            part = f"{part[: m.start()]},{part[m.start() + 4 :]}"
        earlier = list(_AND_ACTION_RE.finditer(head))
        if earlier:  # a list of actions: "A, B and C", never "A and B and C"
            head = f"{head[: earlier[-1].start()]},{head[earlier[-1].start() + 4 :]}"
        if " and " in part:  # the part is two things itself: "A, B and C"
            return f"{head}, {part}{statement[cut:]}"
    return f"{head} {joint} {part}{statement[cut:]}"


def _names(text: str, phrase: str) -> bool:
    """Whether ``text`` already says ``phrase`` ("in bed"), as whole words."""
    return bool(re.search(rf"\b{re.escape(phrase.strip())}\b", text, re.I))


# an action joined with "and": "... and eat more vegetables"
_AND_ACTION_RE = re.compile(rf"\sand\s(?=(?:{_VERBS})\b)", re.I)
# a place or time the statement already names: "in bed", "at work", "on weekdays"
_SAID_PLACE_RE = re.compile(r"\s(?:in|at|on) (?!the\b|a\b|an\b|your\b)[a-z]+\b(?=\s|$)", re.I)
