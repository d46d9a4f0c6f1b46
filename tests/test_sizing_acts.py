"""What a person notices about sizes and rhythms: a whole mock exam takes the exam's real
length, a one-off booking happens once, a daily habit is scheduled every day."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.language.act_sizes import exam_minutes, full_sitting
from assistant.planner import plan_goal

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, **answers: str):
    return plan_goal(ENGINE, goal, answers, SETTINGS, TODAY)


@pytest.mark.parametrize(
    "title",
    [
        "Work a full past final exam under timed conditions",
        "Sit the last full model exam under time, all 4 papers",
        "Work 1 past test paper under timed conditions",
        "Take a mock exam",
    ],
)
def test_every_wording_of_a_whole_exam_is_a_sitting(title):
    assert full_sitting(title)


@pytest.mark.parametrize(
    "title", ["Take a full test drive", "Write one timed exam writing task and have it corrected"]
)
def test_a_part_of_an_exam_or_a_test_drive_is_no_sitting(title):
    assert not full_sitting(title)


def test_a_language_certificate_has_its_written_papers_length():
    assert exam_minutes("learn german to b1 so i can apply for permanent residence") == 180


def test_a_full_model_exam_task_has_its_real_length_and_the_oral_stays_short():
    result = _plan(
        "learn German to B1 so I can apply for permanent residence. I'm about A2 I think",
        deadline="within a year",
        capacity="3-4 hours a week, maybe a course on Saturdays",
        baseline="A2 on paper from a VHS course 2 years ago, forgotten a lot",
        constraint="everyone at work speaks English, and I'm tired in the evenings",
    )
    tasks = result.plan.tasks()
    whole = [t for t in tasks if "all 4 papers" in t.title]
    assert whole and all(t.estimate_minutes >= 180 for t in whole)
    sections = [t.estimate_minutes for t in tasks if "section" in t.title]
    assert all(t.estimate_minutes > max(sections, default=0) for t in whole)
    oral = [t for t in tasks if "oral" in t.title]
    assert all(t.estimate_minutes <= 60 for t in oral)


def test_a_final_exam_practice_keeps_its_length_and_only_its_week_runs_over():
    result = _plan(
        "get my maths grade from a C to a B by the summer exams",
        deadline="mid June",
        capacity="2 hours a week",
    )
    finals = [t for t in result.plan.tasks() if "full past final exam" in t.title]
    assert finals and all(t.estimate_minutes >= 90 for t in finals)
    over = [f.message for f in result.findings if f.code == "plan.over_capacity"]
    exam_weeks = {str(t.due - dt.timedelta(days=t.due.weekday())) for t in finals}
    assert all(set(re.findall(r"\d{4}-\d\d-\d\d", m)) <= exam_weeks for m in over)


def test_a_daily_habit_with_little_time_is_still_scheduled_daily():
    result = _plan(
        "try to meditate 10 mins a day, my anxiety has been really bad since I started the new job",
        deadline="just ongoing",
        capacity="10-15 mins a day",
        baseline="tried headspace once for like 3 days",
        constraint="I lie in bed and think about emails, mornings are rushed",
    )
    sits = [t for t in result.plan.tasks() if t.title.startswith("Meditate") and t.recurrence]
    assert sits
    # after the first weeks' set-up, every milestone's sitting runs every day
    assert all(t.recurrence.sessions_per_week() >= 7 for t in sits[1:])


def test_a_task_for_every_shift_runs_on_every_workday():
    result = _plan(
        "As team lead I want my 6 person support team to get our average first response time "
        "under 4 hours by end of Q3. It's around 11 hours now and two of them are brand new"
    )
    triage = [t for t in result.plan.tasks() if "start of the shift" in t.title and t.recurrence]
    assert triage and all(t.recurrence.sessions_per_week() == 5 for t in triage)


def test_a_workday_task_with_no_room_names_the_days_it_has():
    result = _plan(
        "Try to walk 10k steps every day, my phone says im averaging about 4,000 at the moment",
        deadline="the next 2 months",
        capacity="45 mins a day on weekdays, more on weekends",
        baseline="4k average, some days only 1500 when I wfh",
        constraint="working from home, rain, I just forget to move",
    )
    for task in result.plan.tasks():
        if task.recurrence and task.recurrence.sessions_per_week() < 5:
            assert "on workdays" not in task.title, task.title


def test_a_one_off_request_to_the_billing_office_appears_once():
    result = _plan(
        "appeal my insurance company's denial of my MRI claim, they said it wasnt medically "
        "necessary. Bill is $2,300 and I can't pay that"
    )
    asks = [t for t in result.plan.tasks() if "billing office" in t.title]
    assert len(asks) == 1 and asks[0].recurrence is None


def test_a_pickup_date_message_is_sent_once():
    result = _plan(
        "Declutter the whole house room by room before we move in the spring. The garage is "
        "the worst, haven't seen the floor in years",
        deadline="end of March, the move is April 4",
        capacity="Saturdays, like 4 hours, and an hour some evenings",
        baseline="3 bed house, 15 years of stuff, garage is full",
        constraint="my husband won't throw anything out, and I get sentimental about the kids things",
    )
    messages = [t for t in result.plan.tasks() if "pickup date" in t.title]
    assert len(messages) == 1 and messages[0].recurrence is None
