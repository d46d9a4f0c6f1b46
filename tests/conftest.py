"""Every test is hermetic: no GOALSMITH_/OPENAI_ setting leaks in, no socket leaves the machine.

A test that really needs the outside network opts in with ``@pytest.mark.network`` (none does
today). Loopback and Unix sockets are always allowed: the fake OpenAI-compatible servers,
gradio and a local ``chroma run`` live there.
"""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest
from hypothesis import settings as hypothesis_settings

# CI runs the same examples every time (a failure found locally is fixed, not met at random in
# CI); locally hypothesis keeps exploring.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

_PREFIXES = ("GOALSMITH_", "OPENAI_")
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", ""}


def _is_local(address: object) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    host = str(address[0])
    if host in _LOOPBACK_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False  # a host name other than localhost would need DNS: outside
    return ip.is_loopback or ip.is_unspecified


def pytest_configure(config: pytest.Config) -> None:
    """Clear before collection too: test modules build Settings at import time."""
    for name in list(os.environ):
        if name.startswith(_PREFIXES):
            del os.environ[name]


@pytest.fixture(autouse=True)
def hermetic_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Clear the project's settings from the environment; data goes to a fresh temp home."""
    for name in list(os.environ):
        if name.startswith(_PREFIXES):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path_factory.mktemp("goalsmith-home")))
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(autouse=True)
def no_outside_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse connections to anything but loopback unless the test is marked ``network``."""
    if request.node.get_closest_marker("network"):
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(address: object) -> None:
        if not _is_local(address):
            raise ConnectionRefusedError(f"tests may not reach {address!r}: the network is blocked")

    def connect(self: socket.socket, address: object) -> None:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
