"""Review memory: weekly reviews as vectors in Chroma, always searched within one user's plan.

SQLite is the source of truth and Chroma a derived index. A review is stored first (flag
``indexed=0``), then its documents are upserted under ids derived from the review id, then
the flag is set. If indexing fails the review stays stored and pending; ``index_pending``
(run before every search) indexes it again, and because ids are deterministic a retry
overwrites rather than duplicates. So a failure never leaves a half review, only a late one.

Each user has a collection of their own (Chroma's advice for multi-tenant data), so a search
touches one person's reviews, never a scan of everybody's filtered down: its cost does not grow
with other users. The embedded index and a Chroma server (``GOALSMITH_CHROMA_URL``) take the
same path. An index from before (one collection for everyone) is dropped and rebuilt from
SQLite, each user's part at their next search.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
from typing import TYPE_CHECKING, Any

from assistant.errors import GoalsmithError
from assistant.models import Review

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.store import Store

LEGACY_COLLECTION = "goalsmith_reviews"  # one collection for every user, before per-user ones
COLLECTION_PREFIX = "reviews-"
# A person's collection holds tens to hundreds of vectors. Chroma's defaults keep the first
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


def collection_name(user: str) -> str:
    """The user's collection: a hash, since Chroma names allow few characters and user ids any."""
    return COLLECTION_PREFIX + hashlib.sha256(user.encode()).hexdigest()[:40]


class ReviewMemory:
    """Index and search reviews; the Chroma client and embedding function are passed in."""

    def __init__(self, client: Any, embedding_function: Any) -> None:
        self.client = client
        self.embedding_function = embedding_function
        self._collections: dict[str, Any] = {}
        self._legacy_checked = False

    def collection(self, user: str, create: bool = True) -> Any | None:
        """The user's collection (made on first use when ``create``), else None."""
        found = self._collections.get(user)
        if found is not None:
            return found
        name = collection_name(user)
        options = {"embedding_function": self.embedding_function}
        if create:
            found = self.client.get_or_create_collection(
                name,
                configuration={"hnsw": HNSW},
                metadata={"goalsmith": "reviews"},
                **options,
            )
        else:
            from chromadb.errors import NotFoundError

            try:
                found = self.client.get_collection(name, **options)
            except (NotFoundError, ValueError):  # ValueError: older chromadb's "does not exist"
                return None
        self._collections[user] = found
        while len(self._collections) > 1024:  # handles are cheap to fetch again
            self._collections.pop(next(iter(self._collections)))
        return found

    def index(self, review: Review, user: str) -> int:
        """Upsert the review's documents (idempotent); returns how many were written."""
        return self.index_many([review], user)

    def index_many(self, reviews: list[Review], user: str) -> int:
        """Upsert several reviews' documents in as few batches as the server allows."""
        docs = [d for review in reviews for d in review_documents(review)]
        if not docs:
            return 0
        collection = self.collection(user)
        assert collection is not None
        batch = max(1, int(self.client.get_max_batch_size()))
        for start in range(0, len(docs), batch):
            part = docs[start : start + batch]
            collection.upsert(
                ids=[d[0] for d in part],
                documents=[d[1] for d in part],
                metadatas=[{**d[2], "user": user} for d in part],
            )
        return len(docs)

    def search(self, query: str, user: str, plan_id: str, k: int = 5) -> list[Hit]:
        """The ``k`` passages nearest to ``query`` among this user's reviews of this plan."""
        if not query.strip() or k <= 0:
            return []
        collection, vectors = self._collection_and_question(user, query)
        if collection is None:
            return []
        result = collection.query(query_embeddings=vectors, n_results=k, where={"plan_id": plan_id})
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

    def _collection_and_question(self, user: str, query: str) -> tuple[Any | None, Any]:
        """The user's collection and the question's vector. A collection not yet at hand is a
        request to the Chroma server (or a read of the local index): the question is embedded
        meanwhile, so with a core free a first search waits for the longer of the two, not both.
        """
        if user in self._collections:
            return self._collections[user], self.embedding_function.embed_query([query])
        found: list[Any] = []
        failed: list[BaseException] = []

        def fetch() -> None:
            try:
                found.append(self.collection(user, create=False))
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
        collection = self.collection(user, create=False)
        if collection is None:
            return 0
        return len(collection.get(where={"plan_id": plan_id}, include=[])["ids"])

    def delete_plan(self, plan_id: str, user: str) -> None:
        """Remove every vector of this user's plan."""
        collection = self.collection(user, create=False)
        if collection is not None:
            collection.delete(where={"plan_id": plan_id})

    def forget_review(self, review_id: str, user: str) -> None:
        """Remove every vector of one of this user's reviews (set aside by ``goalsmith doctor``)."""
        collection = self.collection(user, create=False)
        if collection is not None:
            collection.delete(where={"review_id": review_id})

    def drop_legacy_index(self) -> bool:
        """Delete the one-collection-for-everyone index of older versions; True if there was one.

        Checked once per memory: the caller then marks every review for re-indexing.
        """
        if self._legacy_checked:
            return False
        self._legacy_checked = True
        from chromadb.errors import NotFoundError

        # one small request, not a listing of every user's collection (a shared server's
        # thousands); another process that dropped it a moment earlier re-indexes its own part
        try:
            self.client.delete_collection(LEGACY_COLLECTION)
        except (NotFoundError, ValueError):  # ValueError: older chromadb's "does not exist"
            return False
        return True


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
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


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

    An index left by an older version is dropped first and rebuilt from SQLite, the truth.
    """
    if memory.drop_legacy_index():
        store.mark_all_unindexed()
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
