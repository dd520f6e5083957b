"""The streaming central-directory reader agrees with zipfile on every fixture, and every archive limit still trips."""

from __future__ import annotations

import inspect
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from core.archive import Limits, open_tree
from core.archive.sources import ZipSource
from core.archive.tree import ArchiveTree
from core.archive.zipindex import StreamingZipSource, iter_entries, open_entry
from core.errors import ArchiveError, ArchiveTooLarge, EncryptedArchive
from core.scan import scan_paths
from tests.builders import discord, facebook, hostile, instagram, meta_html, reddit, takeout, x
from tests.builders.archive import with_prefix, write_zip
from tests.builders.facebook import g3

APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"
FIELDS = ("filename", "orig_filename", "file_size", "compress_size", "CRC", "flag_bits", "compress_type",
          "header_offset", "external_attr", "create_system", "create_version", "extract_version", "date_time",
          "extra", "comment")


def _fixtures() -> list[tuple[str, Callable[[], dict[str, bytes]]]]:
    """Every builder function that makes a whole export from nothing (g1..g5, 2022/2023, layouts, parts, ...)."""
    out = []
    for mod in (facebook, instagram, x, takeout, discord, reddit, meta_html):
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if fn.__module__ != mod.__name__ or name.startswith("_"):
                continue
            params = inspect.signature(fn).parameters.values()
            if any(p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD for p in params):
                continue
            files = fn()
            if isinstance(files, dict) and files and all(isinstance(v, bytes) for v in files.values()):
                out.append((f"{mod.__name__.rsplit('.', 1)[-1]}.{name}", fn))
    return out


FIXTURES = _fixtures()


def _odd_zips(tmp: Path) -> list[Path]:
    """Layouts zipfile handles that a hand-written reader could get wrong."""
    paths = []
    p = tmp / "methods.zip"  # every compression method, a folder entry, a comment, cp437 and UTF-8 names
    with zipfile.ZipFile(p, "w") as zf:
        zf.comment = b"archive comment"
        zf.writestr(zipfile.ZipInfo("wrap/"), b"")
        for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            zf.writestr(f"wrap/m{method}.json", b'{"a": 1}' * 100, compress_type=method)
        zi = zipfile.ZipInfo("wrap/caf\u00e9 \u00e4pps.json")
        zi.comment = b"member comment"
        zf.writestr(zi, b"{}")
        zf.writestr("wrap/\u6587\u5b57.json", b"[]")
    paths.append(p)
    p = tmp / "zip64.zip"  # zip64 records forced for a small archive
    with zipfile.ZipFile(p, "w", allowZip64=True) as zf:
        for i in range(3):
            with zf.open(f"d/big{i}.json", "w", force_zip64=True) as w:
                w.write(b"[1, 2, 3]")
    paths.append(p)
    p = tmp / "sfx.zip"  # a self-extracting stub before the zip: every offset shifts
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        for name, data in g3().items():
            zf.writestr(name, data)
    p.write_bytes(b"MZ" + b"\0" * 4094 + inner.getvalue())
    paths.append(p)
    p = tmp / "link.zip"  # a Unix symlink entry among media files
    with zipfile.ZipFile(p, "w") as zf:
        for name, data in g3().items():
            zf.writestr(name, data)
        for i in range(20):
            zf.writestr(f"photos/{i}.jpg", b"\xff\xd8" * 10)
        zi = zipfile.ZipInfo("photos/link.jpg")
        zi.create_system = 3
        zi.external_attr = (0o120777 << 16)
        zf.writestr(zi, b"/etc/passwd")
    paths.append(p)
    return paths


def _all_zips(tmp: Path) -> list[Path]:
    paths = [write_zip(with_prefix(fn(), f"export-{i}/"), tmp / f"{label}.zip") for i, (label, fn) in
             enumerate(FIXTURES)]
    paths += [hostile.traversal_zip(tmp / "trav.zip"), hostile.encrypted_zip(tmp / "enc.zip", only_encrypted=False),
              hostile.declared_bomb(tmp / "declared.zip"), hostile.wrong_types_zip(tmp / "types.zip"),
              hostile.empty_zip(tmp / "empty.zip")]
    return paths + _odd_zips(tmp)


def test_fixtures_were_found() -> None:
    labels = {label for label, _ in FIXTURES}
    assert {"facebook.g1", "facebook.g3", "facebook.g5", "instagram.g2023", "takeout.part1"} <= labels


def test_every_entry_of_every_fixture_agrees_with_zipfile(tmp_path: Path) -> None:
    for path in _all_zips(tmp_path):
        with zipfile.ZipFile(path) as zf, open(path, "rb") as f:
            ours = [e for _, e in iter_entries(f, str(path))]
            theirs = zf.infolist()
            assert len(ours) == len(theirs), path.name
            for e, zi in zip(ours, theirs, strict=True):
                assert {k: getattr(e, k) for k in FIELDS} == {k: getattr(zi, k) for k in FIELDS}, (path.name, zi)
                if zi.is_dir() or zi.flag_bits & 0x1 or zi.filename == APPS and path.name == "declared.zip":
                    continue
                with open_entry(str(path), e) as r:
                    assert r.read() == zf.read(zi), (path.name, zi.filename)


def test_streaming_source_keeps_every_document_and_every_folder(tmp_path: Path) -> None:
    for path in _all_zips(tmp_path):
        if path.name == "empty.zip":
            continue
        old, new = ZipSource(str(path), Limits()), StreamingZipSource(str(path), Limits())
        try:
            docs = [n for n in old.names if n.lower().endswith((".json", ".js", ".csv", ".html", ".htm", ".txt"))]
            assert set(new.names) <= set(old.names), path.name
            assert set(docs) <= set(new.names), path.name
            assert new.warnings == old.warnings, path.name
            folders = {n.rsplit("/", 1)[0] for n in old.names if "/" in n}
            t_old, t_new = ArchiveTree([old], Limits()), ArchiveTree([new], Limits())
            assert all(t_new.has_dir(d) for d in folders), path.name
            for n in docs:
                a, b = t_old.find(n), t_new.find(n)
                assert (a is None) == (b is None), (path.name, n)
                if a is not None and b is not None and not a.encrypted and a.size < 1_000_000:
                    assert t_new.read_bytes(b) == t_old.read_bytes(a)
        finally:
            old.close()
            new.close()


def test_a_scan_finds_the_same_grants_with_media_dropped(tmp_path: Path) -> None:
    files = with_prefix(g3(), "facebook-robin/")
    for i in range(300):
        files[f"facebook-robin/messages/inbox/chat_{i % 7}/photos/{i}.jpg"] = b"\xff\xd8" * 8
    path = write_zip(files, tmp_path / "fb.zip")
    src = StreamingZipSource(str(path), Limits())
    try:
        assert len(src.names) < 40, "media files beyond one per folder are not kept"
    finally:
        src.close()
    inv = scan_paths([str(path)])
    plain = scan_paths([str(write_zip(g3(), tmp_path / "p.zip"))])
    assert inv.grants and [g.app for g in inv.grants] == [g.app for g in plain.grants]


# --- every limit still trips ------------------------------------------------------------------------------------


def test_member_count_limit_counts_media_that_is_not_kept(tmp_path: Path) -> None:
    files = dict(g3())
    files.update({f"photos/{i}.jpg": b"" for i in range(50)})
    path = write_zip(files, tmp_path / "many.zip")
    with pytest.raises(ArchiveTooLarge):
        open_tree([str(path)], Limits(max_members=20))
    with open_tree([str(path)], Limits(max_members=100)) as tree:
        assert tree.find(APPS) is not None


def test_member_count_limit_trips_while_reading_even_if_the_end_record_lies(tmp_path: Path) -> None:
    path = write_zip({f"f{i}.json": b"{}" for i in range(50)}, tmp_path / "lie.zip")
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8:end + 12] = (5).to_bytes(2, "little") * 2  # entries on this disk / in total: 5
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveTooLarge):
        StreamingZipSource(str(path), Limits(max_members=10))


def test_declared_size_and_ratio_limits(tmp_path: Path) -> None:
    with open_tree([str(hostile.declared_bomb(tmp_path / "d.zip"))]) as tree:
        with pytest.raises(ArchiveTooLarge):
            tree.read_bytes(tree.find(APPS))
        assert tree.bytes_read == 0, "refused before reading"
    with open_tree([str(hostile.ratio_bomb(tmp_path / "r.zip", size=2 * 1024 * 1024))],
                   Limits(ratio_floor_bytes=1024 * 1024)) as tree:
        with pytest.raises(ArchiveTooLarge):
            tree.read_bytes(tree.find(APPS))


def test_actual_size_is_capped_while_streaming(tmp_path: Path) -> None:
    files = dict(g3())
    files["big.json"] = b"[" + b"1," * 1_000_000 + b"1]"
    path = write_zip(files, tmp_path / "big.zip")
    hostile._patch_sizes(path, "big.json", 10)  # claims 10 bytes
    with open_tree([str(path)], Limits(max_member_bytes=1000)) as tree:
        with pytest.raises((ArchiveTooLarge, ArchiveError)):
            tree.read_bytes(tree.find("big.json"))
        assert tree.bytes_read <= 1000 + 1024 * 1024


def test_unsafe_names_and_links_among_media_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in g3().items():
            zf.writestr(name, data)
        for name in ("../../evil.jpg", "/etc/evil.jpg", "photos/../../escape.jpg", "photos/ok.jpg"):
            zi = zipfile.ZipInfo(name)
            zi.filename = name
            zf.writestr(zi, b"x")
        zi = zipfile.ZipInfo("photos/link.jpg")
        zi.create_system, zi.external_attr = 3, 0o120777 << 16
        zf.writestr(zi, b"/etc/passwd")
        zf.writestr("__MACOSX/photos/._ok.jpg", b"junk")
    with open_tree([str(path)]) as tree:
        names = [m.path for m in tree.members()]
        assert not any("evil" in n or "escape" in n or "link" in n or "MACOSX" in n for n in names)
        assert any("3 member(s) with unsafe names" in w for w in tree.warnings)
        assert "skipped link photos/link.jpg" in tree.warnings


def test_encrypted_truncated_and_not_a_zip(tmp_path: Path) -> None:
    with open_tree([str(hostile.encrypted_zip(tmp_path / "enc.zip"))]) as tree:
        with pytest.raises(EncryptedArchive):
            tree.read_bytes(tree.find(APPS))
    with pytest.raises(ArchiveError) as e:
        open_tree([str(hostile.truncated_zip(tmp_path / "t.zip"))])
    assert e.value.reason == "truncated"
    p = tmp_path / "cut-directory.zip"
    data = write_zip(g3(), tmp_path / "whole.zip").read_bytes()
    end = data.rfind(b"PK\x05\x06")
    p.write_bytes(data[:end - 30] + data[end:])  # the central directory loses its last 30 bytes
    with pytest.raises(ArchiveError):
        StreamingZipSource(str(p), Limits())
