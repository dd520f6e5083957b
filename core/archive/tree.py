"""ArchiveTree: one merged, read-only virtual file tree over several inputs, with lazy bounded reads."""

from __future__ import annotations

import codecs
import json
import os
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from core.archive.json_pieces import loads_in_pieces
from core.archive.limits import Limits
from core.archive.sources import FolderSource, InputSource, RawMember, TarSource, sniff
from core.archive.zipindex import StreamingZipSource
from core.errors import ArchiveError, ArchiveTooLarge, BudgetExceeded, GrantscopeError
from core.tasks import CancelToken, Progress, ProgressFn, no_progress
from core.text_scan import count_chars

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


def _wrapper_prefix_len(names: list[str], max_strip: int = 3) -> int:
    """Length of the leading folders every member shares (wrapper folders such as facebook-<user>/).

    A shared folder counts as a wrapper only when it holds sub-folders: an export that is just one
    data folder full of files (``apps_and_websites_off_of_facebook/*.json``) keeps its name.
    """
    if not names:
        return 0
    common = os.path.commonprefix(names)  # C-speed over tens of thousands of names
    folders = common.split("/")[:-1]  # only whole folder names shared by every member
    plen = 0
    for depth in range(min(len(folders), max_strip)):
        prefix_len = len("/".join(folders[: depth + 1])) + 1
        if not any("/" in n[prefix_len:] for n in names):
            break  # this folder holds only files: it is data, not a wrapper
        plen = prefix_len
    return plen


class ReadBudget:
    """Whole-scan limits on work: bytes inflated (read whole, and streamed) and seconds spent reading.

    One budget is shared by every tree of a scan, so 1,500 members each just under the per-member limits
    still stop at the total. Once exceeded, every later read fails at once with the same BudgetExceeded.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.whole_bytes = 0
        self.stream_bytes = 0
        self.started = time.monotonic()
        self.exceeded: BudgetExceeded | None = None

    def charge(self, n: int, *, whole: bool, path: str | None) -> None:
        if self.exceeded is None:
            lim = self.limits
            if whole:
                self.whole_bytes += n
            self.stream_bytes += n
            if self.whole_bytes > lim.max_total_bytes:
                self.exceeded = BudgetExceeded(
                    f"the archive holds more than {lim.max_total_bytes // (1024 * 1024)} MB of data files to read "
                    "(a compression bomb?); the remaining files were skipped",
                    path=path, size=self.whole_bytes, limit=lim.max_total_bytes)
            elif self.stream_bytes > lim.max_total_stream_bytes:
                self.exceeded = BudgetExceeded(
                    f"the archive holds more than {lim.max_total_stream_bytes // (1024 ** 3)} GB of data to read; "
                    "the remaining files were skipped", path=path, size=self.stream_bytes,
                    limit=lim.max_total_stream_bytes)
            elif time.monotonic() - self.started > lim.max_seconds:
                self.exceeded = BudgetExceeded(
                    f"reading took longer than {int(lim.max_seconds)} seconds; the remaining files were skipped",
                    path=path, kind="seconds", limit=int(lim.max_seconds))
        self.check()

    def check(self) -> None:
        if self.exceeded is not None:
            e = self.exceeded
            raise BudgetExceeded(e.detail, path=e.path, size=e.size, limit=e.limit, kind=e.kind)


class ArchiveTree:
    """Members of one or more inputs merged into one tree. Never extracts, never writes."""

    def __init__(
        self,
        inputs: list[InputSource],
        limits: Limits,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        budget: ReadBudget | None = None,
    ) -> None:
        self.inputs = inputs
        self.limits = limits
        self.budget = budget or ReadBudget(limits)
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.warnings: list[str] = []
        self.bytes_read = 0
        self.members_read = 0
        # Parallel lists over the merged members (wrapper-stripped path, full name inside its input, where
        # it lives) plus rel path -> position. Member objects are made only for what is looked at: archives
        # hold tens of thousands of media files nobody asks about.
        self._rels: list[str] = []
        self._full: list[str] = []
        self._where: list[tuple[int, int]] | None = None  # None: one input, position == member index
        self._entries: dict[str, int] = {}
        self._cache: dict[str, Member] = {}
        self._joined: str | None = None
        self._bases: tuple[list[str], dict[str, int], Counter[str]] | None = None
        self._multi: dict[str, list[int]] | None = None
        self._suffixes: dict[str, dict[str, list[int]]] = {}
        dupes_within = dupes_across = 0
        for src in inputs:
            self.warnings.extend(src.warnings)
        if len(inputs) == 1:
            names = inputs[0].names
            plen = _wrapper_prefix_len(names)
            self._full = names
            self._rels = [n[plen:] for n in names] if plen else names
            # dict() keeps the position of the LAST occurrence of a repeated name (as unzip does).
            self._entries = dict(zip(self._rels, range(len(names)), strict=True))
            dupes_within = len(names) - len(self._entries)
        else:
            where: list[tuple[int, int]] = []
            owner: list[int] = []
            for idx, src in enumerate(inputs):
                names = src.names
                plen = _wrapper_prefix_len(names)
                for j, n in enumerate(names):
                    rel = n[plen:]
                    pos = self._entries.get(rel)
                    if pos is not None:
                        if owner[pos] == idx:  # repeated inside one part: the last copy, as in one input
                            dupes_within += 1
                            self._full[pos] = n
                            where[pos] = (idx, j)
                        else:  # the same file in two parts: the first part's copy
                            dupes_across += 1
                        continue
                    self._entries[rel] = len(self._rels)
                    self._rels.append(rel)
                    self._full.append(n)
                    where.append((idx, j))
                    owner.append(idx)
            self._where = where
        if dupes_within:
            self.warnings.append(f"{dupes_within} file(s) appear more than once inside one archive; "
                                 "the last copy of each was used")
        if dupes_across:
            self.warnings.append(f"{dupes_across} file(s) appear in more than one part; "
                                 "the copy in the first part given was used")

    def _member(self, rel: str) -> Member:
        m = self._cache.get(rel)
        if m is None:
            pos = self._entries[rel]
            idx, j = (0, pos) if self._where is None else self._where[pos]
            raw = self.inputs[idx].raw(j)
            m = self._cache[rel] = Member(rel, raw.name, raw.size, raw.compressed, raw.encrypted, idx, raw)
        return m

    # --- listing and lookup -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def contradicts(self, other: ArchiveTree) -> bool:
        """True when a file at the same path differs between the two trees (size, or zip checksum where both
        have one): then they are not parts of one export."""
        small, big = (self, other) if len(self._entries) <= len(other._entries) else (other, self)
        for rel in small._entries:
            if rel not in big._entries:
                continue
            a, b = small._member(rel), big._member(rel)
            if a.size != b.size:
                return True
            ca, cb = getattr(a.raw, "CRC", None), getattr(b.raw, "CRC", None)
            if ca is not None and cb is not None and ca != cb:
                return True
        return False

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
        hits = self._suffix_positions(path)  # positions only: an ambiguous name must not build 20,000 members
        return self._member(self._rels[hits[0]]) if len(hits) == 1 else None

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

    def _positions_with_base(self, base: str) -> list[int]:
        """Positions of members whose file name is `base` (casefolded), via an index built once.

        The index is built with C-speed operations (one casefold over all names, Counter, dict(zip)),
        since it is needed for every archive and large ones list tens of thousands of files.
        """
        if self._bases is None:
            tails = [n[n.rfind("/") + 1:] for n in self._full]
            folded = "\0".join(tails).casefold().split("\0")
            self._bases = (folded, dict(zip(folded, range(len(folded)), strict=True)), Counter(folded))
        folded, last, counts = self._bases
        c = counts.get(base, 0)
        if c == 0:
            return []
        if c == 1:
            return [last[base]]
        if self._multi is None:
            # Positions of every repeated file name, gathered in one pass the first time one is asked for:
            # a manifest listing 100,000 names must not scan every member once per name.
            multi: dict[str, list[int]] = {}
            for i, b in enumerate(folded):
                if counts[b] > 1:
                    multi.setdefault(b, []).append(i)
            self._multi = multi
        return self._multi[base]

    def _suffix_hits(self, path: str) -> list[Member]:
        rels = self._rels
        return [self._member(rels[i]) for i in self._suffix_positions(path)]

    def _suffix_positions(self, path: str) -> list[int]:
        low = path.casefold()
        base = low.rsplit("/", 1)[-1]
        full = self._full
        positions = self._positions_with_base(base)
        if len(positions) > 32:
            # Many files share this name (application.json in 20,000 folders): index every path-boundary
            # suffix of just those once, so each further lookup is a dict hit instead of a scan.
            index = self._suffixes.get(base)
            if index is None:
                index = self._suffixes[base] = {}
                for i in positions:
                    parts = full[i].casefold().split("/")
                    for k in range(len(parts)):
                        index.setdefault("/".join(parts[k:]), []).append(i)
            return index.get(low, [])
        # Match on the full name inside the input, so a stripped "wrapper" that was really a data
        # folder (an export holding a single folder) still matches.
        return [i for i in positions if full[i].casefold() == low or full[i].casefold().endswith("/" + low)]

    def has_dir(self, name: str) -> bool:
        """True when some member lies below a folder called `name` (at any depth; `a/b` allowed)."""
        key = name.strip("/").casefold()
        if self._joined is None:
            # Unique folders only (a few hundred even in huge exports), casefolded once.
            folders = {n[: n.rfind("/") + 1] for n in self._full}
            self._joined = ("\0" + "\0".join(folders)).casefold()
        return f"/{key}/" in self._joined or f"\0{key}/" in self._joined

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
        self.cancel.raise_if_cancelled()
        self.budget.check()
        self._check_declared(m, cap)
        src = self.inputs[m.input_index]
        whole = cap is not None
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
                    self.budget.charge(len(chunk), whole=whole, path=src.path)
                    self.progress(Progress("read", self.members_read, 0, self.bytes_read, m.path))
                    yield chunk
        except GrantscopeError:
            raise
        except (EOFError, zlib.error) as e:
            raise ArchiveError(f"{m.path}: data ends early ({e})", path=src.path, reason="truncated") from None
        except Exception as e:  # zipfile raises BadZipFile (CRC), OSError, ValueError, LZMAError on damaged data
            raise ArchiveError(f"{m.path}: {e}", path=src.path, reason="corrupt") from None

    def read_bytes(self, m: Member) -> bytes:
        return b"".join(self.open_stream(m))

    def read_text(self, m: Member) -> str:
        # Decoded chunk by chunk as it is read: a 128 MB member peaks near 2x its size (the decoded parts and the
        # joined text), and no single call decodes it all (36 ms for 18 MB, with the interpreter lock held).
        stream = self.open_stream(m)
        first = next(stream, b"")
        second = next(stream, None)
        if second is None:  # one chunk (most members): decoded at once
            return first.decode("utf-8-sig", "replace")
        decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        parts = [decoder.decode(first), decoder.decode(second)]
        del first, second
        parts += [decoder.decode(chunk) for chunk in stream]
        parts.append(decoder.decode(b"", final=True))
        return "".join(parts)

    def read_json(self, m: Member) -> Any:
        """Parse a JSON member; raises ArchiveError(reason='bad_json') for invalid or absurdly nested JSON."""
        return parse_json_text(self.read_text(m), m.path, self.inputs[m.input_index].path,
                               max_values=self.limits.max_json_values)

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


#: Documents longer than this are decoded in pieces when read in a worker thread (see parse_json_text).
PIECES_CHARS = 1024 * 1024


def parse_json_text(text: str, member: str = "", path: str | None = None,
                    max_values: int = Limits.max_json_values) -> Any:
    """Decoded JSON, or ArchiveError(reason='bad_json' or 'too_large') with a short message.

    The error never keeps the document: a JSONDecodeError holds the whole text in `.doc`, so it is turned
    into words and dropped (raised outside the `except`, so it is not even the context).
    """
    if len(text) > 1024 * 1024:
        # Every value costs a pointer or more once decoded: a 100 MB list of small integers is ~1 GB of objects.
        values = count_chars(text, ",[{")
        if values > max_values:
            raise ArchiveTooLarge(f"{member}: holds more than {max_values:,} JSON values", path=path, member=member,
                                  size=values, limit=max_values)
    problem = ""
    try:
        if len(text) > PIECES_CHARS and threading.current_thread() is not threading.main_thread():
            # In a worker, beside a window: decoded in pieces, so the window can repaint and answer keys meanwhile
            # (one json.loads of 18 MB holds the GIL for a quarter of a second). The command line decodes in one go.
            return loads_in_pieces(text)
        return json.loads(text)
    except RecursionError:
        problem = "JSON nested too deeply"
    except ValueError as e:
        problem = f"not valid JSON ({str(e)[:120]})"
    raise ArchiveError(f"{member}: {problem}", path=path, reason="bad_json")


def open_input(
    path: str, limits: Limits, cancel: CancelToken | None = None, progress: ProgressFn = no_progress
) -> InputSource:
    kind = sniff(path)
    if kind == "folder":
        return FolderSource(path, limits, cancel)
    if kind == "zip":
        return StreamingZipSource(path, limits)  # zipindex: no object per member (sources.ZipSource holds one)
    return TarSource(path, limits, cancel, progress)


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
            inputs.append(open_input(p, limits, cancel, progress))
    except BaseException:
        for s in inputs:
            s.close()
        raise
    return ArchiveTree(inputs, limits, progress, cancel)
