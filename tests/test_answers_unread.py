"""Deadline and time answers the plain readers found nothing in, read as a coach would: the
plan keeps a date or an assumption that quotes the person, and the chat does not re-ask."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer_reader import check_answer, checked_options
from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError
from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("few months", dt.date(2027, 2, 27)),
        ("couple months to get a handle on it", dt.date(2027, 1, 27)),
        ("few weeks", dt.date(2026, 12, 18)),
        ("next few weekends", dt.date(2026, 12, 18)),
        ("couple weeks? I'm exhausted", dt.date(2026, 12, 11)),
        ("by my son's 16th birthday, so about 3 years", dt.date(2029, 11, 27)),  # the arithmetic
        ("age 50, so 12 years", dt.date(2038, 11, 27)),
        ("as fast as possible, 2-3 years?", dt.date(2028, 11, 27)),  # in a hurry: the near end
        ("we want to start looking at houses in about a year", dt.date(2027, 11, 27)),
        ("all year", dt.date(2027, 11, 27)),
        ("before baseball season", dt.date(2027, 3, 19)),
        ("before the first big snow", dt.date(2026, 12, 14)),
        ("a fall 5k maybe", dt.date(2027, 8, 31)),
        ("inspection sticker expires end of the month", dt.date(2026, 11, 30)),
        ("yesterday lol", TODAY + dt.timedelta(weeks=6)),
    ],
)
def test_a_loose_deadline_reads_as_the_date_a_coach_would_take(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day


@pytest.mark.parametrize(
    "said",
    ["its just ongoing", "just ongoing I guess, start now", "every day starting now",
     "every night", "every week from now", "not a race"],
)  # fmt: skip
def test_an_ongoing_habit_has_no_deadline_of_its_own(said):
    typed = parse_answers({"deadline": said}, TODAY)
    assert "deadline" not in typed and typed["deadline_ongoing"] == said


def test_a_rhythm_is_not_read_as_a_span():
    typed = parse_answers({"deadline": "once a week"}, TODAY)  # not "in a week": a habit
    assert "deadline" not in typed and typed["deadline_ongoing"] == "once a week"


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("2 devs, maybe half their time", 40.0),
        ("a day", 6.0),
        ("about 50 eng hours a week total", 50.0),
        ("a lot actually, I'm on disability", 10.0),
    ],
)
def test_a_loose_time_answer_reads_as_hours(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours


def _line(plan, key):
    return next(a for a in plan.assumptions if a.key == key)


@pytest.mark.parametrize(
    ("goal", "said", "words"),
    [
        ("Get 7 hours of sleep a night", "n/a it's sleep", "time is not what limits"),
        ("get the shingles vaccine, both doses", "just the appointments", "the appointments"),
        ("get my tetanus booster", "whatever appointments take", "the appointments"),
        ("get in shape", "time is not really the problem", "time is not what limits"),
        ("rebuild my relationship with my son", "whatever he'll give me honestly", "someone else"),
        ("get in shape", "-", "did not say"),
        ("get in shape", "don't know", "did not say"),
    ],
)
def test_time_that_is_not_the_issue_is_assumed_with_their_words(goal, said, words):
    line = _line(ENGINE.draft(goal, {"capacity": said}, TODAY), "capacity")
    assert line.source == "assumed" and said in line.text and words in line.text


def test_a_share_of_each_sprint_is_the_teams_hours():
    goal = "Our team of 5 devs wants to cut the bug backlog from 340 open tickets to under 100"
    plan = ENGINE.draft(goal, {"capacity": "maybe 20% of each sprint"}, TODAY)
    line = _line(plan, "capacity")
    assert line.source == "stated" and line.text.startswith("40 hours a week")


def test_people_named_in_the_time_answer_become_the_owners():
    goal = "Our nonprofit needs to raise $75,000 for a new van by December"
    said = "me plus 3 board members and some volunteers"
    plan = ENGINE.draft(goal, {"capacity": said}, TODAY)
    assert _line(plan, "owners").text == "Owners: me, board members, volunteers"
    assert said in _line(plan, "capacity").text


def test_an_ongoing_habit_is_planned_without_inventing_a_hard_deadline():
    plan = ENGINE.draft("walk 10,000 steps every day", {"deadline": "just ongoing"}, TODAY)
    line = _line(plan, "deadline")
    assert line.source == "assumed" and "ongoing habit with no end date" in line.text


def test_urgency_is_the_soonest_date_realistic_for_the_field():
    plan = ENGINE.draft("find a new job", {"deadline": "yesterday lol"}, TODAY)
    line = _line(plan, "deadline")
    assert "'yesterday lol'" in line.text and "soonest realistic" in line.text
    assert plan.goal.deadline > TODAY + dt.timedelta(weeks=6)  # a job search takes longer


def test_an_event_with_no_date_keeps_their_words():
    plan = ENGINE.draft(
        "pay off my car loan early, $11,200 left", {"deadline": "before the transmission dies"},
        TODAY,
    )  # fmt: skip
    assert "before the transmission dies" in _line(plan, "deadline").text


@pytest.mark.parametrize(
    ("key", "said"),
    [("deadline", "few months"), ("deadline", "just ongoing"), ("deadline", "not a race"),
     ("capacity", "n/a it's sleep"), ("capacity", "maybe 20% of each sprint"),
     ("capacity", "just the appointments"), ("capacity", "2 devs, maybe half their time")],
)  # fmt: skip
def test_the_chat_does_not_re_ask_an_answer_it_now_reads(key, said):
    got = check_answer(key, said, TODAY, "get fit")
    assert got.ask is None and got.text == said


def test_the_cli_still_refuses_an_answer_that_says_nothing_in_one_line():
    with pytest.raises(InputError, match="deadline") as info:
        checked_options({"deadline": "the blue one"}, "learn guitar", TODAY)
    assert "\n" not in str(info.value)


def test_the_chat_plans_with_loose_answers_without_asking_again():
    from assistant.conversation import Conversation

    settings = Settings(_env_file=None)
    chat = Conversation(OfflineEngine(settings), settings, today=TODAY)
    chat.send("walk 10,000 steps every day")
    turn = chat.send(
        "deadline: just ongoing\ncapacity: n/a it's sleep\nbaseline: 4000\nconstraint: rain"
    )
    assert (
        chat.answers["deadline"] == "just ongoing" and chat.answers["capacity"] == "n/a it's sleep"
    )
    assert turn.state == "plan", turn.message
    texts = " ".join(a.text for a in turn.plan.assumptions)
    assert "'just ongoing'" in texts and "'n/a it's sleep'" in texts


@pytest.mark.parametrize(
    ("part", "kind"),
    [("yesterday lol", "deadline"), ("few months", "deadline"), ("just ongoing", "deadline"),
     ("before the transmission dies", "deadline"), ("n/a it's sleep", "capacity"),
     ("maybe 20% of each sprint", "capacity"), ("just the appointments", "capacity"),
     ("retail manager 8 years", None), ("I walk every day", None)],
)  # fmt: skip
def test_a_loose_answer_in_a_reply_goes_to_its_question(part, kind):
    from assistant.answer_kinds import kind_of

    assert kind_of(part, ["metric", "deadline", "capacity", "baseline"]) == kind


@pytest.mark.parametrize(
    ("said", "day"),
    [("no rush, by next summer i hope", dt.date(2027, 5, 31)),
     ("no deadline, maybe 6 months to see progress", dt.date(2027, 5, 27)),
     ("no deadline, it's more of a habit thing", None),
     ("no deadline but ideally by june", dt.date(2027, 6, 30)),
     ("no real deadline though i'd like it done by march", dt.date(2027, 3, 31)),
     ("no rush - end of next summer would be nice", dt.date(2027, 8, 31)),
     ("no deadline; before my 40th in april ideally", dt.date(2027, 3, 31))],
)  # fmt: skip
def test_a_date_after_no_rush_is_kept_as_a_soft_deadline(said, day):
    assert parse_answers({"deadline": said}, TODAY).get("deadline") == day


@pytest.mark.parametrize(
    ("said", "day"),
    [("ASAP, within 3 months hopefully", dt.date(2027, 2, 27)),
     ("asap honestly. by my birthday, june 3", dt.date(2027, 6, 3))],
)  # fmt: skip
def test_a_date_said_with_asap_wins_over_the_urgency(said, day):
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed["deadline"] == day and "deadline_soon" not in typed


def test_weight_asap_is_the_safe_pace_not_the_typical_one():
    from assistant.playbooks import BY_KEY

    fast = ENGINE.draft("lose 30 lbs", {"deadline": "asap"}, TODAY).goal.deadline
    usual = ENGINE.draft("lose 30 lbs", {}, TODAY).goal.deadline
    kg_a_week = 30 / 2.2046 / ((fast - TODAY).days / 7)
    assert fast < usual and kg_a_week <= BY_KEY["weight"].pace  # sooner, never unsafe


def test_goalsmith_plan_takes_a_loose_answer_and_refuses_nothing_said_in_one_line(
    tmp_path, monkeypatch
):
    import json

    from tests.cli_inprocess import run_cli

    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path))
    out = run_cli(
        "plan", "get 7 hours of sleep a night", "--offline", "--json", "--today", str(TODAY),
        "--answer", "capacity=n/a it's sleep", "--answer", "deadline=few months",
    )  # fmt: skip
    plan = json.loads(out.out)["plan"]
    assert out.code == 0 and plan["goal"]["deadline"] == "2027-02-27"
    assert any("'n/a it's sleep'" in a["text"] for a in plan["assumptions"])
    bad = run_cli("plan", "learn guitar", "--offline", "--answer", "deadline=the blue one")
    assert bad.code != 0 and len(bad.err.strip().splitlines()) == 1 and "blue one" in bad.err


def test_a_span_past_the_calendar_is_a_clear_error_not_a_crash():
    import datetime as _dt

    from assistant.errors import InputError
    from assistant.understanding.answers import parse_answers

    with pytest.raises(InputError, match="420000 WEEK"):
        parse_answers({"deadline": "420000 WEEK"}, _dt.date(2026, 11, 27))
