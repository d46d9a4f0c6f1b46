"""A kind matched by a word must fit the word's role and the goal's field (round 19's coaches:
a sore spot for A-level revision, snack moves for marking that eats the evenings, a gym class
near photos kept two hours away, a physio for a guitar learner's fingertips, a grip aid for a
hip). The obstacles here are our own paraphrases, in other fields, words and numbers.
"""

from __future__ import annotations

import pytest

from assistant.engines.offline.constraint_kinds import by_meaning, by_words
from assistant.engines.offline.constraints import constraint_moves
from assistant.language import normalize
from assistant.playbooks import BY_KEY
from assistant.playbooks.obstacle_kinds import obstacle_kinds

KINDS = {k.key: k for k in obstacle_kinds()}


def _moves(field: str, said: str, goal: str = ""):
    moves = constraint_moves(BY_KEY[field], said, goal)
    return moves, " ".join([moves.strategy, *moves.titles()]).lower()


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("supervision at the clinic eats my afternoons", "health"),  # "vision" inside a word
        ("my coursework for the diploma lands at the same time", "health"),
        ("the ships are hard to model", "health"),  # "hips" inside "ships"
        ("I'd rather not cut out bread completely", "food_craving"),  # a wish, not the obstacle
        ("I don't want to give up cheese for good", "food_craving"),
    ],
)
def test_a_cue_inside_a_word_or_a_declined_wish_names_no_kind(said: str, kind: str) -> None:
    assert not KINDS[kind].named_in(normalize(said))


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("my hips ache after an hour", "health"),
        ("I crave bread every evening", "food_craving"),
        ("the vision in my left eye is going", "health"),
    ],
)
def test_the_same_words_as_the_obstacle_still_name_it(said: str, kind: str) -> None:
    assert KINDS[kind].named_in(normalize(said))


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("instrument", "my fingertips are killing me after twenty minutes on the ukulele"),
        ("instrument", "the tips of my fingers go raw from the strings"),
        ("running", "my legs are so sore the day after each run"),
        ("strength", "DOMS for three days after leg day"),
    ],
)
def test_an_ache_the_field_expects_is_no_injury(field: str, said: str) -> None:
    assert by_words(normalize(said), field=field) is not KINDS["health"]
    _, text = _moves(field, said)
    assert "physio" not in text and "sore spot" not in text and "grip aid" not in text


def test_a_guitar_learners_fingertips_build_calluses() -> None:
    moves, text = _moves("instrument", "my fingertips sting after ten minutes of chords")
    assert moves.source == "field:sore_fingertips"
    assert "callus" in text and "physio" not in text


def test_arthritis_in_the_fingers_is_still_a_hands_pain() -> None:
    moves, _ = _moves("instrument", "arthritis in my fingertips flares when I practise")
    assert moves.source.startswith("kind:health")


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "crafts",
            "my knee stops me sitting at the loom for long, and I want to hand weave the border",
            "finish the rug",
        ),
        ("drawing", "since the back operation I can't sit at the desk long", "draw every day"),
    ],
)
def test_a_hand_variant_needs_a_hand(field: str, said: str, goal: str) -> None:
    _, text = _moves(field, said, goal)
    assert "hand warm-up" not in text and "grip aid" not in text and "hand therapist" not in text


def test_a_hand_variant_still_meets_sore_wrists() -> None:
    _, text = _moves("drawing", "my wrists hurt after an hour of inking", "finish a comic")
    assert "hand warm-up" in text


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("career_switch", "grading and lesson prep eat up all my weekends"),
        ("degree", "the night job eats into my evenings"),
        ("book", "emails eat all my mornings"),
    ],
)
def test_work_that_eats_the_time_is_no_food(field: str, said: str) -> None:
    _, text = _moves(field, said)
    for food in ("kitchen", "snack", "meal", "crave", "appetite", "portion"):
        assert food not in text, (said, text)


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("declutter", "my tools are still at the old flat 3 hours away"),
        ("genealogy", "the letters are in a trunk at my nan's, about 4 hrs drive away"),
        ("digitise_photos", "the albums are kept at my uncle's farm, 200 miles away"),
    ],
)
def test_things_kept_far_away_are_one_trip_not_a_nearer_venue(field: str, said: str) -> None:
    moves, text = _moves(field, said)
    assert moves.source.startswith("kind:things_far_away"), moves.source
    assert "trip" in text and "gym" not in text and "community cent" not in text


def test_a_gym_far_away_is_still_too_far() -> None:
    moves, _ = _moves("fitness", "the gym is 40 minutes away")
    assert moves.source.startswith("kind:too_far")


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("declutter", "the two of us both work long hours"),
        ("career_switch", "my evenings vanish into planning tomorrow's lessons"),
        ("digitise_photos", "the house is hours from here and my cousin wants it emptied"),
    ],
)
def test_a_kind_met_by_meaning_keeps_to_its_family(field: str, said: str) -> None:
    from assistant.engines.offline.constraints_family import kind_fits

    kind, sim = by_meaning(normalize(said), field)
    moves, _ = _moves(field, said)
    source = moves.source.split("+")
    for part in source:
        if part.startswith("kind:"):
            assert kind_fits(KINDS[part[5:]], field, said), (said, part)
    assert kind is None or sim < 1.0


def test_late_game_tiredness_is_fitness_not_a_low_energy_hour() -> None:
    _, text = _moves("team_sport", "we're gassed by the second half every week")
    assert "best-energy slot" not in text and "match pace" in text


def test_a_clash_at_the_same_time_is_a_time_clash_in_their_words() -> None:
    moves, text = _moves("exam", "studying for my nursing finals at the same time")
    assert moves.source == "structure:structure_time_clash"
    assert "nursing finals" in text and "sore spot" not in text


@pytest.mark.parametrize(
    ("field", "said", "source"),
    [
        (
            "friends",
            "my evenings are manic since I started the new job",
            "structure:structure_time_clash",
        ),
        (
            "crafts",
            "I still haven't decided whether to frame it or sew it into a cushion",
            "kind:indecision",
        ),
    ],
)
def test_the_other_half_of_a_two_part_answer_has_its_own_shape(
    field: str, said: str, source: str
) -> None:
    moves, _ = _moves(field, said)
    assert source in moves.source.split("+"), moves.source
