"""The offline embedding against sentence-transformers, and the review memory in a real Chroma."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest

from assistant.memory.reviews import ReviewMemory, forget_plan, index_pending, record_review
from assistant.models import Review
from tests.memory_fixtures import *  # noqa: F403
from tests.plans import good_plan
from tests.review_histories import W1, W2, W3, review

REFERENCE = Path(__file__).parent / "data" / "minilm_reference.json"


def test_vectors_match_sentence_transformers(embedding_function):
    ref = json.loads(REFERENCE.read_text())
    mine = np.array(embedding_function(ref["sentences"]))
    theirs = np.array(ref["vectors"])
    cosine = (mine * theirs).sum(1) / np.linalg.norm(mine, axis=1) / np.linalg.norm(theirs, axis=1)
    assert mine.shape == (len(ref["sentences"]), 384)
    assert cosine.min() >= 0.9999, dict(zip(ref["sentences"], cosine.round(6), strict=True))
    assert np.allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-5)


def test_embedding_is_a_chroma_embedding_function_without_warnings(embedding_function, tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from chromadb.utils.embedding_functions import known_embedding_functions

    assert known_embedding_functions[embedding_function.name()] is type(embedding_function)
    assert not embedding_function.is_legacy()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        client = chromadb.PersistentClient(
            str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False)
        )
        ReviewMemory(client, embedding_function).collection("local", "p-1")
        # reopening the collection checks the stored config
        ReviewMemory(client, embedding_function).collection("local", "p-1")


def test_similar_sentences_are_nearer_than_unrelated_ones(embedding_function):
    a, b, c = np.array(
        embedding_function(
            [
                "I skipped my run because work ran late",
                "Overtime at the office meant no running",
                "The bakery sells rye bread on Saturdays",
            ]
        )
    )
    assert a @ b > a @ c + 0.2


def _stored(store, user="local", plan_id="p-halfmarathon"):
    plan = good_plan()
    plan.id = plan_id
    store.save_plan(plan, user)
    return plan


def test_search_finds_the_slip_reason_that_matches_the_question(store, memory):
    _stored(store)
    for r in [
        review("p-halfmarathon", W1, ["t2"], [("t3", "It rained all week and I hate treadmills")]),
        review("p-halfmarathon", W2, ["t2"], [("t3", "Work ran late every evening")]),
        review("p-halfmarathon", W3, ["t2", "t3"], notes="Good week, legs fresh"),
    ]:
        record_review(store, memory, r, "local")
    hits = memory.search("weather was bad", "local", "p-halfmarathon", k=3)
    assert hits[0].week_of == W1 and "rained" in hits[0].text
    assert memory.count("local", "p-halfmarathon") == 5  # 3 reviews + 2 slipped reasons


def test_search_never_returns_another_users_or_another_plans_reviews(store, memory):
    _stored(store, "alice")
    _stored(store, "bob")
    _stored(store, "alice", "p-other")
    record_review(
        store, memory, review("p-halfmarathon", W1, notes="Alice's secret: knee pain"), "alice"
    )
    record_review(
        store, memory, review("p-other", W1, notes="Alice's other plan: knee pain"), "alice"
    )
    record_review(store, memory, review("p-halfmarathon", W1, notes="Bob ran well"), "bob")
    for k in (1, 5, 50):
        bob = memory.search("knee pain secret", "bob", "p-halfmarathon", k=k)
        assert bob and all("Alice" not in h.text for h in bob)
        alice = memory.search("knee pain", "alice", "p-halfmarathon", k=k)
        assert {h.plan_id for h in alice} == {"p-halfmarathon"} and all(
            "Bob" not in h.text for h in alice
        )
    assert memory.search("knee pain", "carol", "p-halfmarathon") == []


def test_deleting_a_plan_deletes_its_vectors_and_nobody_elses(store, memory):
    _stored(store, "alice")
    _stored(store, "bob")
    record_review(store, memory, review("p-halfmarathon", W1, notes="alice week"), "alice")
    record_review(store, memory, review("p-halfmarathon", W1, notes="bob week"), "bob")
    forget_plan(store, memory, "p-halfmarathon", "alice")
    assert memory.count("alice", "p-halfmarathon") == 0
    assert memory.search("week", "alice", "p-halfmarathon") == []
    assert memory.count("bob", "p-halfmarathon") == 1
    assert store.list_plans("alice") == [] and len(store.list_plans("bob")) == 1


def test_a_review_set_aside_by_doctor_leaves_the_index_and_the_other_reviews_stay(
    store, memory, settings, monkeypatch
):
    import sqlite3

    from assistant.cli.memory import doctor

    _stored(store)
    kept, _ = record_review(
        store, memory, review("p-halfmarathon", W1, notes="legs fresh"), "local"
    )
    bad, _ = record_review(store, memory, review("p-halfmarathon", W2, notes="knee pain"), "local")
    with sqlite3.connect(settings.db_path) as db:  # what an older Goalsmith could have stored
        db.execute("UPDATE reviews SET body = '{' WHERE id = ?", (bad.id,))
    monkeypatch.setattr("assistant.service.Goalsmith.memory", memory)
    doctor()
    texts = [h.text for h in memory.search("knee pain legs", "local", "p-halfmarathon", k=10)]
    assert any("legs fresh" in t for t in texts) and not any("knee" in t for t in texts)
    assert [r.id for r in store.reviews("p-halfmarathon", "local")] == [kept.id]


class BrokenMemory:
    def index(self, review: Review, user: str) -> int:
        raise RuntimeError("chroma is down")


def test_a_failed_index_keeps_the_review_and_a_later_pass_indexes_it_once(store, memory):
    _stored(store)
    stored, indexed = record_review(
        store, BrokenMemory(), review("p-halfmarathon", W1, notes="late"), "local"
    )
    assert not indexed and store.reviews("p-halfmarathon") == [stored]
    assert store.unindexed_reviews("local") == [stored]
    assert index_pending(store, memory, "local") == 1
    assert store.unindexed_reviews("local") == []
    memory.index(stored, "local")  # a retry overwrites: ids are derived from the review id
    assert memory.count("local", "p-halfmarathon") == 1


def test_open_memory_uses_a_persistent_client_under_goalsmith_home(settings, embedding_function):
    from assistant.memory.reviews import open_memory

    memory = open_memory(settings, embedding_function)
    assert settings.chroma_path.is_dir()
    assert memory.collection("local", "p-1").name.startswith("plan-")


def test_each_plan_has_a_collection_of_its_own(store, memory):
    owners = [("alice", "p-halfmarathon"), ("bob", "p-halfmarathon"), ("alice", "p-other")]
    owners.append(("x@example.com/ü ber", "p-halfmarathon"))
    for user, plan_id in owners:
        _stored(store, user, plan_id)
        record_review(store, memory, review(plan_id, W1, notes=f"{user} {plan_id}"), user)
    names = {memory.collection(u, p).name for u, p in owners}
    assert len(names) == 4
    # a search there never sees bob's vectors, nor alice's other plan's
    assert memory.collection("alice", "p-halfmarathon").count() == 1
    assert memory.collection("nobody", "p-halfmarathon", create=False) is None
    assert memory.collection("alice", "p-nothing", create=False) is None


def test_an_index_from_before_is_rebuilt_from_sqlite(settings, store, embedding_function):
    """One collection for every user (older versions) is dropped; SQLite's reviews come back."""
    from assistant.memory.reviews import LEGACY_COLLECTION, chroma_client

    client = chroma_client(settings)
    _stored(store, "alice")
    stored, _ = record_review(
        store, None, review("p-halfmarathon", W1, notes="Knee pain after hills"), "alice"
    )
    old = client.get_or_create_collection(LEGACY_COLLECTION, embedding_function=embedding_function)
    old.add(ids=[stored.id], documents=["Knee pain after hills"], metadatas=[{"user": "alice"}])
    store.mark_indexed([stored.id], "alice")  # as the old version left it
    memory = ReviewMemory(client, embedding_function)
    assert index_pending(store, memory, "alice", "p-halfmarathon") == 1
    assert LEGACY_COLLECTION not in {c.name for c in client.list_collections()}
    [hit] = memory.search("knee", "alice", "p-halfmarathon", k=3)
    assert hit.review_id == stored.id
    assert index_pending(store, memory, "alice") == 0  # done once


def _per_user_collection(client, embedding_function, user, reviews):
    """A collection per user, as the version before per-plan collections wrote it."""
    import hashlib

    from assistant.memory.reviews import review_documents

    name = "reviews-" + hashlib.sha256(user.encode()).hexdigest()[:40]
    old = client.get_or_create_collection(name, embedding_function=embedding_function)
    docs = [d for r in reviews for d in review_documents(r)]
    old.add(
        ids=[d[0] for d in docs],
        documents=[d[1] for d in docs],
        metadatas=[{**d[2], "user": user} for d in docs],
    )
    return name


@pytest.mark.parametrize("where", ["embedded", "server"])
def test_per_user_collections_move_into_per_plan_ones_once_and_nothing_is_lost(
    where, request, settings, store, embedding_function, monkeypatch
):
    from assistant.memory.reviews import LAYOUT_MARKER, chroma_client

    if where == "server":
        url = request.getfixturevalue("chroma_server")
        settings = settings.model_copy(update={"chroma_url": url})
    client = chroma_client(settings)
    old_names, kept = [], {}
    for user, notes in (("ada", "Knee pain after hills"), ("ben", "The pool was closed")):
        _stored(store, user)
        _stored(store, user, "p-other")
        reviews = [
            store.add_review(review("p-halfmarathon", W1, ["t2"], [("t3", notes)]), user),
            store.add_review(review("p-other", W2, notes=f"{user}'s other plan"), user),
        ]
        store.mark_indexed([r.id for r in reviews], user)  # as the older version left them
        old_names.append(_per_user_collection(client, embedding_function, user, reviews))
        kept[user] = reviews
    memory = ReviewMemory(client, embedding_function)
    assert index_pending(store, memory, "ada") == 0  # moved, not re-embedded from SQLite
    listed = {c.name for c in client.list_collections()}
    assert not listed & set(old_names) and LAYOUT_MARKER in listed
    for user, notes in (("ada", "knee"), ("ben", "pool")):
        [whole, slip] = memory.search(notes, user, "p-halfmarathon", k=5)[:2]
        assert {whole.review_id, slip.review_id} == {kept[user][0].id}
        assert any(notes in h.text.lower() for h in (whole, slip))
        [other] = memory.search("other plan", user, "p-other", k=5)
        assert other.review_id == kept[user][1].id and user in other.text
        assert memory.count(user, "p-halfmarathon") == 2 and memory.count(user, "p-other") == 1
    again = ReviewMemory(chroma_client(settings), embedding_function)
    moved = []
    monkeypatch.setattr(again, "_move_user_collection", moved.append)
    monkeypatch.setattr(again.client, "list_collections", lambda **kw: moved.append(kw) or [])
    assert index_pending(store, again, "ben") == 0
    assert moved == []  # the second open finds the marker and does nothing more
    assert again.count("ben", "p-halfmarathon") == 2


def test_pending_reviews_are_indexed_in_one_batch(store, memory, monkeypatch):
    _stored(store)
    for week in (W1, W2, W3):
        record_review(store, None, review("p-halfmarathon", week, notes="tired"), "local")
    batches = []
    collection = memory.collection("local", "p-halfmarathon")
    real = collection.upsert
    monkeypatch.setattr(collection, "upsert", lambda **kw: batches.append(kw) or real(**kw))
    assert index_pending(store, memory, "local") == 3
    assert len(batches) == 1 and len(batches[0]["ids"]) == 3


@pytest.mark.parametrize("url", ["ftp://x", "not a url"])
def test_a_bad_chroma_url_is_one_clear_error(settings, url):
    from assistant.errors import GoalsmithError
    from assistant.memory.reviews import chroma_client

    with pytest.raises(GoalsmithError, match="GOALSMITH_CHROMA_URL"):
        chroma_client(settings.model_copy(update={"chroma_url": url}))


# --- a real Chroma server (GOALSMITH_CHROMA_URL): the team-server mode ----------------------------


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """`chroma run` (shipped with chromadb) on a free loopback port, stopped after the module."""
    import shutil
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path_factory.mktemp("chroma-server")
    server = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("the chroma server exited at start")
                time.sleep(0.1)
        else:
            pytest.fail("the chroma server did not answer within 15 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_chroma_server_keeps_reviews_scoped_like_the_local_index(
    chroma_server, settings, store, embedding_function
):
    from assistant.memory.reviews import open_memory

    served = settings.model_copy(update={"chroma_url": chroma_server})
    memory = open_memory(served, embedding_function)
    assert not served.chroma_path.exists()  # nothing was written locally
    _stored(store, "alice")
    _stored(store, "bob")
    record_review(
        store, memory, review("p-halfmarathon", W1, notes="Alice: knee pain again"), "alice"
    )
    record_review(store, memory, review("p-halfmarathon", W1, notes="Bob ran well"), "bob")
    hits = memory.search("knee pain", "alice", "p-halfmarathon", k=5)
    assert hits and all("Bob" not in h.text for h in hits) and "knee" in hits[0].text
    assert all("Alice" not in h.text for h in memory.search("knee", "bob", "p-halfmarathon", k=5))
    forget_plan(store, memory, "p-halfmarathon", "alice")
    assert (
        memory.count("alice", "p-halfmarathon") == 0 and memory.count("bob", "p-halfmarathon") == 1
    )


def test_embed_gives_unit_vectors_that_rank_by_meaning_without_importing_chromadb():
    import subprocess
    import sys

    code = (
        "import sys, numpy as np\n"
        "from assistant.memory.embedding import embed\n"
        "v = embed(['run a half marathon', 'train for a 21 km race', 'file my taxes'])\n"
        "assert v.shape == (3, 384) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)\n"
        "assert v[0] @ v[1] > v[0] @ v[2] + 0.2, (v[0] @ v[1], v[0] @ v[2])\n"
        "assert embed([]).shape == (0, 384)\n"
        "print('chromadb' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"  # embedding text stays light: no vector store loaded


def test_a_search_through_a_chroma_server_asks_only_what_it_must(
    chroma_server, settings, store, embedding_function, monkeypatch
):
    """A later process (`goalsmith why`): no listing of every user's collection, one lookup of
    the layout marker and one of the plan's collection, then one request a search."""
    import httpx

    from assistant.memory.reviews import open_memory

    served = settings.model_copy(update={"chroma_url": chroma_server})
    _stored(store, "carol")
    record_review(
        store,
        open_memory(served, embedding_function),
        review("p-halfmarathon", W1, [], [("t3", "The pool was shut for repairs")]),
        "carol",
    )
    memory = open_memory(served, embedding_function)
    index_pending(store, memory, "carol")  # the server's one upgrade to per-plan collections
    memory = open_memory(served, embedding_function)
    sent: list[str] = []
    real = httpx.Client.request

    def counted(self, method, url, *args, **kwargs):
        sent.append(f"{method.upper()} {str(url).rsplit('/api/v2', 1)[-1]}")
        return real(self, method, url, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "request", counted)
    assert index_pending(store, memory, "carol", "p-halfmarathon") == 0
    first = memory.search("pool closed", "carol", "p-halfmarathon")
    second = memory.search("swimming", "carol", "p-halfmarathon")
    assert first and second and "pool" in first[0].text
    assert not any(s.startswith("GET") and s.endswith("/collections") for s in sent)
    assert [s.split()[0] for s in sent] == ["GET", "GET", "POST", "POST"], sent
    assert sent[-1].endswith("/query") and sent[-2].endswith("/query")


def test_a_server_lost_mid_lookup_fails_the_search_instead_of_answering_no_reviews(
    chroma_server, settings, embedding_function, monkeypatch
):
    """The collection is looked up while the question is embedded: a failed lookup still
    reaches the caller, instead of reading as "this person has no reviews"."""
    from assistant.memory.reviews import open_memory

    memory = open_memory(
        settings.model_copy(update={"chroma_url": chroma_server}), embedding_function
    )

    def gone(*args, **kwargs):
        raise ConnectionError("the Chroma server went away")

    monkeypatch.setattr(memory.client, "get_collection", gone)
    with pytest.raises(ConnectionError, match="went away"):
        memory.search("knee pain", "alice", "p-halfmarathon")


def test_the_local_index_finds_a_plans_segments_and_log_through_an_index(
    settings, store, embedding_function
):
    """Chroma scans its segments and write log by collection; with a collection per plan that
    scan grew with everyone's plans. The app's index gets SQLite indexes for both lookups, once,
    and searches still see only the asking plan."""
    import sqlite3

    from assistant.memory.chroma_lookups import INDEXES, index_lookups
    from assistant.memory.reviews import chroma_client

    memory = ReviewMemory(chroma_client(settings), embedding_function)
    for user, plan_id, note in [("alice", "p-halfmarathon", "Knee pain"), ("bob", "p-b", "Knee")]:
        _stored(store, user, plan_id)
        record_review(store, memory, review(plan_id, W1, notes=note), user)
    db = sqlite3.connect(settings.chroma_path / "chroma.sqlite3")
    lookups = [
        ("SELECT id FROM segments WHERE collection = ?", ("x",)),
        ("SELECT seq_id FROM embeddings_queue WHERE topic = ? AND seq_id > ?", ("x", 0)),
    ]
    plans = {
        sql: " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + sql, args))
        for sql, args in lookups
    }
    db.close()
    assert all(any(name in plan for name in INDEXES) for plan in plans.values()), plans
    assert index_lookups(settings.chroma_path) == []  # a later open adds nothing
    again = ReviewMemory(chroma_client(settings), embedding_function)
    assert [h.plan_id for h in again.search("knee", "alice", "p-halfmarathon")] == [
        "p-halfmarathon"
    ]


def test_index_lookups_leaves_a_file_of_another_shape_alone(tmp_path):
    import sqlite3

    from assistant.memory.chroma_lookups import index_lookups

    assert index_lookups(tmp_path) == []  # no index yet
    sqlite3.connect(tmp_path / "chroma.sqlite3").execute(
        "CREATE TABLE other (x)"
    ).connection.close()
    assert index_lookups(tmp_path) == []
