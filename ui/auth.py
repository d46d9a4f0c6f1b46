"""Who is using the app: ``GOALSMITH_AUTH`` users, or "local" when login is off."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

from assistant.errors import InputError

LOCAL_USER = "local"
MAX_USERS_FILE_BYTES = 1_000_000


def parse_auth(spec: str | None) -> list[tuple[str, str]]:
    """``alice:pw,bob:pw2`` or a path to a file of ``user:pw`` lines -> (user, password) pairs."""
    if not spec or not spec.strip():
        return []
    spec = spec.strip()
    path = Path(spec).expanduser()
    if ":" not in spec or path.is_file():
        from assistant.reading import read_text

        try:
            entries = read_text(path, "a users file", MAX_USERS_FILE_BYTES).splitlines()
        except InputError as exc:
            raise InputError(
                f"GOALSMITH_AUTH: {spec} is neither user:pw pairs nor a readable file ({exc})"
            ) from None
    else:
        entries = spec.split(",")
    pairs: list[tuple[str, str]] = []
    for raw in entries:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user.strip() or not password:
            raise InputError(
                f"GOALSMITH_AUTH: {line.split(':')[0]!r} has no password; write user:password"
            )
        pairs.append((user.strip(), password))
    if not pairs:
        raise InputError(
            f"GOALSMITH_AUTH names no users ({spec[:60]} holds no user:password line); add "
            "users, or unset it to run without login"
        )
    users = [u for u, _ in pairs]
    if len(set(users)) != len(users):
        raise InputError("GOALSMITH_AUTH: a user name appears twice")
    if LOCAL_USER in users:
        raise InputError(f"GOALSMITH_AUTH: {LOCAL_USER!r} is reserved for the app without login")
    return pairs


def user_of(request: Any) -> str:
    """The logged-in user of a gradio request, or "local" when login is off."""
    name = getattr(request, "username", None) if request is not None else None
    return name or LOCAL_USER


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
