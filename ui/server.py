"""Start the app: quiet environment, login from ``GOALSMITH_AUTH``, then gradio."""

from __future__ import annotations

import gc
import ipaddress
import os
import sys
from typing import TYPE_CHECKING, Any

from ui import quiet_environment
from ui.auth import is_loopback, parse_auth

if TYPE_CHECKING:
    from assistant.config import Settings
    from ui.workspace import Workspace


def launch(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    block: bool = True,
    quiet: bool = False,
    workspace: Workspace | None = None,
) -> tuple[Any, str]:
    """Build and launch the app; returns (blocks, local url). ``block=False`` returns at once."""
    users = parse_auth(settings.auth)
    warning = exposure_warning(host, bool(users))
    if warning:
        print(warning, file=sys.stderr)
    quiet_environment()
    from starlette.middleware import Middleware

    from ui.blocks import CSS, build_app
    from ui.guard import Guard
    from ui.login import Login
    from ui.workspace import Workspace

    ws = workspace or Workspace(settings)
    os.environ["GRADIO_TEMP_DIR"] = str(ws.exports.cache)  # gradio's copies stay private
    demo = build_app(settings, ws)
    gc.freeze()  # the app's long-lived objects: no ~100 ms full collection every few plans
    _, url, _ = demo.launch(
        server_name=_bracketed(host),
        server_port=port or _free_port(host),
        # gradio awaits a coroutine function here; its type hint names only plain callables
        auth=Login(users).verify if users else None,  # type: ignore[arg-type]
        auth_message="Log in to see your plans." if users else None,
        prevent_thread_lock=not block,
        quiet=quiet,
        css=CSS,
        show_error=False,
        footer_links=[],
        inbrowser=False,
        share=False,
        ssr_mode=False,
        mcp_server=False,
        enable_monitoring=False,
        app_kwargs={"middleware": [Middleware(Guard, owner_of=ws.exports.owner_of)]},
    )
    return demo, url


def exposure_warning(host: str, login: bool) -> str | None:
    """A warning when the app is reachable from other machines and anyone may use it."""
    if login or is_loopback(host):
        return None
    return (
        f"goalsmith: warning: serving on {host} without login; anyone who can reach this "
        "address sees and edits every plan. Set GOALSMITH_AUTH=user:password to require login."
    )


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """`goalsmith ui`: serve until interrupted."""
    launch(settings, host, port, block=True)


def _bracketed(host: str) -> str:
    """An IPv6 address in brackets, the way gradio builds its own URL from it ("[::]")."""
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


def _free_port(host: str) -> int:
    import socket

    with socket.socket() as s:
        s.bind((host if host not in {"0.0.0.0", "::"} else "", 0))
        return s.getsockname()[1]
