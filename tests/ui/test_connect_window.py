"""The whole live path in the real window: Accounts › Connect account…, a real sign-in (pytest-iam), the account
as a source next to an archive, its grants in the same table, Revoke access… with confirmation, the result
confirmed by listing again, and Disconnect."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.secrets import TokenStore
from tests.support.live_world import LiveWorld, start_world
from ui.accounts import Accounts
from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
from ui.dialogs.connect_account import ConnectAccountDialog
from ui.models.base import ObjectRole
from ui.models.grants import COL_APP

# The offscreen platform plugin cannot resize native windows and says so whenever a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

TIMEOUT = 15_000


@pytest.fixture
def world(iam_server: Any) -> Iterator[LiveWorld]:
    w = start_world(iam_server)
    yield w
    w.server.stop()


@pytest.fixture
def live_window(qtbot: Any, services: Any, world: LiveWorld) -> Iterator[tuple[Any, Accounts, Any]]:
    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    browser = world.browser(client_secret="test-only-secret")
    accounts = Accounts(services.runner, services.settings, TokenStore(world.keyring), open_browser=browser,
                        parent=w)
    w.attach_accounts(accounts)
    w.show()
    yield w, accounts, browser
    w.close()


def live_apps(w: Any) -> set[str]:
    return {g.app for g in w.inventory().grants if g.live}


def select(w: Any, app: str) -> None:
    for r in range(w.grant_proxy.rowCount()):
        if w.grant_proxy.index(r, COL_APP).data(ObjectRole).app == app:
            w.grant_list.select_row(r)
            return
    raise AssertionError(f"{app} not listed")


def top_dialog(kind: type) -> Any:
    found = [d for d in QApplication.topLevelWidgets() if isinstance(d, kind) and d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_connect_revoke_and_disconnect_in_the_window(qtbot: Any, live_window: Any, world: LiveWorld,
                                                     fb_zip: Path) -> None:
    w, accounts, browser = live_window
    w.load_paths([str(fb_zip)])
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() > 0 and not w.is_loading(), timeout=TIMEOUT)
    archive_rows = len(w.inventory().grants)

    # Accounts › Connect account…
    assert w.accounts_menu.menuAction().isVisible()
    w.connect_action.trigger()
    dlg = top_dialog(ConnectAccountDialog)
    dlg.advanced_toggle.setChecked(True)
    for name, value in {**world.params(browser)}.items():
        dlg.field(name).setText(value)
    # the test client is confidential (Canaille revokes tokens only for those): its secret rides along
    dlg.field("issuer").setText(world.iam.url)
    orig_params = dlg.params
    dlg.params = lambda: {**orig_params(), "client_secret": "test-only-secret"}  # type: ignore[method-assign]
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live_apps(w) == {"Example Notes", "Sample Calendar Sync", "account-console"},
                    timeout=TIMEOUT)
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, ConnectAccountDialog) and d.isVisible()]

    # one table: archive and live rows together; the account is a source of kind "live"
    assert len(w.inventory().grants) == archive_rows + 3
    live_sources = [s for s in w.inventory().sources if s.kind == "live"]
    assert [s.platform for s in live_sources] == ["keycloak"]
    assert "Keycloak: connected account" in w.sources_panel.text()

    # archive grants keep their "Manage on <platform>" link and offer no revoke
    archive_grant = next(g for g in w.inventory().grants if not g.live)
    select(w, archive_grant.app)
    texts = [b.text() for b in w.detail.manage_buttons()]
    assert "Revoke access…" not in texts and any(t.startswith("Manage on Facebook") for t in texts)

    # live grant: Revoke access… → confirmation naming the app → gone after listing again
    select(w, "Sample Calendar Sync")
    revoke = next(b for b in w.detail.manage_buttons() if b.text() == "Revoke access…")
    assert revoke.isEnabled()
    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    confirm = top_dialog(ConfirmRevokeDialog)
    assert "Revoke access for “Sample Calendar Sync”?" in confirm.text()
    deletes = len(world.server.requests("DELETE"))
    qtbot.mouseClick(confirm.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live_apps(w) == {"Example Notes", "account-console"}, timeout=TIMEOUT)
    assert len(world.server.requests("DELETE")) == deletes + 1
    assert w.message_bar.title() == "Access removed: Sample Calendar Sync"
    assert len(w.inventory().grants) == archive_rows + 2

    # Accounts › Disconnect …: the rows and the keychain entry go, the archive stays
    assert world.keyring.entries
    disconnect = next(a for a in w.accounts_menu.actions() if a.text().startswith("Disconnect"))
    disconnect.trigger()
    qtbot.waitUntil(lambda: not live_apps(w), timeout=TIMEOUT)
    assert world.keyring.entries == {}
    assert all(s.kind != "live" for s in w.inventory().sources)
    assert len(w.inventory().grants) == archive_rows
    assert w.message_bar.title() == "Disconnected from Keycloak"
    assert not any(a.text().startswith("Disconnect") for a in w.accounts_menu.actions())
    world.server.assert_clean()
