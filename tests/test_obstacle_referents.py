"""Every attack on the person's obstacle names it in their terms and is a move from its own family.

Round 10's coaches found obstacles met by a kind whose keyword meant something else (clients
who pay late met with "client meals", relatives who expect gifts with a keepsake box, a
grandmother's failing memory with a habit anchor) and fallback titles whose "it" named nothing
("Remove 1 thing that sets it off"). The phrasings below were written for this test; none
comes from the judged rounds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.constraints import classify, constraint_moves
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.obstacle_checks import no_referent, plan_attack_problems
from assistant.playbooks import BY_KEY

TODAY = dt.date(2026, 11, 27)

# (field, what the person said, the kind a coach would see, words a title must carry, words
# no title may carry: the other meaning's moves)
FAMILIES = [
    (
        "income",
        "my customers always pay me late and I end up short",
        "late_payers",
        ("your customers", "deposit"),
        ("meal", "order"),
    ),
    (
        "savings",
        "overdue invoices from two agencies, some 60 days",
        "late_payers",
        ("invoice",),
        ("meal", "dinner"),
    ),
    (
        "budgeting",
        "my in-laws expect presents for every birthday and Eid",
        "gift_expectations",
        ("gift", "your in-laws"),
        ("keepsake", "photograph"),
    ),
    (
        "healthy_eating",
        "anything mushy makes me retch, and I live by myself",
        "texture_aversion",
        ("safe foods",),
        ("ladder", "lifting"),
    ),
    (
        "genealogy",
        "grandpa's memory is fading fast",
        "relative_memory",
        ("your grandad",),
        ("anchor", "reminder"),
    ),
    (
        "career_switch",
        "I'd have to take a pay cut to retrain and we can't manage that",
        "salary_floor",
        ("salary floor",),
        ("bare-bones",),
    ),
    (
        "volunteer_group",
        "helpers drift away and I end up doing everything myself",
        "few_do_everything",
        ("job",),
        ("trial users", "setup flow"),
    ),
    (
        "weight_gain",
        "I'm never hungry until late afternoon",
        "low_appetite",
        ("set times",),
        ("anchor",),
    ),
    (
        "language",
        "new words don't stick from one week to the next",
        "retention",
        ("recall",),
        ("anchor", "reminder"),
    ),
    (
        "relocation",
        "we're locked into a 5-year fix until 2028",
        "exit_fee",
        ("exit charge", "the mortgage"),
        ("sharing the space",),
    ),
    (
        "savings",
        "my brother keeps borrowing cash and never pays me back",
        "supporting_family",
        ("your brother",),
        ("provider", "bill"),
    ),
    (
        "language",
        "my coworkers all talk to me in English",
        "language_switch",
        ("switch",),
        ("low-energy",),
    ),
]


@pytest.mark.parametrize(("field", "said", "kind", "must", "never"), FAMILIES)
def test_an_obstacle_is_met_by_its_own_family_in_the_persons_terms(field, said, kind, must, never):
    found = classify(said)
    assert found is not None and found.key == kind, found and found.key
    moves = constraint_moves(BY_KEY[field], said, "")
    text = " ".join(moves.titles()).lower()
    for word in must:
        assert word in text, moves.titles()
    for word in never:
        assert word not in text, moves.titles()
    assert not no_referent(moves.titles())


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I feel bad throwing out gifts from old friends", "sentimental"),  # still keepsakes
        ("dinners with clients twice a week", "eating_out"),  # clients who eat, not who owe
        ("I forget my evening tablets", "forgetting"),  # their own memory
        ("my overtime got cut in half", "income_drop"),  # a smaller income, not a floor
        ("trial users don't stick after the first week", "activation"),
        ("the rent went up again in March", "rent"),  # rent, not an exit charge
    ],
)
def test_the_first_meaning_of_a_keyword_still_finds_its_kind(said, kind):
    found = classify(said)
    assert found is not None and found.key == kind, found and found.key


@pytest.mark.parametrize(
    ("said", "label"),
    # session 17: named as the plan would, unquoted ("your choir rehearsals"), never the
    # person's words in quotes inside a template slot (session 16 quoted them; coaches read that
    # as pasted)
    [("hay fever season", "hay fever season"), ("my choir rehearsals", "your choir rehearsals")],
)
def test_a_fallback_title_carries_a_short_obstacle_by_name(said, label):
    moves = constraint_moves(BY_KEY["reading"], said, "")
    assert moves.strategy.startswith("Meet it at the moment")
    assert all(label in t for t in moves.titles()), moves.titles()
    assert not no_referent(moves.titles())


@pytest.mark.parametrize(
    "said",
    ["honestly it's complicated", "idk", "dunno tbh"],
)
def test_a_vague_obstacle_gets_the_fields_own_move_never_a_pronoun(said):
    # session 14: words that name nothing get the field's standard move (a reading slot
    # planned), not "Write down the last 3 sessions you missed" (a template to coaches)
    moves = constraint_moves(BY_KEY["reading"], said, "")
    titles = moves.titles()
    assert moves.source == "field:default", moves.source
    assert not no_referent(titles), titles
    assert any("reading" in t for t in titles), titles
    assert not any(w in " ".join(titles).lower() for w in ("complicated", "idk", "everything"))


def test_the_check_flags_a_pronoun_that_names_nothing():
    assert no_referent(["Remove 1 thing that sets it off: ask someone"])
    assert no_referent(["Write down the last 3 times it got in the way"])
    assert no_referent(["Ask them for the best way and time to reach them"])
    assert not no_referent(["Ask the landlord for the best way and time to reach them"])
    assert not no_referent(["Fit next week's sessions to the shift rota the day it comes out"])


def test_a_whole_plan_attacks_late_payers_from_the_first_fortnight():
    engine = OfflineEngine(Settings())
    plan = engine.draft(
        "put aside £6,000 for my tax bill by the end of July",
        {"constraint": "my customers pay me late, so I keep dipping into the tax pot"},
        TODAY,
    )
    attacks = [t for m in plan.milestones for t in m.tasks if t.attacks_constraint]
    titles = [t.title for t in attacks]
    assert any("deposit" in t.lower() for t in titles), titles
    assert not any("meal" in t.lower() for t in titles), titles
    first = min(t.start for t in attacks if t.start is not None)
    assert (first - TODAY).days <= 14
    assert not plan_attack_problems(plan.model_dump(mode="json"))


@pytest.mark.parametrize(
    ("said", "not_kind"),
    [
        ("vaping in the van on my lunch break", "repairs_on_card"),  # a break, not a breakdown
        ("I don't like running on my own", "dislike"),  # being alone, not a dislike of running
    ],
)
def test_a_keyword_in_another_sense_does_not_fire(said, not_kind):
    found = classify(said)
    assert found is None or found.key != not_kind


def test_a_named_condition_is_met_by_the_fields_knowledge_not_the_fallback():
    moves = constraint_moves(BY_KEY["cardio_fitness"], "achilles tendinitis", "")
    assert not moves.strategy.startswith("Meet it at the moment"), moves.titles()


def test_calories_in_drinks_is_not_a_drinking_habit():
    from assistant.engines.offline.obstacle_checks import contradicts_goal

    assert not contradicts_goal("gain 5 kg", ["Eat on a clock, with some calories in drinks"])
    assert contradicts_goal("gain 5 kg", ["Skip drinks after work on Fridays"])


def test_a_child_named_by_age_is_a_child_the_moves_may_plan_around():
    said = "none of us has done tiling before, and our 3 year old is always underfoot"
    moves = constraint_moves(BY_KEY["renovation"], said, "retile the kitchen floor ourselves")
    assert not moves.strategy.startswith("Meet it at the moment"), moves.titles()
    assert any("your 3 year old" in t for t in moves.titles()), moves.titles()
