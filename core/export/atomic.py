"""Atomic file writes: a temporary file in the same folder, fsync, then rename; nothing partial is left."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from core.errors import ExportError


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Call `write(f)` on a temp file beside `path` and move it into place only if it succeeds.

    Only a regular file is ever replaced: a device (/dev/full), a folder, a pipe or a socket at `path`
    is refused, so even root cannot turn /dev/null into a summary by mistake.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder does not exist. Choose another folder.", path=str(target))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        pass
    except OSError as e:
        raise ExportError(_sentence(target, e), path=str(target)) from None
    else:
        if not stat.S_ISREG(st.st_mode):
            raise ExportError(f"{target}: this is not a regular file (a folder or device) and was not replaced. "
                              "Choose a file name.", path=str(target))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(e, OSError):
            raise ExportError(_sentence(target, e), path=str(target)) from None
        raise


def _sentence(target: Path, e: OSError) -> str:
    """One plain sentence for an OS error while writing (read-only folder, /proc, full disk, name too long)."""
    why = e.strerror or type(e).__name__
    return f"{target}: cannot write the file here ({why}). Nothing was written; choose another folder."


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    def put(f: IO[bytes]) -> None:
        f.write(data)

    write_atomic(path, put)
