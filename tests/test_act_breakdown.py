"""A task broken down becomes its act's real steps (data/breakdowns.toml), not "part 1 of 3";
a one-off step the person keeps avoiding is broken down the same way."""

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline import OfflineEngine
from assistant.plan_edits.breakdown import act_of, act_steps

TODAY = dt.date(2026, 11, 28)


def _chat(goal: str) -> Conversation:
    settings = Settings(_env_file=None, offline=True)
    c = Conversation(OfflineEngine(settings), settings, TODAY)
    c.send(goal)
    assert c.send("just plan it").plan is not None
    return c


def test_every_act_of_the_data_is_valid_and_its_shares_add_up():
    acts = act_steps()
    assert len(acts) >= 6
    assert all(abs(sum(s.share for s in a.steps) - 1) < 0.01 for a in acts)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Call the insurer to ask for the claim form", "call"),
        ("Ring the landlord about the boiler", "call"),
        ("Write the appeal letter to the council", "write"),
        ("Buy a second-hand road bike", "choose"),
        ("Book a hearing test", "book"),
        ("Write a 20-minute routine of 4 moves", None),  # no document to draft
        ("Sort 1 drawer into keep, donate, bin", None),
    ],
)
def test_the_act_a_title_opens_with(title, kind):
    found = act_of(title)
    assert (found[0].kind if found else None) == kind


@pytest.mark.parametrize(
    ("goal", "said", "first"),
    [
        (
            "pay off my 4000 credit card by next summer",
            "the 'call the lender' step makes me so anxious I keep skipping it, any other way?",
            "Write the 3 points to make on the call",
        ),
        (
            "pay off my 4000 credit card by next summer",
            "I keep putting off calling the lender",
            "Write the 3 points to make on the call",
        ),
        (
            "save 5000 for a house deposit by next christmas",
            "opening the savings account scares me a bit honestly",
            "Gather what a separate",
        ),
    ],
)
def test_a_step_they_keep_avoiding_is_broken_into_smaller_real_steps(goal, said, first):
    c = _chat(goal)
    before = len(c.plan.tasks())
    turn = c.send(said)
    assert c.plan.version == 2 and "smaller steps" in turn.message, turn.message
    assert len(c.plan.tasks()) > before
    assert any(t.title.startswith(first) for t in c.plan.tasks()), turn.message
    assert not any("(part 1 of" in t.title for t in c.plan.tasks())


def test_a_count_the_person_names_keeps_equal_parts():
    c = _chat("pay off my 4000 credit card by next summer")
    turn = c.send("break the call to the lender into 2 steps")
    assert "(part 1 of 2)" in turn.message
