"""Calendar sense (data/seasons.toml): seasonal steps keep to their months, milestones that need
other people are not due over Christmas and New Year, a whole job is one sitting of its real
length (paraphrases written here, not copied from the rounds)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.calendar_sense import keep_calendar
from assistant.language.seasons import calendar, load_calendar, season_of, sitting_minutes
from assistant.models import Plan
from tests.plans import good_plan_data


def _plan(title: str, minutes: int = 30, weekly: bool = True, last: str = "2027-05-30") -> Plan:
    """The good plan running to ``last``, its second milestone's practice retitled."""
    data = good_plan_data()
    data["milestones"][-1]["deadline"] = last
    data["goal"]["deadline"] = last
    task = data["milestones"][1]["tasks"][1]
    task.update(title=title, estimate_minutes=minutes)
    if not weekly:
        task["recurrence"] = None
    return Plan.model_validate(data)


def _where(plan: Plan, title_start: str) -> list[tuple[str, dt.date, dt.date]]:
    return [
        (m.title, t.start or plan.start_date, t.due)
        for m in plan.milestones
        for t in m.tasks
        if t.title.startswith(title_start)
    ]


# --- seasons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Spend 45 minutes watering and deadheading the borders",
        "Water the veg beds deeply at dusk",
        "Direct-sow carrots and beetroot in the raised bed",
        "Mulch the fruit bushes to hold moisture through the dry spell",
        "Stain the garden fence panels on a dry day",
    ],
)
def test_an_outdoor_step_in_winter_moves_into_its_months(title: str) -> None:
    plan = keep_calendar(_plan(title))  # booked 14 Dec - 10 Jan
    found = season_of(title)
    assert found is not None
    places = _where(plan, title)
    assert places, "the step stays in a plan that reaches its season"
    for _, start, due in places:
        assert start <= due
        assert any(
            (start + dt.timedelta(days=d)).month in found[1] for d in range((due - start).days + 1)
        )


@pytest.mark.parametrize(
    "title",
    [
        "Spend 1 hour watering the allotment",
        "Sow lettuce and radish straight into the ground",
        "Paint the shed with two coats of wood treatment",
    ],
)
def test_a_plan_ending_before_the_season_leaves_the_step_out(title: str) -> None:
    plan = keep_calendar(_plan(title, last="2027-02-28"))
    assert not _where(plan, title)
    assert all(m.tasks for m in plan.milestones)


@pytest.mark.parametrize(
    "title",
    [
        "Sow basil on the kitchen windowsill",
        "Water the houseplants on Sunday morning",
        "Plan next week's watering from the forecast",
        "Do 10 minutes of water confidence in the shallow end",
    ],
)
def test_indoor_or_any_time_acts_keep_no_season(title: str) -> None:
    assert season_of(title) is None
    plan = keep_calendar(_plan(title))
    assert _where(plan, title) == _where(_plan(title), title)


def test_the_southern_hemisphere_has_its_summer_in_december() -> None:
    north = season_of("Water the tomato pots every evening")
    south = season_of("Water the tomato pots every evening", "australia")
    assert north and south
    assert 12 in south[1] and 12 not in north[1] and 7 in north[1] and 7 not in south[1]


# --- people away at Christmas ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "due", "moved_to"),
    [
        ("3 interviews done for a data analyst post", "2027-01-01", "2027-01-04"),
        ("Two builder's quotes in hand for the loft conversion", "2026-12-28", "2027-01-04"),
        ("Second viewing of the flat on Elm Road held", "2026-12-22", "2027-01-04"),
    ],
)
def test_a_milestone_needing_people_is_not_due_over_christmas(
    title: str, due: str, moved_to: str
) -> None:
    data = good_plan_data()
    data["milestones"][0]["deadline"] = "2026-12-13"
    data["milestones"][1].update(title=title, deadline=due)
    for t in data["milestones"][1]["tasks"]:
        t["due"] = due
    plan = keep_calendar(Plan.model_validate(data))
    m = plan.milestones[1]
    assert m.deadline == dt.date.fromisoformat(moved_to)
    assert all(t.due <= m.deadline for t in m.tasks)


def test_a_milestone_of_ones_own_work_keeps_its_christmas_date() -> None:
    data = good_plan_data()
    data["milestones"][1].update(title="Draft of chapter 3 written", deadline="2026-12-29")
    for t in data["milestones"][1]["tasks"]:
        t["due"] = "2026-12-29"
    plan = keep_calendar(Plan.model_validate(data))
    assert plan.milestones[1].deadline == dt.date(2026, 12, 29)


# --- whole jobs in one sitting -------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Paint the spare bedroom ceiling with the roller on a pole",
        "Repaint the hallway walls, two coats",
        "Clear the brambles along the back fence",
        "Deep-clean the kitchen, oven and fridge included",
        "Replace the broken fence panel by the gate",
    ],
)
def test_a_whole_job_sliced_weekly_becomes_one_sitting_on_a_saturday(title: str) -> None:
    plan = keep_calendar(_plan(title, minutes=20))
    job = sitting_minutes(title)
    assert job is not None
    [task] = [t for t in plan.tasks() if t.title.startswith(title)]
    assert task.recurrence is None
    assert task.estimate_minutes == job.minutes
    assert task.due.weekday() == 5 and task.start == task.due
    assert "sitting" in task.title


def test_a_long_block_of_a_whole_job_is_left_as_booked() -> None:
    plan = keep_calendar(_plan("Paint the living room walls: cut in and roll", minutes=120))
    [task] = [t for t in plan.tasks() if t.title.startswith("Paint the living room")]
    assert task.recurrence is not None and task.estimate_minutes == 120


def test_the_pass_runs_twice_to_the_same_plan() -> None:
    once = keep_calendar(_plan("Clear the overgrown borders by the shed", minutes=15))
    twice = keep_calendar(once)
    assert once.model_dump() == twice.model_dump()


def test_the_shipped_calendar_loads_and_a_bad_one_is_named() -> None:
    assert calendar().season and calendar().quiet and calendar().sitting
    from assistant.errors import InputError

    with pytest.raises(InputError):
        load_calendar('[[season]]\nkind = "x"\ntitle = "("\nmonths = [4]\n')
    with pytest.raises(InputError):
        load_calendar('[[season]]\nkind = "x"\ntitle = "sow"\nmonths = [13]\n')


# --- two seasons said together -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "by"),
    [
        ("spring/summer", "2027-05-31"),
        ("by spring or early summer", "2027-05-31"),
        ("sometime in spring or summer", "2027-08-31"),
        ("spring-summer hopefully", "2027-05-31"),
        ("late spring", "2027-05-31"),
    ],
)
def test_two_seasons_reach_to_the_later_one(said: str, by: str) -> None:
    from assistant.understanding.answers import parse_answers

    read = parse_answers({"deadline": said}, dt.date(2026, 11, 27))
    assert read["deadline"] == dt.date.fromisoformat(by)


def test_one_season_keeps_its_reading() -> None:
    from assistant.language.horizons import resolve_deadline

    today = dt.date(2026, 11, 27)
    assert resolve_deadline("by spring", today) == dt.date(2027, 2, 28)
    assert resolve_deadline("by summer", today) == dt.date(2027, 5, 31)


# --- a choice before the job -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "job"),
    [
        ("Try 3 tester pots on the bedroom wall", "Paint the bedroom walls, first coat"),
        ("Pick the colours from the swatch card in daylight", "Repaint the landing and stairs"),
        ("Get 3 quotes for the new boiler", "Book the plumber who gave the best quote"),
    ],
)
def test_a_choice_is_due_before_the_job_that_waits_for_it(choice: str, job: str) -> None:
    data = good_plan_data()
    tasks = data["milestones"][1]["tasks"]
    tasks[0].update(title=choice, start="2026-12-14", due="2027-01-08", recurrence=None)
    tasks[1].update(title=job, start="2026-12-15", estimate_minutes=90)
    plan = keep_calendar(Plan.model_validate(data))
    [c] = [t for t in plan.tasks() if t.title == choice]
    [j] = [t for t in plan.tasks() if t.title.startswith(job)]
    assert c.due < (j.start or plan.start_date)
    assert c.start is None or c.start <= c.due


def test_a_choice_already_made_in_time_is_left_alone() -> None:
    data = good_plan_data()
    tasks = data["milestones"][1]["tasks"]
    tasks[0].update(title="Test 2 sample pots in the hall", start="2026-12-14", due="2026-12-16")
    tasks[0]["recurrence"] = None
    tasks[1].update(title="Paint the hall walls", start="2026-12-20", estimate_minutes=90)
    plan = keep_calendar(Plan.model_validate(data))
    assert plan.task(tasks[0]["id"]).due == dt.date(2026, 12, 16)


@pytest.mark.parametrize(
    ("said", "weekday"),
    [("about 3 hours on sundays", 6), ("saturday mornings", 5), ("tue and thu evenings", 5)],
)
def test_a_whole_job_goes_on_the_long_day_they_named(said: str, weekday: int) -> None:
    from assistant.engines.offline.calendar_sense import long_day
    from assistant.understanding.capacity import free_days

    day = long_day(free_days(said))
    assert day == weekday
    plan = keep_calendar(_plan("Paint the box room ceiling", minutes=20), None, day)
    [task] = [t for t in plan.tasks() if t.title.startswith("Paint the box room")]
    assert task.due.weekday() == weekday
