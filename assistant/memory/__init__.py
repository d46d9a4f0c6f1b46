"""Memory of weekly reviews: a Chroma index with an offline MiniLM embedding function.

``reviews`` holds the index (imports chromadb lazily); ``embedding`` the NumPy encoder
(imports chromadb's types, so import it only where vectors are needed).
"""

from assistant.memory.reviews import (
    Hit,
    ReviewMemory,
    chroma_client,
    forget_plan,
    index_pending,
    open_memory,
    record_review,
)

__all__ = [
    "Hit",
    "ReviewMemory",
    "chroma_client",
    "forget_plan",
    "index_pending",
    "open_memory",
    "record_review",
]
