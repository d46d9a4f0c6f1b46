"""The LLM engine against a fake chat model: what it sends, what it accepts, what it re-asks."""

from __future__ import annotations

import copy
import importlib

import pytest
from pydantic import SecretStr

from assistant.config import Settings
from assistant.engines.llm.drafts import PlanDraft
from assistant.engines.llm.engine import PLACEHOLDER_API_KEY, LLMEngine, build_chat_model
from assistant.engines.llm.structured import ReplyProblem, extract_json, unwrap
from assistant.engines.select import OFFLINE_LABEL, endpoint_label, engine_label, make_engine
from assistant.errors import ModelError
from assistant.models import Plan
from tests.llm_support import (
    LLM_TODAY,
    ai,
    as_json,
    block_real_models,  # noqa: F401  (fixture)
    fake_chat,
    flawed_draft,
    good_draft,
    questions_json,
)

pytestmark = pytest.mark.usefixtures("block_real_models")


def settings(**kw) -> Settings:
    return Settings(_env_file=None, **{"openai_api_key": "sk-test", **kw})


def engine(*replies, **kw) -> tuple[LLMEngine, object]:
    chat = fake_chat(*replies)
    return LLMEngine(settings(**kw), chat_model=chat), chat


# --- cleaning replies ---------------------------------------------------------------------------

GOOD = as_json({"questions": []})


@pytest.mark.parametrize(
    "reply",
    [
        GOOD,
        f"```json\n{GOOD}\n```",
        f"<think>The user wants {{questions}}. Let me think.</think>\n{GOOD}",
        f"<think>plan</think>```\n{GOOD}\n```\nI hope this helps! Let me know {{anything}}.",
        f"Here is the JSON you asked for:\n{GOOD}\nNotes: none.",
        f"Sure {{here}} it is: {GOOD}",
    ],
)
def test_json_is_found_whatever_the_model_wraps_it_in(reply):
    assert extract_json(reply) == {"questions": []}


@pytest.mark.parametrize(
    "reply, truncated",
    [
        ('{"questions": [{"key": "capacity", "quest', True),
        ("<think>Let me consider the goal carefully and", True),
        ("", True),
        ("I cannot help with that.", False),
        ('{"questions": [1, 2,, 3]}', False),
    ],
)
def test_unusable_replies_say_whether_they_were_cut_off(reply, truncated):
    with pytest.raises(ReplyProblem) as caught:
        extract_json(reply)
    assert caught.value.truncated is truncated


def test_wrapper_objects_are_removed():
    draft = good_draft()
    assert unwrap({"PlanDraft": draft}, PlanDraft) == draft
    assert unwrap({"name": "PlanDraft", "arguments": as_json(draft)}, PlanDraft) == draft
    assert unwrap(draft, PlanDraft) is draft


# --- questions ----------------------------------------------------------------------------------


def test_questions_send_the_gap_analysis_and_today_and_skip_what_is_answered():
    eng, chat = engine(questions_json("capacity", "deadline", "Weekly Hours!", "capacity"))
    questions = eng.questions("Get fit", {"deadline": "by June"}, LLM_TODAY)
    assert [q.key for q in questions] == ["capacity", "weekly_hours"]
    system, user = chat.sent[0]
    assert LLM_TODAY.isoformat() in system.content and LLM_TODAY.isoformat() in user.content
    assert "measurable" in user.content  # the offline gap analysis of "Get fit"
    assert "- deadline: by June" in user.content


# --- drafting -----------------------------------------------------------------------------------


def test_a_good_draft_becomes_a_plan_with_its_bookkeeping_and_costs():
    eng, chat = engine(ai(as_json(good_draft()), tokens_in=1234, tokens_out=567))
    plan = eng.draft("Run a half marathon by February", {"capacity": "5 hours"}, LLM_TODAY)
    assert plan.start_date == LLM_TODAY
    assert [m.id for m in plan.milestones] == ["m1", "m2", "m3", "m4"]
    assert plan.metadata.engine == "llm" and plan.metadata.model == "gpt-4o-mini"
    [call] = plan.metadata.calls
    assert (call.purpose, call.tokens_in, call.tokens_out, call.repair_round) == (
        "draft",
        1234,
        567,
        0,
    )
    prompt = chat.prompt(0)
    assert "Run a half marathon by February" in prompt and "- capacity: 5 hours" in prompt
    assert "Not answered" in prompt and "owners" in prompt.split("Not answered")[1]


def test_the_clarify_call_is_counted_on_the_plan_of_the_same_goal():
    eng, _ = engine(questions_json("capacity"), as_json(good_draft()))
    eng.questions("Run a half marathon", {}, LLM_TODAY)
    plan = eng.draft("Run a half marathon", {"capacity": "5 h"}, LLM_TODAY)
    assert [c.purpose for c in plan.metadata.calls] == ["clarify", "draft"]


def test_a_truncated_reply_is_asked_again_without_guessing():
    text = as_json(good_draft())
    eng, chat = engine(ai(text[: len(text) // 2], finish_reason="length"), text)
    events = []
    plan = eng.draft("Run a half marathon", {}, LLM_TODAY, lambda *e: events.append(e))
    assert len(plan.metadata.calls) == 2
    reask = chat.sent[1]
    assert "cut off" in reask[-1].content
    assert text[:200] not in [m.content[:200] for m in reask[2:]]  # the fragment is not fed back
    assert any("re-asking" in detail for _, detail in events)


def test_a_draft_that_is_not_a_valid_plan_goes_back_with_the_exact_problem():
    broken = copy.deepcopy(good_draft())
    broken["milestones"][0]["tasks"][1]["estimate_minutes"] = 0
    eng, chat = engine(as_json(broken), as_json(good_draft()))
    plan = eng.draft("Run a half marathon", {}, LLM_TODAY)
    assert plan.milestones[0].tasks[1].estimate_minutes == 15
    feedback = chat.sent[1][-1].content
    assert "milestones[0].tasks[1].estimate_minutes" in feedback and "greater than 0" in feedback


def test_prose_every_time_gives_the_offline_plan_labelled_with_the_reason():
    eng, chat = engine(
        "I'd love to help!", "Sure, here are some ideas.", "Step 1: believe in yourself."
    )
    plan = eng.draft("Get fit", {}, LLM_TODAY)
    assert plan.metadata.engine == "offline" and len(chat.sent) == 3
    assert "offline planner wrote this one" in plan.metadata.fallback
    assert "3 tries" in plan.metadata.fallback and "no JSON object" in plan.metadata.fallback
    assert [c.purpose for c in plan.metadata.calls] == ["draft"] * 3  # what the model cost


# --- repair and revision ------------------------------------------------------------------------


def test_repair_sends_the_findings_and_keeps_id_version_and_costs():
    from assistant.validators import errors, validate_plan

    eng, chat = engine(as_json(flawed_draft()), as_json(good_draft()))
    flawed = eng.draft("Run a half marathon", {}, LLM_TODAY)
    to_fix = errors(validate_plan(flawed, eng.settings, LLM_TODAY))
    repaired = eng.repair(flawed, to_fix, LLM_TODAY)
    prompt = chat.prompt(1)
    for f in to_fix:
        assert f"[{f.code}] at {f.path}" in prompt
    assert (repaired.id, repaired.version) == (flawed.id, flawed.version)
    assert [(c.purpose, c.repair_round) for c in repaired.metadata.calls] == [
        ("draft", 0),
        ("repair", 1),
    ]


def test_revision_is_a_new_version_that_keeps_task_progress():
    eng, chat = engine(as_json(good_draft()))
    plan = Plan.model_validate({**good_draft_plan(), "start_date": LLM_TODAY.isoformat()})
    plan.milestones[0].tasks[0].status = "done"
    revised = eng.revise(plan, "I only have 4 hours a week", LLM_TODAY)
    assert (revised.id, revised.version) == (plan.id, plan.version + 1)
    assert revised.metadata.parent_version == plan.version
    assert revised.metadata.revision_note == "I only have 4 hours a week"
    assert revised.milestones[0].tasks[0].status == "done"
    assert '"""I only have 4 hours a week"""' in chat.prompt(0)
    assert plan.version == 1 and plan.milestones[0].tasks[0].status == "done"  # input untouched


def good_draft_plan() -> dict:
    from tests.plans import good_plan_data

    return good_plan_data()


# --- choosing and building the engine -------------------------------------------------------------


def test_no_key_and_no_url_means_the_offline_planner():
    importlib.import_module("assistant.engines.offline.engine")
    s = Settings(_env_file=None)
    eng = make_engine(s)
    assert eng.name == "offline" and engine_label(eng, s) == OFFLINE_LABEL


def test_goalsmith_offline_forces_the_offline_planner(monkeypatch):
    importlib.import_module("assistant.engines.offline.engine")
    monkeypatch.setenv("GOALSMITH_OFFLINE", "1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert make_engine(Settings(_env_file=None)).name == "offline"


def test_a_key_means_the_llm_engine():
    eng = make_engine(settings())
    assert eng.name == "llm" and engine_label(eng, settings()) == "gpt-4o-mini via OpenAI"


@pytest.mark.parametrize(
    "url, label",
    [
        (None, "gpt-4o-mini via OpenAI"),
        ("https://api.openai.com/v1", "gpt-4o-mini via OpenAI"),
        ("http://localhost:11434/v1", "gpt-4o-mini via localhost:11434"),
        ("http://gpu-box:8000/v1", "gpt-4o-mini via gpu-box:8000"),
    ],
)
def test_the_engine_label_names_model_and_host(url, label):
    assert endpoint_label(settings(openai_base_url=url)) == label


def test_the_chat_model_is_built_from_settings_and_a_local_url_needs_no_key():
    s = Settings(
        _env_file=None,
        openai_base_url="http://localhost:11434/v1",
        model="llama3.2",
        request_timeout_s=7,
        max_retries=1,
        temperature=0.1,
    )
    chat = build_chat_model(s)
    assert chat.model_name == "llama3.2"
    assert chat.openai_api_base == "http://localhost:11434/v1"
    assert chat.openai_api_key.get_secret_value() == PLACEHOLDER_API_KEY
    assert (chat.request_timeout, chat.max_retries, chat.temperature) == (7, 1, 0.1)
    keyed = build_chat_model(settings(openai_api_key=SecretStr("sk-real")))
    assert keyed.openai_api_key.get_secret_value() == "sk-real"


def test_building_a_chat_model_with_nothing_configured_says_what_to_set():
    with pytest.raises(ModelError, match="OPENAI_API_KEY"):
        build_chat_model(Settings(_env_file=None))


def test_an_unknown_structured_output_method_is_refused():
    with pytest.raises(ValueError, match="json_schema"):
        LLMEngine(settings(), chat_model=fake_chat(), method="xml")


def test_the_draft_prompt_carries_the_fields_knowledge_and_the_facts_read_from_the_goal():
    eng, chat = engine(ai(as_json(good_draft())))
    eng.draft("I walk about 3000 steps a day, want to get to 10000", {}, LLM_TODAY)
    prompt = chat.prompt(0)
    assert "Reference: what a coach of walking knows" in prompt
    assert "- target: 10,000 steps a day, kept up week after week" in prompt
    assert "- starting point: 3,000 steps (stated)" in prompt
