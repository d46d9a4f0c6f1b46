"""Read a Goalsmith Markdown export back into a Plan, keeping the person's ticks and edits.

The hidden ``goalsmith:plan`` block gives every field; then each marked line overrides:
``[x]`` means done, a title struck through (``~~...~~``) means dropped, an unticked box
means todo, and an edited task or milestone title replaces the old one. Anything that
cannot be read raises ``InputError`` with one line that names the line and the fix.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from assistant.errors import InputError
from assistant.export.checklist_import import apply_checklist
from assistant.export.markdown import PLAN_BLOCK_END, PLAN_BLOCK_START
from assistant.export.text import escape, unescape
from assistant.models import Plan
from assistant.reading import JsonProblem, load_json

_ID = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
# Linear-time matching: the head and the trailing id marker are found apart and the title is
# what lies between, because a lazy ``(.*?)\s*<!--`` backtracks quadratically on long spaces.
_TASK_HEAD = re.compile(r"[ \t]*[-*+] \[(?P<box>[ xX])\] ")
_MILESTONE_HEAD = re.compile(r"#+ (?:\d+\. )?")
_MARKER = re.compile(rf"<!-- (?P<kind>task|milestone):(?P<id>{_ID}) -->")
_STRUCK = re.compile(r"^~~(?P<inner>.*)~~$")
MAX_MARKDOWN_CHARS = 5_000_000


def has_plan_block(text: str) -> bool:
    """True for a round-trip export (it carries the whole plan); False for a clean checklist."""
    return any(line.strip() == PLAN_BLOCK_START for line in text.splitlines())


def from_markdown(text: str, base: Plan | None = None) -> Plan:
    """The Plan in a Goalsmith Markdown export, with the ticks and edits made to it. A clean
    checklist (no hidden block) needs ``base``, the plan it was exported from."""
    if len(text) > MAX_MARKDOWN_CHARS:
        raise InputError(f"{len(text):,} characters is too large for a plan")
    if base is not None and not has_plan_block(text):
        return apply_checklist(text.lstrip("\ufeff"), base)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    data, block_at = _plan_block(lines)
    milestones = {m["id"]: m for m in _objects(data.get("milestones")) if _has_id(m)}
    tasks = {
        t["id"]: t for m in milestones.values() for t in _objects(m.get("tasks")) if _has_id(t)
    }
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(lines[:block_at], start=1):
        if "<!-- " not in line or not (marked := _marked(line)):
            continue
        kind, item_id, head, text = marked
        if kind == "task":
            _apply_task(tasks, seen, number, item_id, head["box"], text)
        else:
            _apply_title(milestones, seen, number, item_id, text, "milestone")
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "plan"
        raise InputError(f"the edited plan is not valid: {where}: {err['msg']}") from None


def _objects(value: object) -> list[dict]:
    """The JSON objects in a list (an edited block may hold anything; the model says what)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _has_id(item: dict) -> bool:
    return isinstance(item.get("id"), str)


def _plan_block(lines: list[str]) -> tuple[dict, int]:
    starts = [k for k, line in enumerate(lines) if line.strip() == PLAN_BLOCK_START]
    if not starts:
        raise InputError(
            "not a round-trip Goalsmith plan: the hidden `goalsmith:plan` block is missing; "
            "a clean checklist is read against the plan it came from (`goalsmith import FILE "
            "--plan PLAN_ID`), or export with `--format md --roundtrip`"
        )
    start = starts[-1]
    try:
        end = next(k for k in range(start + 1, len(lines)) if lines[k].strip() == PLAN_BLOCK_END)
    except StopIteration:
        raise InputError(
            f"line {start + 1}: the `goalsmith:plan` block is never closed with `-->`"
        ) from None
    try:
        data = load_json("\n".join(lines[start + 1 : end]))
    except JsonProblem as exc:
        raise InputError(
            f"line {start + 1 + (exc.line or 0)}: the `goalsmith:plan` block is damaged ({exc}); "
            "restore it from the exported file"
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"line {start + 2}: the `goalsmith:plan` block does not hold a plan")
    return data, start


def _marked(line: str) -> tuple[str, str, re.Match[str], str] | None:
    """(kind, id, head match, title) of a task or milestone line, or None for other lines."""
    body = line.rstrip()
    marker = next((m for m in _MARKER.finditer(body) if m.end() == len(body)), None)
    if marker is None:
        return None
    head = (_TASK_HEAD if marker["kind"] == "task" else _MILESTONE_HEAD).match(body)
    if head is None or head.end() > marker.start():
        return None
    return marker["kind"], marker["id"], head, body[head.end() : marker.start()].rstrip()


def _apply_task(
    tasks: dict[str, dict],
    seen: set[tuple[str, str]],
    number: int,
    item_id: str,
    box: str,
    text: str,
) -> None:
    task = _apply_title(tasks, seen, number, item_id, text, "task")
    struck = _STRUCK.match(text)
    if box in "xX":
        task["status"] = "done"
    else:
        task["status"] = "dropped" if struck else "todo"


def _apply_title(
    items: dict[str, dict],
    seen: set[tuple[str, str]],
    number: int,
    item_id: str,
    shown: str,
    kind: str,
) -> dict:
    if item_id not in items:
        raise InputError(
            f"line {number}: {kind} `{item_id}` is not in the plan block; "
            "add tasks with `goalsmith` rather than by hand"
        )
    if (kind, item_id) in seen:
        raise InputError(f"line {number}: {kind} `{item_id}` appears twice")
    seen.add((kind, item_id))
    item = items[item_id]
    if kind == "task" and (struck := _STRUCK.match(shown)):
        shown = struck["inner"]
    if shown != escape(str(item.get("title", ""))):  # edited by the person
        title = unescape(shown)
        if not title:
            raise InputError(f"line {number}: the {kind} title is empty")
        item["title"] = title
    return item
