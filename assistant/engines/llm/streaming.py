"""Read a model's reply as it streams, and stop it early when it loops, runs long or runs late.

A small model can loop inside its JSON until the context is full (minutes of tokens that can
never validate). Three bounds stop that: the server's output-token cap (sent with the request,
with a character backstop here for servers that ignore it), a check that the reply has started
repeating itself verbatim, and the plan's time budget.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx2
import openai
import orjson
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.messages.ai import add_ai_message_chunks

from assistant.errors import ModelError

CHARS_PER_TOKEN_BACKSTOP = 8  # JSON averages 3-4 characters a token; twice that is a safe ceiling
LOOP_SPAN = 600  # a reply repeating one stretch verbatim for this many characters is looping
LOOP_MAX_PERIOD = 1200  # longest repeated stretch looked for (a few task objects)
LOOP_PROBE = 48
CHECK_EVERY = 256
# A fast server sends an event per token, one network read each: decoding each by itself cost
# a 1,100-token plan 4 ms of CPU. Events are decoded together once this many bytes (a dozen
# events) have come, or once the oldest has waited this long (a slow model's tokens).
DECODE_BYTES = 2048
DECODE_S = 0.01


class OutOfTime(Exception):
    """The plan's time budget ran out while the model was still answering."""


@dataclass
class Stopped:
    """Why a streamed reply was stopped early: "loop" or "length"."""

    reason: str
    chars: int


def repeats_at_end(text: str, span: int = LOOP_SPAN, max_period: int = LOOP_MAX_PERIOD) -> int:
    """The period (in characters) of a verbatim repetition covering the last ``span``, else 0."""
    window = text[-(span + max_period) :]
    if len(window) < span + 1:
        return 0
    probe = window[-LOOP_PROBE:]
    last = len(window) - LOOP_PROBE
    # only where the last few characters occur earlier can a repetition end here (str.rfind is C)
    at = window.rfind(probe, 0, len(window) - 1)
    while at != -1:
        period = last - at
        if period > max_period or period > len(window) - span:
            return 0
        if window[-span:] == window[-span - period : -period]:
            return period
        at = window.rfind(probe, 0, at + LOOP_PROBE - 1)
    return 0


class ReplyWatch:
    """Follows a streamed reply's text and says when to stop reading it."""

    def __init__(self, max_chars: int, deadline: float | None) -> None:
        self.max_chars = max_chars
        self.deadline = deadline
        self.parts: list[str] = []
        self.chars = 0
        self._checked_at = 0

    def feed(self, piece: str) -> Stopped | None:
        """Take one streamed piece; a ``Stopped`` when the reply should be abandoned."""
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise OutOfTime
        if not piece:
            return None
        self.parts.append(piece)
        self.chars += len(piece)
        if self.chars > self.max_chars:
            return Stopped("length", self.chars)
        if self.chars - self._checked_at >= CHECK_EVERY:
            self._checked_at = self.chars
            text = "".join(self.parts)
            self.parts = [text]
            if repeats_at_end(text):
                return Stopped("loop", self.chars)
        return None

    def feed_all(self, pieces: list[str]) -> Stopped | None:
        """Take one network read's pieces: as one while under the length cap (none still checks
        the deadline), else one by one, so a reply is cut off where the cap is."""
        text = "".join(pieces)
        if self.chars + len(text) <= self.max_chars:
            return self.feed(text)
        for piece in pieces:
            stopped = self.feed(piece)
            if stopped:
                return stopped
        return None


def stream_reply(
    runnable: Any, messages: list[Any], options: dict[str, Any], watch: ReplyWatch
) -> tuple[AIMessage, Stopped | None]:
    """One reply, streamed: through the OpenAI SDK's raw event stream for ChatOpenAI, else
    through LangChain's ``stream`` (any other chat model, e.g. a test fake)."""
    model = getattr(runnable, "bound", runnable)
    if hasattr(model, "_get_request_payload") and hasattr(model, "client"):
        bound = getattr(runnable, "kwargs", {}) if runnable is not model else {}
        return _stream_openai(model, messages, {**bound, **options}, watch)
    return read_stream(runnable.stream(messages, **options), watch)


def _stream_openai(
    model: Any, messages: list[Any], kwargs: dict[str, Any], watch: ReplyWatch
) -> tuple[AIMessage, Stopped | None]:
    """The request LangChain's ChatOpenAI would send, read as server-sent events by us.

    LangChain and the SDK build two pydantic objects per streamed token (about 0.2 ms each,
    measured: a plan's 1,100 tokens cost 240 ms of CPU). Here the events are decoded a few
    network reads at a time by one ``json.loads`` and the watch sees each event's text, so the
    work per token is a few dictionary lookups. Transport, retries, auth and HTTP errors stay
    the SDK's.
    """
    kwargs = {k: v for k, v in kwargs.items() if not k.startswith("ls_")}
    payload = model._get_request_payload(messages, **kwargs)
    payload.update(stream_options={"include_usage": True})
    # LangChain's payload is already what goes on the wire: given as the SDK's typed arguments,
    # it would be walked again, messages and JSON schema, to be turned into the same dicts
    # (0.4 ms a call). As ``extra_body`` it is sent as it is; the SDK still owns the transport.
    body = {k: v for k, v in payload.items() if k not in {"model", "stream", "extra_body"}}
    body.update(payload.get("extra_body") or {})
    reply = _Reply()
    stopped = None
    with model.client.with_streaming_response.create(
        model=payload["model"], messages=[], stream=True, extra_body=body
    ) as response:
        try:
            for block in _event_batches(_body_bytes(response.http_response), watch):
                stopped = watch.feed_all(reply.take_block(block))
                if stopped:
                    break  # leaving the block closes the response: the server stops writing
        except httpx2.TransportError as exc:
            # the SDK turns transport errors into its own only until the headers; a server
            # that stalls or drops mid-reply is the same timeout or lost connection to us
            request = response.http_response.request
            if isinstance(exc, httpx2.TimeoutException):
                raise openai.APITimeoutError(request=request) from exc
            raise openai.APIConnectionError(message=str(exc), request=request) from exc
    message = AIMessage(
        content="".join(reply.arguments) or "".join(reply.content),
        response_metadata={"finish_reason": reply.finish} if reply.finish else {},
        usage_metadata=_usage(reply.usage) if reply.usage else None,
    )
    return message, stopped


def _body_bytes(response: Any) -> Iterator[bytes]:
    """The response body as it arrives: the raw reads when it is not compressed (three
    generator layers and a decoder fewer per token), else decoded by the HTTP client."""
    if response.headers.get("content-encoding", "identity").strip().lower() == "identity":
        return response.iter_raw()
    return response.iter_bytes()


def _event_batches(chunks: Iterator[bytes], watch: ReplyWatch) -> Iterator[bytes]:
    """The stream's whole lines, in batches (server-sent events are LF-framed). The bytes wait,
    undecoded, until ``DECODE_BYTES`` have come or the oldest has waited ``DECODE_S``; then
    every whole line so far goes to the reply (``_Reply.take_block``), decoded together. Until
    then a network read costs adding its bytes and a look at the watch's deadline. The body is
    read to its end, so the connection can be reused."""
    pending = b""
    since = 0.0
    deadline = watch.deadline
    for chunk in chunks:
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            raise OutOfTime
        if not pending:
            since = now
        pending += chunk
        if len(pending) < DECODE_BYTES and now - since < DECODE_S:
            continue
        end = pending.rfind(b"\n") + 1
        block, pending, since = pending[:end], pending[end:], now
        yield block
    if pending:
        yield pending


# a server-sent event's data line, found in a whole batch by one C call instead of a Python
# step per line (a plan's 1,100 events: about 1 ms of CPU less a call)
_DATA_LINE = re.compile(rb"^data:[ \t]*(\S(?:.*\S)?)", re.MULTILINE)


def _data(block: bytes) -> list[bytes]:
    found = _DATA_LINE.findall(block)
    return [data for data in found if data != b"[DONE]"] if b"[DONE]" in block else found


def _decode(batch: list[bytes]) -> list[Any]:
    # orjson: a plan's ~190 KB of events decode in a third of json's time (1.3 -> 0.5 ms alone,
    # about 1.5 ms less CPU per call in the pipeline, measured); its error is a ValueError too
    try:
        return orjson.loads(b"[" + b",".join(batch) + b"]")
    except ValueError:
        bad = next((d for d in batch if not _is_json(d)), batch[0])
        raise ModelError(
            f"the model server sent an event that is not JSON: {bad[:120].decode(errors='replace')!r}"
        ) from None


# A token's text in its event: the delta holding the text alone. Taken out of a batch's lines,
# what is left of each line is its event's shape; the events of one stream mostly share one
# (the same id, model and creation time, a text each).
_TOKEN_TEXT = re.compile(
    rb'"delta"[ \t]*:[ \t]*\{[ \t]*"content"[ \t]*:[ \t]*("(?:[^"\\\n]++|\\.)*+")[ \t]*\}'
)
_NO_TEXT = b'"delta":{"content":""}'
KNOWN_SHAPES = 8  # per reply; a server that varies every event (OpenAI's "obfuscation") has none


def _token_only(shape: bytes) -> bool:
    """Whether a line with its text taken out is one event that carries a token's text and
    nothing else: one choice, whose delta is the text alone, no finish, usage or error."""
    found = _data(shape)
    if len(found) != 1 or len(_TOKEN_TEXT.findall(shape)) != 1:
        return False
    try:
        event = orjson.loads(found[0])
    except ValueError:
        return False
    if type(event) is not dict or event.get("error") or event.get("usage"):
        return False
    choices = event.get("choices")
    return (
        type(choices) is list
        and len(choices) == 1
        and type(choices[0]) is dict
        and choices[0].get("delta") == {"content": ""}
        and not choices[0].get("finish_reason")
    )


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


class _Reply:
    """A streamed reply gathered from its events: text, tool-call arguments, finish, usage."""

    def __init__(self) -> None:
        self.content: list[str] = []
        self.arguments: list[str] = []
        self.finish: str | None = None
        self.usage: dict[str, Any] | None = None
        self.shapes: set[bytes] = set()  # lines of token-only events, their text taken out

    def take_block(self, block: bytes) -> list[str]:
        """Add a batch of the stream's whole lines; return the text each event carried.

        When every line is a token-only event of a shape seen before, only the texts are
        decoded (one ``orjson`` call making strings: decoding whole events, a dict of dicts
        each, was two thirds of a plan's event decoding); the first events of a shape, and any
        batch with another event in it (the role, the finish, the usage, tool calls, errors,
        ``[DONE]``), are decoded whole, one event at a time, as always."""
        parts = _TOKEN_TEXT.split(block)  # the lines' shapes around the texts (odd items)
        texts = parts[1::2]
        if texts:
            lines = _NO_TEXT.join(parts[::2]).split(b"\n")
            events = len(lines) - lines.count(b"") - lines.count(b"\r")
            shapes = set(lines)
            shapes.discard(b"")
            shapes.discard(b"\r")
            if len(texts) == events and shapes <= self.shapes:
                said = [text for text in _decode(texts) if text]
                self.content += said
                return said
            for shape in shapes - self.shapes:
                if len(self.shapes) < KNOWN_SHAPES and _token_only(shape):
                    self.shapes.add(shape)
        found = _data(block)
        return self.take(_decode(found)) if found else []

    def take(self, events: list[Any]) -> list[str]:
        """Add a batch of events; return the text each carried (for the watch)."""
        said: list[str] = []
        for event in events:
            if type(event) is not dict:
                continue
            choices = event.get("choices")
            # most events carry one token of text and nothing else: a few lookups each
            if choices and len(choices) == 1 and "error" not in event:
                choice = choices[0]
                delta = choice.get("delta")
                if (
                    type(delta) is dict
                    and len(delta) == 1
                    and "content" in delta
                    and not choice.get("finish_reason")
                    and not event.get("usage")
                ):
                    text = delta["content"]
                    if text:
                        self.content.append(text)
                        said.append(text)
                    continue
            self._take_one(event, choices, said)
        return said

    def _take_one(self, event: dict[str, Any], choices: Any, said: list[str]) -> None:
        if event.get("error"):
            error = event["error"]
            raise ModelError(
                "the model server failed while answering: "
                + str(error.get("message", error) if isinstance(error, dict) else error)[:300]
            )
        self.usage = event.get("usage") or self.usage
        for choice in choices or ():
            self.finish = choice.get("finish_reason") or self.finish
            delta = choice.get("delta") or {}
            text = delta.get("content")
            if text:
                self.content.append(text)
                said.append(text)
            for call in delta.get("tool_calls") or ():
                args = (call.get("function") or {}).get("arguments")
                if args:
                    self.arguments.append(args)
                    said.append(args)
            # reasoning (llama.cpp, vLLM, Ollama) counts against the loop check, not the reply
            thought = delta.get("reasoning_content") or delta.get("reasoning")
            if thought:
                said.append(thought)


def _usage(usage: dict[str, Any]) -> dict[str, int]:
    tokens_in = int(usage.get("prompt_tokens") or 0)
    tokens_out = int(usage.get("completion_tokens") or 0)
    return {
        "input_tokens": tokens_in,
        "output_tokens": tokens_out,
        "total_tokens": tokens_in + tokens_out,
    }


def _piece(chunk: AIMessageChunk) -> str:
    if chunk.tool_call_chunks:
        return "".join(c.get("args") or "" for c in chunk.tool_call_chunks)
    content = chunk.content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    return content


def read_stream(
    chunks: Iterator[AIMessageChunk], watch: ReplyWatch
) -> tuple[AIMessage, Stopped | None]:
    """The whole reply as one message, or what came before the watch stopped it."""
    received: list[AIMessageChunk] = []
    stopped = None
    try:
        for chunk in chunks:
            received.append(chunk)
            stopped = watch.feed(_piece(chunk))
            if stopped:
                break
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()  # hang up: the server stops generating a reply nobody reads
    if not received:
        return AIMessage(content=""), stopped
    merged = add_ai_message_chunks(received[0], *received[1:]) if len(received) > 1 else received[0]
    message = AIMessage(
        content=merged.content,
        tool_calls=merged.tool_calls,
        invalid_tool_calls=merged.invalid_tool_calls,
        response_metadata=merged.response_metadata,
        usage_metadata=merged.usage_metadata,
    )
    return message, stopped
