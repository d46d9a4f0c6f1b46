"""Pick the engine from Settings: a language model when configured, else the offline planner."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.engines.base import Engine, StallWriter
    from assistant.models import Plan

OFFLINE_LABEL = "offline planner, no LLM"


def endpoint_label(settings: Settings) -> str:
    """'<model> via <host>' for a custom base URL, '<model> via OpenAI' otherwise."""
    return settings.endpoint_label()


def engine_label(engine: Engine, settings: Settings) -> str:
    """What the person is told is writing their plan, honestly."""
    label = getattr(engine, "label", None)
    if isinstance(label, str) and label:
        return label
    return OFFLINE_LABEL if engine.name == "offline" else settings.endpoint_label()


def written_by(plan: Plan, engine: Engine, settings: Settings) -> str:
    """Who wrote this plan; a model's plan replaced by the offline planner's says so and why."""
    if plan.metadata.fallback:
        return f"{OFFLINE_LABEL}, standing in: {plan.metadata.fallback}"
    return engine_label(engine, settings)


def make_engine(settings: Settings) -> Engine:
    """The LLM engine when a key or base URL is set (and not forced offline), else offline."""
    if settings.llm_configured:
        from assistant.engines.llm.engine import LLMEngine

        return LLMEngine(settings)
    from assistant.engines.offline.engine import OfflineEngine

    return OfflineEngine(settings)


def stall_writer(settings: Settings) -> StallWriter | None:
    """The language model that writes stall diagnoses when one is configured; else None."""
    if not settings.llm_configured:
        return None
    from assistant.engines.llm.engine import LLMEngine

    return LLMEngine(settings)
