"""Changes said in passing, the way people add them to a longer message: a step said done with
a word between ("basically done", "already bought"), a step asked away after a "so", someone
close taking a step ("her dad will do the weekend rides"), a plan word said another way ("the
wool" is the yarn the plan buys). Each checked by what it does to the plan."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError

SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def plans():
    goals = {
        "knit": "knit a cardigan for my daughter by her birthday in march, I've done hats before",
        "bp": "get my blood pressure under 130/85 by my check-up in 4 months, it's 150/95 now",
        "bike": "get back into cycling and ride 30 miles in one go by june",
    }
    return {k: ENGINE.draft(g, {}, TODAY) for k, g in goals.items()}


def _one_off(plan, word):
    found = [t for t in plan.tasks() if t.recurrence is None and word in t.title.lower()]
    assert found, (word, [t.title for t in plan.tasks()])  # the plan holds the step the test names
    return found[0]


@pytest.mark.parametrize(
    ("key", "word", "said"),
    [
        ("bp", "monitor", "the blood pressure monitor is basically done, bought one on monday"),
        ("bp", "monitor", "blood pressure monitor already bought"),
        ("knit", "yarn", "I already ordered the yarn, one dye lot like you said"),
        ("bike", "fix a flat", "learning to fix a flat is all done now, did a course in october"),
    ],
)
def test_a_step_said_done_with_a_word_between_is_marked_done(plans, key, word, said):
    plan = plans[key]
    step = _one_off(plan, word)
    new = ENGINE.revise(plan, said, TODAY)
    assert new.task(step.id).status == "done"
    assert "marked done" in (new.metadata.revision_note or "")


@pytest.mark.parametrize(
    ("key", "word", "said"),
    [
        ("bp", "monitor", "turns out my GP lent me one, so skip the monitor step"),
        ("bike", "safety check", "the shop did a full service last week, so take out the safety check"),
        ("knit", "swatch", "I always knit to gauge with this yarn. so drop the swatch"),
    ],
)  # fmt: skip
def test_a_step_asked_away_after_a_so_is_removed(plans, key, word, said):
    plan = plans[key]
    step = _one_off(plan, word)
    new = ENGINE.revise(plan, said, TODAY)
    assert step.id not in {t.id for t in new.tasks()}


@pytest.mark.parametrize(
    ("key", "word", "said", "who"),
    [
        ("knit", "yarn", "My sister will pick up the wool for me when she's in town", "My sister"),
        ("knit", "yarn", "my aunt will get the wool for me on saturday", "my aunt"),
        ("bp", "low-salt", "my husband'll do the low-salt dinners, he cooks anyway", "my husband"),
        ("bike", "bike fit", "her uncle is going to sort the bike fit, he works at the shop", "her uncle"),
    ],
)  # fmt: skip
def test_someone_close_said_taking_a_step_owns_it_and_the_reason_is_no_part_of_it(
    plans, key, word, said, who
):
    plan = plans[key]
    step = (
        _one_off(plan, word)
        if key != "bp"
        else next(t for t in plan.tasks() if word in t.title.lower())
    )
    new = ENGINE.revise(plan, said, TODAY)
    assert new.task(step.id).owner == who
    note = new.metadata.revision_note or ""
    assert "when she" not in note and "he cooks" not in note and "works at" not in note
    assert "for me" not in note


def test_someone_wanting_to_do_the_same_joins_rather_than_takes_the_steps(plans):
    plan = plans["bp"]
    new = ENGINE.revise(plan, "my wife wants to do the same evening walks with me", TODAY)
    assert all(t.owner != "my wife" for t in new.tasks())


@pytest.mark.parametrize(
    "said",
    [
        "My partner'll do the monthly check of the account when he gets paid",
        "my brother will handle the weekly account check",
        "give the account check to Sam",
    ],
)
def test_steps_named_by_different_words_are_asked_about_never_all_given(said):
    """One step is about a check, others about the account: no word names them all, so the
    chat asks which, with the ids, instead of giving every one away."""
    plan = ENGINE.draft("put £2,000 aside for a car fund, maybe £150 a month", {}, TODAY)
    with pytest.raises(InputError, match="could be any of"):
        ENGINE.revise(plan, said, TODAY)
    # a step every word names is still given
    new = ENGINE.revise(plan, "give the spending check to Sam", TODAY)
    assert {t.owner for t in new.tasks() if "spending" in t.title.lower()} == {"Sam"}
