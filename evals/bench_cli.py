"""`goalsmith --help` cold start, against a bare interpreter start measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path


def _time(cmd: list[str], runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run() -> list[dict]:
    script = Path(sys.executable).with_name("goalsmith")
    cli = (
        [str(script), "--help"]
        if script.exists()
        else [sys.executable, "-m", "assistant", "--help"]
    )
    bare = _time([sys.executable, "-c", "pass"])
    help_ms = _time(cli)
    return [
        {
            "name": "goalsmith --help cold start p50",
            "value": help_ms,
            "unit": "ms",
            "baseline": bare,
            "note": "baseline: bare python start; target < 500 ms",
        }
    ]
