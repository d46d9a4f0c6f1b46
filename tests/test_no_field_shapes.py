"""Goals no field knows, planned in the shape of their kind of job: something won from someone
who decides (a visa, a permit, a certification, a scholarship, a revalidation) and a piece of work
handed in (an assignment, an essay), with a done-state in the person's words, the conditions they
named as steps and what they have done already skipped."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.language import normalize
from assistant.understanding.approval import won
from assistant.understanding.conditions_said import evidence_steps
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
# a template's slot filled with a word that is no thing, or the job shape's physical nouns
TEMPLATE = re.compile(
    r"\b(?:apply|applying) (?:needs|requires|done)|parts, tools|next open job for|"
    r"hands-on part|buy, borrow, hire|[\u201c\u201d]"
)


def _titles(plan) -> list[str]:
    return (
        [plan.goal.statement] + [m.title for m in plan.milestones] + [t.title for t in plan.tasks()]
    )


# 1. the done-state: the thing won and the word a coach says when it is won
@pytest.mark.parametrize(
    ("goal", "deadline", "done", "headline"),
    [
        (
            "Apply for the Irish spousal visa for my husband in Accra, want it in by March",
            "",
            "Irish spousal visa application submitted",
            "Submit the Irish spousal visa application",
        ),
        (
            "apply for the Canadian work permit for my brother",
            "submit it by the end of june",
            "Canadian work permit application submitted",
            "Submit the Canadian work permit application",
        ),
        (
            "our tea estate wants to get Fairtrade certification for the next season",
            "",
            "Fairtrade certification issued",
            "Get Fairtrade certification issued",
        ),
        (
            "get planning permission for a loft conversion on our bungalow",
            "",
            "Planning permission granted",
            "Get planning permission granted",
        ),
        (
            "win a travel bursary from the Royal Geographical Society",
            "",
            "Travel bursary awarded",
            "Get a travel bursary awarded",
        ),
        ("finish TMA04 for my OU module", "", "TMA04 submitted", "Submit TMA04"),
        (
            "appeal the council tax band on our flat",
            "",
            "Council tax band overturned",
            "Get the council tax band overturned",
        ),
        (
            "renew my HGV licence before it lapses in May",
            "",
            "Your HGV licence renewed",
            "Get your HGV licence renewed",
        ),
    ],
)
def test_the_done_state_is_the_thing_won_in_their_words(goal, deadline, done, headline):
    found = won(normalize(goal), goal, normalize(deadline))
    assert found is not None
    assert (found.done, found.headline) == (done, headline)


@pytest.mark.parametrize(
    "goal",
    ["rebuild the dry stone wall before lambing", "sell 40 eggs a day", "learn to juggle 3 balls"],
)
def test_a_goal_that_wins_nothing_has_no_done_state_of_that_kind(goal):
    assert won(normalize(goal), goal) is None


# 2. the conditions they named become steps, with their numbers; what they hold is filed
@pytest.mark.parametrize(
    ("said", "steps"),
    [
        (
            "apply for the spouse visa. I need to show the £18,600 income and she has to pass "
            "the A2 English test",
            ["Gather the papers that prove the £18,600 income", "With her: book and pass the A2"],
        ),
        (
            "get organic certification for our farm, we need to keep input records for 3 years",
            ["Start keeping input records for 3 years"],
        ),
        (
            "get my NMC revalidation done, I have 20 of the 35 CPD hours",
            ["Do and log the last 15 of the 35 CPD hours"],
        ),
        (
            "apply for a Chevening scholarship, I must provide 2 references. we have the "
            "degree transcript and passport",
            [
                "Get 2 references for the folder",
                "Put the degree transcript and passport in the folder",
            ],
        ),
        (
            "get a lawful development certificate, we need to provide the deeds and a site plan",
            ["Get the deeds for the folder", "Get a site plan for the folder"],
        ),
        (
            "win the bursary, I have to send a 10 minute recording and 2 references",
            ["Get a 10 minute recording for the folder", "Get 2 references for the folder"],
        ),
        (
            "renew my HCPC registration: 12/30 CPD hours logged, 0/4 supervision records",
            ["Do and log the last 18 of the 30 CPD hours", "Do and log all 4 supervision records"],
        ),
        (
            "get Soil Association certification, we've farmed without sprays but have no "
            "written records",
            ["Start keeping written records from this week"],
        ),
        (
            "apply for the family visa, I have no payslips from my last employer",
            ["Ask for payslips now"],
        ),
        (
            "apply for a heritage lottery grant, we have no letters of support yet",
            ["Ask for letters of support now"],
        ),
    ],
)
def test_each_condition_they_name_is_a_step_of_its_own(said, steps):
    found = evidence_steps(normalize(said), said)
    for step in steps:
        assert any(s.startswith(step) for s in found), found


# 3. the plan: the shape's own stages, the thing as subject, a number said never the target
@pytest.mark.parametrize(
    ("goal", "thing", "condition"),
    [
        (
            "Apply for a Chevening scholarship, I need to get two references and show 2 years "
            "of work experience",
            "a Chevening scholarship",
            "Gather the papers that prove 2 years of work experience",
        ),
        (
            "our vineyard wants to get organic certification before the 2027 harvest, we need "
            "to keep spray records for 3 years",
            "organic certification",
            "Start keeping spray records for 3 years",
        ),
        (
            "get planning approval for our garage conversion, we need to provide drawings from "
            "an architect",
            "planning approval",
            "Get drawings from an architect for the folder",
        ),
    ],
)
def test_something_won_is_planned_as_an_application(goal, thing, condition):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.metadata.field == "scaffold"
    titles = _titles(plan)
    assert not any(TEMPLATE.search(t) for t in titles), titles
    assert plan.goal.metric.unit == "stages"
    assert plan.milestones[0].title.startswith(f"The official requirements for {thing}")
    assert any(t.startswith("Every document and piece of evidence") for t in titles)
    evidence = [t.title for t in plan.milestones[1].tasks]
    assert any(t.startswith(condition) for t in evidence), evidence
    assert any(t.startswith("Submit the form for") for t in titles)
    # the plan says which shape its milestones follow, and meets the slow documents by default
    assert any("own shape, an application" in a.text for a in plan.assumptions)
    assert "documents only others can give" in (plan.constraint or "")


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Apply for a Fulbright scholarship, I need to show a $40,000 offer from the host "
            "university",
            {"baseline": "I have a 3.8 GPA"},
        ),
        ("our 14 smallholders want to get organic accreditation by next year", {}),
        ("apply for a £2,000 travel scholarship from my university", {}),
    ],
)
def test_a_number_beside_what_is_won_is_never_its_target(goal, answers):
    u = understand(goal, answers, TODAY)
    assert u.playbook.key == "scaffold"
    assert (u.target, u.unit) == (4.0, "stages")
    plan = ENGINE.draft(goal, answers, TODAY)
    assert not plan.goal.statement.startswith("Reach"), plan.goal.statement
    assert plan.goal.statement.startswith(("Get ", "Submit ")), plan.goal.statement


@pytest.mark.parametrize(
    ("goal", "thing"),
    [
        ("get my TMA05 for the art history module finished and sent off", "your TMA05"),
        ("submit the portfolio assignment for my evening pottery course", "the portfolio"),
        ("send off my extended essay for the EPQ before easter", "your extended essay"),
    ],
)
def test_a_piece_of_work_handed_in_is_planned_as_a_hand_in(goal, thing):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.metadata.field == "scaffold"
    titles = _titles(plan)
    assert plan.goal.statement.startswith("Submit "), plan.goal.statement
    assert plan.milestones[0].title.startswith(f"The brief for {thing}")
    assert any(t.startswith("Write the first full draft of") for t in titles), titles
    assert plan.milestones[-1].title.endswith("checked against the criteria and submitted")
    assert not any(TEMPLATE.search(t) for t in titles), titles


# 4. what they have done already places the plan: its stages are skipped
@pytest.mark.parametrize(
    ("goal", "baseline"),
    [
        ("apply for planning permission for a conservatory", "I've read the guidance already"),
        ("get a Fulbright scholarship to study in Boston", "checked the eligibility rules"),
        ("our 9 smallholders want organic accreditation", "we know the requirements"),
    ],
)
def test_a_stage_they_have_done_is_skipped(goal, baseline):
    before = ENGINE.draft(goal, {}, TODAY)
    after = ENGINE.draft(goal, {"baseline": baseline}, TODAY)
    assert before.milestones[0].title.startswith("The official requirements")
    assert not any(m.title.startswith("The official requirements") for m in after.milestones)
    assert not any(t.title.startswith("Read the official guidance") for t in after.tasks())


@pytest.mark.parametrize(
    ("goal", "baseline", "first"),
    [
        ("send off my extended essay for the EPQ before easter", "first draft done", "checked"),
        (
            "submit the portfolio assignment for my pottery course",
            "rough draft finished",
            "checked",
        ),
        (
            "get my TMA05 for the art history module finished and sent off",
            "essay plan done",
            "draft",
        ),
    ],
)
def test_a_hand_in_starts_after_the_stage_they_have_reached(goal, baseline, first):
    plan = ENGINE.draft(goal, {"baseline": baseline}, TODAY)
    assert first in plan.milestones[0].title, [m.title for m in plan.milestones]
    assert not any(t.title.startswith("Read the brief") for t in plan.tasks())
