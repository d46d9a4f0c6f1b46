"""Dates read the way they were meant (session 16): a time limit counted from a day gone by
that is said apart from it, a date told as when something happened, a start said with its
own limit. Paraphrases of our own (round 25 had 'appeal window closes in 60 days from the
letter, letter was dated the 3rd', 'we moved to munich in january', 'want to have started in
2 months')."""

import datetime as dt

import pytest

from assistant.language import find_horizon
from assistant.understanding.answers import parse_answers
from assistant.understanding.deadline import lived_before
from assistant.understanding.deadline_anchor import counted_end
from assistant.understanding.deadlines import starts_not_ends
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "began", "ends"),
    [
        ("45 days to respond, the notice came on the 20th", D(2026, 11, 20), D(2027, 1, 4)),
        (
            "they refused it on the 9th of october and i get 90 days to appeal",
            D(2026, 10, 9),
            D(2027, 1, 7),
        ),
        (
            "within four weeks of the decision, which was dated the 15th",
            D(2026, 11, 15),
            D(2026, 12, 13),
        ),
        ("6 weeks to file from the letter; it was sent on nov 6", D(2026, 11, 6), D(2026, 12, 18)),
        ("the bill arrived on 1 september, 120 days to dispute it", D(2026, 9, 1), D(2026, 12, 30)),
    ],
)
def test_a_limit_counts_from_the_day_it_began(said, began, ends):
    assert counted_end(said, TODAY) == (began, ends)


@pytest.mark.parametrize(
    ("said", "ends"),
    [
        ("30 days from the letter, which is dated the 10th", D(2026, 12, 10)),
        ("the claim was rejected on the 1st and the window is 8 weeks", D(2026, 12, 27)),
        ("i have a 60-day window, they sent the denial on oct 30", D(2026, 12, 29)),
    ],
)
def test_the_answer_is_planned_to_the_limits_own_day(said, ends):
    typed = parse_answers({"deadline": said}, TODAY, strict=False)
    assert typed["deadline"] == ends
    assert "counted from" in str(typed["deadline_counted"])


def test_a_limit_already_over_is_acted_on_now():
    typed = parse_answers(
        {"deadline": "must be redone within 14 days, it failed on the 4th"}, TODAY, strict=False
    )
    assert typed["deadline_closing"] == D(2026, 11, 18)
    assert typed["deadline"] <= TODAY + dt.timedelta(days=7)


@pytest.mark.parametrize(
    "said",
    [
        "the results are in, 30 days to go",  # no day the limit began
        "within 3 months",
        "in 2 weeks, so roughly 2030",
    ],
)
def test_no_day_it_began_no_counted_limit(said):
    assert counted_end(said, TODAY) is None


@pytest.mark.parametrize(
    "goal",
    [
        "get conversational in dutch, we relocated to utrecht in september for my wife's work",
        "find a running club, I joined the company in march and know nobody",
        "sort out my late father's paperwork, he passed away in august",
        "use the gym I signed up to, I enrolled in october and have gone twice",
        "practise scales every evening, we've done it maybe 3 times in a month",
    ],
)
def test_a_date_told_as_what_happened_is_no_deadline(goal):
    horizon = find_horizon(goal.lower())
    assert horizon is not None and lived_before(goal.lower(), horizon.phrase)
    u = understand(goal, {}, TODAY)
    assert "deadline" not in u.stated  # never labelled as theirs
    month = find_horizon(goal.lower()).phrase.split()[-1]
    month_end = (u.deadline + dt.timedelta(days=1)).day == 1
    assert not (f"{u.deadline:%B}".lower() == month and month_end)  # not that month's end


@pytest.mark.parametrize(
    "goal",
    [
        "lose 6kg, the wedding is booked in june",
        "I want to be fluent enough for the interview in march",
        "I got injured in october and want to run a 10k in april",
    ],
)
def test_a_date_ahead_stays_a_deadline(goal):
    horizon = find_horizon(goal.lower())
    assert horizon is not None and not lived_before(goal.lower(), horizon.phrase)


@pytest.mark.parametrize(
    "said",
    [
        "want to have started in 2 months",
        "i'd like to have begun by february",
        "get started within 6 weeks",
        "hoping to have it kicked off before march",
    ],
)
def test_a_start_with_its_own_limit_is_a_start(said):
    assert starts_not_ends(said)


@pytest.mark.parametrize(
    "said",
    [
        "have started by march and finished by june",
        "have it done in 2 months",
        "want the whole thing paid off within a year",
    ],
)
def test_a_finish_said_stays_a_finish(said):
    assert not starts_not_ends(said)


def test_a_start_said_leaves_the_finish_to_the_field():
    goal = "put 6 lakh from my savings into index funds, I don't know where to begin"
    u = understand(goal, {"deadline": "i'd like to have got started in about 3 weeks"}, TODAY)
    assert u.deadline != D(2026, 12, 18)  # the whole sum is not due when it starts
    assert "deadline" not in u.stated
    assert "when you start" in u.notes.get("deadline", "")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("by next winter when the orders dry up", D(2027, 11, 30)),  # this winter is days away
        ("before next winter", D(2027, 11, 30)),
        ("next winter", D(2028, 2, 29)),
        ("by next summer", D(2027, 5, 31)),  # summer is months away: the coming one
        ("next autumn sometime", D(2027, 11, 30)),
    ],
)
def test_next_season_is_the_one_after_the_season_at_the_door(said, day):
    typed = parse_answers({"deadline": said}, TODAY, strict=False)
    assert typed["deadline"] == day


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        (
            "drop 7kg for my brother's wedding in Accra in December",
            "december 12th",
            D(2026, 12, 12),
        ),
        ("lose 10 lb before our cruise on december 20", "", D(2026, 12, 20)),
        ("lose 6kg for my 50th birthday party in january", "jan 9", D(2027, 1, 9)),
    ],
)
def test_a_goal_for_an_event_is_never_planned_past_it(goal, said, day):
    u = understand(goal, {"deadline": said} if said else {}, TODAY)
    assert u.deadline == day
    assert u.reachable is not None and u.reachable < u.target  # topped at the safe pace
    assert "will not wait" in u.notes.get("deadline_push", "")


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        (
            "set up three raised beds for salad and beans, first time growing anything",
            "want to be picking lettuce by may",
        ),
        ("grow our own veg on the new allotment", "eating our own courgettes by july"),
        ("plant a herb and tomato patch in the back garden", "first tomatoes by august"),
    ],
)
def test_picking_by_a_date_plants_weeks_before_it(goal, said):
    typed = parse_answers({"deadline": said}, TODAY, strict=False)
    u = understand(goal, {"deadline": said}, TODAY)
    assert (typed["deadline"] - u.deadline).days >= 7 * 6  # planted well before the picking


def test_planting_dated_in_the_answer_is_the_date():
    said = "sowing by mid april, picking all summer"
    u = understand("grow our own salad in the raised beds", {"deadline": said}, TODAY)
    assert u.deadline.month == 4


@pytest.mark.parametrize(
    ("goal", "latest"),
    [
        ("raise £4,000 for our scout troop's trip to Kandersteg next summer", D(2027, 6, 1)),
        ("save $2,500 for flights to see my family in Manila next summer", D(2027, 6, 1)),
        ("our choir needs to fundraise €6,000 for the tour to Italy in july", D(2027, 7, 1)),
    ],
)
def test_money_for_a_trip_in_a_season_is_in_hand_before_it_begins(goal, latest):
    u = understand(goal, {}, TODAY)
    assert u.deadline <= latest - dt.timedelta(weeks=4)


def test_money_dated_by_the_goal_itself_keeps_its_date():
    u = understand("raise £1,800 for the youth camp by easter", {}, TODAY)
    assert u.deadline == D(2027, 3, 28)


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        (
            "save 3 lakh for my son's college fees before he starts in june 2027, I can do 6k a month",
            "june 2027",
            D(2027, 6, 30),
        ),
        (
            "save $4,000 for my daughter's tuition by september, I can put away $300 a month",
            "",
            D(2027, 9, 30),
        ),
        (
            "save £2,400 for our wedding in august, we can put away £150 a month",
            "august",
            D(2027, 8, 31),
        ),
    ],
)
def test_money_for_an_event_that_will_not_wait_keeps_its_date(goal, said, day):
    u = understand(goal, {"deadline": said} if said else {}, TODAY)
    assert u.deadline == day  # the gap is said, the fees day is not moved a year or more on
    assert "needs about" in u.notes.get("money", "")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("this season, june to october", D(2027, 10, 31)),
        ("from may through september ideally", D(2027, 9, 30)),
        ("the whole run of it, march until july", D(2027, 7, 31)),
    ],
)
def test_a_window_of_whole_months_ends_with_its_last_month(said, day):
    typed = parse_answers({"deadline": said}, TODAY, strict=False)
    assert typed["deadline"] == day
