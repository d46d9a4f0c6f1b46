"""The deadline said is the plan's deadline (round 26: 'in 4 months, around Diwali' planned to
Diwali 2027, 'exams are in November' answered 'november' planned to February, 'a year starting
in January' to 31 January, '31 dec' moved to October 2027, the shower in September ignored for
the October wedding, TMA02 due in 3 weeks taken as the whole module's deadline). Paraphrases
in our own words, said on 27 November 2026."""

import datetime as dt

import pytest

from assistant.understanding.deadline import theirs
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
D = dt.date


def read(goal: str, answer: str = ""):
    return understand(goal, {"deadline": answer} if answer else {}, TODAY)


@pytest.mark.parametrize(
    "goal,answer,first,last",
    [
        (
            "bring my HbA1c under 6 by my next blood test",
            "next test is in 4 months, around Diwali",
            D(2027, 3, 20),
            D(2027, 3, 27),
        ),
        (
            "lower my blood pressure to under 130/80 without tablets",
            "the recheck is in 5 months, around my birthday in november",
            D(2027, 4, 20),
            D(2027, 4, 27),
        ),
        (
            "get my cholesterol below 5",
            "in 6 months, about eid",
            D(2027, 5, 20),
            D(2027, 5, 27),
        ),
    ],
)
def test_a_plain_span_beats_a_named_date_said_as_a_guess(goal, answer, first, last):
    u = read(goal, answer)
    assert first <= u.deadline <= last, (u.deadline, u.notes)
    assert "say if you meant that instead" in u.notes.get("deadline_push", "")


def test_a_named_date_with_its_own_day_keeps_it_beside_a_span():
    """'next appt is in about 4 months, mid june': the day named is the sharper one."""
    u = read("get my A1C under 7", "next appt is in about 4 months, mid june")
    assert u.deadline.month == 6


@pytest.mark.parametrize(
    "goal,answer,month",
    [
        (
            "I want an A in maths in my final exams, I'm on a C+ now. Exams are in November",
            "november",
            11,
        ),
        (
            "get our under-10s hockey team to win 3 games this season",
            "season ends mid november",
            11,
        ),
        ("help my netball team win 4 matches this season", "the league finishes late november", 11),
    ],
)
def test_a_month_just_gone_tied_to_the_goals_event_is_next_years(goal, answer, month):
    u = read(goal, answer)
    assert u.deadline.year == 2027 and u.deadline.month == month, (u.deadline, u.notes)
    assert theirs(u.stated)


def test_a_bare_month_just_gone_with_no_event_still_asks():
    """'run more', answered 'by november' on 27 November: a year off is surely not meant."""
    u = read("run more", "by november")
    assert u.deadline < D(2027, 11, 1)


@pytest.mark.parametrize(
    "goal,last",
    [
        (
            "Read the whole Bible in a year starting in January, I've given up twice",
            D(2027, 12, 31),
        ),
        ("journal every morning for a year starting in February", D(2028, 1, 31)),
        ("learn 500 kanji in 6 months starting from march", D(2027, 8, 31)),
        ("draw every day for 100 days from the new year", D(2027, 4, 10)),
    ],
)
def test_a_span_counted_from_a_start_the_goal_names(goal, last):
    u = read(goal)
    assert u.deadline == last, (u.deadline, u.notes)


@pytest.mark.parametrize(
    "goal,answer",
    [
        (
            "Save £3,000 for an emergency fund by the end of the year, I can put away £250 a month",
            "31 dec",
        ),
        (
            "Save £3,000 for an emergency fund by the end of the year, I can put away £250 a month",
            "",
        ),
        ("save £1,800 for a new boiler by the end of the year, I can do £150 a month", ""),
    ],
)
def test_a_year_end_the_money_cannot_reach_is_the_next_year_end(goal, answer):
    u = read(goal, answer)
    assert u.deadline == D(2027, 12, 31), (u.deadline, u.notes)
    assert "a year on" in u.notes.get("deadline", "")


def test_a_named_month_the_money_cannot_reach_a_year_on_keeps_the_months():
    """'$3,000 by end of march' at $150 a month: the money needs 20 months, past March 2028."""
    u = read("save 3000 dollars by end of march, putting 150 a month aside")
    assert u.deadline.month != 3


@pytest.mark.parametrize(
    "goal,answer",
    [
        ("cut our bakery's ingredient costs by 10% over the next quarter", "end of the quarter"),
        ("grow the newsletter to 2000 subscribers next quarter", "by the end of the quarter"),
        (
            "cut our cloud bill by 15% over the next quarter",
            "the quarter's end, so end of the quarter",
        ),
    ],
)
def test_the_period_an_answer_names_with_the_is_the_one_the_goal_names(goal, answer):
    assert read(goal, answer).deadline == D(2027, 3, 31)


def test_this_quarter_stays_this_quarter():
    assert read("close 5 deals this quarter", "end of the quarter").deadline == D(2026, 12, 31)


@pytest.mark.parametrize(
    "goal,day",
    [
        ("start investing 500 a month in ETFs, want it set up before Q2", D(2027, 3, 31)),
        ("launch the new website before q3", D(2027, 6, 30)),
        ("get the audit done before the second half", D(2027, 6, 30)),
        ("hire 2 engineers by end of Q2", D(2027, 6, 30)),
    ],
)
def test_before_a_quarter_is_before_it_begins(goal, day):
    assert read(goal).deadline == day


@pytest.mark.parametrize(
    "goal,answer,first,last,limit",
    [
        (
            "finish the quilt for my granddaughter before her wedding in October",
            "wedding is 18th October, want to give it at the shower in September really",
            D(2027, 8, 20),
            D(2027, 9, 1),
            "18 October 2027",
        ),
        (
            "finish knitting a blanket for my niece's baby",
            "baby's due 3rd june, but I want to give it at the baby shower in april",
            D(2027, 3, 20),
            D(2027, 4, 1),
            "03 June 2027",
        ),
        (
            "learn 4 songs on the ukulele for the school concert",
            "the concert is 20 june, but I want to play them for grandad at his party in may",
            D(2027, 4, 24),
            D(2027, 5, 1),
            "20 June 2027",
        ),
    ],
)
def test_an_earlier_event_the_goal_is_given_at_is_the_aim(goal, answer, first, last, limit):
    u = read(goal, answer)
    assert first <= u.deadline < last, (u.deadline, u.notes)
    assert limit in u.notes.get("deadline_push", "")


@pytest.mark.parametrize(
    "goal,answer,step_day,month",
    [
        (
            "finish my open uni module (TM111), I'm 6 weeks behind",
            "TMA02 due the 14th, exam in may",
            D(2026, 12, 14),
            5,
        ),
        (
            "pass my accounting course",
            "essay due 10 january, final exam in march",
            D(2027, 1, 10),
            3,
        ),
        (
            "pass my psychology module, I'm about 3 weeks behind",
            "essay due the 10th of january, exam in june",
            D(2027, 1, 10),
            6,
        ),
    ],
)
def test_an_assignment_due_before_the_exam_is_a_step(goal, answer, step_day, month):
    u = read(goal, answer)
    assert u.deadline.month == month, (u.deadline, u.notes)
    assert [day for _, day in u.steps] == [step_day]


@pytest.mark.parametrize(
    "goal,step_day",
    [
        (
            "finish my open uni module (TM111) - I'm 6 weeks behind and TMA02 is due in 3 weeks",
            D(2026, 12, 18),
        ),
        (
            "get my counselling diploma finished, the next assignment is due in 4 weeks",
            D(2026, 12, 25),
        ),
        ("pass my accounting diploma, the next assignment is due on 10 january", D(2027, 1, 10)),
    ],
)
def test_a_step_the_goal_text_dates_is_no_deadline(goal, step_day):
    u = read(goal)
    assert u.deadline > step_day and not theirs(u.stated), (u.deadline, u.notes)
    assert [day for _, day in u.steps] == [step_day]


@pytest.mark.parametrize(
    "goal,day",
    [
        ("apply to 5 grad schools, applications close on 15 january", D(2027, 1, 15)),
        ("lose 2 stone before my gastric surgery, it's booked for early April", None),
    ],
)
def test_a_date_that_is_the_goals_own_stays_the_deadline(goal, day):
    u = read(goal)
    assert not u.steps
    if day is not None:
        assert u.deadline == day


@pytest.mark.parametrize(
    "answer,day",
    [
        ("spring break, march 16-22", D(2027, 3, 22)),
        ("half term, feb 16-20", D(2027, 2, 20)),
        ("before the main harvest, around april", D(2027, 3, 31)),
        ("before the frost, around october", D(2027, 9, 30)),
    ],
)
def test_a_named_time_then_its_dates(answer, day):
    assert read("repaint the kitchen cabinets myself", answer).deadline == day


@pytest.mark.parametrize(
    "goal,first,last",
    [
        ("read through the whole Bible in a year starting in Lent", D(2027, 2, 10), D(2028, 2, 9)),
        ("pray the rosary daily for 40 days starting at easter", D(2027, 3, 28), D(2027, 5, 6)),
        ("run every day for a month from christmas", D(2026, 12, 25), D(2027, 1, 24)),
    ],
)
def test_a_span_counted_from_a_feast(goal, first, last):
    u = read(goal)
    assert u.deadline == last, (u.deadline, u.notes)
    assert f"{first:%d %B %Y}" in u.notes.get("deadline", "")


@pytest.mark.parametrize(
    "goal",
    [
        "walk the Overland Track in Tassie with my brother next summer, 65 km with a pack",
        "do the Three Capes walk in tasmania next summer",
        "swim the Hobart harbour crossing next summer",
    ],
)
def test_next_summer_in_tasmania_is_the_southern_one(goal):
    u = read(goal)
    assert D(2027, 12, 1) <= u.deadline <= D(2028, 2, 29), (u.deadline, u.notes)
