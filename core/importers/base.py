"""Shared importer machinery: the Importer interface, an ImportContext with safe reads and warnings."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from core.archive.tree import ArchiveTree, Member, parse_json_text
from core.errors import ArchiveError, BudgetExceeded, Cancelled, EncryptedArchive
from core.model import ActivityRecord, Advertiser, Grant, Source
from core.text import fix_mojibake_deep, fix_mojibake_json_text
from core.text_scan import contains

log = logging.getLogger(__name__)
T = TypeVar("T")
#: Warnings of one kind shown in full; the rest become one "… and N more like this" line.
WARNINGS_SHOWN_PER_KIND = 10

_JS_PREFIX = re.compile(r"^\s*window\.[\w.$\[\]'\"]+\s*=\s*")


@dataclass
class ImportResult:
    """What one importer found in one export."""

    grants: list[Grant] = field(default_factory=list)
    activity: list[ActivityRecord] = field(default_factory=list)
    advertisers: list[Advertiser] = field(default_factory=list)
    generation: str = ""
    identity: set[str] = field(default_factory=set)
    time_zone: str | None = None
    #: The account holder's display name and stable id as the export gives them (None when not found).
    owner: str | None = None
    owner_id: str | None = None
    #: When the platform generated the export, if the export says (header, manifest).
    exported_at: datetime | None = None


class ImportContext:
    """Wraps a tree for one importer run: safe reads that turn per-file problems into warnings."""

    def __init__(self, tree: ArchiveTree, platform: str) -> None:
        self.tree = tree
        self.platform = platform
        self.warnings: list[str] = []
        self.files_used: list[str] = []
        self.files_empty: list[str] = []
        self.failed: list[str] = []
        #: The first error behind a skipped file (when nothing else is found it explains why). Only one is
        #: kept, stripped of its traceback and cause: those hold whole documents (JSONDecodeError.doc).
        self.errors: list[ArchiveError] = []
        self._warned: set[str] = set()
        self._used: set[str] = set()
        self._kinds: dict[str, int] = {}
        self._ticks = 0

    @property
    def source_label(self) -> str:
        return " + ".join(self.tree.paths)

    def warn(self, message: str, kind: str | None = None) -> None:
        """Add a warning once. Warnings of one `kind` beyond the first few are counted, then summarised."""
        if message in self._warned:
            return
        self._warned.add(message)
        if kind is not None:
            n = self._kinds[kind] = self._kinds.get(kind, 0) + 1
            if n > WARNINGS_SHOWN_PER_KIND:
                return
        self.warnings.append(message)

    def summarised_warnings(self) -> list[str]:
        """The warnings, with "… and 59,990 more like this" for each kind that repeated too often."""
        out = list(self.warnings)
        for kind, n in self._kinds.items():
            if n > WARNINGS_SHOWN_PER_KIND:
                out.append(f"… and {n - WARNINGS_SHOWN_PER_KIND:,} more like this ({kind})")
        return out

    def each(self, items: Iterable[T]) -> Iterator[T]:
        """Iterate an importer loop, checking the cancel token every few hundred items (quit stays prompt)."""
        cancel = self.tree.cancel
        for i, item in enumerate(items):
            if not i & 255:
                cancel.raise_if_cancelled()
            yield item

    def check(self) -> None:
        """Cheap per-item cancel check for loops that cannot use each()."""
        self._ticks += 1
        if not self._ticks & 255:
            self.tree.cancel.raise_if_cancelled()

    def attempt(self, what: str, fn: Callable[[], T], default: T) -> T:
        """fn(), or `default` with a warning when an unexpected value in the data makes it fail.

        One damaged section (advertisers, profile) then costs that section, never the whole platform.
        """
        try:
            return fn()
        except (Cancelled, MemoryError, BudgetExceeded):
            raise
        except Exception as e:  # an importer bug on odd input: keep the other sections
            log.warning("reading %s failed: %s", what, type(e).__name__)
            log.debug("reading %s failed", what, exc_info=True)
            self.warn(f"{what} could not be read because of an unexpected value in the file; "
                      "the rest of the export was kept")
            return default

    def _keep_error(self, e: ArchiveError) -> None:
        if not self.errors:
            e.__cause__ = e.__context__ = None
            self.errors.append(e.with_traceback(None))

    def find(self, *names: str) -> Member | None:
        return self.tree.find_first(*names)

    def guard(self, m: Member, fn: Any) -> Any:
        """fn() for member `m`, or None with a warning when it raises an ArchiveError (too large, damaged...)."""
        return self._guard(m, fn)

    def _guard(self, m: Member, fn: Any) -> Any:
        try:
            return fn()
        except Cancelled:
            raise
        except EncryptedArchive as e:
            self._keep_error(e)
            self.failed.append(m.path)
            self.warn(f"{m.path}: this file is password-protected and was skipped", kind="password-protected files")
        except BudgetExceeded as e:
            self._keep_error(e)
            self.failed.append(m.path)
            self.warn(e.detail)  # one message for every file the budget stops
        except ArchiveError as e:
            self._keep_error(e)
            self.failed.append(m.path)
            if e.reason == "bad_json":
                self.warn(f"{m.path}: the file is not valid JSON and was skipped ({e.detail.split(': ', 1)[-1]})",
                          kind="files that are not valid JSON")
            elif e.reason == "too_large":
                self.warn(f"{m.path}: skipped, larger than the safety limit ({e.detail})",
                          kind="files over the safety limit")
            else:
                self.warn(f"{m.path}: could not be read ({e.reason}): {e.detail}", kind="files that could not be read")
        return None

    def read_json(self, m: Member, *, meta: bool = False) -> Any:
        """Decoded JSON or None (with a warning). `meta=True` repairs Meta mojibake in every string."""
        text = self._guard(m, lambda: self.tree.read_text(m))
        if text is None:
            return None
        walk = False
        if meta and not text.isascii():
            walk = True  # raw non-ASCII text: repair string by string after parsing
        elif meta and contains(text, "\\u00"):
            # Meta writes pure ASCII with every UTF-8 byte as \u00XX: repair just those string literals.
            fixed = fix_mojibake_json_text(text)
            if fixed is None:
                walk = True
            else:
                text = fixed
        data = self._guard(m, lambda: parse_json_text(text, m.path, self.tree.inputs[m.input_index].path))
        if data is None:
            return None
        self.used(m)
        if walk:
            data = fix_mojibake_deep(data)
        return data

    def json_records(self, m: Member, *keys: str, meta: bool = False) -> list[Any] | None:
        """The record list under one of `keys` in a JSON member; unknown layouts warned, empty lists noted."""
        data = self.read_json(m, meta=meta)
        if data is None:
            return None
        recs = records(data, *keys)
        if recs is None:
            self.unknown_shape(m, data)
            return None
        if not recs:
            self.empty(m.path)
        return recs

    def read_js(self, m: Member) -> Any:
        """An X archive `window.YTD.x.partN = [...]` file, prefix stripped, as JSON."""

        def parse() -> Any:
            text = self.tree.read_text(m)
            mt = _JS_PREFIX.match(text)
            body = text[mt.end():] if mt else text
            return parse_json_text(body.strip().rstrip(";"), m.path, max_values=self.tree.limits.max_json_values)

        data = self._guard(m, parse)
        if data is not None:
            self.used(m)
        return data

    def read_text(self, m: Member) -> str | None:
        text = self._guard(m, lambda: self.tree.read_text(m))
        if text is not None:
            self.used(m)
        return text  # type: ignore[no-any-return]

    def iter_lines(self, m: Member) -> Iterator[str]:
        try:
            yield from self.tree.iter_lines(m)
            self.used(m)
        except Cancelled:
            raise
        except BudgetExceeded as e:
            self.failed.append(m.path)
            self.warn(e.detail)
        except ArchiveError as e:
            self.failed.append(m.path)
            self.warn(f"{m.path}: stopped reading ({e.reason}): {e.detail}", kind="files that stopped early")

    def used(self, m: Member) -> None:
        if m.path not in self._used:
            self._used.add(m.path)
            self.files_used.append(m.path)

    def empty(self, path: str) -> None:
        if path not in self.files_empty:  # a handful at most: the list is fine
            self.files_empty.append(path)

    def unknown_shape(self, m: Member, found: Any) -> None:
        if isinstance(found, dict):
            what = "keys " + ", ".join(sorted(str(k) for k in found)[:8])
        elif isinstance(found, list):
            what = f"a list of {len(found)} item(s)"
        else:
            what = type(found).__name__
        self.warn(f"{m.path}: unrecognised layout (found {what}); this file was skipped")

    def source(self, result: ImportResult) -> Source:
        return Source(
            platform=self.platform,
            path=self.source_label,
            generation=result.generation,
            parts=tuple(self.tree.paths),
            files_used=tuple(self.files_used),
            files_empty=tuple(self.files_empty),
            warnings=tuple(self.tree.warnings) + tuple(self.summarised_warnings()),
            identity=tuple(sorted(i for i in result.identity if i)),
            time_zone=result.time_zone,
            owner=result.owner,
            owner_id=result.owner_id,
            exported_at=result.exported_at,
            account=account_key(self.platform, result.owner_id or result.owner),
        )


def account_key(platform: str, owner: str | None) -> str:
    """The stable key of an account: platform and the owner's id or name ("" when the export does not say)."""
    return f"{platform}:{owner.strip().casefold()}" if owner and owner.strip() else ""


class Importer:
    """Base class: subclasses set `platform` and implement detect() and run()."""

    platform: ClassVar[str] = ""
    #: Human name for messages ("Facebook").
    title: ClassVar[str] = ""

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        """0 when the tree is not this platform's export; higher scores win."""
        raise NotImplementedError

    def run(self, ctx: ImportContext) -> ImportResult:
        raise NotImplementedError


def records(data: Any, *keys: str) -> list[Any] | None:
    """The first list found under one of `keys` (or the data itself when it is a list)."""
    if isinstance(data, dict):
        for k in keys:
            v = data.get(k)
            if isinstance(v, list):
                return v
        return None
    if isinstance(data, list):
        return data
    return None


def label_values(entry: Any) -> dict[str, Any]:
    """Flatten a Meta label/value record (`label_values` entries) into {label: value-or-timestamp-or-vec}."""
    out: dict[str, Any] = {}
    if not isinstance(entry, dict):
        return out
    found = entry.get("label_values") or entry.get("dict") or []
    for lv in found if isinstance(found, list) else []:  # a number or string here is junk, not a crash
        if not isinstance(lv, dict):
            continue
        label = lv.get("label") or lv.get("title")
        if not isinstance(label, str):
            continue
        if "value" in lv:
            out[label] = lv["value"]
        elif "timestamp_value" in lv:
            out[label] = lv["timestamp_value"]
        elif "vec" in lv:
            out[label] = lv["vec"]
        elif "dict" in lv:
            out[label] = lv["dict"]
    return out
