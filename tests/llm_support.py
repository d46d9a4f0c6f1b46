"""Stand-ins for a language model: a fake chat model and a local OpenAI-compatible server.

No test here reaches the network: the fake answers from a script, and the server listens on
127.0.0.1 and replays replies shaped the way OpenAI, Ollama and vLLM shape them.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from assistant.engines.llm.drafts import draft_from_plan
from assistant.models import Plan
from tests.plans import TODAY, good_plan_data

# --- replies ------------------------------------------------------------------------------


def good_draft() -> dict[str, Any]:
    """The half-marathon plan of tests/plans.py in the shape a model writes (passes every rule)."""
    return draft_from_plan(Plan.model_validate(good_plan_data()))


def flawed_draft() -> dict[str, Any]:
    """The good draft with planted flaws: a 5-hour task (too big, and so over any week's capacity),
    a group owner, no done_when: 4 errors."""
    draft = copy.deepcopy(good_draft())
    task = draft["milestones"][3]["tasks"][2]
    task["estimate_minutes"] = 300
    draft["milestones"][0]["tasks"][0]["owner"] = "the team"
    draft["milestones"][1]["tasks"][1]["done_when"] = ""
    return draft


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def questions_json(*keys: str) -> str:
    return as_json(
        {
            "questions": [
                {"key": k, "question": f"What is your {k}?", "why": f"{k} shapes the plan"}
                for k in keys
            ]
        }
    )


def ai(
    content: str, *, tokens_in: int = 100, tokens_out: int = 50, finish_reason: str = "stop"
) -> AIMessage:
    return AIMessage(
        content=content,
        response_metadata={"finish_reason": finish_reason},
        usage_metadata={
            "input_tokens": tokens_in,
            "output_tokens": tokens_out,
            "total_tokens": tokens_in + tokens_out,
        },
    )


# --- a fake chat model ----------------------------------------------------------------------


class FakeChat(GenericFakeChatModel):
    """Replies from a script and records every conversation it was sent.

    ``bind_tools`` returns the model itself so ``with_structured_output`` works; the reply's
    text content is what the engine parses.
    """

    sent: list[list[BaseMessage]] = Field(default_factory=list)

    def bind_tools(self, tools: Any, **kwargs: Any) -> FakeChat:  # type: ignore[override]
        return self

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ):
        self.sent.append(list(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        """The scripted reply as one chunk, keeping its finish reason and token usage."""
        message = (
            self._generate(messages, stop=stop, run_manager=run_manager).generations[0].message
        )
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content=message.content,
                response_metadata=message.response_metadata,
                usage_metadata=getattr(message, "usage_metadata", None),
            )
        )

    def prompt(self, index: int = -1) -> str:
        """The text of the last (human) message of one recorded request."""
        return str(self.sent[index][-1].content)


def fake_chat(*replies: str | AIMessage) -> FakeChat:
    return FakeChat(messages=iter([ai(r) if isinstance(r, str) else r for r in replies]))


# --- a local OpenAI-compatible server --------------------------------------------------------


@dataclass
class Reply:
    """One scripted HTTP answer: ``content`` of a chat completion, or an error ``status``."""

    content: str = ""
    status: int = 200
    finish_reason: str = "stop"
    style: str = "openai"  # openai | ollama | vllm
    tool_call: bool = False  # put the content in a tool call's arguments (function calling)
    error: str = "server error"
    delay_s: float = 0.0
    tokens_in: int = 120
    tokens_out: int = 80
    piece_chars: int = 24  # a streamed reply goes out in pieces of this many characters
    endless: Callable[[int], str] | None = None  # streams endless(0), endless(1), ... forever
    piece_delay_s: float = 0.0  # between streamed pieces (a model's token rate)
    stream_s: float = 0.0  # or: the whole reply takes this long from the request, pieces even
    gzip: bool = False  # a streamed reply compressed (content-encoding: gzip), flushed per chunk


@dataclass
class Script:
    replies: list[Reply]
    default: Reply | None = None  # answered when the script runs out
    requests: list[dict[str, Any]] = field(default_factory=list)
    streamed_s: list[float] = field(default_factory=list)  # each streamed reply: request to end
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self, request: dict[str, Any]) -> Reply:
        with self.lock:
            self.requests.append(request)
            if self.replies:
                return self.replies.pop(0)
            if self.default is not None:
                return self.default
            return Reply(status=500, error="the test script ran out of replies")


def _completion(reply: Reply, model: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.tool_call:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "PlanDraft", "arguments": reply.content},
                }
            ],
        }
    choice: dict[str, Any] = {
        "index": 0,
        "message": message,
        "finish_reason": reply.finish_reason,
        "logprobs": None,
    }
    body: dict[str, Any] = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {
            "prompt_tokens": reply.tokens_in,
            "completion_tokens": reply.tokens_out,
            "total_tokens": reply.tokens_in + reply.tokens_out,
        },
    }
    if reply.style == "ollama":
        body["system_fingerprint"] = "fp_ollama"
    elif reply.style == "vllm":
        choice["stop_reason"] = None
        body["prompt_logprobs"] = None
        body["usage"]["prompt_tokens_details"] = None
    return body


def _pieces(reply: Reply) -> Iterator[str]:
    if reply.endless is not None:
        i = 0
        while True:
            yield reply.endless(i)
            i += 1
    text = reply.content
    for start in range(0, len(text), reply.piece_chars):
        yield text[start : start + reply.piece_chars]


def _events(reply: Reply, model: str, usage: bool) -> Iterator[dict[str, Any]]:
    """The chat.completion.chunk events of one streamed reply (content or tool-call arguments)."""
    base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    yield chunk({"role": "assistant", "content": "" if not reply.tool_call else None})
    for i, piece in enumerate(_pieces(reply)):
        if reply.tool_call:
            call: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
            if i == 0:
                call.update(id="call_1", type="function")
                call["function"]["name"] = "PlanDraft"
            yield chunk({"tool_calls": [call]})
        else:
            yield chunk({"content": piece})
    yield chunk({}, reply.finish_reason)
    if usage:
        yield {
            **base,
            "choices": [],
            "usage": {
                "prompt_tokens": reply.tokens_in,
                "completion_tokens": reply.tokens_out,
                "total_tokens": reply.tokens_in + reply.tokens_out,
            },
        }


class LocalModelServer:
    """A ThreadingHTTPServer on 127.0.0.1 (port 0) answering /v1/chat/completions from a Script."""

    def __init__(self, script: Script, port: int = 0) -> None:
        self.script = script
        handler = _handler(script)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> LocalModelServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes
        _packer: Any = None  # the gzip stream of a compressed reply

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            arrived = time.perf_counter()  # a model's time runs from the request, as a server's
            length = int(self.headers.get("content-length", 0))
            request = json.loads(self.rfile.read(length) or b"{}")
            request["_path"] = self.path
            request["_client_port"] = self.client_address[1]  # one per TCP connection
            reply = script.next(request)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.status != 200:
                body = {
                    "error": {"message": reply.error, "type": "server_error", "code": reply.status}
                }
                self._send(reply.status, body, {"retry-after-ms": "5"})
                return
            if request.get("stream"):
                self._stream(reply, request, arrived)
                return
            self._send(200, _completion(reply, request.get("model", "test-model")))

        def _stream(self, reply: Reply, request: dict[str, Any], arrived: float) -> None:
            """Server-sent events in HTTP chunks (the connection stays open for the next call);
            stops quietly when the client hangs up, as it should on a looping reply."""
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self._packer = zlib.compressobj(wbits=31) if reply.gzip else None
            if self._packer:
                self.send_header("content-encoding", "gzip")
            self.end_headers()
            usage = (request.get("stream_options") or {}).get("include_usage")
            pieces = -(-len(reply.content) // reply.piece_chars) or 1
            started = arrived
            due: list[bytes] = []  # events written together once their time has come
            try:
                events = _events(reply, request.get("model", "test-model"), bool(usage))
                for i, event in enumerate(events):
                    if reply.stream_s:  # on a fixed timetable, so the total does not drift
                        at = started + min(i, pieces) * reply.stream_s / pieces
                        if at > time.perf_counter() + 0.002:
                            self._chunk(b"".join(due))
                            due.clear()
                            time.sleep(max(at - time.perf_counter(), 0))
                    due.append(b"data: " + json.dumps(event).encode() + b"\n\n")
                    if not reply.stream_s:
                        self._chunk(due.pop())
                    if reply.piece_delay_s:
                        time.sleep(reply.piece_delay_s)
                if due:
                    self._chunk(b"".join(due))
                script.streamed_s.append(time.perf_counter() - started)
                self._chunk(b"data: [DONE]\n\n")
                if self._packer:
                    self._chunk(self._packer.flush(), packed=True)
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _chunk(self, data: bytes, packed: bool = False) -> None:
            if self._packer and not packed:
                data = self._packer.compress(data) + self._packer.flush(zlib.Z_SYNC_FLUSH)
            if not data:
                return  # an empty chunk would end the body
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

        def _send(
            self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


__all__ = [
    "TODAY",
    "FakeChat",
    "LocalModelServer",
    "Reply",
    "Script",
    "ai",
    "as_json",
    "fake_chat",
    "flawed_draft",
    "good_draft",
    "questions_json",
]


# --- the guard: no real model calls from tests ----------------------------------------------

LLM_TODAY = TODAY + dt.timedelta(days=1)  # the Monday the hand-written plan starts on


@pytest.fixture
def block_real_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """No key or endpoint from the environment, and no HTTP to anything but 127.0.0.1."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GOALSMITH_MODEL", "GOALSMITH_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    import httpx

    real = httpx.HTTPTransport.handle_request

    def loopback_only(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host not in {"127.0.0.1", "localhost"}:
            raise AssertionError(
                f"a test tried to reach {request.url.host}: real model calls are blocked"
            )
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", loopback_only)
