"""The offline engine: a deterministic planner built from the fields of knowledge, no model."""

from assistant.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
