"""Read a model's reply as it streams, and stop it early when it loops, runs long or runs late.

A small model can loop inside its JSON until the context is full (minutes of tokens that can
never validate). Three bounds stop that: the server's output-token cap (sent with the request,
with a character backstop here for servers that ignore it), a check that the reply has started
repeating itself verbatim, and the plan's time budget.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.messages.ai import add_ai_message_chunks

CHARS_PER_TOKEN_BACKSTOP = 8  # JSON averages 3-4 characters a token; twice that is a safe ceiling
LOOP_SPAN = 600  # a reply repeating one stretch verbatim for this many characters is looping
LOOP_MAX_PERIOD = 1200  # longest repeated stretch looked for (a few task objects)
LOOP_PROBE = 48
CHECK_EVERY = 256


class OutOfTime(Exception):
    """The plan's time budget ran out while the model was still answering."""


@dataclass
class Stopped:
    """Why a streamed reply was stopped early: "loop" or "length"."""

    reason: str
    chars: int


def repeats_at_end(text: str, span: int = LOOP_SPAN, max_period: int = LOOP_MAX_PERIOD) -> int:
    """The period (in characters) of a verbatim repetition covering the last ``span``, else 0."""
    if len(text) < span + 1:
        return 0
    probe = text[-LOOP_PROBE:]
    for period in range(1, min(max_period, len(text) - span) + 1):
        if text[-LOOP_PROBE - period : -period] != probe:
            continue  # cheap test first: most periods fail on the last few characters
        if text[-span:] == text[-span - period : -period]:
            return period
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
            if repeats_at_end(text[-(LOOP_SPAN + LOOP_MAX_PERIOD) :]):
                return Stopped("loop", self.chars)
        return None


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
