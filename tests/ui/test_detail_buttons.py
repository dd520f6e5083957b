"""Moving through the list replaces the detail pane's "Manage on …" buttons: the old ones leave the screen at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.test_window import wait_loaded
from ui.main_window import MainWindow


def test_only_the_shown_apps_buttons_are_on_screen(qtbot: Any, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    table = window.grant_list.table
    table.setFocus()
    window.grant_list.select_row(0)
    for _ in range(3):  # quicker than deleteLater: no turn of a running event loop in between
        QTest.keyClick(table, Qt.Key.Key_Down)
        QApplication.processEvents()
    shown = [b for b in window.detail.findChildren(QPushButton) if b.isVisible() and "Manage on" in b.text()]
    assert shown and shown == [b for b in window.detail.manage_buttons() if isinstance(b, QPushButton)]
    assert all(b.geometry().topLeft().y() > 0 for b in shown), "a button never laid out sits at the top left"
