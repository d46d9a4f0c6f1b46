"""Revisions as people type them (typos, hedges, relative dates), each checked by what it does to
the plan; no revision takes the goal's core activity out of a week that had it; undo; diffs."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError
from assistant.plan_edits import diff_plans
from assistant.plan_edits.core import core_weeks, is_core, span_weeks
from assistant.plan_edits.diff import hours_per_week
from assistant.revisions import revise
from assistant.validators import errors, validate_plan
from assistant.weeks import break_weeks

SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
TODAY = dt.date(2026, 11, 27)
GOAL = "I want to get fit by April"


@pytest.fixture(scope="module")
def base():
    plan = ENGINE.draft(GOAL, {}, TODAY)
    assert plan.goal.deadline == dt.date(2027, 4, 30) and "30 April 2027" in plan.goal.statement
    return plan


def deadline(day):
    def check(old, new):
        assert new.goal.deadline == dt.date.fromisoformat(day)
        assert new.milestones[-1].deadline == new.goal.deadline
        assert "30 April" not in new.goal.statement  # the title follows the new date
        assert new.goal.deadline.strftime("%B") in new.goal.statement

    return check


def capacity(hours):
    def check(old, new):
        assert new.capacity_hours_per_week == hours
        stated = [a.text for a in new.assumptions if a.key == "capacity"]
        said = f"{hours:g} hours a week are free for this goal"
        if hours == 1:  # a count of one agrees with its noun and verb
            said = "1 hour a week is free for this goal"
        assert stated == [said]

    return check


def smaller(old, new):
    assert len(new.tasks()) > len(old.tasks())
    old_long = [t for t in old.tasks() if t.estimate_minutes >= 40 and not t.recurrence]
    assert old_long and all(new.task(t.id).estimate_minutes < t.estimate_minutes for t in old_long)
    assert all(t.done_when for t in new.tasks())


def broken_down(task_id, steps=None):
    def check(old, new):
        added = [t for t in new.tasks() if t.id not in {x.id for x in old.tasks()}]
        assert 1 <= len(added) <= 7 and (steps is None or len(added) + 1 == steps)
        pieces = [*added, new.task(task_id)]
        assert sum(t.estimate_minutes for t in pieces) == old.task(task_id).estimate_minutes
        assert new.task(task_id).done_when == old.task(task_id).done_when  # the last step
        assert all(t.done_when for t in pieces)

    return check


def milestones(count):
    def check(old, new):
        assert len(new.milestones) == count

    return check


def titles_end(word, noun):
    def check(old, new):
        moved = [t for t in new.tasks() if t.title.endswith(word)]
        assert moved and all(noun in t.title.lower() for t in moved)
        assert any(a.key == "time_of_day" for a in new.assumptions)

    return check


def sessions(noun, change):
    def check(old, new):
        def weekly(plan):
            return sum(
                t.recurrence.sessions_per_week()
                for t in plan.tasks()
                if t.recurrence and noun in t.title.lower()
            )

        assert change(weekly(old), weekly(new)), (weekly(old), weekly(new))

    return check


def every(noun, times):
    def check(old, new):
        chosen = [
            t
            for t in new.tasks()
            if t.recurrence and not t.attacks_constraint and noun in t.title.lower()
        ]
        assert chosen and all(t.recurrence.times == times for t in chosen)

    return check


def statement(text):
    def check(old, new):
        assert new.goal.statement == text

    return check


def task_field(task_id, **wanted):
    def check(old, new):
        task = new.task(task_id)
        for key, value in wanted.items():
            assert getattr(task, key) == value, (key, getattr(task, key))

    return check


def lighter(old, new):
    assert new.capacity_hours_per_week < old.capacity_hours_per_week
    assert hours_per_week(new) < hours_per_week(old)


def done(words):
    def check(old, new):
        marked = [t for t in new.tasks() if t.status == "done"]
        assert marked and all(words in t.title.lower() for t in marked), marked
        assert all(t.recurrence is None for t in marked)  # a one-off, not every session

    return check


def paused(first, last, moved_days):
    def check(old, new):
        first_day, last_day = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        assert new.goal.deadline == old.goal.deadline + dt.timedelta(days=moved_days)
        for task in new.tasks():  # nothing is planned inside the break
            start = (task.start or new.start_date) if task.recurrence else task.due
            assert task.due < first_day or start > last_day, task
        assert any(a.key == "break" and first in a.text for a in new.assumptions)

    return check


def added(words, times):
    def check(old, new):
        extra = [t for t in new.tasks() if t.id not in {x.id for x in old.tasks()}]
        assert extra and all(words in t.title.lower() for t in extra)
        assert all(t.title.split()[0] in {"Go", "Do"} for t in extra)
        assert max(t.recurrence.times for t in extra) == times  # fitting may space out some
        assert {t.due for t in extra} == {m.deadline for m in new.milestones}

    return check


def gone(task_id):
    def check(old, new):
        assert task_id not in {t.id for t in new.tasks()}

    return check


PHRASINGS = [
    ("move the deadline to June", deadline("2027-06-30")),
    ("by June", deadline("2027-06-30")),
    ("Move the deadline to end of June please", deadline("2027-06-30")),
    ("push it back 2 weeks", deadline("2027-05-14")),
    ("push the deadlin back a month", deadline("2027-05-30")),
    ("can you maybe extend the deadline by 3 weeks please?", deadline("2027-05-21")),
    ("give me two more weeks", deadline("2027-05-14")),
    ("bring the deadline forward 2 weeks", deadline("2027-04-16")),
    ("finish a month earlier", deadline("2027-03-31")),
    ("deadline: 2027-05-15", deadline("2027-05-15")),
    ("I only have 2 hours a week now", capacity(2)),
    ("i only hav 2 hrs a wek now", capacity(2)),
    ("actually I can do 30 min a day", capacity(3.5)),
    ("I have more time now, 8 hours a week", capacity(8)),
    ("hmm, 1 hour a week is all I have", capacity(1)),
    ("less time", capacity(3.8)),
    ("make tasks smaller", smaller),
    ("make the tasks smaler pls", smaller),
    ("these tasks are too big", smaller),
    ("break down t2", broken_down("t2")),
    ("break down the routine task in detail", broken_down("t2", 4)),
    ("split t10 into 4 steps", broken_down("t10", 4)),
    ("drop milestone 3", milestones(3)),
    ("remove the 2nd milestone", milestones(3)),
    ("add a milestone: run 3 km without stopping by March", milestones(5)),
    ("move workouts to mornings", titles_end("in the morning", "workout")),
    ("do the walks in the evening", titles_end("in the evening", "walk")),
    ("fewer sessions", sessions("workout", lambda a, b: b < a)),
    ("more workouts", sessions("workout", lambda a, b: b > a)),
    ("only twice a week", every("workout", 2)),
    ("less workouts pls", sessions("workout", lambda a, b: b < a)),
    ("rename the plan to Couch to 5k", statement("Couch to 5k")),
    ("t3 takes 30 minutes", task_field("t3", estimate_minutes=30)),
    (
        "t3 done when: days written in the calendar",
        task_field("t3", done_when="days written in the calendar"),
    ),
    ("drop t9", gone("t9")),
    ("move t9 to 2027-01-20", task_field("t9", due=dt.date(2027, 1, 20))),
    ("give t2 to Sam", task_field("t2", owner="Sam")),
    ("the fitness check should take 20 minutes", task_field("t4", estimate_minutes=20)),
    ("I only have 2 hours", capacity(2)),
    ("I can't do mornings, evenings only", titles_end("in the evening", "")),
    ("move the walks from mornings to evenings", titles_end("in the evening", "walk")),
    ("the event is actually on may 15", deadline("2027-05-15")),
    ("this is too much for me", lighter),
    ("honestly it's a bit overwhelming", lighter),
    ("I already did a fitness check last week", done("fitness check")),
    ("already wrote a routine", done("routine")),
    ("already did t4", task_field("t4", status="done")),
    # a short break in a long plan keeps the deadline: the weeks after absorb it
    ("I'm away on holiday dec 20 to jan 3", paused("2026-12-20", "2027-01-03", 0)),
    ("I hurt my ankle, need to pause 2 weeks", paused("2026-11-27", "2026-12-10", 0)),
    ("I'm away 20-27 december for christmas", paused("2026-12-20", "2026-12-27", 0)),
    ("off from the 3rd to the 10th of january", paused("2027-01-03", "2027-01-10", 0)),
    # asked to push, or a break too long to absorb: later work moves by the break
    ("I'm away dec 20 to jan 3, push everything back", paused("2026-12-20", "2027-01-03", 15)),
    ("travelling from 1 feb to 15 mar", paused("2027-02-01", "2027-03-15", 43)),
    ("3 months from now", deadline("2027-02-27")),
    ("can you add swimming once a week", added("swimming", 1)),
    ("add yoga twice a week for 20 min", added("yoga", 2)),
    ("my partner will do the walk tasks", task_field("t6", owner="my partner")),
]
ASKED_TO_DROP = ["drop the walk tasks"]  # the one revision allowed to empty weeks of a practice


@pytest.mark.parametrize(("instruction", "check"), PHRASINGS, ids=[p[0] for p in PHRASINGS])
def test_a_typed_revision_changes_the_plan_as_asked(base, instruction, check):
    before = base.model_dump()
    new = ENGINE.revise(base, instruction, TODAY)
    assert base.model_dump() == before  # the shown version is never mutated
    assert new.version == base.version + 1 and new.metadata.revision_note
    assert not diff_plans(base, new).same
    assert errors(validate_plan(new, SETTINGS, TODAY)) == []
    check(base, new)


@pytest.mark.parametrize("instruction", [p[0] for p in PHRASINGS])
def test_no_revision_leaves_a_week_without_the_core_activity(base, instruction):
    new = ENGINE.revise(base, instruction, TODAY)
    lost = (core_weeks(base) & span_weeks(new)) - core_weeks(new) - break_weeks(new)
    assert core_weeks(base) and not lost, sorted(lost)


@pytest.mark.parametrize("hours", [3, 2, 1, 0.5])
def test_a_capacity_cut_shortens_or_spaces_workouts_but_keeps_every_week(base, hours):
    new = ENGINE.revise(base, f"I only have {hours:g} hours a week", TODAY)
    per_week = {m.name: m.target for m in new.leading_indicators}
    assert per_week["active minutes per week"] < 150  # the indicator follows the sessions left
    assert "Leading indicator 'active minutes per week': 150 →" in diff_plans(base, new).text()
    assert hours_per_week(new) <= hours * 0.8 + 0.05  # the week holds what was asked, with slack
    assert core_weeks(new) >= core_weeks(base)
    workouts = [t for t in new.tasks() if "workout from the routine" in t.title]
    assert workouts and {m.id for m in new.milestones} == {
        m.id for m in new.milestones if any(t in m.tasks for t in workouts)
    }


@pytest.mark.parametrize(
    ("instruction", "message"),
    [
        ("break down t3 into 9 steps", "2 to 8 steps"),
        ("break down t5", "repeating session"),
        ("break down t99", "no task t99"),
        ("drop milestone 9", "no milestone 9"),
        ("by 2020-01-01", "not in the future"),
        ("paint it blue", "can't tell what to change in the plan"),
        ("push back the deadline", "by how much"),
    ],
)
def test_a_revision_that_cannot_apply_says_why(base, instruction, message):
    with pytest.raises(InputError, match=message):
        ENGINE.revise(base, instruction, TODAY)


def test_more_sessions_than_the_week_holds_are_refused_with_the_reason():
    tight = ENGINE.draft(GOAL, {"capacity": "2 hours a week"}, TODAY)
    with pytest.raises(InputError, match="do not fit 2 hours a week"):
        ENGINE.revise(tight, "one more walk a week", TODAY)
    roomy = ENGINE.draft(GOAL, {"capacity": "5 hours a week"}, TODAY)
    walks = [
        t
        for t in ENGINE.revise(roomy, "one more walk a week", TODAY).tasks()
        if t.title.startswith("Walk briskly")
    ]
    assert max(t.recurrence.times for t in walks) >= 2  # 5 hours hold it: set-up steps give way


def test_make_smaller_says_why_not_when_every_task_is_short(base):
    short = base.model_copy(deep=True)
    for task in short.tasks():
        task.estimate_minutes = min(task.estimate_minutes, 30)
    with pytest.raises(InputError, match="already under 40 minutes"):
        ENGINE.revise(short, "make tasks smaller", TODAY)


def _chain(base):
    versions = {1: base}

    def step(text):
        current = versions[max(versions)]
        result = revise(ENGINE, current, text, SETTINGS, TODAY, versions.__getitem__)
        versions[result.plan.version] = result.plan
        return result

    return step


@pytest.mark.parametrize("undo", ["undo that", "go back to the previous version", "Undo", "revert"])
def test_undo_restores_the_previous_version_as_a_new_one(base, undo):
    step = _chain(base)
    cut = step("I only have 1 hour a week").plan
    back = step(undo)
    assert back.plan.version == 3 and cut.version == 2
    assert back.plan.capacity_hours_per_week == base.capacity_hours_per_week
    assert [t.model_dump() for t in back.plan.tasks()] == [t.model_dump() for t in base.tasks()]
    assert "Hours a week: 1 → 5" in back.diff.markdown()


def test_go_back_to_version_n(base):
    step = _chain(base)
    moved = step("push it back 2 weeks").plan
    smaller = step("make tasks smaller").plan
    back = step("go back to version 2").plan
    assert back.version == 4 and back.goal.deadline == dt.date(2027, 5, 14)
    assert [t.id for t in back.tasks()] == [t.id for t in moved.tasks()]
    assert len(back.tasks()) < len(smaller.tasks())
    with pytest.raises(InputError, match="no version 9"):
        step("go back to version 9")


def test_a_revision_that_changes_nothing_is_refused_not_saved(base):
    class Idle:
        name = "offline"

        def revise(self, plan, instruction, today, progress):
            return plan.next_version("Revised")

        def repair(self, plan, findings, today, progress):
            return plan

    with pytest.raises(InputError, match="exactly as it is"):
        revise(Idle(), base, "make it nicer", SETTINGS, TODAY, lambda n: base)


def test_the_diff_lists_dates_tasks_and_hours(base):
    new = ENGINE.revise(base, "break down t2", TODAY)
    text = diff_plans(base, new).text()
    assert "Changes from version 1 to 2" in text
    assert "- Add '" in text and "- Rename '" in text and "Planned time" in text
    moved = diff_plans(base, ENGINE.revise(base, "push it back 2 weeks", TODAY)).text()
    assert "Deadline: 30 Apr 2027 → 14 May 2027" in moved and "by 14 May 2027" in moved


def test_dropping_a_practice_when_asked_removes_only_its_repeating_tasks(base):
    new = ENGINE.revise(base, ASKED_TO_DROP[0], TODAY)
    assert not [t for t in new.tasks() if t.recurrence and "walk" in t.title.lower()]
    assert new.task("t4").title.startswith("Do a fitness check")  # a one-off naming a walk stays
    assert [t for t in new.tasks() if "workout from the routine" in t.title]
    assert "asked" in new.metadata.revision_note


def test_an_indicator_that_counts_one_practice_follows_only_that_practice():
    plan = ENGINE.draft("Run a 5k by April", {"capacity": "6 hours a week"}, TODAY)
    runs = next(m for m in plan.leading_indicators if m.name.startswith("runs"))
    new = ENGINE.revise(plan, "add yoga twice a week for 20 min", TODAY)
    after = next(m for m in new.leading_indicators if m.name == runs.name)
    assert any("yoga" in t.title.lower() for t in new.tasks())
    assert after.target <= runs.target  # yoga sessions are not runs


def test_giving_tasks_to_their_owner_says_so_instead_of_saving_nothing(base):
    given = ENGINE.revise(base, "give t2 to Sam", TODAY)
    with pytest.raises(InputError, match="Sam already owns it"):
        ENGINE.revise(given, "give t2 to Sam", TODAY)


@pytest.fixture(scope="module")
def half_marathon():
    goal = "run a half marathon next autumn, I can already run 8k"
    return ENGINE.draft(goal, {"deadline": "october 2027"}, TODAY)


def _runs_each_milestone(plan):
    """(title, times a week) of the weekly running sessions in each milestone."""
    return [
        sorted(
            (t.title, t.recurrence.times)
            for t in m.tasks
            if t.recurrence and t.recurrence.per == "week" and t.title.startswith("Run")
        )
        for m in plan.milestones
    ]


@pytest.mark.parametrize(
    ("instruction", "total"), [("make it 4 runs a week", 4), ("2 runs a week please", 2)]
)
def test_a_weekly_run_count_is_the_total_of_all_runs_not_each_kind(
    half_marathon, instruction, total
):
    before = _runs_each_milestone(half_marathon)
    assert any(len(runs) > 1 for runs in before)  # easy runs and a long run
    after = _runs_each_milestone(ENGINE.revise(half_marathon, instruction, TODAY))
    for runs in after:
        assert sum(times for _, times in runs) == total
        long_runs = [times for title, times in runs if "long run" in title]
        assert all(times == 1 for times in long_runs)  # the long run stays once a week


def test_one_more_run_adds_one_run_not_one_of_each_kind(half_marathon):
    before = _runs_each_milestone(half_marathon)
    after = _runs_each_milestone(ENGINE.revise(half_marathon, "one more run a week", TODAY))
    for old, new in zip(before, after, strict=True):
        assert sum(t for _, t in new) == sum(t for _, t in old) + 1


def test_a_stretch_after_a_run_is_not_counted_as_a_run(half_marathon):
    new = ENGINE.revise(half_marathon, "make it 4 runs a week", TODAY)
    stretches = [t for t in new.tasks() if t.title.lower().startswith("stretch") and t.recurrence]
    assert all(t.recurrence.times == 1 for t in stretches)
    runs_metric = [m for m in new.leading_indicators if m.name.startswith("runs")]
    assert all(m.target == 4 for m in runs_metric)


def test_weekends_only_keeps_daily_logs_daily_and_the_weeks_walking_in_two_longer_walks():
    plan = ENGINE.draft("lose 10 kg, I'm 92 kg now", {"capacity": "4 hours a week"}, TODAY)
    walks = [t for t in plan.tasks() if t.title.startswith("Walk") and t.recurrence]
    logs = [t for t in plan.tasks() if t.title.startswith("Log") and t.recurrence]
    assert walks and logs and any(t.recurrence.times > 2 for t in walks)
    new = ENGINE.revise(plan, "I can only do weekends now", TODAY)
    for old in walks:
        walk = new.task(old.id)
        assert walk.title.endswith("at the weekend") and walk.recurrence.times <= 2
        weekly = walk.recurrence.times * walk.estimate_minutes
        assert weekly >= 0.8 * old.recurrence.times * old.estimate_minutes
    for old in logs:
        assert new.task(old.id).title == old.title and "weekend" not in new.task(old.id).title


def test_asking_for_the_count_of_sessions_the_plan_already_has_says_so_and_names_them():
    plan = ENGINE.draft(
        "get back into running, I used to do 10k", {"capacity": "3 hours a week"}, TODAY
    )
    first = plan.milestones[0]
    runs = sum(
        t.recurrence.times
        for t in first.tasks
        if t.recurrence and t.recurrence.per == "week" and is_core(t)
    )
    assert runs >= 2
    for asked in [
        f"can we do {runs} runs a week not {runs + 1}",
        f"only {runs} runs a week please",
    ]:
        with pytest.raises(InputError, match=f"already has {runs} runs a week") as said:
            revise(ENGINE, plan, asked, SETTINGS, TODAY, lambda n: plan)
        assert "'" in str(said.value) and "fewer runs" in str(said.value)


def test_a_break_says_which_weekly_tasks_stop_and_when_they_start_again(base):
    for away, again in [("I'm away 14-20 december", "21 Dec"), ("on holiday 20-27 dec", "28 Dec")]:
        new = ENGINE.revise(base, away, TODAY)
        text = diff_plans(base, new).text()
        assert f"stop for the break and start again {again}" in text or (
            f"stops for the break and starts again {again}" in text
        ), text
        assert "- Add '" not in text  # the weekly tasks are not new, they pause


def test_a_break_before_a_date_they_set_keeps_the_date():
    for goal, answers, away in [
        (
            "declutter the spare room so my mum can stay",
            {"deadline": "has to be done by 20 december"},
            "I'm away 12-14 december",
        ),
        (
            "paint the hallway before the party",
            {"deadline": "by 19 december"},
            "away 10-12 dec for work",
        ),
        (
            "practise my wedding speech",
            {"deadline": "the wedding is 18 december"},
            "off sick 8-10 december",
        ),
    ]:
        plan = ENGINE.draft(goal, answers, TODAY)
        new = ENGINE.revise(plan, away, TODAY)
        assert new.goal.deadline == plan.goal.deadline, (goal, new.goal.deadline)
        assert "the date you set" in (new.metadata.revision_note or "")
