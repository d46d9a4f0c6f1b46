"""Goal families that used to land in a neighbour field or the scaffold get their own knowledge:
an IELTS band through its four papers, leg surgery through the physio's staged tests, a fault
code before an inspection, vaping in vaping words, a work report automated in Python, a school's
fundraiser shared by the parents, recruiting volunteers, gaining weight, a career switch."""

from __future__ import annotations

from tests.plans import offline_plan, task_titles

_plan, _titles = offline_plan, task_titles


def test_an_ielts_band_is_planned_through_its_four_papers_not_the_scaffold():
    plan = _plan("need band 7.5 in IELTS academic to register as a physiotherapist in Australia")
    assert plan.metadata.field == "exam"
    assert "your stages" not in plan.goal.metric.name
    titles = _titles(plan)
    assert "timed essay" in titles and "speaking" in titles and "full timed mock" in titles


def test_rehab_after_leg_surgery_follows_the_physios_stages_not_back_pain():
    plan = _plan(
        "getting back to netball after my meniscus repair, the physio says it takes 6 months"
    )
    assert plan.metadata.field == "rehab_posture"
    assert plan.goal.metric.unit == "stages" and not plan.goal.metric.baseline
    titles = _titles(plan)
    assert "hop-test" in titles and "strength" in titles
    indicators = " ".join(m.name for m in plan.leading_indicators)
    assert "movement breaks" not in indicators


def test_quitting_vaping_is_planned_in_vaping_words():
    plan = _plan("stop vaping, I go through a disposable every two days")
    assert plan.metadata.field == "smoking"
    assert "vape-free" in plan.goal.metric.name
    titles = _titles(plan)
    assert "cigarette" not in titles and "smoke-free" not in titles
    assert "vape" in titles


def test_a_fault_code_before_an_inspection_plans_the_fix_and_the_test():
    plan = _plan(
        "fix the engine light on my Ford Focus before the annual inspection, it's throwing P0171"
    )
    assert plan.metadata.field == "car_care"
    assert "inspection" in plan.goal.statement.lower()
    titles = _titles(plan)
    assert "readiness monitors" in titles and "take the car to the inspection" in titles
    assert "walk round the car" not in titles


def test_a_school_fundraiser_is_shared_by_the_parents_not_a_personal_appeal():
    plan = _plan(
        "our PTO wants to raise $8,000 for new library books at the primary school this year"
    )
    assert plan.metadata.field == "fundraising"
    titles = _titles(plan)
    assert "principal" in titles and "local businesses" in titles
    assert "closest to you" not in titles


def test_python_to_automate_a_work_spreadsheet_builds_that_report_not_portfolio_projects():
    plan = _plan("learn enough python to stop copy-pasting our weekly sales spreadsheet by hand")
    assert plan.metadata.field == "coding"
    titles = _titles(plan)
    assert "pandas" in titles and "report" in titles
    assert "leetcode" not in titles and "public url" not in titles and "hello" not in titles


def test_recruiting_volunteers_for_a_shelter_is_running_a_group_not_training_a_dog():
    plan = _plan(
        "help our animal shelter recruit 20 new reliable volunteers for weekend dog walking"
    )
    assert plan.metadata.field == "volunteer_group"


def test_putting_on_healthy_weight_is_planned_as_a_gain():
    plan = _plan("I'm 52 kg and want to put on some healthy weight, maybe 5 kg")
    assert plan.metadata.field == "weight_gain"
    assert not plan.goal.statement.lower().startswith("lose")


def test_a_new_job_in_a_new_line_of_work_after_a_certificate_is_a_career_switch():
    plan = _plan(
        "land a job as a data analyst, I've been a chef for 12 years and just completed a "
        "Coursera certificate"
    )
    assert plan.metadata.field == "career_switch"
    assert "data analyst" in plan.goal.statement.lower()


def test_the_new_line_of_work_named_after_job_in_is_kept_in_a_career_switch():
    plan = _plan(
        "get a role in cybersecurity, I've been in hospitality for 8 years and just completed a bootcamp"
    )
    assert plan.metadata.field == "career_switch"
    assert "cybersecurity" in plan.goal.statement.lower()


def test_more_pull_ups_once_a_few_are_there_trains_pull_ups_not_a_full_body_session():
    plan = _plan("I can do 5 chin-ups now and want to get to 15")
    assert plan.metadata.field == "strength"
    titles = _titles(plan)
    assert "pull-up session" in titles and "negatives" in titles
    assert "full-body" not in titles and "push-ups" not in titles


def test_an_official_language_exam_is_planned_through_its_papers_not_conversation_minutes():
    plan = _plan("sit the Goethe B1 in German next autumn so I can get my residence permit")
    assert plan.metadata.field == "language"
    assert "exam" in plan.goal.statement.lower() and plan.goal.metric.unit == "papers"
    titles = _titles(plan)
    assert "model exam" in titles and "mock oral" in titles
