"""The streaming central-directory reader agrees with zipfile on every fixture, and every archive limit still trips."""

from __future__ import annotations

import inspect
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from core.archive import Limits, open_tree
from core.archive.sources import InputSource, ZipSource
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


# --- the fast path (media dropped without decoding) decides exactly as the per-entry rule -----------------------


def _per_entry_rule(path: Path) -> tuple[list[str], list[str]]:
    """Names and warnings of the plain per-entry rule, over zipfile's list: keep every document, the first file
    of each folder, links and suspect names; then the careful per-name rules over what was kept."""
    from core.archive.zipindex import _SUSPECT, _keeps

    kept, modes, folders = [], [], set()
    with zipfile.ZipFile(path) as zf:
        for zi in zf.infolist():
            name = zi.filename
            if name.endswith("/"):
                continue
            folder = name[: name.rfind("/") + 1]
            top = zi.external_attr >> 28
            if _keeps(name) or folder not in folders or top >= 0xA or not name or _SUSPECT.search(name):
                folders.add(folder)
                kept.append(name)
                modes.append(top | (0x10 if zi.create_system == 3 else 0))
    src = StreamingZipSource.__new__(StreamingZipSource)
    InputSource.__init__(src, str(path))
    src._careful(kept, modes)
    return src.names, src.warnings


def _media_zip(path: Path, odd: list[tuple[str, bool]], media: int = 400) -> Path:
    """Many media files in a few folders, with `odd` entries (name, is a Unix link) spread among them."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in with_prefix(g3(), "facebook-robin/").items():
            zf.writestr(name, data)
        step = max(1, media // (len(odd) + 1))
        for i in range(media):
            zf.writestr(f"facebook-robin/{('posts/media', 'photos/album', 'chat_1/photos')[i % 3]}/{i:05d}.jpg", b"x")
            if i % step == step - 1 and odd:
                name, link = odd.pop(0)
                zi = zipfile.ZipInfo("placeholder")
                zi.filename = name  # kept as given: NUL, backslashes and all
                if link:
                    zi.create_system, zi.external_attr = 3, 0o120777 << 16
                zf.writestr(zi, b"x")
    return path


ODD = [("facebook-robin/posts/media/../../../evil.jpg", False), ("facebook-robin/photos/album/.hidden.jpg", False),
       ("facebook-robin/photos/album/Thumbs.db", False), ("facebook-robin/posts/media/a:b.jpg", False),
       ("facebook-robin/posts/media/back\\slash.jpg", False), ("facebook-robin/chat_1/photos/nul\0.jpg", False),
       ("facebook-robin/chat_1/photos/link.jpg", True), ("facebook-robin/posts/media/x..jpg", False),
       ("__MACOSX/facebook-robin/posts/media/._1.jpg", False), ("facebook-robin/posts/media/LOUD.JSON", False),
       ("facebook-robin/posts/media/caf\u00e9.jpg", False), ("facebook-robin/new folder/late.jpg", False),
       ("facebook-robin/chat_1/photos/desktop.ini", False), ("/facebook-robin/posts/media/abs.jpg", False)]


@pytest.mark.parametrize("block", [64, 300, 4096, 1 << 22])
def test_fast_index_decides_as_the_per_entry_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  block: int) -> None:
    from core.archive import zipindex

    monkeypatch.setattr(zipindex, "_FIRST_BLOCK", block)  # small blocks: records cross block ends, many blocks
    monkeypatch.setattr(zipindex, "_BLOCK", block * 2)
    monkeypatch.setattr(zipindex, "_LONGEST", 46 + 120)  # no record here is longer: each block is indexed at once
    for odd in [ODD, ODD[::-1], ODD[:1], ODD[5:7], []]:
        path = _media_zip(tmp_path / "m.zip", list(odd))
        src = StreamingZipSource(str(path), Limits())
        try:
            names, warnings = _per_entry_rule(path)
            assert (src.names, src.warnings) == (names, warnings), odd
            assert len(src.names) < 60, "media beyond one per folder are dropped"
            assert not any("evil" in n or "link" in n or "Thumbs" in n or "MACOSX" in n for n in src.names)
        finally:
            src.close()
        path.unlink()


def test_warnings_for_names_among_media_in_a_large_archive(tmp_path: Path) -> None:
    path = _media_zip(tmp_path / "m.zip", [("facebook-robin/chat_1/photos/link.jpg", True),
                                          ("facebook-robin/posts/media/../../x.jpg", False),
                                          ("C:/x.jpg", False)], media=60_000)
    with open_tree([str(path)]) as tree:
        assert "skipped link chat_1/photos/link.jpg" in " ".join(tree.warnings).replace("facebook-robin/", "")
        assert any("2 member(s) with unsafe names" in w for w in tree.warnings)
        assert tree.has_dir("chat_1/photos") and tree.find(APPS) is not None


def test_member_count_limit_trips_in_a_later_block(tmp_path: Path) -> None:
    path = _media_zip(tmp_path / "m.zip", [], media=60_000)
    with pytest.raises(ArchiveTooLarge):
        StreamingZipSource(str(path), Limits(max_members=59_000))
    StreamingZipSource(str(path), Limits(max_members=61_000)).close()


@pytest.mark.parametrize("block", [64, 1 << 22])
def test_a_media_name_that_is_not_utf8_fails_as_in_zipfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           block: int) -> None:
    from core.archive import zipindex

    monkeypatch.setattr(zipindex, "_FIRST_BLOCK", block)
    path = _media_zip(tmp_path / "m.zip", [("facebook-robin/posts/media/caf\u00e9.jpg", False)], media=200)
    ok = StreamingZipSource(str(path), Limits())
    assert "facebook-robin/posts/media/caf\u00e9.jpg" not in ok.names, "a clean UTF-8 media name is dropped"
    ok.close()
    path.write_bytes(path.read_bytes().replace("caf\u00e9".encode(), b"caf\xc3("))  # flagged UTF-8, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        zipfile.ZipFile(path)
    with pytest.raises(ArchiveError):
        StreamingZipSource(str(path), Limits())


def test_records_longer_than_a_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.archive import zipindex

    monkeypatch.setattr(zipindex, "_FIRST_BLOCK", 64)
    monkeypatch.setattr(zipindex, "_BLOCK", 4096)
    deep = "facebook-robin/" + "/".join(["d" * 200] * 30)  # a 6 KB folder name: every record spans blocks
    path = _media_zip(tmp_path / "m.zip", [(f"{deep}/{i}.jpg", False) for i in range(5)]
                      + [(f"{deep}/x..jpg", False), (f"{deep}/notes.TXT", False)], media=300)
    src = StreamingZipSource(str(path), Limits())
    try:
        assert (src.names, src.warnings) == _per_entry_rule(path)
        assert f"{deep}/notes.TXT" in src.names and f"{deep}/x..jpg" in src.names
    finally:
        src.close()
