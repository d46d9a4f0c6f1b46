"""Where the person is now, said in the goal's own text, is the start, never the target nor zero.

Three ways a goal says it that were read wrongly (round 22): a cut's smaller cap said after what
they spend ("like $900 a month, get it under $300": the $900 was the limit); a reading someone
or something gave ("experian says 561": 561 became the score to reach); and what they can do,
with the "I" left out ("... in Feb. Can do about 400m before I'm gassed": the plan started at
zero, its 400 m glued to the stroke never converting to the race's km).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.baseline import in_unit
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)

CUT_CAP_SAID_LATER = [
    ("I blow about $900 a month on takeaway, want it below $300", 900, 300),
    ("spending 650 euros a month on clothes, bring it down to 200 euros", 650, 200),
    (
        "stop ordering so much foodpanda, it's roughly ₱6,000 a month, get it under ₱2,000",
        6000,
        2000,
    ),
]


@pytest.mark.parametrize(("goal", "start", "cap"), CUT_CAP_SAID_LATER)
def test_a_smaller_cap_said_after_the_spend_makes_the_spend_the_start(goal, start, cap) -> None:
    u = understand(goal, {}, TODAY)
    assert (u.baseline, u.target) == (start, cap)


READING_GIVEN = [
    ("improve my credit score. equifax shows 590 and we want to remortgage next year", 590),
    ("boost my credit score, the app puts me at 610", 610),
    ("fix my credit, my bank's report came back at 575 and I want a car loan", 575),
]


@pytest.mark.parametrize(("goal", "now"), READING_GIVEN)
def test_a_reading_given_of_them_is_the_start_not_the_target(goal, now) -> None:
    u = understand(goal, {}, TODAY)
    assert u.baseline == now
    assert u.target > now


CAN_DO_WITHOUT_I = [
    ("swim 1.5 km in open water this summer. Can swim maybe 500m breaststroke before I stop", 0.5),
    ("a 3km sea swim in march. Right now can do 600 m front crawl", 0.6),
    ("finish a 100 km sportive in june; can ride about 40km before my legs go", 40),
]


@pytest.mark.parametrize(("goal", "now"), CAN_DO_WITHOUT_I)
def test_what_they_can_do_with_the_i_left_out_is_the_start(goal, now) -> None:
    u = understand(goal, {}, TODAY)
    assert u.baseline == now


def test_a_measure_with_a_word_glued_on_still_converts() -> None:
    assert in_unit(400, "m freestyle", "km") == 0.4
    assert in_unit(3, "miles easy", "km") == pytest.approx(4.8, abs=0.1)
    assert in_unit(2, "lessons", "km") is None


def test_a_target_said_by_someone_beside_their_own_number_stays_the_target() -> None:
    # two numbers of the measure: "says" is no reading of where they are
    u = understand("my doctor says 80 kg would be healthy, I weigh 95 kg", {}, TODAY)
    assert u.baseline != 80


NOTHING_THEN_MORE = [
    ("eat more fruit, 3 portions a day", "none really, maybe a banana on sundays"),
    ("drink 2 litres of water a day", "basically nothing, just coffee and a coke"),
    ("eat more veg, 3 servings a day", "zero veg on weekdays, a salad on sunday maybe"),
]


@pytest.mark.parametrize(("goal", "said"), NOTHING_THEN_MORE)
def test_a_start_answered_as_none_then_explained_starts_at_zero(goal, said) -> None:
    # "zero veg most days, rice meals" planned "from about 1 serving": their none is zero
    u = understand(goal, {"baseline": said}, TODAY)
    assert u.baseline == 0
    assert u.baseline_words.startswith(said.split(",")[0])


def test_not_much_is_no_zero() -> None:
    u = understand("walk 8000 steps a day", {"baseline": "nothing much, I drive everywhere"}, TODAY)
    assert u.baseline != 0


FROM_TO_IN_WORDS = [
    ("lose 10 kg (85 kg -> 75 kg) before the wedding", "85 kg"),
    ("drop 20 lbs (210 to 190) by summer", "210 lb"),
    ("cut my vaping from a pod every day to weekends only", "a pod every day"),
]


@pytest.mark.parametrize(("goal", "start"), FROM_TO_IN_WORDS)
def test_the_from_side_of_a_change_is_the_start_in_their_words(goal, start) -> None:
    # "lose 12kg (92 to 80)" and "going from most nights to weekends" were planned from zero
    u = understand(goal, {}, TODAY)
    assert u.baseline_words.startswith(start)
    assert "baseline" in u.stated


def test_a_trip_from_a_place_is_no_start() -> None:
    u = understand("walk from home to the office every day", {}, TODAY)
    assert "home" not in u.baseline_words


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("put on muscle, I'm skinny (5'11 and 140)", "never lifted, can do maybe 10 push-ups"),
        ("pass my theory test", "haven't started, did one mock and got 40/75"),
    ],
)
def test_what_they_have_never_done_is_no_count_of_zero(goal, said) -> None:
    assert understand(goal, {"baseline": said}, TODAY).baseline != 0
