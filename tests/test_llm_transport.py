"""The local-server transport under the OpenAI SDK: errors, hang-ups and reuse as the SDK's own."""

from __future__ import annotations

import time

import httpx2
import pytest

from assistant.config import Settings
from assistant.engines.llm.engine import LLMEngine, build_chat_model
from assistant.engines.llm.transport import LocalServerTransport
from assistant.errors import ModelError
from assistant.planner import plan_goal
from tests.llm_support import (
    LLM_TODAY,
    LocalModelServer,
    Reply,
    Script,
    as_json,
    block_real_models,  # noqa: F401  (fixture)
    good_draft,
)

pytestmark = pytest.mark.usefixtures("block_real_models")
GOAL = "Swim 1,500 m without stopping by the end of March"


def _transport(settings: Settings) -> object:
    return build_chat_model(settings).root_client._client._transport


def test_a_plain_http_endpoint_reads_through_the_local_transport_and_https_keeps_the_sdks():
    local = Settings(_env_file=None, openai_base_url="http://127.0.0.1:9/v1", model="a")
    remote = Settings(_env_file=None, openai_base_url="https://api.example.com/v1", model="b")
    assert isinstance(_transport(local), LocalServerTransport)
    assert not isinstance(_transport(remote), LocalServerTransport)


def test_a_server_that_stalls_mid_reply_is_a_timeout_in_bounded_time():
    # the server would stall 30 s a piece; the 0.5 s read timeout ends the wait long before
    # (the bound is wide on purpose: a busy machine must not fail it, the stall still would)
    stalled = Reply(as_json(good_draft()), piece_chars=400, piece_delay_s=30.0)
    with LocalModelServer(Script([], default=stalled)) as server:
        settings = Settings(
            _env_file=None,
            openai_base_url=server.base_url,
            model="stall-test",
            max_retries=0,
            request_timeout_s=0.5,
        )
        started = time.perf_counter()
        with pytest.raises(ModelError, match="did not answer in time"):
            plan_goal(LLMEngine(settings), GOAL, {}, settings, LLM_TODAY)
    assert time.perf_counter() - started < 15.0


def test_a_reply_abandoned_midway_hangs_up_and_the_next_request_still_works():
    endless = Reply(endless=lambda i: f'{{"n": {i}}}, ', piece_chars=12)
    script = Script([endless, Reply(as_json(good_draft()))])
    with (
        LocalModelServer(script) as server,
        httpx2.Client(transport=LocalServerTransport()) as client,
    ):
        body = {"model": "m", "messages": [], "stream": True}
        url = f"{server.base_url}/chat/completions"
        with client.stream("POST", url, json=body) as response:
            assert response.status_code == 200
            first = next(response.iter_bytes())
        assert first.startswith(b"data: ")
        with client.stream("POST", url, json=body) as response:
            text = b"".join(response.iter_bytes()).decode()
    assert text.rstrip().endswith("data: [DONE]") and len(script.requests) == 2


def test_a_refused_connection_is_the_sdks_connection_error():
    with pytest.raises(httpx2.ConnectError):
        httpx2.Client(transport=LocalServerTransport()).get("http://127.0.0.1:9/v1/models")


def _chunked_server(framings: list[list[bytes]]):
    """A real HTTP/1.1 server on one port whose n-th reply is the n-th framing's raw chunked
    pieces, each written and flushed on its own (a chunk split across network reads, its size
    line too); it counts the connections it accepted."""
    import http.server
    import threading

    served = {"connections": 0, "replies": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            served["connections"] += 1

        def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
            self.rfile.read(int(self.headers.get("content-length", 0)))
            pieces = framings[served["replies"]]
            served["replies"] += 1
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(0.002)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, served


@pytest.mark.parametrize(
    "framing",
    [
        # one piece a token, each chunk whole (as llama.cpp, vLLM and Ollama send them)
        [b"8\r\ndata: a\n\r\n", b"8\r\ndata: b\n\r\n", b"0\r\n\r\n"],
        # a size line, a chunk's data and its CRLF split across reads; hex in capitals
        [b"1", b"A\r\ndata: ", b"hello", b"\n\r", b"\n9\r\ndata: b!\n\r\n0\r", b"\n\r\n"],
        # chunk extensions and a trailer after the last chunk; all in one read
        [b"d;name=value\r\ndata: tokens\n\r\n0\r\nX-Checksum: 1\r\n\r\n"],
    ],
)
def test_a_chunked_stream_is_unframed_whatever_its_reads_and_the_connection_is_reused(framing):
    body = b"".join(framing)
    expected, rest = b"", body
    while True:  # the framing's data, unframed the slow way
        size_line, rest = rest.split(b"\r\n", 1)
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        expected, rest = expected + rest[:size], rest[size + 2 :]
    server, served = _chunked_server([framing, framing, framing])
    url = f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    try:
        with httpx2.Client(transport=LocalServerTransport()) as client:
            for _ in range(3):
                with client.stream("POST", url, json={"stream": True}) as response:
                    assert b"".join(response.iter_raw()) == expected
    finally:
        server.shutdown()
    assert served == {"connections": 1, "replies": 3}


def test_a_chunked_stream_cut_short_is_the_sdks_protocol_error():
    server, _ = _chunked_server([[b"8\r\ndata: a\n\r\n4\r\nda"]])
    url = f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    try:
        with (
            httpx2.Client(transport=LocalServerTransport()) as client,
            client.stream("POST", url, json={}, headers={"connection": "close"}) as response,
            pytest.raises(httpx2.TransportError),
        ):
            b"".join(response.iter_raw())
    finally:
        server.shutdown()
