"""Every word the offline planner writes is an English word or one the person wrote.

Plans for two example goals of every field, and for the offline goal table, are read word by
word against wordfreq's English frequency list: mangled words ("walkinged", "howing",
"meeted") and typos in the field files fail here, naming the field and the word.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from wordfreq import zipf_frequency

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.playbooks import PLAYBOOKS
from tests.offline_goals import GOALS

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# field words wordfreq does not rank but a coach writes: kept short and reviewed
KNOWN = {
    "deload",
    "halaqa",
    "annualcreditreport",
    "kanban",
    "onboarding",
    "italki",
    "readmes",
    "exercism",
    "leetcode",
    "okrs",
    "preply",
}
MIN_ZIPF = 1.0  # about once in 100 million words: rarer than that is not a word people use


def strange_words(text: str, allowed: set[str]) -> list[str]:
    out = []
    for raw in _WORD_RE.findall(text):
        for word in re.split(r"[-’']", raw):
            w = word.lower()
            if len(w) < 3 or w in allowed or w in KNOWN:
                continue
            if zipf_frequency(w, "en") < MIN_ZIPF:
                out.append(word)
    return out


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
    allowed = {w.lower() for w in _WORD_RE.findall(goal)}
    bad = {text: strange_words(text, allowed) for text in _texts(plan)}
    assert {t: w for t, w in bad.items() if w} == {}


def test_the_word_check_catches_mangled_words():
    assert strange_words("Walkinged 3 km, howing the meeted plan", set()) == [
        "Walkinged",
        "howing",
        "meeted",
    ]
