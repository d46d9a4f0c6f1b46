"""`goalsmith ui`: launch the Gradio app (gradio is imported inside the command: it is slow)."""

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
    from assistant.cli.io import load_settings
    from ui.server import serve

    serve(load_settings(), host=host, port=port)
