"""The live path in the real window against a real Keycloak: sign in through the dialog (PKCE over the loopback
receiver, a scripted browser on Keycloak's pages), the account's apps in the table, revoke one (gone in Keycloak's
admin API and in the next listing), restart and reconnect from the keychain (the "Reconnect?" offer goes away),
Disconnect (token revoked at Keycloak, keychain entry gone), the 403 of a user without view-applications, and
Grantscope's own row. Afterwards no token, code, state or nonce value is in the data folder, logs or exports."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.export.writers import render
from core.secrets import TokenStore
from tests.support.keycloak import CASEY, CLIENT_ID, ROBIN, THIRD_PARTY, KeycloakBrowser, KeycloakServer, query
from tests.support.memory_keyring import MemoryKeyring
from tests.support.report import to_document
from ui.accounts import Accounts
from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
from ui.dialogs.connect_account import ConnectAccountDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

TIMEOUT = 60_000


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Everything Grantscope logs during the test, at DEBUG, in a file in the data folder (as the app does)."""
    path = tmp_path / "state" / "grantscope.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old)
    handler.close()


def make_window(qtbot: Any, services: Any, keyring: MemoryKeyring, browser: Any) -> tuple[Any, Accounts]:
    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    accounts = Accounts(services.runner, services.settings, TokenStore(keyring), open_browser=browser, parent=w)
    w.attach_accounts(accounts)
    w.show()
    return w, accounts


def sign_in_with_dialog(qtbot: Any, accounts: Accounts, kc: KeycloakServer) -> ConnectAccountDialog:
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    dlg.advanced_toggle.setChecked(True)
    dlg.field("issuer").setText(kc.issuer)
    dlg.field("client_id").setText(CLIENT_ID)
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    return dlg


def live(w: Any) -> dict[str, Any]:
    return {g.app_id: g for g in w.inventory().grants if g.live}


def test_keycloak_end_to_end_in_the_window(qtbot: Any, services: Any, keycloak: KeycloakServer, tmp_path: Path,
                                           log_file: Path) -> None:
    for client_id in THIRD_PARTY:
        keycloak.consent_as(ROBIN, client_id)
    keyring = MemoryKeyring()
    browser = KeycloakBrowser(ROBIN)
    w, accounts = make_window(qtbot, services, keyring, browser)
    secrets: set[str] = set()

    dlg = sign_in_with_dialog(qtbot, accounts, keycloak)
    with qtbot.waitSignal(dlg.connectedAccount, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: set(THIRD_PARTY) <= set(live(w)), timeout=TIMEOUT)
    assert browser.errors == [] and len(browser.callbacks) == 1
    key = accounts.keys()[0]
    acc = accounts.account(key)
    assert acc is not None and acc.persistent
    secrets |= {v for k, v in acc._http.token.items() if k.endswith("token") and isinstance(v, str)}
    secrets |= set(keyring.entries.values())
    for url in browser.opened:
        secrets |= {query(url)["state"], query(url)["nonce"], query(url)["code_challenge"]}
    secrets |= {query(u)["code"] for u in browser.callbacks}
    assert live(w)["example-notes"].app == "Example Notes"

    # Revoke one app through the confirmation dialog; Keycloak's admin API and the next listing agree.
    w.confirm_revoke(live(w)["example-photos"])
    confirm = next(d for d in w.findChildren(ConfirmRevokeDialog) if d.isVisible())
    assert "Grantscope's own access" not in confirm.text()
    with qtbot.waitSignal(accounts.revokeFinished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(confirm.revoke_button, Qt.MouseButton.LeftButton)
    assert done.args[1] is True
    assert "example-photos" not in keycloak.consents("robin")
    qtbot.waitUntil(lambda: "example-photos" not in live(w) and "example-notes" in live(w), timeout=TIMEOUT)
    assert w.message_bar.title() == "Access removed: Example Photos"

    # Grantscope's own row warns that revoking it disconnects Grantscope.
    w.confirm_revoke(live(w)[CLIENT_ID])
    own = next(d for d in w.findChildren(ConfirmRevokeDialog) if d.isVisible() and d.grant.app_id == CLIENT_ID)
    assert "This is Grantscope's own access" in own.text()
    own.reject()
    accounts.close()
    w.close()

    # Restart: same settings, same keychain, a browser that must not be needed.
    unused = KeycloakBrowser(ROBIN)
    w2, again = make_window(qtbot, services, keyring, unused)
    assert w2.message_bar.isVisible() and w2.message_bar.title().startswith("Reconnect ")
    with qtbot.waitSignal(again.partChanged, timeout=TIMEOUT):
        again.resume_saved()
    qtbot.waitUntil(lambda: "example-notes" in live(w2), timeout=TIMEOUT)
    assert unused.opened == [] and "example-photos" not in live(w2)
    assert w2.message_bar.title().startswith("Reconnected ")  # the "Reconnect …?" offer is answered
    acc2 = again.account(again.keys()[0])
    assert acc2 is not None
    secrets |= {v for k, v in acc2._http.token.items() if k.endswith("token") and isinstance(v, str)}
    refresh_token = next(iter(keyring.entries.values()))
    secrets.add(refresh_token)

    # Exports of what the window shows (written to the data folder as a person would).
    doc = to_document(w2.inventory())
    for fmt in ("json", "csv", "md", "html"):
        (tmp_path / "state" / f"summary.{fmt}").write_bytes(render(doc, fmt))

    # Disconnect: revoked at Keycloak, gone from the keychain and from the window.
    with qtbot.waitSignal(again.partRemoved, timeout=TIMEOUT):
        again.disconnect(again.keys()[0])
    qtbot.waitUntil(lambda: not live(w2), timeout=TIMEOUT)
    assert keyring.entries == {}
    assert w2.message_bar.title() == "Disconnected from Keycloak"
    assert not keycloak.refresh_works(refresh_token)
    assert again.saved_refs() == [] and again.pending_revocations() == []
    again.close()
    w2.close()

    # Searched by value: nothing secret in the data folder (settings, database, log, exports).
    secrets = {s for s in secrets if len(s) >= 16}
    assert len(secrets) >= 6
    files = [p for p in (tmp_path / "state").rglob("*") if p.is_file()]
    assert log_file in files and log_file.stat().st_size > 0
    assert {p.name for p in files} >= {"summary.json", "summary.html", "summary.csv", "summary.md"}
    for p in files:
        text = p.read_bytes().decode("utf-8", "replace")
        for s in secrets:
            assert s not in text, f"a secret value reached {p.relative_to(tmp_path)}"


def test_a_user_without_view_applications_sees_which_role_is_missing(qtbot: Any, services: Any,
                                                                     keycloak: KeycloakServer) -> None:
    w, accounts = make_window(qtbot, services, MemoryKeyring(), KeycloakBrowser(CASEY))
    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT) as part:
        dlg = sign_in_with_dialog(qtbot, accounts, keycloak)
    assert part.args[1].grants == ()
    assert w.message_bar.title() == "Your account lacks a permission Keycloak requires"
    assert "view-applications" in w.message_bar.body()
    assert dlg.result() == dlg.DialogCode.Accepted
    with qtbot.waitSignal(accounts.partRemoved, timeout=TIMEOUT):
        accounts.disconnect(accounts.keys()[0])
    accounts.close()


def test_revoking_grantscopes_own_row_signs_out_and_offers_sign_in_again(qtbot: Any, services: Any,
                                                                        keycloak: KeycloakServer) -> None:
    keyring = MemoryKeyring()
    w, accounts = make_window(qtbot, services, keyring, KeycloakBrowser(ROBIN))
    opened: list[Any] = []
    w.show_connect_dialog = lambda prefill=None: opened.append(prefill)  # type: ignore[method-assign]
    accounts.signInNeeded.disconnect()
    accounts.signInNeeded.connect(lambda ref: w.show_connect_dialog(prefill=ref))
    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT):
        sign_in_with_dialog(qtbot, accounts, keycloak)
    qtbot.waitUntil(lambda: CLIENT_ID in live(w), timeout=TIMEOUT)
    refresh_token = next(iter(keyring.entries.values()))
    with qtbot.waitSignal(accounts.signInNeeded, timeout=TIMEOUT):
        accounts.revoke(live(w)[CLIENT_ID])
    assert w.message_bar.title() == "Grantscope is disconnected from Keycloak"
    qtbot.waitUntil(lambda: not live(w), timeout=TIMEOUT)  # no dead row
    assert keyring.entries == {} and accounts.keys() == []  # no dead token
    assert accounts.saved_refs() == []
    assert len(opened) == 1 and opened[0].provider == "keycloak"  # "Sign in again", prefilled
    assert not keycloak.refresh_works(refresh_token)
    accounts.close()
