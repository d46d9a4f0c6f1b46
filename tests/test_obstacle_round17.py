"""An obstacle's kind fits the person's words and the goal's field.

Round 17's coaches quoted a work-hours slot for a crew that vapes at smoko, a vending-machine
pocket rule for free cola in the office fridge, a bill to cut for relatives asking for money,
power cuts ("NEPA takes light") never met, a daily-habit anchor for a booking forgotten, an
open-question adviser for getting lost in old photos, a hill-climb for a cold "tenement flat",
a 12-month price for "chai" in a list of small payments, and an outdoor kit for indoor painting
on dark evenings. Each cause is planted here in new words.
"""

from __future__ import annotations

import pytest

from tests.obstacle_support import moves_text


@pytest.mark.parametrize(
    "field, said, goal, wanted, never",
    [
        (  # a crew's habit at the break, not the hours of work
            "smoking",
            "every lad on the job site smokes at smoko",
            "give up rollies before the baby comes",
            "not to offer",
            "around work",
        ),
        (  # free at work is a supply to make second-nearest, not a machine to pay
            "sugar",
            "the office gives out free energy drinks and I grab two a day",
            "cut out energy drinks",
            "free energy drinks",
            "coins",
        ),
        (  # relatives asking for money get a set share, not a bill cut
            "savings",
            "my cousins and my dad keep asking me for money every month",
            "save a deposit for a car",
            "family-help pot",
            "cut or downgrade",
        ),
        (  # a power cut at night gets work with no power, whatever the rota does
            "exam",
            "load shedding most evenings so the laptop dies",
            "pass the CPA audit paper",
            "no-power sessions",
            "indoor option",
        ),
        (  # a booking forgotten is booked in one sitting, not tied to brushing teeth
            "medical",
            "I always forget to schedule the smear test",
            "get my overdue health checks done",
            "in one sitting",
            "brushing teeth",
        ),
        (  # lost in the material: a count per session and the looking kept apart
            "digitise_photos",
            "I end up reading all the old letters instead of scanning",
            "scan grandma's letters and albums for the family",
            "count and a timer",
            "qualified source",
        ),
        (  # a cold flat is a cold room, not flat country
            "cooking",
            "my basement flat is so cold the bread never rises",
            "bake bread every week",
            "warm spot",
            "stair",
        ),
        (  # indoor jobs on dark evenings get a work light, not an outdoor kit
            "home_selling",
            "it gets dark at 4 so I can't see to paint after work",
            "paint the hallway and landing before the flat goes on sale",
            "work light",
            "waterproof",
        ),
    ],
)
def test_a_kind_fits_their_words_and_field(field, said, goal, wanted, never):
    moves = moves_text(field, said, goal)
    assert wanted in moves
    assert never not in moves


def test_small_payments_listed_get_a_limit_not_a_pot_for_each_item():
    moves = moves_text(
        "budgeting", "Google Pay makes it too easy, small payments everywhere, samosas, cabs"
    )
    assert "daily limit" in moves
    assert "price samosas" not in moves and "price cabs" not in moves
    assert "12 months" not in moves


def test_power_cuts_in_a_budget_are_a_cost_line():
    moves = moves_text(
        "budgeting", "load shedding means we spend a lot on diesel for the generator"
    )
    assert "line" in moves and "load shedding" in moves


def test_free_days_and_sugar_free_are_not_free_supply():
    moves = moves_text("sugar", "I only have free time at weekends to shop for sugar-free stuff")
    assert "free stuff is never" not in moves and "your own drinks and snacks" not in moves
