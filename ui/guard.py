"""ASGI middleware: security headers on every response, and export files only for their user.

Gradio serves any file it cached to anyone logged in who has the URL; this refuses (404) a
file whose name carries another user's tag (``ui.exports``). Framing is forbidden
(X-Frame-Options and CSP ``frame-ancestors``); a fuller CSP would break gradio's own
inline scripts and styles, so the policy stops at what gradio allows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import unquote

HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
FILE_ROUTES = ("/file=", "/file/", "/stream/")

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]


class Guard:
    """Wraps the gradio app; ``owner_of(file name)`` says whose export a file is (or None)."""

    def __init__(self, app: ASGIApp, owner_of: Callable[[str], str | None]) -> None:
        self.app = app
        self.owner_of = owner_of

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = unquote(scope.get("path", ""))
        if any(route in path for route in FILE_ROUTES):
            owner = self.owner_of(path.rsplit("/", 1)[-1])
            if owner is not None and owner != _user(scope):
                await _not_found(send)
                return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _user(scope: Scope) -> str:
    """The logged-in user of the request (gradio's token cookie), or "local" without login."""
    from ui.auth import LOCAL_USER

    app = scope.get("app")
    tokens = getattr(app, "tokens", None)
    auth = getattr(app, "auth", None)
    if not auth:
        return LOCAL_USER
    cookies = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                cookies.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header means no user
                continue
    cookie_id = getattr(app, "cookie_id", "")
    for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        if name in cookies and tokens:
            user = tokens.get(cookies[name].value)
            if user:
                return user
    return ""


async def _not_found(send: Any) -> None:
    body = b'{"detail":"Not Found"}'
    await send(
        {
            "type": "http.response.start",
            "status": 404,
            "headers": [(b"content-type", b"application/json"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})
