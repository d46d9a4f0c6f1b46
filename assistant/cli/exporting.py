"""`goalsmith export` and `goalsmith import`: a plan out to Markdown, JSON, iCalendar or Todoist
CSV, and an edited Markdown plan back in. Files are written atomically."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import app
from assistant.cli.io import read_text_file
from assistant.cli.output import output_path, write_atomic
from assistant.errors import InputError, NotFound

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import Plan

FORMATS = ("md", "json", "ics", "csv")
MAX_MARKDOWN_BYTES = 5_000_000
_PLAN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
]


@app.command("export")
def export_plan(
    plan_ref: Annotated[
        str,
        typer.Argument(metavar="PLAN_ID|PLAN.json", help="A saved plan's id, or a plan file."),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json, ics or csv.")] = "md",
    output: OutputOption = None,
    today: Annotated[
        str | None, typer.Option("--today", help="Schedule from this day (YYYY-MM-DD).")
    ] = None,
    user: Annotated[str, typer.Option("--user", help="Whose saved plans to look in.")] = "local",
) -> None:
    """Export a plan as Markdown, JSON, iCalendar (.ics) or Todoist CSV."""
    from assistant.cli.io import load_settings, parse_day

    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    settings = load_settings()
    day = parse_day(today)
    target = output_path(output) if output is not None else None
    plan = load_plan(plan_ref, settings, user)
    text = render(plan, fmt, settings, day)
    _emit(text, target, f"{plan.id} v{plan.version} as {fmt}")


@app.command("import")
def import_plan(
    markdown_file: Annotated[
        Path, typer.Argument(metavar="PLAN.md", help="A Goalsmith Markdown export, edited or not.")
    ],
    output: OutputOption = None,
) -> None:
    """Read a Goalsmith Markdown plan back (ticked boxes become done tasks) and print it as JSON."""
    from assistant.export import from_markdown, to_json

    target = output_path(output) if output is not None else None
    text = _read_text(markdown_file)
    try:
        plan = from_markdown(text)
    except InputError as exc:
        raise InputError(f"{markdown_file}: {exc}") from None
    done = sum(t.status == "done" for t in plan.tasks())
    _emit(to_json(plan), target, f"{plan.id} v{plan.version}, {done} tasks done")


def render(plan: Plan, fmt: str, settings: Settings, day: dt.date) -> str:
    """The export text; Markdown carries the schedule and every finding."""
    from assistant.export import export
    from assistant.schedule import schedule
    from assistant.validators import validate_plan

    laid_out = schedule(plan, settings, day)
    findings = validate_plan(plan, settings, day) + laid_out.findings if fmt == "md" else None
    return export(plan, fmt, findings, laid_out)


def load_plan(ref: str, settings: Settings, user: str = "local") -> Plan:
    """A plan from a JSON or Markdown file, or from the store by id."""
    path = Path(ref)
    if path.suffix.lower() == ".md":
        from assistant.export import from_markdown

        text = _read_text(path)
        try:
            return from_markdown(text)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
    if path.exists() or path.suffix.lower() == ".json" or not _PLAN_ID.match(ref):
        from assistant.cli.io import read_plan_file

        return read_plan_file(path)
    try:
        from assistant.store import Store
    except ImportError:
        raise InputError(f"{ref}: no such file, and there is no plan store yet") from None
    if not settings.db_path.exists():
        raise NotFound(f"{ref}: no such file, and no plans are saved in {settings.home} yet")
    return Store(settings.db_path).get_plan(ref, user)


def _read_text(path: Path) -> str:
    return read_text_file(path, "a Markdown plan", MAX_MARKDOWN_BYTES)


def _emit(text: str, output: Path | None, what: str) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        raise InputError(f"-o {output}: cannot write: {exc.strerror or exc}") from None
    print(f"wrote {output} ({what})", file=sys.stderr)
