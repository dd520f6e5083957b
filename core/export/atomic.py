"""Atomic file writes: a temporary file in the same folder, fsync, then rename; nothing partial is left."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from core.errors import ExportError


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Call `write(f)` on a temp file beside `path` and move it into place only if it succeeds."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: the folder does not exist", path=str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise ExportError(f"{target}: {e.strerror or e}", path=str(target)) from e
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    def put(f: IO[bytes]) -> None:
        f.write(data)

    write_atomic(path, put)
