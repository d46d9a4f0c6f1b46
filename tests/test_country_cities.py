"""A well-known city reads as its country, so the southern seasons, money and words follow:
Pretoria is South Africa, Auckland New Zealand, Nairobi Kenya; a city the person only visits
or where their family lives says nothing of where they live."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.country import country_of
from assistant.language.seasons import season_of


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("get 3 raised beds growing in our Pretoria backyard before the rains", "south_africa"),
        ("I'm in Durban and want to grow my own salad greens", "south_africa"),
        ("a balcony herb garden for our flat in Cape Town by christmas", "south_africa"),
        ("save R40 000 for a car, we rent in Sandton", "south_africa"),
        ("plant a vege patch at our Auckland rental this spring", "new_zealand"),
        ("grow potatoes in Christchurch, first time gardener", "new_zealand"),
        ("cook at home 5 nights a week, I'm in Nairobi and spend KSh 800 a night", "kenya"),
        ("study for my final year exams in Lagos, I have 4 months", "nigeria"),
        ("start a window box of herbs in my Buenos Aires apartment", "argentina"),
    ],
)
def test_a_well_known_city_reads_as_its_country(said, key):
    assert country_of(said) == key


@pytest.mark.parametrize(
    "said",
    [
        "learn Portuguese to talk to my wife's family in Brazil",
        "walk the Camino de Santiago next May with my sister",
        "call my mum more, she lives in Nairobi and I'm always busy",
        "save for a trip to Cape Town next year",
    ],
)
def test_a_city_they_visit_or_family_lives_in_is_not_theirs(said):
    assert country_of(said) not in {"brazil", "chile", "kenya", "south_africa"}


@pytest.mark.parametrize(
    ("said", "title", "month", "in_season"),
    [
        ("veg beds in Pretoria", "Sow beans straight into the beds", 10, True),
        ("a vegetable garden in Johannesburg", "Sow carrots and beetroot into the bed", 5, False),
        (
            "grow tomatoes in Wellington",
            "Harden off the seedlings for a week, then plant them out",
            11,
            True,
        ),
        (
            "grow tomatoes in Durban",
            "Harden off the seedlings for a week, then plant them out",
            6,
            False,
        ),
        (
            "grow tomatoes in Leeds",
            "Harden off the seedlings for a week, then plant them out",
            5,
            True,
        ),
    ],
)
def test_the_seasons_follow_the_hemisphere_the_city_is_in(said, title, month, in_season):
    found = season_of(title, country_of(said))
    assert found is not None
    assert (month in found[1]) == in_season


def test_a_southern_garden_plan_plants_nothing_out_in_its_winter():
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    for goal in (
        "get 4 raised veggie beds going in the backyard in Pretoria, eating from them by june",
        "start a vegetable garden at our place in Auckland by july, never grown anything",
        "grow our own veg in 3 beds in Cape Town by the end of june",
    ):
        plan = plan_goal(OfflineEngine(settings), goal, {}, settings, dt.date(2026, 11, 27)).plan
        for task in plan.tasks():
            if task.recurrence or not season_of(task.title, "south_africa"):
                continue
            assert task.due.month not in (6, 7, 8), (goal, task.title, task.due)
