"""An obstacle's kind fits the person's words and the goal's field, never attacks the goal, and
every part of a two-part obstacle gets a move.

Round 16's coaches quoted a sore spot for a "GP surgery" that never answers, a fake-commute walk
for practising when flatmates are home, a pot for "the house" in a house-deposit plan, a pot for
agencies asking for money (a scam: verify, never pay), an evening kitchen curfew for someone who
eats at 3am on a night shift, and a two-part obstacle ("it's boring and it hurts") met only on
its last part. Each cause is planted here in new words.
"""

from __future__ import annotations

import pytest

from assistant.engines.offline.constraints import _parts, constraint_moves
from assistant.engines.offline.obstacle_checks import contradicts_goal
from assistant.playbooks import BY_KEY
from evals.obstacle_attacks import coach_problems, main, one_keyword, rival_pot
from tests.obstacle_support import moves_text


@pytest.mark.parametrize(
    "field, said, goal, wanted, never",
    [
        (  # "surgery" is the GP's practice, not an operation
            "medical",
            "the doctor's surgery won't answer the phone before 10",
            "get my booster jabs done before the cruise",
            "the gp surgery",
            "sore spot",
        ),
        (  # "clinic" after "travel" is the clinic's price, not trips away
            "medical",
            "the travel clinic costs a fortune",
            "get the jabs for Kenya sorted",
            "price",
            "travel days",
        ),
        (  # heard at home is not stuck at home
            "instrument",
            "I get embarrassed practising when my housemates are in",
            "learn the ukulele well enough to play at christmas",
            "housemates are out",
            "fake-commute",
        ),
        (  # a scam is verified and never paid, not saved for
            "job",
            "recruiters keep asking me for a placement fee, feels like a scam",
            "land a care assistant job in Ireland",
            "official register",
            "pot",
        ),
        (  # a cook at home who salts the food, not sweets in a tin
            "blood_pressure",
            "my husband cooks every night and loves salty food",
            "get my blood pressure under 135/85",
            "your husband",
            "baking and sweets",
        ),
        (  # awkward calls want a shape, not a truce in a feud
            "family",
            "the conversation always dries up on the phone with my dad",
            "ring my dad twice a week",
            "things to tell or ask your dad",
            "argument",
        ),
        (  # a room in use while the work goes on
            "renovation",
            "the bathroom has to stay usable for the four of us",
            "retile the bathroom walls myself",
            "batch",
            "trades",
        ),
        (  # indoor painting in the cold: the product's temperature, not a rain shell
            "renovation",
            "it's too cold in the garage to paint",
            "repaint the old dresser and the wardrobe",
            "minimum working temperature",
            "rain shell",
        ),
    ],
)
def test_a_kind_fits_their_words_and_the_field_never_one_keyword(field, said, goal, wanted, never):
    moves = moves_text(field, said, goal)
    assert wanted in moves
    assert never not in moves


def test_a_money_kind_never_makes_the_goal_its_own_rival():
    moves = moves_text(
        "savings",
        "family weddings this year, and holidays",
        "save $40k for a flat deposit by 2027",
    )
    assert "pot for the flat" not in moves and "the flat its own pot" not in moves
    assert "wedding" in moves


def test_tight_money_in_a_debt_plan_frees_cash_without_a_pot_beside_the_payments():
    moves = moves_text("credit_score", "cash is tight every month", "raise my credit score to 700")
    assert "pot" not in moves
    assert "cut or renegotiate 1 cost" in moves


def test_a_crash_diet_is_no_energy_crash():
    goal = "lose 10 kg properly this time, no crash diets"
    assert contradicts_goal(goal, ["Write a pacing rule: stop before a crash"])
    moves = constraint_moves(BY_KEY["weight"], None, goal)
    assert "crash" not in " ".join([moves.strategy, *moves.titles()]).lower()


def test_a_night_shift_eater_gets_no_evening_kitchen_curfew():
    moves = moves_text("weight", "on nights I graze on crisps at 4am to stay awake", "lose 12 kg")
    assert "kitchen-closed" not in moves
    assert "shift" in moves


@pytest.mark.parametrize(
    "said, parts",
    [
        ("it's dull and it aches, and I skip it at weekends", 3),
        ("the rain, and I'm knackered after work", 2),
        ("bread and rice", 2),
    ],
)
def test_a_new_clause_after_a_bare_and_is_a_part_of_its_own(said, parts):
    assert len(_parts(said)[0]) == parts


def test_each_part_of_a_two_part_obstacle_gets_a_move():
    moves = moves_text(
        "rehab_posture",
        "it's dull and it aches, and I forget after dinner",
        "do my shoulder rehab exercises daily",
    )
    assert "shoulder" in moves  # the ache
    assert "anchor" in moves or "remind" in moves  # the forgetting


@pytest.mark.parametrize(
    "said, wanted",
    [
        ("launch days flood the inbox, and the new hires need hand-holding", ("rota", "buddy")),
        ("Zomato late at night, and my mates' plans every weekend", ("zomato", "friends")),
    ],
)
def test_both_parts_of_a_team_or_money_obstacle_are_attacked(said, wanted):
    field = "support" if "inbox" in said else "budgeting"
    moves = moves_text(
        field, said, "halve our reply time" if field == "support" else "save 15k a month"
    )
    assert all(w in moves for w in wanted)


def test_the_eval_counts_a_kind_set_off_by_one_keyword():
    said = "my GP surgery never answers"
    assert one_keyword(
        said, ["Keep next week's sessions short, with breaks that spare the sore spot"]
    )
    assert not one_keyword("my knee hurts", ["Keep sessions short, sparing the sore spot"])
    assert one_keyword("lose weight without a crash diet", ["Write a pacing rule"])


def test_the_eval_counts_a_pot_beside_the_goal_or_for_a_scam():
    house = {"goal": "save for a house deposit", "answers": {"constraint": "weddings"}}
    plan = {"metadata": {"field": "savings"}}
    assert rival_pot(house, plan, ["Split next payday between the goal and a pot for the house"])
    assert not rival_pot(
        house, plan, ["Split next payday between the goal and a pot for the weddings"]
    )
    scam = {"goal": "find a nursing job", "answers": {"constraint": "agencies that are scams"}}
    assert rival_pot(scam, {"metadata": {"field": "job"}}, ["Move money into a pot on payday"])
    debt = {"goal": "pay off my cards", "answers": {"constraint": "money is tight"}}
    assert rival_pot(debt, {"metadata": {"field": "debt"}}, ["Fund the pot for the next big cost"])
    repairs = {"goal": "pay off my cards", "answers": {"constraint": "car repairs go on the card"}}
    pot = ["Move this payday's set amount into the repair pot for the car"]
    assert not rival_pot(repairs, {"metadata": {"field": "debt"}}, pot)


def test_coach_problems_report_the_new_kinds():
    goal = {"goal": "save for a house deposit", "answers": {"constraint": "weddings"}}
    plan = {
        "constraint": "Weddings",
        "metadata": {"field": "savings"},
        "milestones": [
            {
                "tasks": [
                    {
                        "title": "Split next payday between the goal and a pot for the house",
                        "attacks_constraint": True,
                    }
                ]
            }
        ],
    }
    assert "pot" in coach_problems(goal, plan)


def test_the_eval_takes_round_folders_as_arguments(capsys):
    assert main(["--stored", "evals/rounds/2026-11-28-round16"]) == 0
    out = capsys.readouterr().out
    assert "a pot beside the goal, or for a scam:" in out
    assert "plans with a stated constraint: 0" not in out


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("the rent keeps rising, and we love to travel", "trips"),
        ("bills, and we both love eating out", "eating out"),
    ],
)
def test_a_pleasure_they_spend_on_gets_its_own_budget_in_a_savings_plan(said, wanted):
    moves = moves_text("savings", said, "save 30k for a flat deposit")
    assert wanted in moves and "budget" in moves
