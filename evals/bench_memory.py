"""Review memory: retrieval latency at 10k and 100k reviews.

Reviews sit in a collection per plan, so a search touches one plan's reviews, without a metadata
filter, however many other people's the index holds. The 100k index is built once (a temporary
directory), searched in process, then served by `chroma run` and searched again through the
HTTP client.

The bulk of the stored reviews get precomputed random unit vectors (embedding 100,000 texts
would take tens of minutes on 2 cores); only the queries go through the real model, so the
latencies include embedding the question, as `goalsmith why` does.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

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


USERS = 1000
PLANS_PER_USER = 2


def _fill(memory, total: int, users: int, seed: int) -> float:
    """``total`` reviews spread evenly over ``users`` (2 plans each); seconds it took."""
    rng = np.random.default_rng(seed)
    per_user = total // users
    started = time.perf_counter()
    for u in range(users):
        vectors = rng.standard_normal((per_user, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for p in range(PLANS_PER_USER):
            rows = range(p, per_user, PLANS_PER_USER)
            ids = [f"u{u}-r{i}" for i in rows]
            metas = [
                {
                    "user": f"u{u}",
                    "plan_id": f"p{u}-{p}",
                    "week_of": "2026-11-23",
                    "review_id": rid,
                    "kind": "review",
                    "task_id": "",
                }
                for rid in ids
            ]
            # one batched insert per plan, as index_pending does; vectors given, no embedding
            memory.collection(f"u{u}", f"p{u}-{p}").add(
                ids=ids,
                embeddings=vectors[p::PLANS_PER_USER],
                metadatas=metas,
                documents=[f"review {r}" for r in ids],
            )
    return time.perf_counter() - started


def _latencies(memory, users: int, server_pid: int | None = None) -> tuple[float, ...]:
    """(p50, p95, p50 of the index alone, client CPU p50, server CPU mean) ms of `goalsmith
    why`-style searches: embed the question, search one plan; each search is a user's first in
    this process (the cold case). CPU is this process's (the question embedded, the Chroma
    client or the embedded index) and the `chroma run` server's, when there is one."""
    from assistant.memory.embedding import load_minilm

    model = load_minilm()
    memory.search(QUERIES[0], "u7", "p7-0")  # warm the model and the first collection
    samples, index_only, cpu = [], [], []
    server_cpu = _cpu_s(server_pid)
    for round_ in range(5):
        for i, query in enumerate(QUERIES):
            u = (i * 37 + round_ * 101) % users
            plan = f"p{u}-{round_ % PLANS_PER_USER}"
            model.forget()  # a question not asked before: embedded for real, both times
            started = time.perf_counter()
            memory.embedding_function([query])  # the question's share, measured on its own
            embedded = time.perf_counter()
            model.forget()
            cpu_started = time.process_time()
            hits = memory.search(query, f"u{u}", plan, k=8)
            done = time.perf_counter()
            cpu.append((time.process_time() - cpu_started) * 1000)
            samples.append((done - embedded) * 1000)
            index_only.append((done - embedded - (embedded - started)) * 1000)
            assert hits and all(h.plan_id == plan for h in hits)
    server_cpu = (_cpu_s(server_pid) - server_cpu) * 1000 / len(samples)
    samples.sort()
    return (
        statistics.median(samples),
        samples[int(len(samples) * 0.95)],
        statistics.median(index_only),
        statistics.median(cpu),
        server_cpu,
    )


def _cpu_s(pid: int | None) -> float:
    """CPU seconds used so far by a process and its children (0 without one): Linux /proc."""
    if pid is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    family, total = {pid}, 0.0
    for stat in sorted(Path("/proc").glob("[0-9]*/stat")):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(stat.parent.name) in family or int(fields[1]) in family:
            family.add(int(stat.parent.name))
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _close_clients() -> None:
    from chromadb.api.shared_system_client import SharedSystemClient

    gc.collect()
    SharedSystemClient.clear_system_cache()


def _embedded(path: str):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from assistant.memory.chroma_lookups import index_lookups

    client = chromadb.PersistentClient(path, settings=ChromaSettings(anonymized_telemetry=False))
    index_lookups(Path(path))  # as chroma_client does for the app's embedded index
    return client


@contextlib.contextmanager
def _chroma_server(path: str):
    """`chroma run` over an index directory on a free loopback port (the team-server path)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [chroma, "run", "--path", path, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("chroma run exited at start") from None
                time.sleep(0.1)
        yield (
            chromadb.HttpClient(
                host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)
            ),
            server.pid,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def run() -> list[dict]:
    from assistant.memory.chroma_embedding import MiniLMEmbedding
    from assistant.memory.reviews import ReviewMemory

    ef = MiniLMEmbedding()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for total, users in ((10_000, 100), (100_000, USERS)):
            path = f"{tmp}/{total}"
            load_s = _fill(ReviewMemory(_embedded(path), ef), total, users, seed=total)
            _close_clients()  # search from a fresh client, as a later `goalsmith why` does
            memory = ReviewMemory(_embedded(path), ef)
            rows += _rows(total, users, "embedded index", *_latencies(memory, users), load_s)
            del memory
            _close_clients()
        # the same 100k index served by `chroma run`, searched as with GOALSMITH_CHROMA_URL
        with _chroma_server(f"{tmp}/100000") as (client, pid):
            found = _latencies(ReviewMemory(client, ef), USERS, pid)
            # the same searches again from a new memory (no collection handle at hand): what a
            # running server answers, each plan's collection loaded by an earlier search
            running = _latencies(ReviewMemory(client, ef), USERS, pid)
            alone = _server_alone(ReviewMemory(client, ef), ef)
            port = client.get_settings().chroma_server_http_port
            first = _first_search_ms(f"http://127.0.0.1:{port}", ef)
        rows += _rows(
            100_000, USERS, "chroma run server, each collection's first search", *found, None
        )
        rows += _rows(100_000, USERS, "chroma run server, running", *running, None)
        rows.append(
            {
                "name": "the chroma run server alone, 100,000 reviews: one query, p50 first / again",
                "value": alone[0],
                "unit": "ms",
                "note": f"{alone[0]:.1f} ms when the server first opens the plan's collection, "
                f"{alone[1]:.1f} ms once open; the question's vector given, the handle held",
            }
        )
        rows.append(
            {
                "name": "first search of a new process, 100,000 reviews (chroma run server)",
                "value": first,
                "unit": "ms",
                "note": "p50 of 10: the Chroma client made, the check of the index's layout, "
                "one search (what `goalsmith why` pays after Python starts)",
            }
        )
    return rows


def _server_alone(memory, ef) -> tuple[float, float]:
    """p50 ms of the query request alone (vector given, collection handle held): the first
    query of a collection the server has not opened yet, and the same query again."""
    vectors = ef.embed_query([QUERIES[0]])
    first, again = [], []
    for i in range(30):
        u = (i * 29 + 13) % USERS
        if any(u == (j * 37 + r * 101) % USERS for j in range(10) for r in range(5)):
            continue  # searched by the latency runs: already open in the server
        collection = memory.collection(f"u{u}", f"p{u}-0", create=False)
        for samples in (first, again):
            started = time.perf_counter()
            collection.query(query_embeddings=vectors, n_results=8)
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(first), statistics.median(again)


def _first_search_ms(url: str, ef) -> float:
    """A `goalsmith why` process's memory work: open the memory on GOALSMITH_CHROMA_URL, check
    the index's layout (as index_pending does first), search one plan."""
    from assistant.config import Settings
    from assistant.memory.embedding import load_minilm
    from assistant.memory.reviews import ReviewMemory, chroma_client

    settings = Settings(_env_file=None, chroma_url=url)
    samples = []
    for i, query in enumerate(QUERIES):
        _close_clients()  # nothing kept from an earlier "process"
        load_minilm().forget()
        u = (i * 53 + 11) % USERS
        started = time.perf_counter()
        memory = ReviewMemory(chroma_client(settings), ef)
        memory.upgrade_layout(lambda: None)
        hits = memory.search(query, f"u{u}", f"p{u}-0", k=8)
        samples.append((time.perf_counter() - started) * 1000)
        assert hits
    return statistics.median(samples)


def _rows(
    total: int,
    users: int,
    where: str,
    p50: float,
    p95: float,
    index: float,
    cpu: float,
    server_cpu: float,
    load_s,
) -> list[dict]:
    loaded = f", {load_s:.0f} s to insert" if load_s is not None else ""
    server = f" + {server_cpu:.1f} ms of the server's" if server_cpu else ""
    note = (
        f"{where}; {users:,} users x {PLANS_PER_USER} plans, a collection per plan{loaded}; "
        f"question embedded by the model; index alone p50 {index:.1f} ms; CPU p50 {cpu:.1f} ms "
        f"here{server}; target p50 < 25 ms"
    )
    return [
        {
            "name": f"retrieval p50 at {total:,} reviews ({where})",
            "value": p50,
            "unit": "ms",
            "cpu": cpu + server_cpu,
            "target": 25.0,
            "note": note,
        },
        {
            "name": f"retrieval p95 at {total:,} reviews ({where})",
            "value": p95,
            "unit": "ms",
            "note": note,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
