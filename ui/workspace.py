"""What every handler needs: the application service, plus the app's private export folder.

Opening is lazy so the first page is served as fast as a bare gradio app (the review
memory imports chromadb, which takes seconds).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.service import Goalsmith

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.conversation import Conversation
    from ui.exports import ExportFolder


class Workspace(Goalsmith):
    """The application service of one running app, with its folder of export files."""

    def __init__(self, settings: Settings, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(settings, today)
        self._exports: ExportFolder | None = None

    @property
    def exports(self) -> ExportFolder:
        """The private folder of export files (made on first use, removed at exit)."""
        with self._lock:
            if self._exports is None:
                from ui.exports import ExportFolder

                self._exports = ExportFolder()
            return self._exports

    def new_conversation(self) -> Conversation:
        """A new chat with the configured engine."""
        return self.conversation()
