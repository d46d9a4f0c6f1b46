"""What a person says about a plan that is not a change to it: this week's tasks (theirs or a
teammate's), why it stalls, show me the plan, where the calendar file is, thanks, why a task
is there; and, when a change could not be read, a week's news or a second goal."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.agenda import (
    STALL_HELP,
    WEEK_TOLD,
    another_goal,
    asks_for_agenda,
    asks_to_see,
    asks_why_stalled,
    exports_help,
    says_thanks,
    tells_week,
    week_agenda,
    whose_week,
)
from assistant.chat_text import plan_markdown
from assistant.models import Finding, Plan

THANKS = (
    "Glad it helps. Ask for a change any time (\u201cI only have 3 hours a week\u201d), ask "
    "**what should I do this week?**, or record a week in the **Review** tab."
)


# "can I skip the budget check this week?": one week off a task, not the task gone
_SKIP_ONCE_RE = re.compile(
    r"^\W*(?:(?:can|could|may) (?:i|we) |i'?(?:ll| will| am going to|m going to) |let me |"
    r"i need to |is it ok(?:ay)? (?:if i |to ))?(?:skip|miss|drop|pass on|leave out)\b.*"
    r"\b(?:this week|today|tonight|tomorrow|this time|this weekend|just once)\b",
    re.IGNORECASE,
)
SKIP_ONCE = (
    "Yes: one skipped week changes nothing in the plan, so I keep it as it is. When you record "
    "the week in **Review**, leave that task unticked and say why in your words: if it keeps "
    "slipping, **why?** will find it. To drop it for good, say **drop** and the task's name."
)


def answer_about_plan(
    plan: Plan,
    text: str,
    today: dt.date,
    findings: list[Finding],
    engine_label: str,
    stall_doctor: Callable[[str], str] | None,
) -> str | None:
    """The reply to a message about the plan that changes nothing; None for a change."""
    wants = asks_to_see(text)
    if wants == "exports":
        return exports_help(plan.id)
    if wants == "plan":
        return plan_markdown(plan, findings, engine_label)
    if asks_why_stalled(text):
        return stall_doctor(text) if stall_doctor else STALL_HELP
    if asks_for_agenda(text):
        return week_agenda(plan, today, whose_week(plan, text), text)
    if says_thanks(text):
        return THANKS
    if _SKIP_ONCE_RE.search(text.strip()):
        return SKIP_ONCE
    return None


def not_a_change(plan: Plan, text: str) -> str | None:
    """For a message no revision could read: how a week went, or a goal of its own."""
    if tells_week(text):
        return WEEK_TOLD
    return another_goal(text, plan)
