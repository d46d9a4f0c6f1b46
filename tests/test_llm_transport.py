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
    stalled = Reply(as_json(good_draft()), piece_chars=400, piece_delay_s=3.0)
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
    assert time.perf_counter() - started < 3.0


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
