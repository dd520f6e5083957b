"""The app's version, read from the one place it is written: pyproject.toml (bundled beside the code when frozen)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

#: From source: the project folder; in a PyInstaller bundle: the bundle's data folder, where the spec copies it.
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
UNKNOWN = "unknown"

_PROJECT_TABLE = re.compile(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", re.MULTILINE | re.DOTALL)
_VERSION = re.compile(r"""^version\s*=\s*["']([^"']+)["']\s*$""", re.MULTILINE)


def parse_version(pyproject_text: str) -> str | None:
    """`version` of the [project] table (Python 3.10 has no tomllib; this one key needs no TOML parser)."""
    table = _PROJECT_TABLE.search(pyproject_text)
    found = _VERSION.search(table.group(1)) if table else None
    return found.group(1) if found else None


@lru_cache(maxsize=1)
def app_version(pyproject: Path = PYPROJECT) -> str:
    """"0.1.0" etc.; "unknown" when pyproject.toml is missing or has no version (never raises)."""
    try:
        return parse_version(pyproject.read_text(encoding="utf-8")) or UNKNOWN
    except OSError:
        return UNKNOWN
