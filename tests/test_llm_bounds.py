"""Bounded model time: a model that loops or never stops costs the person seconds, not minutes.

A local OpenAI-compatible server streams an endless JSON array; the person still gets a plan
(the offline planner's, labelled as such) within the plan's time budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.config import Settings
from assistant.engines.llm.engine import LLMEngine
from assistant.engines.llm.streaming import repeats_at_end
from assistant.planner import plan_goal
from tests.llm_support import (
    LLM_TODAY,
    LocalModelServer,
    Reply,
    Script,
    block_real_models,  # noqa: F401  (fixture)
    questions_json,
)

pytestmark = pytest.mark.usefixtures("block_real_models")
GOAL = "Run the Riverside half marathon by the end of February"
OPENING = '{"goal": {"statement": "Run a half marathon"}, "milestones": ['


def counting_tasks(i: int) -> str:
    """An endless array whose items all differ (no verbatim loop to spot): only time stops it."""
    return OPENING if i == 0 else f'{{"title": "Run lap {i}", "minutes": {i % 97}}}, '


def same_task(i: int) -> str:
    """An endless array of one item repeated verbatim: a model stuck in a loop."""
    return OPENING if i == 0 else '{"title": "Run 5 km", "minutes": 30}, '


def plan_against(reply: Reply, **settings_kw):
    with LocalModelServer(Script([], default=reply)) as server:
        settings = Settings(
            _env_file=None,
            openai_base_url=server.base_url,
            model="gemma-3-270m",
            max_retries=0,
            request_timeout_s=30,
            **settings_kw,
        )
        events: list[tuple[str, str]] = []
        result = plan_goal(
            LLMEngine(settings),
            GOAL,
            {"capacity": "5 hours a week"},
            settings,
            LLM_TODAY,
            lambda *e: events.append(e),
        )
        return result, server.script.requests, events


def test_an_endless_array_gets_the_labelled_offline_plan_within_the_budget():
    reply = Reply(endless=counting_tasks, piece_delay_s=0.005)
    result, requests, events = plan_against(reply, plan_budget_s=2.0)
    meta = result.plan.metadata
    assert meta.engine == "offline" and "within 2 s" in meta.fallback
    # the budget ended it, mid-reply and on the first call: not the token cap, not re-asks
    assert "time budget ran out while the model was writing a draft" in meta.fallback
    assert len(requests) == 1 and 0 < meta.calls[-1].tokens_out < 4096
    assert "offline planner wrote this one" in meta.fallback
    assert result.errors == []  # a whole, validated plan, not nothing
    assert any("offline planner wrote this one" in detail for _, detail in events)
    assert meta.calls and meta.calls[-1].purpose == "draft"  # what the model cost is kept
    # the output cap is sent both ways (max_completion_tokens for OpenAI, max_tokens for others)
    assert requests[0]["max_completion_tokens"] == 4096 and requests[0]["max_tokens"] == 4096
    assert requests[0]["stream"] is True


def test_a_looping_reply_is_stopped_early_and_never_waits_for_the_budget():
    result, requests, _ = plan_against(Reply(endless=same_task), plan_budget_s=60)
    assert len(requests) == 3  # asked, and re-asked twice, each stopped at the loop
    assert result.plan.metadata.engine == "offline"
    assert "repeating itself" in result.plan.metadata.fallback
    assert all(c.tokens_out < 1000 for c in result.plan.metadata.calls)


def test_a_server_that_ignores_the_token_cap_is_cut_off_here():
    result, requests, _ = plan_against(
        Reply(endless=counting_tasks), plan_budget_s=60, max_output_tokens=256
    )
    assert requests[0]["max_tokens"] == 256 and len(requests) == 3
    assert "cut off" in result.plan.metadata.fallback
    assert all(c.tokens_out <= 256 * 8 / 4 + 50 for c in result.plan.metadata.calls)


@pytest.mark.parametrize(
    ("text", "looping"),
    [
        ("x" * 700, True),
        ('{"a": 1}, ' * 80, True),
        ("".join(f'{{"title": "Run lap {i}"}}, ' for i in range(80)), False),
        ("short", False),
    ],
)
def test_loop_detection(text, looping):
    assert bool(repeats_at_end(text)) is looping


def test_a_real_plan_streamed_in_pieces_is_never_taken_for_a_loop():
    from assistant.engines.llm.streaming import ReplyWatch
    from tests.llm_support import as_json, good_draft

    text = as_json(good_draft()) * 2  # even a plan sent twice repeats only once
    watch = ReplyWatch(max_chars=len(text) + 1, deadline=None)
    assert all(watch.feed(text[i : i + 5]) is None for i in range(0, len(text), 5))


def test_a_reply_that_echoes_the_prompts_placeholders_is_asked_again():
    parroted = json.dumps(
        {
            "questions": [
                {
                    "key": "capacity",
                    "question": "<one short question>",
                    "why": "<one line: what it changes in the plan>",
                }
            ]
        }
    )
    script = Script([Reply(parroted), Reply(questions_json("capacity"))])
    with LocalModelServer(script) as server:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, max_retries=0)
        questions = LLMEngine(settings).questions(GOAL, {}, LLM_TODAY)
    assert [q.question for q in questions] == ["What is your capacity?"]
    feedback = script.requests[1]["messages"][-1]["content"]
    assert "placeholders" in feedback and "<one short question>" in feedback


def test_questions_come_from_the_offline_planner_when_the_model_only_parrots():
    parroted = json.dumps(
        {"questions": [{"key": "capacity", "question": "<one short question>", "why": "x"}]}
    )
    script = Script([], default=Reply(parroted))
    with LocalModelServer(script) as server:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, max_retries=0)
        questions = LLMEngine(settings).questions("Get fit", {}, LLM_TODAY)
    assert len(script.requests) == 3 and questions
    assert all("<" not in q.question for q in questions)


def test_goalsmith_plan_names_the_offline_stand_in_and_why(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GOALSMITH_"))}
    with LocalModelServer(Script([], default=Reply(endless=same_task))) as server:
        env.update(
            OPENAI_BASE_URL=server.base_url,
            GOALSMITH_MODEL="gemma-3-270m",
            GOALSMITH_MAX_RETRIES="0",
            GOALSMITH_PLAN_BUDGET_S="20",
            GOALSMITH_HOME=str(tmp_path),
        )
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "plan", GOAL, "--today", LLM_TODAY.isoformat()],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("Planned by: offline planner, no LLM, standing in: gemma-3-270m via")
    assert "repeating itself" in first


def test_pieces_read_together_are_cut_off_at_the_piece_that_passes_the_cap():
    from assistant.engines.llm.streaming import ReplyWatch

    watch = ReplyWatch(max_chars=100, deadline=None)
    assert watch.feed_all(["a" * 10, "b" * 10]) is None  # one read, under the cap: taken whole
    stopped = watch.feed_all([f"{i:02d}" * 5 for i in range(40)])  # one read of 400 characters
    assert stopped is not None and stopped.reason == "length"
    assert stopped.chars == 110  # the piece that passed 100, not the whole read
