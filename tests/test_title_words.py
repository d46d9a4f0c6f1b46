"""The person's words are never cut, doubled or mangled in the statement, titles or Why (R3):
a coordinated phrase kept whole ("HR or people operations"), an amount said once, one voice,
"I" capitalised, and a Why that is a reason, cut to its own clause (own paraphrases)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.second_part import joined
from assistant.engines.offline.title_words import _as_titled
from assistant.language.phrase_shape import whole_phrase
from assistant.language.title_faults import mended, title_faults, why_faults
from assistant.playbooks.whole_goal import as_action
from assistant.understanding.outcome import read_why, why_line

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _titles(plan) -> list[str]:
    return [plan.goal.statement] + [
        text for m in plan.milestones for text in (m.title, *(t.title for t in m.tasks))
    ]


@pytest.mark.parametrize(
    ("phrase", "after", "whole"),
    [
        ("hr or", " people operations role, i think", "hr or people operations"),
        ("nursing or", " midwifery by june", "nursing or midwifery"),
        ("sales and", " marketing, maybe", "sales and marketing"),
        ("finance or", "", "finance"),
        ("the kitchen and the", "", "the kitchen"),
    ],
)
def test_a_cut_phrase_is_made_whole(phrase, after, whole):
    assert whole_phrase(phrase, after) == whole


@pytest.mark.parametrize(
    ("goal", "field"),
    [
        (
            "I've driven forklifts for 12 years and want to move into an HR or people "
            "operations role, I'm 44 so retraining scares me",
            "HR or people operations",
        ),
        (
            "switch careers into nursing or midwifery, I work in a call centre now",
            "nursing or midwifery",
        ),
        (
            "I want to move into a UX or service design role within 18 months",
            "UX or service design",
        ),
    ],
)
def test_a_coordinated_field_is_named_whole_in_every_title(goal, field):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert field.lower() in plan.goal.statement.lower()
    for title in _titles(plan):
        assert not re.search(r"\s(?:or|and)(?:\s+by\s+\d|:|$)", title), title


@pytest.mark.parametrize(
    ("goal", "amount"),
    [
        (
            "I want to start a side hustle doing bookkeeping for small businesses and make an "
            "extra R5,000 a month, I'm a qualified bookkeeper but only ever worked in-house",
            "5,000",
        ),
        (
            "start a side business doing payroll for small firms and make an extra £900 a "
            "month, I've only ever done it for my employer",
            "900",
        ),
        (
            "I want to start freelancing as a copy editor on weekends and make an extra "
            "$1,200 a month",
            "1,200",
        ),
    ],
)
def test_the_goal_never_says_its_amount_twice(goal, amount):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.goal.statement.lower().count(amount) <= 1, plan.goal.statement
    assert "amount twice" not in title_faults(plan.goal.statement, statement=True)


@pytest.mark.parametrize(
    "goal",
    [
        "Repaint the living room and hall myself",
        "repaint the bedroom and the landing myself before spring",
        "Repaint the kitchen and dining room myself",
    ],
)
def test_the_statement_speaks_in_one_voice(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert "two voices" not in title_faults(plan.goal.statement, statement=True)
    assert not ("myself" in plan.goal.statement and "yourself" in plan.goal.statement)


@pytest.mark.parametrize(
    ("core", "why"),
    [
        (
            "start a herb garden on the balcony so we can cook with our own basil, i've "
            "never kept anything alive",
            "so we can cook with our own basil",
        ),
        (
            "get my credit score up so i can refinance the van, the rate is crippling us",
            "so i can refinance the van",
        ),
        (
            "learn to swim properly for my son's swimming gala, i've only ever doggy paddled",
            "for my son's swimming gala",
        ),
        (
            "renew my passport before our trip to spain on 3 may. it ran out last year",
            "before our trip to spain on 3 may",
        ),
    ],
)
def test_the_why_ends_with_its_own_clause(core, why):
    assert read_why(core) == why


@pytest.mark.parametrize(
    "core",
    [
        "retrain as a nurse, i'm 39 with a mortgage so i can't just stop working",
        "get fit again because the gym never works for me",
        "learn to cook because i hate takeaways but i'm too tired to cook after work",
    ],
)
def test_an_obstacle_is_never_the_why(core):
    assert read_why(core) is None


@pytest.mark.parametrize(
    ("why", "text", "line"),
    [
        (
            "so i can make a slideshow",
            "scan the photos so I can make a slideshow",
            "So I can make a slideshow.",
        ),
        (
            "before our trip to portugal in july",
            "before our trip to portugal in july",
            "Before our trip to Portugal in July.",
        ),
        ("for my dad's 70th", "learn it for my Dad's 70th", "For my dad's 70th."),
    ],
)
def test_the_why_is_shown_as_a_sentence(why, text, line):
    assert why_line(why, text) == line


def test_a_planned_why_is_a_clean_sentence():
    plan = ENGINE.draft(
        "I want a veg patch in the back garden so we can grow salad for the kids, i've killed "
        "every houseplant I owned",
        {},
        TODAY,
    )
    assert plan.goal.why == "So we can grow salad for the kids."
    assert not why_faults(plan.goal.why)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Land a first role in data or by 3 March 2027",
            "Land a first role in data by 3 March 2027",
        ),
        ("Message 2 people working in design and", "Message 2 people working in design"),
        ("Clear the garage and the: 4 stages", "Clear the garage: 4 stages"),
        ("Say what i can do in week 1", "Say what I can do in week 1"),
    ],
)
def test_a_title_left_open_or_lower_case_is_mended(text, fixed):
    assert mended(text) == fixed
    assert not title_faults(fixed)


def test_faults_are_named():
    assert title_faults("Earn $800 a month and make an extra $800 a month by 1 May 2027") == [
        "amount twice"
    ]
    assert title_faults("Fix my fence yourself: tested") == ["two voices"]
    assert why_faults("so i can't just quit") == ["why not a reason", "why lower-case"]
    assert why_faults("So I can cook with our own basil.") == []


@pytest.mark.parametrize(
    ("part", "action"),
    [
        ("cut down on fizzy drinks and 2 a week is fine", "cut down on fizzy drinks"),
        (
            "i keep forgetting and he's 90, visit my grandad twice a month",
            "visit my grandad twice a month",
        ),
        ("i eat a lot of bread and cheese", None),
        ("6 weeks", None),
        ("my knee and play tennis again", "play tennis again"),
    ],
)
def test_a_part_is_named_only_as_an_action(part, action):
    assert as_action(part) == action


@pytest.mark.parametrize(
    ("goal", "remark"),
    [
        (
            "Bring my cholesterol under 5 by my next check in 6 months. I eat a lot of cheese and crisps",
            "cheese",
        ),
        (
            "lower my blood pressure below 130/80 by summer. I drink a lot of coffee and energy drinks",
            "energy drinks",
        ),
        (
            "Lose 6 kg before my brother's wedding in May. Mostly eat out but lots of pizza and beer",
            "pizza",
        ),
    ],
)
def test_a_remark_about_the_person_is_never_pasted_into_the_statement(goal, remark):
    statement = ENGINE.draft(goal, {}, TODAY).goal.statement
    assert remark not in statement.lower(), statement
    assert "; also:" not in statement


@pytest.mark.parametrize(
    ("goal", "things"),
    [
        (
            "Stop spending so much on takeaways and uber eats, its like A$600 a month. want it under $150",
            "takeaways and uber eats",
        ),
        ("stop spending so much on takeout and amazon", "takeout and amazon"),
        ("Repaint the bathroom and landing myself", "the bathroom and landing"),
    ],
)
def test_the_two_things_they_named_stand_in_the_statement_once(goal, things):
    statement = ENGINE.draft(goal, {}, TODAY).goal.statement
    assert statement.lower().count(things.lower()) == 1, statement
    assert not title_faults(statement, statement=True), statement


@pytest.mark.parametrize(
    ("title", "titled"),
    [
        ("Make an extra r5,000 a month", "Make an extra R5,000 a month"),
        ("Save rs 800 a week", "Save Rs 800 a week"),
        ("enough german to get by at work", "enough German to get by at work"),
        ("Reach b2 in spanish", "Reach B2 in Spanish"),
        ("Polish the car", "Polish the car"),
    ],
)
def test_names_levels_and_currencies_are_written_as_a_coach_writes_them(title, titled):
    assert _as_titled(title) == titled


@pytest.mark.parametrize(
    ("statement", "part", "said"),
    [
        (
            "Cook at home 4 nights a week and eat more fruit by 3 May 2027",
            "drink less beer",
            "Cook at home 4 nights a week, eat more fruit and drink less beer by 3 May 2027",
        ),
        (
            "Lights out by 10:30 on 5 nights a week, 4 weeks in a row by 5 March 2027",
            "stop scrolling in bed and wake at 6:30",
            "Lights out by 10:30 on 5 nights a week, stop scrolling in bed and wake at 6:30, "
            "4 weeks in a row by 5 March 2027",
        ),
        (
            "In bed by 23:00 on 5 nights a week, 4 weeks in a row by 5 March 2027",
            "stop watching videos in bed",
            "In bed by 23:00 on 5 nights a week and stop watching videos, 4 weeks in a row by "
            "5 March 2027",
        ),
    ],
)
def test_a_joined_part_reads_as_one_list_of_actions(statement, part, said):
    assert joined(statement, part) == said


@pytest.mark.parametrize(
    "goal",
    [
        "Stop doomscrolling in bed and be asleep by 11:30 on work nights",
        "I want to eat more fruit and less takeaway, we order in 5 nights a week",
        "cook at home more and eat more veg and drink less wine",
    ],
)
def test_a_statement_never_stacks_and_after_and(goal):
    statement = ENGINE.draft(goal, {}, TODAY).goal.statement
    assert not re.search(r"\sand\s\w+(?:\s\w+){0,4}\sand\s(?:eat|be|drink|stop)\b", statement), (
        statement
    )


@pytest.mark.parametrize(
    "goal",
    [
        "learn enough Python to automate my monthly excel reports at work, I know zero coding. maybe 3 months",
        "learn enough Python to automate the weekly stock report at my job, no coding yet, about 6 weeks",
        "learn enough Python to automate our monthly invoices at work, total beginner, 2 months",
    ],
)
def test_a_span_of_time_is_never_named_as_a_part_of_the_goal(goal):
    statement = ENGINE.draft(goal, {}, TODAY).goal.statement
    assert not re.search(r"also: (?:maybe |about )?\d+ (?:weeks|months)", statement), statement


@pytest.mark.parametrize(
    ("core", "why"),
    [
        ("fix the back fence so the dog can't get out", "so the dog can't get out"),
        (
            "quit smoking because i can't climb the stairs without wheezing",
            "because i can't climb the stairs without wheezing",
        ),
        (
            "get fit because i can't keep up with my grandkids",
            "because i can't keep up with my grandkids",
        ),
    ],
)
def test_a_reason_that_names_a_problem_is_still_the_why(core, why):
    assert read_why(core) == why
