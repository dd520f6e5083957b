"""A generated corpus of hostile inputs (issue 12, items 1–16): bombs, damaged compression, pathological JSON
and HTML, huge names, control characters, bad output targets. Everything is built at test time; nothing binary
is committed. Each case says which issue items it covers and which exit codes `main.py scan` may give."""

from __future__ import annotations

import io
import json
import os
import random
import struct
import tarfile
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.builders import discord as dc
from tests.builders import meta_html as mh
from tests.builders import reddit
from tests.builders import x as xb
from tests.builders.archive import Files, meta_json, with_prefix, write_folder, write_zip
from tests.builders.facebook import V2_APPS, g3

MB = 1024 * 1024
APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"
HTML_APPS = "apps_and_websites_off_of_facebook/connected_apps_and_websites.html"


@dataclass
class Case:
    """One hostile input: `build(folder)` makes it and returns the scan arguments (after `scan`)."""

    name: str
    items: tuple[int, ...]
    build: Callable[[Path], list[str]]
    exits: frozenset[int] = frozenset({0, 3})
    #: Safe to run through the window's loader in the quick UI pass (small and quick to read).
    fast: bool = False
    #: Extra checks on (folder, completed process): each returns an error message or "".
    checks: list[Callable[[Path, object], str]] = field(default_factory=list)
    #: Output path written by the case (relative to the case folder), when it passes -o.
    output: str | None = "out.json"
    stdout_to: str | None = None  # e.g. "/dev/full"
    #: CPU seconds the scan may use, when not the corpus's default (tests/core/test_hostile_corpus.py SECONDS).
    cpu_seconds: float | None = None


# --- raw zip writing: precompressed members, fast even for thousands of megabyte-sized entries ----------

def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def raw_zip(path: Path, entries: list[tuple[str, bytes, int, int]], plain: Files | None = None) -> Path:
    """A zip of `plain` files plus (name, raw deflate data, crc32, size) entries written without recompressing."""
    out = io.BytesIO()
    central = []
    allentries = [(n, _deflate(d), zlib.crc32(d), len(d)) for n, d in (plain or {}).items()] + entries
    for name, comp, crc, size in allentries:
        nb = name.encode("utf-8")
        off = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 8, 0, 0x21, crc, len(comp), size,
                              len(nb), 0))
        out.write(nb)
        out.write(comp)
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0x800, 8, 0, 0x21, crc, len(comp),
                                   size, len(nb), 0, 0, 0, 0, 0, off) + nb)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    n = len(central)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, min(n, 0xFFFF), min(n, 0xFFFF),
                          out.tell() - cd_off, cd_off, 0))
    path.write_bytes(out.getvalue())
    return path


def _repeated(piece: bytes, size: int, prefix: bytes = b"", suffix: bytes = b"",
              level: int = 6) -> tuple[bytes, int, int]:
    """Raw deflate data, crc and size of prefix + `piece` repeated to `size` bytes + suffix, chunk by chunk."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    chunk = piece * (MB // len(piece))
    parts, crc, done = [c.compress(prefix)], zlib.crc32(prefix), 0
    while done < size:
        block = chunk[: min(len(chunk), size - done)]
        parts.append(c.compress(block))
        crc = zlib.crc32(block, crc)
        done += len(block)
    parts.append(c.compress(suffix))
    parts.append(c.flush())
    return b"".join(parts), zlib.crc32(suffix, crc), len(prefix) + size + len(suffix)


def _flip_middle(path: Path, n: int = 64) -> Path:
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    for i in range(mid, min(mid + n, len(data) - 8)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _noise(n: int) -> bytes:
    """Incompressible-looking but deterministic bytes (so the flipped region lands inside compressed data)."""
    out, x = bytearray(), 12345
    for _ in range(n // 4):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out += struct.pack("<I", x)
    return bytes(out)


def _tar(files: Files, path: Path, mode: str, fmt: int = tarfile.GNU_FORMAT) -> Path:
    with tarfile.open(path, mode, format=fmt) as tf:
        for name, data in files.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    return path


# --- checks ---------------------------------------------------------------------------------------------

def doc_of(folder: Path) -> dict:
    return json.loads((folder / "out.json").read_text("utf-8"))


def has_grant(name: str) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        apps = {g["app"] for g in doc_of(folder)["grants"]}
        return "" if name in apps else f"{name!r} missing from grants {sorted(apps)[:8]}"
    return check


def lacks_grant(name: str) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        return f"{name!r} should not be listed" if name in {g["app"] for g in doc_of(folder)["grants"]} else ""
    return check


def warns(words: str) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        ws = [w for s in doc_of(folder)["sources"] for w in s["warnings"]]
        return "" if any(words in w for w in ws) else f"no warning with {words!r} in {ws[:6]}"
    return check


def stderr_has(words: str) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        return "" if words in r.stderr else f"stderr lacks {words!r}: {r.stderr[-300:]!r}"  # type: ignore[attr-defined]
    return check


def warning_lines_at_most(n: int) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        lines = [ln for ln in r.stderr.splitlines() if ln.startswith("warning:")]  # type: ignore[attr-defined]
        return "" if len(lines) <= n else f"{len(lines)} warning lines (at most {n})"
    return check


# --- builders -------------------------------------------------------------------------------------------

def _discord_with(entries: list[tuple[str, bytes, int, int]], folder: Path) -> list[str]:
    raw_zip(folder / "discord.zip", entries, dc.old_layout())
    return [str(folder / "discord.zip")]


def discord_invalid_json_docs(folder: Path) -> list[str]:
    # Item 1: each invalid document is 1 MB; keeping every JSONDecodeError (its .doc) would hold 400 MB.
    data = b'{"name": "' + b"A" * MB
    comp, crc, size = _deflate(data), zlib.crc32(data), len(data)
    entries = [(f"account/applications/7{i:017d}/application.json", comp, crc, size) for i in range(400)]
    return _discord_with(entries, folder)


def discord_zero_members(folder: Path) -> list[str]:
    # Item 8: 300 members of (8 MB - 1) zeros, each just under the per-member ratio check: 2.4 GB in total.
    comp, crc, size = _repeated(b"\0", 8 * MB - 1)
    entries = [(f"account/applications/8{i:017d}/application.json", comp, crc, size) for i in range(300)]
    return _discord_with(entries, folder)


def discord_many_invalid_files(folder: Path) -> list[str]:
    # Item 7: 60,000 small invalid files must not print 60,000 warning lines.
    data = b"{"
    comp, crc = _deflate(data), zlib.crc32(data)
    entries = [(f"account/applications/9{i:017d}/application.json", comp, crc, 1) for i in range(60_000)]
    return _discord_with(entries, folder)


def x_manifest_missing(folder: Path) -> list[str]:
    files = dict(xb.v2())
    names = [f"data/connected-application-part{i}.js" for i in range(2, 100_002)]
    doc = {"userInfo": {"userName": "robin"}, "dataTypes": {
        "connectedApplication": {"files": [{"fileName": "data/connected-application.js"}]
                                 + [{"fileName": n} for n in names]}}}
    files["data/manifest.js"] = b"window.__THAR_CONFIG = " + json.dumps(doc).encode()
    return [str(write_zip(files, folder / "x.zip"))]


def x_million_permissions(folder: Path) -> list[str]:
    files = dict(xb.v2())
    bad = [{"connectedApplication": {"name": "Greedy App", "id": "424242", "approvedAt": "2020-01-01T00:00:00Z",
                                     "permissions": [f"p{i}" for i in range(1_000_000)]}}]
    files["data/connected-application-part1.js"] = xb.js("YTD.connected_application.part1", bad)
    return [str(write_zip(files, folder / "x.zip"))]


def x_manifest_repeated_names(folder: Path) -> list[str]:
    """100,000 listed names whose file name is shared by 20,000 members: every lookup must stay indexed."""
    files = dict(xb.v2())
    for i in range(20_000):
        files[f"data/p{i}/dup.js"] = b"window.YTD.x.part0 = []"
    doc = {"userInfo": {"userName": "robin"}, "dataTypes": {
        "connectedApplication": {"files": [{"fileName": "data/connected-application.js"}]
                                 + [{"fileName": f"data/q{i}/dup.js"} for i in range(100_000)]}}}
    files["data/manifest.js"] = b"window.__THAR_CONFIG = " + json.dumps(doc).encode()
    return [str(write_zip(files, folder / "x.zip", compression=zipfile.ZIP_STORED))]


def _x_with_approved(value: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(xb.v2())
        bad = [{"connectedApplication": {"name": "Odd Date App", "id": "31337", "permissions": ["read"],
                                         "approvedAt": value}}]
        files["data/connected-application-part1.js"] = xb.js("YTD.connected_application.part1", bad)
        return [str(write_zip(files, folder / "x.zip"))]
    return build


def _fb_apps_text(extra_record: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(g3())
        text = files[APPS].decode()
        i = text.index("[") + 1
        files[APPS] = (text[:i] + extra_record + "," + text[i:]).encode()
        return [str(write_zip(files, folder / "fb.zip"))]
    return build


def fb_odd_sections(folder: Path) -> list[str]:
    """Junk values of the wrong type in the profile and off-Facebook activity: those sections only are lost."""
    files = dict(g3())
    files["profile_information/profile_information.json"] = meta_json(
        {"profile_v2": {"name": {"full_name": "Robin Example"}, "phone_numbers": 3.5}})
    files["apps_and_websites_off_of_facebook/your_off-facebook_activity.json"] = meta_json({
        "off_facebook_activity_v2": [{"name": "Odd Shop", "events": [{"id": [1, 2], "type": {"x": 1},
                                                                       "timestamp": 10**30}]}]})
    return [str(write_zip(files, folder / "fb.zip"))]


def html_bad_offset(folder: Path) -> list[str]:
    files = dict(mh.fb_2024())
    files[HTML_APPS] = mh.page("Connected apps and websites", "<h2>Active</h2>" + mh.section(
        "Offset App", [mh.row("App Name", "Offset App"), mh.row("Date Added", "Jul 09, 2023 11:48 UTC+99")]))
    return [str(write_zip(files, folder / "fb-html.zip"))]


def discord_deep_line(folder: Path) -> list[str]:
    deep = '{"event_type": "oauth2_authorize_accepted", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    files = dc.old_layout(dc.EVENTS + [deep])
    return [str(write_zip(files, folder / "discord.zip"))]


def discord_million_scopes(folder: Path) -> list[str]:
    """One authorization event listing 1,000,000 distinct scopes (a quadratic de-duplication would hang)."""
    line = json.dumps({"event_type": "oauth2_authorize_accepted", "application_id": "700000000000000042",
                       "scopes": [f"s{i}" for i in range(1_000_000)]})
    return [str(write_zip(dc.old_layout(dc.EVENTS + [line]), folder / "discord.zip"))]


def _compressed_tar(mode: str, suffix: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(g3())
        files["padding/noise.bin"] = _noise(256 * 1024)  # so the flipped bytes land inside compressed data
        path = _tar(files, folder / f"fb{suffix}", mode)
        return [str(_flip_middle(path))]
    return build


def tar_xz_truncated(folder: Path) -> list[str]:
    files = dict(g3())
    files["padding/noise.bin"] = _noise(256 * 1024)
    path = _tar(files, folder / "fb.tar.xz", "w:xz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return [str(path)]


def _zip_method(method: int) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = write_zip(g3(), folder / "fb.zip", compression=method)
        # Damage the apps member's compressed data (found by its local header).
        data = bytearray(path.read_bytes())
        i = data.find(b"PK\x03\x04")
        name = APPS.encode()
        while i >= 0:
            nlen, xlen = struct.unpack_from("<HH", data, i + 26)
            if bytes(data[i + 30: i + 30 + nlen]) == name:
                csize = struct.unpack_from("<I", data, i + 18)[0]
                start = i + 30 + nlen + xlen
                for k in range(start + csize // 3, start + csize // 3 + min(32, csize // 3)):
                    data[k] ^= 0xA5
                break
            i = data.find(b"PK\x03\x04", i + 4)
        path.write_bytes(bytes(data))
        return [str(path)]
    return build


def stale(value: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        return [str(write_zip(g3(), folder / "fb.zip")), "--stale-days", value]
    return build


def _output(target: str | Callable[[Path], str]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        out = target(folder) if callable(target) else target
        return [str(write_zip(g3(), folder / "fb.zip")), "-o", out, "--format", "json"]
    return build


def _readonly_folder(folder: Path) -> str:
    ro = folder / "read-only"
    ro.mkdir()
    ro.chmod(0o555)
    return str(ro / "out.json")


def _directory_target(folder: Path) -> str:
    (folder / "a-folder.json").mkdir()
    return str(folder / "a-folder.json")


def _html(body: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(mh.fb_2024())
        files[HTML_APPS] = body.encode()
        return [str(write_zip(files, folder / "fb-html.zip"))]
    return build


def tar_long_names(count: int, length: int) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(g3())
        for i in range(count):
            files[f"{i:04d}/" + "n" * length] = b"x"
        return [str(_tar(files, folder / "names.tgz", "w:gz"))]
    return build


def tar_pax_headers(folder: Path) -> list[str]:
    path = folder / "pax.tgz"
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as tf:
        for name, data in g3().items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
        for i in range(1100):
            ti = tarfile.TarInfo(f"pax/{i}.txt")
            ti.pax_headers = {"comment": "c" * (60 * 1024)}
            tf.addfile(ti, io.BytesIO(b""))
    return [str(path)]


def json_ints(size: int, *, varied: bool = True) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        if not varied:  # [1,1,...]: refused by its declared size before anything is read
            comp, crc, n = _repeated(b"1,", size - 3, b"[", b"1]")
            plain = {k: v for k, v in g3().items() if k != APPS}
            return [str(raw_zip(folder / "ints.zip", [(APPS, comp, crc, n)], plain))]
        # [n,n,...,1] with small random numbers repeating every ~40 KB (beyond deflate's window): valid JSON,
        # about size/2.5 values, compressing ~3:1 so it is not mistaken for a zip bomb.
        rnd = random.Random(size)
        block = ",".join(str(rnd.randrange(100)) for _ in range(16_000)).encode() + b","
        comp, crc, n = _repeated(block, size - 3, b"[", b"1]", level=1)
        plain = {k: v for k, v in g3().items() if k != APPS}
        return [str(raw_zip(folder / "ints.zip", [(APPS, comp, crc, n)], plain))]
    return build


def long_name(size: int, fmt: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(g3())
        name = random.Random(size).randbytes(size // 2).hex()  # barely compressible: not taken for a bomb
        apps = [*V2_APPS, {"name": name, "added_timestamp": 1500000000, "category": "active"}]
        files[APPS] = meta_json({"installed_apps_v2": apps})
        return [str(write_zip(files, folder / "fb.zip")), "-o", str(folder / f"out.{fmt}")]
    return build


ESC_NAME = "\x1b]0;pwned\x07\x1b[2J\rwarning: discord: all good\n"


def control_char_members(folder: Path) -> list[str]:
    files = dict(dc.old_layout())
    files[f"account/applications/{ESC_NAME}/application.json"] = b"{ not json"
    return [str(write_zip(files, folder / "discord.zip"))]


def control_char_folder(folder: Path) -> list[str]:
    root = write_folder(dc.old_layout(), folder / "export")
    bad = root / "account" / "applications" / "\x1b[31mred\x07"
    bad.mkdir(parents=True)
    (bad / "application.json").write_bytes(b"[ not json")
    return [str(root)]


def duplicate_entries(folder: Path) -> list[str]:
    path = folder / "dupes.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in g3().items():
                if name != APPS:
                    zf.writestr(name, data)
            for label in ("First Copy App", "Last Copy App"):
                zf.writestr(APPS, meta_json({"installed_apps_v2": [
                    {"name": label, "added_timestamp": 1500000000, "category": "active"}]}))
    return [str(path)]


def unreadable_subfolder(folder: Path) -> list[str]:
    root = write_folder(g3(), folder / "export")
    locked = root / "locked_folder"
    locked.mkdir()
    (locked / "inside.json").write_text("{}")
    locked.chmod(0)
    return [str(root)]


def redact_wrapper(folder: Path) -> list[str]:
    z = write_zip(with_prefix(reddit.export(), "reddit-robinexample-2026"), folder / "reddit.zip")
    return [str(z), "--redact"]


def _csv_named(name: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        files = dict(g3())
        apps = [*V2_APPS, {"name": name, "added_timestamp": 1500000000, "category": "active"}]
        files[APPS] = meta_json({"installed_apps_v2": apps})
        return [str(write_zip(files, folder / "fb.zip")), "-o", str(folder / "out.csv")]
    return build


def csv_neutralised(folder: Path, r: object) -> str:
    import csv

    rows = list(csv.reader(io.StringIO((folder / "out.csv").read_text("utf-8-sig"), newline="")))
    bad = [c for row in rows[1:] for c in row if "=HYPERLINK" in c and not c.startswith("'")]
    return f"formula left live: {bad!r}" if bad else ""


def output_device_intact(folder: Path, r: object) -> str:
    import stat

    return "" if stat.S_ISCHR(os.stat("/dev/full").st_mode) else "/dev/full is no longer a device"


def no_wrapper_name(folder: Path, r: object) -> str:
    text = (folder / "out.json").read_text("utf-8")
    return "the wrapper folder's user name is still in the output" if "robinexample" in text else ""


def small_file(name: str, limit: int) -> Callable[[Path, object], str]:
    def check(folder: Path, r: object) -> str:
        n = (folder / name).stat().st_size
        return "" if n <= limit else f"{name} is {n} bytes"
    return check


def no_control_chars(folder: Path, r: object) -> str:
    err = r.stderr  # type: ignore[attr-defined]
    if any(c in err for c in "\x1b\x07\r"):
        return "raw control characters on stderr"
    fake = [ln for ln in err.splitlines() if ln.startswith("warning: discord: all good")]
    return "a fake warning line was printed" if fake else ""


# --- the corpus -----------------------------------------------------------------------------------------

def cases() -> list[Case]:
    html_base = "<html><head><title>Apps</title></head><body>"
    return [
        Case("discord-invalid-json-docs", (1,), discord_invalid_json_docs,
             exits=frozenset({0}), checks=[warns("more like this")]),
        Case("discord-zero-members-bomb", (8, 1), discord_zero_members, exits=frozenset({0}),
             checks=[warns("MB of data files to read")]),
        # 60,000 members, each opened and parsed: 7.8-10 s of CPU on the 2-core development machine on 2026-12-05
        # (6.9 s on a quieter day). Twice that is still far from a hang or from work growing faster than the members.
        Case("discord-60k-invalid-files", (7,), discord_many_invalid_files, exits=frozenset({0}),
             checks=[warns("more like this"), warning_lines_at_most(30)], cpu_seconds=20.0),
        Case("x-manifest-100k-missing", (7,), x_manifest_missing, exits=frozenset({0}), fast=True,
             checks=[warns("more like this"), warning_lines_at_most(30)]),
        Case("x-manifest-100k-repeated-names", (7,), x_manifest_repeated_names, exits=frozenset({0}),
             checks=[warns("more like this"), warning_lines_at_most(30)]),
        Case("x-1m-permissions", (7,), x_million_permissions, exits=frozenset({0}), fast=True,
             checks=[has_grant("Greedy App")]),
        Case("discord-1m-scopes", (7,), discord_million_scopes, exits=frozenset({0}), fast=True),
        Case("tar-xz-flipped", (2,), _compressed_tar("w:xz", ".tar.xz"), fast=True),
        Case("tar-bz2-flipped", (2,), _compressed_tar("w:bz2", ".tar.bz2"), fast=True),
        Case("tgz-flipped", (2,), _compressed_tar("w:gz", ".tgz"), fast=True),
        Case("tar-xz-truncated", (2,), tar_xz_truncated, fast=True),
        Case("zip-lzma-member-damaged", (2,), _zip_method(zipfile.ZIP_LZMA), fast=True),
        Case("zip-bz2-member-damaged", (2,), _zip_method(zipfile.ZIP_BZIP2), fast=True),
        Case("fb-epoch-10e400", (3,), _fb_apps_text(
            '{"name": "Overflow App", "added_timestamp": 1' + "0" * 400 + ', "category": "active"}'),
            exits=frozenset({0}), fast=True, checks=[has_grant("Slideshow Maker"), has_grant("Overflow App")]),
        Case("fb-epoch-digit-string", (3,), _fb_apps_text(
            '{"name": "Digits App", "added_timestamp": "' + "9" * 5000 + '", "category": "active"}'),
            exits=frozenset({0}), fast=True, checks=[has_grant("Slideshow Maker"), has_grant("Digits App")]),
        Case("x-approved-year-0001", (3,), _x_with_approved("0001-01-01T00:00:00+05:00"), exits=frozenset({0}),
             fast=True, checks=[has_grant("Odd Date App")]),
        Case("x-approved-year-9999", (3,), _x_with_approved("9999-12-31T23:59:59-01:00"), exits=frozenset({0}),
             fast=True, checks=[has_grant("Odd Date App")]),
        Case("fb-odd-section-values", (3,), fb_odd_sections, exits=frozenset({0}), fast=True,
             checks=[has_grant("Slideshow Maker")]),
        Case("html-date-offset-utc+99", (3,), html_bad_offset, exits=frozenset({0}), fast=True,
             checks=[has_grant("Offset App")]),
        Case("discord-events-5000-deep", (3,), discord_deep_line, exits=frozenset({0}), fast=True,
             checks=[warns("not valid JSON")]),
        Case("stale-days-0", (4,), stale("0"), exits=frozenset({2}), output=None),
        Case("stale-days-huge", (4,), stale("9999999999"), exits=frozenset({2}), output=None),
        Case("stale-days-text", (4,), stale("ninety"), exits=frozenset({2}), output=None),
        Case("out-proc", (5,), _output("/proc/x.json"), exits=frozenset({3}), output=None),
        Case("out-dev-full", (5,), _output("/dev/full"), exits=frozenset({3}), output=None,
             checks=[output_device_intact]),
        Case("stdout-dev-full", (5,), lambda f: [str(write_zip(g3(), f / "fb.zip"))], exits=frozenset({3}),
             output=None, stdout_to="/dev/full"),
        Case("out-is-a-folder", (5,), _output(_directory_target), exits=frozenset({3}), output=None),
        Case("out-read-only-folder", (5,), _output(_readonly_folder), output="read-only/out.json"),  # root: 0
        Case("out-missing-folder", (5,), _output(lambda f: str(f / "nope" / "out.json")), exits=frozenset({3}),
             output=None),
        Case("html-100k-unclosed-tables", (6, 10), _html(html_base + "<table><tr><td>x" * 100_000),
             exits=frozenset({0})),
        Case("html-title-then-1.5m-br", (6, 10), _html("<html><title>" + "a<br>" * 1_500_000),
             exits=frozenset({0})),
        Case("html-unterminated-end-tags", (6,), _html(html_base + "</" * 400_000 + "<!--"), exits=frozenset({0}),
             fast=True),
        Case("html-unterminated-decls", (6,), _html(html_base + "<!" * 400_000 + "<!--"), exits=frozenset({0}),
             fast=True),
        Case("html-unterminated-pis", (6,), _html(html_base + "<?" * 400_000 + "<!--"), exits=frozenset({0}),
             fast=True),
        Case("html-unterminated-tags", (6,), _html(html_base + "<a " * 400_000 + "<!--"), exits=frozenset({0}),
             fast=True),
        Case("tar-gnu-longname-4mb", (9,), tar_long_names(40, 4 * MB), exits=frozenset({3})),
        Case("tar-gnu-longnames-total", (9,), tar_long_names(1100, 60 * 1024), exits=frozenset({3})),
        Case("tar-pax-headers-total", (9,), tar_pax_headers, exits=frozenset({3})),
        Case("json-ints-250mb", (9,), json_ints(250 * MB, varied=False), exits=frozenset({0}),
             checks=[warns("safety limit")]),
        Case("json-ints-60mb", (9,), json_ints(60 * MB), exits=frozenset({0}), checks=[warns("JSON values")]),
        Case("long-name-1mb-pdf", (11,), long_name(MB, "pdf"), exits=frozenset({0}), output="out.pdf",
             checks=[small_file("out.pdf", 2 * MB)]),
        Case("long-name-10mb-json-kept-whole", (11,), long_name(10 * MB, "json"), exits=frozenset({0}),
             checks=[lambda f, r: "" if any(len(g["app"]) == 10 * MB for g in doc_of(f)["grants"])
                     else "the JSON export should keep the whole name"]),
        Case("long-name-10mb-md", (11,), long_name(10 * MB, "md"), exits=frozenset({0}), output="out.md",
             checks=[small_file("out.md", MB)]),
        Case("control-chars-in-member-names", (12,), control_char_members, exits=frozenset({0}), fast=True,
             checks=[no_control_chars]),
        Case("control-chars-in-folder-names", (12, 14), control_char_folder, exits=frozenset({0}), fast=True,
             checks=[no_control_chars]),
        Case("duplicate-zip-entries", (13,), duplicate_entries, exits=frozenset({0}), fast=True,
             checks=[warns("the last copy of each was used"), has_grant("Last Copy App"),
                     lacks_grant("First Copy App")]),
        Case("unreadable-subfolder", (14,), unreadable_subfolder, exits=frozenset({0}), fast=True,
             checks=[] if os.geteuid() == 0 else [warns("could not open 1 folder")]),
        Case("redact-wrapper-folder", (15,), redact_wrapper, exits=frozenset({0}), fast=True,
             checks=[no_wrapper_name]),
        Case("csv-zero-width-formula", (16,), _csv_named('\u200b=HYPERLINK("https://evil.example","x")'),
             exits=frozenset({0}), output="out.csv", fast=True, checks=[csv_neutralised]),
        Case("csv-invisible-formulas", (16,), _csv_named('\u00a0\u2060\ufeff=HYPERLINK("https://e.example")'),
             exits=frozenset({0}), output="out.csv", fast=True, checks=[csv_neutralised]),
    ]


