"""Preferences: the stale-days threshold is saved, shown on the card, and re-runs the risk rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.builders import x
from tests.builders.archive import write_zip
from tests.ui.test_window import LOAD_TIMEOUT, wait_loaded
from ui.main_window import MainWindow


def x_archive_with_old_use(tmp_path: Path) -> Path:
    """An X archive (made 2025-04-12) where Launch Board was last used 100 days before the export."""
    files = x.v2()
    token = {"deviceToken": {"clientApplicationId": "5408470", "token": "SYNTHETIC_TOKEN_LAUNCH_BOARD_00000001",
                             "createdAt": "2023-02-15T14:14:25.000Z", "lastSeenAt": "2025-01-02T10:00:00.000Z",
                             "clientApplicationName": "Launch Board"}}
    files["data/device-token.js"] = x.js("YTD.device_token.part0", [*x.TOKENS, token])
    return write_zip(files, tmp_path / "twitter-2025-04-12.zip")


def _stale(w: MainWindow) -> set[str]:
    return {g.app for g in w.inventory().grants if any(f.rule == "stale_access" for f in g.findings)}


# Offscreen dialogs print this Qt platform notice; every other Qt warning still fails the test.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_stale_days_preference_recomputes_findings(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    window.load_paths([str(x_archive_with_old_use(tmp_path))])
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: bool(_stale(window)), timeout=LOAD_TIMEOUT)
    before = _stale(window)
    assert window.cards.card("unused")._title.text() == "Unused for 90+ days"
    window.show_preferences()
    dlg = window.preferences_dialog
    dlg.days.setValue(36500 // 10)  # ten years: hardly anything in the fixture is that old
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _stale(window) != before, timeout=LOAD_TIMEOUT)
    assert len(_stale(window)) < len(before)
    assert window.cards.card("unused")._title.text() == "Unused for 3650+ days"
    saved = json.loads(window.services.paths.settings_file.read_text())
    assert saved["stale_days"] == 3650


def test_saved_threshold_is_used_at_start(qtbot: Any, services: Any) -> None:
    services.settings.set_stale_days(30)
    services.workspace = services.workspace.with_stale_days(services.settings.stale_days())
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert w.cards.card("unused")._title.text() == "Unused for 30+ days"
    assert w.services.workspace.stale_days == 30
    w.close()



def test_preferences_has_a_keyboard_shortcut(window: MainWindow) -> None:
    assert any(k.toString() for k in window.preferences_action.shortcuts())
