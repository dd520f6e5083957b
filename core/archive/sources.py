"""Backends that list and open members of one input: a zip file, a tarball or a folder."""

from __future__ import annotations

import io
import lzma
import operator
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import IO

from core.archive.limits import Limits
from core.archive.paths import is_ignored, normalize_member_name
from core.errors import ArchiveError, ArchiveTooLarge, EncryptedArchive
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

# Anything that needs the careful per-name path: traversal, absolute or drive paths, backslashes,
# empty or dot components, and OS litter (__MACOSX, ._*, .DS_Store, Thumbs.db, desktop.ini).
# Plain substring tests over all names joined by NUL run in C, far faster than a regex.
# Names are joined with "/" behind a leading "/", so "//" also catches an absolute name and "/." a
# component starting with a dot at the start of a name.
_SUSPICIOUS = ("\\", ":", "..", "//", "/.", "__MACOSX", "Thumbs.db", "desktop.ini")


#: Files importers read (JSON, X's .js, CSV, HTML, text); tarball members of these kinds are cached.
DOCUMENT_SUFFIXES = (".json", ".js", ".jsonl", ".csv", ".html", ".htm", ".txt")
TAR_CACHE_FILE_BYTES = 16 * 1024 * 1024
TAR_CACHE_TOTAL_BYTES = 64 * 1024 * 1024  # keeps a scan well inside its 150 MB memory budget


#: Everything a decompressor or archive reader raises on damaged data (bz2 raises OSError, lzma LZMAError,
#: gzip EOFError or BadGzipFile); each maps to the input's typed ArchiveError.
DECOMPRESS_ERRORS: tuple[type[BaseException], ...] = (
    tarfile.TarError, zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError,
    NotImplementedError, KeyError, IndexError, OverflowError,
)


def _suspicious(file_names: list[str]) -> bool:
    """True when any name needs the careful path; `file_names` hold no folder entries (no trailing "/")."""
    joined = "/" + "/".join(file_names)
    return any(s in joined for s in _SUSPICIOUS)


@dataclass(slots=True)
class RawMember:
    """A regular file inside one input, before wrapper folders are stripped."""

    name: str  # normalized relative path inside the input
    size: int  # declared uncompressed size
    compressed: int  # compressed size (== size for folders and tar)
    encrypted: bool
    ref: object  # backend handle (ZipInfo, TarInfo, absolute path)


class InputSource:
    """Base class: one user-given path."""

    kind = "input"

    def __init__(self, path: str) -> None:
        self.path = path
        self.members: list[RawMember] = []
        self.warnings: list[str] = []
        self._names: list[str] | None = None

    @property
    def names(self) -> list[str]:
        """Normalized member names, index-aligned with raw()."""
        if self._names is None:
            self._names = [m.name for m in self.members]
        return self._names

    def raw(self, i: int) -> RawMember:
        return self.members[i]

    def open_member(self, m: RawMember) -> IO[bytes]:
        raise NotImplementedError

    def close(self) -> None:
        """Release file handles."""


def sniff(path: str) -> str:
    """Decide the input type by content, not by name: 'folder', 'zip', 'tar', or raise ArchiveError."""
    p = Path(path)
    if not os.path.lexists(path):
        raise ArchiveError(f"{path}: no such file or folder", path=path, reason="missing")
    if p.is_dir():
        return "folder"
    try:
        st = p.stat()
    except OSError as e:
        raise ArchiveError(f"{path}: {e.strerror}", path=path, reason="unreadable") from e
    if not stat.S_ISREG(st.st_mode):
        raise ArchiveError(f"{path}: not a regular file", path=path, reason="not_archive")
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError as e:
        raise ArchiveError(f"{path}: {e.strerror}", path=path, reason="unreadable") from e
    if not head:
        raise ArchiveError(f"{path}: the file is empty", path=path, reason="empty")
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00" or head[257:262] == b"ustar":
        return "tar"
    if zipfile.is_zipfile(path):  # self-extracting or prefixed zips
        return "zip"
    raise ArchiveError(f"{path}: not a zip, tar or folder", path=path, reason="not_archive")


class ZipSource(InputSource):
    kind = "zip"

    def __init__(self, path: str, limits: Limits) -> None:
        super().__init__(path)
        try:
            self._zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            size = os.path.getsize(path)
            reason = "truncated" if size > 0 else "empty"
            raise ArchiveError(f"{path}: {e}", path=path, reason=reason) from e
        except DECOMPRESS_ERRORS as e:
            raise ArchiveError(f"{path}: {e}", path=path, reason="corrupt") from None
        infos = self._zf.infolist()
        if len(infos) > limits.max_members:
            self._zf.close()
            raise ArchiveTooLarge(
                f"{path}: {len(infos)} members", path=path, size=len(infos), limit=limits.max_members
            )
        self._infos: list[zipfile.ZipInfo] = []
        # Fast path for the common, clean archive: C-level map/compress over tens of thousands of entries,
        # no per-member Python code. Unix mode bits 0xA... (links) or above (sockets) take the careful path.
        names_raw = list(map(attrgetter("filename"), infos))
        top_mode = max(map(attrgetter("external_attr"), infos), default=0) >> 28
        if top_mode >= 0xA or "" in names_raw:
            self._slow_index(infos)
            return
        is_file = list(map(operator.ne, map(itemgetter(-1), names_raw), repeat("/")))
        names = list(compress(names_raw, is_file))
        if _suspicious(names):
            self._slow_index(infos)
        else:
            self._infos = list(compress(infos, is_file))
            self._names = names

    def _slow_index(self, infos: list[zipfile.ZipInfo]) -> None:
        unsafe = 0
        names: list[str] = []
        for info in infos:
            fn = info.filename
            if fn[-1:] == "/":
                continue
            name = normalize_member_name(fn)
            if name is None:
                unsafe += 1
                continue
            if not name or is_ignored(name):
                continue
            # Unix symlinks stored in zips (mode S_IFLNK in the high 16 bits) are never followed.
            if info.external_attr >> 28 == 0xA and info.create_system == 3:
                self.warnings.append(f"skipped link {name}")
                continue
            names.append(name)
            self._infos.append(info)
        self._names = names
        if unsafe:
            self.warnings.append(f"skipped {unsafe} member(s) with unsafe names (../, absolute or drive paths)")

    def raw(self, i: int) -> RawMember:
        info = self._infos[i]
        return RawMember(self.names[i], info.file_size, info.compress_size, bool(info.flag_bits & 0x1), info)

    def open_member(self, m: RawMember) -> IO[bytes]:
        if m.encrypted:
            raise EncryptedArchive(f"{self.path}: {m.name} is password-protected", path=self.path, member=m.name)
        try:
            return self._zf.open(m.ref)  # type: ignore[arg-type]
        except RuntimeError as e:  # zipfile raises RuntimeError for encrypted members
            raise EncryptedArchive(str(e), path=self.path, member=m.name) from e
        except DECOMPRESS_ERRORS as e:
            raise ArchiveError(f"{self.path}: {m.name}: {e}", path=self.path, reason="corrupt") from None

    def close(self) -> None:
        self._zf.close()


class _BoundedTarInfo(tarfile.TarInfo):
    """TarInfo that refuses huge GNU long-name and PAX header records before tarfile reads them into memory."""

    max_header_bytes = 64 * 1024

    def _check_header(self) -> None:
        if self.size > self.max_header_bytes:
            raise ArchiveTooLarge(f"a {self.size}-byte header record (long name or PAX) in the tarball",
                                  size=self.size, limit=self.max_header_bytes)

    def _proc_gnulong(self, tarfile: tarfile.TarFile) -> tarfile.TarInfo:
        self._check_header()
        return super()._proc_gnulong(tarfile)  # type: ignore[misc, no-any-return]

    def _proc_pax(self, tarfile: tarfile.TarFile) -> tarfile.TarInfo:
        self._check_header()
        return super()._proc_pax(tarfile)  # type: ignore[misc, no-any-return]


class TarSource(InputSource):
    kind = "tar"

    def __init__(self, path: str, limits: Limits, cancel: CancelToken | None = None,
                 progress: ProgressFn = no_progress) -> None:
        super().__init__(path)
        try:
            tarinfo = type("_TarInfo", (_BoundedTarInfo,), {"max_header_bytes": limits.max_header_bytes})
            self._tf = tarfile.open(path, "r:*", tarinfo=tarinfo)
        except ArchiveTooLarge as e:
            e.path = path
            raise
        except DECOMPRESS_ERRORS as e:
            raise ArchiveError(f"{path}: {e}", path=path, reason="corrupt") from None
        unsafe = links = count = 0
        # Reading a member of a compressed tarball later means decompressing again from the start (gzip
        # cannot seek back), so small documents are kept while the one listing pass goes by them anyway.
        self._cached: dict[str, bytes] = {}
        cached_total = declared_total = held = 0
        compressed_size = max(os.path.getsize(path), 1)
        try:
            for info in self._tf:
                count += 1
                declared_total += max(info.size, 0)
                # Every byte the index holds counts: names (GNU long names reach megabytes), link targets,
                # PAX records, and the TarInfo object itself (tarfile keeps one per member).
                held += 300 + len(info.name) + len(info.linkname) + sum(
                    len(k) + len(v) for k, v in info.pax_headers.items())
                if held > limits.max_index_bytes:
                    raise ArchiveTooLarge(
                        f"{path}: member names and headers take more than {limits.max_index_bytes // (1024 * 1024)}"
                        " MB", path=path, size=held, limit=limits.max_index_bytes)
                if declared_total > limits.ratio_floor_bytes and declared_total > compressed_size * limits.max_ratio:
                    raise ArchiveTooLarge(
                        f"{path}: {declared_total} bytes packed into {compressed_size} look like a compression bomb",
                        path=path, size=declared_total, limit=int(compressed_size * limits.max_ratio))
                if count > limits.max_members:
                    raise ArchiveTooLarge(f"{path}: too many members", path=path, size=count, limit=limits.max_members)
                if count % 1000 == 0:
                    # Listing a tarball means decompressing all of it (Takeout parts reach 50 GB): keep the
                    # window informed and cancellable while it runs.
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    progress(Progress("index", count, 0, 0, path))
                if info.isdir():
                    continue
                name = normalize_member_name(info.name)
                if name is None:
                    unsafe += 1
                    continue
                if not name or is_ignored(name):
                    continue
                if info.issym() or info.islnk():
                    links += 1
                    continue
                if not info.isfile():
                    continue
                self.members.append(RawMember(name, info.size, info.size, False, info))
                if (info.size <= TAR_CACHE_FILE_BYTES and cached_total + info.size <= TAR_CACHE_TOTAL_BYTES
                        and name.lower().endswith(DOCUMENT_SUFFIXES)):
                    f = self._tf.extractfile(info)
                    data = f.read() if f is not None else b""
                    if len(data) == info.size:
                        self._cached[name] = data
                        cached_total += len(data)
        except ArchiveTooLarge as e:
            self._tf.close()
            e.path = e.path or path
            raise
        except DECOMPRESS_ERRORS as e:
            if not self.members:
                self._tf.close()
                raise ArchiveError(f"{path}: {e}", path=path, reason="truncated") from None
            self.warnings.append("the archive ends early (truncated download?): later files are missing")
        if unsafe:
            self.warnings.append(f"skipped {unsafe} member(s) with unsafe names (../, absolute or drive paths)")
        if links:
            self.warnings.append(f"skipped {links} link(s) inside the archive")

    def open_member(self, m: RawMember) -> IO[bytes]:
        data = self._cached.get(m.name)
        if data is not None:
            return io.BytesIO(data)
        try:
            f = self._tf.extractfile(m.ref)  # type: ignore[arg-type]
        except DECOMPRESS_ERRORS as e:
            raise ArchiveError(f"{self.path}: {m.name}: {e}", path=self.path, reason="corrupt") from None
        if f is None:
            raise ArchiveError(f"{self.path}: {m.name} is not a file", path=self.path, reason="corrupt")
        return f

    def close(self) -> None:
        self._tf.close()


class FolderSource(InputSource):
    kind = "folder"

    def __init__(self, path: str, limits: Limits, cancel: CancelToken | None = None) -> None:
        super().__init__(path)
        root = os.path.realpath(path)
        self._root = root
        self._unreadable = []
        seen_dirs: set[tuple[int, int]] = set()
        outside = loops = special = 0
        for rel, full in self._walk(root, "", seen_dirs, limits, cancel, 0):
            try:
                st = os.stat(full)  # follows links: only links that stay inside reach here
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                special += 1
                continue
            self.members.append(RawMember(rel, st.st_size, st.st_size, False, full))
            if len(self.members) > limits.max_members:
                raise ArchiveTooLarge(f"{path}: too many files", path=path, size=len(self.members),
                                      limit=limits.max_members)
        outside, loops = self._outside, self._loops
        if self._unreadable:
            shown = ", ".join(self._unreadable[:5]) + (f" and {len(self._unreadable) - 5:,} more"
                                                      if len(self._unreadable) > 5 else "")
            self.warnings.append(f"could not open {len(self._unreadable)} folder(s) (permissions?): {shown}; "
                                 "their files were skipped")
        if outside:
            self.warnings.append(f"did not follow {outside} link(s) pointing outside the folder")
        if loops:
            self.warnings.append(f"skipped {loops} link loop(s)")
        if special:
            self.warnings.append(f"skipped {special} special file(s)")

    _outside = 0
    _loops = 0
    _unreadable: list[str]

    def _inside(self, real: str) -> bool:
        return real == self._root or real.startswith(self._root.rstrip(os.sep) + os.sep)

    def _walk(
        self, full_dir: str, rel_dir: str, seen: set[tuple[int, int]], limits: Limits,
        cancel: CancelToken | None, depth: int,
    ) -> Iterator[tuple[str, str]]:
        if depth > limits.max_depth:
            self._loops += 1
            return
        try:
            st = os.stat(full_dir)
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            self._loops += 1
            return
        seen.add(key)
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            entries = sorted(os.scandir(full_dir), key=lambda e: e.name)
        except OSError:
            self._unreadable.append(rel_dir or ".")
            return
        for e in entries:
            rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
            if is_ignored(rel):
                continue
            if e.is_symlink():
                real = os.path.realpath(e.path)
                if not self._inside(real):
                    self._outside += 1
                    continue
                if os.path.isdir(real):
                    yield from self._walk(real, rel, seen, limits, cancel, depth + 1)
                elif os.path.exists(real):
                    yield rel, real
                else:
                    self._loops += 1  # dangling or self-referencing link
                continue
            if e.is_dir(follow_symlinks=False):
                yield from self._walk(e.path, rel, seen, limits, cancel, depth + 1)
            else:
                yield rel, e.path

    def open_member(self, m: RawMember) -> IO[bytes]:
        try:
            return open(m.ref, "rb")  # type: ignore[call-overload, no-any-return]
        except OSError as e:
            raise ArchiveError(f"{m.name}: {e.strerror}", path=self.path, reason="unreadable") from e
