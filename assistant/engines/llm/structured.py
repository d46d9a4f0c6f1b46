"""Get JSON that validates out of any OpenAI-compatible chat model, and account for every call.

Structured output uses the best method the endpoint accepts: ``json_schema``, then function
calling, then JSON mode, then plain prompting; a 400 that says a method is unsupported moves to
the next one and the choice sticks. The reply is parsed by us, not trusted to the endpoint:
``<think>`` blocks, code fences, prose around the JSON and wrapper objects are removed, then
pydantic validates. A truncated or malformed reply is re-asked (never guessed at) a bounded
number of times; these format re-asks are separate from the rule repairs of the planner and
from transport retries (429/5xx/timeouts), which belong to the SDK's ``max_retries``.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ValidationError

from assistant.engines.base import Progress, no_progress
from assistant.engines.llm.streaming import (
    CHARS_PER_TOKEN_BACKSTOP,
    OutOfTime,
    ReplyWatch,
    Stopped,
    stream_reply,
)
from assistant.engines.llm.structured_reply import (
    ReplyProblem,
    describe_validation,
    echoed_placeholders,
    extract_json,
    reply_text,
    unwrap,
)
from assistant.errors import ModelError
from assistant.models import ModelCall

METHODS = ("json_schema", "function_calling", "json_mode", "prompt")
DEFAULT_MAX_TOKENS = 4096
FORMAT_REASKS = 2  # extra tries for a reply that is cut off, not JSON, or does not validate

T = TypeVar("T")
_UNSUPPORTED_RE = re.compile(
    r"response_format|json_schema|json_object|schema|tool|function|support", re.IGNORECASE
)


__all__ = [
    "FORMAT_REASKS",
    "METHODS",
    "OutOfTime",
    "ReplyProblem",
    "StructuredCaller",
    "UnusableReply",
    "describe_validation",
    "extract_json",
    "reply_text",
    "unwrap",
]


class UnusableReply(ModelError):
    """The model answered, but not with something usable, even after re-asking."""

    def __init__(self, message: str, raw: str = "", calls: list[ModelCall] | None = None) -> None:
        super().__init__(message)
        self.raw = raw
        self.calls = calls or []


class BudgetSpent(ModelError):
    """The plan's time budget ran out before the model delivered; carries the calls it cost."""

    def __init__(self, message: str, calls: list[ModelCall]) -> None:
        super().__init__(message)
        self.calls = calls


# --- calling the model --------------------------------------------------------------------------


class StructuredCaller:
    """Asks one chat model for objects of a pydantic schema; remembers which method works."""

    def __init__(
        self,
        chat_model: BaseChatModel,
        model_name: str | None,
        method: str | None = None,
        endpoint: str = "the model endpoint",
        *,
        placeholders: frozenset[str] = frozenset(),
        legacy_max_tokens: bool = False,
    ) -> None:
        if method is not None and method not in METHODS:
            raise ValueError(
                f"unknown structured-output method {method!r}; expected one of {METHODS}"
            )
        self.chat_model = chat_model
        self.model_name = model_name
        self.endpoint = endpoint
        self.methods = [method] if method else list(METHODS)
        self.placeholders = placeholders  # the prompts' "<...>" slots; a reply must fill them
        self.legacy_max_tokens = legacy_max_tokens  # also send max_tokens (older local servers)

    @property
    def method(self) -> str:
        return self.methods[0]

    def ask(
        self,
        messages: list[BaseMessage],
        schema: type[BaseModel],
        *,
        purpose: str,
        repair_round: int = 0,
        accept: Callable[[Any], T] = lambda v: v,
        progress: Progress = no_progress,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        deadline: float | None = None,
    ) -> tuple[T, list[ModelCall]]:
        """The accepted value and the calls it took. ``accept`` may raise ValueError to re-ask.

        ``deadline`` (``time.monotonic()``) bounds the whole exchange: past it, ``BudgetSpent``.
        """
        calls: list[ModelCall] = []
        history = list(messages)
        problem = ""
        text = ""
        for attempt in range(FORMAT_REASKS + 1):
            if deadline is not None and time.monotonic() >= deadline:
                raise BudgetSpent(f"the time budget ran out before a usable {purpose}", calls)
            raw, stopped = self._invoke(
                history, schema, calls, purpose, repair_round, max_tokens, deadline
            )
            text = reply_text(raw)
            cut_off = (raw.response_metadata or {}).get("finish_reason") == "length"
            try:
                if stopped is not None and stopped.reason == "loop":
                    raise ReplyProblem(
                        f"the reply started repeating itself (stopped after {stopped.chars} "
                        "characters)"
                    )
                if cut_off or stopped is not None:
                    raise ReplyProblem(
                        "the reply was cut off at the output-token limit", truncated=True
                    )
                data = extract_json(text)
                echoed = echoed_placeholders(data, self.placeholders)
                if echoed:
                    raise ReplyProblem(
                        "the reply copies the example's placeholders instead of real content: "
                        + ", ".join(echoed[:3])
                    )
                value = schema.model_validate(unwrap(data, schema))
                return accept(value), calls
            except ReplyProblem as exc:
                truncated = exc.truncated or cut_off
                problem = str(exc)
                feedback = _feedback_truncated() if truncated else _feedback_invalid(problem)
            except ValidationError as exc:
                truncated = False
                problem = "the JSON has these problems:\n" + describe_validation(exc)
                feedback = _feedback_invalid(problem)
            except ValueError as exc:  # from accept: a well-formed draft that is not a valid plan
                truncated = False
                problem = str(exc)
                feedback = _feedback_invalid(problem)
            if attempt < FORMAT_REASKS:
                progress("asking", f"re-asking the model: {_one_line(problem)}")
                if not truncated:
                    history.append(AIMessage(content=text[:20_000]))
                history.append(HumanMessage(content=feedback))
        hint = (
            " Its replies were cut off: raise the server's output-token or context limit, or use a "
            "larger "
            "model."
            if "cut off" in problem or "<think>" in problem
            else ""
        )
        raise UnusableReply(
            f"{self.model_name or 'the model'} did not return a usable {purpose} after "
            f"{FORMAT_REASKS + 1} tries ({_one_line(problem)}).{hint}",
            raw=text,
            calls=calls,
        )

    def _runnable(self, schema: type[BaseModel], method: str) -> Any:
        """The chat model bound for a schema and method, returning the raw message.

        ``with_structured_output`` builds the method-specific request; its own parser step is
        skipped because ours is more forgiving, and LangChain's partial-JSON fallback costs
        hundreds of milliseconds on a long reply wrapped in prose. Built once per chat model,
        schema and method for the whole process (about 1 ms each), not once per engine.
        """
        return bound_runnable(self.chat_model, schema, method)

    def _invoke(
        self,
        history: list[BaseMessage],
        schema: type[BaseModel],
        calls: list[ModelCall],
        purpose: str,
        repair_round: int,
        max_tokens: int,
        deadline: float | None,
    ) -> tuple[AIMessage, Stopped | None]:
        """One streamed call (the reply, and why it was stopped early if it was), accounted."""
        import openai

        options: dict[str, Any] = {"max_tokens": max_tokens}
        if self.legacy_max_tokens:  # LangChain sends max_completion_tokens; old servers read this
            options["extra_body"] = {"max_tokens": max_tokens}
        while True:
            method = self.methods[0]
            if deadline is not None:
                options["timeout"] = max(deadline - time.monotonic(), 0.01)
            watch = ReplyWatch(max_tokens * CHARS_PER_TOKEN_BACKSTOP, deadline)
            started = time.perf_counter()
            stopped: Stopped | None = None
            try:
                runnable = self.chat_model if method == "prompt" else self._runnable(schema, method)
                raw, stopped = stream_reply(runnable, history, options, watch)
            except OutOfTime:  # what the model wrote until then still counts
                calls.append(self._call(purpose, repair_round, started, None, watch.chars))
                raise BudgetSpent(
                    f"the time budget ran out while the model was writing a {purpose}", calls
                ) from None
            except openai.BadRequestError as exc:
                if len(self.methods) > 1 and _UNSUPPORTED_RE.search(_error_text(exc)):
                    self.methods.pop(0)  # this endpoint cannot do that method; the next one sticks
                    continue
                raise ModelError(
                    f"{self.endpoint} refused the request (HTTP 400): {_error_text(exc)}"
                ) from exc
            except openai.APITimeoutError as exc:
                if deadline is not None and time.monotonic() >= deadline - 0.05:
                    calls.append(self._call(purpose, repair_round, started, None))
                    raise BudgetSpent(
                        f"the time budget ran out while waiting for the model's {purpose}", calls
                    ) from None
                raise _transport_error(exc, self.endpoint, self.model_name) from exc
            except openai.APIError as exc:
                raise _transport_error(exc, self.endpoint, self.model_name) from exc
            calls.append(self._call(purpose, repair_round, started, raw, watch.chars))
            return raw, stopped

    def _call(
        self,
        purpose: str,
        repair_round: int,
        started: float,
        raw: AIMessage | None,
        chars: int = 0,
    ) -> ModelCall:
        """The accounting of one call; a stopped stream reports no usage, so it is estimated."""
        usage = (getattr(raw, "usage_metadata", None) or {}) if raw is not None else {}
        tokens_out = int(usage.get("output_tokens", 0) or 0) or round(chars / 4)
        return ModelCall(
            purpose=purpose,
            model=self.model_name,
            tokens_in=int(usage.get("input_tokens", 0) or 0),
            tokens_out=tokens_out,
            latency_ms=round((time.perf_counter() - started) * 1000, 1),
            repair_round=repair_round,
        )


# (id of the chat model, schema, method) -> (the chat model, kept so its id stays its own; the
# bound runnable)
_BOUND: dict[tuple[int, type[BaseModel], str], tuple[Any, Any]] = {}
_BOUND_KEPT = 64
_BOUND_LOCK = threading.Lock()


def bound_runnable(chat_model: BaseChatModel, schema: type[BaseModel], method: str) -> Any:
    """The raw-message step of ``with_structured_output`` for this model, schema and method."""
    key = (id(chat_model), schema, method)
    found = _BOUND.get(key)
    if found is not None and found[0] is chat_model:
        return found[1]
    strict = {"strict": True} if method == "json_schema" and _strict(schema) else {}
    structured = chat_model.with_structured_output(
        _json_schema(schema), method=method, include_raw=True, **strict
    )
    runnable = _raw_step(structured)
    with _BOUND_LOCK:  # the app's requests run in threads
        _BOUND[key] = (chat_model, runnable)
        while len(_BOUND) > _BOUND_KEPT:
            _BOUND.pop(next(iter(_BOUND)))
    return runnable


def _json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """A plain JSON Schema dict (so the SDK does not parse the reply) without per-field titles.

    Titles repeat the field names; dropping them shortens every request and its prompt tokens.
    A fresh copy each time: callers may adapt it (strict mode), the cached original stays.
    """
    return copy.deepcopy(_schema_without_titles(schema))


@functools.lru_cache(maxsize=32)
def _schema_without_titles(schema: type[BaseModel]) -> dict[str, Any]:
    full = schema.model_json_schema()  # ~15 ms for a plan draft: once per process, not per engine
    return {**_drop_titles(full), "title": full.get("title", schema.__name__)}


def _drop_titles(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _drop_titles(v) for k, v in node.items() if not (k == "title" and isinstance(v, str))
        }
    if isinstance(node, list):
        return [_drop_titles(v) for v in node]
    return node


def _raw_step(structured: Any) -> Any:
    """The ``raw`` branch of an ``include_raw=True`` structured-output chain (the bound model)."""
    first = getattr(structured, "first", None)
    steps = getattr(first, "steps__", None)
    if isinstance(steps, dict) and "raw" in steps:
        return steps["raw"]
    return structured | (
        lambda out: out["raw"]
    )  # another shape: run it whole, keep the raw message


def _strict(schema: type[BaseModel]) -> bool:
    return bool(getattr(schema, "strict_schema", False))


def _feedback_truncated() -> str:
    return (
        "Your previous reply was cut off before the JSON object was complete. Send the complete "
        "JSON "
        "object again, more compactly: short titles and done_when texts, no prose, no code fence."
    )


def _feedback_invalid(problem: str) -> str:
    return (
        f"Your previous reply could not be used: {problem}\nReply again with only the corrected "
        "JSON "
        "object, in the shape asked for, with every field present."
    )


def _error_text(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return str(message)[:300]
    return str(exc)[:300]


def _transport_error(exc: Exception, endpoint: str, model: str | None) -> ModelError:
    import openai

    status = getattr(exc, "status_code", None)
    if isinstance(exc, openai.APITimeoutError):
        return ModelError(
            f"{endpoint} did not answer in time; raise GOALSMITH_REQUEST_TIMEOUT_S or try again"
        )
    if isinstance(exc, openai.APIConnectionError):
        return ModelError(
            f"cannot reach {endpoint}: is the server running and OPENAI_BASE_URL right?"
        )
    if isinstance(exc, openai.AuthenticationError):
        return ModelError(f"{endpoint} refused the API key (HTTP 401): check OPENAI_API_KEY")
    if isinstance(exc, openai.NotFoundError):
        return ModelError(
            f"{endpoint} has no model {model!r} (HTTP 404): check GOALSMITH_MODEL "
            "(for Ollama, `ollama pull` it first)"
        )
    if isinstance(exc, openai.RateLimitError):
        return ModelError(
            f"{endpoint} is rate limiting (HTTP 429) even after retries; wait and try again"
        )
    return ModelError(
        f"{endpoint} failed (HTTP {status or '?'}) even after retries: {_error_text(exc)}; "
        "nothing was saved from this step, try again later"
    )


def _one_line(problem: str, limit: int = 300) -> str:
    """A multi-line problem list on one line, so a message never ends at "problems:"."""
    text = re.sub(r":?\s*\n-\s*", lambda m: ": " if m.group(0).startswith(":") else "; ", problem)
    text = " ".join(text.split()) or "no reason given"
    return text if len(text) <= limit else text[: limit - 1] + "…"
