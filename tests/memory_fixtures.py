"""Fixtures over a real Chroma in a temporary directory and the real offline embedding.

Import them into a test module (``from tests.memory_fixtures import *``). The model loads once
per session (``load_minilm`` is cached too, so a second fixture instance costs nothing).
"""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.memory.reviews import ReviewMemory, chroma_client
from assistant.store import Store

__all__ = ["embedding_function", "memory", "settings", "store"]


@pytest.fixture(scope="session")
def embedding_function():
    from assistant.memory.chroma_embedding import MiniLMEmbedding
    from assistant.memory.embedding import load_minilm

    load_minilm()
    return MiniLMEmbedding()


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path / "home"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GOALSMITH_CHROMA_URL"):
        monkeypatch.delenv(name, raising=False)
    return Settings()


@pytest.fixture
def store(settings) -> Store:
    return Store(settings.db_path)


@pytest.fixture
def memory(settings, embedding_function) -> ReviewMemory:
    return ReviewMemory(chroma_client(settings), embedding_function)
