"""Which number of a goal is the target, which is where the person is now, which is incidental.

An age, a span lived, a count of children, an attempt, a time of day is never the target;
"I only know 4 chords" or "it's around 9 now" is where they start, never where they end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language import normalize
from assistant.understanding.goal import understand
from assistant.understanding.roles import read_roles

TODAY = dt.date(2026, 11, 27)
T, C, X = "target", "current", "incidental"

ROLES = [
    ("run a 10k this spring, I can only do 3 miles now", {10: T, 3: C}),
    ("I'm 52 and want to do 20 push-ups in a row", {52: X, 20: T}),
    ("my dad is 80 and I want to visit him 2 times a month", {80: X, 2: T}),
    ("lose 15 kg, I weigh 96 right now", {15: T, 96: C}),
    ("I only know 3 songs, want to learn 10 before the camping trip", {3: C, 10: T}),
    ("get my mile time under 8 minutes, it's about 11 now", {8: T, 11: C}),
    ("raise my GPA from 2.9 to 3.5", {2.9: C, 3.5: T}),
    ("I've saved 1,800 so far and need 6,000 for the deposit", {1800: C, 6000: T}),
    ("I'm on chapter 4 of 20 of my novel", {4: C, 20: T}),
    ("my 3 kids and I want to read 30 books together", {3: X, 30: T}),
    ("we've been married 15 years and want a date night every week", {15: X}),
    ("after 12 years at the same bank I want a new job", {12: X}),
    ("I smoked for the last 20 years and want 90 days smoke-free", {20: X, 90: T}),
    ("tried to quit sugar 4 times, want 30 days without it", {4: X, 30: T}),
    ("I currently sleep 5 hours and want 7", {5: C, 7: T}),
    ("type 2 diabetic, want my A1C under 7", {2: X, 7: T}),
    ("I'm 5'4 and 160 lbs, want to get to 135", {160: C, 135: T}),
    ("put 10% of my pay into my 401k", {10: T}),
    ("my team of 5 wants to close 40 tickets a week", {5: X, 40: T}),
    ("I walk about 2,000 steps a day, want 8,000", {2000: C, 8000: T}),
    ("currently at 12 cigarettes a day, cut to 0", {12: C}),
    ("hit 100 subscribers, I have 23", {100: T, 23: C}),
    ("I can hold a plank for 40 seconds, want 2 minutes", {40: C, 2: T}),
    ("we're at 30 hours of meetings, want under 15", {30: C, 15: T}),
    ("the quilt is 12 blocks done out of 30", {12: C, 30: T}),
    ("I have $900 set aside and want $5,000 by june", {900: C, 5000: T}),
    ("pay off $8,000 on 2 cards", {8000: T}),
    ("I turned 40 last month and want to run 5 km", {40: X, 5: T}),
    ("my son is 16 and we talk maybe once a week, want 3 real talks a week", {16: X, 3: T}),
    ("stopped running 3 years ago, want a half marathon", {3: X}),
    ("doc says my blood pressure is 150/95 at the last visit", {150: C, 95: C}),
    ("she adds one if I don't get it down to 130", {1: X, 130: T}),
    ("grandma who is 91 wants her photos scanned, 2,000 of them", {91: X, 2000: T}),
    ("study 2 hours a day for the bar, I'm 31 with 2 kids", {2: T, 31: X}),
    ("I've been having migraines 3 times a week, want 1 a month", {3: C, 1: T}),
    ("I used to bench 100kg, now I'd be lucky to do 60, want 80 by spring", {100: X, 60: C, 80: T}),
    ("we used to walk 5 miles, now we can barely do 2", {5: X, 2: C}),
    ("I used to read 40 books a year and want to do that again", {40: T}),
    ("I played until I was 14 and want to learn 2 pieces", {14: X, 2: T}),
    ("clear $9,000 on 2 cards, the store card is at 26.9% apr", {9000: T, 26.9: X}),
]


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[r[0][:40] for r in ROLES])
def test_each_number_of_a_goal_has_its_role(text: str, expected: dict[float, str]) -> None:
    roles = {}
    for r in read_roles(normalize(text)):
        roles.setdefault(r.value, r.role)
    for value, role in expected.items():
        assert roles.get(float(value)) == role, (value, roles)


PLANS = [
    # (goal, answers, target, unit, baseline)
    (
        "get average first response time under 2 hours (it's around 9 now)",
        {},
        2.0,
        "hours",
        9.0,
    ),
    ("lower my blood pressure, I was 152/96 at my last checkup", {}, 130.0, "mmHg", 152.0),
    ("I'm 61, save $10,000 for a new roof", {}, 10000.0, "USD", None),
    (
        "get back in the pool, I used to do 3km, now I'd be lucky to do 400m, want 1200m by june",
        {},
        1200.0,
        "m",
        400.0,
    ),
]


@pytest.mark.parametrize(("goal", "answers", "target", "unit", "baseline"), PLANS)
def test_current_and_incidental_numbers_never_become_the_target(
    goal: str, answers: dict[str, str], target: float, unit: str, baseline: float | None
) -> None:
    u = understand(goal, answers, TODAY)
    assert (u.target, u.unit, u.baseline) == (target, unit, baseline)


def test_a_count_of_what_they_know_is_their_start_not_the_target() -> None:
    u = understand(
        "learn ukulele well enough to play at my dad's 70th, I only know 3 chords", {}, TODAY
    )
    assert u.target != 3.0 or u.unit != "chords"


def test_a_purpose_with_no_amount_is_the_statement_in_their_words() -> None:
    from assistant.engines.offline.build import compose_statement

    u = understand(
        "learn the piano well enough to play at my daughter's recital, I only know 2 pieces",
        {},
        TODAY,
    )
    statement = compose_statement(u).lower()
    assert statement.startswith("learn the piano well enough to play at my daughter's recital")
    assert u.baseline is None and "2 pieces" in u.baseline_words


@pytest.mark.parametrize(
    ("goal", "target", "unit", "baseline"),
    [
        ("finish my online course, I'm on module 4 of 10", 10.0, "modules", 4.0),
        ("stay sober for a year, I'm 20 days sober", 365.0, "days", 20.0),
        ("quit smoking, a pack a day for 15 years, my son asked me to", 30.0, "days", None),
    ],
)
def test_progress_and_run_lengths_are_read_from_the_goal(goal, target, unit, baseline) -> None:
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit, u.baseline) == (target, unit, baseline)


@pytest.mark.parametrize(
    "goal",
    [
        "go back to work after 6 years home with the kids",
        "start running again after my baby, she's 4 months",
        "get a new job after 11 years at the same company",
    ],
)
def test_a_span_lived_is_never_the_deadline(goal: str) -> None:
    u = understand(goal, {}, TODAY)
    assert "deadline" not in u.stated, u.deadline


@pytest.mark.parametrize(
    ("goal", "now"),
    [("cut down my screen time, it's 7 hours a day and i feel like my brain is mush", 7.0),
     ("spend less on takeaways, its like 60 quid a week", 60.0),
     ("drink more water, it is about 3 glasses a day", 3.0),
     ("get my blood pressure down, it's 150 over 95", 150.0)],
)  # fmt: skip
def test_it_is_after_a_change_names_where_they_stand(goal, now):
    first = read_roles(goal)[0]
    assert (first.value, first.role) == (now, "current")


@pytest.mark.parametrize(
    "goal", ["sign up for the hike, it's 20 km", "enter the charity race in may, it's 10 miles"]
)
def test_it_is_after_an_event_is_the_events_size(goal):
    assert read_roles(goal)[0].role == "target"
