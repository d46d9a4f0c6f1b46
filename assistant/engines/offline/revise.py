"""Plain-words revisions, understood deterministically; each returns a new plan version.

Understood: a new deadline (a date or "2 weeks later"), hours a week, sessions a week, time of
day, smaller tasks, breaking one task down, dropping or adding a milestone, renaming, editing
one task, giving tasks to someone, someone joining a session, a new target, and "I'm stuck
on X". Anything else raises InputError
saying what is understood. Every revision is fitted to capacity and keeps the goal's core
activity in every week that had it.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline import (
    revise_add,
    revise_break,
    revise_days,
    revise_goal,
    revise_limits,
    revise_money,
    revise_swap,
    revise_tasks,
    revise_time,
)
from assistant.engines.offline.constraints import classify, constraint_moves
from assistant.engines.offline.fit import fit_capacity
from assistant.engines.offline.revise_words import most_named, original_case, read_request
from assistant.errors import InputError
from assistant.language import normalize
from assistant.language.text import content_stems
from assistant.models import Assumption, Plan, Task
from assistant.plan_edits import add_milestone, drop_milestone, fresh_ids, keep_core
from assistant.plan_edits.core import follow_practice
from assistant.playbooks import BY_KEY, pick_playbook
from assistant.understanding.answers import parse_deadline

HINT = (
    "Changes I understand: a new deadline ('move the deadline to June', 'push it back 2 weeks'), time "
    "per week ('I only have 4 hours a week'), 'fewer sessions', 'move workouts to mornings', "
    "'make tasks smaller', 'break down t7', 'drop milestone 3', 'add a milestone: ... by May', "
    "'rename the plan to ...', 't4 takes 20 minutes', 'give the outreach tasks to Ana', "
    "'I'm stuck on ...', 'I can't do Tuesdays', 'Saturdays only', '4 runs instead', 'this is too much', 'I already have ...', 'undo'; or ask "
    "'what should I do this week?'"
)

_STUCK_RE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i keep getting|getting)\s(?:really\s)?stuck\s(?:on|with|at)\s"
    r"(.+)|\bstuck\s(?:on|with|at)\s(.+)|\b(?:the )?(?:blocker|bottleneck|problem) is\s(.+)"
)
_DROP_RE = re.compile(
    r"\b(?:drop|remove|delete|cut|skip)\s(?:the\s)?(?:milestone\s#?(\d+)|(\d+)(?:st|nd|rd|th)?\s"
    r"milestone|milestone\s(.+)|(.+?)\smilestone)\b"
)
_ADD_RE = re.compile(r"\badd\s(?:a\s|another\s|one more\s|1 more\s|new\s)*milestone\b[:\s,-]*(.*)$")
_OWNER_RE = re.compile(
    r"\b(?:give|assign|hand|move)\s(?:all\s)?(?:of\s)?(?:the\s)?(.+?)\s(?:tasks?\s)?(?:to|"
    r"over to)\s"
    r"(.+)$|^(.+?)\s(?:takes|owns|will take|will own|should own|should take|will do|can do|"
    r"does|will handle|handles|can handle|is doing|is taking|will help with|can help with|"
    r"is helping with|helps with|is going to do|is going to help with)\s(?:the\s|all the\s)?(.+?)\s?"
    r"(?:tasks?)?$"
)


# someone said first, then what they take: "my roommate is going to handle the living room",
# "a mentor offered to review my cv, so she can take the resume step", "Priya joins next
# monday, can she take the push notification work?"
# someone close named with what they will do: "her dad will do the weekend practice", "my
# daughter will pick up the wool for me when she's in town", "my son'll sort the shopping"
_OWNER_FIRST_RE = re.compile(
    r"^(?P<who>(?:my|her|his|our|their)\s(?!own\b)\w+)(?:'ll|\s(?:will|can|is going to|is gonna|"
    r"has offered to|offered to))\s(?:do|handle|take over|take|pick up|cover|run|"
    r"look after|deal with|sort out|sort|book|buy|get|manage)\s(?:the\s|all the\s|our\s|my\s)?"
    r"(?P<what>.+?)(?:,.*|\s(?:when|while|if|since|as|because|cos|so)\s.*)?$"
)
_OWNER_TOLD_RE = re.compile(
    r"^(?:(?:a|an)\s(?:\w+\s){0,4}?)?(?P<who>(?:my|our)\s\w+|[a-z]+)\b.*?\b"
    r"(?:(?:he|she|they)(?:'ll\s|\s(?:can|could|will|is going to|are going to|wants to|offered to)"
    r"?\s?)|"
    r"(?:can|could|will)\s(?:he|she|they)\s|(?:is|are) going to\s)"
    r"(?:take over|take|handle|own|do|cover|run|look after|deal with)\s(?:the\s|all the\s)?"
    r"(?P<what>.+?)(?:\s(?:steps?|tasks?|work|bits?|parts?|stuff))?$"
)


def revise_plan(plan: Plan, instruction: str, today: dt.date, settings: Settings) -> Plan:
    """The next version of ``plan`` following ``instruction``, fitted to capacity."""
    s = read_request(instruction)
    if not s:
        raise InputError("the revision is empty; " + HINT)
    # the whole message first; then each of its sentences in turn ("this is too easy, I did 3
    # days of tasks yesterday. can we speed it up": the first one a rule reads says the change)
    for said in (s, *_clauses(s)):
        for rule in RULES:
            result = rule(plan, said, instruction, today, settings)
            if result is not None:
                result = fit_capacity(result, settings, keep_core=True)
                if rule not in _EMPTIES_WEEKS:  # unless the person asked for it
                    keep_core(plan, result)
                follow_practice(plan, result)
                return result
    raise InputError(
        f"I can't tell what to change in the plan from {instruction.strip()[:80]!r}. {HINT}"
    )


_SENTENCE_END_RE = re.compile(
    r"(?<=[a-z0-9)])\s*(?:[.!?;]+|,\s(?=(?:can|could|so|but|and|i|we|my)\s))\s*"
)
# a sentence whose "it" or "that" points at an earlier one ("I'd rather not do the challenge.
# maybe limit it to twice a week?") is not read alone: its "it" would land on the main sessions
_POINTS_BACK_RE = re.compile(
    r"\b(?:it|its|them|that|those|these|this one|that one)\b"
    # "maybe 20?" after "the 50 pages a day thing is not happening": 20 of what was said before
    r"|^(?:maybe|how about|what about|or|like|say|perhaps|just)?\s?\d[\d,.]*\s?\w{0,3}$"
)
_WHOLE_PLAN_IT_RE = re.compile(
    r"\b(?:speed|step|ramp|scale|tone|dial|slow) (?:it|things) (?:up|down|back)\b|"
    r"\bmake it (?:harder|easier|lighter|tougher)\b|\bthis is too\b|"
    r"\bpush (?:it|everything) back\b"
)


def _clauses(s: str) -> list[str]:
    """The sentences of a longer message that can be read alone, each of at least two words;
    none for a message of one sentence."""
    # each read as its own request: "so skip the basic chord stuff" is "skip the basic chord stuff"
    parts = [read_request(p) for p in _SENTENCE_END_RE.split(s)]
    if len([p for p in parts if p]) < 2:
        return []
    return [
        p
        for p in parts
        if len(p.split()) >= 2 and (not _POINTS_BACK_RE.search(p) or _WHOLE_PLAN_IT_RE.search(p))
    ]


def _plain(text: str) -> str:
    """A move's text as shown: the braces escaped for template formatting undone."""
    return text.replace("{{", "{").replace("}}", "}")


def _stuck(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _STUCK_RE.search(s)
    if not m:
        return None
    thing = next(g for g in m.groups() if g).strip(" .")
    said = original_case(raw, thing)
    problem = f"{said[:1].upper()}{said[1:]}" if m.group(3) else f"Stuck on {said}"
    new = plan.next_version(
        f"{problem[:1].lower()}{problem[1:]}: made it the constraint, with new attacking tasks"
    )
    # the field the plan was written from; plans from elsewhere by their words
    pb = BY_KEY.get(plan.metadata.field or "") or pick_playbook(normalize(plan.goal.statement))
    moves = constraint_moves(pb, problem)
    constraint, strategy, attack = moves.constraint, moves.strategy, moves.attack
    if classify(thing) is None:
        strategy = f"Break '{thing}' into one small, testable step a week and ask for help early"
    new.constraint, new.constraint_strategy = constraint, strategy
    current = next((m for m in new.milestones if m.deadline >= today), new.milestones[-1])
    owner = new.owners[0]
    ids = fresh_ids(new)
    first = moves.unblock[0] if moves.unblock else None  # the obstacle's own first move
    unblock = Task(
        id=next(ids),
        title=_plain(first.title) if first else "Write a plan B for the moment you get stuck",
        owner=owner,
        estimate_minutes=30,  # a first move this week, whatever its usual size
        due=min(today + dt.timedelta(days=2), current.deadline),
        start=today,
        done_when=_plain(first.done_when) if first else f"Plan B for '{thing[:80]}' saved",
        attacks_constraint=True,
    )
    ask = Task(
        id=next(ids),
        title="Ask 1 person who got past a similar block for advice",
        owner=owner,
        estimate_minutes=30,
        due=min(today + dt.timedelta(days=5), current.deadline),
        start=today,
        done_when=f"Question about '{thing[:80]}' sent; answer saved in notes",
        attacks_constraint=True,
    )
    current.tasks[:0] = [unblock, ask]
    for milestone in new.milestones:
        for task in milestone.tasks:
            if task.attacks_constraint and task.recurrence and task.due >= today:
                task.title, task.done_when = _plain(attack.title), _plain(attack.done_when)
                task.estimate_minutes = attack.minutes
    new.assumptions = [a for a in new.assumptions if a.key != "constraint"]
    new.assumptions.append(
        Assumption(text=f"The main constraint: {constraint}", source="stated", key="constraint")
    )
    return new


def _drop(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _DROP_RE.search(s)
    if not m:
        return None
    number = m.group(1) or m.group(2)
    index = int(number) - 1 if number else _match_milestone(plan, (m.group(3) or m.group(4) or ""))
    title = plan.milestones[index].title if 0 <= index < len(plan.milestones) else ""
    new = plan.next_version(f"dropped milestone {index + 1}: {title}")
    drop_milestone(new, index)
    return new


def _add(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _ADD_RE.search(s)
    if not m:
        return None
    words = m.group(1).strip(" .:'\"")
    when = re.search(r"\s(?:by|before|on|due)\s(.+)$", words)
    day = parse_deadline(when.group(1), today) if when else None
    if when and day is None:
        raise InputError(f"can't read the date {when.group(1)!r}; say e.g. 'by 15 March'")
    title = words[: when.start()] if when else words
    if not title:
        raise InputError("say what the milestone is: 'add a milestone: run 3 km by March'")
    title = original_case(raw, title.strip())
    new = plan.next_version(f"added milestone '{title}'")
    add_milestone(new, title[:1].upper() + title[1:], day, new.owners[0])
    return new


def _match_milestone(plan: Plan, words: str) -> int:
    def numbers(text: str) -> set[str]:
        return {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text)}

    wanted, wanted_numbers = content_stems(words), numbers(words)
    scores = [
        len(wanted & content_stems(m.title)) + 2 * len(wanted_numbers & numbers(m.title))
        for m in plan.milestones
    ]
    best = max(scores) if scores else 0
    if best == 0:
        raise InputError(
            f"no milestone matches {words!r}; say 'drop milestone 2' or use words from its title"
        )
    return scores.index(best)


def _owner(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _OWNER_RE.search(s)
    if not m:
        return None
    what, who = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if re.match(r"^\d+\s?(?:min\w*|hours?|h)\b", what):
        return None  # "the yoga should take 20 min": a length, not someone taking tasks
    if _WHEN_NOT_WHO_RE.match(who.strip()):
        return None  # "move the long runs to sunday": a day, not someone taking them
    return _give(plan, raw, what, who)


_WHEN_NOT_WHO_RE = re.compile(
    r"^(?:the\s|a\s|next\s|this\s)?(?:mon|tue|wed|thu|fri|sat|sun|week|month|morning|evening|"
    r"afternoon|night|lunch|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)"
)


def _owner_first(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'her dad will do the weekend practice': a person close to them takes what they name
    (read before the days and times, which the weekday in it would otherwise move)."""
    told = _OWNER_FIRST_RE.match(s)
    if not told:
        return None
    # "the wool for me on saturday": the wool (whom for and when are no part of the step)
    what = _WHEN_SAID_RE.sub("", told.group("what"))
    return _give(plan, raw, what or told.group("what"), told.group("who"))


_WHEN_SAID_RE = re.compile(
    r"\s(?:for (?:me|us|her|him|them)|(?:on|this|next) (?:mon|tue|wed|thu|fri|sat|sun)\w*|"
    r"this (?:week|weekend)|next (?:week|weekend)|tomorrow|today|tonight)\b.*$"
)


def _owner_told(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'my fiancé wants in on the cooking, so he can take over the grocery list'."""
    told = _OWNER_TOLD_RE.search(s)
    if not told or len(told.group("who").split()) > 2:
        return None
    return _give(plan, raw, told.group("what"), told.group("who"))


def _give(plan: Plan, raw: str, what: str, who: str) -> Plan:
    """The open tasks ``what`` names (ids or title words) given to ``who``."""
    raw_who = original_case(raw, who.strip(" ."))
    ids = re.findall(r"\bt\d+\b", what)
    named = re.sub(r"\b(tasks?|all|every|the)\b", " ", what)
    # in the plan's words too: "the wool" is the yarn the plan buys
    wanted = content_stems(named) | content_stems(
        " ".join(revise_tasks.PLAN_WORDS.get(w, "") for w in named.split())
    )
    matched = [
        t
        for t in plan.tasks()
        if t.status == "todo"
        and (t.id in ids if ids else (not wanted or wanted & content_stems(t.title)))
    ]
    if wanted and not ids:  # "the long runs": the tasks named by most of the words, not every run
        matched = most_named(matched, wanted)[1]
        hits = [wanted & content_stems(t.title) for t in matched]
        titles = list(dict.fromkeys(t.title for t in matched))
        shared = set.intersection(*hits) if hits else set()
        if len(titles) > 1 and not shared and not re.search(r"\band\b|,", what):
            # "the monthly check of the account": one step is about a check, another about the
            # account; no word names them all, so which one is asked, never all given away
            options = "; ".join(
                f"{next(t.id for t in matched if t.title == title)} '{title}'"
                for title in titles[:3]
            )
            raise InputError(
                f"{what.strip()!r} could be any of: {options}. Say which, with the task's id"
            )
    if not matched:
        raise InputError(f"no open task mentions {what!r}; use a word from a task title")
    if all(t.owner.lower() == raw_who.lower() for t in matched):
        raise InputError(
            f"{raw_who} already owns {'it' if len(matched) == 1 else f'all {len(matched)}'}: "
            + "; ".join(f"'{t.title}'" for t in matched[:3])
        )
    count = f"{len(matched)} '{what}' task{'' if len(matched) == 1 else 's'}"
    new = plan.next_version(f"gave {count} to {raw_who}")
    chosen = {t.id for t in matched}
    for task in new.tasks():
        if task.id in chosen:
            task.owner = raw_who
    if raw_who.lower() not in {o.lower() for o in new.owners}:
        new.owners.append(raw_who)
    return new


_EMPTIES_WEEKS = (revise_tasks.drop_tasks, revise_break.pause)  # asked: weeks may go without

RULES = (
    revise_limits.avoid_moves,  # "my knee hurts so no jumping": before 'stuck' and 'lighter'
    revise_days.days_off_said,  # "I can't do Tuesdays": before 'stuck' and time of day
    revise_tasks.avoided_step,  # "the call step makes me anxious": before 'stuck'
    _stuck,
    revise_goal.start_said,  # "I already have 1200 saved": before a task "already done"
    revise_tasks.already_done,
    _owner_first,  # "her dad will do the weekend practice": before days and times
    revise_break.pause,
    revise_tasks.break_down,
    revise_tasks.rename,
    _add,
    revise_add.add_step,  # "add a task to book the physio", before the practices' "add"
    _drop,
    revise_tasks.drop_tasks,
    revise_goal.joins,
    revise_limits.session_cap,  # "20 minutes at a time" is no weekly capacity
    revise_time.session_length,  # "could we make them 45?": before capacity reads the minutes
    revise_limits.start_later,
    revise_time.time_of_day,
    revise_time.sessions,
    revise_tasks.smaller,
    revise_tasks.task_edit,
    revise_time.lighter,
    revise_tasks.add_practice,
    revise_money.money_pace,
    revise_time.capacity,
    _owner_told,  # "Priya joins next monday, can she take the push work?": before the date
    revise_time.deadline,
    revise_goal.target,
    _owner,
    revise_swap.instead,  # last: "the lake instead of the pool" once nothing else reads it
)
