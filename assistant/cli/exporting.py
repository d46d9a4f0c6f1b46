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
    roundtrip: Annotated[
        bool,
        typer.Option(
            "--roundtrip",
            help="Markdown: add the hidden task markers and plan block that `goalsmith import` "
            "reads back exactly (default: a clean checklist).",
        ),
    ] = False,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="HH:MM",
            help="Calendar sessions start at this time of day (default 18:00, or "
            "GOALSMITH_SESSION_TIME).",
        ),
    ] = None,
) -> None:
    """Export a plan as Markdown, JSON, iCalendar (.ics) or Todoist CSV."""
    from assistant.cli.io import load_settings, parse_day

    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    settings = load_settings()
    if at is not None:
        settings = settings.model_copy(update={"session_time": _time_of_day(at)})
    day = parse_day(today)
    target = output_path(output) if output is not None else None
    plan = load_plan(plan_ref, settings, user)
    text = render(plan, fmt, settings, day, roundtrip)
    _emit(text, target, f"{plan.id} v{plan.version} as {fmt}")


@app.command("import")
def import_plan(
    markdown_file: Annotated[
        Path, typer.Argument(metavar="PLAN.md", help="A Goalsmith Markdown export, edited or not.")
    ],
    output: OutputOption = None,
    base: Annotated[
        str | None,
        typer.Option(
            "--plan",
            metavar="PLAN_ID|PLAN.json",
            help="For a clean checklist: the plan it came from (default: the saved plan its "
            "header names).",
        ),
    ] = None,
    user: Annotated[str, typer.Option("--user", help="Whose saved plans to look in.")] = "local",
) -> None:
    """Read a Goalsmith Markdown plan back (ticked boxes become done tasks) and print it as JSON.

    A round-trip export (`--roundtrip`) carries the whole plan; a clean checklist is matched
    by task title against the plan it came from.
    """
    from assistant.export import to_json

    target = output_path(output) if output is not None else None
    plan = _from_markdown_file(markdown_file, base, user)
    done = sum(t.status == "done" for t in plan.tasks())
    _emit(
        to_json(plan),
        target,
        f"{plan.id} v{plan.version}, {done} task{'' if done == 1 else 's'} done",
    )


def render(plan: Plan, fmt: str, settings: Settings, day: dt.date, roundtrip: bool = False) -> str:
    """The export text, from the one report the app reads too."""
    from assistant.service import Goalsmith

    return Goalsmith(settings, today=lambda: day).report(plan).export(fmt, roundtrip)


def _time_of_day(raw: str) -> dt.time:
    """``HH:MM`` (24-hour) -> a time of day; one clear error otherwise."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", raw)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise InputError(f"--at {raw!r}: write a time of day as HH:MM, e.g. 07:30 or 18:00")
    return dt.time(int(match[1]), int(match[2]))


def load_plan(ref: str, settings: Settings, user: str = "local") -> Plan:
    """A plan from a JSON or Markdown file, or from the store by id."""
    path = Path(ref)
    if path.suffix.lower() == ".md":
        return _from_markdown_file(path, None, user)
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


def _from_markdown_file(path: Path, base_ref: str | None, user: str) -> Plan:
    """A round-trip export as it is, or a clean checklist applied to the plan it came from."""
    from assistant.cli.io import load_settings
    from assistant.export import from_markdown
    from assistant.export.checklist_import import plan_id_of
    from assistant.export.markdown_import import has_plan_block

    text = _read_text(path)
    base = None
    if not has_plan_block(text):
        base_ref = base_ref or plan_id_of(text)
        if base_ref is not None:
            try:
                base = load_plan(base_ref, load_settings(), user)
            except (InputError, NotFound) as exc:
                raise InputError(
                    f"{path} is a clean checklist, read against the plan it came from: {exc}; "
                    "name that plan with --plan PLAN_ID|PLAN.json"
                ) from None
    try:
        return from_markdown(text, base)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


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
