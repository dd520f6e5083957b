"""The .desktop file and AppStream metainfo validate with the freedesktop tools (run under CI=true)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from build_bundle import APP_ID, metainfo_with_release

from core.version import app_version
from tests.packaging.conftest import require_tool

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_desktop_file_validates() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    desktop = LINUX / f"{APP_ID}.desktop"
    proc = subprocess.run([tool, str(desktop)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower()
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=grantscope %F" in text and f"Icon={APP_ID}" in text


def test_metainfo_validates_as_shipped_with_the_version(tmp_path: Path) -> None:
    tool = require_tool("appstreamcli", "appstream")
    shipped = tmp_path / f"{APP_ID}.metainfo.xml"
    shipped.write_text(metainfo_with_release(app_version(), "2026-12-05"), encoding="utf-8")
    for path in (LINUX / f"{APP_ID}.metainfo.xml", shipped):
        proc = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    text = shipped.read_text(encoding="utf-8")
    assert f'<release version="{app_version()}"' in text
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in text


def test_the_window_names_the_same_desktop_file() -> None:
    # Wayland shows the icon and groups windows by this id: it must match the installed .desktop file.
    app_py = (Path(__file__).resolve().parents[2] / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_py
