"""The attack on the person's obstacle is a known kind that fits their words and their goal's
field, or an honest attack that quotes them; never a move borrowed from another field.

Round 17's coaches caught warm layers and a waterproof for painting bedrooms on dark evenings,
a nerves ladder for a second language that feels slow beside fast speakers, and "Price chai
for the next 12 months". The obstacles here are our own, in varied phrasings and fields.
"""

from __future__ import annotations

import pytest

from assistant.engines.offline.constraint_kinds import by_meaning, classify
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.constraints_family import foreign_family, kind_fits
from assistant.engines.offline.obstacle_checks import FALLBACK_LEAD
from assistant.language import normalize
from assistant.playbooks import BY_KEY
from assistant.playbooks.obstacle_kinds import obstacle_kinds
from evals.obstacle_attacks import off_topic, one_keyword

KINDS = {k.key: k for k in obstacle_kinds()}


def _moves(field: str, said: str, goal: str = ""):
    moves = constraint_moves(BY_KEY[field], said, goal)
    return moves, [moves.strategy, *moves.titles()]


# (field, goal, obstacle, words no move for it may use): each a move of another field
TABLE = [
    (
        "language",
        "learn enough Spanish to chat with my in-laws",
        "I work night shifts so my sleep is all over the place",
        ("meal", "gear", "pot"),
    ),
    (
        "renovation",
        "redo the bathroom tiles ourselves",
        "our toddler is into everything and naps only 40 minutes",
        ("picture checklist", "pot"),
    ),
    (
        "work_boundaries",
        "stop answering work messages after 7pm",
        "my boss messages me at 10pm and expects a reply",
        ("fear ladder", "meal", "pot"),
    ),
    (
        "running",
        "run a 10k in under an hour",
        "it's Ramadan next month and I'll be fasting all day",
        ("5 minutes", "meals", "snack"),
    ),
    (
        "exercise_routine",
        "go to the gym 3 times a week",
        "I don't have a car and the bus takes ages",
        ("pot", "payday", "script"),
    ),
    (
        "exam",
        "pass my accounting exam in june",
        "the power goes off for hours most evenings",
        ("warm layers", "waterproof", "outdoor"),
    ),
    (
        "coding",
        "build a portfolio website this winter",
        "it's freezing in my flat once the sun goes down",
        ("waterproof", "gear", "outdoor session"),
    ),
    (
        "savings",
        "save 2000 pounds for a deposit",
        "dark evenings make me want to order takeaway",
        ("waterproof", "treadmill", "indoor option"),
    ),
    (
        "language",
        "pass the B2 french exam",
        "the natives speak way too fast for me to follow",
        ("audience", "ladder", "breathing"),
    ),
    (
        "public_speaking",
        "speak up in our weekly client calls",
        "my german feels clumsy and the others talk really fast",
        ("1 more person", "audience ladder"),
    ),
    (
        "budgeting",
        "keep a budget for 3 months",
        "my card is saved on every shopping app",
        ("session", "treadmill", "meal"),
    ),
    (
        "meditation",
        "meditate 10 minutes every morning",
        "the baby wakes at 5 and the day just starts",
        ("pot", "payday", "fear"),
    ),
    (
        "drawing",
        "fill a sketchbook by march",
        "my wrist flares up after twenty minutes",
        ("pot", "payday", "outdoor"),
    ),
    (
        "book",
        "finish the first draft of my novel",
        "the heat in summer makes the spare room unbearable",
        ("gear", "mall", "treadmill"),
    ),
    (
        "declutter",
        "clear the spare room before my mum visits",
        "my partner won't let go of anything",
        ("meal", "treadmill", "waterproof"),
    ),
    (
        "weight",
        "lose 8 kg before the summer",
        "my partner eats crisps and takeaway every night in front of me",
        ("pot", "payday", "gear"),
    ),
    (
        "instrument",
        "play three songs on the guitar by spring",
        "during Lent I fast until the evening",
        ("5 minutes", "fast option", "snack"),
    ),
]


@pytest.mark.parametrize(("field", "goal", "said", "never"), TABLE)
def test_no_obstacle_is_met_with_a_move_from_another_field(field, goal, said, never):
    moves, texts = _moves(field, said, goal)
    heard = f"{goal} {said}"
    assert not foreign_family(field, moves.titles(), heard), texts
    assert not off_topic(heard, texts), texts
    assert not one_keyword(heard, texts), texts
    joined = " | ".join(texts).lower()
    assert not [w for w in never if w in joined], texts


@pytest.mark.parametrize(
    ("field", "goal", "said"),
    [
        ("language", "learn 500 words of Korean", "the dark evenings kill my motivation"),
        ("coding", "build a portfolio website", "it's cold in my flat in winter"),
        ("exam", "pass the bar exam in july", "rain every day makes me sluggish"),
        ("budgeting", "stick to a grocery budget", "snowed in half the winter"),
        ("language", "learn Italian for our trip", "there are no pavements on my road"),
    ],
)
def test_an_outdoor_kind_never_meets_an_indoor_goal(field, goal, said):
    _, texts = _moves(field, said, goal)
    joined = " | ".join(texts).lower()
    for outdoor in ("gear that makes", "indoor option", "outdoor session", "mall", "safe route"):
        assert outdoor not in joined, texts


@pytest.mark.parametrize(
    ("field", "goal"),
    [
        ("running", "run a half marathon"),
        ("walking", "walk 8000 steps a day"),
        ("generic", "walk the dog for an hour every day"),
    ],
)
def test_an_outdoor_goal_still_gets_the_weather_moves(field, goal):
    _, texts = _moves(field, "the dark wet evenings", goal)
    joined = " | ".join(texts).lower()
    assert "indoor" in joined or "daylight" in joined or "headlamp" in joined, texts


def test_where_a_kind_applies_is_data_the_fit_check_reads():
    weather, route = KINDS["weather"], KINDS["no_safe_route"]
    assert weather.setting == "outdoor" and route.setting == "outdoor"
    assert not kind_fits(weather, "language", "learn Korean")
    assert kind_fits(weather, "running", "run a 10k")
    assert kind_fits(weather, "generic", "get out on my bike every weekend")
    assert kind_fits(weather, "renovation", "paint the hall")  # its own moves for a build
    assert not kind_fits(KINDS["pace_too_fast"], "book", "write a novel")  # a body move


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("reading", "the library only opens on weekday mornings"),
        ("instrument", "my teacher left and I have nobody to check me"),
        ("drawing", "our only table is covered in homework"),
    ],
)
def test_an_obstacle_no_kind_fits_is_quoted_whole_with_moves_true_of_any_obstacle(field, said):
    moves, texts = _moves(field, said)
    assert moves.strategy.startswith(FALLBACK_LEAD), texts
    # quoted once, whole, in the strategy line; the titles say "the obstacle you named", never
    # the person's words pasted in (session 17, round 27's coaches)
    assert f'"{said}"' in moves.strategy, texts
    assert not any('"' in t for t in moves.titles()), texts
    assert any("the obstacle you named" in t for t in moves.titles()), texts
    joined = " | ".join(moves.titles()).lower()
    assert "10-minute version" in joined and "note each time" in joined and "1 change" in joined


@pytest.mark.parametrize("said", ["bubble tea", "cab rides", "vending machine snacks"])
def test_a_money_plan_never_prices_a_pot_for_a_pasted_noun(said):
    moves, texts = _moves("budgeting", said)
    joined = " | ".join(texts).lower()
    assert "for the next 12 months" not in joined, texts
    assert "pot for" not in joined, texts


@pytest.mark.parametrize("said", ["vet visits", "school uniforms", "car insurance renewals"])
def test_a_cost_that_comes_round_still_gets_its_own_pot(said):
    _, texts = _moves("savings", said)
    assert "pot" in " | ".join(texts).lower(), texts


@pytest.mark.parametrize(
    "said",
    [
        "I'll be fasting from dawn to sunset all month",
        "roza days, nothing to eat or drink till iftar",
        "in Lent I fast on fridays until the evening",
    ],
)
def test_a_kinds_negative_cue_rules_it_out_by_meaning_too(said):
    kind, _ = by_meaning(normalize(said))
    assert kind is None or kind.key != "fast_food_default"
    found = classify(said)
    assert found is not None and found.key == "religious_fast"


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("public_speaking", "my french feels slow and the locals talk so fast"),
        ("public_speaking", "the americans speak super quickly and I lose the thread"),
        ("language", "I can't follow native speakers on the phone"),
    ],
)
def test_a_second_language_that_feels_slow_is_trained_for_speed_not_nerves(field, said):
    moves, texts = _moves(field, said)
    assert moves.source.startswith("kind:second_language_speed"), texts
    joined = " | ".join(texts).lower()
    assert "shadow" in joined and "1 more person" not in joined


@pytest.mark.parametrize(
    ("field", "said", "fact"),
    [
        ("family", "we live in Lille now, and the kids' bedtime runs late", "we live in Lille now"),
        (
            "savings",
            "the health insurance went up again, and skiing in February",
            "skiing in February",
        ),
        ("declutter", "the tip shuts at 4 on saturdays and I work till 3", "the tip shuts at 4"),
    ],
)
def test_a_fact_beside_the_obstacle_is_never_quoted_into_a_move_of_its_own(field, said, fact):
    """Round 18's coaches read 'Note how "we're in Lille" got in your way this week' as
    boilerplate: a place, a date or an opening time is no obstacle to note each week."""
    moves, texts = _moves(field, said)
    assert not any(fact.lower() in t.lower() for t in moves.titles()), texts


@pytest.mark.parametrize(
    "said",
    [
        "my partner works lates and comes in around midnight",
        "my husband does night shifts and wakes me when he gets in",
        "my girlfriend finishes at 1am and we end up chatting in bed",
    ],
)
def test_a_kind_met_only_by_its_own_words_is_never_reached_by_meaning(said):
    moves, texts = _moves("sleep", said)
    assert not any("time zone" in t.lower() for t in texts), texts


def test_a_time_difference_said_in_words_still_gets_its_moves():
    moves, texts = _moves("relationship", "we're in different time zones, she's 8 hours ahead")
    assert any("time zone" in t.lower() for t in texts), texts


@pytest.mark.parametrize(
    "said",
    [
        "after work drinks with colleagues every friday, hard to say no",
        "nomikai with my team twice a month, hard to refuse",
        "my mates always want a round in and it's hard to turn them down",
    ],
)
def test_drinks_with_coworkers_in_a_money_plan_get_a_fun_budget_not_a_household_money_talk(said):
    moves, texts = _moves("savings", said)
    assert not any("money check-in" in t or "money talk" in t for t in texts), texts
    assert any("pot" in t for t in texts), texts
