"""Routing against the hand-labelled dev goals (evals/routing_labels.jsonl), and the routing
rules they showed were missing.

The labelled set is DEV DATA: goals of the judged rounds, labelled by hand from their text, that
earlier routing fixes were made against. It guards against regressions; it does not measure how
routing does on new goals (evals/route_sweep_goals.txt and the phrasings below, written for the
tests, do that better). The guard fails when top-1 accuracy falls more than a small margin below
the figure measured when the set was built, or when any goal is routed confidently into a field
no label accepts (the damaging case: that field's template replaces the person's goal)."""

from __future__ import annotations

import pytest

from assistant.understanding.goal import understand
from evals.routing_accuracy import CONFIDENT, NONE, labels, routed, score
from tests.offline_goals import TODAY

# 450 of 450 labelled goals of rounds 12-21 when the set was built; with rounds 22-26 added
# (session 17) 672 of 675: f16 (farm-gate eggs, no field), f17 (a blocked account's sum read
# as the visa) and f40 (a DIY clutch, no field once answered) are still wrong, none confidently
MEASURED_ACCURACY = 1.0
MARGIN = 0.015  # a few goals may move between close neighbours as fields grow
MEASURED_CONFIDENT_WRONG = 0


def _field(goal: str) -> str:
    return understand(goal, {}, TODAY).playbook.key


def test_the_labelled_dev_goals_keep_their_routes():
    rows = [routed(label) for label in labels()]
    found = score(rows)
    wrong = "\n".join(
        f"{r.label.round} {r.label.id} {r.got} {r.confidence:.2f} "
        f"(want {'|'.join(sorted(r.label.accepted))}): {r.label.goal[:80]}"
        for r in rows
        if not r.right
    )
    assert found.total >= 675
    assert found.accuracy >= MEASURED_ACCURACY - MARGIN, wrong
    assert found.confident_wrong <= MEASURED_CONFIDENT_WRONG, wrong


def test_every_label_is_a_shipped_field_or_none():
    from assistant.playbooks.catalog import all_fields

    keys = {f.key for f in all_fields()} | {NONE}
    for label in labels():
        assert label.accepted <= keys, (label.round, label.id, label.accepted - keys)
    assert 0 < CONFIDENT < 1


@pytest.mark.parametrize(
    "goal",
    [
        "give my daughter my full attention after school instead of checking my phone",
        "have proper evenings with my two boys, not half there scrolling on my phone",
        "spend more quality time with my family at weekends without the tablet and TV on",
        "I want to spend real time with my kids, no phone at the table or at bedtime",
    ],
)
def test_time_with_people_is_about_them_not_the_phone_in_the_way(goal):
    assert _field(goal) == "family"


@pytest.mark.parametrize(
    "goal",
    [
        "cut my screen time so I can spend more time with my kids",
        "get my phone use under 2 hours a day, it's 6 now",
    ],
)
def test_a_screen_time_goal_with_people_as_its_reason_stays_screen_time(goal):
    assert _field(goal) == "screen_time"


@pytest.mark.parametrize(
    "goal",
    [
        "stop being skint every month",
        "I'm always broke a week before I get paid",
        "my money runs out long before the end of the month",
    ],
)
def test_being_broke_is_a_budget(goal):
    assert _field(goal) == "budgeting"


@pytest.mark.parametrize(
    "goal",
    [
        "the under 9s boys side I coach should pass the ball instead of everyone chasing it",
        "I manage our village hockey team and want us playing it out of defence calmly by March",
        "the netball squad I help coach should stop panicking under pressure by the end of term",
    ],
)
def test_a_team_the_person_coaches_is_the_teams_season(goal):
    assert _field(goal) == "team_sport"


@pytest.mark.parametrize(
    "goal",
    [
        "apply for SSDI, my back won't let me work any more",
        "claim disability benefits after my stroke",
        "get my disability allowance claim sent off this month",
    ],
)
def test_a_benefits_claim_is_paperwork(goal):
    assert _field(goal) == "paperwork"


@pytest.mark.parametrize(
    ("goal", "field"),
    [
        ("stop opening a bottle of wine once the children are asleep", "alcohol"),
        ("quit scrolling for hours when the baby goes down for the night", "screen_time"),
        ("no more crisps and chocolate after my kids have gone to bed", "healthy_eating|sugar"),
        ("read a story to my kids every night before they go to bed", "family"),
    ],
)
def test_children_named_only_as_the_time_of_day_are_no_family_goal(goal, field):
    assert _field(goal) in field.split("|")


# The neighbours the coaches named, each rule in phrasings written for this test (the sweep holds
# others): a rule is kept only when a coach would plan every one of these in the field named.
@pytest.mark.parametrize(
    ("goal", "field"),
    [
        # things the person makes, or sells at a rate, are a trade, not a clear-out
        ("sell my homemade fudge at the school fair and online, 50 bags a month", "sell_crafts|side_income|food_business"),
        ("sell 15 of my hand-thrown mugs every month on etsy", "sell_crafts|side_income"),
        ("we bake sourdough at home and want to sell 30 loaves a week to neighbours", "side_income|food_business|sell_crafts"),
        ("sell the old sofa, the cot and the treadmill before we move", "sell_stuff"),
        # a craft that earns is side income
        ("turn my crochet into a second income next to my shifts at the care home", "side_income|sell_crafts"),
        ("make some money from my pottery on top of the day job", "side_income|sell_crafts"),
        # how people say the home is a mess
        ("stop the living room being a pigsty by the time my partner gets home", "cleaning"),
        ("the kitchen looks like a bomb site every night, four kids", "cleaning"),
        ("the bathroom is filthy and the hoovering never gets done, three of us share", "cleaning"),
        # making up with a relative
        ("make peace with my dad before his operation", "family"),
        ("start speaking to my sister again after the row at mum's birthday", "family"),
        ("make peace with my son, we argued about his girlfriend", "family"),
        # the fear of driving after a crash is no driving lessons
        ("feel safe on the motorway again, I've been frightened since the crash in june", "mental_health|stress"),
        ("I panic on roundabouts ever since my accident and want to drive to work again", "mental_health|stress"),
        ("pass my driving test by summer, I'm nervous behind the wheel", "driving"),
        # the gap after a pregnancy is rehab
        ("fix the gap in my tummy muscles from my last pregnancy", "rehab_posture"),
        ("get my core working again since my c-section in march", "rehab_posture"),
        ("strengthen my abs from pregnancy so I can lift my toddler without back pain", "rehab_posture"),
        # a teacher's class is class_results, not the teacher's own reading or grade
        ("as a year 2 teacher I want all the children in my class reading at their age level", "class_results"),
        ("as a maths teacher I want every pupil in my set to pass the mock", "class_results"),
        ("get every student in our class to a pass by the summer, I'm their form teacher", "class_results"),
        # a household relocating abroad for a job
        ("relocate to Toronto with my husband and the kids for my new job in the spring", "relocation|immigration"),
        ("move the family to Doha in four months, my wife has a job offer there", "relocation|immigration"),
    ],
)  # fmt: skip
def test_a_neighbour_the_coaches_named_is_told_apart(goal, field):
    assert _field(goal) in field.split("|")
