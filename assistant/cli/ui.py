"""`goalsmith ui`: launch the web app, found through the ``goalsmith.app`` entry point.

The library never imports ``ui/``: the app registers its ``serve(settings, host, port)`` under
that entry point (pyproject.toml), and this command looks it up only when it runs, so gradio
(slow to import) stays out of every other command.
"""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.app import app


@app.command()
def ui(
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 0.0.0.0 exposes the app to the network.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to serve on (0 picks a free one).", min=0, max=65535)
    ] = 7860,
) -> None:
    """Launch the web app: chat to a plan, tick tasks, weekly review, ask why a goal stalled."""
    from importlib.metadata import entry_points

    from assistant.cli.io import load_settings
    from assistant.errors import InputError

    found = entry_points(group="goalsmith.app", name="ui")
    if not found:
        raise InputError("the web app is not installed: run `make install` (pip install -e .)")
    serve = next(iter(found)).load()
    serve(load_settings(), host=host, port=port)
