"""Numbers and dates read as meant: thousands grouped by a space, an apostrophe or European
dots are one number; a currency written after the amount is kept; a target said as a floor
stays a floor; a window of two dates ends on its last day; another language's month names and
a letter's date followed by the window it opens. Hand-written paraphrases, none from the rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language import find_quantities, normalize
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.goal import understand
from assistant.understanding.said_elsewhere import target_in_deadline
from assistant.understanding.statement_words import as_floor, floor_word

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "value", "unit"),
    [
        ("I want to put away R35 000 for a trip to Cape Town", 35000, "ZAR"),
        ("saving CHF 12'500 for a new kitchen", 12500, "CHF"),
        ("we owe 1.250.000 to the bank", 1250000, None),
        ("the course costs 2.400 € and I have nothing yet", 2400, "EUR"),
        ("rent is 3.100 zł a month", 3100, "PLN"),
        ("pay off 48\u202f000 kr on the car loan", 48000, "SEK"),
        ("aim to raise 120,000 MXN for the school roof", 120000, "MXN"),
        ("spent 1.234,50 € on takeaways this year", 1234.5, "EUR"),
    ],
)
def test_grouped_thousands_and_their_currency(said: str, value: float, unit: str | None) -> None:
    first = max(find_quantities(said), key=lambda q: q.value)
    assert first.value == pytest.approx(value)
    if unit:
        assert (first.unit, first.kind) == (unit, "money")


@pytest.mark.parametrize(
    "said",
    ["swim 3 100m repeats", "a 2.125 mile loop", "I have 2 100-page books left", "run 4 400s"],
)
def test_numbers_side_by_side_stay_apart(said: str) -> None:
    values = {q.value for q in find_quantities(said)}
    assert not values & {3100, 2125, 2100, 4400}


@pytest.mark.parametrize(
    ("core", "target", "word"),
    [
        ("get my gpa above 3.5 before applying", 3.5, "above"),
        ("push my bench press over 100 kg", 100, "over"),
        ("sell at least 40 paintings this year", 40, "at least"),
        ("grow the list to 5000 subscribers or more", 5000, "at least"),
        ("keep my credit score higher than 680", 680, "above"),
    ],
)
def test_a_floor_target_stays_a_floor(core: str, target: float, word: str) -> None:
    assert floor_word(normalize(core), target) == word


@pytest.mark.parametrize(
    ("core", "target"),
    [
        ("only drink at weekends and no more than 10 units a week", 10),
        ("keep it to not more than 2 coffees a day", 2),
        ("spend no more than 150 dollars a month on takeout", 150),
    ],
)
def test_no_more_than_is_a_ceiling_never_a_floor(core: str, target: float) -> None:
    assert floor_word(normalize(core), target) is None


def test_a_limit_in_units_of_alcohol_is_the_target_and_no_floor() -> None:
    from tests.plans import offline_plan

    plan = offline_plan("drink less, no more than 14 units a week, I'm on about 30 now")
    assert plan.goal.metric.target == 14 and "more than" not in plan.goal.statement
    assert "14 units" in plan.goal.statement


def test_no_floor_when_the_number_is_the_target_or_an_age() -> None:
    assert floor_word("raise my score to 720", 720) is None
    assert floor_word("i'm over 50 years old and want to lose 50 lb", 50) is None
    assert as_floor("Raise your score to 720", "720", "above") == "Raise your score above 720"
    assert as_floor("Sell 40 paintings", "40", "at least") == "Sell at least 40 paintings"
    # "700+": to at least 700, never "Raise your credit score at least 700"
    assert as_floor("Raise your credit score to 700", "700", "at least") == (
        "Raise your credit score to at least 700"
    )
    assert as_floor("Get your GPA to 3.5", "3.5", "at least") == "Get your GPA to at least 3.5"
    assert as_floor("Save to 40,000 KES", "40,000 KES", "at least") == "Save to at least 40,000 KES"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("march 1 - march 31", D(2027, 3, 31)),
        ("from the 5th to the 25th of january", D(2027, 1, 25)),
        ("april 10 until may 2", D(2027, 5, 2)),
        ("1-28 february", D(2027, 2, 28)),
        ("el maratón es el 7 de noviembre", D(2027, 11, 7)),
        ("on the 22 juillet", D(2027, 7, 22)),
        ("bis 15. März", D(2027, 3, 15)),
        ("3 maggio", D(2027, 5, 3)),
        ("the rejection was sent dec 1, so my 60 days end in january", D(2027, 1, 31)),
        ("the decision arrived on 4 june so the window closes in december", D(2026, 12, 31)),
    ],
)
def test_windows_foreign_months_and_a_letter_date(said: str, day: dt.date) -> None:
    assert parse_deadline(said, TODAY) == day


@pytest.mark.parametrize(
    ("goal", "deadline", "target", "date"),
    [
        (
            "get fitter this year",
            "a half marathon under 2 hours by october",
            "under 2",
            "by october",
        ),
        ("lose the baby weight", "down to 68kg before the wedding in may", "68kg", "before"),
        ("swim again", "by easter, 40 lengths without stopping", "40 lengths", "by easter"),
        ("save for a trip to japan", "by july, 3000 quid", "3000 quid", "by july"),
    ],
)
def test_a_target_said_in_the_deadline_answer(
    goal: str, deadline: str, target: str, date: str
) -> None:
    moved = target_in_deadline(goal, {"deadline": deadline}, TODAY)
    assert target in moved["metric"]
    assert moved["deadline"].startswith(date)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("run a 10k in under an hour", {"deadline": "the race is on 12 june"}),  # goal has it
        ("learn spanish", {"deadline": "by june", "metric": "hold a 20 min chat"}),  # answered
        ("declutter the flat", {"deadline": "before we move on the 14th of march"}),  # no aim
        ("write more", {"deadline": "3 chapters done, 2 weeks from now"}),  # no date clause
    ],
)
def test_a_deadline_answer_with_no_target_of_its_own_stays(
    goal: str, answers: dict[str, str]
) -> None:
    assert target_in_deadline(goal, answers, TODAY) == answers


def test_the_target_from_the_deadline_answer_reaches_the_plan() -> None:
    u = understand("get back on the bike", {"deadline": "a 100 km sportive by september"}, TODAY)
    assert (u.target, u.unit, u.deadline) == (100, "km", D(2027, 9, 30))
    u = understand("cut down on sugar", {"deadline": "by spring"}, TODAY)
    assert u.deadline.year == 2027


@pytest.mark.parametrize(
    ("said", "ends"),
    [
        ("we spend $450-600 a month eating out", [(450, "USD"), (600, "USD")]),
        ("a budget of £3-4k for the bathroom", [(3000, "GBP"), (4000, "GBP")]),
        ("R1500 to 2000 a month toward it", [(1500, "ZAR"), (2000, "ZAR")]),
        ("$20 to 30 minutes of reading", [(20, "USD")]),  # minutes are no dollars
    ],
)
def test_a_range_after_a_currency_sign_keeps_both_ends(said: str, ends: list) -> None:
    money = [(q.value, q.unit) for q in find_quantities(said) if q.kind == "money"]
    assert money == ends
