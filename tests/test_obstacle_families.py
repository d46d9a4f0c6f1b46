"""An obstacle's attack comes from the goal's own family of fields, planted one cause at a time.

Round 13's coaches quoted a payday pot for a tight calf on long runs, an office call script for
calling one's mum, a qualified adviser or clinician for a car's rust, a recorded handover for an
unowned ticket queue, weekly calls with far-away grandparents for "babysitting", and parts left
unattacked (a partner's bedroom TV, "when it feels better I stop"). The goals here are written
in the same spirit, not in the dev goals' words.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.constraints_family import (
    FIELD_FAMILY,
    foreign_family,
    kind_fits,
)
from assistant.planner import plan_goal
from assistant.playbooks.catalog import all_fields
from assistant.playbooks.obstacle_kinds import obstacle_kinds
from evals.obstacle_attacks import coach_problems

TODAY = dt.date(2026, 11, 27)
KINDS = {k.key: k for k in obstacle_kinds()}


def _field(key: str):
    return next(p for p in all_fields() if p.key == key)


def _titles(field: str, said: str, goal: str = "") -> str:
    moves = constraint_moves(_field(field), said, goal)
    return " | ".join([moves.strategy, *moves.titles()]).lower()


def _plan_for(goal: str, **answers: str):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def test_every_field_family_names_a_real_field():
    fields = {name.removesuffix(".toml") for name in os.listdir("assistant/data/fields")}
    assert set(FIELD_FAMILY) <= fields


def test_a_money_kind_never_fits_a_body_field_and_an_office_script_never_a_family_call():
    assert not kind_fits(KINDS["money"], "running")
    assert kind_fits(KINDS["money"], "savings")
    assert not kind_fits(KINDS["no_owner"], "swimming")
    assert kind_fits(KINDS["phone_fear"], "insurance_appeal")
    assert kind_fits(KINDS["phone_fear"], "family")  # by its own moves for a family call


def test_a_distance_and_a_fast_start_on_long_runs_get_running_moves_not_a_payday_pot():
    text = _titles(
        "running", "my hamstring gets tight past 20k, and I start way too quick every time"
    )
    assert "payday" not in text and "pot" not in text and "price" not in text
    assert "hamstring" in text
    assert "slower than goal pace" in text


def test_avoiding_a_call_to_a_parent_gets_a_fixed_call_slot_not_an_office_script():
    text = _titles(
        "family",
        "I keep avoiding ringing my dad because it's been so long and I feel bad",
        "ring my dad once a week",
    )
    assert "office" not in text and "script" not in text
    assert "your dad" in text and "slot" in text


def test_a_trade_job_nobody_is_sure_of_goes_to_someone_who_has_done_it_not_a_clinician():
    text = _titles(
        "car_care",
        "not sure whether I can do it without a welder",
        "patch the rust on my van's sills",
    )
    assert "clinician" not in text and "office in charge" not in text
    assert "rust repair" in text


def test_an_unowned_inbox_and_repeated_requests_get_an_owner_rota_and_saved_replies():
    text = _titles(
        "support",
        "nobody checks the shared inbox until lunch, and half the emails are the same questions again",
    )
    assert "handover" not in text
    assert "rota" in text and "the inbox" in text
    assert "saved reply" in text


def test_babysitting_for_a_night_out_gets_a_sitter_not_calls_with_far_away_grandparents():
    text = _titles(
        "relationship",
        "babysitting, both grandmas live 2 hours away and we don't trust anyone yet",
        "go out just the two of us once a month",
    )
    assert "sitter" in text
    assert "call with" not in text and "travel for the next visit" not in text


def test_a_partners_bedroom_tv_is_attacked_not_left_out():
    plan = _plan_for(
        "sleep 7 hours on work nights",
        constraint="I scroll till late, and my boyfriend has the telly on in bed till midnight",
    )
    titles = " | ".join(t.title for t in plan.tasks() if t.attacks_constraint).lower()
    assert "your boyfriend" in titles and "tv" in titles


def test_stopping_the_exercises_once_it_feels_fine_gets_a_keep_it_better_set():
    text = _titles(
        "rehab_posture",
        "once my shoulder feels ok I drop the stretches",
        "do my shoulder rehab exercises",
    )
    assert "good days" in text


def test_the_counter_flags_a_payday_pot_in_a_running_plan_and_not_in_a_savings_plan():
    pot = "Move a set amount into a pot for the next big cost on payday"
    assert "money move in a health plan" in foreign_family("running", [pot])
    assert foreign_family("revenue", [pot]) == ""
    adviser = (
        "Put the open question to 1 qualified source this week: an adviser, "
        "the office in charge or a clinician"
    )
    assert foreign_family("car_care", [adviser])  # the trade has moves of its own
    assert foreign_family("credit_score", [adviser]) == ""


def test_the_counter_reads_the_family_of_a_plans_attacks():
    plan = {
        "metadata": {"field": "running"},
        "constraint": "my calf tightens past 15k",
        "milestones": [
            {
                "tasks": [
                    {
                        "title": "Move a set amount into a pot for the next big cost on payday",
                        "attacks_constraint": True,
                    }
                ]
            }
        ],
    }
    goal = {"goal": "run a half marathon", "answers": {"constraint": "my calf tightens past 15k"}}
    assert "family" in coach_problems(goal, plan)


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("walking", "the 10k steps feel endless and I lose count"),
        ("strength", "I can't get past 40kg on the bench"),
    ],
)
def test_a_body_obstacle_with_a_number_never_gets_money_moves(field, said):
    text = _titles(field, said)
    assert "payday" not in text and "pot for" not in text


def test_a_fallback_in_a_team_field_names_no_step_the_plan_has_not_got():
    # session 14: "the weekly step" names no task of the plan (coaches, rounds 20-22); the
    # field's own move comes first ("follow up with everyone asked 7 days ago")
    text = _titles("fundraising", "everyone says grand in the group chat and then nothing happens")
    assert "sessions you missed" not in text
    assert "the weekly step" not in text and "follow up" in text
