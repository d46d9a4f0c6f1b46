"""The scaffold statement quotes the person's goal cut at a clean phrase boundary."""

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.outcome import clean_cut, outcome_phrase

_BAD_ENDS = (" and", " or", " for", " to", " at", ",", "(", " also", " the")


@pytest.mark.parametrize(
    ("core", "expected"),
    [
        (
            "my book club (me, dana, li and sam) wants to read every booker winner by 2028.",
            "my book club wants to read every booker winner",
        ),
        (
            "sell my old van ($3,200 asked, 140k miles) and also buy a cargo bike for the "
            "school run in 2027",
            "sell my old van and also buy a cargo bike",
        ),
        (
            "sell my boat (the old 18ft one with the trailer) and also buy a used camper for "
            "weekend trips in 2027",
            "sell my boat and also buy a used camper for weekend trips",
        ),
        (
            "our street wants a speed bump put in outside number 12 and 14 after a cat got hit.",
            "our street wants a speed bump put in outside number 12 and 14",
        ),
        ("learn to look after my own bike by spring", "learn to look after my own bike"),
    ],
)
def test_outcome_phrase_ends_at_a_clean_boundary(core: str, expected: str) -> None:
    assert outcome_phrase(core) == expected


def test_clean_cut_never_ends_on_a_joining_word_or_open_paren() -> None:
    long = "get the parish hall (the one on mill lane) repainted and the roof fixed for the fair"
    for limit in range(3, 18):
        cut = clean_cut(long, limit)
        assert cut and not cut.endswith(_BAD_ENDS), (limit, cut)
        assert cut.count("(") == cut.count(")"), cut


@pytest.mark.parametrize(
    "goal",
    [
        "My band (me, Theo, Ruth and Ana) wants to record and release a 5 song EP by next "
        "summer. Theo moves away for 2 months in the spring",
        "Our tenants group wants to get a crossing put in at Oak and 9th after a scooter crash. "
        "We need 150 signatures and a council vote",
    ],
)
def test_scaffold_statement_quotes_a_whole_phrase(goal: str) -> None:
    s = Settings(_env_file=None, offline=True)
    plan = plan_goal(OfflineEngine(s), goal, {}, s, dt.date(2026, 11, 27)).plan
    said = plan.goal.statement.split(", reached through")[0].split(" by ")[0]
    assert not said.endswith(_BAD_ENDS), plan.goal.statement
    assert said.count("(") == said.count(")"), plan.goal.statement
    assert len(said.split()) >= 4, plan.goal.statement
