"""Failure paths a person meets with live accounts, in the dialog and the window (issue 16): no keychain, the
"Reconnect?" offer after reconnecting, a Disconnect the provider refuses, a wrong client id, a browser that died,
the sign-in URL in Qt's warning, no refresh token, a keychain waiting to be unlocked, and a server gone down."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QtMsgType, QUrl

from core.connectors.oauth import browser as browser_module
from core.secrets import TokenStore
from tests.support.contract_server import ContractServer
from tests.support.live_world import LiveWorld, StuckBrowser, contract_account, contract_keycloak, start_world
from tests.support.memory_keyring import MemoryKeyring
from ui.accounts import Accounts, GuiBrowser
from ui.dialogs.connect_account import PAGE_PROGRESS, ConnectAccountDialog
from ui.settings import Settings
from ui.workers import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

TIMEOUT = 15_000


@pytest.fixture
def world(iam_server: Any) -> Iterator[LiveWorld]:
    w = start_world(iam_server)
    yield w
    w.server.stop()


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.cancel_all()
    assert r.wait(5000)


def make_accounts(runner: TaskRunner, tmp_path: Path, keyring: Any, browser: Any = None) -> Accounts:
    return Accounts(runner, Settings(tmp_path / "config" / "settings.json"), TokenStore(keyring),
                    open_browser=browser or StuckBrowser())


def messages(accounts: Accounts) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: out.append(m))
    return out


# --- 2: no keychain ----------------------------------------------------------------------------------------


def test_without_a_keychain_the_account_is_not_offered_next_time(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                                 tmp_path: Path) -> None:
    world.keyring.fail_writes = True  # the keychain refuses: memory only
    browser = world.browser()
    accounts = make_accounts(runner, tmp_path, world.keyring, browser)
    msgs = messages(accounts)
    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT):
        accounts.connect_account("keycloak", world.params(browser))
    assert accounts.keys() and msgs[-1][0] == "Grantscope will not remember this sign-in"
    assert accounts.saved_refs() == []
    accounts.close()
    again = make_accounts(runner, tmp_path, world.keyring)
    assert again.resumable() == []  # no "Reconnect?" that could only fail


# --- 3: the "Reconnect …?" offer goes away once answered ----------------------------------------------------


def test_the_reconnect_offer_is_replaced_after_reconnecting(qtbot: Any, services: Any, world: LiveWorld) -> None:
    from ui.main_window import MainWindow

    browser = world.browser()
    first = Accounts(services.runner, services.settings, TokenStore(world.keyring), open_browser=browser)
    with qtbot.waitSignal(first.partChanged, timeout=TIMEOUT):
        first.connect_account("keycloak", world.params(browser))
    first.close()
    w = MainWindow(services)
    qtbot.addWidget(w)
    accounts = Accounts(services.runner, services.settings, TokenStore(world.keyring), open_browser=StuckBrowser(),
                        parent=w)
    w.attach_accounts(accounts)
    w.show()
    assert w.message_bar.isVisible() and w.message_bar.title().startswith("Reconnect ")
    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT):
        accounts.resume_saved()
    assert w.message_bar.title().startswith("Reconnected ") and "app(s) listed" in w.message_bar.body()
    accounts.close()
    w.close()


# --- 4: Disconnect refused by the provider --------------------------------------------------------------------


def test_a_refused_disconnect_says_access_remains_and_retries_next_start(qtbot: Any, runner: TaskRunner,
                                                                         tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[503, 503])  # refresh and access token refused
        accounts = make_accounts(runner, tmp_path, keyring)
        msgs = messages(accounts)
        account = contract_account(meta, tokens, accounts.token_store)
        accounts._after_connect((account, account.list_grants(), None))
        with qtbot.waitSignal(accounts.partRemoved, timeout=TIMEOUT):
            accounts.disconnect(accounts.keys()[0])
        title, body, kind = msgs[-1]
        assert title == "Disconnected, but Grantscope's access at Keycloak is still valid" and kind == "warning"
        assert "tries again each time it starts" in body
        assert [r.account for r in accounts.pending_revocations()] == ["user-1"] and keyring.entries
        accounts.close()

        # Next start: tried again; the provider now confirms.
        again = make_accounts(runner, tmp_path, keyring)
        msgs2 = messages(again)
        ops = again.retry_pending_revocations()
        with qtbot.waitSignal(ops[0].done, timeout=TIMEOUT):
            pass
        assert msgs2 and msgs2[-1][0] == "Grantscope's access at Keycloak is now revoked"
        assert again.pending_revocations() == [] and keyring.entries == {}

        # Or the person stops the retries.
        third = make_accounts(runner, tmp_path, keyring)
        account = contract_account(meta, tokens, third.token_store)
        server.routes[-1] = ("POST", r"/realms/demo/token/revocation", lambda r, m: (500, {}, {}))
        third._after_connect((account, (), None))
        with qtbot.waitSignal(third.partRemoved, timeout=TIMEOUT):
            third.disconnect(third.keys()[0])
        assert third.pending_revocations()
        with qtbot.waitSignal(third.dismiss_pending(third.pending_revocations()[0]).done, timeout=TIMEOUT):
            pass
        assert third.pending_revocations() == [] and keyring.entries == {}


# --- 5 and 6: a wrong client id, a browser that died --------------------------------------------------------------


def test_the_dialog_hints_at_the_client_id_at_once_and_offers_a_code_when_the_browser_is_silent(
        qtbot: Any, runner: TaskRunner, world: LiveWorld, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(browser_module, "BROWSER_QUIET_S", 0.5)
    accounts = make_accounts(runner, tmp_path, world.keyring, StuckBrowser())
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    dlg.advanced_toggle.setChecked(True)
    dlg.field("issuer").setText(world.iam.url)
    dlg.field("client_id").setText("grantscope-typo")
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.browser_hint.isVisible(), timeout=TIMEOUT)
    assert "check the client ID" in dlg.browser_hint.text() and dlg.cancel_button.isVisible()
    assert not dlg.code_instead_button.isVisible()
    qtbot.waitUntil(lambda: dlg.code_instead_button.isVisible(), timeout=TIMEOUT)  # nothing reached the receiver
    assert "sign in with a code instead" in dlg.progress_text()
    qtbot.mouseClick(dlg.code_instead_button, Qt.MouseButton.LeftButton)  # the browser sign-in is dropped
    assert dlg.device_check.isChecked()
    qtbot.waitUntil(lambda: not accounts.busy, timeout=TIMEOUT)
    # This test server offers no device flow: the dialog says so instead of waiting.
    assert "does not offer sign-in with a code" in dlg.error_text()


def test_a_client_the_provider_rejects_is_reported_without_waiting(qtbot: Any, runner: TaskRunner,
                                                                   tmp_path: Path) -> None:
    with ContractServer() as server:
        meta, _tokens = contract_keycloak(server, revocation=[])
        server.add("GET", r"/realms/demo/auth", lambda r, m: (400, {}, b"<html>Client not found.</html>"))
        accounts = make_accounts(runner, tmp_path, MemoryKeyring(), StuckBrowser())
        accounts.sign_in_timeout = 120
        dlg = ConnectAccountDialog(accounts)
        qtbot.addWidget(dlg)
        dlg.open()
        dlg.advanced_toggle.setChecked(True)
        dlg.field("issuer").setText(meta.issuer)
        dlg.field("client_id").setText("grantscope-typo")
        with qtbot.waitSignal(accounts.busyChanged, timeout=TIMEOUT, check_params_cb=lambda b: b is False):
            qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    assert "does not accept this client ID" in dlg.error_text() and "Check the client ID" in dlg.error_text()


# --- 7: no sign-in URL in the log -----------------------------------------------------------------------------


def test_qt_and_browser_failures_never_log_the_sign_in_url(qtbot: Any, caplog: Any) -> None:
    from ui.app import qt_message_handler

    url = "https://id.example.org/realms/r/protocol/openid-connect/auth?client_id=g&state=S3CRETSTATE&nonce=N0NCE"
    with caplog.at_level(logging.DEBUG):
        qt_message_handler(QtMsgType.QtWarningMsg, None, f"Unable to find a suitable application for {url}")

        def failing(qurl: QUrl) -> bool:
            raise OSError(f"xdg-open failed for {qurl.toString()}")

        opener = GuiBrowser(failing)
        assert opener(url) is False
    text = caplog.text
    assert "id.example.org/realms/r/protocol/openid-connect/auth" in text  # logged, but without its query
    assert "S3CRETSTATE" not in text and "N0NCE" not in text


# --- 10: no refresh token ---------------------------------------------------------------------------------------


def test_no_refresh_token_is_said_and_the_account_is_not_remembered(qtbot: Any, runner: TaskRunner,
                                                                    tmp_path: Path) -> None:
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[])
        accounts = make_accounts(runner, tmp_path, MemoryKeyring())
        msgs = messages(accounts)
        account = contract_account(meta, tokens, accounts.token_store, refresh_token=False)
        accounts._after_connect((account, account.list_grants(), None))
        assert msgs[-1][0] == "Keycloak gave no lasting sign-in" and "offline_access" in msgs[-1][1]
        assert accounts.saved_refs() == []
        accounts.close()


# --- 11: the keychain asks to be unlocked ------------------------------------------------------------------------


class SlowKeyring(MemoryKeyring):
    """A keychain that waits for its unlock prompt to be answered."""

    def __init__(self) -> None:
        super().__init__()
        self.answered = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        assert self.answered.wait(20)
        super().set_password(service, username, password)


def test_the_dialog_says_the_keychain_is_asking(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                tmp_path: Path) -> None:
    keyring = SlowKeyring()
    browser = world.browser()
    accounts = make_accounts(runner, tmp_path, keyring, browser)
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    dlg.advanced_toggle.setChecked(True)
    for name, value in world.params(browser).items():
        dlg.field(name).setText(value)
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "keychain" in dlg.progress_text(), timeout=TIMEOUT)
    assert "unlock" in dlg.progress_text() and dlg.pages.currentIndex() == PAGE_PROGRESS
    assert "Reading the list of apps" not in dlg.progress_text()
    with qtbot.waitSignal(dlg.connectedAccount, timeout=TIMEOUT):
        keyring.answered.set()
    accounts.close()


# --- 12: the server goes down while connected --------------------------------------------------------------------


def test_a_failed_listing_marks_the_rows_and_a_failed_reconnect_blames_no_address(qtbot: Any, runner: TaskRunner,
                                                                                tmp_path: Path) -> None:
    from ui.models.grants import GrantTableModel

    keyring = MemoryKeyring()
    server = ContractServer().start()
    meta, tokens = contract_keycloak(server, revocation=[])
    accounts = make_accounts(runner, tmp_path, keyring)
    msgs = messages(accounts)
    account = contract_account(meta, tokens, accounts.token_store)
    accounts._after_connect((account, account.list_grants(), None))
    key = accounts.keys()[0]
    assert accounts.source(key).exported_at is not None  # when it was listed
    server.stop()

    with qtbot.waitSignal(accounts.partChanged, timeout=TIMEOUT) as part:
        accounts.refresh(key)
    inv = part.args[1]
    assert inv.grants and all(g.status_basis == "inferred" for g in inv.grants)
    assert "The latest listing failed" in inv.sources[0].warnings[0] and "as listed at" in inv.sources[0].warnings[0]
    model = GrantTableModel()
    assert model.status_text(inv.grants[0]) == "Active (last listing)"
    assert msgs[-1][0] == "Keycloak could not be reached"
    accounts.close()

    # Next start with the server still down: "could not be reached", never "check the server address".
    again = make_accounts(runner, tmp_path, keyring)
    msgs2 = messages(again)
    ops = again.resume_saved()
    with qtbot.waitSignal(ops[0].done, timeout=TIMEOUT):
        pass
    title, body, _kind = msgs2[-1]
    assert title == "Keycloak could not be reached" and "worked before" in body
    assert "No sign-in service was found" not in title and keyring.entries  # the sign-in is kept
    assert again.resumable()  # still offered


# --- 1: a listing that finds the sign-in ended ---------------------------------------------------------------------


def test_list_again_after_the_sign_in_ended_clears_the_keychain_and_offers_sign_in(
        qtbot: Any, runner: TaskRunner, tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[])
        accounts = make_accounts(runner, tmp_path, keyring)
        msgs = messages(accounts)
        account = contract_account(meta, tokens, accounts.token_store)
        accounts._after_connect((account, account.list_grants(), None))
        key = accounts.keys()[0]
        assert keyring.entries and accounts.saved_refs()
        tokens.expire_all()
        tokens.valid_refresh.clear()  # revoked at the provider (for example Grantscope's row, in its console)
        with qtbot.waitSignal(accounts.signInNeeded, timeout=TIMEOUT) as need, \
                qtbot.waitSignal(accounts.partRemoved, timeout=TIMEOUT):
            accounts.refresh(key)
    assert need.args[0].account == "user-1"
    assert msgs[-1][0] == "Your sign-in to Keycloak has ended" and "Sign in again" in msgs[-1][1]
    assert keyring.entries == {} and accounts.keys() == [] and accounts.saved_refs() == []
