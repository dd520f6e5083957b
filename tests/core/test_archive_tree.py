"""The archive engine: merged trees, wrapper folders, suffix lookup, limits and lazy bounded reads."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.archive import Limits, open_tree
from core.errors import ArchiveError, ArchiveTooLarge, Cancelled, EncryptedArchive
from core.tasks import CancelToken, Progress
from tests.builders import hostile
from tests.builders.archive import with_prefix, write, write_zip
from tests.builders.facebook import g3

APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"


@pytest.mark.parametrize("kind", ["zip", "tgz", "folder"])
def test_wrapper_folder_and_litter_are_ignored(tmp_path: Path, kind: str) -> None:
    files = with_prefix(g3(), "facebook-robin")
    files["__MACOSX/facebook-robin/._apps.json"] = b"\x00junk"
    files["facebook-robin/.DS_Store"] = b"junk"
    path = write(files, tmp_path / "export", kind)
    with open_tree([str(path)]) as tree:
        m = tree.find(APPS)
        assert m is not None and m.path == APPS
        assert m.full == f"facebook-robin/{APPS}"
        assert not any("__MACOSX" in x.path or x.name == ".DS_Store" for x in tree.members())
        assert tree.read_json(m)["installed_apps_v2"][0]["name"] == "Netflix"


def test_drive_download_double_wrapper(tmp_path: Path) -> None:
    path = write_zip(with_prefix(g3(), "Takeout Drive/facebook-robin"), tmp_path / "x.zip")
    with open_tree([str(path)]) as tree:
        assert tree.find(APPS) is not None


def test_suffix_lookup_is_path_boundary_and_ambiguity_is_not_found(tmp_path: Path) -> None:
    files = {"a/settings.json": b"{}", "b/settings.json": b"{}", "c/my_settings.json": b"{}", "d/x/unique.json": b"1"}
    path = write_zip(files, tmp_path / "t.zip")
    with open_tree([str(path)]) as tree:
        assert tree.find("settings.json") is None  # two matches: ambiguous
        assert tree.find("a/settings.json") is not None
        assert tree.find("unique.json").path == "d/x/unique.json"
        assert tree.find("x/unique.json") is not None
        assert tree.find("nique.json") is None  # not at a path boundary
        assert len(tree.find_all("settings.json")) == 2


def test_two_parts_merge_into_one_tree(tmp_path: Path) -> None:
    files = with_prefix(g3(), "facebook-robin")
    keys = sorted(files)
    p1 = write_zip({k: files[k] for k in keys[::2]}, tmp_path / "part1.zip")
    p2 = write_zip({k: files[k] for k in keys[1::2]}, tmp_path / "part2.zip")
    with open_tree([str(p1), str(p2)]) as tree:
        assert len(tree) == len(files)
        assert tree.find(APPS) is not None
        assert tree.find("ads_information/advertisers_using_your_activity_or_information.json") is not None


def test_zip64_archive_is_read(tmp_path: Path) -> None:
    path = tmp_path / "z64.zip"
    with zipfile.ZipFile(path, "w", allowZip64=True) as zf:
        for name, data in g3().items():
            with zf.open(name, "w", force_zip64=True) as f:
                f.write(data)
    with open_tree([str(path)]) as tree:
        assert tree.read_json(tree.find(APPS))["installed_apps_v2"]


def test_declared_size_over_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = hostile.declared_bomb(tmp_path / "bomb.zip")
    with open_tree([str(path)]) as tree:
        m = tree.find(APPS)
        assert m.size == 3_000_000_000
        with pytest.raises(ArchiveTooLarge) as e:
            tree.read_bytes(m)
        assert tree.bytes_read == 0
        assert e.value.member == APPS


def test_compression_ratio_bomb_is_refused(tmp_path: Path) -> None:
    path = hostile.ratio_bomb(tmp_path / "ratio.zip")
    with open_tree([str(path)]) as tree:
        with pytest.raises(ArchiveTooLarge, match="zip bomb"):
            tree.read_bytes(tree.find(APPS))


def test_actual_size_is_capped_while_streaming(tmp_path: Path) -> None:
    path = write_zip({"big.json": b"x" * 3_000_000}, tmp_path / "big.zip", compression=zipfile.ZIP_STORED)
    with open_tree([str(path)], Limits(max_member_bytes=1_000_000)) as tree:
        with pytest.raises(ArchiveTooLarge):
            tree.read_bytes(tree.find("big.json"))
        assert tree.bytes_read <= 1_000_000 + 1024 * 1024


def test_member_count_limit(tmp_path: Path) -> None:
    path = write_zip({f"f{i}.txt": b"" for i in range(50)}, tmp_path / "many.zip")
    with pytest.raises(ArchiveTooLarge):
        open_tree([str(path)], Limits(max_members=10))


def test_traversal_names_are_skipped_with_a_warning(tmp_path: Path) -> None:
    path = hostile.traversal_zip(tmp_path / "trav.zip")
    with open_tree([str(path)]) as tree:
        names = [m.path for m in tree.members()]
        assert not any("evil" in n or "escape" in n for n in names)
        assert any("unsafe names" in w for w in tree.warnings)
    assert not (tmp_path.parent / "evil.json").exists()


def test_encrypted_member_says_password_protected(tmp_path: Path) -> None:
    path = hostile.encrypted_zip(tmp_path / "enc.zip")
    with open_tree([str(path)]) as tree:
        with pytest.raises(EncryptedArchive):
            tree.read_bytes(tree.find(APPS))


@pytest.mark.parametrize(
    ("maker", "reason"),
    [(hostile.truncated_zip, "truncated"), (hostile.random_bytes, "not_archive")],
)
def test_unreadable_inputs_raise_typed_errors(tmp_path: Path, maker, reason: str) -> None:
    path = maker(tmp_path / "bad.zip")
    with pytest.raises(ArchiveError) as e:
        open_tree([str(path)])
    assert e.value.reason == reason


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as e:
        open_tree([str(tmp_path / "nope.zip")])
    assert e.value.reason == "missing"
    (tmp_path / "zero.zip").write_bytes(b"")
    with pytest.raises(ArchiveError) as e:
        open_tree([str(tmp_path / "zero.zip")])
    assert e.value.reason == "empty"


def test_truncated_tgz_keeps_what_was_read(tmp_path: Path) -> None:
    full = write(g3(), tmp_path / "t", "tgz")
    data = full.read_bytes()
    (tmp_path / "cut.tgz").write_bytes(data[: int(len(data) * 0.9)])
    try:
        with open_tree([str(tmp_path / "cut.tgz")]) as tree:
            assert any("ends early" in w for w in tree.warnings)
    except ArchiveError as e:  # cut before the first member ended: a clear error instead
        assert e.reason == "truncated"


def test_symlink_loop_and_outside_links_in_folder(tmp_path: Path) -> None:
    root = hostile.symlink_loop_folder(tmp_path / "export", tmp_path / "secret.json")
    with open_tree([str(root)]) as tree:
        paths = {m.path for m in tree.members()}
        assert APPS in paths
        assert "outside.json" not in paths
        assert any("outside the folder" in w for w in tree.warnings)
        assert len(paths) < 100  # the loop was not followed forever


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = write_zip(g3(), tmp_path / "p.zip")
    seen: list[Progress] = []
    token = CancelToken()
    with open_tree([str(path)], progress=seen.append, cancel=token) as tree:
        tree.read_bytes(tree.find(APPS))
        assert seen and seen[-1].bytes_read > 0 and seen[-1].item == APPS
        token.cancel()
        with pytest.raises(Cancelled):
            tree.read_bytes(tree.find(APPS))


def test_iter_lines_streams_and_bounds_line_length(tmp_path: Path) -> None:
    path = write_zip({"a.jsonl": b'{"a": 1}\n{"a": 2}\r\n{"a": 3}', "b.jsonl": b"x" * 5000}, tmp_path / "l.zip")
    with open_tree([str(path)], Limits(max_line_bytes=1000)) as tree:
        assert list(tree.iter_lines(tree.find("a.jsonl"))) == ['{"a": 1}', '{"a": 2}', '{"a": 3}']
        with pytest.raises(ArchiveTooLarge):
            list(tree.iter_lines(tree.find("b.jsonl")))


def test_archive_is_never_modified(tmp_path: Path) -> None:
    path = write_zip(with_prefix(g3(), "facebook-robin"), tmp_path / "x.zip")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with open_tree([str(path)]) as tree:
        for m in tree.members():
            tree.read_bytes(m)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


_PARTS = st.sampled_from(["a", "b", "Data", "x.json", ".", "..", "", "._x", ".DS_Store", "__MACOSX", "C:", "c.d",
                          "Thumbs.db", "é", "a\\b"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PARTS, min_size=1, max_size=4).map("/".join), min_size=1, max_size=12))
def test_fast_and_careful_zip_indexing_agree(names: list[str]) -> None:
    """The C-speed path for clean archives must list exactly what the per-name careful path lists."""
    import tempfile

    from core.archive.sources import ZipSource

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for n in dict.fromkeys(names):
                info = zipfile.ZipInfo(n or "x")
                info.filename = n  # keep the raw name, however odd
                zf.writestr(info, b"1")
        src = ZipSource(str(path), Limits())
        fast = list(src.names)
        src._infos, src._names = [], None
        src._slow_index(src._zf.infolist())
        careful = list(src.names)
        src.close()
    assert fast == careful


def test_listing_a_tarball_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    files = {f"Takeout/Drive/f{i:05d}.txt": b"x" for i in range(2500)}
    files["Takeout/archive_browser.html"] = b"<html></html>"
    path = write(files, tmp_path / "t", "tgz")
    seen: list[Progress] = []
    with open_tree([str(path)], progress=seen.append) as tree:
        assert len(tree) == 2501
    assert [p.done for p in seen if p.stage == "index"] == [1000, 2000]
    token = CancelToken()

    def cancel_at_first_report(p: Progress) -> None:
        if p.stage == "index":
            token.cancel()

    with pytest.raises(Cancelled):
        open_tree([str(path)], progress=cancel_at_first_report, cancel=token)


def test_tarball_documents_are_kept_from_the_listing_pass(tmp_path: Path) -> None:
    """gzip cannot seek back: small documents are read while listing, not by decompressing again later."""
    files = {"Takeout/Chrome/Extensions.json": b'{"Extensions": []}', "Takeout/Photos/p.jpg": b"\xff" * 1000}
    path = write(files, tmp_path / "t", "tgz")
    with open_tree([str(path)]) as tree:
        src = tree.inputs[0]

        def no_second_pass(*_a: object) -> None:
            raise AssertionError("decompressed again")

        src._tf.extractfile = no_second_pass  # type: ignore[attr-defined]
        assert tree.read_json(tree.find("Chrome/Extensions.json")) == {"Extensions": []}
        with pytest.raises(ArchiveError, match="decompressed again"):
            tree.read_bytes(tree.find("Photos/p.jpg"))  # media is not kept: read on demand


def test_tarball_compression_bomb_is_refused_while_listing(tmp_path: Path) -> None:
    path = write({"Takeout/zeros.bin": b"\0" * (4 * 1024 * 1024)}, tmp_path / "bomb", "tgz")
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(ArchiveTooLarge, match="compression bomb"):
        open_tree([str(path)], Limits(ratio_floor_bytes=1024 * 1024))
