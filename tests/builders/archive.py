"""Write a {relative path: bytes} mapping as a zip, a tgz or a folder, with optional wrapper folders."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path
from typing import Any

Files = dict[str, bytes]


def meta_json(obj: Any) -> bytes:
    """Encode like Meta: 2-space indent, pure ASCII, each UTF-8 byte of non-ASCII text as its own \\u00XX."""

    def mangle(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [mangle(x) for x in v]
        if isinstance(v, dict):
            return {mangle(k): mangle(x) for k, x in v.items()}
        return v

    return json.dumps(mangle(obj), indent=2, ensure_ascii=True).encode("ascii")


def plain_json(obj: Any) -> bytes:
    return json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")


def with_prefix(files: Files, prefix: str) -> Files:
    p = prefix.strip("/")
    return {f"{p}/{k}" if p else k: v for k, v in files.items()}


def write_zip(files: Files, path: Path, *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in files.items():
            # A fixed date keeps rebuilt fixtures and demo archives byte-identical.
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compression
            info.filename = name  # keep hostile names (../, drive letters) exactly as given
            zf.writestr(info, data)
    return path


def write_tgz(files: Files, path: Path) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_600_000_000
            tf.addfile(info, io.BytesIO(data))
    return path


def write_folder(files: Files, path: Path) -> Path:
    for name, data in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


def write(files: Files, path: Path, kind: str) -> Path:
    """kind: 'zip', 'tgz' or 'folder'."""
    if kind == "zip":
        return write_zip(files, path.with_suffix(".zip"))
    if kind == "tgz":
        return write_tgz(files, path.with_suffix(".tgz"))
    return write_folder(files, path)
