"""How close two texts are in meaning: the shipped MiniLM embedding (the one routing uses)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1024)
def similarity(a: str, b: str) -> float | None:
    """Cosine of the two texts' MiniLM vectors, or None when the model cannot load (the rules
    that ask then stay silent rather than break the check)."""
    try:
        from assistant.memory.embedding import embed

        va, vb = embed([a, b])
    except Exception:  # a missing or broken model package: GoalsmithError, ONNX Runtime errors
        return None
    return float(va @ vb)


@functools.lru_cache(maxsize=1024)
def closest(text: str, others: tuple[str, ...]) -> float | None:
    """The highest cosine between the text and any of the others, in one batch of vectors, or
    None when the model cannot load. Kept: a plan's rules run again on each repair round over
    the same tasks (a batch's vectors differ from single ones in the last bit, so the batch is
    the key, not its sentences)."""
    if not others:
        return 0.0
    try:
        from assistant.memory.embedding import embed

        vectors = embed([text, *others])
    except Exception:  # a missing or broken model package, as in similarity
        return None
    return float(max(vectors[1:] @ vectors[0]))
