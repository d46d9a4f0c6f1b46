"""First page of `goalsmith ui` vs a bare gr.ChatInterface: process start to first 200 of /.

Both run as subprocesses with the same no-outbound-calls environment; runs alternate so
machine noise hits both alike, and the median of each is reported.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

RUNS = 3
TIMEOUT_S = 90.0
BARE_CHAT = (
    "import sys, gradio as gr\n"
    "gr.ChatInterface(lambda message, history: message).launch("
    "server_name='127.0.0.1', server_port=int(sys.argv[1]), quiet=True)\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_page_seconds(command: list[str], port: int, env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` until GET / on ``port`` answers 200."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.perf_counter() - started < TIMEOUT_S:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited: {process.stderr.read().decode()[-300:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reply:
                    if reply.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.05)
        raise TimeoutError(f"{command[0]} served nothing in {TIMEOUT_S:.0f} s")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def run() -> list[dict]:
    goalsmith = Path(sys.executable).with_name("goalsmith")
    env = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "GOALSMITH_OFFLINE": "1",
        "GOALSMITH_HOME": tempfile.mkdtemp(prefix="goalsmith-bench-"),
    }
    env.pop("GOALSMITH_AUTH", None)
    app, bare = [], []
    for _ in range(RUNS):
        port = _free_port()
        bare.append(first_page_seconds([sys.executable, "-c", BARE_CHAT, str(port)], port, env))
        port = _free_port()
        app.append(first_page_seconds([str(goalsmith), "ui", "--port", str(port)], port, env))
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    return [
        {
            "name": "goalsmith ui first page",
            "value": app_s,
            "unit": "s",
            "baseline": bare_s,
            "note": f"baseline: bare gr.ChatInterface; median of {RUNS}; target < 1.5x",
        }
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
