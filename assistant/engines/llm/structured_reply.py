"""Cleaning a model's reply into JSON: think blocks, code fences, prose and wrappers removed.

Parsing is ours, not the endpoint's: the first JSON object is taken, a reply cut off inside
it is reported as truncated (so it is re-asked, never guessed at), and pydantic errors are
rewritten as 'path: problem' lines a model can act on.
"""

from __future__ import annotations

import json
import re
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from pydantic import BaseModel, ValidationError

_THINK_RE = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.IGNORECASE | re.DOTALL)
_OPEN_THINK_RE = re.compile(r"<(think|thinking|reasoning)>", re.IGNORECASE)


class ReplyProblem(ValueError):
    """Why one reply could not be used; ``truncated`` when it was cut off."""

    def __init__(self, message: str, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


def extract_json(text: str) -> Any:
    """The first JSON object in a reply, ignoring think blocks, code fences and prose around it."""
    s = _THINK_RE.sub("", text or "")
    if _OPEN_THINK_RE.search(s):
        raise ReplyProblem(
            "the reply ended inside a <think> block, before any JSON", truncated=True
        )
    starts = [m.start() for m in re.finditer(r"\{", s)][:50]
    if not starts:
        raise ReplyProblem("the reply contains no JSON object", truncated=not s.strip())
    decoder = json.JSONDecoder()
    first_error: json.JSONDecodeError | None = None
    for start in starts:
        try:
            value, _ = decoder.raw_decode(s, start)
        except json.JSONDecodeError as exc:
            if _unclosed(
                s[start:]
            ):  # the object never ends: do not settle for a fragment inside it
                raise ReplyProblem(
                    "the JSON stops before it is complete (the reply was cut off)", truncated=True
                ) from None
            first_error = first_error or exc
            continue
        if isinstance(value, dict):
            return value
    if first_error is None:
        raise ReplyProblem("the reply contains no JSON object")
    raise ReplyProblem(
        f"not valid JSON: {first_error.msg} (line {first_error.lineno}, column {first_error.colno})"
    )


def _unclosed(s: str) -> bool:
    """True when brackets or a string are still open at the end: the text was cut off."""
    depth, in_string, escaped = 0, False, False
    for ch in s:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


def unwrap(data: Any, schema: type[BaseModel]) -> Any:
    """Drop wrappers models add around the object: {"PlanDraft": {...}}, {"arguments": {...}}."""
    fields = set(schema.model_fields)
    for _ in range(3):
        if not isinstance(data, dict) or fields & set(data):
            return data
        inner = data.get("arguments", data.get("parameters"))
        if isinstance(inner, str):
            try:
                inner = json.loads(inner)
            except json.JSONDecodeError:
                return data
        if inner is None and len(data) == 1:
            inner = next(iter(data.values()))
        if not isinstance(inner, dict):
            return data
        data = inner
    return data


def reply_text(message: BaseMessage) -> str:
    """The text to parse: the tool-call arguments if the model called the tool, else the content."""
    if isinstance(message, AIMessage):
        if message.tool_calls:
            return json.dumps(message.tool_calls[0]["args"])
        if message.invalid_tool_calls:
            return str(message.invalid_tool_calls[0].get("args") or "")
    content = message.content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    return str(content)


def describe_validation(exc: ValidationError, limit: int = 12) -> str:
    """Pydantic errors as 'path: problem' lines a model can act on."""
    lines = []
    for err in exc.errors()[:limit]:
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
        lines.append(f"- {path or 'the object'}: {err['msg']}")
    more = len(exc.errors()) - limit
    if more > 0:
        lines.append(f"- and {more} more")
    return "\n".join(lines)


def echoed_placeholders(data: Any, placeholders: frozenset[str]) -> list[str]:
    """The prompt's "<...>" slots that the reply copied instead of filling in."""
    if not placeholders:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and "<" in node:
            found += [p for p in placeholders if p in node and p not in found]
    return sorted(found)
