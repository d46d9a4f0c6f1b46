"""Export files for download: private, per user, replaced in place, and cleaned up.

All files live under one private folder (mode 0700) made when the app starts and removed
when it stops; gradio's own copies go under it too (``GRADIO_TEMP_DIR``). Each user has a
subfolder, and every file name carries a tag of its user, so the file route can refuse a
URL of another user's file (see ``ui.guard``). A plan's files keep the same names, so 50
views of a plan leave one set of files, and files older than ``MAX_AGE_S`` are removed.
"""

from __future__ import annotations

import atexit
import hashlib
import hmac
import os
import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path

MAX_AGE_S = 3600
_TAG_CHARS = 12


class ExportFolder:
    """The app's private folder of export files, and whose each file is."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or tempfile.mkdtemp(prefix=f"goalsmith-app-{os.getpid()}-"))
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        self.cache = self.root / "gradio"  # gradio's copies of what handlers return
        self._secret = secrets.token_bytes(16)
        self._owners: dict[str, str] = {}
        self._lock = threading.Lock()
        atexit.register(self.remove)

    def tag(self, user: str) -> str:
        """A short, unguessable tag of the user that goes into every file name of theirs."""
        digest = hmac.new(self._secret, user.encode("utf-8", "surrogatepass"), hashlib.sha256)
        tag = digest.hexdigest()[:_TAG_CHARS]
        with self._lock:
            self._owners[tag] = user
        return tag

    def owner_of(self, file_name: str) -> str | None:
        """The user whose tag the file name carries, or None for files that are not exports."""
        stem = Path(file_name).stem
        return self._owners.get(stem.rsplit("-", 1)[-1]) if "-" in stem else None

    def write(self, user: str, stem: str, files: dict[str, str]) -> dict[str, str]:
        """Write ``{extension: text}`` as the user's files ``stem-TAG.ext``; extension -> path."""
        self.prune()
        folder = self.root / "users" / self.tag(user)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths = {}
        for ext, text in files.items():
            path = folder / f"{stem}-{self.tag(user)}.{ext}"
            temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, path)
            paths[ext] = str(path)
        return paths

    def prune(self, max_age_s: float = MAX_AGE_S) -> None:
        """Remove export files (and gradio's copies) older than ``max_age_s``."""
        cutoff = time.time() - max_age_s
        for path in self.root.rglob("*"):
            try:
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
            except OSError:
                continue

    def remove(self) -> None:
        """Delete the whole folder (registered to run when the app process exits)."""
        shutil.rmtree(self.root, ignore_errors=True)
