"""Hostile inputs: truncated, random, empty, bomb-like, traversal, encrypted, deeply nested, linked."""

from __future__ import annotations

import os
import random
import struct
import zipfile
from pathlib import Path

from tests.builders.archive import meta_json, write_zip
from tests.builders.facebook import g3

APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"


def truncated_zip(path: Path) -> Path:
    full = write_zip(g3(), path.with_name(path.stem + "-full.zip"))
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    full.unlink()
    return path


def random_bytes(path: Path, n: int = 64 * 1024) -> Path:
    path.write_bytes(random.Random(7).randbytes(n))
    return path


def empty_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w"):
        pass
    return path


def _patch_sizes(path: Path, member: str, declared: int) -> None:
    """Rewrite the uncompressed size a member declares (local header and central directory)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    # Local file header: signature PK\3\4, uncompressed size at offset 22.
    i = data.find(b"PK\x03\x04")
    while i >= 0:
        nlen = struct.unpack_from("<H", data, i + 26)[0]
        if bytes(data[i + 30: i + 30 + nlen]) == name:
            struct.pack_into("<I", data, i + 22, declared)
        i = data.find(b"PK\x03\x04", i + 4)
    # Central directory header: signature PK\1\2, uncompressed size at offset 24.
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        nlen = struct.unpack_from("<H", data, i + 28)[0]
        if bytes(data[i + 46: i + 46 + nlen]) == name:
            struct.pack_into("<I", data, i + 24, declared)
        i = data.find(b"PK\x01\x02", i + 4)
    path.write_bytes(bytes(data))


def declared_bomb(path: Path, declared: int = 3_000_000_000) -> Path:
    """A zip whose connected-apps member declares ~3 GB uncompressed (stop before reading)."""
    write_zip(g3(), path)
    _patch_sizes(path, APPS, declared)
    return path


def ratio_bomb(path: Path, size: int = 40 * 1024 * 1024) -> Path:
    """A real high-ratio member: megabytes of zeros where JSON should be."""
    files = dict(g3())
    files[APPS] = b"{" + b" " * size + b"}"
    return write_zip(files, path)


def traversal_zip(path: Path) -> Path:
    files = dict(g3())
    files["../../evil.json"] = b"{}"
    files["/etc/evil.json"] = b"{}"
    files["C:/Windows/evil.json"] = b"{}"
    files["apps_and_websites_off_of_facebook/../../escape.json"] = b"{}"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name)  # ZipInfo keeps the raw name (writestr would sanitise some)
            zi.filename = name
            zf.writestr(zi, data)
    return path


def encrypted_zip(path: Path, *, only_encrypted: bool = True) -> Path:
    """Mark the connected-apps member (or every member) as encrypted (general-purpose flag bit 0)."""
    files = {APPS: meta_json({"installed_apps_v2": [{"name": "Secret", "added_timestamp": 1, "category": "active"}]})}
    if not only_encrypted:
        files.update(g3())
        files[APPS] = files[APPS]
    write_zip(files, path, compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    name = APPS.encode()
    for sig, flag_off, nlen_off, name_off in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        i = data.find(sig)
        while i >= 0:
            nlen = struct.unpack_from("<H", data, i + nlen_off)[0]
            if bytes(data[i + name_off: i + name_off + nlen]) == name:
                flags = struct.unpack_from("<H", data, i + flag_off)[0]
                struct.pack_into("<H", data, i + flag_off, flags | 0x1)
            i = data.find(sig, i + 4)
    path.write_bytes(bytes(data))
    return path


def deep_json_zip(path: Path, depth: int = 200_000) -> Path:
    files = dict(g3())
    files[APPS] = b"[" * depth + b"]" * depth
    return write_zip(files, path)


def wrong_types_zip(path: Path) -> Path:
    files = dict(g3())
    files[APPS] = meta_json({"installed_apps_v2": [
        "not a record", 42, None, {"name": 17}, {"name": "", "category": "active"},
        {"name": "Good App", "added_timestamp": "junk", "user_app_scoped_id": {"x": 1}, "category": 5,
         "removed_timestamp": [1]},
        {"name": "Float Id App", "added_timestamp": 1.5e9, "user_app_scoped_id": 1.5, "category": "active"},
    ]})
    files["apps_and_websites_off_of_facebook/your_off-facebook_activity.json"] = meta_json(
        {"off_facebook_activity_v2": {"name": "should be a list"}})
    return write_zip(files, path)


def symlink_loop_folder(path: Path, outside: Path) -> Path:
    from tests.builders.archive import write_folder

    write_folder(g3(), path)
    os.symlink(".", path / "loop")  # a folder linking to itself
    os.symlink(path, path / "apps_and_websites_off_of_facebook" / "back-to-root")
    outside.write_text('{"installed_apps_v2": [{"name": "Outside Secret", "category": "active"}]}')
    os.symlink(outside, path / "outside.json")
    os.symlink(path / "missing-target", path / "dangling")
    return path
