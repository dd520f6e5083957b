"""Window state and recent files, kept in a small JSON file under AppPaths (never the OS registry)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from core.risk import DEFAULT_STALE_DAYS, MAX_STALE_DAYS, MIN_STALE_DAYS

log = logging.getLogger(__name__)

MAX_RECENT = 10
VERSION = 1


class Settings:
    """A dict-backed settings file. Unknown keys are kept so newer versions' settings survive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as e:  # a damaged settings file must not stop the app from starting
            log.warning("settings file %s unreadable (%s); starting with defaults", self.path, e)
            raw = {}
        self._data = raw if isinstance(raw, dict) else {}

    def save(self) -> None:
        """Write atomically: a crash while saving leaves the previous file intact."""
        self._data["version"] = VERSION
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(self._data, f, indent=2, ensure_ascii=False)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:
            log.warning("could not save settings to %s: %s", self.path, e)

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value

    # --- risk: days without use before an app counts as stale ---

    def stale_days(self, default: int = DEFAULT_STALE_DAYS) -> int:
        v = self._data.get("stale_days", default)
        ok = isinstance(v, int) and not isinstance(v, bool) and MIN_STALE_DAYS <= v <= MAX_STALE_DAYS
        return v if ok else default

    def set_stale_days(self, days: int) -> None:
        if isinstance(days, bool) or not isinstance(days, int) or not MIN_STALE_DAYS <= days <= MAX_STALE_DAYS:
            raise ValueError(f"stale days must be from {MIN_STALE_DAYS} to {MAX_STALE_DAYS}, not {days!r}")
        self._data["stale_days"] = days

    # --- recent files: each entry is the list of paths opened together (parts of one export) ---

    def recent(self) -> list[list[str]]:
        out: list[list[str]] = []
        for entry in self._data.get("recent", []):
            if isinstance(entry, list) and entry and all(isinstance(p, str) for p in entry):
                out.append(entry)
        return out

    def add_recent(self, paths: list[str]) -> None:
        entry = [str(p) for p in paths]
        items = [e for e in self.recent() if e != entry]
        self._data["recent"] = [entry, *items][:MAX_RECENT]

    def clear_recent(self) -> None:
        self._data["recent"] = []

    # --- column widths per table ---

    def column_widths(self, table: str) -> dict[str, int]:
        widths = self._data.get("columns", {}).get(table, {})
        return {k: int(v) for k, v in widths.items() if isinstance(v, (int, float)) and v > 0}

    def set_column_widths(self, table: str, widths: dict[str, int]) -> None:
        self._data.setdefault("columns", {})[table] = widths
