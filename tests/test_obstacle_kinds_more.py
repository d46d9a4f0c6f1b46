"""Obstacles people name beyond the common ones: each gets its own real attack, never a plan B.

The 40 phrasings below were written for this test (none comes from the judged rounds): fear of
one act, no car, no money for gear, grief, learning difficulties, someone else's behaviour,
rituals, knowledge gone rusty, caring duties, a team's scope creep, and more. Each row: the
field, what the person said, the kind a coach would see ("" when the field's own obstacle
already fits), and a word an attack title must carry ("" when none is needed).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.constraints import classify, constraint_moves
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.obstacle_checks import (
    STOCK_ATTACKS,
    feeds_obstacle,
    fell_to_fallback,
    plan_attack_problems,
)
from assistant.language import normalize
from assistant.playbooks import BY_KEY

NEW_PHRASINGS = [
    ("public_speaking", "my voice shakes the second I stand up in front of a room", "", "talk"),
    ("debt", "I dread opening the phone when the bank rings", "phone_fear", "bank"),
    ("licence", "I panic on the motorway, especially merging", "driving_fear", "highway"),
    ("sales", "I hate hearing no, it ruins my whole day", "rejection_fear", "asks"),
    ("walking", "I'm 78 and terrified of slipping on wet leaves", "fall_fear", "indoors"),
    (
        "gardening",
        "I don't drive so getting compost and soil home is hard",
        "no_transport",
        "delivery",
    ),
    ("fitness", "can't afford a gym membership right now", "cant_afford_gear", "gym"),
    (
        "declutter",
        "my wife passed in the spring and her clothes are still in the closet",
        "loved_ones_things",
        "memory box",
    ),
    (
        "degree",
        "I'm pretty sure I have dyscalculia, numbers swim on the page",
        "learning_difficulty",
        "numbers",
    ),
    (
        "volunteer",
        "one lady on the committee decides everything before the meeting",
        "one_person_dominates",
        "agenda",
    ),
    (
        "family",
        "thanksgiving always turns into a fight about the election",
        "topic_arguments",
        "politics",
    ),
    (
        "alcohol",
        "friday beers with my mates is a tradition I don't want to lose",
        "shared_ritual",
        "alcohol-free",
    ),
    ("quit", "the guys on my shift all smoke at lunch", "crew_habit", "the guys"),
    (
        "language",
        "I did 4 years of French in school but I'm so rusty",
        "forgotten_knowledge",
        "test run",
    ),
    ("start_business", "honestly no idea where to begin", "where_to_start", "step"),
    ("weight", "I'm a trucker and live on drive-thru food", "vehicle_eating", "cooler"),
    ("blood_sugar", "I'm sick of weighing every meal", "tracking_burnout", "plate method"),
    ("home_repair", "the basement gets wet every spring", "water_damage", "downspout"),
    ("reading", "realistically I have maybe 30 min a week", "tiny_time", "slot"),
    ("exercise_routine", "I'm the main carer for my dad with alzheimer's", "caring_duties", "care"),
    ("coding", "my roommates are loud and interrupt me constantly", "interruptions", "door"),
    (
        "job",
        "every application wants a bachelor's and I never finished college",
        "no_degree",
        "degree",
    ),
    (
        "weight",
        "I've been told conflicting things by every doctor",
        "unanswered_question",
        "question",
    ),
    (
        "career_switch",
        "honestly I'm not sure what I'd like to do instead",
        "unclear_direction",
        "interview",
    ),
    ("instrument", "the fast run in bar 12 is way beyond me", "wrong_level", "chunks"),
    ("team_delivery", "marketing keeps asking for changes mid sprint", "scope_creep", "requests"),
    ("operations", "we're understaffed since two people quit", "turnover", "starter"),
    (
        "team_delivery",
        "our roadmap work always gets pushed back by urgent tickets",
        "bumped_work",
        "urgent",
    ),
    ("fundraising", "we can't reach younger donors at all", "hard_to_reach", ""),
    (
        "sell_crafts",
        "there are hundreds of sellers on etsy already doing the same thing",
        "competition",
        "reviews",
    ),
    ("mental_health", "therapy is too expensive on my salary", "care_cost", "sliding-scale"),
    (
        "weight",
        "I'm recovering from anorexia so I can't count calories",
        "disordered_eating",
        "without counting",
    ),
    ("job", "I'm 58 and worried employers think I'm too old", "age_bias", "cv"),
    ("savings", "we're moving across the country in march", "big_life_event", "busy weeks"),
    ("sell_crafts", "writing the listings takes ages", "too_slow", "batch"),
    ("declutter", "I keep stuff in case I need it someday", "just_in_case", "maybe"),
    ("running", "my achilles flares up after long runs", "health", ""),
    ("sleep", "I work rotating 12 hour shifts at the hospital", "shifts", "shifts"),
    ("fitness", "I get bored doing the same workout", "boredom", ""),
    ("book", "I keep rewriting the opening, it's never good enough", "perfectionism", "rewriting"),
]


@pytest.mark.parametrize(
    ("field", "said", "kind", "word"), NEW_PHRASINGS, ids=[p[1][:40] for p in NEW_PHRASINGS]
)
def test_a_new_obstacle_is_met_by_its_own_moves_not_a_plan_b(field, said, kind, word):
    found = classify(said)
    assert (found.key if found else "") == kind or (kind == "" and found is None)
    moves = constraint_moves(BY_KEY[field], said, "")
    titles = moves.titles()
    assert not moves.strategy.startswith("Meet it at the moment"), titles
    assert not [t for t in titles if STOCK_ATTACKS.search(normalize(t)) or "plan b" in t.lower()]
    assert feeds_obstacle(said, titles, recovery=field == "alcohol") == ""
    if word:
        assert any(word in t.lower() for t in titles), titles


def test_the_new_table_is_40_phrasings_over_at_least_30_kinds():
    assert len(NEW_PHRASINGS) == 40
    assert len({p[2] for p in NEW_PHRASINGS}) >= 30


@pytest.mark.parametrize(
    ("said", "kind", "not_kind"),
    [
        ("I've forgotten everything I learned at school", "forgotten_knowledge", "forgetting"),
        ("I forget to take my pills at night", "forgetting", "forgotten_knowledge"),
        ("water pools in the yard after a storm", "water_damage", "weather"),
        ("it rains every day here in november", "weather", "water_damage"),
        ("my mom died in march and her house is full of her things", "grief", "people"),
        ("my car died last month", "competing_cost", "grief"),
        ("the clinic never calls me back", "waiting", "phone_fear"),
    ],
)
def test_negative_cues_keep_a_keyword_from_firing_on_the_wrong_meaning(said, kind, not_kind):
    found = classify(said)
    assert found is not None and found.key == kind and found.key != not_kind


def test_a_narrow_kind_beats_the_fields_own_obstacle_read_by_one_word():
    """'ice' is the walking field's weather; a fear of falling on it needs grips and a class."""
    moves = constraint_moves(BY_KEY["walking"], "icy sidewalks and I'm scared of falling again", "")
    text = " ".join(moves.titles()).lower()
    assert "grips" in text and "headlamp" not in text and "reflective" not in text


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("fitness", "my dog eats my running shoes"),
        ("reading", "the library is closed on the days I'm free"),
        ("savings", "the sofa we ordered keeps being delayed"),
    ],
)
def test_when_no_kind_fits_the_moves_are_built_from_their_words_and_the_session(field, said):
    moves = constraint_moves(BY_KEY[field], said, "")
    titles = moves.titles()
    assert moves.strategy.startswith("Meet it at the moment")
    assert not any("plan b" in t.lower() or "obstacle hits" in t.lower() for t in titles)
    assert moves.constraint.lower() == said.lower()  # their words, whole, in the constraint line
    # their words are quoted once, whole, in the constraint line; a title never quotes them
    # nor sets a fragment of them into a slot (session 17: coaches read 'Note each time "my dog
    # eats my running shoes" gets in the way' as their words pasted into a template)
    assert not any('"' in t or "'" in t for t in titles), titles
    assert any("the obstacle you named" in t for t in titles), titles
    # the smaller version is checked as itself: the session's instruction is never quoted after
    # "10 minutes of" (coaches, rounds 19-21: "10 minutes of 'do a 25-minute yoga...'")
    assert "10-minute version" in moves.attack.done_when
    assert " of '" not in moves.attack.done_when


@pytest.mark.parametrize(
    "said",
    [
        "honestly just the usual stuff",
        "the loan is due in full if I quit. every cent of it, and the interest on top",
        "idk tbh",
    ],
)
def test_the_fallback_never_pastes_a_fragment_of_their_words_into_a_title(said):
    moves = constraint_moves(BY_KEY["reading"], said, "")
    # session 14: words too vague or too long to quote get the field's own move
    assert moves.source == "field:default", moves.source
    text = " ".join(moves.titles()).lower()
    assert not re.search(r"(?<!\w)'|'(?!\w)", text), text  # no quote ("week's" is no quote)
    assert not any(
        w in text.split() for w in ("honestly", "usual", "loan", "cent", "idk", "tbh")
    ), text


@pytest.mark.parametrize(
    ("said", "titles", "why"),
    [
        (
            "we argue about politics",
            ["Hold a calm 20-minute talk each week about politics"],
            "conflict",
        ),
        ("my dad and I fight", ["Hold a weekly talk about the fights"], "conflict"),
        ("history of disordered eating", ["Count calories for every meal next week"], "counting"),
        ("the crew vapes on breaks", ["Vape only on breaks next week"], "habit"),
    ],
)
def test_the_check_sees_attacks_that_feed_the_new_obstacles(said, titles, why):
    assert why in feeds_obstacle(said, titles)


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        ("we disagree about the budget", ["Hold a calm 20-minute talk each week about the budget"]),
        ("we argue about politics", ["Agree a no-politics rule for meals and visits"]),
        ("I hate phone calls", ["Make 1 call to the bank with the script in front of you"]),
        (
            "the crew vapes on breaks",
            ["Spend next week's breaks away from the smoking spot, with a substitute on you"],
        ),
    ],
)
def test_the_check_leaves_real_attacks_alone(said, titles):
    assert feeds_obstacle(said, titles) == ""


def test_the_rule_counts_plans_that_fell_to_the_fallback():
    engine = OfflineEngine(Settings())
    today = dt.date(2026, 11, 27)
    fell = engine.draft("walk 8000 steps a day", {"constraint": "my dog eats my shoes"}, today)
    known = engine.draft(
        "walk 8000 steps a day", {"constraint": "no sidewalks where I live"}, today
    )
    assert fell_to_fallback(fell.model_dump(mode="json"))
    assert not fell_to_fallback(known.model_dump(mode="json"))
    assert "stock" not in plan_attack_problems(fell.model_dump(mode="json"))
