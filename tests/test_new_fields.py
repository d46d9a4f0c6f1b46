"""Families of goals that had no field of their own: a family book of recipes or stories is
collected, written up and printed (not cooked); online ordering for a small business is a
channel set up and filled (not a startup's recurring revenue)."""

from __future__ import annotations

from tests.plans import offline_plan, task_titles


def test_a_family_recipe_book_is_collected_written_up_and_printed():
    plan = offline_plan(
        "my cousins and I want to put grandpa's bbq recipes into a book for the family reunion",
        {"constraint": "grandpa never measured anything, it's all by eye"},
    )
    assert plan.metadata.field == "family_book"
    assert "recipes" in plan.goal.statement
    titles = task_titles(plan)
    assert "print" in titles and "template" in titles
    assert "weigh" in titles  # the never-measured recipes are cooked and weighed once
    assert "dinner" not in titles and "takeout" not in titles


def test_a_life_story_book_is_recorded_before_it_is_written():
    plan = offline_plan(
        "write up my mum's stories about growing up in Kerala, she's 88 and her memory is going",
        {},
    )
    assert plan.metadata.field == "family_book"
    assert "stories" in plan.goal.statement
    titles = task_titles(plan)
    assert "record" in titles
    assert "memory" in str(plan.constraint).lower()


def test_online_ordering_is_a_channel_with_cut_offs_and_test_orders():
    plan = offline_plan(
        "our cafe wants to take orders online for collection and make it 10% of sales by summer",
        {"constraint": "we're run off our feet and not techy"},
    )
    assert plan.metadata.field == "online_ordering"
    assert "10%" in plan.goal.statement
    titles = task_titles(plan)
    assert "test order" in titles and "cut-off" in titles
    assert not any(w in titles for w in ("mrr", "crm", "demo", "investor"))


def test_clients_for_a_trading_service_business_come_from_reviews_referrals_and_rebooking():
    plan = offline_plan("get 10 more regular customers for my mobile car valeting business", {})
    assert plan.metadata.field == "service_clients"
    titles = task_titles(plan)
    assert "review" in titles and "referral" in titles and "booking" in titles
    assert not any(w in titles for w in ("register the business", "business plan", "onboard"))


def test_a_part_in_a_play_is_learnt_in_chunks_with_spaced_recall_and_the_cues():
    plan = offline_plan("get off-book for my part in the village panto by january", {})
    assert plan.metadata.field == "memorise_text"
    titles = task_titles(plan)
    assert "chunk" in titles and "from memory" in titles and "cue" in titles


def test_an_adult_relearning_maths_starts_from_a_diagnostic_not_a_gpa():
    plan = offline_plan("relearn fractions so I can help my 9 year old with her homework", {})
    assert plan.metadata.field == "adult_maths"
    titles = task_titles(plan)
    assert "diagnostic" in titles and "worked example" in titles
    assert not any(w in titles for w in ("gpa", "professor", "syllabus", "lecture"))
