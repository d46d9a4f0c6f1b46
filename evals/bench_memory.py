"""Review memory: retrieval latency at 10k and 100k reviews.

Takes about 5 minutes on 2 cores, most of it Chroma inserting the 100,000 vectors.

The bulk of the stored reviews get precomputed random unit vectors (embedding 100,000 texts
would take tens of minutes on 2 cores); only the queries go through the real model, so the
latencies include embedding the question, as `goalsmith why` does.
"""

from __future__ import annotations

import statistics
import tempfile
import time

import numpy as np

QUERIES = [
    "why do my long runs keep slipping?",
    "no time after work",
    "waiting for the shoes",
    "the metric does not move",
    "too big to finish in one evening",
    "forgot to block the calendar",
    "what went well last month?",
    "meetings ate my evenings",
    "tired and behind",
    "stuck at 5 km",
]


def _sentences(n: int) -> list[str]:
    rng = np.random.default_rng(7)
    words = [
        "run",
        "work",
        "late",
        "shoes",
        "calendar",
        "blocked",
        "waiting",
        "metric",
        "flat",
        "tired",
        "meeting",
        "week",
        "long",
        "easy",
        "plan",
        "task",
        "slipped",
        "skipped",
        "finished",
        "started",
        "half",
        "evening",
        "morning",
        "weekend",
    ]
    return [" ".join(rng.choice(words, size=int(rng.integers(8, 30)))) + "." for _ in range(n)]


def _retrieval(total: int, embedding_function) -> tuple[float, float, float]:
    """(p50 ms, p95 ms, load s) of searches in one plan among ``total`` stored documents."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from assistant.memory.reviews import ReviewMemory

    rng = np.random.default_rng(total)
    with tempfile.TemporaryDirectory() as tmp:
        client = chromadb.PersistentClient(tmp, settings=ChromaSettings(anonymized_telemetry=False))
        memory = ReviewMemory(client, embedding_function)
        batch = min(5000, client.get_max_batch_size())
        started = time.perf_counter()
        for start in range(0, total, batch):
            n = min(batch, total - start)
            vectors = rng.standard_normal((n, 384)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            ids = [f"r-{i}" for i in range(start, start + n)]
            # 500 users with 2 plans each: a plan holds total / 1000 reviews, as in real use
            metas = [
                {
                    "user": f"u{i % 500}",
                    "plan_id": f"p{i % 1000}",
                    "week_of": "2026-11-23",
                    "review_id": f"r-{i}",
                    "kind": "review",
                    "task_id": "",
                }
                for i in range(start, start + n)
            ]
            memory.collection.add(
                ids=ids,
                embeddings=vectors,
                metadatas=metas,
                documents=[f"review {i}" for i in range(start, start + n)],
            )
        load_s = time.perf_counter() - started
        memory.search(QUERIES[0], "u7", "p7")  # warm the index
        samples = []
        for round_ in range(5):
            for i, query in enumerate(QUERIES):
                user = (i * 37 + round_) % 500
                t = time.perf_counter()
                memory.search(query, f"u{user}", f"p{user}", k=8)
                samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)], load_s


def run() -> list[dict]:
    from assistant.memory.embedding import MiniLMEmbedding

    rows: list[dict] = []
    ef = MiniLMEmbedding()
    for total in (10_000, 100_000):
        p50, p95, load_s = _retrieval(total, ef)
        note = (
            f"{total:,} stored (random unit vectors, {load_s:.0f} s to insert); query embedded by "
            "the model; "
            "filtered by user and plan"
        )
        rows.append(
            {
                "name": f"retrieval p50 at {total:,} reviews",
                "value": p50,
                "unit": "ms",
                "note": note,
            }
        )
        rows.append(
            {
                "name": f"retrieval p95 at {total:,} reviews",
                "value": p95,
                "unit": "ms",
                "note": note,
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
