"""The typer application object; command modules register on it.

Heavy libraries (pydantic models, langchain, chromadb, gradio) are imported inside the
commands so that ``goalsmith --help`` stays fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="goalsmith",
    help="Turn a vague goal into a validated, scheduled plan; review it weekly; ask why it stalled.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
