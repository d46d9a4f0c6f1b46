"""Questions about a plan answered from it (this week's tasks, why a task is there, thanks),
and telling a change to the plan from an answer."""

from __future__ import annotations

import datetime as dt
import re

from assistant.engines.base import Question
from assistant.models import Plan, Task
from assistant.plan_edits.core import best_match
from assistant.week_ahead import later_tasks, task_lines
from assistant.weeks import breaks, task_window

_MONTHS = (
    r"next week|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_ASKS_RE = re.compile(
    r"^\W*(?:so\s)?(?:what|which)\b.*\b(?:do|doing|work on|next|first|now|today|this week|"
    r"tomorrow)\b|\bwhat'?s next\b|\bwhere do i start\b|\bwhat now\b|"
    r"^\W*(?:what'?s|what is|what'?s the plan|show me)\b.*\b(?:next week|in|for)\s(?:"
    + _MONTHS
    + r")\b",
    re.IGNORECASE,
)
_WHEN_RE = re.compile(r"\b(next week|" + _MONTHS + r")\b", re.IGNORECASE)


def asks_for_agenda(text: str) -> bool:
    """'what should I do this week?', 'what's next', 'where do I start'."""
    return bool(_ASKS_RE.search(text.strip()))


def whose_week(plan: Plan, text: str) -> str | None:
    """In a team plan, whose week a question asks about: 'what is Tom doing' -> "Tom",
    'what's on my plate' -> "me"; None for the whole plan's week."""
    if len(plan.owners) < 2:
        return None
    said = text.lower()
    named = [
        o for o in plan.owners if o != "me" and re.search(rf"\b{re.escape(o.lower())}\b", said)
    ]
    if len(named) == 1:
        return named[0]
    if "me" in plan.owners and re.search(r"\b(?:my|me|i)\b", said) and not named:
        return "me"
    return None


def week_agenda(plan: Plan, today: dt.date, who: str | None = None, asked: str = "") -> str:
    """Markdown list of this week's open tasks, one-offs first (soonest due), then sessions;
    with ``who``, only that person's; 'next week' or a month named in ``asked``: that span."""
    when = _WHEN_RE.search(asked) if "this week" not in asked.lower() else None
    if when:
        return later_tasks(plan, today, when.group(1).lower(), who)
    end = today + dt.timedelta(days=6)
    away = [(a, b) for a, b in breaks(plan) if a <= end and b >= today]
    head = (
        f"*Your break runs {away[0][0]:%a %d %b} to {away[0][1]:%a %d %b}, as you asked: nothing "
        "is planned in it.*\n\n"
        if away
        else ""
    )
    return head + _week_tasks(plan, today, end, who)


def _week_tasks(plan: Plan, today: dt.date, end: dt.date, who: str | None = None) -> str:
    due = []
    for task in plan.tasks():
        if who is not None and task.owner != who:
            continue
        start, last = task_window(task, plan)
        if task.status != "todo" or start > end:
            continue
        if (task.recurrence is None and last <= end) or (task.recurrence and last >= today):
            due.append(task)  # one-offs due by the week's end (or late); sessions running
    for_whom = "" if who is None else (" for you" if who == "me" else f" for {who}")
    if not due:
        later = sorted(
            (t for t in plan.tasks() if t.status == "todo" and who in (None, t.owner)),
            key=lambda t: t.due,
        )
        if not later:
            return f"Every task{for_whom} in this plan is done or dropped: time to review the goal."
        first = later[0]
        return f"Nothing is due{for_whom} this week. Next: **{first.title}** (due {first.due:%a %d %b})."
    one_offs = sorted((t for t in due if t.recurrence is None), key=lambda t: t.due)
    repeats = [t for t in due if t.recurrence is not None]
    heading = f"This week{for_whom} ({today:%a %d %b} to {end:%a %d %b})"
    return task_lines(heading, one_offs, repeats, today)


_THANKS_RE = re.compile(
    r"^\W*(?:(?:thanks?(?: you)?|thx|ty|cheers|great|cool|perfect|awesome|nice|ok(?:ay)?|got it|"
    r"looks (?:good|great)|sounds (?:good|great)|love it|brilliant|so much|a lot|again)\W*)+$",
    re.IGNORECASE,
)
_WHY_RE = re.compile(
    r"^\W*(?:(?:can you |could you |please )?(?:remind me|tell me|explain)\s)?(?:why|what'?s the point of|what is the point of|how (?:come|does))\b(?:\s(?:is|are|do|"
    r"does|should|would|did you (?:add|put|include))(?: i| we)?)?(?:\s(?:there|in there|this|that))?"
    r"\s?(?:a |an |the |my |this |that )?(.*?)\W*$",
    re.IGNORECASE,
)


_CHANGE_RE = re.compile(
    r"^\W*(?:(?:ok|okay|oh|also|and|actually|btw|but|please)\W+)*(?:(?:can|could|would) you\s+"
    r"(?:please\s+)?)?(?:drop|remove|delete|take out|leave out|skip|no more|cut out|swap|replace|"
    r"(?:don'?t|do not) (?:include|add|put|schedule|give me)|make (?:it|the|them|tasks?|sessions?)|"
    r"move (?:the|it|them|my)|add (?:a|an|some|the|more)|"
    r"(?:give|assign|hand(?: over)?) (?:the|all|my|our|those|these|every)\b.*\bto)\b",
    re.IGNORECASE,
)


def asks_for_change(text: str) -> bool:
    """'can you drop the tracking stuff', 'make it mornings': a change to a plan."""
    return bool(_CHANGE_RE.match(text.strip()))


_HELLO_RE = re.compile(
    r"^\W*(?:(?:hi|hii+|hello|hey|heya|hiya|yo|howdy|good (?:morning|afternoon|evening)|greetings|"
    r"help|help me|test|testing|\?+|what can you do|what do you do|how does (?:this|it) work|"
    r"what is this|what'?s this|who are you|what are you|how do i (?:use|start)(?: this)?|"
    r"where do i start|start|begin|menu|options)(?:\s+(?:there|goalsmith|bot|again|please))?\W*)+$",
    re.IGNORECASE,
)
INTRO = (
    "Hi! Tell me one goal in a sentence, in your own words: \u201crun a 5k by June\u201d, "
    "\u201csave $5,000 for a car\u201d, \u201cget my garage cleared out before spring\u201d. "
    "Numbers help (where you are now, what you want, by when). I ask the few questions that "
    "matter, then write a plan of milestones and small tasks that fit your week; you can "
    "change it in plain words, tick tasks in **Plan**, and review each week in **Review**."
)


def says_hello(text: str) -> bool:
    """'hi', 'what can you do?', 'help': no goal yet, so the chat says what it does."""
    return bool(_HELLO_RE.match(text.strip()))


def says_thanks(text: str) -> bool:
    """'thanks!', 'looks good', 'ok': nothing to change."""
    return bool(_THANKS_RE.match(text.strip()))


WHY_HELP = (
    "Ask about one task (\u201cwhy is there a gait check?\u201d) and I show where it fits. "
    "When the goal stalls, record your weeks in **Review**; the **Why stalled?** tab finds the "
    "causes in them."
)


def asks_why(text: str) -> str | None:
    """The words a 'why is there a gait check?' question asks about ('' for a bare 'why?'),
    or None when it is no why-question."""
    if re.fullmatch(r"\W*why\W*", text.strip(), re.IGNORECASE):
        return ""
    m = _WHY_RE.match(text.strip())
    words = re.sub(_WHY_TAIL, "", m.group(1).strip(), flags=re.IGNORECASE) if m else ""
    return words or None


_WHY_TAIL = r"\s+(?:(?:is|are)\s)?(?:(?:in )?there|for|in (?:the|my|this) plan|here)$"


def explain_task(plan: Plan, task: Task) -> str:
    """Where a task sits in the plan and how to change it: its milestone, size, date, check."""
    milestone = next(m for m in plan.milestones if any(t.id == task.id for t in m.tasks))
    every = task.recurrence.describe() if task.recurrence else "once"
    lines = [
        f"**{task.title}** ({task.id}) is a step toward milestone **{milestone.title}** "
        f"(by {milestone.deadline:%d %b %Y}): {task.estimate_minutes} min, {every}, "
        f"due {task.due:%d %b}.",
        "",
        f"It is done when: {task.done_when}.",
    ]
    if task.attacks_constraint:
        lines += ["", f"It is there to take on what gets in the way: {plan.constraint}."]
    lines += [
        "",
        f"Not right for you? Say **drop {task.id}**, **{task.id} takes 15 minutes**"
        + (f", or **already did {task.id}** if it is done." if task.recurrence is None else "."),
    ]
    return "\n".join(lines)


_ORDINAL_RE = re.compile(
    r"\b(?:the\s|my\s|this\s)?(first|1st|second|2nd|third|3rd|next|last)\s"
    r"(?:task|step|thing|one|item)\b(?!\s(?:to|of|for|on|in)\b)",
    re.IGNORECASE,
)
_PLACE = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}


def task_about(plan: Plan, words: str) -> Task | None:
    """The task ``words`` ask about: by id, by place ('the first task', 'the next step': the
    open tasks in the order they fall due), else the title sharing the most words."""
    named = re.search(r"\bt\d+\b", words.lower())
    if named:
        return next((t for t in plan.tasks() if t.id == named.group(0)), None)
    place = _ORDINAL_RE.search(words)
    if place:
        open_tasks = sorted(
            (t for t in plan.tasks() if t.status == "todo"), key=lambda t: (t.start or t.due, t.due)
        )
        which = place.group(1).lower()
        index = -1 if which == "last" else _PLACE.get(which, 0)
        if open_tasks and index < len(open_tasks):
            return open_tasks[index]
    return best_match(plan.tasks(), words)


def which_first(goals: list[str]) -> str:
    """The question for a message that names several goals: one plan each, which first?"""
    lines = [f"You named {len(goals)} goals:", ""]
    lines += [f"{i}. {g}" for i, g in enumerate(goals, 1)]
    lines += [
        "",
        "Each gets its own plan, so every week's work is clear. Which one first? Reply with its "
        "number (or say **all in one** to plan them together).",
    ]
    return "\n".join(lines)


def the_others(goals: list[str]) -> str:
    """The note after the first of several goals is planned."""
    named = ", ".join(f"\u201c{g}\u201d" for g in goals)
    return (
        f"Your other goal{'s' if len(goals) > 1 else ''}: {named}. Press **New goal** to plan each."
    )


_ASKS_BACK_RE = re.compile(
    r"^\W*(?:why|what do you mean|what does (?:that|this|it) mean|what for|huh|meaning|"
    r"what(?:'s| is) (?:that|this) for|how (?:do|should|would) i (?:answer|know)|"
    r"(?:do|does|why do|why does) (?:you|it) need)\b"
)


def asks_back(text: str) -> bool:
    """'why do you need to know that?', 'what do you mean?': a question about the questions."""
    said = text.strip().lower()
    return said.endswith("?") and len(said.split()) <= 12 and bool(_ASKS_BACK_RE.match(said))


def why_asked(questions: list[Question]) -> str:
    """Each open question with what its answer changes in the plan."""
    lines = ["Each answer changes the plan:", ""]
    lines += [f"- **{q.question}** {q.why}" for q in questions]
    lines += ["", "Answer what you can, in your own words, or say **just plan it**."]
    return "\n".join(lines)


_STALL_RE = re.compile(
    r"\bwhy\b.*(?:\bnot|n'?t|\bno)\b.*\b(?:progress\w*|moving|working|improving|going|getting "
    r"(?:anywhere|better|closer)|los[et]|losing|sav(?:ed|ing)|paid|gained|budging|budge|changing|"
    r"happening|done)\b"
    r"|\bwhy\b.*\b(?:stuck|stall\w*|behind|failing|slipping|plateau\w*|off track|keep "
    r"(?:failing|skipping|missing|slipping|falling))\b"
    r"|\bwhat'?s (?:going )?wrong\b|\bwhat am i doing wrong\b|\bwhere am i going wrong\b"
    # "I'm stuck on the subjunctive" names what blocks: a change to the plan, not a stall
    r"|^\W*(?:i'?m|i am|we'?re|we are) (?:stuck|stalled|behind|off track|not getting anywhere)\b"
    r"(?!\s(?:on|with|at)\s)"
    r"|^\W*(?:i|we) keep (?:failing|skipping|missing|falling behind|slipping)\b",
    re.IGNORECASE,
)


def asks_why_stalled(text: str) -> bool:
    """'why am I not making progress?', 'what am I doing wrong', 'I'm stuck': the goal stalls."""
    return bool(_STALL_RE.search(text.strip()))


STALL_HELP = (
    "To find why it stalls I read your weekly reviews: record each week in **Review** (tick "
    "what you did; for what slipped, say why). Then ask me again, or use the **Why stalled?** "
    "tab: it cites the weeks that show each cause and proposes changes to the plan."
)

_WEEK_TOLD_RE = re.compile(
    r"^\W*(?:(?:so|well|ok|okay|update|this week|last week)\W+)*"
    r"(?:(?:this|last|the) week (?:was|went|has been)(?: \w+){1,3}\W+)?(?:i|we)\s(?:did|didn'?t|did not|"
    r"managed|missed|skipped|only (?:did|managed|got|went|ran|swam|\w+ed)|couldn'?t|could not|got|went|ran|walked|"
    r"saved|paid|finished|forgot|haven'?t|have not|had|was|wasn'?t|were|failed|completed|"
    r"practi[cs]ed|wrote|read|lost|gained)\b",
    re.IGNORECASE,
)


# how a week went said other ways: "this week I put 300 in but skipped the spending check",
# "missed two runs because of the rain", "only walked twice, it rained all week"
_DID_RE = re.compile(
    r"\b(?:did|didn'?t|managed|missed|skipped|forgot|finished|completed|put|paid|saved|ran|"
    r"walked|swam|cycled|went|hit|kept|only (?:did|managed|got|went|\w+ed))\b"
)
_WEEK_WORD_RE = re.compile(r"\b(?:this|last|past) week\b|\ball week\b|\byesterday\b")
_STARTS_DID_RE = re.compile(
    r"^\W*(?:did|didn'?t|managed|missed|skipped|forgot|finished|completed|only (?:did|managed|"
    r"got|went|\w+ed))\b"
)
_POLITE_ASK_RE = re.compile(
    r"\b(?:can|could|would) (?:you|we|i|the|it|they)\b|\b(?:please|pls|plz)\b"
)
_MENTIONS_CHANGE_RE = re.compile(
    r"\b(?:move|change|make|add|drop|remove|push|delete|swap|switch|replace|skip|cut|ditch|"
    r"can you|could you|can we|could we|could (?:the|it|they)|let'?s|please|pls|plz|want to|"
    r"wanna|instead|can'?t do|only have|i have \d|from now on|going forward|any ?more|undo|"
    r"break down|shorter|longer)\b|\?\s*$"
    # a step said done ("the gait check - done!", "design review is done, signed off"): marked
    # done in the plan, not a week told
    r"|(?:\s-|:|\bis|\bare|'s)\s?(?:done|finished|sorted|complete)\b"
)


def tells_week(text: str) -> bool:
    """'I did the budget but didn't manage the transfer': how a week went, not a change."""
    said = text.strip().lower()
    if _WEEK_TOLD_RE.search(said) and not _POLITE_ASK_RE.search(said):
        return True  # "I read best before bed, can you swap that": a change asked
    told = _STARTS_DID_RE.search(said) or (_DID_RE.search(said) and _WEEK_WORD_RE.search(said))
    return bool(told) and not mentions_change(said)


def mentions_change(text: str) -> bool:
    """'..., can you move it to saturday?', '... so skip the first weeks': a change asked
    anywhere in the message (or a question), not only at its start."""
    return bool(_MENTIONS_CHANGE_RE.search(text.strip().lower()))


WEEK_TOLD = (
    "That sounds like how your week went. Record it in **Review** (pick the week, tick what "
    "you did, and for what slipped give the reason in your words) so that when the goal "
    "stalls, **why?** can cite it. To change the plan instead, say so (\u201cmove the transfer "
    "to next month\u201d, \u201cI only have 2 hours a week\u201d)."
)


_ASKS_ABOUT_PLAN_RE = re.compile(
    r"^\W*(?:what|who|when|where|which|how|is|are|do|does|can|could|should|will|whats|what's)\b"
)


def asks_about_plan(text: str) -> bool:
    """'what is Tom doing this week?' before there is a plan: a question, never an answer."""
    said = text.strip().lower()
    return said.endswith("?") and bool(_ASKS_ABOUT_PLAN_RE.match(said))


_SHOW_RE = re.compile(
    r"^\W*(?:(?:can|could) (?:you|i)\s(?:please\s)?)?(?:show|see|view|display|print|give|send|get|"
    r"have|download|export|where(?:'s| is))\b",
    re.IGNORECASE,
)
_EXPORT_RE = re.compile(
    r"\b(?:calendar|ical|ics|google cal\w*|outlook|todoist|csv|json|markdown|pdf|export\w*|"
    r"download\w*|file|print\w*)\b",
    re.IGNORECASE,
)
_WHOLE_PLAN_RE = re.compile(r"\b(?:the |my |whole |full |current )*plan\b", re.IGNORECASE)


def asks_to_see(text: str) -> str | None:
    """'show me the plan' -> "plan"; 'can I get it as a calendar?' -> "exports"; else None."""
    said = text.strip()
    if not _SHOW_RE.search(said) or len(said.split()) > 14:
        return None
    if _EXPORT_RE.search(said):
        return "exports"
    return "plan" if _WHOLE_PLAN_RE.search(said) else None


def exports_help(plan_id: str) -> str:
    """Where the plan's calendar and other files are."""
    return (
        "Open the **Plan** tab: it downloads the plan as iCalendar (.ics, for Google Calendar, "
        "Outlook or Apple Calendar), Todoist CSV, Markdown and JSON. From a terminal: "
        f"`goalsmith export {plan_id} --format ics -o plan.ics`."
    )


_ANOTHER_GOAL_RE = re.compile(
    r"^\W*(?:(?:and|also|oh|plus|btw)\W+)*(?:i|we)\s(?:also\s)?(?:want|need|would like|'d like|"
    r"wanna|plan|hope)\s(?!(?:to\s)?(?:also\s)?(?:change|move|drop|remove|make|add|skip|swap|"
    r"push|pause|delay|do|have|switch|get rid|cut|keep)\b)(?:to\s)?(?:also\s)?(?P<what>.+)$",
    re.IGNORECASE,
)


def another_goal(text: str, plan: Plan) -> str | None:
    """'I want to also lose 5kg' after a plan: a goal of its own, said how to plan it."""
    m = _ANOTHER_GOAL_RE.match(text.strip())
    if m is None:
        return None
    what = m.group("what").strip(" .!")
    return (
        f"\u201c{what}\u201d sounds like a goal of its own. Press **New goal** to plan it: each "
        f"goal gets its own plan, so every week's work stays clear. This plan stays about: "
        f"{plan.goal.statement}."
    )
