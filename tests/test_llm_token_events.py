"""Token-only events read by their shape: the same text, finish and usage as decoding each
event whole, whatever the server's spelling, and a bounded memory of shapes per reply."""

from __future__ import annotations

import json

import pytest

from assistant.engines.llm.streaming import KNOWN_SHAPES, _data, _decode, _Reply
from assistant.errors import ModelError

TEXT = 'Run 5 km "easy" \\ then rest — café\n{"week": 1}'


def _compact(event: dict) -> bytes:
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode()


def _spaced(event: dict) -> bytes:
    return json.dumps(event).encode()


def openai_like(piece: str, i: int) -> dict:
    return {
        "id": "chatcmpl-9",
        "object": "chat.completion.chunk",
        "created": 1764000000,
        "model": "gpt-x",
        "system_fingerprint": "fp_1",
        "choices": [
            {"index": 0, "delta": {"content": piece}, "logprobs": None, "finish_reason": None}
        ],
        "usage": None,
    }


def llama_cpp_like(piece: str, i: int) -> dict:
    return {
        "choices": [{"finish_reason": None, "index": 0, "delta": {"content": piece}}],
        "created": 1764000001,
        "id": "chatcmpl-abc",
        "model": "gemma",
        "object": "chat.completion.chunk",
    }


def obfuscated(piece: str, i: int) -> dict:  # a field that differs in every event
    return {**openai_like(piece, i), "obfuscation": f"x{i:05d}"}


def stream(shape, encode, eol: bytes = b"\n") -> list[bytes]:
    events = [{"id": "c", "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    events += [shape(TEXT[i : i + 3], i) for i in range(0, len(TEXT), 3)]
    events += [
        {"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        {"id": "c", "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 9}},
    ]
    lines = [b"data: " + encode(e) + eol + eol for e in events] + [b"data: [DONE]" + eol + eol]
    return [b"".join(lines[i : i + 4]) for i in range(0, len(lines), 4)]  # batches of 4 events


def whole(blocks: list[bytes]) -> tuple[_Reply, list[str]]:
    reply, said = _Reply(), []
    for block in blocks:
        found = _data(block)
        said += reply.take(_decode(found)) if found else []
    return reply, said


def by_shape(blocks: list[bytes]) -> tuple[_Reply, list[str]]:
    reply, said = _Reply(), []
    for block in blocks:
        said += reply.take_block(block)
    return reply, said


@pytest.mark.parametrize(
    ("shape", "encode", "eol"),
    [
        (openai_like, _compact, b"\n"),
        (llama_cpp_like, _compact, b"\n"),
        (llama_cpp_like, _spaced, b"\n"),
        (openai_like, _spaced, b"\r\n"),
        (obfuscated, _compact, b"\n"),
    ],
)
def test_read_by_shape_as_decoding_each_event_whole(shape, encode, eol):
    blocks = stream(shape, encode, eol)
    ours, said = by_shape(blocks)
    theirs, said_whole = whole(blocks)
    assert "".join(ours.content) == TEXT == "".join(theirs.content)
    assert said == said_whole
    assert (ours.finish, ours.usage) == (theirs.finish, theirs.usage) == ("stop", theirs.usage)
    assert ours.usage == {"prompt_tokens": 7, "completion_tokens": 9}


def test_a_shape_is_learnt_once_and_the_memory_is_bounded():
    ours, _ = by_shape(stream(llama_cpp_like, _compact))
    assert len(ours.shapes) == 1  # every token event of the stream has one shape
    many, _ = by_shape(stream(obfuscated, _compact))  # a new shape each event
    assert "".join(many.content) == TEXT and len(many.shapes) == KNOWN_SHAPES


@pytest.mark.parametrize(
    "other",
    [
        {"choices": [{"index": 0, "delta": {"content": "!"}, "finish_reason": "length"}]},
        {"choices": [{"index": 0, "delta": {"content": "!", "reasoning_content": "hm"}}]},
        {"choices": [{"index": 0, "delta": {"content": "!"}}], "usage": {"prompt_tokens": 3}},
        {
            "choices": [
                {"index": 0, "delta": {"content": "!"}},
                {"index": 1, "delta": {"content": "?"}},
            ]
        },
    ],
)
def test_an_event_that_is_more_than_a_token_is_read_whole(other):
    """A finish, reasoning, usage or a second choice beside a token's text: never a token."""
    blocks = stream(llama_cpp_like, _compact)
    blocks.insert(2, b"data: " + _compact(other) + b"\n\n")
    ours, said = by_shape(blocks)
    theirs, said_whole = whole(blocks)
    assert ours.content == theirs.content and said == said_whole
    assert (ours.finish, ours.usage) == (theirs.finish, theirs.usage)


def test_a_server_error_or_broken_text_mid_stream_is_still_reported():
    blocks = stream(llama_cpp_like, _compact)
    error = b'data: {"error": {"message": "out of memory"}}\n\n'
    with pytest.raises(ModelError, match="out of memory"):
        by_shape([*blocks[:2], error, *blocks[2:]])
    broken = blocks[1].replace(b'"content":"', b'"content":"\\q', 1)
    with pytest.raises(ModelError, match="not JSON"):
        by_shape([blocks[0], blocks[1], broken])
