"""ArchiveTree: one merged, read-only virtual file tree over several inputs, with lazy bounded reads."""

from __future__ import annotations

import codecs
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from core.archive.limits import Limits
from core.archive.sources import FolderSource, InputSource, RawMember, TarSource, ZipSource, sniff
from core.errors import ArchiveError, ArchiveTooLarge, GrantscopeError
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Member:
    """A file in the merged tree. `path` has wrapper folders removed; `full` is the name inside its input."""

    path: str
    full: str
    size: int
    compressed: int
    encrypted: bool
    input_index: int
    raw: RawMember = field(compare=False, repr=False)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


def _strip_wrappers(names: list[str], max_strip: int = 3) -> int:
    """How many leading folders every member shares (wrapper folders such as facebook-<user>/).

    A shared folder counts as a wrapper only when it holds sub-folders: an export that is just one
    data folder full of files (``apps_and_websites_off_of_facebook/*.json``) keeps its name.
    """
    if not names:
        return 0
    common = os.path.commonprefix(names)  # C-speed over tens of thousands of names
    folders = common.split("/")[:-1]  # only whole folder names shared by every member
    strip = 0
    for depth in range(min(len(folders), max_strip)):
        prefix_len = len("/".join(folders[: depth + 1])) + 1
        if not any("/" in n[prefix_len:] for n in names):
            break  # this folder holds only files: it is data, not a wrapper
        strip = depth + 1
    return strip


class ArchiveTree:
    """Members of one or more inputs merged into one tree. Never extracts, never writes."""

    def __init__(
        self,
        inputs: list[InputSource],
        limits: Limits,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        self.inputs = inputs
        self.limits = limits
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.warnings: list[str] = []
        self.bytes_read = 0
        self.members_read = 0
        # rel path -> (input index, member index); Member objects are made only for what is looked at.
        self._entries: dict[str, tuple[int, int]] = {}
        self._cache: dict[str, Member] = {}
        self._dirs: set[str] | None = None
        self._by_base: dict[str, list[str]] | None = None
        dupes = 0
        entries = self._entries
        for idx, src in enumerate(inputs):
            self.warnings.extend(src.warnings)
            names = src.names
            k = _strip_wrappers(names)
            rels = [n.split("/", k)[-1] for n in names] if k else names
            if not entries and len(inputs) == 1:
                entries.update(zip(rels, ((idx, j) for j in range(len(rels))), strict=True))
                dupes += len(rels) - len(entries)
                continue
            for j, rel in enumerate(rels):
                if rel in entries:
                    dupes += 1
                    continue
                entries[rel] = (idx, j)
        if dupes:
            self.warnings.append(f"{dupes} file(s) appear in more than one part; the first copy was used")

    def _member(self, rel: str) -> Member:
        m = self._cache.get(rel)
        if m is None:
            idx, j = self._entries[rel]
            raw = self.inputs[idx].raw(j)
            m = self._cache[rel] = Member(rel, raw.name, raw.size, raw.compressed, raw.encrypted, idx, raw)
        return m

    # --- listing and lookup -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def members(self) -> Iterable[Member]:
        return [self._member(rel) for rel in self._entries]

    @property
    def paths(self) -> list[str]:
        return [i.path for i in self.inputs]

    def find(self, path: str) -> Member | None:
        """Exact relative path first, then a unique path-boundary suffix match; ambiguous = not found."""
        path = path.strip("/")
        if path in self._entries:
            return self._member(path)
        hits = self._suffix_hits(path)
        return hits[0] if len(hits) == 1 else None

    def find_first(self, *paths: str) -> Member | None:
        """The first of several alternative names that resolves."""
        for p in paths:
            m = self.find(p)
            if m is not None:
                return m
        return None

    def find_all(self, path: str) -> list[Member]:
        """Every member whose path ends with `path` at a path boundary (for repeated files)."""
        return self._suffix_hits(path.strip("/"))

    def _full_names(self) -> list[str]:
        inputs = self.inputs
        return [inputs[i].names[j] for i, j in self._entries.values()]

    def _base_index(self) -> dict[str, list[str]]:
        if self._by_base is None:
            idx: dict[str, list[str]] = {}
            for rel, full in zip(self._entries, self._full_names(), strict=True):
                base = full[full.rfind("/") + 1:].casefold()
                lst = idx.get(base)
                if lst is None:
                    idx[base] = [rel]
                else:
                    lst.append(rel)
            self._by_base = idx
        return self._by_base

    def _suffix_hits(self, path: str) -> list[Member]:
        base = path.rsplit("/", 1)[-1].casefold()
        cands = [self._member(rel) for rel in self._base_index().get(base, ())]
        low = path.casefold()
        # Match on the full name inside the input, so a stripped "wrapper" that was really a data
        # folder (an export holding a single folder) still matches.
        return [
            m for m in cands
            if m.full.casefold() == low or m.full.casefold().endswith("/" + low)
        ]

    def has_dir(self, name: str) -> bool:
        """True when some member lies below a folder called `name` (at any depth; `a/b` allowed)."""
        key = name.strip("/").casefold()
        if "/" not in key:
            return key in self._dir_names()
        needle = "/" + key + "/"
        return any(needle in "/" + n.casefold() for n in self._full_names())

    def _dir_names(self) -> set[str]:
        if self._dirs is None:
            folders = {n[:n.rfind("/") + 1] for n in self._full_names()}
            self._dirs = {part.casefold() for f in folders for part in f.split("/") if part}
        return self._dirs

    def at_root(self) -> list[Member]:
        """Members directly at the (wrapper-stripped) root."""
        return [self._member(rel) for rel in self._entries if "/" not in rel]

    # --- reading ------------------------------------------------------------------------------

    def _check_declared(self, m: Member, cap: int | None) -> None:
        src = self.inputs[m.input_index]
        if cap is not None and m.size > cap:
            raise ArchiveTooLarge(
                f"{m.path} declares {m.size} bytes (limit {cap})", path=src.path, member=m.path, size=m.size, limit=cap
            )
        if m.size > self.limits.ratio_floor_bytes and m.size > m.compressed * self.limits.max_ratio:
            raise ArchiveTooLarge(
                f"{m.path}: compression ratio {m.size // max(m.compressed, 1)}:1 looks like a zip bomb",
                path=src.path, member=m.path, size=m.size, limit=cap or 0,
            )

    def open_stream(self, m: Member) -> Iterator[bytes]:
        """Yield the member's bytes in chunks, enforcing limits on declared and actual size."""
        return self._stream(m, self.limits.max_member_bytes)

    def _stream(self, m: Member, cap: int | None) -> Iterator[bytes]:
        """Chunks of one member; `cap` bounds the whole member (None: streamed readers bound lines instead)."""
        self._check_declared(m, cap)
        src = self.inputs[m.input_index]
        self.members_read += 1
        total = 0
        try:
            with src.open_member(m.raw) as f:
                while True:
                    self.cancel.raise_if_cancelled()
                    chunk = f.read(_CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if cap is not None and total > cap:
                        raise ArchiveTooLarge(
                            f"{m.path} is larger than {cap} bytes", path=src.path, member=m.path, size=total, limit=cap
                        )
                    self.bytes_read += len(chunk)
                    self.progress(Progress("read", self.members_read, 0, self.bytes_read, m.path))
                    yield chunk
        except GrantscopeError:
            raise
        except (EOFError, zlib.error) as e:
            raise ArchiveError(f"{m.path}: data ends early ({e})", path=src.path, reason="truncated") from e
        except Exception as e:  # zipfile raises BadZipFile (CRC), OSError, ValueError on damaged data
            raise ArchiveError(f"{m.path}: {e}", path=src.path, reason="corrupt") from e

    def read_bytes(self, m: Member) -> bytes:
        return b"".join(self.open_stream(m))

    def read_text(self, m: Member) -> str:
        data = self.read_bytes(m)
        if data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        return data.decode("utf-8", errors="replace")

    def read_json(self, m: Member) -> Any:
        """Parse a JSON member; raises ArchiveError(reason='bad_json') for invalid or absurdly nested JSON."""
        return parse_json_text(self.read_text(m), m.path, self.inputs[m.input_index].path)

    def iter_lines(self, m: Member) -> Iterator[str]:
        """Stream a text member line by line (JSON Lines, CSV), never holding the whole file."""
        cap = self.limits.max_line_bytes
        dec = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        buf = ""
        for chunk in self._stream(m, None):
            lines = (buf + dec.decode(chunk)).split("\n")
            buf = lines.pop()  # the unfinished last line waits for the next chunk
            for line in lines:
                if len(line) > cap:
                    raise ArchiveTooLarge(f"{m.path}: a line is longer than {cap} bytes", member=m.path, limit=cap)
                yield line.rstrip("\r")
            if len(buf) > cap:
                raise ArchiveTooLarge(f"{m.path}: a line is longer than {cap} bytes", member=m.path, limit=cap)
        buf += dec.decode(b"", final=True)
        if buf:
            yield buf.rstrip("\r")

    def close(self) -> None:
        for s in self.inputs:
            s.close()

    def __enter__(self) -> ArchiveTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_json_text(text: str, member: str = "", path: str | None = None) -> Any:
    try:
        return json.loads(text)
    except RecursionError as e:
        raise ArchiveError(f"{member}: JSON nested too deeply", path=path, reason="bad_json") from e
    except ValueError as e:
        raise ArchiveError(f"{member}: not valid JSON ({e})", path=path, reason="bad_json") from e


def open_input(path: str, limits: Limits, cancel: CancelToken | None = None) -> InputSource:
    kind = sniff(path)
    if kind == "folder":
        return FolderSource(path, limits, cancel)
    if kind == "zip":
        return ZipSource(path, limits)
    return TarSource(path, limits, cancel)


def open_tree(
    paths: list[str],
    limits: Limits | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ArchiveTree:
    """Open and merge several inputs into one tree (for parts of one export)."""
    limits = limits or Limits()
    inputs: list[InputSource] = []
    try:
        for i, p in enumerate(paths):
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(Progress("open", i, len(paths), 0, p))
            inputs.append(open_input(p, limits, cancel))
    except BaseException:
        for s in inputs:
            s.close()
        raise
    return ArchiveTree(inputs, limits, progress, cancel)
