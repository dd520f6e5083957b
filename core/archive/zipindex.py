"""A streaming zip central-directory reader: every entry is checked, only the members an importer can use are kept."""

from __future__ import annotations

import io
import os
import re
import struct
import threading
import zipfile
from array import array
from collections.abc import Callable, Iterator
from typing import IO, Any, BinaryIO, NamedTuple, cast

from core.archive.limits import Limits
from core.archive.paths import is_ignored, normalize_member_name
from core.archive.sources import _SUSPICIOUS, DOCUMENT_SUFFIXES, InputSource, RawMember, _suspicious
from core.errors import ArchiveError, ArchiveTooLarge, EncryptedArchive

# The records of APPNOTE.TXT, laid out as zipfile lays them out.
_EOCD = struct.Struct("<4s4H2LH")  # end of central directory: 22 bytes + comment
_EOCD64_LOCATOR = struct.Struct("<4sLQL")  # 20 bytes, right before the end record
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # 56 bytes, right before the locator
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # one central-directory entry: 46 bytes + name, extra, comment
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header: 30 bytes + name, extra
_MAX_COMMENT = 0xFFFF
_UTF8_NAMES = 0x800
_ENCRYPTED = 0x1
_READ_BUFFER = 1024 * 1024
# The fields the index needs of a central-directory entry: signature, the name, extra and comment lengths,
# external attributes (the made-by system and the flags are read as bytes 5 and 9 when needed).
_FAST = struct.Struct("<4s24x3H4xL4x")
_LONGEST = _CENTRAL.size + 3 * 0xFFFF  # the longest central-directory record
_BLOCK = 1024 * 1024  # central-directory bytes read at once by the index
_FIRST_BLOCK = 64 * 1024
#: The last 4 bytes of media file names: never a document's (case-insensitive DOCUMENT_SUFFIXES), so a file
#: ending so in a folder already seen is dropped without decoding its name.
_MEDIA_TAILS = frozenset(x for s in ("jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff",
                                     "mp4", "mov", "m4v", "avi", "mkv", "webm", "3gp", "mp3", "m4a", "aac", "ogg",
                                     "opus", "wav", "amr", "pdf", "zip", "vcf", "ics", "srt", "vtt")
                         for x in ((("." + s)[-4:]).encode(), (("." + s)[-4:]).upper().encode()))
#: What makes a file name (after its last "/") suspect, searched in "\n" + the names joined by "\n":
#: sources._SUSPICIOUS within one name component, a leading "." ("/." there), and NUL (zipfile cuts the name there).
_BAD_BASE = (b"\n.", b"\\", b":", b"..", b"\0", b"__MACOSX", b"Thumbs.db", b"desktop.ini")


#: Members up to this compressed size are read whole through the archive's one open handle.
SMALL_MEMBER = 256 * 1024


class ZipEntry(NamedTuple):
    """One central-directory entry, with the fields zipfile.ZipInfo would carry (a NamedTuple: a tenth of a frozen
    dataclass's cost to define, paid by every CLI run)."""

    filename: str
    orig_filename: str
    file_size: int
    compress_size: int
    CRC: int
    flag_bits: int
    compress_type: int
    header_offset: int  # where the local header starts in the file (a prefix before the zip included)
    external_attr: int
    create_system: int
    create_version: int
    extract_version: int
    date_time: tuple[int, int, int, int, int, int]
    extra: bytes
    comment: bytes

    @property
    def is_dir(self) -> bool:
        return self.filename.endswith("/")

    def zipinfo(self) -> zipfile.ZipInfo:
        """The ZipInfo zipfile would have made for this entry (what ZipExtFile needs to read it)."""
        zi = zipfile.ZipInfo(self.orig_filename, self.date_time)
        zi.file_size, zi.compress_size, zi.CRC = self.file_size, self.compress_size, self.CRC
        zi.flag_bits, zi.compress_type, zi.header_offset = self.flag_bits, self.compress_type, self.header_offset
        zi.external_attr, zi.create_system = self.external_attr, self.create_system
        zi.create_version, zi.extract_version = self.create_version, self.extract_version
        zi.extra, zi.comment = self.extra, self.comment
        return zi


def _bad(path: str, why: str) -> ArchiveError:
    size = os.path.getsize(path) if os.path.exists(path) else 0
    return ArchiveError(f"{path}: {why}", path=path, reason="truncated" if size > 0 else "empty")


def _directory_location(f: BinaryIO, path: str) -> tuple[int, int, int, int]:
    """(entries, central directory size, its offset in the file, bytes before the zip) from the end records."""
    f.seek(0, os.SEEK_END)
    size = f.tell()
    tail_len = min(size, _EOCD.size + _MAX_COMMENT)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    while pos >= 0 and pos + _EOCD.size > len(tail):
        pos = tail.rfind(b"PK\x05\x06", 0, pos)
    if pos < 0:
        raise _bad(path, "File is not a zip file")
    _sig, _disk, _disk_cd, _n_here, entries, cd_size, cd_offset, _clen = _EOCD.unpack_from(tail, pos)
    end_at = size - tail_len + pos
    loc_at = end_at - _EOCD64_LOCATOR.size
    if loc_at >= 0:
        f.seek(loc_at)
        loc = f.read(_EOCD64_LOCATOR.size)
        if len(loc) == _EOCD64_LOCATOR.size and loc[:4] == b"PK\x06\x07":
            _s, _d, _off, disks = _EOCD64_LOCATOR.unpack(loc)
            if disks > 1:
                raise ArchiveError(f"{path}: zipfiles that span multiple disks are not supported", path=path,
                                   reason="corrupt")
            end_at = loc_at - _EOCD64.size
            f.seek(end_at)
            rec = f.read(_EOCD64.size)
            if len(rec) != _EOCD64.size or rec[:4] != b"PK\x06\x06":
                raise _bad(path, "Corrupt zip64 end of central directory record")
            _s, _sz, _vm, _vn, _dk, _dkc, _nh, entries, cd_size, cd_offset = _EOCD64.unpack(rec)
    concat = end_at - cd_size - cd_offset  # a self-extracting stub or any prefix before the zip
    if concat < 0:
        raise _bad(path, "Bad offset for central directory")
    return entries, cd_size, cd_offset, concat


def _zip64(extra: bytes, file_size: int, compress_size: int, header_offset: int) -> tuple[int, int, int]:
    """Sizes and offset from the zip64 extra field, for those the entry marks as 0xFFFFFFFF."""
    i = 0
    while i + 4 <= len(extra):
        tag, ln = struct.unpack_from("<HH", extra, i)
        if tag == 0x0001:
            data, j = extra[i + 4:i + 4 + ln], 0
            if file_size == 0xFFFFFFFF:
                file_size, j = struct.unpack_from("<Q", data, j)[0], j + 8
            if compress_size == 0xFFFFFFFF:
                compress_size, j = struct.unpack_from("<Q", data, j)[0], j + 8
            if header_offset == 0xFFFFFFFF:
                header_offset = struct.unpack_from("<Q", data, j)[0]
            break
        i += 4 + ln
    return file_size, compress_size, header_offset


def iter_entries(f: BinaryIO, path: str, limits: Limits | None = None) -> Iterator[tuple[int, ZipEntry]]:
    """Every central-directory entry in order with the byte offset of its record, read as a stream."""
    concat = _directory_location(f, path)[3]
    for at, buf, p, fields in _records(f, path, limits):
        yield at, _entry(buf, p, concat, *fields)


def _records(f: BinaryIO, path: str, limits: Limits | None) -> Iterator[tuple[int, bytes, int, tuple[Any, ...]]]:
    """The raw central-directory records, read in 1 MiB pieces (nothing kept): (offset of the record, the buffer
    and where its name starts in it, its fixed fields). The member-count limit trips on the declared count and
    again on every entry read."""
    entries, cd_size, cd_offset, concat = _directory_location(f, path)
    cap = limits.max_members if limits is not None else None
    if cap is not None and entries > cap:
        raise ArchiveTooLarge(f"{path}: {entries} members", path=path, size=entries, limit=cap)
    start = cd_offset + concat
    f.seek(start)
    left = cd_size  # directory bytes not read yet
    buf, pos, n = b"", 0, 0  # buf[pos:] is read but not parsed; buf[0] is at file offset `base`
    base = start
    unpack = _CENTRAL.unpack_from
    while True:
        if len(buf) - pos < _CENTRAL.size + 3 * 0xFFFF and left:
            chunk = f.read(min(left, _READ_BUFFER))
            if not chunk:
                raise _bad(path, "Truncated central directory")
            left -= len(chunk)
            base += pos
            buf, pos = buf[pos:] + chunk, 0
        if pos >= len(buf):
            return
        if pos + _CENTRAL.size > len(buf):
            raise _bad(path, "Truncated central directory")
        fields = unpack(buf, pos)
        if fields[0] != b"PK\x01\x02":
            raise _bad(path, "Bad magic number for central directory")
        n += 1
        if cap is not None and n > cap:
            raise ArchiveTooLarge(f"{path}: more than {cap} members", path=path, size=n, limit=cap)
        p = pos + _CENTRAL.size
        nlen, elen, clen = fields[12], fields[13], fields[14]
        if p + nlen + elen + clen > len(buf):
            raise _bad(path, "Truncated central directory")
        yield base + pos, buf, p, fields
        pos = p + nlen + elen + clen


def _entry(buf: bytes, p: int, concat: int, _sig: bytes, create_version: int, create_system: int,
           extract_version: int, _reserved: int, flags: int, method: int, t: int, d: int, crc: int, csize: int,
           fsize: int, nlen: int, elen: int, clen: int, _disk: int, _iattr: int, eattr: int, offset: int) -> ZipEntry:
    name = buf[p:p + nlen].decode("utf-8" if flags & _UTF8_NAMES else "cp437")
    extra = buf[p + nlen:p + nlen + elen]
    comment = buf[p + nlen + elen:p + nlen + elen + clen]
    if 0xFFFFFFFF in (fsize, csize, offset):
        fsize, csize, offset = _zip64(extra, fsize, csize, offset)
    date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
    return ZipEntry(_clean(name), name, fsize, csize, crc, flags, method, offset + concat, eattr, create_system,
                    create_version, extract_version, date_time, extra, comment)


def _clean(name: str) -> str:
    """The name as zipfile.ZipInfo keeps it: ended at a NUL byte, os.sep turned into "/"."""
    cut = name.find("\0")
    if cut >= 0:
        name = name[:cut]
    return name.replace(os.sep, "/") if os.sep != "/" else name


def _utf8(data: bytes) -> bool:
    """True when `data` is valid UTF-8: then no name in it fails to decode, whatever its entry's flag says (a name
    that is not would fail on the exact path, as zipfile fails on it)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_entry(f: BinaryIO, record_at: int, concat: int, path: str) -> ZipEntry:
    """The one central-directory entry whose record starts at `record_at` (members are re-read when opened)."""
    f.seek(record_at)
    head = f.read(_CENTRAL.size)
    if len(head) != _CENTRAL.size or head[:4] != b"PK\x01\x02":
        raise _bad(path, "Truncated central directory")
    fields = _CENTRAL.unpack(head)
    record = head + f.read(fields[12] + fields[13] + fields[14])
    return _entry(record, _CENTRAL.size, concat, *fields)


def _keeps(name: str) -> bool:
    return name.lower().endswith(DOCUMENT_SUFFIXES)


#: sources._SUSPICIOUS as one search over a name (the test there runs on "/" + every name joined).
_SUSPECT = re.compile("|".join(["^/", "^\\."] + [re.escape(x) for x in _SUSPICIOUS]))


class StreamingZipSource(InputSource):
    """A zip input that never holds a ZipInfo per member: the central directory is read once as a stream and
    only what an importer can use is kept — every document (JSON, JS, CSV, HTML, text), one file per folder (so
    folder names, wrapper folders and has_dir stay what they are), and every entry needing a warning (links,
    unsafe or litter names). Media files are counted and checked, then dropped. The member-count limit trips
    on every entry; size and ratio limits are checked on the declared sizes before any read (ArchiveTree)."""

    kind = "zip"

    def __init__(self, path: str, limits: Limits) -> None:
        super().__init__(path)
        self._f: BinaryIO | None = None
        self._at = array("Q")  # where each kept entry's central-directory record starts
        self._pos: array[int] | None = None  # kept entry of each name, when the careful path dropped some
        self._concat = 0
        self._lock = threading.Lock()
        try:
            f = open(path, "rb", buffering=_READ_BUFFER)  # noqa: SIM115 - kept open until close()
        except OSError as e:
            raise ArchiveError(f"{path}: {e}", path=path, reason="corrupt") from e
        self._f = f
        try:
            self._index(f, path, limits)
        except BaseException:
            f.close()
            raise

    def _index(self, f: BinaryIO, path: str, limits: Limits) -> None:
        entries, cd_size, cd_offset, concat = _directory_location(f, path)
        cap = limits.max_members
        if entries > cap:
            raise ArchiveTooLarge(f"{path}: {entries} members", path=path, size=entries, limit=cap)
        self._concat = concat
        kept_names: list[str] = []
        kept_at = array("Q")
        modes: list[int] = []  # the entry's file type (high 4 bits of its mode), +0x10 when made on Unix
        folders: set[str] = set()
        # Folders (raw ASCII name bytes: the same under either name encoding) seen in a name that is not suspect:
        # a media file below one is dropped without decoding when its own file name is clean (checked per block).
        seen: set[bytes] = set()
        added: list[str | bytes] = []  # folders first seen in the current block (undone on a redo)
        documents, suspect, media = DOCUMENT_SUFFIXES, _SUSPECT.search, _MEDIA_TAILS

        def careful(at: int, buf: bytes, pos: int, nlen: int, eattr: int) -> None:
            """The exact per-entry decision (what every entry got before the fast path) on the record at `pos`."""
            raw = buf[pos + 46:pos + 46 + nlen]
            name = raw.decode("utf-8" if buf[pos + 9] & (_UTF8_NAMES >> 8) else "cp437")
            if "\0" in name or os.sep != "/":
                name = _clean(name)
            if name[-1:] == "/":
                return  # folder entries are never members (as in ZipSource)
            folder = name[: name.rfind("/") + 1]
            top = eattr >> 28  # external attributes: the Unix file type in the top 4 bits
            new = folder not in folders
            if name.lower().endswith(documents) or new or top >= 0xA or not name or suspect(name):
                if new:
                    folders.add(folder)
                    added.append(folder)
                kept_names.append(name)
                kept_at.append(at)
                modes.append(top | (0x10 if buf[pos + 5] == 3 else 0))  # made on Unix: the mode is a Unix one
            if raw[-4:] in media and raw.isascii() and b"\0" not in raw and not suspect(name):
                raw_folder = raw[: raw.rfind(b"/") + 1]  # media below it is dropped without decoding from now on
                if raw_folder and raw_folder not in seen:
                    seen.add(raw_folder)
                    added.append(raw_folder)

        start = cd_offset + concat
        f.seek(start)
        left = cd_size  # directory bytes not read yet
        buf, base, n = b"", start, 0  # buf[0] is at file offset `base`
        unpack = _FAST.unpack_from
        block = _FIRST_BLOCK  # 64 KiB, then growing to _BLOCK
        try:
            while left:
                chunk = f.read(min(left, block))
                if not chunk:
                    raise _bad(path, "Truncated central directory")
                left -= len(chunk)
                block = min(block * 4, _BLOCK)
                buf = buf + chunk if buf else chunk
                blen = len(buf)
                # Every record starting at or before `stop` ends inside `buf` (none is longer than _LONGEST); the
                # ones after it wait for the next block. The last block is read to its end.
                stop = blen - (_LONGEST if left else _CENTRAL.size)
                undo = len(kept_names)
                added.clear()
                bases: list[bytes] = []  # file names of the entries dropped without decoding
                drop, rfind = bases.append, buf.rfind
                pos = slow = 0
                while pos <= stop:
                    sig, nlen, elen, clen, eattr = unpack(buf, pos)
                    if sig != b"PK\x01\x02":
                        raise _bad(path, "Bad magic number for central directory")
                    p = pos + 46
                    end = p + nlen
                    if (buf[end - 4:end] in media and buf[p:(k := rfind(b"/", p, end) + 1)] in seen
                            and eattr < 0xA0000000):
                        drop(buf[k:end])
                    else:
                        careful(base + pos, buf, pos, nlen, eattr)
                        slow += 1
                    pos = end + elen + clen
                if not left and pos != blen:
                    raise _bad(path, "Truncated central directory")
                n += slow + len(bases)  # every entry counts, folder entries and dropped media included
                if n > cap:
                    raise ArchiveTooLarge(f"{path}: more than {cap} members", path=path, size=n, limit=cap)
                if bases:
                    joined = b"\n" + b"\n".join(bases)
                    if any(s in joined for s in _BAD_BASE) or not (joined.isascii() or _utf8(joined)):
                        self._redo(buf, base, pos, undo, added, kept_names, kept_at, modes, folders, seen, careful)
                buf, base = buf[pos:], base + pos
            if buf:
                raise _bad(path, "Truncated central directory")
        except (struct.error, UnicodeDecodeError) as e:
            raise _bad(path, f"Corrupt central directory ({e})") from e
        self._at = kept_at
        top_mode = max((m & 0xF for m in modes), default=0)
        if top_mode >= 0xA or "" in kept_names or _suspicious(kept_names):
            self._careful(kept_names, modes)
        else:
            self._names = kept_names
            self._pos = None

    @staticmethod
    def _redo(buf: bytes, base: int, stop: int, undo: int, added: list[str | bytes],
              kept_names: list[str], kept_at: array[int], modes: list[int], folders: set[str],
              seen: set[bytes], careful: Callable[[int, bytes, int, int, int], None],
              ) -> None:
        """A dropped file in this block has a suspect name: forget the block's work, then decide every entry of
        it the exact way (rare: litter or unsafe names among media)."""
        del kept_names[undo:], kept_at[undo:], modes[undo:]
        for folder in added:
            if isinstance(folder, str):
                folders.discard(folder)
            else:
                seen.discard(folder)
        unpack = _FAST.unpack_from
        pos = 0
        while pos < stop:
            _sig, nlen, elen, clen, eattr = unpack(buf, pos)
            careful(base + pos, buf, pos, nlen, eattr)
            pos += 46 + nlen + elen + clen

    def _careful(self, names_raw: list[str], modes: list[int]) -> None:
        """Per-name rules of ZipSource._slow_index, over the kept entries (every suspect entry is kept)."""
        unsafe = 0
        names: list[str] = []
        pos = array("Q")
        for i, (fn, mode) in enumerate(zip(names_raw, modes, strict=True)):
            name = normalize_member_name(fn)
            if name is None:
                unsafe += 1
                continue
            if not name or is_ignored(name):
                continue
            if mode == 0x1A:  # Unix symlinks stored in zips are never followed
                self.warnings.append(f"skipped link {name}")
                continue
            names.append(name)
            pos.append(i)
        self._names = names
        self._pos = pos
        if unsafe:
            self.warnings.append(f"skipped {unsafe} member(s) with unsafe names (../, absolute or drive paths)")

    @property
    def names(self) -> list[str]:
        return self._names or []

    def raw(self, i: int) -> RawMember:
        assert self._f is not None
        j = i if self._pos is None else self._pos[i]
        with self._lock:  # one shared handle: a seek and a read must not interleave with another thread's
            e = read_entry(self._f, self._at[j], self._concat, self.path)
        return RawMember(self.names[i], e.file_size, e.compress_size, bool(e.flag_bits & _ENCRYPTED), e)

    def open_member(self, m: RawMember) -> IO[bytes]:
        if m.encrypted:
            raise EncryptedArchive(f"{self.path}: {m.name} is password-protected", path=self.path, member=m.name)
        e = m.ref
        assert isinstance(e, ZipEntry)
        if e.compress_size <= SMALL_MEMBER and self._f is not None:
            with self._lock:  # small members are read through the shared handle (no open() per member)
                return open_entry(self.path, e, self._f)
        return open_entry(self.path, e)

    def close(self) -> None:
        if self._f is not None:
            self._f.close()


def open_entry(path: str, e: ZipEntry, shared: BinaryIO | None = None) -> IO[bytes]:
    """A reader of one member's uncompressed bytes (CRC checked at the end, as zipfile checks it).

    With `shared` (the archive's open handle, the caller holding its lock), the member's compressed bytes are read
    into memory at once; otherwise the archive is opened again for this member alone (large members stream)."""
    try:
        f = shared if shared is not None else open(path, "rb")  # noqa: SIM115 - handed to ZipExtFile, which closes it
    except OSError as err:
        raise ArchiveError(f"{path}: {e.filename}: {err}", path=path, reason="unreadable") from err
    try:
        f.seek(e.header_offset)
        head = f.read(_LOCAL.size)
        if len(head) != _LOCAL.size or head[:4] != b"PK\x03\x04":
            raise ArchiveError(f"{path}: {e.filename}: bad magic number for file header", path=path, reason="corrupt")
        nlen, elen = struct.unpack_from("<2H", head, 26)
        local_name = f.read(nlen)
        flags = struct.unpack_from("<H", head, 6)[0]
        if local_name.decode("utf-8" if flags & _UTF8_NAMES else "cp437", errors="replace") != e.orig_filename:
            raise ArchiveError(f"{path}: {e.filename}: file name in directory and header differ", path=path,
                               reason="corrupt")
        f.seek(elen, os.SEEK_CUR)
        if shared is not None:
            f = io.BytesIO(shared.read(e.compress_size))  # a short read fails as "data ends early" while reading
        return cast(IO[bytes], zipfile.ZipExtFile(f, "r", e.zipinfo(), None, True))
    except ArchiveError:
        if shared is None:
            f.close()
        raise
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as err:
        if shared is None:
            f.close()
        raise ArchiveError(f"{path}: {e.filename}: {err}", path=path, reason="corrupt") from err
