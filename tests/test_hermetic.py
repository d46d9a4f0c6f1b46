"""The suite's own guards: settings from the caller's environment never reach a test."""

from __future__ import annotations

import os
import socket

import pytest

from assistant.config import Settings
from tests.conftest import _is_local


def test_outside_addresses_are_refused_before_any_packet() -> None:
    assert _is_local(("127.0.0.1", 80)) and _is_local(("::1", 80, 0, 0))
    assert not _is_local(("93.184.216.34", 80)) and not _is_local(("example.org", 80))
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="network is blocked"):
        s.connect(("192.0.2.1", 9))


def test_loopback_still_connects() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass


def test_project_settings_from_the_environment_do_not_leak() -> None:
    leaked = [
        n for n in os.environ if n.startswith(("OPENAI_", "GOALSMITH_")) and n != "GOALSMITH_HOME"
    ]
    assert leaked == []
    defaults = Settings(_env_file=None)
    assert defaults.task_max_minutes == Settings.model_fields["task_max_minutes"].default
    assert defaults.capacity_slack == Settings.model_fields["capacity_slack"].default
