"""Deadline answers read the way a coach reads them: the date said first is the aim and a
later one the limit; 'no rush' is a long horizon, never weeks; a span said as one ('within
a year') beats a bare count after it; an event's month ('the June sitting', '(May)') is a
date; 'by the summer holidays' is when they begin; '5 decent meals' is no date; a rhythm
held weeks in a row gets room to build. Hand-written phrasings, none from the rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.language import find_horizon, resolve_deadline
from assistant.understanding.answers import parse_answers
from assistant.understanding.deadlines import parse_deadline

TODAY = dt.date(2026, 11, 27)
D = dt.date
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


def _deadline_note(plan) -> str:
    return " ".join(a.text for a in plan.assumptions if a.key == "deadline")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("within a year, my visa runs out at 18 months", D(2027, 11, 27)),  # the span said
        ("june exam sitting, forms due mid april", D(2027, 6, 30)),  # the event, not the form
        ("by the summer holidays", D(2027, 7, 20)),  # British schools break up late July
        ("before summer break", D(2027, 6, 15)),  # American schools, mid June
        ("over the summer holidays 2027", D(2027, 8, 31)),  # during them: by their end
        ("hoping to emigrate by september", D(2027, 8, 31)),  # gone when September comes
        ("moving out by march at the latest", D(2027, 2, 28)),
        ("submitted by june", D(2027, 6, 30)),  # no leaving: the month's end
    ],
)
def test_the_date_a_deadline_answer_means(said, day):
    assert parse_deadline(said, TODAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("get the lead role in the spring audition round (May)", D(2027, 5, 31)),
        ("pass my driving theory at the April sitting", D(2027, 4, 30)),
        ("cook 5 decent dinners and batch 3 lunches", None),  # "5 dec" is no date
        ("finish by 5 dec", D(2026, 12, 5)),
    ],
)
def test_a_goal_text_names_a_month_only_where_it_means_one(text, day):
    assert resolve_deadline(text, TODAY) == day
    if day is None:
        assert find_horizon(text) is None or find_horizon(text).kind != "date"


@pytest.mark.parametrize(
    ("text", "day"),
    [  # a year already gone is the person's story, never the deadline
        ("open a café before end of next year, the last one closed in 2019", D(2027, 12, 31)),
        ("buy a flat; my old landlord evicted us in March 2023", None),
        ("get my GCSE maths by 2027, I failed it in 2024", D(2027, 12, 31)),
    ],
)
def test_a_past_year_in_the_story_is_not_the_deadline(text, day):
    assert resolve_deadline(text, TODAY) == day


@pytest.mark.parametrize(
    ("said", "aim", "limit"),
    [
        ("easter, or the end of april at the latest", D(2027, 3, 28), D(2027, 4, 30)),
        ("end of may, the wedding is june 7", D(2027, 5, 31), D(2027, 6, 7)),
        ("by 11 december, or 8 january at a push", D(2026, 12, 11), D(2027, 1, 8)),
    ],
)
def test_the_date_said_first_is_the_aim_and_the_later_one_the_limit(said, aim, limit):
    typed = parse_answers({"deadline": said}, TODAY)
    assert (typed["deadline"], typed["deadline_limit"]) == (aim, limit)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in about 2 months, late jan", D(2027, 1, 31)),  # a rough span, then the date
        ("spring recital, early april", D(2027, 4, 10)),  # a season, then its month
        ("end of term, so about 3 weeks", D(2026, 12, 18)),  # "so": their own count
    ],
)
def test_a_first_date_refined_by_the_next_is_one_date(said, day):
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed["deadline"] == day and "deadline_limit" not in typed


def test_a_limit_is_not_passed_silently_when_the_goal_cannot_fit_it():
    plan = ENGINE.draft(
        "lose 12 kg, I'm 96kg now and want to be 84kg",
        {"deadline": "mid december, or new year's eve at the very latest"},
        TODAY,
    )
    note = _deadline_note(plan)
    assert plan.goal.deadline > D(2026, 12, 31)  # 12 kg in 5 weeks is not safe
    assert "cannot fit by your limit" in note and "well before your limit" not in note


def test_an_aim_too_soon_moves_no_further_than_the_limit_allows():
    plan = ENGINE.draft(
        "lose 4 kg before the wedding",
        {"deadline": "by 11 december, or 8 january at a push", "baseline": "80 kg"},
        TODAY,
    )
    assert D(2026, 12, 11) < plan.goal.deadline <= D(2027, 1, 8)  # a safe pace, in the limit
    plan = ENGINE.draft(
        "lose 6 kg before the wedding",
        {"deadline": "by 11 december, or 15 january at a push", "baseline": "80 kg"},
        TODAY,
    )
    assert plan.goal.deadline == D(2027, 1, 15)
    assert "planned to your limit" in _deadline_note(plan)


def test_a_first_date_before_a_close_event_is_kept_with_the_event_as_limit():
    plan = ENGINE.draft(
        "clear out the flat before we hand the keys back",
        {"deadline": "end of february, keys go back march 3"},
        TODAY,
    )
    assert plan.goal.deadline == D(2027, 2, 28)
    assert "03 March 2027 stays the last one that counts" in _deadline_note(plan)


@pytest.mark.parametrize(
    "said",
    ["no rush really, by the end of the year", "by end of year, no hurry", "whenever, december?"],
)
def test_no_rush_is_never_squeezed_into_weeks(said):
    plan = ENGINE.draft(
        "be able to do 15 push-ups in a row, I can do 2 now", {"deadline": said}, TODAY
    )
    assert plan.goal.deadline >= TODAY + dt.timedelta(weeks=10)
    note = _deadline_note(plan)
    assert "short push" not in note and "packed closer" not in note
    if "end of" in said:  # the close date they may have meant is offered to confirm
        assert "say if you meant 31 December" in note


def test_no_rush_with_room_enough_keeps_the_date():
    plan = ENGINE.draft(
        "be able to do 15 push-ups in a row, I can do 2 now",
        {"deadline": "no rush, by the end of next summer"},
        TODAY,
    )
    assert plan.goal.deadline == D(2027, 8, 31)


def test_a_rhythm_to_hold_weeks_in_a_row_keeps_a_loose_date_with_room_to_build():
    # coaches (round 18): "within a month" stretched to 14 weeks is no plan; the run the field
    # guessed is cut to what the date holds, and the plan says when the full run would fit
    plan = ENGINE.draft(
        "be in bed with the lights off by 10:30 on 5 nights a week",
        {"deadline": "asap, next month i guess"},
        TODAY,
    )
    assert plan.goal.deadline <= TODAY + dt.timedelta(weeks=6)
    notes = " ".join(a.text for a in plan.assumptions if a.key == "deadline")
    assert "weeks in a row cannot fit" in notes and "the plan reaches" in notes
    firm = ENGINE.draft(  # a date said plainly is theirs: the streak is cut to fit instead
        "be in bed with the lights off by 10:30 on 5 nights a week",
        {"deadline": "by christmas"},
        TODAY,
    )
    assert firm.goal.deadline == dt.date(2026, 12, 25)


def test_the_counter_flags_no_rush_squeezed_a_date_moved_later_and_stated_unsaid():
    from evals.deadline_gaps import count

    rows = [
        {
            "plan": "r/a",
            "goal": "x",
            "answers": {"deadline": "no rush, end of the year"},
            "deadline": "2026-12-31",
            "label": "stated",
        },
        {
            "plan": "r/b",
            "goal": "x",
            "answers": {"deadline": "by march 1"},
            "deadline": "2027-03-09",
            "label": "stated",
        },
        {"plan": "r/c", "goal": "x", "answers": {}, "deadline": "2026-12-05", "label": "stated"},
        {"plan": "r/d", "goal": "x", "answers": {}, "deadline": "2027-05-05", "label": "assumed"},
    ]
    bad, lines = count(rows)
    assert bad["'no rush' squeezed into weeks"] == 1
    assert bad["stated date moved later"] == 1 and bad["moved later, labelled stated"] == 1
    assert bad["labelled stated when no date was said"] == 1
    assert sorted({line.split(":")[0] for line in lines}) == ["r/a", "r/b", "r/c"]  # not r/d


def test_a_date_their_amount_cannot_meet_says_what_would_meet_it():
    plan = ENGINE.draft(
        "save £2,400 for a new laptop, I can put £100 a month aside",
        {"deadline": "by easter ideally", "baseline": "£200 saved"},
        TODAY,
    )
    note = _deadline_note(plan)
    assert plan.goal.deadline > D(2027, 3, 28)  # £100 a month cannot reach £2,400 by Easter
    assert "by your date needs about £" in note and "a month" in note


def test_next_december_said_in_late_november_is_a_year_on_not_in_five_weeks():
    from assistant.understanding.answers import parse_deadline

    late_november = D(2026, 11, 28)
    assert parse_deadline("by next december", late_november) == D(2027, 12, 31)
    assert parse_deadline("by december", late_november) == D(2026, 12, 31)
    assert parse_deadline("next june", late_november) == D(2027, 6, 30)
