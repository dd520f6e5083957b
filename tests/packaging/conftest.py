"""packaging/ holds scripts run by path (no __init__.py, so it never shadows the PyPI `packaging` library):
put that folder on sys.path so the tests import its modules by their plain names."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
# The icon test draws with Qt: no window system needed (tests/ui/conftest.py sets its own when it runs too).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))


def require_tool(name: str, package: str) -> str:
    """The tool's path; skips locally when it is missing, but fails under CI=true (CI installs it)."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{name} is missing under CI: .ci/run must install the Debian package {package}")
    pytest.skip(f"{name} is not installed (apt-get install {package}); CI runs this check")
