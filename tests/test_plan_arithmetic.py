"""The plan's arithmetic holds across the week: indicators say the rhythm the tasks book, and a
practice keeps one rhythm across milestones (indicator.off_rhythm, one_rhythm, settle_sizes)."""

from __future__ import annotations

import pytest

from assistant.engines.offline.early_practice import practice_from_the_start
from assistant.engines.offline.one_rhythm import one_rhythm
from assistant.engines.offline.said_sizes import indicators_follow_booking, settle_sizes
from assistant.models import Plan
from assistant.validators import validate_plan
from assistant.validators.indicator_rhythm import indicator_off_rhythm

_DEADLINES = ("2027-01-10", "2027-02-07", "2027-03-07", "2027-04-04")
_STARTS = ("2026-11-30", "2027-01-11", "2027-02-08", "2027-03-08")


def _rec(rate: float | str) -> dict:
    if rate == "daily":
        return {"times": 1, "per": "day"}
    if isinstance(rate, str):  # "2/month"
        return {"times": int(rate.split("/")[0]), "per": "month"}
    return {"times": int(rate), "per": "week"}


def _task(i: int, title: str, minutes: int, rate) -> dict:
    """The milestone's practice session, or (``rate`` None) a one-off set-up step."""
    if rate is None:
        return {
            "id": f"s{i + 1}",
            "title": "Write the 1-page list of what the sessions need",
            "owner": "Ana",
            "estimate_minutes": 30,
            "due": _STARTS[i],
            "done_when": "List saved",
        }
    return {
        "id": f"t{i + 1}",
        "title": title,
        "owner": "Ana",
        "estimate_minutes": minutes,
        "due": _DEADLINES[i],
        "start": _STARTS[i],
        "done_when": "Session ticked off in the diary",
        "recurrence": _rec(rate),
    }


def _plan(
    title: str, minutes: int, rates: list, indicators=(), hours: float = 5, titles=()
) -> Plan:
    """A plan whose one practice runs at ``rates`` (one a milestone; None: a set-up step
    only), with the indicators and the milestones' titles."""
    milestones = []
    for i, rate in enumerate(rates):
        milestones.append(
            {
                "id": f"m{i + 1}",
                "title": titles[i] if titles else f"Stage {i + 1} of the practice reached",
                "deadline": _DEADLINES[i],
                "metric": {
                    "name": "stage reached",
                    "target": i + 1,
                    "unit": "",
                    "kind": "progress",
                },
                "tasks": [_task(i, title, minutes, rate)],
            }
        )
    return Plan.model_validate(
        {
            "id": "p-arith",
            "version": 1,
            "created_at": "2026-11-27T09:00:00Z",
            "start_date": "2026-11-30",
            "goal": {
                "statement": "Keep the practice going by 4 April 2027",
                "metric": {
                    "name": "stage reached",
                    "target": len(rates),
                    "unit": "",
                    "kind": "lagging",
                },
                "deadline": _DEADLINES[len(rates) - 1],
            },
            "constraint": "Evenings get eaten by work",
            "constraint_strategy": "Sessions booked in the calendar",
            "method": "time_blocking_next_actions",
            "capacity_hours_per_week": hours,
            "owners": ["Ana"],
            "milestones": milestones,
            "leading_indicators": [
                {"name": n, "target": t, "unit": u, "kind": "leading"} for n, t, u in indicators
            ],
        }
    )


def _rates(plan: Plan) -> list[float]:
    return [
        round(t.recurrence.sessions_per_week(), 2)
        for m in plan.milestones
        for t in m.tasks
        if t.recurrence
    ]


# (practice title, minutes, rates per milestone, indicator, the target the booking says)
OFF_RHYTHM = [
    ("Walk briskly for 30 minutes", 30, [7, 7, 7], ("walks per week", 3.0, "walks"), 7.0),
    (
        "Row 2,000 m on the machine",
        20,
        [2, 2, 2],
        ("rowing sessions per week", 5.0, "sessions"),
        2.0,
    ),
    (
        "Practise guitar chords for 15 minutes",
        15,
        ["daily"] * 3,
        ("guitar practice days per week", 2.0, "days"),
        7.0,
    ),
    ("Call Mum for 20 minutes", 20, [1, 1, 1], ("calls to Mum per month", 1.0, "calls"), 4.0),
]


@pytest.mark.parametrize(("title", "minutes", "rates", "indicator", "booked"), OFF_RHYTHM)
def test_indicator_off_the_booked_rhythm_is_found_and_set_to_it(
    title, minutes, rates, indicator, booked
):
    plan = _plan(title, minutes, rates, [indicator])
    found = indicator_off_rhythm(plan)
    assert [f.code for f in found] == ["indicator.off_rhythm"]
    assert "indicator.off_rhythm" in {f.code for f in validate_plan(plan)}
    fixed = settle_sizes(plan)
    assert fixed.leading_indicators[0].target == booked
    assert indicator_off_rhythm(fixed) == []


# indicators the booking agrees with, or that count no session of the practice
IN_RHYTHM = [
    (
        "Lift weights for 45 minutes: a full-body session",
        50,
        [3, 3, 3],
        ("lifting sessions per week", 3.0, "sessions"),
    ),
    (
        "Swim 20 lengths at an easy pace",
        40,
        [2, 3, 4],
        ("swimming sessions per week", 3.0, "sessions"),
    ),
    (
        "Log the day's meals in the app",
        5,
        ["daily"] * 3,
        ("days with meals logged per week", 5.0, "days"),
    ),
    ("Walk briskly for 30 minutes", 30, [4, 4, 4], ("longest walk this week", 2.0, "walks")),
]


@pytest.mark.parametrize(("title", "minutes", "rates", "indicator"), IN_RHYTHM)
def test_indicator_in_the_booked_rhythm_is_left(title, minutes, rates, indicator):
    plan = _plan(title, minutes, rates, [indicator])
    assert indicator_off_rhythm(plan) == []
    assert settle_sizes(plan).leading_indicators[0].target == indicator[1]


# (title, minutes, rates, hours a week, rates after)
DRIFTS = [
    # a dip after a higher milestone comes back up when the week holds it
    ("Drink the 500-calorie shake between meals", 3, [6, 3, 4, 3], 5, [6, 6, 6, 6]),
    ("Walk briskly for 30 minutes", 35, [2, 3, 3, 2], 5, [2, 3, 3, 3]),
    # a peak the week cannot hold at every milestone: each dip rises as far as the week holds
    ("Practise scales and the set piece on the piano", 60, [3, 1, 3, 2], 3, [3, 2, 3, 2]),
    # a one-way ramp or taper is a plan, not a drift
    ("Stretch hips and hamstrings for 15 minutes", 15, [2, 3, 4], 5, [2, 3, 4]),
    ("Cycle to work instead of driving", 40, [4, 3, 2], 5, [4, 3, 2]),
]


@pytest.mark.parametrize(("title", "minutes", "rates", "hours", "after"), DRIFTS)
def test_a_practice_keeps_one_rhythm_or_ramps_one_way(title, minutes, rates, hours, after):
    plan = one_rhythm(_plan(title, minutes, rates, hours=hours))
    assert _rates(plan) == after
    assert _rates(one_rhythm(plan)) == after  # a second pass changes nothing


def test_an_indicator_of_what_sessions_make_is_left_to_indicator_mismatch():
    """'Send 2 tailored applications' makes 2 a session: that count is indicator.mismatch's."""
    plan = _plan(
        "Send 2 tailored applications",
        45,
        [2, 2, 2],
        [("applications sent per week", 4.0, "applications")],
    )
    assert indicator_off_rhythm(plan) == []


# (title, minutes, rates, indicator asking more than the sessions make, what they make)
OVER_SUPPLY = [
    (
        "Send 4 personalised outreach messages",
        30,
        [2, 2, 2],
        ("outreach messages per week", 30.0, "messages"),
        8.0,
    ),
    (
        "Write 500 new words before checking messages",
        45,
        [3, 3, 3],
        ("words written per week", 2000.0, "words"),
        1500.0,
    ),
    (
        "Fill 2 pages of the sketchbook with gesture drawings",
        30,
        [1, 2, 3],
        ("pages filled per month", 40.0, "pages"),
        26.0,
    ),
]


@pytest.mark.parametrize(("title", "minutes", "rates", "indicator", "made"), OVER_SUPPLY)
def test_indicator_of_what_sessions_make_asks_no_more_than_they_make(
    title, minutes, rates, indicator, made
):
    plan = indicators_follow_booking(_plan(title, minutes, rates, [indicator]))
    assert plan.leading_indicators[0].target == made
    assert "indicator.mismatch" not in {f.code for f in validate_plan(plan)}


def test_a_score_with_no_period_is_no_weekly_count():
    """'chair stands in 30 seconds: 12' is a test score; 3 balance holds a week do not set it."""
    plan = _plan(
        "Stand on one leg holding the counter, 30 seconds each side, 3 times",
        10,
        [3, 3, 3],
        [("chair stands without hands in 30 seconds", 12.0, "stands")],
    )
    assert indicators_follow_booking(plan).leading_indicators[0].target == 12.0


def test_audit_names_each_contradiction_of_a_plan():
    from evals.arithmetic_audit import kinds

    drifting = _plan(
        "Drink the protein shake after training",
        3,
        [6, 3, 4, 3],
        [("shakes per week", 2.0, "shakes")],
    )
    assert {"indicator", "drift"} <= set(kinds(drifting, {}))
    steady = _plan("Walk briskly for 30 minutes", 30, [3, 3, 3], [("walks per week", 3.0, "walks")])
    assert not {"indicator", "drift", "title_minutes"} & set(kinds(steady, {}))


# (practice title, minutes, rates (None: no practice in that milestone), milestones' titles,
# the weekly rhythm the practice-less milestones get)
LATE = [
    (
        "Do the 20-minute strength routine",
        20,
        [None, 2, 3],
        ["Routine written", "Working out 2 times a week", "Working out 3 times a week"],
        [2.0],
    ),
    (
        "Practise the set piece on the piano for 30 minutes",
        30,
        [None, None, 4],
        ["Piano tuned", "Scales clean at 80 bpm", "The piece played through"],
        [4.0, 4.0],
    ),
    (
        "Call 1 lapsed donor from the list",
        15,
        [None, 3, 3, 3],
        ["Donor list cleaned", "On 3 days a week: calls made", "£500 pledged", "£1,000 pledged"],
        [3.0],
    ),
]


@pytest.mark.parametrize(("title", "minutes", "rates", "titles", "early"), LATE)
def test_a_practice_that_starts_late_runs_from_the_first_weeks(
    title, minutes, rates, titles, early
):
    plan = practice_from_the_start(_plan(title, minutes, rates, titles=titles))
    starts = sorted(t.start for t in plan.tasks() if t.recurrence)
    assert starts[0] == plan.start_date
    assert _rates(plan)[: len(early)] == early
    assert _rates(practice_from_the_start(plan)) == _rates(plan)  # a second pass adds nothing


def test_a_late_practice_the_week_cannot_hold_is_left():
    """An hour a week, 3 set-up hours due in the first weeks: no session squeezed on top."""
    plan = _plan(
        "Do the 45-minute yoga class video",
        45,
        [None, 2, 2],
        titles=["Mat and space ready", "2 classes a week", "2 classes a week"],
        hours=0.75,
    )
    assert len(list(practice_from_the_start(plan).tasks())) == 3


# a weekly indicator of a practice booked under once a week: (title, rates, indicator, after)
MONTHLY = [
    (
        "Spend a 20-minute block on the next open job",
        ["1/month"] * 3,
        ("work blocks done per week", 1.0, "blocks"),
        ("work blocks done per month", 1.0),
    ),
    (
        "Visit Gran at the care home for an hour",
        ["2/month"] * 3,
        ("visits this week", 1.0, "visits"),
        ("visits this month", 2.0),
    ),
    (
        "Walk round the house for maintenance: gutters and roof tiles",
        ["1/month"] * 3,
        ("weekly maintenance sessions", 2.0, "sessions"),
        ("monthly maintenance sessions", 1.0),
    ),
]


@pytest.mark.parametrize(("title", "rates", "indicator", "after"), MONTHLY)
def test_a_monthly_practice_gets_a_monthly_indicator(title, rates, indicator, after):
    plan = indicators_follow_booking(_plan(title, 20, rates, [indicator]))
    got = plan.leading_indicators[0]
    assert (got.name, got.target) == after
    assert indicator_off_rhythm(plan) == []


# tasks that only share a word with the indicator, or arrange its sessions, book none of it
UNRELATED = [
    (
        "Plan the weekend's meals and one activity on Friday",
        ("days with meals logged per week", 5.0, "days"),
    ),
    (
        "Book the next speaking session with a tutor",
        ("tutor speaking sessions per week", 2.0, "sessions"),
    ),
    ("Schedule next week's runs in the calendar", ("runs per week", 3.0, "runs")),
]


@pytest.mark.parametrize(("title", "indicator"), UNRELATED)
def test_a_task_that_arranges_or_only_shares_a_word_books_nothing(title, indicator):
    plan = _plan(title, 15, [1, 1, 1], [indicator])
    assert indicator_off_rhythm(plan) == []
    assert indicators_follow_booking(plan).leading_indicators[0].target == indicator[1]


# indicators that count items a session works through, not sittings
ITEMS = [
    ("Review 20 German flashcards in Anki", ("flashcard reviews per week", 100.0, "reviews")),
    ("Read the next chapter of the novel", ("chapter reads per month", 80.0, "reads")),
    ("Stretch through the 10-move routine", ("stretches per week", 40.0, "stretches")),
]


@pytest.mark.parametrize(("title", "indicator"), ITEMS)
def test_an_indicator_of_items_is_no_session_count(title, indicator):
    plan = _plan(title, 20, [3, 3, 3], [indicator])
    assert indicator_off_rhythm(plan) == []
