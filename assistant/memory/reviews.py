"""Review memory: weekly reviews as vectors in Chroma, always searched within one user's plan.

SQLite is the source of truth and Chroma a derived index. A review is stored first (flag
``indexed=0``), then its documents are upserted under ids derived from the review id, then
the flag is set. If indexing fails the review stays stored and pending; ``index_pending``
(run before every search) indexes it again, and because ids are deterministic a retry
overwrites rather than duplicates. So a failure never leaves a half review, only a late one.

Each plan has a collection of its own (Chroma's advice for multi-tenant data is a collection per
tenant; here the tenant a search serves is one person's plan), so a query touches only that
plan's reviews, with no metadata filter and no cost that grows with other users or plans. The
embedded index and a Chroma server (``GOALSMITH_CHROMA_URL``) take the same path. Older layouts
are brought over once, on the memory's first use: the one collection for everyone is dropped and
rebuilt from SQLite; the per-user collections' vectors are moved, as they are, into per-plan
collections, then a marker collection records that the index is up to date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from assistant.errors import GoalsmithError
from assistant.models import Review

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.store import Store

LEGACY_COLLECTION = "goalsmith_reviews"  # one collection for every user, before per-user ones
USER_PREFIX = "reviews-"  # a collection per user, before per-plan ones
COLLECTION_PREFIX = "plan-"
LAYOUT_MARKER = "goalsmith-layout-per-plan"  # exists once an index holds per-plan collections
# A plan's collection holds tens to hundreds of vectors. Chroma's defaults keep the first
# 1,000 in its log and replay them whenever a process first touches the collection (measured
# 3.5x slower first searches); persisting the index every 10 vectors avoids that replay.
HNSW = {"space": "cosine", "batch_size": 10, "sync_threshold": 10}


@dataclasses.dataclass(frozen=True)
class Hit:
    """One retrieved passage: a whole review or one slipped task's reason."""

    review_id: str
    plan_id: str
    week_of: dt.date
    kind: str  # "review" | "slip"
    text: str
    task_id: str | None
    distance: float


def review_documents(review: Review) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, text, metadata) for the review as a whole and for each slipped task's reason."""
    assert review.id, "store the review first: its id names the vectors"
    base = {
        "plan_id": review.plan_id,
        "week_of": review.week_of.isoformat(),
        "review_id": review.id,
    }
    whole = review.text() or (
        "Done: " + ", ".join(review.done) if review.done else "(empty review)"
    )
    docs = [(review.id, whole, {**base, "kind": "review", "task_id": ""})]
    for i, slip in enumerate(review.slipped):
        text = (
            f"Slipped {slip.task_id}: {slip.reason}" if slip.reason else f"Slipped {slip.task_id}"
        )
        docs.append(
            (f"{review.id}:slip:{i}", text, {**base, "kind": "slip", "task_id": slip.task_id})
        )
    return docs


def collection_name(user: str, plan_id: str) -> str:
    """The plan's collection: a hash, since Chroma names allow few characters and ids any."""
    key = json.dumps([user, plan_id], ensure_ascii=False)
    return COLLECTION_PREFIX + hashlib.sha256(key.encode()).hexdigest()[:40]


class ReviewMemory:
    """Index and search reviews; the Chroma client and embedding function are passed in."""

    def __init__(self, client: Any, embedding_function: Any) -> None:
        self.client = client
        self.embedding_function = embedding_function
        self._collections: dict[tuple[str, str], Any] = {}
        self._layout_checked = False

    def collection(self, user: str, plan_id: str, create: bool = True) -> Any | None:
        """The plan's collection (made on first use when ``create``), else None."""
        found = self._collections.get((user, plan_id))
        if found is not None:
            return found
        name = collection_name(user, plan_id)
        if create:
            found = self.client.get_or_create_collection(
                name,
                configuration={"hnsw": HNSW},
                metadata={"goalsmith": "reviews"},
                embedding_function=self.embedding_function,
            )
        else:
            found = self._existing(name)
            if found is None:
                return None
        self._collections[(user, plan_id)] = found
        while len(self._collections) > 1024:  # handles are cheap to fetch again
            self._collections.pop(next(iter(self._collections)))
        return found

    def _existing(self, name: str) -> Any | None:
        from chromadb.errors import NotFoundError

        try:
            return self.client.get_collection(name, embedding_function=self.embedding_function)
        except (NotFoundError, ValueError):  # ValueError: older chromadb's "does not exist"
            return None

    def index(self, review: Review, user: str) -> int:
        """Upsert the review's documents (idempotent); returns how many were written."""
        return self.index_many([review], user)

    def index_many(self, reviews: list[Review], user: str) -> int:
        """Upsert several reviews' documents, one plan at a time, in as few batches as allowed."""
        by_plan: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for review in reviews:
            by_plan.setdefault(review.plan_id, []).extend(review_documents(review))
        for plan_id, docs in by_plan.items():
            collection = self.collection(user, plan_id)
            assert collection is not None
            self._upsert(
                collection,
                [d[0] for d in docs],
                [d[1] for d in docs],
                [{**d[2], "user": user} for d in docs],
            )
        return sum(len(docs) for docs in by_plan.values())

    def _upsert(
        self, collection: Any, ids: list, documents: list, metadatas: list, embeddings: Any = None
    ) -> None:
        batch = max(1, int(self.client.get_max_batch_size()))
        for start in range(0, len(ids), batch):
            part = slice(start, start + batch)
            extra = {} if embeddings is None else {"embeddings": embeddings[part]}
            collection.upsert(
                ids=ids[part], documents=documents[part], metadatas=metadatas[part], **extra
            )

    def search(self, query: str, user: str, plan_id: str, k: int = 5) -> list[Hit]:
        """The ``k`` passages nearest to ``query`` among this user's reviews of this plan."""
        if not query.strip() or k <= 0:
            return []
        collection, vectors = self._collection_and_question(user, plan_id, query)
        if collection is None:
            return []
        result = collection.query(query_embeddings=vectors, n_results=k)
        hits = []
        for doc, meta, dist in zip(
            result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
        ):
            if meta.get("user") != user or meta.get("plan_id") != plan_id:
                continue  # belt and braces: never hand back another user's text
            hits.append(
                Hit(
                    review_id=meta["review_id"],
                    plan_id=meta["plan_id"],
                    week_of=dt.date.fromisoformat(meta["week_of"]),
                    kind=meta["kind"],
                    text=doc,
                    task_id=meta.get("task_id") or None,
                    distance=float(dist),
                )
            )
        return hits

    def _collection_and_question(
        self, user: str, plan_id: str, query: str
    ) -> tuple[Any | None, Any]:
        """The plan's collection and the question's vector. A collection not yet at hand is a
        request to the Chroma server (or a read of the local index): the question is embedded
        meanwhile, so with a core free a first search waits for the longer of the two, not both.
        """
        if (user, plan_id) in self._collections:
            cached = self._collections[(user, plan_id)]
            return cached, self.embedding_function.embed_query([query])
        found: list[Any] = []
        failed: list[BaseException] = []

        def fetch() -> None:
            try:
                found.append(self.collection(user, plan_id, create=False))
            except BaseException as exc:  # raised again in the caller's thread
                failed.append(exc)

        fetching = threading.Thread(target=fetch, name="goalsmith-collection", daemon=True)
        fetching.start()
        try:
            vectors = self.embedding_function.embed_query([query])
        finally:
            fetching.join()
        if failed:
            raise failed[0]
        return found[0], vectors

    def count(self, user: str, plan_id: str) -> int:
        collection = self.collection(user, plan_id, create=False)
        return 0 if collection is None else int(collection.count())

    def delete_plan(self, plan_id: str, user: str) -> None:
        """Remove every vector of this user's plan: its whole collection."""
        self._collections.pop((user, plan_id), None)
        self._drop(collection_name(user, plan_id))

    def forget_review(self, review_id: str, user: str, plan_id: str) -> None:
        """Remove every vector of one of this user's reviews (set aside by ``goalsmith doctor``)."""
        collection = self.collection(user, plan_id, create=False)
        if collection is not None:
            collection.delete(where={"review_id": review_id})

    def upgrade_layout(self, on_legacy_dropped: Callable[[], Any]) -> None:
        """Bring an index of an older version to per-plan collections; checked once per memory.

        Up to date when the marker collection exists (one small request). Otherwise the shared
        index of the oldest versions is dropped (``on_legacy_dropped`` then flags every review
        for indexing again) and each per-user collection's vectors are moved into their plans'
        collections before it is deleted. Every step can run again: ids are deterministic, so an
        interrupted or concurrent upgrade overwrites rather than duplicates or loses.
        """
        if self._layout_checked:
            return
        self._layout_checked = True
        if self._existing(LAYOUT_MARKER) is not None:
            return
        if self._drop(LEGACY_COLLECTION):
            on_legacy_dropped()
        for name in self._user_collection_names():
            self._move_user_collection(name)
        self.client.get_or_create_collection(  # the same embedding as looked up with
            LAYOUT_MARKER,
            metadata={"goalsmith": "layout"},
            embedding_function=self.embedding_function,
        )

    def _drop(self, name: str) -> bool:
        """Delete a collection by name; False when there was none."""
        from chromadb.errors import NotFoundError

        try:
            self.client.delete_collection(name)
        except (NotFoundError, ValueError):  # ValueError: older chromadb's "does not exist"
            return False
        return True

    def _user_collection_names(self) -> list[str]:
        names: list[str] = []
        page = 1000
        while True:
            listed = self.client.list_collections(limit=page, offset=len(names))
            names += [c if isinstance(c, str) else c.name for c in listed]
            if len(listed) < page:
                return [n for n in names if n.startswith(USER_PREFIX)]

    def _move_user_collection(self, name: str) -> None:
        """Copy a per-user collection's vectors, as they are, into per-plan ones; then drop it."""
        old = self._existing(name)
        if old is None:
            return  # another process moved it a moment ago
        got = old.get(include=["embeddings", "documents", "metadatas"])
        by_plan: dict[tuple[str, str], list[int]] = {}
        for i, meta in enumerate(got["metadatas"]):
            if not meta or not meta.get("user") or not meta.get("plan_id"):
                return  # not ours to place: left as it is rather than lost
            by_plan.setdefault((str(meta["user"]), str(meta["plan_id"])), []).append(i)
        for (user, plan_id), rows in by_plan.items():
            target = self.collection(user, plan_id)
            self._upsert(
                target,
                [got["ids"][i] for i in rows],
                [got["documents"][i] for i in rows],
                [got["metadatas"][i] for i in rows],
                [got["embeddings"][i] for i in rows],
            )
        self._drop(name)


def chroma_client(settings: Settings) -> Any:
    """A Chroma server client when GOALSMITH_CHROMA_URL is set, else a local persistent one."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise GoalsmithError(
                f"GOALSMITH_CHROMA_URL {settings.chroma_url!r}: expected http(s)://host:port"
            )
        if url.scheme == "http":
            # no TLS, so no certificates to check: loading the CA bundle anyway costs each
            # process 80 ms per HTTP session (Chroma opens two)
            chroma_settings.chroma_server_ssl_verify = False
        return chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    from assistant.memory.chroma_lookups import index_lookups

    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    index_lookups(settings.chroma_path)  # the file exists once the client has opened it
    return client


def open_memory(settings: Settings, embedding_function: Any = None) -> ReviewMemory:
    """The review memory for these settings, with the offline MiniLM embedding by default."""
    from assistant.memory.chroma_embedding import MiniLMEmbedding

    return ReviewMemory(chroma_client(settings), embedding_function or MiniLMEmbedding())


def record_review(
    store: Store, memory: ReviewMemory | None, review: Review, user: str
) -> tuple[Review, bool]:
    """Store the review, then index it; returns (stored review, indexed now?).

    A failed index leaves the review stored and pending for ``index_pending``.
    """
    stored = store.add_review(review, user)
    if memory is None:
        return stored, False
    try:
        memory.index(stored, user)
    except Exception:  # the index is derived data: a later index_pending catches up
        return stored, False
    store.mark_indexed([stored.id or ""], user)
    return stored, True


def index_pending(store: Store, memory: ReviewMemory, user: str, plan_id: str | None = None) -> int:
    """Index every stored review not yet in the memory (in batches); returns how many.

    An index left by an older version is brought up to date first (``upgrade_layout``).
    """
    memory.upgrade_layout(store.mark_all_unindexed)
    pending = store.unindexed_reviews(user, plan_id)
    memory.index_many(pending, user)
    store.mark_indexed([r.id or "" for r in pending], user)
    return len(pending)


def forget_plan(store: Store, memory: ReviewMemory | None, plan_id: str, user: str) -> None:
    """Delete a plan everywhere. Reviews are flagged unindexed first, so an interruption between
    the two deletions leaves a state that ``index_pending`` or a retry repairs."""
    store.get_plan(plan_id, user)  # NotFound before touching anything
    if memory is not None:
        store.mark_plan_unindexed(plan_id, user)
        memory.delete_plan(plan_id, user)
    store.delete_plan(plan_id, user)
