"""A goal is read once per goal text, answers and day, and shared by the steps that only read it;
a different answer, goal or day is a fresh reading; the kept readings and routes are bounded."""

from __future__ import annotations

import datetime as dt

import pytest

import assistant.understanding.goal as goal_module
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.llm.engine import LLMEngine
from assistant.playbooks import routing
from assistant.understanding import once
from assistant.understanding.goal import ROUTABLE, understand
from assistant.understanding.shared import understood
from assistant.validators import validate_plan
from tests.llm_support import (
    LLM_TODAY,
    as_json,
    block_real_models,  # noqa: F401  (fixture)
    fake_chat,
    good_draft,
    questions_json,
)
from tests.plans import TODAY as PLAN_DAY
from tests.plans import good_plan

pytestmark = pytest.mark.usefixtures("block_real_models")

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def fresh():
    once.forget()
    yield
    once.forget()


@pytest.fixture
def readings(monkeypatch):
    """Every real reading of a goal, as (goal, answers, field_only)."""
    seen: list[tuple[str, dict[str, str], bool]] = []

    def counted(goal, answers, today, domain=None, field_only=False):
        seen.append((goal, dict(answers), field_only))
        return understand(goal, answers, today, domain, field_only)

    monkeypatch.setattr(goal_module, "understand", counted)
    return seen


@pytest.fixture
def routes(monkeypatch):
    """Every text really routed (embedded and scored)."""
    seen: list[str] = []
    real = routing.route

    def counted(text, fields, money=False, field_only=False):
        seen.append(text)
        return real(text, fields, money, field_only)

    monkeypatch.setattr(goal_module, "route", counted)
    return seen


# paraphrases: three goals, each with two answers that differ in one fact
CASES = [
    (
        "finish a 10k trail race before the end of june",
        {"capacity": "4 hours a week"},
        {"capacity": "7 hours a week"},
        "capacity",
    ),
    (
        "put away 2500 dollars for a new laptop by september",
        {"baseline": "I have 300 saved"},
        {"baseline": "I have 1200 saved"},
        "baseline",
    ),
    (
        "get through 12 novels before next summer",
        {"constraint": "I fall asleep reading in bed"},
        {"constraint": "my phone eats my evenings"},
        "constraint",
    ),
]


@pytest.mark.parametrize(("goal", "one", "other", "key"), CASES)
def test_the_same_goal_and_answers_are_read_once_and_shared(goal, one, other, key, readings):
    first = understood(goal, one, TODAY)
    again = understood(goal, dict(one), TODAY)
    assert again is first and len(readings) == 1


@pytest.mark.parametrize(("goal", "one", "other", "key"), CASES)
def test_a_different_answer_gets_a_fresh_reading_that_says_it(goal, one, other, key, readings):
    first = understood(goal, one, TODAY)
    second = understood(goal, other, TODAY)
    assert second is not first and len(readings) == 2
    fresh = understand(goal, other, TODAY)
    assert second.capacity == fresh.capacity
    assert second.baseline == fresh.baseline
    assert second.constraint == fresh.constraint
    assert (first.capacity, first.baseline, first.constraint) != (
        second.capacity,
        second.baseline,
        second.constraint,
    ), key


@pytest.mark.parametrize(("goal", "one", "other", "key"), CASES)
def test_a_different_goal_text_or_day_gets_a_fresh_reading(goal, one, other, key, readings):
    first = understood(goal, one, TODAY)
    reworded = understood(f"I want to {goal}", one, TODAY)
    later = understood(goal, one, TODAY + dt.timedelta(days=30))
    assert reworded is not first and later is not first and len(readings) == 3
    assert later.today == TODAY + dt.timedelta(days=30)


def test_the_brief_is_served_by_a_whole_reading_but_not_the_other_way(readings):
    goal, answers = "pay off the 6000 on my visa card by christmas", {"capacity": "2 hours"}
    brief = understood(goal, answers, TODAY, field_only=True)
    whole = understood(goal, answers, TODAY)  # a brief's reading may skip the meaning
    assert whole is not brief and len(readings) == 2
    assert understood(goal, answers, TODAY, field_only=True) is whole
    assert len(readings) == 2


def test_a_text_is_routed_once_whatever_answers_come_with_it(routes):
    goal = "learn to hold a 90 second plank by april"
    for answers in ({}, {"capacity": "20 minutes a day"}, {"baseline": "30 seconds"}):
        understood(goal, answers, TODAY)
    assert routes == [goal]  # three readings, one route (and one embedding)
    understood("learn to hold a two minute plank by april", {}, TODAY)
    assert len(routes) == 2  # another text is routed afresh


def test_kept_readings_and_routes_are_bounded(monkeypatch):
    made = []
    monkeypatch.setattr(
        goal_module,
        "understand",
        lambda goal, answers, today, field_only=False: made.append(goal) or object(),
    )
    monkeypatch.setattr(once, "READINGS", once.Kept(3))
    for n in range(5):
        understood(f"walk {n} km a day", {}, TODAY)
    assert len(once.READINGS) == 3
    understood("walk 4 km a day", {}, TODAY)  # kept: not read again
    understood("walk 0 km a day", {}, TODAY)  # the oldest went: read again
    assert made.count("walk 4 km a day") == 1 and made.count("walk 0 km a day") == 2

    kept: once.Kept[int] = once.Kept(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # used: kept longest
    kept.put("c", 3)
    assert kept.get("b") is None and kept.get("a") == 1 and len(kept) == 2

    monkeypatch.setattr(once, "_ROUTES", once.Kept(2))
    for text in ("swim 1 km", "swim 2 km", "swim 3 km"):
        once.routed(text, ROUTABLE, False, False, lambda *a: routing.Route(None, 0, 0, 0))
    assert len(once._ROUTES) == 2


def test_a_chat_reads_its_goal_once_for_the_questions_and_once_for_the_answers(readings, routes):
    goal = "run my first half marathon by the end of march"
    chat = fake_chat(questions_json("capacity", "baseline"), as_json(good_draft()))
    settings = Settings(_env_file=None, openai_api_key="sk-test")
    talk = Conversation(LLMEngine(settings, chat_model=chat), settings, LLM_TODAY)
    talk.send(goal)
    done = talk.send("4 hours a week\nI can run 6 km now")
    assert done.plan is not None
    # the questions read the goal without answers; the understood line and the draft's brief
    # share the reading with them; the route (and the goal's embedding) is computed once
    assert [answers for _, answers, _ in readings] == [
        {},
        {"capacity": "4 hours a week", "baseline": "I can run 6 km now"},
    ]
    assert len(routes) == 1


def test_the_rules_place_a_plan_once_a_pass_and_the_same_as_alone(monkeypatch):
    from assistant.schedule import placement
    from assistant.validators.plan import weekly_load

    plan = good_plan()
    alone = weekly_load(plan, 0.2, PLAN_DAY)
    placed = []
    real = placement.place

    def counted(jobs, capacity):
        placed.append(capacity)
        return real(jobs, capacity)

    monkeypatch.setattr(placement, "place", counted)
    findings = validate_plan(plan, Settings(_env_file=None), PLAN_DAY)
    assert len(placed) == 1  # three rules read the plan's weekly load
    monkeypatch.setattr(placement, "place", real)
    assert weekly_load(plan, 0.2, PLAN_DAY) == alone  # outside a pass: placed afresh, the same
    assert validate_plan(plan, Settings(_env_file=None), PLAN_DAY) == findings


def test_over_the_wire_each_reply_is_parsed_once_and_each_draft_ruled_once(monkeypatch):
    """A reply streamed four characters a token is parsed as JSON once, when it is whole; the
    rules run once a draft (the first draft, then the repaired one)."""
    import assistant.engines.llm.structured as structured
    import assistant.planner as planner
    from assistant.planner import plan_goal
    from tests.llm_support import LocalModelServer, Reply, Script, flawed_draft

    parsed, ruled = [], []
    real_extract, real_rules = structured.extract_json, planner.validate_plan
    monkeypatch.setattr(
        structured, "extract_json", lambda text: parsed.append(len(text)) or real_extract(text)
    )
    monkeypatch.setattr(
        planner, "validate_plan", lambda plan, *a: ruled.append(plan.id) or real_rules(plan, *a)
    )
    replies = [Reply(as_json(flawed_draft()), piece_chars=4), Reply(as_json(good_draft()))]
    with LocalModelServer(Script(replies)) as server:
        settings = Settings(
            _env_file=None, openai_base_url=server.base_url, model="m", request_timeout_s=10
        )
        result = plan_goal(
            LLMEngine(settings),
            "Run the Riverside half marathon by the end of February",  # the drafts' goal
            {"capacity": "5 hours a week"},
            settings,
            LLM_TODAY,
        )
    assert not result.errors and result.rounds == 1
    assert parsed == [len(as_json(flawed_draft())), len(as_json(good_draft()))]
    assert len(ruled) == 2
