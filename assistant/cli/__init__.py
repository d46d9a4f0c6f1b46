"""The ``goalsmith`` console script: a thin adapter over the library.

Errors become one line on stderr and a non-zero exit code here, in one place.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Any

from assistant.cli import (
    core,  # noqa: F401  (registers commands)
    exporting,  # noqa: F401  (registers `goalsmith export` and `import`)
    memory,  # noqa: F401  (registers list, show, done, review, why)
    planning,  # noqa: F401  (registers `goalsmith questions` and `plan`)
    ui,  # noqa: F401  (registers `goalsmith ui`)
    versions,  # noqa: F401  (registers `goalsmith diff`)
)
from assistant.cli.app import app


@functools.cache
def _command() -> Any:
    """The click command of the app, built once: building it is most of a call's overhead."""
    import typer

    return typer.main.get_command(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every error into one clear line."""
    from assistant.errors import GoalsmithError

    try:
        _command()(args=argv, prog_name="goalsmith")
    except GoalsmithError as exc:
        from assistant.cli.terminal import terminal_text

        print(f"goalsmith: {terminal_text(str(exc))}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("goalsmith: interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback for a person
        if os.environ.get("GOALSMITH_DEBUG"):
            raise
        print(
            f"goalsmith: internal error: {type(exc).__name__}: {exc} (rerun with GOALSMITH_DEBUG=1 "
            "for details and report it)",
            file=sys.stderr,
        )
        sys.exit(70)
