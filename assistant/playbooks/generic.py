"""The generic playbook: a sound plan for any goal no domain claims (data in fields/generic.toml)."""

from __future__ import annotations

from assistant.playbooks.catalog import load_field

GENERIC = load_field("generic.toml")
