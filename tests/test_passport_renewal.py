"""A passport or ID renewal is planned as its own few exact steps (data/fields/paperwork.toml's
passport variant): the official checklist, a photo to the rules, the papers a name change needs,
the application sent with time for processing, the new document checked (round 23: a passport
renewal with a name change planned as generic paperwork, 'Submit, sign or back up the finished
work')."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles


@pytest.mark.parametrize(
    "goal",
    [
        "renew my passport before our trip to Portugal in July, I changed my surname when I married",
        "get a new passport, mine ran out 2 years ago and we fly to Kenya at easter",
        "sort out my passport renewal this winter",
    ],
)
def test_a_passport_renewal_has_its_own_steps_in_order(goal):
    plan = offline_plan(goal)
    text = task_titles(plan)
    assert "photo" in text and "processing time" in text
    assert "submit, sign or back up" not in text
    sent = next(t for m in plan.milestones for t in m.tasks if "send the application" in t.title)
    photo = next(t for m in plan.milestones for t in m.tasks if "passport photo" in t.title)
    assert photo.due <= sent.due
    assert plan.milestones[-1].title.startswith("New document in hand")
