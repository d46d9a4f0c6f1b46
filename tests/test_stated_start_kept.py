"""The plan climbs from the level the person states to the target they state, in the field's
own unit, and never plans again what they say is done, booked, owned or paid."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan
from assistant.planner import plan_goal
from evals.answers_contradicted import contradictions

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


def test_a_time_target_with_a_stated_last_time_climbs_a_ladder_of_times() -> None:
    plan = _plan(
        "run a 10k under 55 minutes",
        deadline="in april",
        capacity="3 runs a week, 40 min each",
        baseline="did one in 61:30 last month",
    )
    titles = [m.title for m in plan.milestones]
    assert not any("without stopping" in t for t in titles)
    assert titles[0].startswith("Run 10 km in ")
    assert "under 55:00" in titles[-1]
    times = [m.metric.target for m in plan.milestones]
    assert all(m.metric.unit == "minutes" for m in plan.milestones)
    assert 55 < times[0] < 61.5 and times == sorted(times, reverse=True) and times[-1] == 55
    tasks = [t.title for t in plan.tasks()]
    assert any(t.startswith("Run 10 km as a timed test, aiming at") for t in tasks)
    assert not any(t.startswith("Run-walk") for t in tasks)  # they run the race already
    assert any(t.startswith("Run intervals at goal pace") and "5:30 per km" in t for t in tasks)


def test_a_time_target_without_a_time_done_keeps_the_distance_ladder() -> None:
    plan = _plan("run a 5k under 30 minutes", baseline="can jog 2 km", deadline="by june")
    assert plan.milestones[0].metric.unit == "km"
    assert plan.milestones[-1].title.endswith("in under 30:00")


def test_an_old_race_time_with_a_shorter_longest_run_climbs_in_distance_first() -> None:
    plan = _plan(
        "run a half marathon under 2 hours this fall. Ran one in 2:14 two years ago",
        deadline="race is sept 21",
        baseline="longest run lately is 8k",
    )
    *building, race = plan.milestones  # distance first, then the finish time itself
    distances = [m.metric.target for m in building if m.metric.unit == "km"]
    assert len(distances) == len(building) and distances[0] > 8
    assert race.title.endswith("in under 2:00:00") and race.metric.unit == "minutes"


def test_a_count_with_a_stated_start_climbs_from_it_to_the_stated_count() -> None:
    plan = _plan(
        "I can do 3 pull ups right now and I want 12 strict ones",
        deadline="in 4 months",
        baseline="3 strict from a dead hang",
    )
    metric = plan.goal.metric
    assert (metric.baseline, metric.target) == (3, 12)
    counted = [m.metric.target for m in plan.milestones]
    assert 3 < counted[0] < counted[1] < counted[2] < 12 == counted[-1]


def test_a_health_marker_keeps_the_stated_result_and_target() -> None:
    plan = _plan(
        "My A1C was 6.1 at my checkup and the doctor wants it under 5.7 before my next bloodwork",
        deadline="march 20",
        baseline="6.1, about 30 lbs overweight",
    )
    metric = plan.goal.metric
    assert (metric.baseline, metric.target, metric.unit) == (6.1, 5.7, "%")
    assert "below 5.7%" in plan.goal.statement and "below 7%" not in plan.goal.statement
    assert "5.7" in plan.milestones[-1].title


def test_cholesterol_keeps_the_stated_target_in_its_unit() -> None:
    plan = _plan("get my LDL under 130 by march", baseline="LDL 172 at my last physical")
    assert (plan.goal.metric.target, plan.goal.metric.unit) == (130, "mg/dL")


def test_money_already_paid_leaves_only_what_remains_to_plan() -> None:
    plan = _plan(
        "I've paid off 18k of my 25k student loans already and want to knock out the last 7k",
        deadline="in 12 months",
        baseline="7,020 left, paying about $600/month now",
    )
    assert plan.goal.metric.target == 7020
    assert all(m.metric.target <= 7020 for m in plan.milestones)


def test_money_already_saved_is_the_start() -> None:
    plan = _plan(
        "Save 3 lakh rupees for my daughter's school admission fees before next June",
        baseline="1.1 lakh saved in FD already, salary 65k per month",
    )
    assert plan.goal.metric.baseline == 110_000
    assert plan.milestones[0].metric.target > 110_000


def test_a_step_said_done_is_a_fact_and_the_next_step_follows() -> None:
    plan = _plan(
        "Finish the quilt for my granddaughter's birthday, I still need to sandwich it, quilt "
        "it and bind it",
        deadline="march 15",
        baseline="top finished (twin size), backing fabric bought, no batting yet",
    )
    titles = [m.title.lower() for m in plan.milestones]
    assert not any("pieced" in t or "top assembled" in t for t in titles)
    assert "sandwich" in titles[0]
    assert not any(t.title.lower().startswith("buy backing") for t in plan.tasks())


def test_a_booked_test_is_not_booked_again() -> None:
    plan = _plan(
        "get IELTS 7.5 overall with no band below 7",
        deadline="booked the test for 12 October",
        baseline="6.5 overall: L7 R7 W6 S6.5",
    )
    assert plan.goal.metric.target == 7.5
    assert not any(t.title.lower().startswith(("book", "register")) for t in plan.tasks())


def test_a_whole_restated_with_nothing_done_is_the_target_from_zero() -> None:
    plan = _plan(
        "Digitise the 12 boxes of my dad's photos before his birthday",
        deadline="november 9",
        baseline="12 boxes, maybe 3000 items? Nothing scanned yet",
    )
    assert (plan.goal.metric.target, plan.milestones[-1].metric.target) == (12, 12)
    assert plan.milestones[0].metric.target < 12


def test_the_counter_catches_a_time_goal_planned_as_distance_and_a_lost_target() -> None:
    plan = _plan("run a 5k", deadline="by june")
    said = {"baseline": "ran one last month in 31:40"}
    assert any(
        f.startswith("time goal planned as distance")
        for f in contradictions(said, plan, "run a 5k under 28 minutes")
    )
    assert any(
        f.startswith("stated target lost")
        for f in contradictions({}, plan, "I want to get down to 195 lb")
    )


def test_the_longest_run_held_now_is_the_start_over_a_race_pb_distance() -> None:
    plan = _plan(
        "I'm running a half marathon in April and want to finish under 1:50",
        deadline="April 6",
        baseline="10k PB 50:40 from November, longest run so far 16 km",
    )
    assert plan.goal.metric.baseline == 16
    assert plan.milestones[0].metric.target > 16


def test_an_amount_over_said_as_the_start_is_the_goals_amount_not_a_weight() -> None:
    plan = _plan(
        "I'd like to lose the baby weight, about 30 lbs",
        baseline="about 30 over prepregnancy weight, was pretty active before",
    )
    assert plan.goal.statement.startswith("Lose 30 lb of body weight")
    assert (plan.goal.metric.target, plan.goal.metric.unit) == (30, "lb")
    assert "kg" not in plan.goal.statement
