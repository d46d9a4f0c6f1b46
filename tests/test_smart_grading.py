"""Graded SMART scores order goals the way people judge them: each row says that the first goal
is more specific (or measurable, or time-bound) than the second."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.assess import assess_goal

TODAY = dt.date(2026, 11, 27)

SPECIFIC = [
    # each concrete detail adds, with no cap at the first one
    ("Run 3 km before work on Mon/Wed/Fri at the park with Sam by June", "Run 3 times a week"),
    ("Run 3 km on Mon/Wed/Fri", "Run 3 times a week"),
    ("Run 3 km before work on Mon/Wed/Fri", "Run 3 km on Mon/Wed/Fri"),
    ("Run 3 km before work on Mon/Wed/Fri at the park", "Run 3 km before work on Mon/Wed/Fri"),
    ("Run 3 times a week", "Run"),
    ("Run 5 km", "Get fitter"),
    ("Swim 1 km in the pool with my club every Tuesday", "Swim 1 km"),
    ("Swim 1 km", "Swim more"),
    ("Read 20 pages every night before bed", "Read 20 pages"),
    ("Read 20 pages", "Read more"),
    ("Read 12 books this year", "Read more books"),
    ("Meditate 10 minutes every morning", "Meditate"),
    ("Meditate daily", "Be calmer"),
    ("Walk 10,000 steps a day with my wife after dinner", "Walk 10,000 steps a day"),
    ("Walk 10,000 steps a day", "Walk more"),
    ("Save $500 a month through an automatic transfer on payday", "Save $500 a month"),
    ("Save $500 a month", "Save money"),
    ("Save $5,000 for a house deposit", "Save for a house"),
    ("Pay off the $4,000 credit card", "Get out of debt"),
    ("Lose 10 kg, from 90 to 80 kg", "Lose 10 kg"),
    ("Lose 10 kg", "Lose weight"),
    ("Lose weight", "Be healthier"),
    ("Cook dinner at home 5 nights a week", "Cook more"),
    ("Cook dinner at home 5 nights a week with the kids", "Cook dinner at home 5 nights a week"),
    ("Learn 300 Spanish words with Anki flashcards", "Learn Spanish"),
    ("Pass the B1 Spanish exam", "Learn Spanish"),
    ("Learn Spanish", "Get better at languages"),
    ("Write 500 words of my novel every morning", "Write my novel"),
    ("Write 500 words of my novel every morning", "Write more"),
    ("Publish my novel on Amazon", "Write more"),
    ("Get my driving licence", "Learn to drive better"),
    ("Get the denied claim approved in writing", "Deal with the insurance claim"),
    (
        "Get the denied eye-surgery claim approved in writing, through the insurer's internal "
        "appeal or an external review",
        "Get the claim approved",
    ),
    ("Practise piano 30 minutes a day", "Practise piano"),
    ("Practise piano 30 minutes a day", "Get better at piano"),
    ("Play the Moonlight Sonata first movement at the recital", "Improve my piano"),
    ("Do 50 push-ups in a row", "Get stronger"),
    ("Do 50 push-ups in a row, up from 12 today", "Do 50 push-ups in a row"),
    ("Go to the gym 4 times a week for an hour", "Go to the gym"),
    ("Go to the gym 4 times a week for an hour before work", "Go to the gym 4 times a week"),
    ("Send 20 job applications for product manager roles", "Find a new job"),
    ("Find a new job", "Be happier at work"),
    ("Call my parents every Sunday evening", "Call my parents more"),
    ("Call my parents every Sunday", "Stay in touch with family"),
    ("Sleep 7 hours a night, in bed by 11pm", "Sleep better"),
    ("Sleep 7 hours a night", "Sleep better"),
    ("Launch the online course with 50 paying students", "Launch a course"),
    ("Launch a course", "Work on my business"),
    ("Get 10 paying customers for the app", "Grow the business"),
    ("Declutter the garage", "Be more organised"),
    ("Run a half marathon", "Run more"),
    ("Run the Riverside half marathon in under 2 hours", "Run a half marathon"),
    ("Draw one sketch every day in my notebook", "Draw more"),
    ("Volunteer 4 hours a month at the food bank", "Give back more"),
    ("Volunteer 4 hours a month at the food bank", "Volunteer 4 hours a month"),
    ("Drink 2 litres of water a day", "Drink more water"),
    ("Quit smoking", "Be healthier"),
    ("Stop drinking on weeknights", "Drink less"),
    ("Ship 3 Python projects to GitHub", "Learn to code"),
    ("Have a date night with my husband twice a month", "Spend more time with my husband"),
]

MEASURABLE = [
    ("Lose 10 kg, from 90 to 80 kg", "Lose 10 kg"),
    ("Lose 10 kg", "Lose 10"),
    ("Save $5,000, up from $1,200 today", "Save $5,000"),
    ("Run 5 km", "Run 5 times"),
    ("Read 12 books", "Read 12"),
    ("Read 12", "Finish my reading list"),
    ("Get the denied claim approved in writing", "Deal with the claim"),
    ("Pass the driving test", "Get more confident driving"),
    ("Pass the driving test", "Drive better"),
    ("Get promoted to senior engineer", "Do better at work"),
    ("Meditate 3 times a week", "Meditate more"),
    ("Grow revenue 20%", "Grow revenue"),
    ("Double my savings", "Save more"),
    ("Run 5 km in under 30 minutes", "Run faster"),
    ("Hold a plank for 2 minutes", "Get a stronger core"),
    ("Eat more vegetables", "Be healthy"),
    ("Walk 10,000 steps a day, up from 3,000", "Walk 10,000 steps a day"),
    ("Write 50,000 words", "Write a lot"),
    ("Cut screen time to 2 hours a day", "Use my phone less"),
    ("Publish my app", "Make progress on my app"),
]

TIME_BOUND = [
    ("Run 5 km by 30 June 2027", "Run 5 km someday"),
    ("Run 5 km over the next three months", "Run 5 km"),
    ("Run 5 km by the end of summer", "Run 5 km eventually"),
    ("Meditate daily for the rest of the year", "Meditate"),
    ("Pass calculus this semester", "Pass calculus"),
    ("Run a 10k before my birthday", "Run a 10k"),
    ("Save $500 in 2 mo", "Save $500"),
    ("Save $500 in 2 mo", "Save $500 soon"),
    ("Finish the quilt by Christmas", "Finish the quilt one day"),
    ("Lose 5 kg by my wedding in June", "Lose 5 kg"),
    ("Read 3 books this month", "Read 3 books"),
    ("Ship the app in Q2", "Ship the app when I have time"),
    ("Clear the garage before winter", "Clear the garage"),
    ("Get my licence within 12 weeks", "Get my licence at some point"),
    ("Write the thesis by 2027-04-30", "Write the thesis"),
    ("Run 5 km by 30 June 2027", "Run 3 times a week"),
]

ROWS = (
    [(a, b, "specific") for a, b in SPECIFIC]
    + [(a, b, "measurable") for a, b in MEASURABLE]
    + [(a, b, "time_bound") for a, b in TIME_BOUND]
)


def test_the_table_is_big_enough():
    assert len(ROWS) >= 80


@pytest.mark.parametrize(
    ("more", "less", "criterion"), ROWS, ids=[f"{c}:{a[:40]}" for a, b, c in ROWS]
)
def test_graded_scores_order_goals_as_people_do(more, less, criterion):
    high = assess_goal(more, TODAY)[criterion]
    low = assess_goal(less, TODAY)[criterion]
    assert high["score"] > low["score"], (high, low)


@pytest.mark.parametrize(
    "goal",
    [
        "Get the denied eye-surgery claim approved in writing, through the insurer's internal "
        "appeal or an external review, by 2027-04-30",
        "Get my passport renewed",
        "Get the kitchen extension signed off by the council",
    ],
)
def test_a_done_or_not_outcome_is_specific_and_measurable(goal):
    result = assess_goal(goal, TODAY)
    assert result["specific"]["passed"] and result["measurable"]["passed"], result


@pytest.mark.parametrize(
    "phrase",
    [
        "over the next three months",
        "by the end of summer",
        "for the rest of the year",
        "this semester",
        "before my birthday",
        "in 2 mo",
    ],
)
def test_horizons_people_write_are_time_bound(phrase):
    assert assess_goal(f"Swim 1 km {phrase}", TODAY)["time_bound"]["passed"] is True


def test_the_specific_reason_names_the_details_that_drove_it():
    reason = assess_goal("Run 3 km before work on Mon/Wed/Fri at the park", TODAY)["specific"]
    assert "days 'mon/wed/fri'" in reason["reason"] and "place 'at the park'" in reason["reason"]


TASK_SIZES = [
    # (names more work, names less work)
    ("Implement billing end to end", "Fix typo in the billing page"),
    ("Migrate the database to Postgres", "Fix typo in the README"),
    ("Redesign the whole system architecture", "Redesign the settings page"),
    ("Rewrite the importer from scratch", "Rename the importer flag"),
    ("Migrate the database to Postgres", "Write the intro"),
    ("Write the intro", "Reply to the landlord's email"),
    ("Build the payments integration", "Check the payments log"),
]


@pytest.mark.parametrize(("bigger", "smaller"), TASK_SIZES, ids=[b[:30] for b, _ in TASK_SIZES])
def test_task_size_score_falls_as_the_named_work_grows(bigger, smaller):
    from assistant.config import Settings
    from assistant.validators.task_size import TaskFacts, assess_task

    big = assess_task(TaskFacts(bigger), Settings(_env_file=None))
    small = assess_task(TaskFacts(smaller), Settings(_env_file=None))
    assert big["size_score"] < small["size_score"], (big, small)
    assert big["size_words"] or small["size_words"]  # the words that drove it are reported
