"""The rules, table-first: a clean plan, a planted plan that trips each rule once, and variants."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.models import Plan
from assistant.validators import CATALOG, errors, validate_plan
from tests.planner_defects import PERSON_CODES
from tests.plans import TODAY, good_plan, good_plan_data, planted_bad_plan

# Rules that exclude each other cannot fire in one plan; each gets its own variant below.
EXCLUSIVE = {
    "goal.deadline_past",
    "indicator.mismatch",  # needs indicators, the planted plan has none
    "plan.capacity_unused",  # needs spare time, the planted plan is over capacity
    "plan.core_activity_gap",  # each has its planted case in test_coach_rules.py
    "constraint.feeds_behaviour",
    "goal.not_achievable",
    "plan.no_constraint",
    "plan.constraint_not_attacked",
    "milestone.off_path",  # planted in test_path_rules.py
    "milestone.crowded",
    "milestone.too_fast",  # planted in test_pace.py
    "indicator.below_start",  # need a stated level: planted in test_stated_level.py
    "milestone.below_start",
    "milestone.fractional_count",
    "indicator.too_slow",  # planted in test_pace_and_fragment_rules.py
    "indicator.off_rhythm",  # needs indicators: planted in test_plan_arithmetic.py
    "task.pace_impossible",
    "milestone.session_too_short",  # planted in test_session_distance_rule.py
    "task.repeats_after_done",
    "task.past_its_count",  # planted in test_past_count.py
    "task.redoes_done",  # planted in test_coach_false_findings.py
    "goal.two_deadlines",
    "constraint.unit_missing",  # need attack moves of their own: planted in test_attack_leaks.py
    "goal.deliverable_missing",  # needs the goal as typed: planted in test_fit_premises.py
    "constraint.template_attack",
    "goal.direction_flipped",
    "task.rhythm_contradicts_title",  # planted in test_stated_target_rules.py
    "milestone.rhythm_short",  # planted in test_counted_rhythm.py
    "task.too_close_to_result",  # planted in test_lead_times.py
    "task.dose_above_start",  # needs the person's words: planted in test_start_kept.py
    # need the person's words (plan.request) or a streak: planted in test_person_rules.py
    *PERSON_CODES,
}
# the plan validator's own codes (the catalogue also holds the scheduler's `schedule.*` codes)
RULE_CODES = {
    code for code in CATALOG if code.split(".")[0] in {"goal", "milestone", "task", "plan"}
}


def test_good_plan_has_no_findings():
    assert validate_plan(good_plan(), Settings(), TODAY) == []


def test_planted_plan_trips_every_rule_exactly_once():
    found = Counter(f.code for f in validate_plan(planted_bad_plan(), Settings(), TODAY))
    # schedule.* codes come from assistant.schedule, not from validate_plan
    rules = [code for code in CATALOG if code not in EXCLUSIVE and not code.startswith("schedule.")]
    assert found == Counter({code: 1 for code in rules})


def _variant(**changes) -> Plan:
    data = good_plan_data()
    for key, value in changes.items():
        data[key] = value
    return Plan.model_validate(data)


def _without_attacks() -> Plan:
    data = good_plan_data()
    for m in data["milestones"]:
        for t in m["tasks"]:
            t["attacks_constraint"] = False
    return Plan.model_validate(data)


@pytest.mark.parametrize(
    ("plan", "today", "code"),
    [
        (good_plan(), dt.date(2027, 3, 10), "goal.deadline_past"),
        (_variant(capacity_hours_per_week=1), TODAY, "goal.not_achievable"),
        (_variant(constraint=""), TODAY, "plan.no_constraint"),
        (_without_attacks(), TODAY, "plan.constraint_not_attacked"),
        (
            _variant(
                leading_indicators=[
                    {"name": "runs completed per week", "target": 5, "unit": "runs"}
                ]
            ),
            TODAY,
            "indicator.mismatch",
        ),
        (
            _variant(
                capacity_hours_per_week=40,
                request={"goal_text": "run a half marathon", "answers": {"capacity": "40 h"}},
            ),
            TODAY,
            "plan.capacity_unused",
        ),
    ],
    ids=[
        "deadline_past",
        "not_achievable",
        "no_constraint",
        "constraint_not_attacked",
        "indicator_mismatch",
        "capacity_unused",
    ],
)
def test_exclusive_rules_fire_once_in_their_variant(plan, today, code):
    codes = Counter(f.code for f in validate_plan(plan, Settings(), today))
    assert codes[code] == 1


def test_every_finding_is_explained():
    for f in validate_plan(planted_bad_plan(), Settings(), TODAY):
        assert f.severity == CATALOG[f.code][0]
        assert f.message and f.suggestion and f.path


def test_capacity_finding_names_the_week_and_the_fix():
    [over] = [
        f
        for f in validate_plan(planted_bad_plan(), Settings(), TODAY)
        if f.code == "plan.over_capacity"
    ]
    assert "2027-01-25" in over.message
    # the fix is the scheduler's smallest verified change, naming the task to shrink
    assert over.suggestion.startswith("Smallest change that fits: shrink 'Run a 10 km long run'")


def test_thresholds_come_from_settings():
    plan = good_plan()
    # the 120-minute race is fine by default and too big for a 90-minute session limit
    strict = validate_plan(plan, Settings(task_max_minutes=90), TODAY)
    assert {f.path for f in strict if f.code == "task.too_big"} == {
        "milestones[3].tasks[2]",
        "milestones[2].tasks[1]",
    }
    team = validate_plan(planted_bad_plan().model_copy(update={"team": True}), Settings(), TODAY)
    assert not [f for f in team if f.code == "task.too_big"]


def test_dropped_tasks_are_ignored():
    data = good_plan_data()
    data["milestones"][3]["tasks"].append(
        {
            "id": "t99",
            "title": "Think about a marathon",
            "owner": "we",
            "estimate_minutes": 900,
            "due": "2027-02-20",
            "status": "dropped",
        }
    )
    assert validate_plan(Plan.model_validate(data), Settings(), TODAY) == []


# --- property: validators never raise on any valid plan ---------------------------------------

_titles = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60
).filter(str.strip)
_dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def plans(draw) -> Plan:
    start = draw(_dates)
    deadline = start + dt.timedelta(days=draw(st.integers(0, 800)))
    milestones = []
    n_tasks = 0
    for mi in range(draw(st.integers(0, 7))):
        tasks = []
        for _ in range(draw(st.integers(0, 6))):
            due = start + dt.timedelta(days=draw(st.integers(0, 900)))
            tasks.append(
                {
                    "id": f"t{n_tasks}",
                    "title": draw(_titles),
                    "owner": draw(_titles.filter(lambda s: "\n" not in s)),
                    "estimate_minutes": draw(st.integers(1, 5000)),
                    "due": due.isoformat(),
                    "done_when": draw(st.text(max_size=40)),
                    "depends_on": [
                        f"t{j}"
                        for j in draw(st.lists(st.integers(0, max(n_tasks, 1)), max_size=2))
                        if j < n_tasks
                    ]
                    + ([f"t{n_tasks + 1}"] if draw(st.booleans()) else []),
                    "attacks_constraint": draw(st.booleans()),
                    "recurrence": draw(
                        st.none()
                        | st.builds(
                            dict,
                            times=st.integers(1, 7),
                            per=st.sampled_from(["day", "week", "month"]),
                        )
                    ),
                    "status": draw(st.sampled_from(["todo", "done", "dropped"])),
                }
            )
            n_tasks += 1
        milestones.append(
            {
                "id": f"m{mi}",
                "title": draw(_titles),
                "metric": {"name": draw(_titles), "target": draw(st.floats(0, 1e6)), "unit": "x"},
                "deadline": (start + dt.timedelta(days=draw(st.integers(-30, 900)))).isoformat(),
                "tasks": tasks,
            }
        )
    # forward references to a task that may not exist are dropped so the plan stays well-formed
    ids = {t["id"] for m in milestones for t in m["tasks"]}
    for m in milestones:
        for t in m["tasks"]:
            t["depends_on"] = sorted({d for d in t["depends_on"] if d in ids and d != t["id"]})
    return Plan.model_validate(
        {
            "start_date": start.isoformat(),
            "goal": {
                "statement": draw(_titles),
                "metric": {"name": "m", "target": draw(st.floats(0, 1e6))},
                "deadline": deadline.isoformat(),
            },
            "constraint": draw(st.text(max_size=30)),
            "capacity_hours_per_week": draw(st.floats(0.1, 168)),
            "owners": draw(
                st.lists(_titles.filter(lambda s: "\n" not in s), min_size=0, max_size=3)
            ),
            "team": draw(st.booleans()),
            "milestones": milestones,
            "leading_indicators": [],
        }
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(), today=_dates)
def test_validators_never_raise(plan, today):
    findings = validate_plan(plan, Settings(), today)
    assert all(f.code in CATALOG for f in findings)
    assert errors(findings) == [f for f in findings if f.severity == "error"]
