"""The fields of life the offline planner knows, loaded from data files that ship in the wheel.

Each ``assistant/data/fields/*.toml`` is one field, validated against :class:`Playbook` (unknown
keys are errors, so a typo in a file fails loudly at load, and in the test that loads them all).
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from pydantic import TypeAdapter, ValidationError

from assistant.errors import InputError
from assistant.playbooks.base import Playbook

_ADAPTER = TypeAdapter(Playbook)


def field_files() -> list[str]:
    folder = resources.files("assistant") / "data" / "fields"
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml"))


def load_field(name: str) -> Playbook:
    """One field file, validated; InputError naming the file and the first problem."""
    source = resources.files("assistant") / "data" / "fields" / name
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        return _ADAPTER.validate_python(data)
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InputError(f"field file {name} is invalid: {exc}") from exc


@functools.cache
def all_fields() -> tuple[Playbook, ...]:
    """Every field, the more specific first (``order``), the generic fallback last."""
    fields = [load_field(name) for name in field_files()]
    keys = [f.key for f in fields]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise InputError(f"field keys defined twice: {', '.join(duplicates)}")
    return tuple(sorted(fields, key=lambda f: (f.order, f.key)))
