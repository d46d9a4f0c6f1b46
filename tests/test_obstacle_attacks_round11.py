"""Obstacles that round 11 met with another field's template: each now gets its own moves.

Every phrasing is written for this test (none is a judged goal's words). Each row: the field,
what the person said, the kind it must be read as, a word an attack must carry, and a word
from the template that misfired there (bank feeds for cash, a bill call for fuel on the card,
a pickup date for a late parent's things, a fear ladder for restlessness, a chores list for a
workout while a partner is away, a kids-around version of painting).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.constraints import classify, constraint_moves
from assistant.engines.offline.engine import OfflineEngine
from assistant.playbooks import BY_KEY
from assistant.understanding.people import helpers_in
from assistant.validators import errors, validate_plan

CASES = [
    (
        "budgeting",
        "the cash I spend at the market never gets written down",
        "cash_untracked",
        "cash",
        "link your bank",
    ),
    (
        "budgeting",
        "I never remember to note down cash purchases",
        "cash_untracked",
        "withdrawal",
        "budget app",
    ),
    (
        "debt",
        "near the end of the month the food shop goes on my visa",
        "card_for_essentials",
        "buffer",
        "renegotiate",
    ),
    (
        "debt",
        "when pay runs short I end up paying for diesel with the credit card",
        "card_for_essentials",
        "buffer",
        "provider",
    ),
    (
        "declutter",
        "sorting my late grandmother's sewing things makes me tearful",
        "loved_ones_things",
        "memory box",
        "pickup date",
    ),
    (
        "declutter",
        "my wife won't part with any of her craft supplies",
        "keeper_at_home",
        "agreed",
        "pickup date",
    ),
    (
        "blood_sugar",
        "my husband buys biscuits every week",
        "home_treats",
        "treat day",
        "fear ladder",
    ),
    (
        "meditation",
        "I'm too fidgety to stay on the cushion",
        "restless_sitting",
        "walking meditation",
        "ladder",
    ),
    (
        "exam",
        "I never finish the essay section in the time allowed",
        "run_out_of_time",
        "timed run",
        "first 5 steps",
    ),
    ("family", "my parents live in another country", "family_far_away", "visit", "far place"),
    (
        "exercise_routine",
        "my wife is often away on rotation for work",
        "partner_away",
        "workout",
        "3 jobs",
    ),
    (
        "home_repair",
        "my 2 year old gets into everything",
        "kids",
        "nap time",
        "with the kids around",
    ),
    (
        "fundraising",
        "the same four households run every event and they're exhausted",
        "few_do_everything",
        "new person",
        "best-energy",
    ),
    (
        "promotion",
        "I never talk about my wins, so my manager barely knows what I do",
        "self_promotion",
        "brag document",
        "rota",
    ),
    (
        "certification",
        "the probability problems catch me out every time",
        "question_type_weakness",
        "probability problems",
        "first 5 steps",
    ),
    (
        "coding",
        "there's nothing real to build with it at my job",
        "no_project",
        "project",
        "part you avoid",
    ),
    (
        "coding",
        "I got stuck on a bug for two days and dropped it",
        "stuck_alone",
        "forum",
        "part you avoid",
    ),
    (
        "team_delivery",
        "engineers rarely update the jira board until the sprint ends",
        "records_not_updated",
        "the board",
        "best-energy",
    ),
    (
        "faith",
        "new members come to one service and don't come back",
        "newcomers_dont_return",
        "buddy",
        "trial users",
    ),
    (
        "credit_score",
        "calling my creditors gives me panic attacks",
        "phone_fear",
        "script",
        "first 5 steps",
    ),
]


@pytest.mark.parametrize(
    ("field", "said", "kind", "word", "wrong"), CASES, ids=[c[1][:40] for c in CASES]
)
def test_the_obstacle_gets_moves_of_its_own_not_another_fields_template(
    field, said, kind, word, wrong
):
    found = classify(said)
    assert found is not None and found.key == kind, found and found.key
    moves = constraint_moves(BY_KEY[field], said, "")
    text = " ".join([moves.strategy, *moves.titles()]).lower()
    assert word in text, moves.titles()
    assert wrong not in text, moves.titles()


@pytest.mark.parametrize(
    ("said", "not_kind"),
    [
        ("my son is restless at bedtime and can't sit still", "restless_sitting"),
        ("restless legs keep me up", "restless_sitting"),
        ("I pay cash for everything", "cash_untracked"),
        ("I run out of money before payday", "run_out_of_time"),
        ("the gym is 40 minutes away", "family_far_away"),
    ],
)
def test_the_new_kinds_do_not_fire_outside_their_meaning(said, not_kind):
    found = classify(said)
    assert found is None or found.key != not_kind


def test_both_halves_of_a_two_part_obstacle_are_attacked():
    said = "late shifts drain me and I always run out of time on the listening part"
    moves = constraint_moves(BY_KEY["exam"], said, "")
    text = " ".join([moves.strategy, *moves.titles()]).lower()
    assert "the listening part" not in text or "timed" in text
    assert "timed run" in text, moves.titles()
    assert "shift" in text, moves.titles()


TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("PTO goal: fund new library books for the school this year", {}),
        (
            "raise $9,000 for a school garden by june",
            {"capacity": "a board of 6 parents, about 2 hours a week each"},
        ),
    ],
)
def test_a_parent_board_shares_the_work_instead_of_one_to_do_list(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    tasks = [t for m in plan.milestones for t in m.tasks]
    mine = sum(t.owner == "me" for t in tasks)
    assert plan.team and mine <= len(tasks) / 2, (mine, len(tasks))
    assert not errors(validate_plan(plan, SETTINGS, TODAY))


@pytest.mark.parametrize(
    ("goal", "answers", "names"),
    [
        (
            "our allotment society wants a new shed",
            {"capacity": "committee of 5, an evening a month each"},
            ["teammate 1", "teammate 2", "teammate 3", "teammate 4"],
        ),
        (
            "refit the scout hut kitchen",
            {"capacity": "6 of us, weekends"},
            ["teammate 1", "teammate 2", "teammate 3", "teammate 4", "teammate 5"],
        ),
        ("get our choir to recruit 12 singers by easter", {}, []),
    ],
)
def test_a_committee_counted_in_the_answers_is_the_people_who_do_the_work(goal, answers, names):
    assert [h.name for h in helpers_in(goal, answers, ())] == names


def test_a_second_sentence_starting_also_is_a_second_obstacle_and_is_attacked():
    said = "my partner keeps chocolate in every drawer. also my knee aches on stairs"
    moves = constraint_moves(BY_KEY["blood_sugar"], said, "")
    assert moves.source == "kind:home_treats+kind:health", moves.source
    assert any("knee" in t for t in moves.titles()), moves.titles()


@pytest.mark.parametrize(
    "said",
    [
        "I get stuck looking through old letters for hours",
        "my son switches to english whenever I get stuck",
    ],
)
def test_getting_stuck_in_another_sense_is_not_a_learner_stuck_alone(said):
    found = classify(said)
    assert found is None or found.key != "stuck_alone"


def test_someone_quiet_on_the_phone_is_not_screen_time():
    said = "my brother goes silent on the phone and I dread it. also he lives 5 hours behind me"
    moves = constraint_moves(BY_KEY["family"], said, "")
    assert "screens" not in moves.source and "time_zone" in moves.source, moves.source
