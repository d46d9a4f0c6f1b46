"""Render the prompt templates in ``prompts/*.jinja``; a missing variable is a loud error."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

from assistant.config import Settings


def _source(name: str) -> str | None:
    resource = files("prompts").joinpath(name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_source),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # prompts are plain text for a model, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False, default=str)
    return env


def render(name: str, **variables: Any) -> str:
    """The template ``prompts/<name>`` filled in; a missing variable raises ``UndefinedError``."""
    return _environment().get_template(name).render(**variables).strip() + "\n"


def template_names() -> list[str]:
    """Every top-level prompt template (partials start with an underscore)."""
    return sorted(
        p.name
        for p in files("prompts").iterdir()
        if p.name.endswith(".jinja") and not p.name.startswith("_")
    )


def rules(settings: Settings) -> dict[str, object]:
    """The rule thresholds a prompt teaches, from the same Settings the validators use."""
    return {
        "task_min_minutes": settings.task_min_minutes,
        "task_max_minutes": settings.task_max_minutes,
        "team_task_max_minutes": settings.team_task_max_minutes,
        "capacity_share": round(1 - settings.capacity_slack, 2),
        "min_milestones": settings.min_milestones,
        "max_milestones": settings.max_milestones,
        "quick_win_days": settings.quick_win_days,
    }


_PLACEHOLDER_RE = re.compile(r"<[a-z][^<>{}\n]{2,80}>")


@lru_cache(maxsize=1)
def placeholders() -> frozenset[str]:
    """The "<...>" slots of the prompts' example replies, which a real reply must fill in."""
    found: set[str] = set()
    for resource in files("prompts").iterdir():
        if resource.name.endswith(".jinja"):
            found.update(_PLACEHOLDER_RE.findall(resource.read_text(encoding="utf-8")))
    return frozenset(found)
