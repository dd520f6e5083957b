"""The version is written once (pyproject.toml) and shown by `--version` and Help › About."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from core.version import UNKNOWN, app_version, parse_version

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    assert declared is not None
    assert app_version() == declared.group(1)


def test_only_the_project_table_counts(tmp_path: Path) -> None:
    text = '[tool.other]\nversion = "9.9"\n\n[project]\nname = "grantscope"\nversion = "1.2.3"\n[x]\nversion = "0"\n'
    assert parse_version(text) == "1.2.3"
    assert parse_version('[tool.x]\nversion = "1"\n') is None
    missing = tmp_path / "pyproject.toml"
    assert app_version.__wrapped__(missing) == UNKNOWN  # a broken install says "unknown", never crashes


def test_main_prints_the_version() -> None:
    for flag in ("--version", "-V"):
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), flag], capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == f"Grantscope {app_version()}"


def test_the_real_packaging_library_is_not_shadowed() -> None:
    # packaging/ has no __init__.py: `import packaging` from the project folder still finds the PyPI library
    # (pytest and PyInstaller import it).
    assert not (ROOT / "packaging" / "__init__.py").exists()
    proc = subprocess.run([sys.executable, "-c", "import packaging.version as v; print(v.Version('1.0'))"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.strip() == "1.0", proc.stderr
