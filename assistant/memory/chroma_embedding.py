"""MiniLM as a Chroma ``EmbeddingFunction`` (imports chromadb; the encoder itself does not)."""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.memory.embedding import load_minilm


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """Chroma embedding function over :class:`MiniLM`; the model loads on first use, not here."""

    def __init__(self, model_dir: str | None = None) -> None:
        self.model_dir = model_dir

    def __call__(self, input: Documents) -> Embeddings:
        return list(load_minilm(self.model_dir).encode(list(input)))

    @staticmethod
    def name() -> str:
        return "goalsmith-minilm-l6-v2"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "l2", "ip"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(config.get("model_dir"))

    def get_config(self) -> dict[str, Any]:
        return {"model_dir": self.model_dir}
