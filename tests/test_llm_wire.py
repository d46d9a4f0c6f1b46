"""The real ChatOpenAI wire path against a local OpenAI-compatible server replaying real replies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.llm.drafts import PlanDraft
from assistant.engines.llm.engine import LLMEngine
from assistant.errors import ModelError
from assistant.planner import plan_goal, revise_plan
from assistant.validators import errors
from tests.llm_support import (
    LLM_TODAY,
    LocalModelServer,
    Reply,
    Script,
    as_json,
    block_real_models,  # noqa: F401  (fixture)
    flawed_draft,
    good_draft,
    questions_json,
)

pytestmark = pytest.mark.usefixtures("block_real_models")
GOAL = "Run the Riverside half marathon by the end of February"


def run(script: Script, *, max_retries: int = 0, goal: str = GOAL, **kw):
    """Plan ``goal`` through a real ChatOpenAI talking to the scripted local server."""
    with LocalModelServer(script) as server:
        settings = Settings(
            _env_file=None,
            openai_base_url=server.base_url,
            model="qwen3:8b",
            max_retries=max_retries,
            request_timeout_s=10,
            **kw,
        )
        engine = LLMEngine(settings)
        events: list[tuple[str, str]] = []
        result = plan_goal(
            engine,
            goal,
            {"capacity": "5 hours a week"},
            settings,
            LLM_TODAY,
            lambda *e: events.append(e),
        )
    return result, script.requests, events, engine


def prompt_text(request: dict) -> str:
    return "\n".join(str(m.get("content")) for m in request["messages"])


@pytest.mark.parametrize("style", ["openai", "ollama", "vllm"])
def test_a_good_plan_in_one_call(style):
    result, requests, events, _ = run(Script([Reply(as_json(good_draft()), style=style)]))
    assert result.rounds == 0 and errors(result.findings) == []
    [request] = requests
    assert request["_path"] == "/v1/chat/completions" and request["model"] == "qwen3:8b"
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["strict"] is True
    assert LLM_TODAY.isoformat() in request["messages"][0]["content"]
    assert LLM_TODAY.isoformat() in request["messages"][1]["content"]
    assert GOAL in request["messages"][1]["content"]
    [call] = result.plan.metadata.calls
    assert (call.tokens_in, call.tokens_out, call.purpose) == (120, 80, "draft")
    assert [stage for stage, _ in events] == ["drafting", "done"]


def test_a_gzipped_event_stream_is_decoded_like_a_plain_one():
    # the raw body is read as it comes only when it is not compressed
    good = as_json(good_draft())
    result, requests, _, _ = run(Script([Reply(good, gzip=True, piece_chars=7)]))
    assert len(requests) == 1 and result.rounds == 0 and errors(result.findings) == []
    [call] = result.plan.metadata.calls
    assert call.tokens_out == 80  # the usage event, the stream's last, was read
    assert result.plan.metadata.engine == "llm" and not result.plan.metadata.fallback


def test_planted_flaws_are_repaired_on_round_two_with_the_findings_sent_back():
    result, requests, events, _ = run(
        Script([Reply(as_json(flawed_draft())), Reply(as_json(good_draft()))])
    )
    assert errors(result.findings) == [] and result.rounds == 1
    repair_prompt = prompt_text(requests[1])
    assert "Fix exactly these" in repair_prompt
    for code in ("task.too_big", "task.owner_group", "task.no_done_when", "plan.over_capacity"):
        assert code in repair_prompt
    assert "milestones[3].tasks[2]" in repair_prompt
    assert LLM_TODAY.isoformat() in repair_prompt
    assert [(c.purpose, c.repair_round) for c in result.calls] == [("draft", 0), ("repair", 1)]
    assert ("repairing", "4 findings (round 1)") in events


def test_think_blocks_code_fences_and_trailing_prose_are_stripped():
    reply = (
        f"<think>They want a half marathon. {{maybe}} 4 milestones.</think>\n"
        f"```json\n{as_json(good_draft())}"
        "\n```\nThis plan builds up gradually. Good luck!"
    )
    result, requests, _, _ = run(Script([Reply(reply, style="ollama")]))
    assert errors(result.findings) == [] and len(requests) == 1


def test_a_truncated_reply_is_asked_again():
    text = as_json(good_draft())
    script = Script(
        [Reply(text[:900], finish_reason="length", style="vllm"), Reply(text, style="vllm")]
    )
    result, requests, _, _ = run(script)
    assert errors(result.findings) == [] and len(requests) == 2
    assert "cut off" in requests[1]["messages"][-1]["content"]
    assert [c.purpose for c in result.calls] == ["draft", "draft"]


def test_a_429_is_retried_by_the_sdk_and_counted_once():
    script = Script([Reply(status=429, error="Rate limit reached"), Reply(as_json(good_draft()))])
    result, requests, _, _ = run(script, max_retries=2)
    assert errors(result.findings) == [] and len(requests) == 2
    assert len(result.calls) == 1


def test_a_500_every_time_is_a_clear_model_error_in_bounded_time():
    script = Script([], default=Reply(status=500, error="CUDA out of memory"))
    started = time.perf_counter()
    with pytest.raises(ModelError) as caught:
        run(script, max_retries=1)
    assert time.perf_counter() - started < 10
    assert "HTTP 500" in str(caught.value) and "CUDA out of memory" in str(caught.value)
    assert len(script.requests) == 2  # the first try and one SDK retry, no more


def test_a_500_during_repair_keeps_the_drafted_plan():
    script = Script([Reply(as_json(flawed_draft()))], default=Reply(status=500))
    result, _, events, _ = run(script)
    assert result.plan.goal.statement.startswith("Run the Riverside")
    assert len(errors(result.findings)) == 4  # shown to the person, not hidden
    assert any("failed" in detail for stage, detail in events if stage == "repairing")


def test_a_reply_that_never_validates_gives_the_best_plan_and_its_findings():
    script = Script([], default=Reply(as_json(flawed_draft())))
    result, requests, _, _ = run(script, max_repair_rounds=2)
    assert result.rounds == 2 and len(requests) == 3
    assert {f.code for f in errors(result.findings)} == {
        "task.too_big",
        "task.owner_group",
        "task.no_done_when",
        "plan.over_capacity",
    }
    assert result.plan.metadata.repair_rounds == 2 and len(result.plan.metadata.calls) == 3


def test_an_endpoint_without_json_schema_falls_back_to_function_calling_and_remembers():
    script = Script(
        [
            Reply(status=400, error="response_format 'json_schema' is not supported by this model"),
            Reply(as_json(good_draft()), tool_call=True, style="vllm"),
            Reply(as_json(good_draft()), tool_call=True, style="vllm"),
        ]
    )
    with LocalModelServer(script) as server:
        settings = Settings(
            _env_file=None, openai_base_url=server.base_url, model="m", max_retries=0
        )
        engine = LLMEngine(settings)
        first = plan_goal(engine, GOAL, {}, settings, LLM_TODAY)
        revise_plan(engine, first.plan, "Move the long runs to Sundays", settings, LLM_TODAY)
    assert [("tools" in r, "response_format" in r) for r in script.requests] == [
        (False, True),
        (True, False),
        (True, False),
    ]
    assert engine.caller.method == "function_calling"


def test_a_whole_conversation_over_the_wire():
    on_sundays = good_draft()
    on_sundays["milestones"][1]["tasks"][0]["title"] = "Block three run slots, long run on Sunday"
    script = Script(
        [
            Reply(questions_json("deadline", "capacity")),
            Reply(as_json(good_draft())),
            Reply(as_json(on_sundays)),
        ]
    )
    with LocalModelServer(script) as server:
        settings = Settings(
            _env_file=None, openai_base_url=server.base_url, model="llama3.2", max_retries=0
        )
        chat = Conversation(LLMEngine(settings), settings, today=LLM_TODAY)
        asked = chat.send("I want to run a half marathon")
        planned = chat.send("by the end of February\n5 hours a week")
        revised = chat.send("Make the long runs on Sundays")
    assert asked.state == "clarify" and [q.key for q in asked.questions] == ["deadline", "capacity"]
    assert planned.state == "plan" and planned.engine_label.startswith("llama3.2 via 127.0.0.1:")
    assert "- deadline: by the end of February" in prompt_text(script.requests[1])
    assert revised.state == "revise" and revised.plan.version == 2
    assert "→ 'Block three run slots, long run on Sunday'" in revised.message
    calls = planned.plan.metadata.calls
    assert [c.purpose for c in calls] == ["clarify", "draft"]
    assert json.loads(json.dumps(planned.plan.model_dump(mode="json")))  # serialisable for storage


def _goalsmith(*args: str, base_url: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GOALSMITH_"))}
    env.update(
        {
            "OPENAI_BASE_URL": base_url,
            "GOALSMITH_MODEL": "llama3.2",
            "GOALSMITH_MAX_RETRIES": "0",
            "GOALSMITH_HOME": str(tmp_path),
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_goalsmith_plan_uses_the_configured_model_with_the_same_json_contract(tmp_path):
    script = Script([Reply(as_json(flawed_draft())), Reply(as_json(good_draft()))])
    with LocalModelServer(script) as server:
        result = _goalsmith(
            "plan",
            GOAL,
            "--json",
            "--answer",
            "capacity=5 hours a week",
            "--today",
            LLM_TODAY.isoformat(),
            base_url=server.base_url,
            tmp_path=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"plan", "findings"}
    assert (
        payload["plan"]["metadata"]["engine"] == "llm"
        and payload["plan"]["metadata"]["model"] == "llama3.2"
    )
    assert [c["purpose"] for c in payload["plan"]["metadata"]["calls"]] == ["draft", "repair"]
    assert "- capacity: 5 hours a week" in prompt_text(script.requests[0])
    assert "goalsmith: repairing: 4 findings (round 1)" in result.stderr


def test_goalsmith_plan_text_names_the_model_and_a_dead_server_is_one_line(tmp_path):
    with LocalModelServer(Script([Reply(as_json(good_draft()))])) as server:
        ok = _goalsmith(
            "plan",
            GOAL,
            "--today",
            LLM_TODAY.isoformat(),
            base_url=server.base_url,
            tmp_path=tmp_path,
        )
        base_url = server.base_url
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Planned by: llama3.2 via 127.0.0.1:")
    dead = _goalsmith("plan", GOAL, base_url=base_url, tmp_path=tmp_path)  # the server is gone now
    assert dead.returncode == 3 and "Traceback" not in dead.stderr
    assert dead.stderr.strip().splitlines()[-1].startswith("goalsmith: cannot reach")


def test_goalsmith_questions_asks_the_configured_model_unless_offline(tmp_path):
    script = Script([Reply(questions_json("baseline", "constraint"))])
    with LocalModelServer(script) as server:
        asked = _goalsmith("questions", GOAL, "--json", base_url=server.base_url, tmp_path=tmp_path)
        offline = _goalsmith(
            "questions", GOAL, "--json", "--offline", base_url=server.base_url, tmp_path=tmp_path
        )
    assert asked.returncode == 0, asked.stderr
    assert [q["key"] for q in json.loads(asked.stdout)] == ["baseline", "constraint"]
    assert len(script.requests) == 1  # the --offline run never called the model
    assert offline.returncode == 0 and json.loads(offline.stdout)


def test_each_request_s_engine_reuses_the_client_its_connection_and_the_bound_schema():
    script = Script([Reply(as_json(good_draft())), Reply(as_json(good_draft()))])
    with LocalModelServer(script) as server:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, model="qwen3:8b")
        engines = [LLMEngine(settings), LLMEngine(settings.model_copy())]  # two app requests
        plans = [
            plan_goal(engine, GOAL, {"capacity": "5 hours a week"}, settings, LLM_TODAY)
            for engine in engines
        ]
        other = LLMEngine(settings.model_copy(update={"model": "llama3.2"}))
    assert all(errors(result.findings) == [] for result in plans)
    first, second = engines
    assert first.chat_model is second.chat_model  # one client for the endpoint
    assert first.caller._runnable(PlanDraft, "json_schema") is second.caller._runnable(
        PlanDraft, "json_schema"
    )
    # the second plan's request went over the first plan's kept-alive connection
    assert len({request["_client_port"] for request in script.requests}) == 1
    assert other.chat_model is not first.chat_model and other.chat_model.model_name == "llama3.2"
