"""Rules that hold a plan to the person's own words: a neighbouring goal, placeholder milestones,
boilerplate attacks on their obstacle, and a streak longer than its window. Each fires on its
planted case and stays silent on the good plan and on faithful rewordings."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.models import Metric
from assistant.validators import CATALOG, subject, validate_plan
from assistant.validators.capacity import stated_hours_per_week
from tests.plans import TODAY, asked_in, good_plan, rule_findings

SETTINGS = Settings(_env_file=None)
PERSON_CODES = {
    "goal.off_subject",
    "milestone.placeholder",
    "constraint.generic_attack",
    "milestone.streak_too_long",
    "goal.baseline_ignored",
    "plan.capacity_ignored",
    "goal.deadline_from_past",
}


def test_every_person_code_is_a_catalogued_warning():
    assert all(CATALOG[code][0] == "warning" for code in PERSON_CODES)


def test_the_good_plan_with_the_persons_words_draws_none_of_them():
    plan = asked_in("run the riverside half marathon", constraint="work runs late most weeks")
    assert [f.code for f in validate_plan(plan, SETTINGS, TODAY) if f.code in PERSON_CODES] == []


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("run the riverside half marathon", False),
        ("I want to finish my first half marathon in February", False),
        ("get from 3 km to a 21 km race this winter", False),
        ("get fit", False),  # too few words to tell a neighbour from a sharpening
        # the ask kept, however long the story after it
        (
            "run the riverside half, my sister ran it last year with her colleagues from the "
            "hospital and our mother keeps asking when I will finally join them",
            False,
        ),
        ("get my anxiety to where I can drive on the highway again", True),
        ("organize the pantry and the fridge and keep it that way", True),
        ("get a job in tech, I'm a teacher and burned out", True),
    ],
)
def test_a_plan_for_a_neighbouring_goal_is_off_the_subject(said, fires):
    found = rule_findings(asked_in(said), "goal.off_subject")
    assert bool(found) == fires
    if fires:
        assert found[0].path == "goal.statement" and said[:30] in found[0].message


@pytest.mark.parametrize(
    ("statement", "fires"),
    [
        ("Work out 3 times a week, week after week by 19 February 2027", False),
        ("Go on 3 times a week by 19 February 2027", True),  # the rhythm kept, the activity lost
    ],
)
def test_a_goal_that_keeps_the_stated_rhythm_is_on_the_subject(statement, fires):
    plan = asked_in(
        "try to get back to the gym 3 times a week, I had a membership for a year and went "
        "maybe 6 times and felt like a fraud"
    )
    plan.goal.statement = statement
    assert bool(rule_findings(plan, "goal.off_subject")) == fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        # the ask is kept; the story after it only dilutes the meaning of the whole text
        (
            "make a budget and actually keep to it, my sister set one up for me last year and "
            "I ignored it after a month",
            False,
        ),
        ("get a job in tech, I'm a teacher and burned out", True),  # a neighbour stays one
    ],
)
def test_a_long_story_after_the_ask_does_not_hide_it(said, fires):
    plan = asked_in(said)
    plan.goal.statement = "Log every purchase and spend within budget for 12 weeks in a row"
    plan.goal.metric = Metric(name="weeks within budget", target=12, unit="weeks")
    for m in plan.milestones:
        m.title = f"Every purchase logged for {m.metric.target:g} weeks"
    assert bool(rule_findings(plan, "goal.off_subject")) == fires


def test_without_the_embedding_model_the_subject_rule_stays_silent(monkeypatch):
    monkeypatch.setattr(subject, "similarity", lambda a, b: None)
    plan = asked_in("get my anxiety to where I can drive on the highway again")
    assert rule_findings(plan, "goal.off_subject") == []


def test_stage_placeholders_are_not_milestones():
    plan = good_plan()
    for i, m in enumerate(plan.milestones, 1):
        m.title = f"Stage {i} of your 4 stages done"
        m.metric = Metric(name="your stages done", target=i, unit="stages")
    found = rule_findings(plan, "milestone.placeholder")
    assert len(found) == 1 and found[0].path == "milestones[0]"
    assert "4 of 4 milestones" in found[0].message

    for i, m in enumerate(plan.milestones, 1):  # stages that name their result are fine
        m.title = f"Phase {i}: a {5 * i} km run done without stopping"
    assert rule_findings(plan, "milestone.placeholder") == []


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("List 3 ways around the main constraint on 1 page", True),
        ("Write the 10-minute fallback session for days when plans slip", True),
        ("Block three run slots in the calendar for next week", False),  # the plan's own work
        ("Ask my partner to take the kids on Tuesday evenings", False),  # the obstacle
    ],
)
def test_an_attack_that_names_nothing_of_the_obstacle_is_boilerplate(title, fires):
    plan = asked_in(
        "run the riverside half marathon", constraint="no childcare on weekday evenings"
    )
    plan.milestones[0].tasks[1].title = title  # t2 attacks the constraint
    found = rule_findings(plan, "constraint.generic_attack")
    assert bool(found) == fires
    if fires:
        assert found[0].path == "milestones[0].tasks[1]" and "no childcare" in found[0].message


def test_an_attack_close_in_meaning_to_the_obstacle_is_not_boilerplate():
    plan = asked_in("save 5k by summer", constraint="impulse online shopping")
    plan.milestones[0].tasks[1].title = "Go through the 48-hour list and buy at most 1 thing"
    assert rule_findings(plan, "constraint.generic_attack") == []


def test_an_attack_naming_the_obstacle_in_a_hyphenated_word_is_not_boilerplate():
    plan = asked_in("read the whole quran this year", constraint="once I fall behind I give up")
    plan.milestones[0].tasks[1].title = "Write a fall-behind rule: a missed day is crossed off"
    assert rule_findings(plan, "constraint.generic_attack") == []


def test_no_stated_obstacle_no_boilerplate_finding():
    plan = asked_in("run the riverside half marathon")
    plan.milestones[0].tasks[1].title = "List 3 ways around the main constraint on 1 page"
    assert rule_findings(plan, "constraint.generic_attack") == []


@pytest.mark.parametrize(
    ("target", "unit", "baseline", "fires"),
    [
        (30, "days", None, True),  # 30 days in a row, 21 days from the start to the milestone
        (14, "days", None, False),
        (30, "days", 20, False),  # a run already 20 days long needs 10 more
        (4, "weeks", None, True),  # 4 weeks in a row cannot end inside 3 weeks
        (3, "weeks", None, False),
    ],
)
def test_a_streak_longer_than_its_window(target, unit, baseline, fires):
    plan = good_plan()
    m = plan.milestones[0]  # start 2026-11-23, due 2026-12-13: 21 days
    m.title = f"Run every day for {target} {unit} in a row"
    m.metric = Metric(
        name=f"{unit} in a row with a run", target=target, unit=unit, baseline=baseline
    )
    found = rule_findings(plan, "milestone.streak_too_long")
    assert bool(found) == fires
    if fires:
        assert found[0].path == "milestones[0].metric" and "21 days" in found[0].message
    assert m.deadline - plan.start_date == dt.timedelta(days=20)


@pytest.mark.parametrize(
    ("baseline_said", "plan_baseline", "fires"),
    [
        ("can run about 4 km", None, True),  # the plan starts from zero
        ("can run about 4 km", 4, False),  # kept as the metric's starting point
        ("can run 5 km already", None, False),  # used: the first milestone is 5 km
        ("not much, I get out of breath", None, False),  # no number to keep
        ("ran my last race in 2019", None, False),  # a year is a date, not a level
        ("been jogging on and off for 2.5 years", None, False),  # how long, not a level
        ("running for about 6 months, nothing long", None, False),
        ("over 3 years of parkruns but never timed", None, False),
        ("0 lol", None, False),
        # time since they last ran: the start is zero (a browser tour's false warning)
        ("haven't run since my son was born, so about 18 months", None, False),
        ("stopped 3 years ago when I moved", None, False),
        ("not since uni, maybe 10 years", None, False),
    ],
)
def test_a_starting_point_given_in_numbers_is_kept(baseline_said, plan_baseline, fires):
    plan = asked_in("run the riverside half marathon", baseline=baseline_said)
    plan.goal.metric.baseline = plan_baseline
    found = rule_findings(plan, "goal.baseline_ignored")
    assert bool(found) == fires
    if fires:
        assert found[0].path == "goal.metric.baseline" and baseline_said in found[0].message


def test_the_deadline_date_does_not_count_as_a_kept_number():
    plan = asked_in("work up to running 5 km without stopping, right now 1 km is hard")
    plan.goal.statement = "Run 1 km without stopping by 5 February 2027"
    plan.goal.metric = Metric(name="longest continuous run", target=1, unit="km")
    found = rule_findings(plan, "goal.drift")
    assert found and "'5 km'" in found[0].message
    plan.goal.statement = "Run 5 km without stopping by 5 February 2027"
    plan.goal.metric = Metric(name="longest continuous run", target=5, unit="km", baseline=1)
    assert rule_findings(plan, "goal.drift") == []


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("6 hrs a day, graduated", 30),  # a day counts 5 days a week
        ("30 hrs a week, still consulting", 30),
        ("evenings 2 hrs", 10),
        ("an hour a night", 5),
        ("3x a week, 30 min", 1.5),
        ("4 days a week, 75 min", 5),
        ("8-10 hours a week", 8),  # the lower end of a range
        ("not a lot", None),
        ("weekends", None),
    ],
)
def test_the_weekly_time_a_capacity_answer_states(said, hours):
    assert stated_hours_per_week(said) == hours


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("6 hrs a day, I just graduated", True),  # 30 h a week, the plan's busiest week ~3 h
        ("25 hours a week", True),
        ("about 4 hours a week", False),  # the plan uses most of it
        ("whatever it takes", False),  # no number to hold the plan to
    ],
)
def test_a_plan_far_below_the_stated_time_ignores_it(said, fires):
    found = rule_findings(
        asked_in("run the riverside half marathon", capacity=said), "plan.capacity_ignored"
    )
    assert bool(found) == fires
    if fires:
        assert found[0].path == "capacity_hours_per_week" and said[:20] in found[0].message


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("quit weed, I've smoked every night for 6 years", True),
        ("get back in shape after 2 years of long covid", True),
        ("I quit smoking 2 years ago and want to run again", True),
        ("pay off the loan in the next 2 years", False),  # a horizon, not the past
        ("run a half marathon within 2 years", False),
        ("I've run for 3 years, now a half marathon", False),  # 3 years is not the plan's span
    ],
)
def test_a_deadline_read_from_how_long_something_lasted(said, fires):
    plan = asked_in(said)
    plan.goal.deadline = dt.date(2028, 11, 22)  # 2 years after the start (2026-11-23)
    if "6 years" in said:
        plan.goal.deadline = dt.date(2032, 11, 22)
    found = rule_findings(plan, "goal.deadline_from_past")
    assert bool(found) == fires
    if fires:
        assert found[0].path == "goal.deadline" and "years away" in found[0].message


def test_a_weekly_average_does_not_keep_a_stated_rate():
    plan = asked_in("I want to lose 2 pounds a week consistently for the next 6 months")
    plan.goal.statement = "Lose 5 kg of body weight on the weekly average by 27 May 2027"
    plan.goal.metric = Metric(name="weight lost (weekly average)", target=2, unit="lb")
    assert any("rate" in f.message for f in rule_findings(plan, "goal.drift"))
    plan.goal.statement = "Lose 2 lb a week on the weekly average, 26 weeks in a row"
    assert rule_findings(plan, "goal.drift") == []


def test_a_run_stated_in_the_title_counts_whatever_the_metric():
    plan = good_plan()
    m = plan.milestones[0]  # 21 days from the start
    m.title = "Fruit and vegetables at 2 meals a day for 4 weeks in a row"
    m.metric = Metric(name="meals with vegetables", target=2, unit="meals")
    assert rule_findings(plan, "milestone.streak_too_long")
    m.title = "Fruit and vegetables at 2 meals a day for 2 weeks in a row"
    assert rule_findings(plan, "milestone.streak_too_long") == []


@pytest.mark.parametrize(
    ("said", "statement", "fires"),
    [
        ("do yoga every morning", "Complete 36 sessions of yoga by 27 February 2027", True),
        ("do yoga every morning", "Do yoga every morning, 8 weeks in a row", False),
        ("do yoga every morning", "Do yoga 7 days a week by 27 February 2027", False),
        ("practise piano daily", "Practise piano daily for 30 days in a row", False),
    ],
)
def test_a_daily_habit_is_a_rate_the_goal_keeps(said, statement, fires):
    plan = asked_in(said)
    plan.goal.statement = statement
    assert any("rate" in f.message for f in rule_findings(plan, "goal.drift")) == fires


@pytest.mark.parametrize(
    ("done_when", "vague"),
    [("Clothes, bag and breakfast ready before you go to bed", False),
     ("Kit laid out ready by the front door", False),
     ("Your own things ready before waking your child", False),
     ("You feel ready for the exam", True),
     ("Ready to start next week", True),
     ("I'm ready", True)],
)  # fmt: skip
def test_things_ready_can_be_seen_a_person_ready_cannot(done_when, vague):
    plan = good_plan()
    plan.milestones[0].tasks[0].done_when = done_when
    assert bool(rule_findings(plan, "task.done_when_vague")) is vague


@pytest.mark.parametrize(
    ("title", "compound"),
    [("Tread water beside the rail for 10 seconds, then 30", False),
     ("Hold a side plank for 20 seconds, then 40 on the other side", False),
     ("Write the cover letter then send it to 3 firms", True)],
)  # fmt: skip
def test_a_drill_that_then_lengthens_is_one_action(title, compound):
    plan = good_plan()
    plan.milestones[0].tasks[0].title = title
    assert bool(rule_findings(plan, "task.compound")) is compound
