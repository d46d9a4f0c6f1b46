"""Writing ``-o`` files: checked before any work, replaced atomically, only if a regular file.

A temp file beside the target is written, synced and renamed over it, so a reader never sees
half a file. Only regular files are replaced: a device (``/dev/null``), a FIFO or a symbolic
link is refused rather than turned into a regular file. The new file keeps the mode of the
file it replaces; a new file gets the usual mode under the umask.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from assistant.errors import InputError

NAME_MAX_BYTES = 255


def output_path(raw: str) -> Path:
    """The ``-o`` target, checked before any work is done; InputError with one line if unusable."""
    if not raw.strip():
        raise InputError("-o: give a file name")
    path = Path(raw)
    name_bytes = len(path.name.encode("utf-8", "surrogateescape"))
    if name_bytes > NAME_MAX_BYTES:
        raise InputError(
            f"-o: the file name is {name_bytes} bytes long; the limit is {NAME_MAX_BYTES}"
        )
    parent = path.parent
    if raw.endswith(("/", os.sep)):
        where = "is a directory" if path.is_dir() else "names a folder, which does not exist"
        raise InputError(f"-o {raw}: {where}; give a file name")
    try:
        if path.is_dir():
            raise InputError(f"-o {raw}: is a directory; give a file name")
        if not parent.is_dir():
            raise InputError(f"-o {raw}: the folder {parent} does not exist")
        _refuse_special(path, raw)
    except OSError as exc:
        raise InputError(f"-o {raw}: cannot use this path: {exc.strerror or exc}") from None
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InputError(f"-o {raw}: not writable (permission denied)")
    return path


def _refuse_special(path: Path, shown: object) -> os.stat_result | None:
    """The target's lstat if it is a regular file, None if absent; InputError for anything else."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise InputError(f"-o {shown}: is a symbolic link; give the real file's path")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"-o {shown}: is not a regular file (a device, FIFO or socket); refusing to replace it"
        )
    return info


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, then rename: never a half-written file."""
    existing = _refuse_special(path, path)  # again: it may have changed since the check
    mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask()
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".goalsmith-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(current)
    return current
