"""Where the LLM pipeline's own milliseconds go: CPU per model call, phase by phase.

Each phase is a function of the pipeline wrapped with a CPU-time counter (``thread_time``, so
the local server's work and the time spent waiting for tokens are not counted); a phase's time
excludes the phases called inside it (the goal's embedding is not counted in its reading). Two
flows, each for a goal not seen before (every reading, route and embedding forgotten first):
a good plan drafted straight away (``plan_goal``, one call), and a chat (the model's questions,
the person's answers read back, then the draft: two calls), where the questions, the
understood line and the draft's brief share one reading of the goal.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections import defaultdict
from typing import Any

from evals.bench_llm import GOAL, TOKEN_CHARS, model_server, new_goal
from tests.llm_support import LLM_TODAY, Reply, as_json, good_draft, questions_json

_EVENTS = "server-sent events decoded (token texts by the event's shape, others whole)"
_STREAM = "HTTP client reading the chunks (ours under httpx2), LangChain payload"
# (module, attribute, phase); a phase inside another is subtracted from it
PHASES = [
    ("assistant.engines.llm.engine", "render", "prompt templates"),
    ("assistant.engines.llm.engine", "judge_goal", "goal assessment for the prompt"),
    ("assistant.engines.llm.engine", "field_brief", "goal read and routed to a field (brief)"),
    (
        "assistant.engines.offline.engine",
        "OfflineEngine.questions",
        "goal read for the questions (gap analysis)",
    ),
    ("assistant.conversation", "understood_line", "answers read back (understood line)"),
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
    ("assistant.engines.llm.streaming", "_Reply.take_block", _EVENTS),
    ("assistant.engines.llm.structured", "extract_json", "JSON extraction"),
    ("assistant.engines.llm.engine", "plan_from_draft", "draft to plan"),
    ("assistant.planner", "validate_plan", "rules (once per draft)"),
]
# phases paid once per goal (its reading, route and embeddings) or per draft (the rules),
# whatever the model: the rest is the model call's own machinery
GOAL_PHASES = {
    "goal assessment for the prompt",
    "goal read and routed to a field (brief)",
    "goal read for the questions (gap analysis)",
    "answers read back (understood line)",
    "embeddings (routing the goal, its constraint)",
    "rules (once per draft)",
}
PLANS = 30
ANSWERS = "5 hours a week\nmy knee gets sore after long runs\nI can run 8 km now"


def _timed(fn: Any, spent: dict[str, float], phase: str, inside: list[float]) -> Any:
    """``fn`` counting its CPU to ``phase``, less what timed phases inside it took."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        inside.append(0.0)
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.thread_time() - started
            spent[phase] += took - inside.pop()
            if inside:
                inside[-1] += took

    return wrapper


def breakdown(chat: bool = False) -> tuple[dict[str, float], float, int]:
    """CPU milliseconds per call by phase, the whole pipeline's CPU per call, and the calls a
    goal takes: a plan drafted straight away, or (``chat``) questions, answers, then the plan."""
    from assistant.config import Settings
    from assistant.conversation import Conversation
    from assistant.engines.llm.engine import LLMEngine
    from assistant.planner import plan_goal

    draft = Reply(as_json(good_draft()), piece_chars=TOKEN_CHARS)
    asked = Reply(questions_json("capacity", "constraint", "baseline"), piece_chars=TOKEN_CHARS)
    server = model_server()
    server.play([], draft)
    spent: dict[str, float] = defaultdict(float)
    inside: list[float] = []
    restore = []
    calls = 2 if chat else 1
    try:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, model="bench")

        def plan() -> None:
            new_goal()  # a goal not seen before: its reading and embedding are paid each time
            if not chat:  # an engine per plan, as each request to the app makes
                plan_goal(
                    LLMEngine(settings), GOAL, {"capacity": "5 hours a week"}, settings, LLM_TODAY
                )
                return
            server.play([asked, draft], None)
            talk = Conversation(LLMEngine(settings), settings, LLM_TODAY)
            talk.send(GOAL)
            done = talk.send(ANSWERS)
            assert done.plan is not None, done.message

        plan()  # warm: imports, the HTTP connection, the bound schema
        for module_name, attr, phase in PHASES:
            owner: Any = importlib.import_module(module_name)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, name)
            restore.append((owner, name, original))
            setattr(owner, name, _timed(original, spent, phase, inside))
        started = time.thread_time()
        for _ in range(PLANS):
            plan()
        total = time.thread_time() - started
    finally:
        for owner, name, original in restore:
            setattr(owner, name, original)
    per_call = {phase: seconds / PLANS / calls * 1000 for phase, seconds in spent.items()}
    per_call["everything else (LangChain messages, pydantic, bookkeeping, the chat)"] = (
        total / PLANS / calls * 1000 - sum(per_call.values())
    )
    return per_call, total / PLANS / calls * 1000, calls


def run() -> list[dict]:
    rows = []
    for chat in (False, True):
        phases, total, calls = breakdown(chat)
        tokens = len(as_json(good_draft())) // TOKEN_CHARS
        rows.append(
            {
                "name": "LLM pipeline CPU per call, "
                + ("a chat: questions, answers, plan" if chat else "a plan drafted at once"),
                "value": total,
                "unit": "ms",
                "note": f"{calls} call(s) a goal; a good plan of {tokens} streamed tokens",
            }
        )
        for phase, ms in phases.items():
            rows.append({"name": f"  of which: {phase}", "value": ms, "unit": "ms", "note": ""})
        per_goal = sum(ms for phase, ms in phases.items() if phase in GOAL_PHASES)
        rows.append(
            {
                "name": "  the model call itself (all but reading the goal and answers, "
                "embeddings and rules)",
                "value": total - per_goal,
                "unit": "ms",
                "note": f"the rest, {per_goal:.1f} ms a call, is paid once per goal or draft",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
