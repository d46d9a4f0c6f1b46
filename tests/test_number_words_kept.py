"""The person's numbers in their role and their words: a vague amount stays vague, stones stay
stones, a price of one purchase is no monthly cap, a pace beside a total leaves the total the
goal. Paraphrases written for these tests, across drinking, smoking, weight, takeaway, coffee,
lunches and saving."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language import find_quantities, normalize
from assistant.language.prices import price_of_one
from assistant.language.text import in_stones, says_stones
from assistant.planner import plan_goal
from assistant.understanding.goal import understand
from assistant.understanding.number_roles import as_written

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def planned():
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    return lambda goal, answers=None: plan_goal(engine, goal, answers or {}, settings, TODAY)


def _texts(plan) -> str:
    parts = [plan.goal.statement, *(a.text for a in plan.assumptions)]
    for m in plan.milestones:
        parts += [m.title, *(t.title for t in m.tasks)]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("text", "clause", "written"),
    [
        (
            "trying to drink less, I have a few glasses of wine most evenings",
            "i have 3 glasses of wine most evenings",
            "I have a few glasses of wine most evenings",
        ),
        (
            "Quit vaping. Right now I go through a couple of pods a day",
            "right now i go through 2 pods a day",
            "Right now I go through a couple of pods a day",
        ),
        (
            "at the moment I jog twice a week for a few minutes, want a 10k",
            "at the moment i jog 2 times a week for 3 minutes",
            "at the moment I jog twice a week for a few minutes",
        ),
        (
            "get back to 11 stone, I'm 13st 6 now after the baby",
            "i'm 188 lb now after the baby",
            "I'm 13st 6 now after the baby",
        ),
    ],
)
def test_a_clause_is_quoted_as_written(text: str, clause: str, written: str) -> None:
    assert clause in normalize(text)  # the reading put digits where they wrote words
    assert as_written(text, clause) == written


@pytest.mark.parametrize(
    "goal",
    [
        "cut down on booze, im having a few pints most nights and more at weekends",
        "smoke less, currently a few rollies every evening after work",
        "I want to stop snacking at night, at the moment I eat a few biscuits before bed",
    ],
)
def test_a_vague_start_is_never_made_precise(planned, goal: str) -> None:
    plan = planned(goal).plan
    start = next(a.text for a in plan.assumptions if a.text.startswith("Starting point"))
    assert "a few" in start
    assert "3 " not in start.split(":", 1)[1]


@pytest.mark.parametrize(
    ("goal", "shown", "never"),
    [
        ("need to lose 3 stone before the summer, I'm 17st 2 at the moment", "3 stone", "42 lb"),
        (
            "I weigh 12 stone 8 and want to get down to 10 stone 8 for my 50th",
            "10 st 8 lb",
            "148 lb",
        ),
        ("get under 14 stone by next year, currently 15st 10", "14 stone", "196 lb"),
    ],
)
def test_weights_said_in_stones_stay_in_stones(planned, goal: str, shown: str, never: str) -> None:
    result = planned(goal)
    texts = _texts(result.plan)
    assert shown in texts
    assert never not in texts
    assert not [f for f in result.findings if f.code == "goal.drift"]


def test_stones_and_pounds_round_trip() -> None:
    assert (
        in_stones("from 214 lb to 186 lb, 7 lb first")
        == "from 15 st 4 lb to 13 st 4 lb, 7 lb first"
    )
    assert in_stones("2.5 lb") == "2.5 lb"
    assert normalize(in_stones("214 lb")) == "214 lb"
    assert says_stones("im 15st 4") and says_stones("lose 2 stone")
    assert not says_stones("the 21st of june") and not says_stones("lose 20 lb")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("we grab takeaway 4 times a week at about £30 a go", True),
        ("I buy a flat white every workday, $5 each", True),
        ("lunch out most days, R120 per meal", True),
        ("save $300 each month toward a car", False),
        ("keep eating out under £200 a month", False),
    ],
)
def test_a_price_of_one_purchase_is_read_as_such(text: str, price: bool) -> None:
    core = normalize(text)
    money = [q for q in find_quantities(core) if q.kind == "money"]
    assert money
    assert price_of_one(core, money[0]) is price


@pytest.mark.parametrize(
    ("goal", "start"),
    [
        (
            "stop wasting money on takeaway, I order from Chowdeck almost every night, like ₦6,000 each time",
            182000,
        ),
        ("we get takeaway 3 times a week at about £25 a go and want to spend less on it", 325),
        (
            "cut my food delivery spending, I order Uber Eats 5 nights a week at roughly $20 per order",
            430,
        ),
    ],
)
def test_a_cut_starts_from_the_month_of_purchases(goal: str, start: float) -> None:
    u = understand(goal, {}, TODAY)
    assert u.reducing
    assert u.baseline is not None and abs(u.baseline - start) <= 0.05 * start
    assert u.target < u.baseline  # a cut, never a ladder rising to the price
    price = next(q for q in find_quantities(normalize(goal)) if q.kind == "money")
    assert abs(u.target - price.value) > 1  # the price is no monthly budget


@pytest.mark.parametrize(
    ("goal", "total", "start"),
    [
        (
            "I want to save 1200 EUR a month so that by 2028 we have 30k for the deposit, we have 9k now",
            30000,
            9000,
        ),
        ("putting aside $400 a month to build a $10,000 fund, I've got $2,500 saved", 10000, 2500),
        ("I save £250 a month now and want £8,000 for a car by 2029", 8000, None),
    ],
)
def test_a_pace_beside_a_total_leaves_the_total_the_goal(goal: str, total: float, start) -> None:
    u = understand(goal, {}, TODAY)
    assert u.target == total
    assert u.baseline == start


@pytest.mark.parametrize(
    ("said", "causes"),
    [
        ("drink less, I have a couple of ciders most nights", ["vague_made_precise"]),
        ("get down to 12 stone for the holiday", ["stone_as_pounds"]),
        ("spend less on coffee, I buy one every morning at $6 each", ["price_as_cap"]),
        ("saving $300 a month so that by 2029 we have $25,000 for a car", ["pace_as_goal"]),
        ("a few hours a week for guitar", []),  # hours the schedule must count
        ("invest $500 a month, I have about 60k in index funds", []),  # a sum held, no wish
    ],
)
def test_the_number_words_audit_checks_what_the_words_call_for(said: str, causes) -> None:
    from evals.number_words import checks

    assert checks(said) == causes


@pytest.mark.parametrize(
    "said",
    ["56:40 PB, running about 25km a week", "1:52:10 best, 30 miles a week now",
     "24:15 at parkrun last month, about 20k a week"],
)  # fmt: skip
def test_a_starting_point_that_opens_with_a_time_is_quoted_without_the_join(said):
    import datetime as dt

    from assistant.understanding.goal import understand

    u = understand("run a faster 10k by may", {"baseline": said}, dt.date(2026, 11, 27))
    assert u.baseline_words == said
