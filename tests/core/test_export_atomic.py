"""A failed export leaves no partial file and never damages the file that was there before."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pytest

from core.errors import ExportError
from core.export import atomic
from core.export.atomic import write_atomic, write_bytes_atomic
from core.export.writers import render, suffix
from core.model import Grant, Inventory
from tests.support.report import to_document

DOC = to_document(Inventory(grants=(Grant("facebook", "Slideshow Maker", "1", "active"),)))


def leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_export_writes_complete_file(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"summary{suffix(fmt)}"
    data = render(DOC, fmt)
    write_bytes_atomic(target, data)
    assert target.read_bytes() == data
    assert leftovers(tmp_path, target.name) == []


def test_writer_failure_midway_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "summary.html"

    def half_then_fail(f: IO[bytes]) -> None:
        f.write(render(DOC, "html")[:100])
        raise RuntimeError("disk gremlin")

    with pytest.raises(RuntimeError):
        write_atomic(target, half_then_fail)
    assert not target.exists()
    assert leftovers(tmp_path, target.name) == []


def test_failure_keeps_the_previous_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "summary.csv"
    target.write_bytes(b"previous export")

    def fail(f: IO[bytes]) -> None:
        f.write(b"new, incomplete")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError) as e:
        write_atomic(target, fail)
    assert "No space left" in str(e.value)
    assert target.read_bytes() == b"previous export"
    assert leftovers(tmp_path, target.name) == []


def test_failing_fsync_or_rename_leaves_no_partial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.json"

    def bad_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", bad_fsync)
    with pytest.raises(ExportError):
        write_bytes_atomic(target, render(DOC, "json"))
    assert not target.exists() and leftovers(tmp_path, target.name) == []
    monkeypatch.undo()

    def bad_replace(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", bad_replace)
    with pytest.raises(ExportError):
        write_bytes_atomic(target, render(DOC, "json"))
    assert not target.exists() and leftovers(tmp_path, target.name) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as e:
        write_bytes_atomic(tmp_path / "nope" / "s.html", b"x")
    assert "does not exist" in str(e.value)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root and Windows ignore folder permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(ExportError):
            write_bytes_atomic(ro / "s.html", b"x")
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o700)
