"""The person's numbers read as they meant them: a goal weight is a level, a current average
is where they start, a multiple of an amount is computed, a named race keeps its distance,
a debt is cleared at its pace, and a reading keeps both its numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.build import build_plan, compose_statement
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)

LEVELS = [  # (goal, answers, lb or kg to lose, start, end)
    ("I'm at 240 right now and my goal weight is 200", {}, 40.0, 240.0, 200.0),
    ("currently 198 lbs, would love to be 175 by my wedding", {}, 23.0, 198.0, 175.0),
    ("I weigh 92 kg and want to weigh 80 kg", {}, 12.0, 92.0, 80.0),
    ("scale says 310, trying to get down to 250 before my knee surgery", {}, 60.0, 310.0, 250.0),
    (
        "I'm 180 now, want to be 165 by summer. I lost 30 once on weight watchers",
        {},
        15.0,
        180,
        165,
    ),
    ("want to get back to 150, I'm 172 after the baby", {}, 22.0, 172.0, 150.0),
    (
        "I weigh 260 and want to get down to 210, lost 15 last spring then put it back",
        {},
        50.0,
        260,
        210,
    ),
    ("lose 20 lbs, I weigh 210", {}, 20.0, 210.0, 190.0),
]


@pytest.mark.parametrize(("goal", "answers", "loss", "start", "end"), LEVELS)
def test_a_goal_weight_is_a_level_never_a_loss_of_that_much(goal, answers, loss, start, end):
    u = understand(goal, answers, TODAY)
    assert (u.target, u.levels) == (loss, (start, end))
    statement = compose_statement(u)
    assert statement.startswith(f"Lose {loss:g} ")
    assert f"{start:g}" in statement and f"{end:g}" in statement


BASELINES = [  # (goal, answers, start, the target must lie beyond it)
    ("try to sleep more, I'm only averaging 5 hours", {}, 5.0),
    ("get more sleep, I'm getting like 5.5 hours on weeknights", {}, 5.5),
    ("I'm averaging about 4,000 steps a day, want to hit 9,000", {}, 4000.0),
    ("walk 8k steps a day", {"baseline": "my watch says I average around 2500"}, 2500.0),
    ("do 15 pull ups, right now I can do 3", {"baseline": "3 pullups and a lot of swinging"}, 3.0),
    ("get my blood pressure down, last reading was 156/98", {}, 156.0),
    ("run a 10k by may, I can run 3k now", {}, 3.0),  # 3 km, not 3,000 "now"
]


@pytest.mark.parametrize(("goal", "answers", "start"), BASELINES)
def test_a_current_average_is_where_they_start_not_the_target(goal, answers, start):
    u = understand(goal, answers, TODAY)
    assert u.baseline == start
    assert u.target != start
    lower = u.playbook.lower_is_better
    assert (u.target < start) if lower else (u.target > start)


MULTIPLES = [  # (goal, answers, total)
    ("save 6 months of rent, my rent is $1,400 a month", {}, 8400.0),
    ("put away three months' worth of expenses, we spend about $2,500 a month", {}, 7500.0),
    ("emergency fund of 4 months of living expenses at 3000/mo", {}, 12000.0),
    ("save 2 months of take-home pay as a cushion, I take home $3,800 a month", {}, 7600.0),
]


@pytest.mark.parametrize(("goal", "answers", "total"), MULTIPLES)
def test_a_multiple_of_a_stated_amount_is_computed(goal, answers, total):
    u = understand(goal, answers, TODAY)
    assert (u.target, u.unit) == (total, "USD")
    assert f"${total:,.0f}" in compose_statement(u)


RACES = [  # (goal, answers, distance, unit)
    ("run a half marathon in may, never more than 4 miles so far", {}, 13.1, "miles"),
    ("run a marathon in october, longest run so far is 8 miles", {}, 26.2, "miles"),
    ("finish a marathon, never run further than 10 km", {}, 42.2, "km"),
    ("do a half marathon next spring, I ran a couple of 5ks last year", {}, 21.1, "km"),
    (
        "run a half marathon",
        {"baseline": "I can run 3 miles at 10 min/mile", "deadline": "in 20 weeks"},
        13.1,
        "miles",
    ),
]


@pytest.mark.parametrize(("goal", "answers", "distance", "unit"), RACES)
def test_a_named_race_keeps_its_distance(goal, answers, distance, unit):
    u = understand(goal, answers, TODAY)
    assert (u.target, u.unit) == (distance, unit)
    assert f"({distance:g} {unit})" in compose_statement(u)


DEBTS = [  # (goal, total owed)
    ("pay off my student loan, I owe $18,000 and can pay $600 a month", 18000.0),
    ("clear my $4,200 credit card, I can put $250 a month toward it", 4200.0),
    ("get out of credit card debt, I owe about $9,300 and I can do $400 a month", 9300.0),
]


@pytest.mark.parametrize(
    ("goal", "owed"),
    [
        ("pay off my 6000 credit card debt", 6000.0),
        ("clear my 8k student loan", 8000.0),
        ("pay off the 3000 car loan by summer", 3000.0),
    ],
)
def test_a_bare_amount_before_what_is_owed_is_the_debt_not_a_count_of_cards(goal, owed):
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit) == (owed, "USD") and "metric" in u.stated


@pytest.mark.parametrize(("goal", "owed"), DEBTS)
def test_a_debt_is_cleared_in_full_and_the_monthly_amount_is_its_pace(goal, owed):
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit, u.rate_period) == (owed, "USD", None)
    statement = compose_statement(u)
    assert f"${owed:,.0f}" in statement and "in a row" not in statement


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("lower my blood pressure, it was 148/95 at my last checkup", ["148/95"]),
        ("get my bp under 120/80, it's 142/91 now", ["120/80", "142/91"]),
    ],
)
def test_a_blood_pressure_goal_keeps_both_numbers(goal, kept):
    statement = compose_statement(understand(goal, {}, TODAY))
    assert all(k in statement for k in kept), statement


def test_last_years_count_is_history_and_this_years_is_the_start():
    u = understand(
        "read 24 books this year",
        {"baseline": "10 books last year, 3 so far this year"},
        TODAY,
    )
    assert u.baseline == 3.0


def test_both_things_they_want_less_of_stay_in_the_goal():
    u = understand("spend less on amazon and etsy", {}, TODAY)
    assert "Etsy" in u.subject and "Amazon" in u.subject


def test_a_run_of_alcohol_free_days_is_never_one_day_in_a_row():
    u = understand("no drinking on weeknights anymore", {}, TODAY)
    plan = build_plan(u, Settings(_env_file=None, offline=True), TODAY, "p-test")
    titles = [m.title for m in plan.milestones]
    assert titles and not any(t.startswith("1 day in a row") for t in titles), titles


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("raise 2000 for the food pantry in memory of my dad", 2000.0),
        ("save 2000 for a trip to see my sister", 2000.0),
        ("pay off 2000 on my store card by summer", 2000.0),
    ],
)
def test_an_amount_like_a_year_after_a_money_verb_is_the_amount(goal, target):
    assert understand(goal, {}, TODAY).target == target


@pytest.mark.parametrize(
    ("goal", "cause"),
    [
        ("our club wants to raise 6000 for new team kits by march", "for new team kits,"),
        ("raise $800 for the animal shelter", "for the animal shelter,"),
        ("help my church raise money this winter", "for the cause,"),  # nothing named
    ],
)
def test_a_fundraising_goal_names_what_the_money_is_for(goal, cause):
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None)
    plan = plan_goal(OfflineEngine(settings), goal, {}, settings, TODAY).plan
    assert plan.metadata.field == "fundraising" and cause in plan.goal.statement


@pytest.mark.parametrize(
    ("goal", "target", "unit"),
    [
        (
            "Build an emergency fund of about ₦1.8 million, I can put aside ₦150k a month",
            1.8e6,
            "NGN",
        ),
        ("save $1.8 million for retirement", 1.8e6, "USD"),
        ("juntar R$5000 for a trip to Rio, I can save R$400 a month", 5000.0, "BRL"),
        ("save R35,000 for my daughter's varsity fees", 35000.0, "ZAR"),
    ],
)
def test_money_keeps_its_currency_and_scale_word(goal, target, unit):
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit) == (target, unit)


def test_a_scale_word_after_a_number_is_that_many_not_a_second_number():
    from assistant.language import normalize

    assert normalize("about $1.8 million") == "about $1800000"
    assert normalize("5 thousand steps a day") == "5000 steps a day"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I weigh 17st 3 and want 15 stone", "i weigh 241 lb and want 210 lb"),
        ("down from 12 stone 9 lbs", "down from 177 lb"),
        ("my 21st 6 months ago", "my 21st 6 months ago"),  # an ordinal, not a weight
        ("book it for the 21st 6pm", "book it for the 21st 6pm"),
    ],
)
def test_a_weight_in_stones_is_read_in_pounds(text, said):
    from assistant.language import normalize

    assert normalize(text) == said


def test_a_weight_loss_said_in_stones_keeps_the_whole_gap():
    u = understand(
        "I weigh 17st 3 and I'd like to be down to 15 stone for my 50th in July", {}, TODAY
    )
    assert (u.target, u.unit) == (31.0, "lb")  # 241 lb to 210 lb, never 'lose 12 lb'
