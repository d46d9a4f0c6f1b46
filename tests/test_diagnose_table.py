"""The diagnosis table: review histories in people's own words, each with one planted cause."""

from __future__ import annotations

import pytest

from assistant.diagnose import CAUSES, diagnose_plan
from assistant.models import Review
from assistant.plan_edits import diff_plans
from assistant.stall_fixes import apply_changes, preview_changes
from tests.memory_fixtures import *  # noqa: F403
from tests.plans import TODAY
from tests.review_histories import HISTORIES, W1, W2, W3, _one_off, _plan, place_shut, review


def _with_ids(reviews: list[Review]) -> list[Review]:
    return [r.model_copy(update={"id": f"r{i}"}) for i, r in enumerate(reviews)]


def _diagnose(make, settings):
    plan, reviews = make()
    reviews = _with_ids(reviews)
    return plan, reviews, diagnose_plan(plan, reviews, "Why has this stalled?", settings)


def test_at_least_12_histories_and_the_planted_cause_is_first_in_11(settings):
    assert len(HISTORIES) >= 12
    firsts = {}
    for name, code, make in HISTORIES:
        _, _, diagnosis = _diagnose(make, settings)
        firsts[name] = (code, [c.code for c in diagnosis.causes[:3]])
    right = [n for n, (code, ranked) in firsts.items() if ranked and ranked[0] == code]
    assert len(right) >= 11, firsts


@pytest.mark.parametrize("name,code,make", HISTORIES, ids=[h[0] for h in HISTORIES])
def test_the_planted_cause_quotes_the_persons_own_words(name, code, make, settings):
    _, reviews, diagnosis = _diagnose(make, settings)
    cause = next(c for c in diagnosis.causes if c.code == code)
    assert cause.code in CAUSES and cause.evidence
    by_week = {r.week_of: r for r in reviews}
    for ev in cause.evidence:
        cited = by_week[ev.week_of]
        assert ev.review_id == cited.id
        words = [cited.changed, cited.remove, cited.notes, *(s.reason for s in cited.slipped)]
        assert any(ev.quote in w for w in words), ev.quote
    assert f'"{cause.evidence[0].quote}"' in diagnosis.answer


def test_similar_reasons_across_weeks_are_grouped_into_one_cause(settings):
    by_name = {h[0]: h for h in HISTORIES}
    _, _, diagnosis = _diagnose(by_name["too_big_in_words"][2], settings)
    top = diagnosis.causes[0]
    # "huge ... where to begin", "overwhelmed", "couldn't finish in one sitting": one cause
    assert top.code == "task_too_big" and len({e.week_of for e in top.evidence}) == 3
    assert "Draft the race-day plan" in top.explanation and "fell from 7 to 4" in top.explanation


def test_looks_on_track_only_when_the_reviews_say_so(settings):
    plan = _plan("p-fine")
    good = [
        review(plan.id, W1, ["t1", "t2", "t3"], confidence=7, notes="Good week."),
        review(plan.id, W2, ["t2", "t3"], confidence=7),
    ]
    fine = diagnose_plan(plan, _with_ids(good), "why?", settings)
    assert not fine.causes and "looks on track" in fine.answer
    sinking = [
        review(plan.id, W1, ["t1", "t2", "t3"], confidence=6),
        review(plan.id, W2, ["t2", "t3"], confidence=5),
        review(plan.id, W3, ["t2"], confidence=4, notes="Meh."),
    ]
    diagnosis = diagnose_plan(plan, _with_ids(sinking), "why?", settings)
    assert "on track" not in diagnosis.answer.replace("not say it is on track", "")
    assert diagnosis.causes[0].code == "confidence_falling"
    assert "fell from 6 to 4" in diagnosis.causes[0].explanation
    sinking[1] = review(plan.id, W2, ["t2"], [("t3", "")], confidence=5)
    sinking[2] = review(plan.id, W3, ["t2"], [("t3", "")], confidence=4)
    repeated = diagnose_plan(plan, _with_ids(sinking), "why?", settings).causes[0]
    assert repeated.code == "repeated_slip" and "fell from 6 to 4" in repeated.explanation


CHANGED = {
    "mornings_fail": "Rename 'Run 30 minutes at an easy pace' → 'Run 30 minutes at an easy pace "
    "(at lunchtime)'",
    "evenings_fail": "Rename 'Run 30 minutes at an easy pace' → 'Run 30 minutes at an easy pace "
    "(in the morning)'",
    "no_gym": "Add 'Get what 'Run 30 minutes at an easy pace' needs' (30 min, once, due ",
    "why_faded": "Add 'Write down in two lines why this goal matters to you now' (15 min",
    "week_too_full": "'Run 30 minutes at an easy pace': 2 times a week → once a week",
    "too_big_in_words": "Add 'Outline the race-day plan in 5 lines: what it must say, in order'",
}


@pytest.mark.parametrize("name", list(CHANGED))
def test_apply_saves_exactly_the_changes_it_showed(name, store, settings):
    make = {h[0]: h[2] for h in HISTORIES}[name]
    plan, reviews, diagnosis = _diagnose(make, settings)
    store.save_plan(plan)
    preview = preview_changes(store, plan.id, diagnosis, "local", settings, TODAY)
    shown = diff_plans(plan, preview).lines()
    assert any(line.startswith(CHANGED[name]) for line in shown), shown
    assert not any("t3" in line or "t1" in line for line in shown)  # titles, never ids
    saved = apply_changes(store, plan.id, diagnosis, "local", settings, TODAY)
    assert diff_plans(plan, saved).lines() == shown
    assert store.versions(plan.id) == [1, 2]


def test_a_shown_version_is_not_saved_over_a_plan_that_moved_on(store, settings):
    from assistant.errors import InputError
    from assistant.stall_fixes import save_preview

    make = {h[0]: h[2] for h in HISTORIES}["why_faded"]
    plan, _, diagnosis = _diagnose(make, settings)
    store.save_plan(plan)
    shown = preview_changes(store, plan.id, diagnosis, "local", settings, TODAY)
    store.save_plan(plan.next_version("a revision in the chat meanwhile"))
    with pytest.raises(InputError, match="changed since these changes were shown"):
        save_preview(store, shown, "local")
    assert store.versions(plan.id) == [1, 2]


def test_a_place_shut_or_full_is_something_missing_not_an_over_full_week(settings):
    _, _, diagnosis = _diagnose(place_shut, settings)
    codes = [c.code for c in diagnosis.causes]
    assert codes[0] == "missing_resource" and "over_capacity" not in codes, codes


def test_an_undone_move_against_the_constraint_is_brought_into_this_week(store, settings):
    backup = _one_off("alt", "Find a second track with evening opening hours", 20, "2027-01-20")
    plan = _plan("p-backup", {**backup, "attacks_constraint": True})
    plan.constraint = "The track is booked by clubs on weeknights"
    reviews = _with_ids(
        [
            review(plan.id, W1, ["t1"], [("t3", "the track was booked by a club again")]),
            review(plan.id, W2, [], [("t3", "clubs had the track both nights, went home")]),
            review(plan.id, W3, [], [("t3", "booked out by the club on tuesday and thursday")]),
        ]
    )
    diagnosis = diagnose_plan(plan, reviews, "why?", settings)
    move = next(c for c in diagnosis.proposed_changes if c.instruction == "do alt first")
    assert "Find a second track" in move.description and move.task_id == "alt"
    store.save_plan(plan)
    saved = apply_changes(store, plan.id, diagnosis, "local", settings, TODAY)
    assert (saved.task("alt").due - TODAY).days <= 6
