"""The work a count needs against the time its sessions give: chapters, words and a daily step
count are sized from a pace, the sessions grow within the person's hours, and what still does
not fit is said with the arithmetic (what a day would need, or the date the rhythm reaches).

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


def _said(plan, words: str) -> list[str]:
    return [a.text for a in plan.assumptions if words in a.text]


def test_scripture_in_a_short_daily_slot_says_the_hours_and_the_date_it_needs():
    plan = ENGINE.draft(
        "read through the whole Bible by next summer", {"capacity": "10 min before bed"}, TODAY
    )
    reading = [t for t in plan.tasks() if t.recurrence and "reading" in t.title]
    assert reading and all(t.estimate_minutes == 10 for t in reading)  # their 10 minutes
    said = _said(plan, "chapters (about")
    assert said, [a.text for a in plan.assumptions]
    assert re.search(r"about \d+ minutes a day, or a date around \d+ \w+ 20\d\d", said[0])


def test_a_daily_step_count_gets_the_walking_it_needs_or_says_the_gap():
    plan = ENGINE.draft("get up to 9,000 steps a day, I do about 3,000 now", {}, TODAY)
    last = plan.milestones[-1]
    walks = [t for t in last.tasks if t.recurrence and "walk" in t.title.lower()]
    a_day = sum(t.recurrence.sessions_per_week() * t.estimate_minutes for t in walks) / 7
    said = _said(plan, "minutes of brisk walking a day")
    assert a_day >= 60 or (said and "about 60 minutes" in said[0]), (a_day, said)


def test_words_a_session_add_up_to_the_draft_or_the_plan_says_how_many_sessions():
    plan = ENGINE.draft(
        "finish the 60,000 word draft of my novel, I have 20,000 words",
        {"deadline": "in 3 months"},
        TODAY,
    )
    said = _said(plan, "sessions a week")
    writing = [t for t in plan.milestones[-1].tasks if t.recurrence and "Write" in t.title]
    made = sum(500 * t.recurrence.sessions_per_week() for t in writing)
    weeks = (plan.goal.deadline - TODAY).days / 7
    assert made * weeks >= 40_000 * 0.9 or said, [a.text for a in plan.assumptions]
