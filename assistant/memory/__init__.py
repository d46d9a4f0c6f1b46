"""Memory of weekly reviews: a Chroma index with an offline MiniLM embedding function.

``reviews`` holds the index (imports chromadb lazily); ``embedding`` the NumPy encoder
(imports chromadb's types, so import it only where vectors are needed).
"""

from typing import Any

__all__ = [
    "Hit",
    "ReviewMemory",
    "chroma_client",
    "forget_plan",
    "index_pending",
    "open_memory",
    "record_review",
]


def __getattr__(name: str) -> Any:
    # Lazy, so that `assistant.memory.embedding` (the encoder) imports neither the review
    # index nor the plan models: its cold start is part of every first search.
    if name in __all__:
        from assistant.memory import reviews

        return getattr(reviews, name)
    raise AttributeError(name)
