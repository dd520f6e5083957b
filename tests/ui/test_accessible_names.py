"""Every interactive widget of the window and of every dialog has a name (and a description) a screen reader
can say: the test walks the whole widget tree and fails on an empty one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QLabel, QTabBar, QToolButton, QWidget

from core.model import Grant
from ui.a11y import interactive_widgets, spoken_description, spoken_name

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def qt_internal(w: QWidget) -> bool:
    """Parts Qt builds and names itself: a combo box's popup list, a tab bar's scroll arrows, the standard
    OK/Cancel/Close buttons of a button box (their words are their description)."""
    parent = w.parentWidget()
    chain = []
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    if isinstance(w, QAbstractItemView) and any(isinstance(p, QComboBox) for p in chain):
        return True
    if isinstance(w, QToolButton) and isinstance(w.parentWidget(), QTabBar):
        return True
    box = w.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton  # type: ignore[arg-type]


def unnamed(root: QWidget, descriptions: bool = True) -> list[str]:
    out = []
    for w in interactive_widgets(root):
        if qt_internal(w) or (isinstance(w, QLabel) and not w.text()):
            continue  # an empty label has nothing to read (it takes the focus only once it shows text)
        what = f"{type(w).__name__}({w.objectName() or spoken_name(w)[:30]!r})"
        if not spoken_name(w).strip():
            out.append(f"{what}: no accessible name")
        elif descriptions and not spoken_description(w).strip():
            out.append(f"{what}: no accessible description")
    return out


def test_the_walk_sees_what_a_screen_reader_sees(qtbot: Any) -> None:
    """The check can fail: an unnamed line edit is reported, a named one is not."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    edit = QLineEdit(root)
    QVBoxLayout(root).addWidget(edit)
    assert unnamed(root) == ["QLineEdit(''): no accessible name"]
    edit.setAccessibleName("Search")
    assert unnamed(root) == ["QLineEdit('Search'): no accessible description"]
    edit.setAccessibleDescription("Narrows the list")
    assert unnamed(root) == []
    assert QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name) == "Search"


def test_main_window_start_screen_and_workspace(qtbot: Any, window: Any) -> None:
    assert unnamed(window) == []
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.load_demo()
    qtbot.waitUntil(lambda: window.grant_proxy.rowCount() > 0)
    window.grant_list.set_status("active")
    window.grant_list.select_row(0)
    assert unnamed(window) == []
    assert spoken_name(window.tabs.tabBar())
    assert window.detail.manage_buttons() and all(spoken_description(b) for b in window.detail.manage_buttons())


def test_every_dialog(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.window import dialogs

    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.load_demo()
    qtbot.waitUntil(lambda: window.grant_proxy.rowCount() > 0)

    window.show_export_dialog()
    assert unnamed(window._export_dialog) == []
    window._export_dialog.close()

    window.show_preferences()
    assert unnamed(window.preferences_dialog) == []
    window.preferences_dialog.close()

    dialogs.show_shortcuts(window)
    assert unnamed(window.shortcuts_dialog, descriptions=False) == []
    text = window.shortcuts_dialog.text()
    assert "Ctrl+F" in text and "F5" in text and "Escape" in text, "the shortcuts are listed in Help"
    window.shortcuts_dialog.close()

    crash = CrashDialog("Traceback (most recent call last):\n  KeyError: 'x'", tmp_path / "grantscope.log", window)
    qtbot.addWidget(crash)
    crash.open()
    assert unnamed(crash) == [], unnamed(crash)

    grant = Grant("entra", "Contoso Expenses", "app-1", "active", permissions=("User.Read",),
                  kind="administered_app", source="live:admin@contoso.example", revoke_handle="h")
    revoke = ConfirmRevokeDialog(grant)
    qtbot.addWidget(revoke)
    revoke.open()
    assert unnamed(revoke) == []


def test_connect_dialog(qtbot: Any, tmp_path: Path) -> None:
    from core.secrets import TokenStore
    from tests.support.memory_keyring import MemoryKeyring
    from ui.accounts import Accounts
    from ui.dialogs.connect_account import ConnectAccountDialog
    from ui.settings import Settings
    from ui.workers import TaskRunner

    runner = TaskRunner()
    accounts = Accounts(runner, Settings(tmp_path / "settings.json"), TokenStore(MemoryKeyring()))
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    dlg.advanced_toggle.setChecked(True)
    assert unnamed(dlg) == [], unnamed(dlg)
    dlg.close()
    accounts.close()
    runner.cancel_all()
    assert runner.wait(5000)
