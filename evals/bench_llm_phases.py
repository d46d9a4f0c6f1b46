"""Where the LLM pipeline's own milliseconds go: CPU per model call, phase by phase.

Each phase is a function of the pipeline wrapped with a CPU-time counter (``thread_time``, so
the local server's work and the time spent waiting for tokens are not counted) while good
plans are drafted against a local server that streams a plan of about 1,100 tokens.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections import defaultdict
from typing import Any

from evals.bench_llm import GOAL, TOKEN_CHARS, model_server
from tests.llm_support import LLM_TODAY, Reply, as_json, good_draft

_EVENTS = "server-sent events decoded (data lines, orjson, deltas)"
_STREAM = "HTTP client reading one chunk a token (urllib3 under httpx2), LangChain payload"
# (module, attribute, phase); a phase inside another is subtracted from it
PHASES = [
    ("assistant.engines.llm.engine", "render", "prompt templates"),
    ("assistant.engines.llm.engine", "judge_goal", "goal assessment for the prompt"),
    ("assistant.engines.llm.engine", "field_brief", "goal read and routed to a field (brief)"),
    (
        "assistant.memory.embedding",
        "MiniLM.encode",
        "embeddings (routing the goal, its constraint)",
    ),
    ("assistant.engines.llm.engine", "build_chat_model", "chat model and its client"),
    (
        "assistant.engines.llm.structured",
        "StructuredCaller._runnable",
        "schema bound to the model (with_structured_output)",
    ),
    (
        "assistant.engines.llm.streaming",
        "_stream_openai",
        _STREAM,
    ),
    (
        "openai._base_client",
        "SyncAPIClient.request",
        "request sent (OpenAI SDK, until the headers)",
    ),
    ("assistant.engines.llm.streaming", "ReplyWatch.feed", "loop and limit watch (per token)"),
    ("assistant.engines.llm.streaming", "_data", _EVENTS),
    ("assistant.engines.llm.streaming", "_decode", _EVENTS),
    ("assistant.engines.llm.streaming", "_Reply.take", _EVENTS),
    ("assistant.engines.llm.structured", "extract_json", "JSON extraction"),
    ("assistant.engines.llm.engine", "plan_from_draft", "draft to plan"),
    ("assistant.planner", "validate_plan", "rules (once per draft)"),
]
PLANS = 30


def _timed(fn: Any, spent: dict[str, float], phase: str) -> Any:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[phase] += time.thread_time() - started

    return wrapper


def breakdown() -> tuple[dict[str, float], float]:
    """CPU milliseconds per call by phase, and the whole pipeline's CPU per call."""
    from assistant.config import Settings
    from assistant.engines.llm.engine import LLMEngine
    from assistant.memory.embedding import load_minilm
    from assistant.planner import plan_goal

    reply = Reply(as_json(good_draft()), piece_chars=TOKEN_CHARS)
    server = model_server()
    server.play([], reply)
    spent: dict[str, float] = defaultdict(float)
    restore = []
    try:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, model="bench")

        def plan() -> None:
            load_minilm().forget()  # a goal not seen before: its embedding is paid each time
            # an engine per plan, as each request to the app makes
            plan_goal(
                LLMEngine(settings), GOAL, {"capacity": "5 hours a week"}, settings, LLM_TODAY
            )

        plan()  # warm: imports, the HTTP connection, the bound schema
        for module_name, attr, phase in PHASES:
            owner: Any = importlib.import_module(module_name)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, name)
            restore.append((owner, name, original))
            setattr(owner, name, _timed(original, spent, phase))
        started = time.thread_time()
        for _ in range(PLANS):
            plan()
        total = time.thread_time() - started
    finally:
        for owner, name, original in restore:
            setattr(owner, name, original)
    spent[_STREAM] -= (
        spent["loop and limit watch (per token)"]
        + spent["request sent (OpenAI SDK, until the headers)"]
        + spent[_EVENTS]
    )
    spent["goal read and routed to a field (brief)"] -= spent[
        "embeddings (routing the goal, its constraint)"
    ]
    per_call = {phase: seconds / PLANS * 1000 for phase, seconds in spent.items()}
    per_call["everything else (LangChain messages, pydantic, bookkeeping)"] = (
        total / PLANS * 1000 - sum(per_call.values())
    )
    return per_call, total / PLANS * 1000


def run() -> list[dict]:
    phases, total = breakdown()
    rows = [
        {
            "name": "LLM pipeline CPU per call",
            "value": total,
            "unit": "ms",
            "note": f"a good plan of {len(as_json(good_draft())) // TOKEN_CHARS} streamed tokens",
        }
    ]
    for phase, ms in phases.items():
        rows.append({"name": f"  of which: {phase}", "value": ms, "unit": "ms", "note": ""})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
