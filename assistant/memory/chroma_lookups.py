"""Two lookups Chroma's SQLite file makes without an index, indexed in an index we own.

With a collection per plan the file holds thousands of collections, and Chroma (1.x) finds a
collection's segments (``segments.collection``) and its write log (``embeddings_queue.topic``,
which keeps the last record of every collection) by scanning those tables. Every search paid a
scan of 4,000 segment rows at 100,000 reviews in 2,000 plans, and every insert's log purge a
scan of 2,000 log rows: the cost grew with other people's plans. These indexes change no row
and no answer, only the plan SQLite picks; a Chroma version that drops them is given them again
at the next open, and one whose tables differ is left as it is.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

DB_FILE = "chroma.sqlite3"
INDEXES = {
    "goalsmith_segments_by_collection": "segments (collection)",
    "goalsmith_log_by_topic": "embeddings_queue (topic, seq_id)",
}


def index_lookups(chroma_dir: Path) -> list[str]:
    """Add the missing indexes to the Chroma index in ``chroma_dir``; returns those added.

    Only speed is at stake, so a file that is busy, read-only or shaped otherwise is left alone.
    """
    path = Path(chroma_dir) / DB_FILE
    if not path.is_file():
        return []
    added: list[str] = []
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=5)) as db:
            present = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
            }
            for name, target in INDEXES.items():
                if name not in present:
                    db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
                    added.append(name)
            db.commit()
    except sqlite3.Error:
        return []
    return added
