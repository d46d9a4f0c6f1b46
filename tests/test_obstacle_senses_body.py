"""A word of an obstacle answer read in the sense the goal gives it, never another field's:
leaking on impact is the pelvic floor (no gutters), chest pain after a heart event is a warning
sign for the cardiac team (no sore spot to pace), "clean" in a goal to quit is abstinent (no
cleaning rota), an occasion's gifts are a cost (no keepsakes), a couple who argue need roles
(no family meeting with the kids), a driving day is no desk, a parent's albums being scanned
are no clear-out, and a back that flares is no energy crash. Paraphrases written for these
tests, in several fields (each failed on the code before)."""

from __future__ import annotations

import re

import pytest

from assistant.playbooks.obstacle_kinds import in_sense
from assistant.understanding.goal import understand
from assistant.understanding.limits import read_limit
from evals.obstacle_fit import sense_problems
from tests.obstacle_support import moves_text
from tests.offline_goals import TODAY


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "running",
            "I still leak a bit if I run downhill or sneeze",
            "run a 10k by June after my c-section",
        ),
        (
            "fitness",
            "leaking whenever I do star jumps in class",
            "get fit again after having twins",
        ),
        (
            "team_sport",
            "a weak bladder since the birth, worst when I land a jump",
            "get back to netball this season",
        ),
        ("strength", "I wet myself a little when I lift heavy", "deadlift my bodyweight by summer"),
    ],
)
def test_leaking_on_impact_is_the_pelvic_floor_not_a_house(field, said, goal):
    text = moves_text(field, said, goal)
    assert "pelvic" in text, text
    assert not re.search(r"gutter|downspout|water pools|drain", text), text


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("home_repair", "the roof leaks when it rains"),
        ("renovation", "water leaking under the bath"),
    ],
)
def test_a_building_that_leaks_keeps_its_water_moves(field, said):
    assert "pelvic" not in moves_text(field, said, "fix up the house before winter")


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "walking",
            "I'm nervous about chest tightness on hills",
            "walk 5 miles a day since my heart attack",
        ),
        ("cycling", "palpitations when I push hard", "cycle to work 3 days a week, I'm 58"),
        (
            "swimming",
            "chest pain now and then since the stent went in",
            "swim 20 lengths twice a week",
        ),
        (
            "fitness",
            "my heart races and I panic about angina",
            "get fit after bypass surgery last spring",
        ),
    ],
)
def test_chest_pain_after_a_heart_event_goes_to_the_cardiac_team(field, said, goal):
    text = moves_text(field, said, goal)
    assert "cardiac" in text, text
    assert "sore spot" not in text and "spares the" not in text, text


@pytest.mark.parametrize(
    ("goal", "field"),
    [
        ("quit paan masala, I want to be clean before my daughter's first birthday", "quit"),
        ("stop chewing betel nut, I want to be clean by Diwali", "smoking"),
        ("give up gambling apps and be clean for a full year", "quit"),
    ],
)
def test_clean_in_a_goal_to_quit_is_abstinent_not_a_clean_home(goal, field):
    assert understand(goal, {}, TODAY).playbook.key == field


@pytest.mark.parametrize(
    ("said", "means"),
    [
        ("quit the booze and stay clean through december", "being abstinent"),
        ("i've been clean 3 weeks since i stopped smoking", "being abstinent"),
        ("diwali and the presents for everyone", "diwali gifts add up"),
        ("a birthday party most weekends, with a present each time", "birthday gifts add up"),
        ("my husband and i bicker over every shelf", "we argue as a couple"),
        ("i keep leaking if i cough or laugh mid-run", "bladder trouble on impact"),
    ],
)
def test_a_word_is_read_in_the_goals_sense(said, means):
    assert means in in_sense(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want the bathroom to be clean every night",
        "the shower is leaking a little behind the tiles",
        "we keep the gifts my nan gave us",
        "the kids argue over whose turn it is",
    ],
)
def test_the_word_in_its_own_sense_is_left_alone(said):
    assert in_sense(said) == said


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "savings",
            "weddings and the gifts and the train fares every month",
            "save £3,000 for a car",
        ),
        (
            "budgeting",
            "Christmas and all the presents for the cousins",
            "stick to a budget every month",
        ),
        (
            "debt",
            "three birthday parties a month and a gift for each",
            "pay off my overdraft by June",
        ),
    ],
)
def test_an_occasions_gifts_are_a_cost_not_keepsakes(field, said, goal):
    text = moves_text(field, said, goal)
    assert re.search(r"gift|present", text) and re.search(r"\bpot\b|budget|cap", text), text
    assert not re.search(r"photograph|keepsake|memory box|let go", text), text


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "renovation",
            "we have a 5 year old and we fight every time we decorate together",
            "repaint the whole flat by March",
        ),
        (
            "diy_build",
            "two kids under 6 and we argue about every cut",
            "build a garden shed together this summer",
        ),
        ("gardening", "with a 4 year old underfoot we fight over every bed", "plant a veg patch"),
    ],
)
def test_a_couple_who_argue_get_roles_not_a_family_meeting(field, said, goal):
    text = moves_text(field, said, goal)
    assert "family meeting" not in text and "the kids" not in text, text


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        ("rehab_posture", "I'm a courier, 10 hours a day behind the wheel", "fix my sciatica"),
        ("walking", "I drive all day between clients", "walk 8,000 steps a day"),
        (
            "rehab_posture",
            "sitting in the van most of the day for site visits",
            "get rid of my neck pain",
        ),
    ],
)
def test_a_driving_day_is_no_desk(field, said, goal):
    text = moves_text(field, said, goal)
    assert "desk" not in text and "screen at eye level" not in text, text
    assert re.search(r"\bseat\b|\bstops?\b", text), text


@pytest.mark.parametrize(
    ("field", "said", "goal"),
    [
        (
            "digitise_photos",
            "I end up crying over my late mum's albums",
            "scan all of mum's photo albums for the family",
        ),
        (
            "genealogy",
            "it's upsetting going through my late dad's letters and papers",
            "trace my dad's family back to 1850",
        ),
        (
            "family_book",
            "too emotional to sort grandma's things for it",
            "make a family recipe book from grandma's cards",
        ),
    ],
)
def test_a_loved_ones_things_being_kept_get_no_clear_out(field, said, goal):
    text = moves_text(field, said, goal)
    assert not re.search(r"clear-out|let go|give to family|memory box", text), text
    assert re.search(r"shared session|someone beside you|who knew them", text), text


@pytest.mark.parametrize(
    "texts",
    [
        ["my lower back flares when I lift the baby"],
        ["the knee flares up on stairs", "pain 3/10"],
        ["6/10 when it flares", "tennis elbow"],
    ],
)
def test_a_pain_that_flares_is_no_energy_crash(texts):
    found = read_limit(texts)
    assert found is None or found.kind != "energy"


@pytest.mark.parametrize(
    "texts",
    [["long covid, I crash after 20 minutes"], ["my fibro flares leave me in bed"], ["ME/CFS"]],
)
def test_an_energy_illness_still_paces_by_the_crash(texts):
    assert read_limit(texts).kind == "energy"


def _plan(field: str, moves: list[str], others: tuple[str, ...] = ()) -> dict:
    tasks = [{"title": m, "attacks_constraint": True} for m in moves]
    tasks += [{"title": t, "attacks_constraint": False} for t in others]
    return {
        "metadata": {"field": field},
        "constraint_strategy": "",
        "milestones": [{"tasks": tasks}],
    }


@pytest.mark.parametrize(
    ("goal", "said", "field", "moves", "others"),
    [
        (
            "run 5k after the baby",
            "leaking when I skip",
            "running",
            ["Fit downspout extensions that carry water 6 feet out"],
            (),
        ),
        (
            "save for a deposit",
            "weddings: gifts and hotels",
            "savings",
            ["Photograph 5 gifts before they go"],
            (),
        ),
        (
            "tile the kitchen",
            "we fight when we work together",
            "renovation",
            ["Hold a 15-minute family meeting with the kids"],
            (),
        ),
        (
            "fix my back",
            "I drive 8 hours a day",
            "rehab_posture",
            ["Set up the desk with the screen at eye level"],
            (),
        ),
        (
            "walk daily after my stent",
            "chest pains scare me",
            "walking",
            ["Do 20 minutes of low-impact exercise that spares the sore spot"],
            (),
        ),
        (
            "ease my hip pain",
            "work is busy",
            "rehab_posture",
            ["Book it"],
            (
                "Set your pacing rule: each session stops at about two-thirds of what sets off a crash",
            ),
        ),
    ],
)
def test_the_audit_finds_another_fields_move(goal, said, field, moves, others):
    found = sense_problems(
        {"goal": goal, "answers": {"constraint": said}}, _plan(field, moves, others)
    )
    assert "sense" in found, found


@pytest.mark.parametrize(
    ("goal", "said", "field", "moves"),
    [
        (
            "fix the damp in the basement",
            "the gutters overflow",
            "mold_damp",
            ["Fit downspout extensions that carry water 6 feet out"],
        ),
        (
            "declutter the loft",
            "my mum's things are sentimental",
            "declutter",
            ["Choose 1 memory box for your mum's things"],
        ),
        (
            "get the kids to do chores",
            "the kids refuse to help",
            "cleaning",
            ["Hold a 15-minute family meeting with the kids"],
        ),
    ],
)
def test_the_audit_leaves_a_licensed_move_alone(goal, said, field, moves):
    found = sense_problems({"goal": goal, "answers": {"constraint": said}}, _plan(field, moves))
    assert "sense" not in found, found
