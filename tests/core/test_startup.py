"""A `scan` starts fast: it imports only what it uses (no plan database, no report templates, no Qt, only the
importer of the platform it found), and every importer is still registered for detection."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

from core.importers import registry
from core.importers.base import Importer
from tests.builders.archive import write_zip
from tests.builders.facebook import g3

ROOT = Path(__file__).resolve().parents[2]

#: Modules a JSON scan of a Facebook export has no use for (each costs start-up time on every run).
NOT_FOR_A_JSON_SCAN = (
    "PySide6", "jinja2", "sqlite3", "core.plan", "core.store", "core.export.html", "core.export.view",
    "core.export.markdown", "core.export.csv_writer", "core.export.redact", "core.importers.instagram",
    "core.importers.x", "core.importers.google_takeout", "core.importers.snapchat", "core.importers.tiktok",
    "core.importers.discord", "core.importers.reddit", "core.importers.meta_dom", "core.importers.html_budget",
    "html.parser", "core.importers.meta_html",
)


def _scan_modules(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run main.py with `args` in a fresh interpreter; the names of every module it imported."""
    code = (
        "import sys\n"
        f"sys.argv = {['main.py', *args]!r}\n"
        "import main\n"
        "rc = main.main()\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    line = next((x for x in r.stdout.splitlines() if x.startswith("MODULES ")), "MODULES")
    return r, set(line.split()[1:])


def test_a_json_scan_imports_only_what_it_uses(tmp_path: Path) -> None:
    z = write_zip(g3(), tmp_path / "fb.zip")
    out = tmp_path / "out.json"
    r, modules = _scan_modules("scan", str(z), "--format", "json", "-o", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text("utf-8"))["sources"][0]["platform"] == "facebook"
    assert {"core.importers.facebook", "core.export.json_writer", "orjson"} <= modules  # it did run the scan
    loaded = sorted(m for m in modules if m.split(".")[0] in NOT_FOR_A_JSON_SCAN or m in NOT_FOR_A_JSON_SCAN)
    assert loaded == []


def test_a_markdown_scan_loads_its_writer_when_asked(tmp_path: Path) -> None:
    z = write_zip(g3(), tmp_path / "fb.zip")
    r, modules = _scan_modules("scan", str(z), "--format", "md", "--quiet")
    assert r.returncode == 0, r.stderr
    assert "# Grantscope summary" in r.stdout and "Slideshow Maker" in r.stdout
    assert "core.export.markdown" in modules and "core.plan" not in modules


def test_every_importer_is_registered_under_its_platform() -> None:
    """An importer module the registry does not name would never be detected: its exports would be 'unsupported'."""
    found: set[type[Importer]] = set()
    for path in sorted((ROOT / "core" / "importers").glob("*.py")):
        module = importlib.import_module(f"core.importers.{path.stem}")
        found |= {v for v in vars(module).values()
                  if isinstance(v, type) and issubclass(v, Importer) and v is not Importer and v.platform}
    assert found == set(registry.all_importers())
    for platform, _ in registry.PLATFORMS:
        assert registry.importer(platform).platform == platform
