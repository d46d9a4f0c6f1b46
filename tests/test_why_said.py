"""The reason a person gives after 'so' names who or what it is for ('so my mum can stay',
'so the dog stops getting out'): it is the plan's why, not a missing one (own phrasings)."""

from __future__ import annotations

import pytest

from assistant.understanding.outcome import read_why


@pytest.mark.parametrize(
    ("goal", "why"),
    [
        (
            "declutter the box room so my dad can stay over at easter",
            "so my dad can stay over at easter",
        ),
        (
            "lose 8 kg so the kids don't have to wait for me on walks",
            "so the kids don't have to wait for me on walks",
        ),
        ("mend the gate so the dog stops escaping", "so the dog stops escaping"),
        ("get my license so I'm not relying on lifts", "so i'm not relying on lifts"),
        (
            "save up so we're not stuck when the boiler dies",
            "so we're not stuck when the boiler dies",
        ),
    ],
)
def test_a_reason_after_so_is_the_why(goal, why):
    assert read_why(goal.lower()) == why.lower()


@pytest.mark.parametrize(
    "goal",
    ["save so much more this year", "learn spanish, so far so good", "walk more, so tired lately"],
)
def test_so_as_an_intensifier_is_no_reason(goal):
    assert read_why(goal) is None
