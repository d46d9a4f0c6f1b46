"""`goalsmith assess`: one JSON verdict per input line, never stopping at a bad line."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from assistant.cli.io import load_settings, parse_day

MAX_LINE_CHARS = 10_000


def assess_lines(
    source: IO[str], sink: IO[str], *, kind: str, jsonl: bool, today: str | None
) -> int:
    """Assess each non-empty line; a bad line gets an ``error`` object and counts as a failure."""
    from assistant.assess import assess_goal
    from assistant.validators.task_size import TaskFacts, assess_task

    settings = load_settings()
    day = parse_day(today)
    failures = 0
    for number, line in enumerate(source, start=1):
        line = line.strip()
        if not line:
            continue
        try:
            item = _parse(line, jsonl)
            if kind == "goal":
                text = (
                    item if isinstance(item, str) else _field(item, ("text", "goal", "statement"))
                )
                result = assess_goal(text, day)
            else:
                facts = TaskFacts(item) if isinstance(item, str) else _task_facts(item)
                result = assess_task(facts, settings)
        except ValueError as exc:
            failures += 1
            print(f"goalsmith: line {number}: {exc}", file=sys.stderr)
            result = {"text": line[:200], "error": str(exc)}
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        sink.flush()
    return failures


def _parse(line: str, jsonl: bool) -> str | dict[str, Any]:
    if len(line) > MAX_LINE_CHARS:
        raise ValueError(f"{len(line):,} characters is too long (limit {MAX_LINE_CHARS:,})")
    if jsonl or line.startswith("{"):
        from assistant.reading import load_json

        value = load_json(line)  # JsonProblem is a ValueError: a per-line error
        if not isinstance(value, str | dict):
            raise ValueError("expected a JSON string or object")
        return value
    return line


def _field(item: dict, names: tuple[str, ...]) -> str:
    for name in names:
        value = item.get(name)
        if isinstance(value, str) and value.strip():
            return value
    raise ValueError(f"object has no text field ({' or '.join(names)})")


def _task_facts(item: dict):
    from assistant.validators.task_size import TaskFacts

    title = _field(item, ("title", "text"))
    estimate = item.get("estimate_minutes")
    if estimate is not None and (
        isinstance(estimate, bool) or not isinstance(estimate, int | float) or estimate <= 0
    ):
        raise ValueError("estimate_minutes must be a positive number")
    owner = item.get("owner")
    done_when = item.get("done_when")
    for name, value in (("owner", owner), ("done_when", done_when)):
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
    return TaskFacts(
        title,
        owner=owner,
        estimate_minutes=int(estimate) if estimate is not None else None,
        done_when=done_when,
        recurring=bool(item.get("recurrence")),
    )
