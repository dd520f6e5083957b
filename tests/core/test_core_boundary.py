"""House rule 1 and the import contracts: core never imports Qt or ui; importers and the archive stay in their lanes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_never_imports_qt_or_ui() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "core").rglob("*.py")
    )
    assert "core.scan" in modules and "core.archive.tree" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')) or m == 'ui' "
        "or m.startswith('ui.'))\n"
        "print('BAD', bad)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "BAD []" in r.stdout, r.stdout


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(exe), "--no-cache"], cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root)})


def test_import_contracts_hold_on_the_tree() -> None:
    r = _lint_imports(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "3 kept, 0 broken" in r.stdout, r.stdout


def test_import_contracts_see_an_import_of_ui_inside_a_function(tmp_path: Path) -> None:
    """A deliberate `import ui` hidden in a function of core/ breaks the contract (grimp reads function bodies)."""
    copy = tmp_path / "tree"
    copy.mkdir()
    for name in ("core", "ui"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / "core" / "summary.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n\ndef sneaky() -> None:\n    import ui.pdf_export\n",
                      encoding="utf-8")
    r = _lint_imports(copy)
    assert r.returncode != 0
    assert "core never imports Qt or ui" in r.stdout and "BROKEN" in r.stdout, r.stdout
    assert "core.summary -> ui.pdf_export" in r.stdout, r.stdout
