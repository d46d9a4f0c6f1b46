"""The moves chosen from a constraint answer belong to the goal: a cue word read in the sense
the person meant, no move that names what the plan does not have, no food move for a goal that
is not about food. Paraphrases written for these tests, in several fields (each failed before)."""

from __future__ import annotations

import re

import pytest

from assistant.engines.offline.constraints_fallback import has_sessions, missed_words
from assistant.playbooks.obstacle_kinds import in_sense
from tests.obstacle_support import moves_text

_ASK_PARENT = re.compile(r"\byour (?:dad|mum|mom|father|mother)\b")


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        ("certification", "I'm a new mum and work is busy", "pass the CFA level 1 exam in June"),
        ("exam", "being a dad of three", "pass my driving theory test"),
        ("coding", "as a single father I have little time", "build my first web app in Python"),
        ("savings", "I'm a stay at home mom", "save $5000 for an emergency fund"),
        ("crafts", "i'm a brand new dad", "finish a quilt for the baby's room"),
    ],
)
def test_the_persons_own_role_is_no_one_to_ask(field, said, goal):
    text = moves_text(field, said, goal)
    assert not _ASK_PARENT.search(text), text


@pytest.mark.parametrize(
    ("said", "means"),
    [
        ("i'm a new dad", "new baby"),
        ("just became a first-time mum", "new baby"),
        ("being a single mum of 3", "kids to look after"),
        ("as a working mother", "kids to look after"),
        ("the day job eats every weekend", "takes up every weekend"),
        ("marking and planning eat all my evenings", "takes up my evenings"),
    ],
)
def test_a_cue_word_is_read_in_the_sense_meant(said, means):
    assert means in in_sense(said)


@pytest.mark.parametrize(
    "said",
    [
        "my dad is ill",
        "i eat my lunch at my desk",
        "my mum needs me on sundays",
        "i eat my evening meal at 10pm",
        "we eat our weekend treats on friday",
    ],
)
def test_the_word_in_its_own_sense_is_left_alone(said):
    assert in_sense(said) == said


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        ("healthy_eating", "a long commute on the train", "eat 5 portions of fruit and veg a day"),
        ("alcohol", "my commute is 90 minutes each way", "drink only at weekends"),
        ("budgeting", "overtime shifts", "stick to a monthly budget of 2000"),
        ("smoking", "I work rotating shifts", "quit smoking by March"),
    ],
)
def test_a_plan_with_no_session_gets_no_move_on_sessions(field, said, goal):
    text = moves_text(field, said, goal)
    assert not re.search(r"\bsessions?\b", text), text
    assert "shifts" in text or "commute" in text  # the constraint is still named


def test_which_plans_hold_sessions_is_data():
    assert not has_sessions("healthy_eating") and not has_sessions("savings")
    assert has_sessions("running") and has_sessions("instrument")
    assert missed_words("sugar")["one"] == "the weekly step"
    assert missed_words("yoga")["one"] == "the session"


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        ("photography", "the day job eats my weekends", "build a portfolio of 20 photos"),
        ("blog", "client work eats all my time", "publish a post every week"),
        ("crafts", "my second job eats every weekend", "finish a quilt by christmas"),
        ("book", "my job eats up most of my weekends", "write a 60k word first draft of my novel"),
    ],
)
def test_time_taken_by_work_gets_no_food_move(field, said, goal):
    text = moves_text(field, said, goal)
    assert not re.search(r"\bmeals?\b|\bsnacks?\b|\btreats?\b|\border\b", text), text


def test_food_moves_still_meet_food_said_in_a_making_goal():
    text = moves_text("crafts", "weekends I snack all day instead of sewing", "sew a dress")
    assert re.search(r"meal|snack|treat", text), text


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        ("running", "weekends", "run a half marathon in May"),
        ("smoking", "saturday nights out with mates", "quit vaping before june"),
        ("meditation", "fridays are chaos", "meditate 10 minutes every day"),
    ],
)
def test_a_goal_not_about_food_gets_no_weekend_meals(field, said, goal):
    text = moves_text(field, said, goal)
    assert not re.search(r"\bmeals?\b|\bweekend treat", text), text


def test_a_goal_about_food_keeps_its_weekend_meals():
    assert "meals" in moves_text("weight", "weekends ruin it", "lose 10kg by summer")


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("since mum's funeral we barely talk", "mum"),
        ("sorting my late father's garage", "father"),
        ("after my husband's death i stopped going out", "husband"),
    ],
)
def test_someone_who_has_died_is_read_as_a_loss(said, gone):
    read = in_sense(said)
    assert "the family loss" in read and gone not in read


@pytest.mark.parametrize(
    ("field", "said", "goal", "gone"),
    [
        (
            "family",
            "we both get defensive and the house always comes up",
            "patch things up with my brother since mum's funeral, we fell out over the house",
            "mum",
        ),
        (
            "friends",
            "I never know what to say and I get defensive",
            "get back in touch with my best friend after my husband's death",
            "husband",
        ),
    ],
)
def test_someone_who_has_died_is_no_one_to_bring_in(field, said, goal, gone):
    text = moves_text(field, said, goal)
    assert f"your {gone}" not in text, text


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "digitise_photos",
            "I dont know if I should just pay a service",
            "scan 3000 family photos",
        ),
        ("genealogy", "not sure whether parish records count as proof", "trace my tree to 1800"),
        (
            "family_book",
            "I don't know whether the old letters count",
            "write up grandad's war years",
        ),
    ],
)
def test_an_open_question_in_a_making_goal_goes_to_someone_who_has_done_the_job(field, said, goal):
    text = moves_text(field, said, goal)
    assert "clinician" not in text and "office in charge" not in text, text
