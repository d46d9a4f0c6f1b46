"""Work done once and reused: a goal's embedding across its questions and its draft, a streamed
reply read many events at a time, and a person's review collection across searches."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import Settings
from assistant.engines.llm.engine import LLMEngine
from assistant.errors import ModelError
from assistant.memory.embedding import load_minilm
from assistant.memory.reviews import index_pending, record_review
from assistant.planner import plan_goal
from tests.llm_support import (
    LLM_TODAY,
    LocalModelServer,
    Reply,
    Script,
    as_json,
    block_real_models,  # noqa: F401  (fixture)
    fake_chat,
    good_draft,
    questions_json,
)
from tests.memory_fixtures import *  # noqa: F403
from tests.plans import good_plan
from tests.review_histories import W1, W2, review

GOAL = "Run the Riverside half marathon by the end of February"


class CountingSession:
    """The ONNX session, counting the sentences it embeds."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.sentences = 0

    def run(self, outputs: Any, feed: dict[str, Any]) -> Any:
        self.sentences += len(feed["input_ids"])
        return self.session.run(outputs, feed)


@pytest.fixture
def counted(monkeypatch) -> CountingSession:
    model = load_minilm()
    model.forget()
    counting = CountingSession(model.session)
    monkeypatch.setattr(model, "session", counting)
    return counting


@pytest.mark.usefixtures("block_real_models")
def test_a_goal_is_embedded_once_for_its_questions_and_its_plan(counted):
    chat = fake_chat(questions_json("capacity"), as_json(good_draft()))
    settings = Settings(_env_file=None, openai_api_key="sk-test")
    engine = LLMEngine(settings, chat_model=chat)
    engine.questions(GOAL, {}, LLM_TODAY)
    after_questions = counted.sentences
    result = plan_goal(engine, GOAL, {"capacity": "5 hours a week"}, settings, LLM_TODAY)
    assert result.errors == [] and len(chat.sent) == 2
    assert after_questions >= 1  # the goal was routed to a field for the questions
    assert counted.sentences == after_questions  # and not embedded again for the draft


def test_a_remembered_sentence_has_the_same_vector_and_a_new_one_is_embedded(counted):
    model = load_minilm()
    first = model.encode(["my shifts change every week"])
    again = model.encode(["my shifts change every week"])
    assert counted.sentences == 1
    assert (first == again).all() and first is not again
    again[0, 0] = 9.0  # a caller changing its copy does not change what is remembered
    assert model.encode(["my shifts change every week"])[0, 0] == first[0, 0]
    model.encode(["the gym closed for a month"])
    assert counted.sentences == 2


@pytest.mark.usefixtures("block_real_models")
@pytest.mark.parametrize("style", ["openai", "vllm"])
def test_a_reply_whose_events_arrive_many_to_a_read_is_read_whole(style):
    # the whole plan in 0.1 s of 4-character tokens: the server writes them in bunches
    reply = Reply(as_json(good_draft()), piece_chars=4, stream_s=0.1, style=style, tokens_out=1100)
    with LocalModelServer(Script([reply])) as server:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, max_retries=0)
        result = plan_goal(
            LLMEngine(settings), GOAL, {"capacity": "5 hours a week"}, settings, LLM_TODAY
        )
    assert result.errors == [] and result.plan.metadata.engine == "llm"
    assert [c.tokens_out for c in result.plan.metadata.calls] == [1100]
    titles = [t.title for m in result.plan.milestones for t in m.tasks]
    wanted = [t["title"] for m in good_draft()["milestones"] for t in m["tasks"]]
    assert titles[: len(wanted)] == wanted


@pytest.mark.usefixtures("block_real_models")
def test_an_event_that_is_not_json_is_one_clear_error(monkeypatch):
    import tests.llm_support as support

    real = support._events

    def broken(reply, model, usage):
        for i, event in enumerate(real(reply, model, usage)):
            yield event if i != 3 else "{not json"

    monkeypatch.setattr(support, "_events", broken)
    monkeypatch.setattr(support.json, "dumps", _dumps_keeping_raw(support.json.dumps))
    with LocalModelServer(Script([Reply(as_json(good_draft()))])) as server:
        settings = Settings(_env_file=None, openai_base_url=server.base_url, max_retries=0)
        with pytest.raises(ModelError, match="an event that is not JSON: '{not json'"):
            LLMEngine(settings).draft(GOAL, {}, LLM_TODAY)


def _dumps_keeping_raw(dumps):
    """json.dumps, except that the planted broken event goes out as it is."""

    def raw_or_dumps(value, *args, **kwargs):
        if isinstance(value, str) and value == "{not json":
            return value
        return dumps(value, *args, **kwargs)

    return raw_or_dumps


def test_a_cached_collection_sees_a_review_added_after_it_was_cached(store, memory):
    plan = good_plan()
    store.save_plan(plan, "ann")
    first, _ = record_review(store, memory, review(plan.id, W1, ["t2"], notes="Good week"), "ann")
    assert [h.review_id for h in memory.search("a good week", "ann", plan.id)] == [first.id]
    cached = memory.collection("ann", plan.id, create=False)
    slipped = review(plan.id, W2, [], [("t3", "The swimming pool was closed all week")])
    second, indexed = record_review(store, memory, slipped, "ann")
    assert indexed and memory.collection("ann", plan.id, create=False) is cached  # no new lookup
    hits = memory.search("pool closed", "ann", plan.id, k=1)
    assert hits and hits[0].review_id == second.id and "swimming pool" in hits[0].text
    assert index_pending(store, memory, "ann", plan.id) == 0


def test_routing_and_review_search_share_one_loaded_model(counted):
    from assistant.memory.chroma_embedding import MiniLMEmbedding

    assert load_minilm(None) is load_minilm()
    vector = MiniLMEmbedding()(["why do my long runs slip"])[0]
    assert load_minilm().encode(["why do my long runs slip"])[0].tolist() == list(vector)
    assert counted.sentences == 1  # the question the search embedded is not embedded again
