"""Revisions of tasks: make them smaller, break one down, rename, edit one task."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.revise_time import room_for_all
from assistant.engines.offline.revise_words import (
    TASK_ID_RE,
    as_step,
    find_task,
    first_clause,
    most_named,
    original_case,
    without_reason,
)
from assistant.errors import InputError
from assistant.language.text import content_stems
from assistant.language.vague import ACTION_VERBS, verb_of_gerund
from assistant.models import Plan, Recurrence, Task
from assistant.plan_edits import break_down as split_task
from assistant.plan_edits.breakdown import shorter_sessions, steps_for, why_not
from assistant.plan_edits.ops import fresh_ids, remove_task
from assistant.understanding.answers import parse_deadline

LONG = 40  # minutes: a one-off or a session this long is worth making smaller
_SMALLER_RE = re.compile(
    r"\b(smaller|shorter|too big|too long|bite[- ]?sized|tinier|break (?:them|tasks|it|things|"
    r"everything) (?:down|up)|split (?:them|tasks|things|everything)(?: up)?)\b"
)
_BREAK_RE = re.compile(
    r"^(?:break|split|chop|divide)\s(?:down\s|up\s)?(?:the\s)?(?:task\s)?(.+?)"
    r"(?:\s(?:down|up))?(?:\s(?:into|in)\s(\d+)\s(?:steps?|parts?|pieces?|tasks?))?"
    r"(?:\s(in (?:more |lots of |great )?detail|roughly|a bit|into tiny steps))?$"
)
_RENAME_RE = re.compile(
    r"^(?:rename|retitle|call)\s(?:the\s)?(plan|goal|it|milestone\s#?\d+|t\d+|task\st\d+)\s"
    r"(?:to\s|as\s)?(.+)$"
)
_BY_TITLE_RE = re.compile(
    r"^(?:make|set|change|cut|shorten)?\s?(?:the\s)?(.+?)\s(?:task\s|step\s)?"
    r"(?:should take|should be|takes|take|to take|to|is|be)?\s?\d+\s?(?:minutes?|hours?)"
    r"(?:\s(?:long|each|instead))?$"
)
_DROP_TASKS_RE = re.compile(
    r"^(?:drop|remove|delete|cut|skip|stop)\s(?:doing\s)?(?:the\s|all\s|my\s)*(.+?)"
    r"(?:\s(?:tasks?|sessions?))?$"
)
# the other ways people ask a step away: "get rid of the broker one", "I don't need the
# weigh-ins", "the budgeting app task is pointless, remove it", "no need for the spreadsheet"
_DROP_SAID_RES = (
    re.compile(
        r"^(?:get rid of|take out|take away|lose|ditch|scrap|bin|nix|forget)\s"
        r"(?:the\s|all\s|my\s|that\s|those\s)*(.+?)$"
    ),
    re.compile(
        r"^(?:i|we)\s(?:do ?n[o']?t|really do ?n[o']?t|won'?t)\s(?:need|want|do)\s(?:to do\s)?"
        r"(?:the\s|that\s|those\s|any\s)(.+?)$"
    ),
    re.compile(
        r"^(?:the\s|that\s|this\s)?(.+?)\s(?:is|are|seems?|feels?|looks?)\s(?:\w+\s)?"
        r"(?:pointless|useless|unnecessary|not needed|a waste(?: of time)?|irrelevant|"
        r"not relevant|not for me|overkill)\b"
    ),
    re.compile(r"^(?:no )?need (?:for|to do)\s(?:the\s|that\s|any\s)?(.+?)$"),  # "no" is a hedge
    # "the grammar workbook is boring me to death, can we drop it"
    re.compile(
        r"^(?:the\s|that\s|this\s)?(.+?)\s(?:is|are|was|feels?|seems?)\b.*?\b(?:can we|could we|"
        r"can you|could you|let'?s|pls|please|just|so)?\s?(?:drop|remove|skip|cut|ditch|lose|bin)\s"
        r"(?:it|that|them|this|those)\b"
    ),
)
_MINUTES_RE = re.compile(r"\b(\d+)\s?(minutes?|hours?)\b")


def smaller(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """Each long one-off becomes 2-4 steps, each long session shorter and more often; a named
    task only that one; says why when nothing is long."""
    if not _SMALLER_RE.search(s):
        return None
    named = TASK_ID_RE.search(s)
    if named:
        return _break_one(
            plan, named.group(1), min(4, max(2, plan.task(named.group(1)).estimate_minutes // 20))
        )
    long_ones = [t for t in plan.tasks() if t.status == "todo" and t.estimate_minutes >= LONG]
    if not long_ones:
        longest = max((t.estimate_minutes for t in plan.tasks() if t.status == "todo"), default=0)
        raise InputError(
            f"every open task is already under {LONG} minutes (the longest takes {longest}); "
            "name one to split further, e.g. 'break down t2'"
        )
    new = plan.next_version()
    split, shortened = [], []
    for task in long_ones:
        if task.recurrence:
            if shorter_sessions(new.task(task.id)):
                shortened.append(task.id)
        elif why_not(task) is None:
            split_task(new, task.id, min(4, max(2, task.estimate_minutes // 20)))
            split.append(task.id)
    parts = []
    if split:
        parts.append(f"split {', '.join(split)} into steps")
    if shortened:
        parts.append(f"shorter, more frequent sessions for {', '.join(shortened)}")
    new.metadata.revision_note = "made tasks smaller: " + "; ".join(parts)
    return new


def break_down(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'break down t7', 'split the outline task into 4 steps', 'break t3 down in detail'."""
    m = _BREAK_RE.match(s)
    if not m or re.match(r"^(them|tasks|it|things|everything)\b", m.group(1)):
        return None
    task = find_task(plan, m.group(1))
    detail = 3 if m.group(3) and "detail" in m.group(3) or "tiny" in (m.group(3) or "") else 2
    detail = 1 if m.group(3) in {"roughly", "a bit"} else detail
    count = int(m.group(2)) if m.group(2) else steps_for(task, detail)
    if not 2 <= count <= 8:
        raise InputError("a task breaks into 2 to 8 steps")
    return _break_one(plan, task.id, count, exact=bool(m.group(2)))


# a one-off step the person keeps avoiding: "the call the bank step makes me so anxious I keep
# skipping it", "I keep putting off booking the dentist", "the cover letter scares me"
_AVOIDED_RES = (
    re.compile(
        r"^(?:the\s)?['\"]?(?P<what>.+?)['\"]?(?:\s(?:step|task|thing|one|bit))?\s(?:makes me|is making me|"
        r"gives me)\s(?:so\s|really\s|super\s|too\s)?(?:anxious|nervous|stressed|panicky|anxiety|dread)"
    ),
    re.compile(
        r"^(?:the\s)?['\"]?(?P<what>.+?)['\"]?(?:\s(?:step|task|thing|one|bit))?\s(?:scares|stresses|freaks)"
        r"\sme(?:\sout)?\b"
    ),
    re.compile(
        r"^i\s(?:keep|kept)\s(?:skipping|avoiding|putting off|dodging)\s(?:the\s)?['\"]?(?P<what>.+?)['\"]?"
        r"(?:\s(?:step|task|thing|one|bit))?$"
    ),
)


def avoided_step(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """A one-off step the person keeps avoiding is broken into its act's smaller steps, the
    first one a small start ("write the 3 points for the call"); a repeating one is left to
    the stuck rule (it becomes the constraint)."""
    first = first_clause(s)
    m = next((r.match(first) for r in _AVOIDED_RES if r.match(first)), None)
    if not m:
        return None
    try:
        task = find_task(plan, m.group("what"))
    except InputError:
        return None
    if task.recurrence is not None or why_not(task):
        return None
    new = _break_one(plan, task.id, steps_for(task))
    new.metadata.revision_note = (
        f"broke '{task.title}' into {len(new.tasks()) - len(plan.tasks()) + 1} smaller steps, "
        "the first one a small start"
    )
    return new


def _break_one(plan: Plan, task_id: str, count: int, exact: bool = False) -> Plan:
    reason = why_not(plan.task(task_id))
    if reason:
        raise InputError(reason)
    new = plan.next_version()
    steps = split_task(new, task_id, count, exact)
    new.metadata.revision_note = f"broke {task_id} into {len(steps)} steps"
    return new


def rename(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'rename the plan to Couch to 5k', 'call milestone 2 Base built', 'rename t3 to ...'."""
    m = _RENAME_RE.match(s)
    if not m:
        return None
    what, title = m.group(1), original_case(raw, m.group(2).strip(" '\"")).strip(" '\"")
    if not title:
        raise InputError("say the new name, e.g. 'rename the plan to Couch to 5k'")
    new = plan.next_version(f"renamed {what} to '{title}'")
    if what in {"plan", "goal", "it"}:
        new.goal.statement = title
    elif what.startswith("milestone"):
        index = int(re.search(r"\d+", what).group(0)) - 1  # type: ignore[union-attr]
        if not 0 <= index < len(new.milestones):
            raise InputError(
                f"there is no milestone {index + 1}; the plan has {len(new.milestones)}"
            )
        new.milestones[index].title = title
    else:
        new.task(TASK_ID_RE.search(what).group(1)).title = title  # type: ignore[union-attr]
    return new


def task_edit(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """One task by id: its length, due date, done-when, or dropping it."""
    m = TASK_ID_RE.search(s)
    if re.match(r"^(give|assign|hand)\s", s):
        return None  # giving a task to someone is the owner rule's
    if m:
        task = find_task(plan, m.group(1), open_only=False)
    else:
        titled = _BY_TITLE_RE.match(s)
        if not titled or re.search(r"\b(a|per|each|every)\s(week|day)\b", s):
            return None
        try:
            task = find_task(plan, titled.group(1))
        except InputError:
            return None
    new = plan.next_version()
    mine = new.task(task.id)
    if re.search(r"\b(drop|remove|delete|cut|skip)\b", s):
        remove_task(new, task.id)
        new.metadata.revision_note = f"removed {task.id}: {task.title}"
        return new
    done = re.search(r"\bdone when\b[:\s]+(.+)$", s)
    minutes = _MINUTES_RE.search(s)
    if done:
        mine.done_when = original_case(raw, done.group(1)).strip()
        new.metadata.revision_note = f"{task.id}: new done-when"
    elif minutes and not re.search(r"\b(due|by|move)\b", s):
        amount = int(minutes.group(1)) * (60 if minutes.group(2).startswith("h") else 1)
        mine.resize(amount)
        new.metadata.revision_note = f"{task.id}: {task.estimate_minutes} -> {amount} min"
    else:
        text = re.sub(r"\b(t\d+|move|due|should be|make|change|to|it|the)\b", " ", s)
        day = parse_deadline(re.sub(r"\s+", " ", text).strip(), today)
        if day is None:
            raise InputError(
                f"for {task.id} I understand a length ('{task.id} takes 20 minutes'), a due date "
                f"('move {task.id} to next friday'), 'done when: ...' or 'drop {task.id}'"
            )
        milestone = next(x for x in new.milestones if mine in x.tasks)
        if not new.start_date <= day <= milestone.deadline:
            raise InputError(
                f"{day.isoformat()} is outside {task.id}'s milestone (it ends {milestone.deadline})"
            )
        mine.due = day
        if mine.start and mine.start > day:
            mine.start = day
        new.metadata.revision_note = f"{task.id}: due {task.due} -> {day}"
    return new


def drop_tasks(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'drop the walk tasks', 'stop doing the walks': the person asks, so the weeks may lose them."""
    m = _DROP_TASKS_RE.match(s) or next((r.match(s) for r in _DROP_SAID_RES if r.match(s)), None)
    if not m or TASK_ID_RE.search(s) or re.search(r"\bmilestone\b", s):
        return None
    # "the fake commute walks, I work from home": the reason is no part of the tasks' name
    thing = re.split(r",|\s(?:because|since|as|cos|cause)\s", m.group(1))[0].strip(" '\"")
    thing = re.sub(r"\s(?:please|pls|plz|thanks|thx)$", "", thing).strip(" '\"")
    thing = re.sub(r"\s(?:tasks?|sessions?|steps?)$", "", thing)
    thing = re.sub(r"\s(?:thing|stuff|bit|part|one|1)s?$", "", thing)  # "the food diary thing"
    wanted = content_stems(thing)
    if not wanted:
        return None
    hit = _named_by(plan, thing)
    hit = [t for t in hit if t.recurrence] or hit  # "the walks": the repeating ones
    if not hit:
        near = _nearest(plan, thing)
        raise InputError(
            f"no task in this plan is about {thing!r}"
            + (f"; the nearest: {near}. Say 'drop t5' with the task's id" if near else "")
        )
    # "drop the warm-up" in "Practise 10 minutes: 5 warm-up, 5 on the song": the part goes
    trimmed = {t.id: _without_part(t.title, wanted) for t in hit}
    parts = [t for t in hit if trimmed[t.id]]
    gone = [t for t in hit if not trimmed[t.id]]
    said = []
    if gone:
        said.append(f"removed {len(gone)} task(s) matching '{thing}'")
    if parts:
        said.append(f"took '{thing}' out of {len(parts)} session(s)")
    new = plan.next_version("; ".join(said))
    for task in new.tasks():
        if trimmed.get(task.id):
            task.title = trimmed[task.id]  # type: ignore[assignment]
    for task in gone:
        if len(next(x for x in new.milestones if any(t.id == task.id for t in x.tasks)).tasks) > 1:
            remove_task(new, task.id)
    if gone:
        new.metadata.revision_note += " (asked: their weeks may go without them)"  # type: ignore[operator]
    return new


# the words people use for what a plan's task titles call otherwise
PLAN_WORDS = {
    "wool": "yarn",
    "expense": "spending",
    "expenses": "spending",
    "diary": "log",
    "journal": "log",
    "journaling": "log",
    "food": "meals",
    "eating": "meals",
    "weigh-ins": "weigh",
    "weighins": "weigh",
    "scale": "weigh",
    "gym": "workout",
    "exercise": "workout",
    "training": "workout",
    "check-ins": "check",
    "calorie": "meals",
    "calories": "meals",
    "counting": "log",
    "tracker": "tracking",
    "logging": "log",
}


def _named_by(plan: Plan, thing: str) -> list[Task]:
    """The open tasks 'the food diary' names: every word (or the plan's word for it) in the
    title ('Log the day's weight and meals'); else most of the words."""
    open_tasks = [t for t in plan.tasks() if t.status == "todo"]
    words = [w for w in re.findall(r"[a-z-]+", thing) if content_stems(w)]
    options = [content_stems(f"{w} {PLAN_WORDS.get(w, '')}") for w in words]
    every = [t for t in open_tasks if all(o & content_stems(t.title) for o in options)]
    if every or not options:
        return every
    # else most of the words: 'the fake commute walks' is not every walk in the plan
    return [
        t
        for t in open_tasks
        if 2 * sum(bool(o & content_stems(t.title)) for o in options) > len(options)
    ]


def _nearest(plan: Plan, thing: str) -> str:
    """The open tasks whose titles read most like what they named, with their ids."""
    import difflib

    open_tasks = {t.title: t.id for t in plan.tasks() if t.status == "todo"}
    close = difflib.get_close_matches(thing, list(open_tasks), n=3, cutoff=0.0)
    return "; ".join(f"{open_tasks[title]} '{title}'" for title in close)


_LEADING_COUNT_RE = re.compile(r"^\d+\s")


def _without_part(title: str, wanted: set[str]) -> str | None:
    """The title without the listed part the words name, when they name only a part after
    its colon; None when they name the task itself."""
    head, colon, rest = title.partition(":")
    if not colon or wanted & content_stems(head):
        return None
    items = [p.strip() for p in rest.split(",") if p.strip()]
    kept = [p for p in items if not wanted & content_stems(p)]
    if not kept or len(kept) == len(items):
        return None
    if len(kept) == 1:
        return f"{head.strip()} {_LEADING_COUNT_RE.sub('', kept[0])}"
    return f"{head.strip()}: {', '.join(kept)}"


_ALREADY_RE = re.compile(
    r"\b(?:i|we)(?:'ve| have)?\s(?:already\s)(?:have|got|own|did|done|bought|booked|"
    r"finished|made|wrote|joined|registered for|signed up for|found|called|rang|emailed|sent|"
    r"ordered|paid|sold|cleared|sorted|fixed|set up|picked up|read|cancell?ed)\s"
    r"(?:the\s|a\s|an\s|my\s)?(.+)$"
    r"|\balready\s(?:have|got|own|did|done|bought|booked|finished|made|wrote|joined|found|"
    r"called|rang|emailed|sent|ordered|paid|sold|cleared|sorted|fixed|set up|picked up)\s"
    r"(?:the\s|a\s|an\s|my\s)?(.+)$"
)


_DONE_ID_RE = re.compile(
    r"^(?:i(?:'ve| have)?\s)?(?:done with|finished|completed|did|ticked off|done)\s(t\d+)$|"
    r"^(t\d+)\s(?:is\s|'s\s)?(?:done|finished|complete|completed|ticked off)$"
)


_DONE_WORDS = (
    r"(?:done|finished|sorted|booked|bought|sent|opened|open|ordered|paid|set up|in place)"
)
_WHEN = (
    r"(?:\s(?:already|now|yesterday|last week|this week|today|earlier|at last|finally|"
    r"over the weekend|at the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))*"
)
# said before the done word: "the methods chapter is basically done", "pads already bought"
_HOW_DONE = r"(?:(?:already|basically|pretty much|mostly|all|now|finally)\s)?"
# a step said done without "already": "the gait check is done", "gait check - done!", "booked
# the gait check already", "got the shoes sorted last week"
_DONE_SAID_RES = (
    re.compile(
        rf"^(?:i\s|we\s)?got\s(?:the\s|my\s|a\s|our\s)?(.+?)\s(?:sorted|done|booked){_WHEN}$"
    ),
    re.compile(
        rf"^(?:the\s|my\s|our\s)?(.+?)\s(?:is|are|was|were|'s|got|-|:)\s?{_HOW_DONE}"
        rf"{_DONE_WORDS}{_WHEN}$"
    ),
    re.compile(rf"^(?:the\s|my\s|our\s)?(.+?)\s{_HOW_DONE}{_DONE_WORDS}{_WHEN}$"),
    re.compile(
        r"^(?:i\s|we\s)?(?:booked|bought|did|finished|opened|ordered|sent|paid|set up|signed up for|"
        r"registered for|called|rang|emailed|cancelled|canceled|sold|listed|wrote|posted|joined|"
        rf"applied for)\s(?:the\s|my\s|a\s|an\s|our\s)?(.+?){_WHEN}$"
    ),
)


def _open_one_offs(plan: Plan) -> list[Task]:
    return [t for t in plan.tasks() if t.status == "todo" and t.recurrence is None]


def _said_done(plan: Plan, what: str) -> Plan | None:
    """The open one-off steps whose title holds the content words of ``what`` (the gait
    check; of a longer name, all but its describing words: "a high yield savings account" is
    the plan's savings account), marked done; None when no step is named that way, for the
    other rules to read."""
    wanted = content_stems(what) - {"step", "task", "thing", "one"}
    if not wanted:
        return None
    # every word of a name of 1-2 words; of a longer one at least 3 and most of them
    need = len(wanted) if len(wanted) <= 2 else max(3, -(-len(wanted) * 3 // 5))
    best, chosen = most_named(_open_one_offs(plan), wanted)
    if best < need:
        return None
    new = plan.next_version(f"marked done: {len(chosen)} task(s) about {what!r}, already done")
    for task in new.tasks():
        if task.id in {t.id for t in chosen}:
            task.status = "done"
    return new


def already_done(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I already have running shoes', 'already booked the lesson', 'done with t1': those
    one-offs are done."""
    done = _DONE_ID_RE.match(s)
    m = _ALREADY_RE.search(s)
    # the first clause says it ("the kitchen is done already, did it over the weekend")
    first = first_clause(s)
    said = (
        None
        if (m or done)
        else next((r.match(first) for r in _DONE_SAID_RES if r.match(first)), None)
    )
    if said:  # "the gait check is done", "booked the gait check already": only a step it names
        return _said_done(plan, said.group(1).strip(" .!-"))
    if not (m or done):
        return None
    what = (done.group(1) or done.group(2)) if done else (m.group(1) or m.group(2)).strip(" .!")  # type: ignore[union-attr]
    if done and find_task(plan, what).recurrence is not None:
        raise InputError(
            f"{what} repeats: tick each session in the **Plan** tab (or say 'drop {what}' to stop it)"
        )
    named = TASK_ID_RE.search(what)
    if named:  # "already did t9"
        task = find_task(plan, named.group(1))
        new = plan.next_version(f"marked done: {task.id} '{task.title}', already done")
        new.task(task.id).status = "done"
        return new
    best, tasks = most_named(_open_one_offs(plan), content_stems(what))
    if best == 0:
        raise InputError(f"no open one-off task mentions {what!r}; use a word from a task title")
    chosen = {t.id for t in tasks}
    new = plan.next_version(f"marked done: {len(chosen)} task(s) about {what!r}, already done")
    for task in new.tasks():
        if task.id in chosen:
            task.status = "done"
    return new


_ADD_PRACTICE_RE = re.compile(
    r"^(?:can you |could you |can we |please |let'?s |i want to |i'?d like to )?(?:add|include|"
    r"throw in|put in|fit in)\s(?:a |an |some |one |in )?(?!(?:a |another |new )?milestone\b)"
    r"(.+?)(?:\s(?:sessions?|workouts?))?(?:\s(once|twice|three times|\d+\s?(?:times?|x)|"
    r"every day|daily|every other day)(?:\s(?:a|per|each)\s(week|day))?)?"
    r"(?:\s(?:for|of)\s(\d+)\s?min\w*)?$"
)
# the activities English says with "go": "Go swimming", never "Go stretching"
_GO_ACTS = frozenset(
    (
        "swimming",
        "running",
        "cycling",
        "hiking",
        "walking",
        "jogging",
        "dancing",
        "climbing",
        "skating",
        "skiing",
        "rowing",
        "bowling",
        "biking",
        "surfing",
        "riding",
        "bouldering",
    )
)
_TIMES = {"once": 1, "twice": 2, "three times": 3, "every day": 7, "daily": 7, "every other day": 3}


def add_practice(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'add swimming once a week', 'can we add yoga twice a week for 20 min': a new repeating
    task in every milestone still ahead."""
    m = _ADD_PRACTICE_RE.match(without_reason(s))
    if not m or len(m.group(1).split()) > 6:
        return None
    if re.search(r",|\bones?\b|^(?:a )?(?:couple|few)\b", m.group(1)):
        return None  # "a couple harder ones, something fingerpicked": no practice to name
    said_what = original_case(raw, m.group(1).strip(" ."))
    what = as_step(said_what)
    if " " not in said_what and said_what.lower() not in _GO_ACTS:  # "stretching": "Stretch"
        verb = verb_of_gerund(said_what)
        what = verb.capitalize() if verb else said_what
    said = (m.group(2) or "once").strip()
    times = _TIMES.get(said) or int(re.sub(r"\D", "", said) or 1)
    if m.group(3) == "day":
        times *= 7
    minutes = int(m.group(4)) if m.group(4) else 30
    ahead = [ms for ms in plan.milestones if ms.deadline >= today]
    if not ahead:
        raise InputError("every milestone of this plan is in the past; add a milestone first")
    new = plan.next_version(f"added {said_what} {Recurrence(times=min(times, 7)).describe()}")
    verb = "Go" if what.lower().split()[0].endswith("ing") else "Do"  # "Go swimming", "Do yoga"
    # "Stretch", "Call mum", "Learn Power BI" (said "learning Power BI"): a step already
    said_verb = what.lower().split()[0] in ACTION_VERBS or what != said_what
    verb = "" if said_verb else f"{verb} "
    ids = fresh_ids(new)
    window = today
    for milestone in new.milestones:
        if milestone.deadline >= today:
            milestone.tasks.append(
                Task(
                    id=next(ids),
                    title=f"{verb}{what[:1].lower()}{what[1:]}, {minutes} minutes"
                    if verb
                    else f"{what[:1].upper()}{what[1:]}, {minutes} minutes",
                    owner=new.owners[0],
                    estimate_minutes=minutes,
                    due=milestone.deadline,
                    start=max(window, today),
                    done_when=f"{what[:1].upper()}{what[1:]} session logged",
                    recurrence=Recurrence(times=min(times, 7)),
                )
            )
        window = milestone.deadline + dt.timedelta(days=1)
    before = {old.id for old in plan.tasks()}
    added = {t.id: t.recurrence for t in new.tasks() if t.id not in before}
    room_for_all(new, settings, added)  # as asked, or said why not
    return new
