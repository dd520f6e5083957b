"""A keyboard-only walk through the window: open the demo, filter, select an app, reach "Manage on …" and the
decision buttons, export a summary — key presses only, as a person without a mouse would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

# The offscreen platform prints these for dialogs and the file dialog's completer popup; they say nothing about
# Grantscope.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing)")


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_until(qtbot: Any, target: QWidget, limit: int = 25) -> int:
    """Press Tab until `target` has the focus; returns how many presses it took."""
    for n in range(1, limit + 1):
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
        if focused() is target:
            return n
    raise AssertionError(f"{target!r} not reached with {limit} Tab presses (stuck on {focused()!r})")


def test_keyboard_only_walk(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.activateWindow()
    window.start_screen.open_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Open the demo: Tab to "Try the demo", Space.
    tab_until(qtbot, window.start_screen.demo_button)
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.grant_proxy.rowCount() > 0)
    total = window.grant_proxy.rowCount()

    # Filter: Ctrl+F, type, Escape clears, type again; Down goes into the list and selects the first match.
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.grant_list.search
    QTest.keyClicks(focused(), "photo")
    assert 0 < window.grant_proxy.rowCount() < total
    press(Qt.Key.Key_Escape)
    assert window.grant_list.search.text() == "" and window.grant_proxy.rowCount() == total
    QTest.keyClicks(focused(), "photo")
    press(Qt.Key.Key_Down)
    assert focused() is window.grant_list.table
    assert window.detail.title_text() == "Photo Editor Plus"

    # Arrows move within the list; Tab leaves it for the details, then the actions.
    window.grant_list.search.clear()
    window.grant_list.table.setFocus()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)
    assert window.detail.title_text() == "Photo Editor Plus"
    manage = window.detail.manage_buttons()[0]
    assert manage.text().startswith("Manage on")
    presses = tab_until(qtbot, manage, limit=6)
    assert presses <= 3, "from the list, Tab reaches the details and then “Manage on …” at once"
    keep = window._decision_pane.buttons["keep"]
    tab_until(qtbot, keep, limit=4)
    press(Qt.Key.Key_Space)
    assert keep.isChecked()
    # The decision buttons are one group: arrows move between them, Tab goes on to the note.
    press(Qt.Key.Key_Right)
    assert focused() is window._decision_pane.buttons["remove"]
    press(Qt.Key.Key_Right)
    assert focused() is window._decision_pane.buttons["reviewed"]
    tab_until(qtbot, window._decision_pane.note, limit=1)

    # Export: Ctrl+E, then Save… by its accelerator, a file name typed into the file dialog, Enter.
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "_export_dialog", None) is not None and window._export_dialog.isVisible())
    dlg = window._export_dialog
    qtbot.waitUntil(lambda: dlg.isActiveWindow() or QApplication.focusWidget() in dlg.findChildren(QWidget))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(dlg, "file_dialog", None), QFileDialog)
                    and dlg.file_dialog.isVisible())
    target = tmp_path / "summary.html"
    qtbot.waitUntil(lambda: QApplication.focusWidget() in dlg.file_dialog.findChildren(QWidget))
    editor = focused()
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, str(target))
    with qtbot.waitSignal(dlg.saved, timeout=20_000):
        press(Qt.Key.Key_Return)
    assert "Photo Editor Plus" in target.read_text(encoding="utf-8")
    assert str(target) in dlg.status.text()


def test_filtering_loading_and_saving_are_announced(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    """A screen reader hears what changed: how many apps were loaded, how many a search leaves, what was saved."""
    from ui import a11y

    spoken: list[str] = []
    real = a11y.announce

    def record(widget: QWidget, text: str, assertive: bool = False) -> None:
        spoken.append(text)
        real(widget, text, assertive)  # the real QAccessibleAnnouncementEvent still goes out

    for module in ("ui.a11y", "ui.main_window", "ui.views.banner", "ui.dialogs.export_dialog"):
        monkeypatch.setattr(f"{module}.announce", record)
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.load_demo()
    qtbot.waitUntil(lambda: any(t.startswith("Loaded:") for t in spoken))
    window.grant_list.search.setText("photo")
    shown = window.grant_list.count_label.text()
    assert " of " in shown
    qtbot.waitUntil(lambda: shown in spoken, timeout=3000)
    window.grant_list.search.setText("zzzz-nothing")
    qtbot.waitUntil(lambda: "Nothing matches the search and filters." in spoken, timeout=3000)
