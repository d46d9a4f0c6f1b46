"""Commands over plans as files and text: schema, check, assess."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.app import app

TodayOption = Annotated[
    str | None,
    typer.Option("--today", help="Judge dates as of this day (YYYY-MM-DD); default: today."),
]


@app.command()
def schema() -> None:
    """Print the JSON Schema of a Plan (what `check` accepts and `plan --json` emits)."""
    from assistant.models import Plan

    print(json.dumps(Plan.model_json_schema(), indent=2))


@app.command()
def check(
    plan_file: Annotated[
        Path, typer.Argument(metavar="PLAN.json", help="A plan as JSON (see `goalsmith schema`).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
    today: TodayOption = None,
) -> None:
    """Lint a plan file against every rule. Exit 1 if any error finding, 2 if the file is unusable."""
    from assistant.cli.io import load_settings, parse_day, read_plan_file
    from assistant.cli.render import findings_json, findings_text
    from assistant.cli.terminal import say
    from assistant.validators import errors, validate_plan

    plan = read_plan_file(plan_file)
    findings = validate_plan(plan, load_settings(), parse_day(today))
    if as_json:
        print(json.dumps(findings_json(plan, findings), indent=2))
    else:
        say(findings_text(plan, findings))
    raise typer.Exit(1 if errors(findings) else 0)


@app.command()
def assess(
    kind: Annotated[str, typer.Option("--kind", help="What each line is: goal or task.")] = "goal",
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Every input line is JSON (a string, or an object).")
    ] = False,
    today: TodayOption = None,
) -> None:
    """Judge goals (SMART, graded) or tasks (size and rules) read one per line from stdin; JSONL out."""
    from assistant.cli.assessing import assess_lines

    if kind not in {"goal", "task"}:
        from assistant.errors import InputError

        raise InputError(f"--kind {kind!r}: expected 'goal' or 'task'")
    if sys.stdin.isatty():
        print("Reading one item per line; end with Ctrl-D.", file=sys.stderr)
    failures = assess_lines(sys.stdin, sys.stdout, kind=kind, jsonl=jsonl, today=today)
    raise typer.Exit(2 if failures else 0)
