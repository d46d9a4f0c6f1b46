"""Read a Goalsmith Markdown export back into a Plan, keeping the person's ticks and edits.

The hidden ``goalsmith:plan`` block gives every field; then each marked line overrides:
``[x]`` means done, a title struck through (``~~...~~``) means dropped, an unticked box
means todo, and an edited task or milestone title replaces the old one. Anything that
cannot be read raises ``InputError`` with one line that names the line and the fix.
"""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from assistant.errors import InputError
from assistant.export.checklist_import import apply_checklist
from assistant.export.markdown import PLAN_BLOCK_END, PLAN_BLOCK_START
from assistant.export.text import escape, unescape
from assistant.models import Plan

_ID = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
_TASK = re.compile(rf"^\s*[-*+] \[(?P<box>[ xX])\] (?P<text>.*?)\s*<!-- task:(?P<id>{_ID}) -->\s*$")
_MILESTONE = re.compile(rf"^#+ (?:\d+\. )?(?P<text>.*?)\s*<!-- milestone:(?P<id>{_ID}) -->\s*$")
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
    tasks = {t["id"]: t for m in data.get("milestones", []) for t in m.get("tasks", [])}
    milestones = {m["id"]: m for m in data.get("milestones", [])}
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(lines[:block_at], start=1):
        if match := _TASK.match(line):
            _apply_task(tasks, seen, number, match)
        elif match := _MILESTONE.match(line):
            _apply_title(milestones, seen, number, match, "milestone")
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "plan"
        raise InputError(f"the edited plan is not valid: {where}: {err['msg']}") from None


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
        data = json.loads("\n".join(lines[start + 1 : end]))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {start + 1 + exc.lineno}: the `goalsmith:plan` block is damaged ({exc.msg}); "
            "restore it from the exported file"
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"line {start + 2}: the `goalsmith:plan` block does not hold a plan")
    return data, start


def _apply_task(
    tasks: dict[str, dict], seen: set[tuple[str, str]], number: int, match: re.Match
) -> None:
    task = _apply_title(tasks, seen, number, match, "task")
    struck = _STRUCK.match(match["text"])
    if match["box"] in "xX":
        task["status"] = "done"
    else:
        task["status"] = "dropped" if struck else "todo"


def _apply_title(
    items: dict[str, dict], seen: set[tuple[str, str]], number: int, match: re.Match, kind: str
) -> dict:
    item_id = match["id"]
    if item_id not in items:
        raise InputError(
            f"line {number}: {kind} `{item_id}` is not in the plan block; "
            "add tasks with `goalsmith` rather than by hand"
        )
    if (kind, item_id) in seen:
        raise InputError(f"line {number}: {kind} `{item_id}` appears twice")
    seen.add((kind, item_id))
    item = items[item_id]
    shown = match["text"]
    if kind == "task" and (struck := _STRUCK.match(shown)):
        shown = struck["inner"]
    if shown != escape(str(item.get("title", ""))):  # edited by the person
        title = unescape(shown)
        if not title:
            raise InputError(f"line {number}: the {kind} title is empty")
        item["title"] = title
    return item
