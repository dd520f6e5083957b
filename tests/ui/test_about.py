"""Help › About shows the app's version (from pyproject.toml) and where settings live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.version import app_version
from ui.dialogs.about import about_box


def test_about_shows_version_and_settings_folder(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box(parent, tmp_path / "config")
    assert app_version() != "unknown"
    assert f"Grantscope</b> {app_version()}" in box.text()
    assert str(tmp_path / "config") in box.informativeText()
    box.close()
