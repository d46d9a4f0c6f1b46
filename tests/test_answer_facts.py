"""What the person answered is used (session 17, round 26's R1/R5): a debt, a balance, a
partner's pot or a qualification stated in the answers gets a task of its own, and an obstacle
is met with a move of its own kind: money short with money, a person with that person,
distrust with checks they do themselves. Every case is written here in new words and fields.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.answer_facts import fact_steps, facts_named
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.engine import OfflineEngine
from assistant.playbooks import BY_KEY

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


def _moves(field: str, said: str, goal: str = ""):
    return constraint_moves(BY_KEY[field], said, goal)


def _text(moves) -> str:
    return " | ".join([moves.strategy, *moves.titles()]).lower()


def _titles(goal: str, answers: dict[str, str]) -> list[str]:
    plan = ENGINE.draft(goal, answers, TODAY)
    return [t.title for t in plan.tasks() if t.status != "dropped"]


# --- facts of the answers, each with a task of its own ---------------------------------------


@pytest.mark.parametrize(
    ("field", "said", "kind", "word"),
    [
        ("savings", "about $900 saved, $2,400 on a store card", "debt", "card"),
        ("home_buying", "deposit at 12k, still 3k owed on a car loan", "debt", "loan"),
        ("budgeting", "£250 on klarna and no savings", "debt", "klarna"),
        ("budgeting", "always dip into the overdraft before the 20th", "overdraft", "overdraft"),
        ("spending", "I'm overdrawn by the end of most months", "overdraft", "overdraft"),
        ("investing", "€8,000 sitting in a savings account doing nothing", "lump_sum", "split"),
        ("investing", "£20k in an easy access saver, never bought a share", "lump_sum", "split"),
        ("investing", "$12k parked in checking", "lump_sum", "split"),
        (
            "investing",
            "my 401k is 220k and my husband has 140k in his IRA",
            "partner_pot",
            "husband",
        ),
        ("savings", "we've got 6k, my partner has another £4,000 put by", "partner_pot", "partner"),
        ("home_buying", "my girlfriend's ISA has 9k in it", "partner_pot", "girlfriend"),
        (
            "career_switch",
            "10 years on the tills, food hygiene level 3 certificate",
            "qualification",
            "certificate",
        ),
        (
            "job",
            "forklift licence and a CSCS card, 4 years in a warehouse",
            "qualification",
            "licence",
        ),
        ("promotion", "PRINCE2 certified, 3 years as a coordinator", "qualification", "certified"),
    ],
)
def test_a_fact_the_goal_depends_on_gets_a_task_that_names_it(field, said, kind, word):
    assert kind in [k for k, _, _ in facts_named(said)]
    steps = fact_steps(field, [said, ""], [])
    assert steps, said
    assert word in steps[0].title.lower()
    assert not steps[0].attacks  # a resource or a debt, not the obstacle


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("career_switch", "no degree and no certs, 8 years in retail"),
        ("job", "I need to get a forklift licence first"),
        ("savings", "the card is paid off now, 1k saved"),
        ("debt", "£3,000 on a credit card at 29%"),  # the goal's own subject: its plan clears it
        ("running", "$500 on a credit card"),  # no money goal: the debt is not this plan's
    ],
)
def test_no_task_for_a_fact_not_held_or_the_goals_own_subject(field, said):
    assert fact_steps(field, [said, ""], []) == ()


def test_a_fact_a_planned_step_names_already_gets_no_second_task():
    said = "£600 on a credit card"
    planned = ["Pay the card debt down by a set amount each payday | Payment made"]
    assert fact_steps("savings", [said], planned) == ()


@pytest.mark.parametrize(
    ("goal", "answers", "word"),
    [
        (
            "Build up a £2,500 rainy day fund by next autumn",
            {"baseline": "£300 saved, £950 on a credit card", "capacity": "an hour a week"},
            "card",
        ),
        (
            "I want to start investing $400 a month in index funds",
            {"baseline": "$18k sitting in a savings account, nothing invested"},
            "split",
        ),
        (
            "get out of hospitality into an office admin job this year",
            {"baseline": "12 yrs as a bar manager, personal licence holder, GCSEs"},
            "licence",
        ),
    ],
)
def test_the_plan_made_with_the_answers_plans_the_fact(goal, answers, word):
    assert any(word in t.lower() for t in _titles(goal, answers))


# --- obstacles met with a move of their own kind ---------------------------------------------


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("car_care", "no cash until my wages come in on the 28th"),
        ("home_repair", "broke till payday, the roofer wants half up front"),
        ("medical", "can't pay the deposit before I get paid next week"),
    ],
)
def test_money_short_until_payday_is_met_with_money_moves_not_a_shorter_session(field, said):
    moves = _moves(field, said)
    text = _text(moves)
    assert moves.source == "kind:short_till_payday"
    assert "10-minute version" not in text
    assert "payday" in text and any(w in text for w in ("instalments", "split", "part payment"))


@pytest.mark.parametrize(
    ("field", "said", "who"),
    [
        ("digitise_photos", "my brother has the other half of the slides in Cardiff", "brother"),
        ("family_book", "mum kept most of the letters at hers", "mum"),
        ("genealogy", "my cousin has some of the old certificates", "cousin"),
    ],
)
def test_a_relative_holding_part_of_the_material_is_met_with_that_person(field, said, who):
    moves = _moves(field, said)
    text = _text(moves)
    assert moves.source == "kind:holds_their_part"
    assert f"your {who}" in text
    assert "1 specific thing" not in text
    assert "sent" in text or "brought" in text


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("investing", "honestly I don't really trust financial planners"),
        ("savings", "wary of salespeople after being mis-sold insurance"),
        ("estate_planning", "we got burned by an adviser years ago"),
    ],
)
def test_distrust_of_advisers_is_met_with_checks_they_do_themselves(field, said):
    moves = _moves(field, said)
    text = _text(moves)
    assert moves.source == "kind:distrust_advisers"
    assert "whoever must approve" not in text and "chase" not in text
    assert "yourself" in text and "calculator" in text


@pytest.mark.parametrize(
    ("field", "said", "who"),
    [
        ("sleep", "my housemate has the tv on till 1am", "housemate"),
        ("exam", "revision is hard when my flatmates party until 3am", "flatmate"),
        ("waking_early", "my boyfriend games until midnight in our room", "boyfriend"),
    ],
)
def test_someone_at_home_up_late_is_met_with_agreed_quiet_hours(field, said, who):
    moves = _moves(field, said)
    text = _text(moves)
    assert "housemate_late" in moves.source
    assert f"quiet hours with your {who}" in text


@pytest.mark.parametrize(
    ("field", "said", "kinds"),
    [
        ("sleep", "phone. netflix. flatmate loud until 2am", {"screens", "housemate_late"}),
        ("running", "knees. rain. work trips most weeks", {"weather"}),
        ("exam", "instagram. my sister plays music till midnight", {"housemate_late"}),
    ],
)
def test_a_chat_list_of_full_stops_is_met_part_by_part(field, said, kinds):
    source = _moves(field, said).source
    assert all(f"kind:{k}" in source for k in kinds), source
    assert "+" in source  # more than one part met


# --- premises: a step that contradicts what they said of their life is not planned --------


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("cut out energy drinks", {"baseline": "3 red bulls a shift", "constraint": "I work nights at the hospital, 4 on 4 off"}),
        ("quit coffee by spring", {"baseline": "5 cups a day", "constraint": "rotating shifts at the depot"}),
        ("stop relying on caffeine to get through the day", {"baseline": "4 cans of monster", "constraint": "security guard on nights, 12 hour shifts"}),
    ],
)  # fmt: skip
def test_a_night_worker_gets_no_daytime_clock_steps(goal, answers):
    titles = " | ".join(_titles(goal, answers)).lower()
    assert "morning light" not in titles
    assert "afternoon caffeine" not in titles and "afternoon coffee" not in titles


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("pray all five prayers on time", {"constraint": "I'm a labourer on a construction site, zuhr and asr are at work, nowhere to pray"}),
        ("pray my 5 daily salah, especially the ones during work", {"constraint": "I'm a roofer, no prayer space on the job site"}),
        ("pray all my salah on time, fajr to isha", {"baseline": "3 a day", "constraint": "no prayer space at the building site where I work"}),
    ],
)  # fmt: skip
def test_a_site_worker_gets_no_office_steps(goal, answers):
    titles = _titles(goal, answers)
    low = " | ".join(titles).lower()
    assert "quiet room" not in low and "empty office" not in low
    assert not any(re.search(r"\bHR\b", t) for t in titles)
    assert "foreman" in low or "site manager" in low


@pytest.mark.parametrize(
    ("title", "said", "kind"),
    [
        ("Walk outside for 15 minutes in the morning light", "nurse on nights", "night_shift"),
        ("Swap the afternoon coffee for a walk", "i work nights in a warehouse", "night_shift"),
        ("Send HR a request for a quiet room", "scaffolder on building sites", "site_work"),
        ("Walk outside for 15 minutes in the morning light", "i work in an office 9 to 5", ""),
        ("Send HR a request for a quiet room", "i work at a bank branch", ""),
        ("Find a quiet room at the website's office", "i build websites", ""),
    ],
)
def test_a_premise_rules_out_only_what_it_contradicts(title, said, kind):
    from assistant.language import normalize
    from assistant.playbooks.step_subjects import ruled_out

    assert ruled_out(title, normalize(said)) == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("no prayer space at the building site", "site_work"),
        ("not on nights any more, days now", ""),
        ("i never work nights", ""),
    ],
)
def test_a_premise_is_read_where_said_not_where_denied(said, kind):
    from assistant.playbooks.step_subjects import ruled_out

    title = "Send HR a note | Walk outside in the morning light"
    assert ruled_out(title, said) == kind


@pytest.mark.parametrize(
    ("field", "said", "word"),
    [
        ("instrument", "I know Em, G and D but the changes are slow", "chords you have"),
        ("instrument", "can do A D E from a beginner book", "chords you have"),
        ("strength", "0 pull-ups, maybe 5 assisted pull-ups", "easier version"),
        ("strength", "about 8 incline push-ups", "easier version"),
        ("crafts", "roughly two thirds of the squares knitted", "what is left"),
        ("book", "half the chapters drafted, none edited", "what is left"),
    ],
)
def test_what_they_can_already_do_is_where_the_plan_starts(field, said, word):
    steps = fact_steps(field, [said, ""], [])
    assert steps and word in steps[0].title
    assert "'" in steps[0].title  # their words, quoted


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ("instrument", "can play a bit of everything, no chords yet"),
        ("strength", "12 full push-ups"),
        ("crafts", "half a kilo of yarn bought"),
    ],
)
def test_no_start_task_where_no_easier_start_is_said(field, said):
    assert fact_steps(field, [said, ""], []) == ()


@pytest.mark.parametrize(
    ("said", "kind", "words"),
    [
        ("got a E string that buzzes", None, ""),  # 'a E' is no pair of chords
        ("6 yrs bookkeeping and Xero certs", "qualification", "Xero certs"),
        ("plus a food hygiene cert", "qualification", "food hygiene cert"),
    ],
)
def test_the_words_quoted_are_the_facts_own(said, kind, words):
    found = facts_named(said)
    if kind is None:
        assert found == []
    else:
        assert (kind, words) in [(k, w) for k, w, _ in found]
