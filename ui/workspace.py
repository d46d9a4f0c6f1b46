"""What every handler needs: settings, and the store and review memory opened on first use.

Opening is lazy so the first page is served as fast as a bare gradio app (the review
memory imports chromadb, which takes seconds).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.config import Settings


class Workspace:
    """Settings plus the lazily opened store and review memory of one running app."""

    def __init__(self, settings: Settings, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.settings = settings
        self.today = today
        self._lock = threading.Lock()
        self._store: Any = None
        self._memory: Any = None
        self._exports: Any = None

    @property
    def store(self) -> Any:
        with self._lock:
            if self._store is None:
                from assistant.store import Store

                self.settings.home.mkdir(parents=True, exist_ok=True)
                self._store = Store(self.settings.db_path)
            return self._store

    @property
    def memory(self) -> Any:
        with self._lock:
            if self._memory is None:
                from assistant.memory import open_memory

                self._memory = open_memory(self.settings)
            return self._memory

    @property
    def exports(self) -> Any:
        """The private folder of export files (made on first use, removed at exit)."""
        with self._lock:
            if self._exports is None:
                from ui.exports import ExportFolder

                self._exports = ExportFolder()
            return self._exports

    def memory_or_none(self) -> Any:
        """The review memory, or None when it cannot be opened: storing a review or answering
        "why" from the stored reviews matters more than retrieval."""
        try:
            return self.memory
        except Exception:  # reported by the callers as "not indexed"
            return None

    def new_conversation(self) -> Any:
        from assistant.conversation import Conversation
        from assistant.engines.select import make_engine

        return Conversation(make_engine(self.settings), self.settings, today=self.today())

    def conversation_about(self, plan: Any) -> Any:
        """A chat that continues with a stored plan: its messages revise that plan."""
        from assistant.conversation import Conversation
        from assistant.engines.select import make_engine

        return Conversation.about(plan, make_engine(self.settings), self.settings, self.today())
