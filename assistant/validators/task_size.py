"""Task rules: fits one session, verb-first, one owner, verifiable, not vague, not compound.

``task_findings`` judges one task from its fields alone, so ``goalsmith assess --kind task``
and the plan validator share exactly the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.config import Settings
from assistant.findings import finding
from assistant.language.act_sizes import LONGEST_SITTING, full_sitting
from assistant.language.lexicon import lexicon, words
from assistant.language.quantities import find_quantities, quantities_in_normalized
from assistant.language.seasons import sitting_minutes
from assistant.language.text import normalize
from assistant.language.vague import ACTION_VERBS, SOFT_VAGUE, find_vague_phrases, starts_with_verb
from assistant.models import Finding, Plan
from assistant.validators.task_scope import scope_adjusted, scope_words

GROUP_OWNERS = frozenset(words("group_owners"))
_MULTI_OWNER_RE = re.compile(r"\s(and|or|with)\s|[,&/+;]|\s-\s")
_TEAM_WORD_RE = re.compile(r"\b(team|squad|department|dept|crew|committee|everyone|group)\b", re.I)

# Minutes one unit of work usually takes, to judge "Interview 20 users" as too big for a session.
UNIT_MINUTES: dict[str, float] = lexicon()["unit_minutes"]
# Scopes that never fit one sitting, whatever the estimate says.
_BIG_SCOPE_RE = re.compile(
    r"\b(entire|whole|all (?:the )?(?:chapters|pages|rooms|features|modules|lessons)|full (?:draft|book|course|"
    r"app|website|renovation)|from scratch|end[- ]to[- ]end|(?:build|create|make|develop) (?:the|an?|my|our) "
    r"(?:app|application|website|platform|product|mvp|business|company|system)|write (?:a|the|my) "
    r"(?:book|novel|thesis|dissertation|memoir)|finish (?:the|my) (?:book|novel|thesis|dissertation|degree|"
    r"course|renovation|project)|learn (?:spanish|french|german|english|japanese|chinese|italian|korean|"
    r"portuguese|arabic|russian|a language|to code|programming|python|javascript|guitar|piano)|get fit|"
    r"lose weight|find a (?:new )?job|launch (?:the|a|my|our) (?:product|business|company|startup|app|course)|"
    r"renovate|remodel|redesign (?:the|our|my) (?:website|app|product)|run a (?:half[- ])?marathon|"
    r"become fluent|master|learn [a-z+#.-]+$|plan (?:the|our|my|a) (?:wedding|event|conference|trip|"
    r"vacation|holiday|move|renovation|launch|party|campaign|project)|(?:clean up|refactor|rewrite) "
    r"(?:the|our|my) (?:codebase|code base|backend|frontend|app))\b"
)
_DURATION_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(?:-\s?)?(hours?|hrs?|h|minutes?|mins?|m|days?|weeks?)\b"
)
# "until then", "by then": "then" names a time there, not a next action
_COMPOUND_RE = re.compile(
    r"\b(?:and then|(?<!until )(?<!till )(?<!by )(?<!since )(?<!from )(?<!before )then(?! \d)|"
    r"after that|as well as|plus)\b|;|\s&\s|(?<=\s)and\s([a-z]+)"
)
_LISTING_VERBS = frozenset(words("listing_verbs"))
_RESEARCH_RE = re.compile(
    r"^(research|look into|explore|investigate|study up on|read about|learn about|brainstorm)\b"
)
_DELIVERABLE_RE = re.compile(
    r"\b(list|shortlist|doc|document|summary|summarize|summarise|note|notes|table|"
    r"spreadsheet|compare|comparison|rank|pick|choose|memo|outline|report|\d+)\b"
)
_VERIFIABLE_RE = re.compile(
    r"\d|\b(sent|published|posted|submitted|merged|deployed|shipped|booked|logged|recorded|saved|signed|"
    r"paid|filed|uploaded|delivered|scheduled|written|drafted|completed|finished|done|live|approved|"
    r"accepted|received|installed|passed|exists|created|listed|ticked|checked|committed|shared|printed|"
    r"ordered|bought|cancelled|canceled|closed|measured|weighed|tracked|run|ran|emailed|called|confirmed|"
    r"in the|on the|visible|link|file|photo|screenshot|receipt|entry|row|page|doc|spreadsheet|calendar)\b"
)
_UNVERIFIABLE_RE = re.compile(
    r"\b(feel|felt|understand|comfortable|familiar|know|happy|better|good enough|"
    r"confident|satisf|ok|okay|as needed|when possible|hopefully|maybe)\b|"
    # a person ready is a feeling; things ready ("kit and bag ready by the door") can be seen
    r"\b(?:i'?m|you'?re|i am|you are|we'?re|be|get|getting|feel|feeling) (?:fully |really )?ready\b|"
    r"\bready (?:to|for)\b"
)


@dataclass
class TaskFacts:
    """What the task rules look at; ``None`` means unknown (plain-text assessment)."""

    title: str
    owner: str | None = None
    estimate_minutes: int | None = None
    done_when: str | None = None
    recurring: bool = False


@lru_cache(maxsize=4096)
def estimate_from_text(title: str) -> float | None:
    """Minutes of work a task title implies, from a stated duration or counted units of work."""
    s = normalize(title).replace("half an hour", "30 minutes").replace("an hour", "1 hour")
    listing = (
        s.split(" ")[0] in _LISTING_VERBS
    )  # listing 30 users is quick; interviewing them is not
    m = _DURATION_RE.search(s)
    if m:
        value, unit = float(m.group(1)), m.group(2)
        if unit.startswith("h"):
            return value * 60
        if unit.startswith("d"):
            return value * 8 * 60
        if unit.startswith("w"):
            return value * 40 * 60
        return value
    best = _one_unit_of_work(s)
    for q in quantities_in_normalized(s):
        if q.kind != "amount":
            continue
        unit = q.unit
        per = (
            UNIT_MINUTES.get(unit)
            or UNIT_MINUTES.get(unit.split(" ")[-1])
            or UNIT_MINUTES.get(unit.split(" ")[0])
        )
        if per is not None:
            per = min(per, 3) if listing else per
            minutes = q.value * per
            best = minutes if best is None else max(best, minutes)
    return best


_ONE_UNIT_RE = re.compile(
    r"^[a-z]+(?: up| out)?\s(?:a |an |the |my |our |this |next |1 )?(?:[a-z'-]+ )?([a-z][a-z'-]*)(?: \d+)?$"
)


def _one_unit_of_work(s: str) -> float | None:
    """Minutes for a single named piece of work ("Write chapter 4", "Organise the garage")."""
    m = _ONE_UNIT_RE.match(s)
    if not m or s.split(" ")[0] in _LISTING_VERBS:
        return None
    return UNIT_MINUTES.get(m.group(1))


def size_score(minutes: float | None, limit: int, big_scope: bool) -> float:
    """1.0 when a task fits a session, falling toward 0 the further it overflows."""
    if big_scope:
        return 0.1 if minutes is None else min(0.1, limit / max(minutes, 1))
    if minutes is None:
        return 0.7  # nothing in the words says how long: neither small nor big
    if minutes <= limit:
        return 1.0
    return round(0.5 * limit / minutes, 3)  # below 0.5 exactly when the task is too big


@dataclass(frozen=True)
class TitleReading:
    """What the rules read from a task title alone (cached: titles recur across validations)."""

    implied_minutes: float | None
    big_scope: bool
    verb_first: bool
    vague: str | None  # the first vague phrase, if any
    second_action: str | None


_QUOTED_RE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')  # the person's words, quoted


@lru_cache(maxsize=8192)
def read_title(title: str) -> TitleReading:
    s = normalize(title)
    vague = [
        v for v in find_vague_phrases(title) if not (v in SOFT_VAGUE and find_quantities(title))
    ]
    if _RESEARCH_RE.match(s) and not _DELIVERABLE_RE.search(s):
        vague.append(s.split(" ")[0])
    return TitleReading(
        implied_minutes=estimate_from_text(title),
        big_scope=bool(_BIG_SCOPE_RE.search(_QUOTED_RE.sub(" ", s))),  # "a whole Saturday" said
        verb_first=starts_with_verb(title),
        vague=vague[0] if vague else None,
        second_action=_second_action(s),
    )


def task_findings(
    facts: TaskFacts,
    settings: Settings,
    *,
    team: bool,
    path: str,
    known_owners: list[str] | None = None,
) -> list[Finding]:
    """Every task rule applied to one task's fields."""
    out: list[Finding] = []
    title = facts.title
    reading = read_title(title)
    limit = settings.task_limit_minutes(team)
    if full_sitting(title):  # a whole exam under its timing takes the exam's length
        limit = max(limit, LONGEST_SITTING)
    job = sitting_minutes(title) if not facts.recurring else None
    if job:  # a whole job (a ceiling painted) is one sitting of its real length
        limit = max(limit, job.minutes)
    stated = facts.estimate_minutes
    big_scope = reading.big_scope and not facts.recurring
    minutes = stated if stated is not None else reading.implied_minutes

    if big_scope or (minutes is not None and minutes > limit):
        size = f"{minutes:.0f} min" if minutes is not None else "a whole project"
        out.append(
            finding(
                "task.too_big",
                path,
                f"'{title}' is {size}, more than one session ({limit} min).",
                f"Split it into steps of at most {limit} minutes, each with its own done-when.",
            )
        )
    elif stated is not None and stated < settings.task_min_minutes and not facts.recurring:
        out.append(
            finding(
                "task.too_small",
                path,
                f"'{title}' takes {stated} min.",
                "Fold it into a neighbouring task unless it truly stands alone.",
            )
        )

    if not reading.verb_first:
        out.append(
            finding(
                "task.not_verb_first",
                path,
                f"'{title}' does not start with an action verb.",
                "Start with the action: 'Draft...', 'Send...', 'Run...'.",
            )
        )

    if reading.vague:
        out.append(
            finding(
                "task.vague",
                path,
                f"'{title}' is vague ('{reading.vague}').",
                "Name the deliverable: 'List 5 options in a doc', 'Draft the intro (300 words)'.",
            )
        )

    second = reading.second_action
    if second:
        out.append(
            finding(
                "task.compound",
                path,
                f"'{title}' bundles two actions.",
                f"Split it: one task up to '{second}', another from there.",
            )
        )

    if facts.owner is not None:
        out.extend(_owner_findings(facts.owner, path, known_owners))

    if facts.done_when is not None:
        dw = facts.done_when.strip()
        if not dw:
            out.append(
                finding(
                    "task.no_done_when",
                    path,
                    f"'{title}' has no done-when.",
                    "Add a check anyone could verify: '10 invites sent', 'draft saved in Docs'.",
                )
            )
        elif (
            _UNVERIFIABLE_RE.search(normalize(dw))
            and not _VERIFIABLE_RE.search(normalize(dw))
            or len(dw.split()) < 2
        ):
            out.append(
                finding(
                    "task.done_when_vague",
                    path,
                    f"Done-when '{dw}' cannot be checked.",
                    "Say what exists when it is done: a count, a file, a sent message, a logged entry.",
                )
            )
    return out


# "Check the forecast and move walks indoors": a look whose result decides one adjustment is a
# single action, not two tasks bundled.
_LOOK_FIRST_RE = re.compile(r"^(?:check|look at|look over|review|read|glance at|scan)\b")
_ADJUSTMENTS = frozenset(
    ["move", "adjust", "update", "reschedule", "swap", "shift", "fix", "correct", "mark", "tick"]
    + ["cross", "change", "cut", "drop", "raise", "lower", "rebook", "replan", "trim", "flag"]
)


def _second_action(s: str) -> str | None:
    for m in _COMPOUND_RE.finditer(s):
        if m.group(1) is None and ":" in s[: m.start()] and "then" in m.group(0):
            continue  # "Do the session: 5 sets, then 3 negatives": the steps of one sitting
        if m.group(1) is None:
            return m.group(0).strip()
        if m.group(1) in _ADJUSTMENTS and _LOOK_FIRST_RE.match(s):
            continue
        if m.group(1) in ACTION_VERBS and m.group(1) not in {
            "time",
            "set",
            "list",
            "note",
            "map",
            "plan",
            "track",
        }:
            return "and " + m.group(1)
    return None


def _owner_findings(owner: str, path: str, known_owners: list[str] | None) -> list[Finding]:
    o = owner.strip().lower()
    if o in GROUP_OWNERS or _TEAM_WORD_RE.search(o):
        return [
            finding(
                "task.owner_group",
                path,
                f"Owner '{owner}' is a group, so nobody owns the task.",
                "Name the one person who will do it.",
            )
        ]
    if _MULTI_OWNER_RE.search(o):
        return [
            finding(
                "task.owner_multiple",
                path,
                f"Owner '{owner}' names more than one person.",
                "Pick one owner; others can be helpers in the title.",
            )
        ]
    if known_owners and o not in {k.lower() for k in known_owners}:
        return [
            finding(
                "task.owner_unknown",
                path,
                f"Owner '{owner}' is not among the plan's owners.",
                f"Use one of: {', '.join(known_owners)}, or add them to the plan's owners.",
            )
        ]
    return []


def validate_tasks(plan: Plan, settings: Settings) -> list[Finding]:
    """Task rules over every task of a plan (dropped tasks are skipped)."""
    out: list[Finding] = []
    for mi, milestone in enumerate(plan.milestones):
        for ti, task in enumerate(milestone.tasks):
            if task.status == "dropped":
                continue
            path = f"milestones[{mi}].tasks[{ti}]"
            facts = TaskFacts(
                task.title,
                task.owner,
                task.estimate_minutes,
                task.done_when,
                recurring=task.recurrence is not None,
            )
            out.extend(
                task_findings(facts, settings, team=plan.team, path=path, known_owners=plan.owners)
            )
            if task.due > milestone.deadline:
                out.append(
                    finding(
                        "task.due_after_milestone",
                        path,
                        f"'{task.title}' is due {task.due}, after its milestone ({milestone.deadline}).",
                        f"Move it to {milestone.deadline} or earlier, or to a later milestone.",
                    )
                )
    return out


def assess_task(facts: TaskFacts, settings: Settings, team: bool = False) -> dict[str, object]:
    """The ``goalsmith assess --kind task`` verdict for one task."""
    found = task_findings(facts, settings, team=team, path="task")
    limit = settings.task_limit_minutes(team)
    reading = read_title(facts.title)
    minutes = (
        facts.estimate_minutes if facts.estimate_minutes is not None else reading.implied_minutes
    )
    too_big = any(f.code == "task.too_big" for f in found)
    points, drove = scope_words(facts.title)
    score = size_score(minutes, limit, reading.big_scope and not facts.recurring)
    score = scope_adjusted(score, points, too_big)
    if not reading.verb_first or reading.vague:
        score = min(score, 0.6)
    return {
        "text": facts.title,
        "too_big": too_big,
        "size_score": round(score, 3),
        "size_words": list(drove),
        "findings": [f.code for f in found],
    }
