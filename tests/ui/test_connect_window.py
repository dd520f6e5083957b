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
    assert not any(b.text().startswith("Manage on") for b in w.detail.manage_buttons())  # no dead link
    assert "As the provider lists them" in w.detail.body_text()
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


def test_next_start_offers_reconnect_and_the_context_menu_revokes(qtbot: Any, services: Any, world: LiveWorld,
                                                                 fb_zip: Path) -> None:
    from ui.main_window import MainWindow

    browser = world.browser()
    first = Accounts(services.runner, services.settings, TokenStore(world.keyring), open_browser=browser)
    with qtbot.waitSignal(first.partChanged, timeout=TIMEOUT):
        first.connect_account("keycloak", world.params(browser))
    first.close()
    name = first.label(first.keys()[0])

    # next start: a new window and controller over the same settings file and keychain
    w = MainWindow(services)
    qtbot.addWidget(w)
    accounts = Accounts(services.runner, services.settings, TokenStore(world.keyring), open_browser=browser,
                        parent=w)
    w.attach_accounts(accounts)
    w.show()
    assert w.message_bar.title() == f"Reconnect {name}?" and "nothing is sent" in w.message_bar.body()
    assert not w.inventory().grants  # nothing was asked of the provider yet
    reconnect = next(a for a in w.accounts_menu.actions() if a.text() == f"Reconnect {name}")
    reconnect.trigger()
    qtbot.waitUntil(lambda: len(live_apps(w)) == 3, timeout=TIMEOUT)
    assert len(browser.opened) == 1  # resumed from the keychain, no browser
    texts = [a.text() for a in w.accounts_menu.actions()]
    assert f"Disconnect {name}" in " ".join(texts) and f"List Apps Again: {name}" in texts
    assert f"Reconnect {name}" not in texts
    gets = len(world.server.requests("GET"))
    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT):
        next(a for a in w.accounts_menu.actions() if a.text() == f"List Apps Again: {name}").trigger()
    assert len(world.server.requests("GET")) == gets + 1 and len(live_apps(w)) == 3

    w.load_paths([str(fb_zip)])
    qtbot.waitUntil(lambda: not w.is_loading() and any(not g.live for g in w.inventory().grants), timeout=TIMEOUT)
    live = next(g for g in w.inventory().grants if g.app == "Example Notes")
    archived = next(g for g in w.inventory().grants if not g.live)
    menu = w.grant_menu(archived)
    assert [(a.text(), a.isEnabled()) for a in menu.actions()][0] == ("Revoke Access…", False)
    assert menu.actions()[1].text() == "Manage on Facebook"
    menu.deleteLater()
    menu = w.grant_menu(live)
    revoke = menu.actions()[0]
    assert (revoke.text(), revoke.isEnabled(), len(menu.actions())) == ("Revoke Access…", True, 1)
    revoke.trigger()
    confirm = top_dialog(ConfirmRevokeDialog)
    assert "Revoke access for “Example Notes”?" in confirm.text()
    confirm.reject()  # changed my mind: nothing is sent
    menu.deleteLater()
    assert world.server.requests("DELETE") == []

    # the saved sign-in is gone at the provider side: Reconnect asks to sign in again, prefilled
    accounts.disconnect(accounts.keys()[0])
    qtbot.waitUntil(lambda: not live_apps(w), timeout=TIMEOUT)
    accounts._remember(first.account(first.keys()[0]).ref)  # type: ignore[union-attr]  # as if saved earlier
    accounts.accountsChanged.emit()
    next(a for a in w.accounts_menu.actions() if a.text() == f"Reconnect {name}").trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, ConnectAccountDialog) and d.isVisible()
                                for d in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    dlg = top_dialog(ConnectAccountDialog)
    assert dlg.field("client_id").text() == browser.client_id and "Sign in again" in dlg.error_text()
    assert w.message_bar.title() == f"No saved sign-in for {name}"
    dlg.reject()
    w.close()
