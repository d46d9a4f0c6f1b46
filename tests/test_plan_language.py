"""Every word the offline planner writes is an English word or one the person wrote.

Plans for two example goals of every field, and for the offline goal table, are read word by
word against wordfreq's English frequency list: mangled words ("walkinged", "howing",
"meeted") and typos in the field files fail here, naming the field and the word.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.playbooks import PLAYBOOKS
from assistant.validators.wording import WORD_RE, strange_words
from tests.offline_goals import GOALS

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


def _texts(plan) -> list[str]:
    texts = [plan.goal.statement, plan.constraint, plan.constraint_strategy or ""]
    for m in plan.milestones:
        texts.append(m.title)
        for t in m.tasks:
            texts += [t.title, t.done_when]
    return texts


CASES = [(f.key, text) for f in PLAYBOOKS for text in f.examples[:2]] + [
    ("table", goal) for goal, _, _ in GOALS
]


@pytest.mark.parametrize(("field", "goal"), CASES, ids=[f"{k}:{g[:30]}" for k, g in CASES])
def test_every_generated_word_is_english_or_the_persons(field, goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    allowed = {w.lower() for w in WORD_RE.findall(goal)}
    bad = {text: strange_words(text, allowed) for text in _texts(plan)}
    assert {t: w for t, w in bad.items() if w} == {}


def test_the_word_check_catches_mangled_words():
    assert strange_words("Walkinged 3 km, howing the meeted plan", set()) == [
        "Walkinged",
        "howing",
        "meeted",
    ]


_STATED_MINUTES = re.compile(r"\b(\d+)[- ]?(?:minutes?|mins?|min)\b")
# titles whose stated duration is the task's own ("Book a 30-minute lesson" is a 20-minute task)
_DOING = re.compile(
    r"^(?:do|run|walk|jog|practi[cs]e|study|read|spend|ride|cycle|swim|play|meditate|stretch|"
    r"train|lift|clean|draw|sketch|knit|sew|work(?! out)|write for|drill|review)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("field", "goal"), CASES, ids=[f"{k}:{g[:30]}" for k, g in CASES])
def test_a_title_never_contradicts_its_minutes(field, goal):
    """'45-minute workout' is 45-60 minutes on the plan, never 15 (the fitter shortens both)."""
    plan = ENGINE.draft(goal, {}, TODAY)
    allowed = goal.lower()
    wrong = []
    for task in (t for t in plan.tasks() if _DOING.match(t.title)):
        for m in _STATED_MINUTES.finditer(task.title):
            said = int(m.group(1))
            if m.group(0).lower() in allowed:  # the person's own words, quoted
                continue
            if not said <= task.estimate_minutes <= said + 30 and said <= 120:
                wrong.append((task.title, task.estimate_minutes))
    assert wrong == []


def test_resizing_a_task_keeps_its_title_honest():
    from tests.plans import good_plan

    task = good_plan().tasks()[0]
    task.title, task.estimate_minutes = "Do the 45-minute workout from the routine", 45
    task.resize(30)
    assert (task.title, task.estimate_minutes) == ("Do the 30-minute workout from the routine", 30)


@pytest.mark.parametrize(
    ("title", "minutes", "new", "expected"),
    [
        ("Work a 2-hour side shift", 120, 35, "Work a 35-minute side shift"),
        ("Practise for an hour on scales", 60, 45, "Practise for 45 minutes on scales"),
        ("Read 2 hours of the textbook", 120, 115, "Read 2 hours of the textbook"),
    ],
)
def test_a_duration_in_hours_follows_the_estimate(title, minutes, new, expected):
    from tests.plans import good_plan

    task = good_plan().tasks()[0]
    task.title, task.estimate_minutes = title, minutes
    task.resize(new)
    assert task.title == expected
