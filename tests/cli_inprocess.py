"""Running the ``goalsmith`` CLI in this process, as a person would meet it, and checking the
store afterwards: the table and fuzz tests call it thousands of times, so no subprocesses."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import sys
import time
from pathlib import Path

from assistant.cli import main
from assistant.store import Store


@dataclasses.dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float  # CPU time of this process: a bound on work, whatever else the machine runs
    wall_seconds: float


def run_cli(*args: str, stdin: str = "") -> Outcome:
    """Exit code, stdout, stderr and wall time of one CLI call (stdin is not a terminal)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(list(args))
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin = saved
    return Outcome(
        code,
        out.getvalue(),
        err.getvalue(),
        time.process_time() - cpu,
        time.perf_counter() - start,
    )


def assert_clean_error(outcome: Outcome) -> str:
    """The error is one line on stderr starting 'goalsmith:', never a traceback or exit 70."""
    assert outcome.code not in (0, 70), outcome
    assert "Traceback" not in outcome.err + outcome.out, outcome.err
    lines = [line for line in outcome.err.splitlines() if line.strip()]
    assert lines and lines[0].startswith("goalsmith: "), outcome.err
    assert "internal error" not in outcome.err, outcome.err
    return lines[0]


def store_reads_back(db_path: Path, user: str = "local") -> int:
    """Load every version and review of every stored plan; returns how many plans there are."""
    if not db_path.exists():
        return 0
    store = Store(db_path)
    plans = store.list_plans(user)
    for summary in plans:
        for version in store.versions(summary.id, user):
            store.get_plan(summary.id, user, version)
        store.reviews(summary.id, user)
        store.task_events(summary.id, user)
    return len(plans)
