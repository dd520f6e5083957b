"""Issue 12 in-process: what the CLI corpus cannot see (what errors keep, cancel inside the HTML parser,
permission errors as root, terminal escaping, the shared date helpers)."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.archive.limits import Limits
from core.archive.tree import open_tree
from core.errors import Cancelled
from core.export.atomic import write_bytes_atomic
from core.importers.base import WARNINGS_SHOWN_PER_KIND, ImportContext
from core.importers.html_budget import HTMLTooComplex
from core.importers.meta_html import parse_html
from core.tasks import CancelToken
from core.text import from_epoch, parse_iso, terminal_safe
from tests.builders.archive import write_folder, write_zip
from tests.builders.facebook import g3


def test_invalid_json_errors_keep_no_document(tmp_path: Path) -> None:
    big = b'{"name": "' + b"A" * 2_000_000
    files = {f"bad/{i}.json": big for i in range(5)}
    with open_tree([str(write_zip(files, tmp_path / "bad.zip"))]) as tree:
        ctx = ImportContext(tree, "test")
        for m in tree.members():
            assert ctx.read_json(m) is None
        assert len(ctx.errors) == 1  # one is enough to explain an empty result
        e = ctx.errors[0]
        assert e.__cause__ is None and e.__context__ is None and e.__traceback__ is None
        gc.collect()
        # Nothing reachable from the context holds a document-sized string any more.
        held = [o for o in gc.get_referrers(*ctx.errors) if isinstance(o, str)]
        assert not held
        assert sys.getsizeof(repr(ctx.warnings)) < 10_000
        assert all(len(w) < 400 for w in ctx.warnings)


def test_repeated_warnings_are_summarised(tmp_path: Path) -> None:
    files = {f"bad/{i}.json": b"{" for i in range(200)}
    with open_tree([str(write_zip(files, tmp_path / "bad.zip"))]) as tree:
        ctx = ImportContext(tree, "test")
        for m in tree.members():
            ctx.read_json(m)
        out = ctx.summarised_warnings()
    assert len(out) == WARNINGS_SHOWN_PER_KIND + 1
    assert out[-1] == f"… and {200 - WARNINGS_SHOWN_PER_KIND:,} more like this (files that are not valid JSON)"


def test_cancel_stops_the_html_parser_mid_page() -> None:
    token = CancelToken()
    page = "<html><title>" + "a<br>" * 1_500_000
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        parse_html(page, token)
    assert time.monotonic() - start < 2.0


@pytest.mark.parametrize("page", [
    "<table><tr><td>x" * 100_000,
    "<title>" + "a<br>" * 1_500_000,
])
def test_html_budget_stops_pathological_pages(page: str) -> None:
    start = time.process_time()
    with pytest.raises(HTMLTooComplex):
        parse_html(page)
    assert time.process_time() - start < 6


@pytest.mark.parametrize("tail", ["</" * 400_000, "<!" * 400_000, "<?" * 400_000, "<a " * 400_000])
def test_unterminated_constructs_do_not_stick_in_close(tail: str) -> None:
    start = time.process_time()
    root, _ = parse_html("<html><body><p>before</p>" + tail + "<!--")
    assert time.process_time() - start < 3
    assert "before" in root.text()


def test_an_unreadable_subfolder_gets_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_folder(g3(), tmp_path / "export")
    (root / "locked").mkdir()
    real = os.scandir

    def scandir(path: str):  # root can read any folder: refuse this one as a normal user's system would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with open_tree([str(root)]) as tree:
        assert any("could not open 1 folder(s)" in w and "locked" in w for w in tree.warnings)


def test_whole_scan_budget_stops_many_members(tmp_path: Path) -> None:
    files = {f"m/{i}.json": b" " * 100_000 for i in range(50)}
    lim = Limits(max_total_bytes=1_000_000)
    with open_tree([str(write_zip(files, tmp_path / "many.zip"))], lim) as tree:
        ctx = ImportContext(tree, "test")
        for m in tree.members():
            ctx.read_text(m)
    assert sum("MB of data files to read" in w for w in ctx.warnings) == 1
    assert tree.bytes_read <= 1_200_000


def test_terminal_safe_escapes_controls_and_bidi() -> None:
    s = terminal_safe("a\x1b]0;title\x07b\rc\nd\u202ee é 名")
    assert s == "a\\x1b]0;title\\x07b\\rc\\nd\\u202ee é 名"
    assert terminal_safe("plain text") == "plain text"


@pytest.mark.parametrize("value", [10**400, "9" * 400, "9" * 5000, float("inf"), -10**400, "1e400"])
def test_from_epoch_never_overflows(value: object) -> None:
    assert from_epoch(value) is None


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-01:00"])
def test_parse_iso_never_overflows(value: str) -> None:
    assert parse_iso(value) is None
    assert parse_iso("9999-12-31T00:00:00Z") == datetime(9999, 12, 31, tzinfo=timezone.utc)


def test_atomic_write_never_replaces_a_device_or_folder(tmp_path: Path) -> None:
    from core.errors import ExportError

    (tmp_path / "folder.json").mkdir()
    for target in (tmp_path / "folder.json", Path("/dev/null")):
        with pytest.raises(ExportError, match="not a regular file"):
            write_bytes_atomic(target, b"{}")
    assert (tmp_path / "folder.json").is_dir() and Path("/dev/null").is_char_device()
    assert [p.name for p in tmp_path.iterdir()] == ["folder.json"]


@pytest.mark.parametrize("text", ["Jul 09, 2023 11:48 UTC+99", "Jan 01, 0001 12:00 am UTC+05",
                                  "Dec 31, 9999 11:59 pm UTC-01"])
def test_html_display_dates_never_raise(text: str) -> None:
    from core.importers.meta_html import parse_display_date

    assert parse_display_date(text, None) is None
