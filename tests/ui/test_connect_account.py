"""The "Connect account…" dialog and the account controller: a real sign-in (pytest-iam) through the dialog,
Cancel, input checks before any network call, consent denied, a device code when no browser opens, resume."""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from core.connectors.session import AccountRef
from core.model import Inventory
from core.secrets import TokenStore
from tests.support.contract_server import ContractServer, Tokens
from tests.support.fake_apis import KeycloakFake
from tests.support.live_world import LiveWorld, StuckBrowser, start_world
from tests.support.memory_keyring import MemoryKeyring
from ui.accounts import SETTINGS_KEY, Accounts, GuiBrowser, account_key
from ui.dialogs.connect_account import PAGE_DEVICE, PAGE_FORM, PAGE_PROGRESS, ConnectAccountDialog
from ui.settings import Settings
from ui.workers import TaskRunner

# The offscreen platform plugin cannot resize native windows and says so whenever a dialog is shown; that is
# the test platform talking, not Grantscope. Every other Qt warning still fails these tests.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

KEYCLOAK_APPS = {"example-notes", "urn:example:calendar", "account-console"}


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


def make_accounts(runner: TaskRunner, tmp_path: Path, keyring: Any, browser: Any, **kw: Any) -> Accounts:
    return Accounts(runner, Settings(tmp_path / "config" / "settings.json"), TokenStore(keyring),
                    open_browser=browser, **kw)


def fill(dlg: ConnectAccountDialog, values: dict[str, str]) -> None:
    if any(k in values for k in ("issuer", "api_base")):
        dlg.advanced_toggle.setChecked(True)
    for name, value in values.items():
        dlg.field(name).setText(value)


def test_sign_in_through_the_dialog_lists_the_account_and_remembers_it(qtbot: Any, runner: TaskRunner,
                                                                      world: LiveWorld, tmp_path: Path) -> None:
    browser = world.browser()
    accounts = make_accounts(runner, tmp_path, world.keyring, browser)
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    assert dlg.preset().id == "keycloak"
    fill(dlg, world.params(browser))
    stages: list[str] = []
    start = accounts.connect_account

    def spy(*args: Any, **kwargs: Any) -> Any:  # record the stages the dialog is shown
        op = start(*args, **kwargs)
        op.progress.connect(lambda p: stages.append(p.stage))
        return op

    accounts.connect_account = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(accounts.partChanged, timeout=15000) as part, \
            qtbot.waitSignal(dlg.connectedAccount, timeout=15000):
        qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
        assert dlg.pages.currentIndex() == PAGE_PROGRESS
    key, inv = part.args
    assert isinstance(inv, Inventory)
    assert [s.kind for s in inv.sources] == ["live"] and inv.sources[0].platform == "keycloak"
    assert {g.app_id for g in inv.grants} == KEYCLOAK_APPS
    assert all(g.source == inv.sources[0].path and g.live for g in inv.grants)
    assert {"discovery", "sign_in_browser", "connected"} <= set(stages)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert len(browser.opened) == 1 and accounts.keys() == [key]

    # Remembered for next start: the account reference only; the refresh token lives in the keychain.
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert [r["account"] for r in saved[SETTINGS_KEY]] == [world.user.user_name]
    assert world.keyring.entries
    text = (tmp_path / "config" / "settings.json").read_text(encoding="utf-8")
    assert not any(secret in text for secret in world.keyring.entries.values())
    accounts.close()


def test_cancel_while_the_browser_is_open_is_silent_and_closes_the_local_port(
        qtbot: Any, runner: TaskRunner, world: LiveWorld, tmp_path: Path) -> None:
    stuck = StuckBrowser()
    accounts = make_accounts(runner, tmp_path, world.keyring, stuck)
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    fill(dlg, {"issuer": world.iam.url, "client_id": "grantscope-desktop"})
    added: list[Any] = []
    accounts.partChanged.connect(lambda *a: added.append(a))
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "browser" in dlg.progress_text() and "Finish" in dlg.progress_text(), timeout=10000)
    assert dlg.cancel_button.isVisible()
    port = urlsplit(parse_qs(urlsplit(stuck.opened[0]).query)["redirect_uri"][0]).port

    with qtbot.waitSignal(accounts.busyChanged, timeout=3000, check_params_cb=lambda busy: busy is False):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
        assert dlg.pages.currentIndex() == PAGE_FORM
    assert dlg.isVisible() and dlg.error_text() == ""  # cancel says nothing
    assert added == [] and accounts.keys() == [] and world.keyring.entries == {}
    assert accounts.saved_refs() == []
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_wrong_input_is_named_before_any_network_call(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                      tmp_path: Path) -> None:
    accounts = make_accounts(runner, tmp_path, world.keyring, StuckBrowser())
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()

    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    err = dlg.error_text()
    assert "Server address: Required" in err and "Realm: Required" in err and "Client ID: Required" in err
    assert dlg.pages.currentIndex() == PAGE_FORM and not accounts.busy

    fill(dlg, {"host": "id.example.org/auth", "realm": "my realm", "client_id": "grant scope"})
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    err = dlg.error_text()
    assert "Server address: Enter only the server's name" in err
    assert "Realm: This cannot contain spaces" in err and "Client ID: A client ID has no spaces" in err
    assert dlg.field("host").toolTip().startswith("Enter only the server's name")

    fill(dlg, {"host": "", "realm": "", "client_id": "grantscope", "issuer": "http://id.example.org/realms/demo"})
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Issuer address: Enter the full address, starting with https://" in dlg.error_text()
    assert dlg.advanced_box.isVisible()

    dlg.provider_combo.setCurrentIndex(dlg.provider_combo.findData("google_workspace"))
    fill(dlg, {"issuer": "", "user_key": "not an e-mail", "client_id": "123.apps.example"})
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    err = dlg.error_text()
    assert "User to review (e-mail): Enter the e-mail address" in err
    assert "Client secret of that Desktop client: Required" in err
    assert not accounts.busy and world.server.seen == []


def test_presets_offer_each_providers_fields(qtbot: Any, runner: TaskRunner, tmp_path: Path) -> None:
    accounts = make_accounts(runner, tmp_path, MemoryKeyring(), StuckBrowser())
    dlg = ConnectAccountDialog(accounts, provider="entra")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.advanced_toggle.setChecked(True)
    assert set(dlg.params()) == set() and "tenant" in dlg._fields and "client_id" in dlg._fields
    assert "administrators" in dlg.audience_label.text()
    assert dlg.mode_combo.isVisible() and dlg.device_check.isVisible()
    dlg.field("tenant").setText("contoso.onmicrosoft.com")
    dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData("tenant"))
    assert dlg.params() == {"tenant": "contoso.onmicrosoft.com", "mode": "tenant"}

    dlg.provider_combo.setCurrentIndex(dlg.provider_combo.findData("google_workspace"))
    assert dlg.field("client_secret").echoMode() == QLineEdit.EchoMode.Password
    assert not dlg.device_check.isVisible() and not dlg.mode_combo.isVisible()  # Google: browser only
    assert "tenant" not in dlg._fields

    dlg.provider_combo.setCurrentIndex(dlg.provider_combo.findData("keycloak"))
    assert "For anyone" in dlg.audience_label.text() and dlg.device_check.isVisible()
    assert dlg.field("host").placeholderText() == "e.g. id.example.org"


def test_denied_consent_is_explained_and_nothing_is_kept(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                        tmp_path: Path) -> None:
    browser = world.browser(answer="deny")
    accounts = make_accounts(runner, tmp_path, world.keyring, browser)
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.open()
    fill(dlg, world.params(browser))
    with qtbot.waitSignal(accounts.busyChanged, timeout=15000, check_params_cb=lambda busy: busy is False):
        qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    assert dlg.pages.currentIndex() == PAGE_FORM
    assert "Access was declined in the browser" in dlg.error_text()
    assert accounts.keys() == [] and world.keyring.entries == {} and accounts.saved_refs() == []


def test_a_wrong_realm_keeps_the_account_and_says_what_to_check(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                               tmp_path: Path) -> None:
    browser = world.browser()
    accounts = make_accounts(runner, tmp_path, world.keyring, browser)
    msgs: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: msgs.append(m))
    params = {**world.params(browser), "api_base": f"{world.server.base_url}/realms/other/account"}
    with qtbot.waitSignal(accounts.partChanged, timeout=15000) as part:
        accounts.connect_account("keycloak", params)
    _key, inv = part.args
    assert inv.grants == () and "realm" in inv.sources[0].warnings[0]
    assert msgs and msgs[-1][0] == "Keycloak has no account list at this address" and msgs[-1][2] == "error"


def _device_server(server: ContractServer, tokens: Tokens) -> str:
    base = f"{server.base_url}/realms/demo"
    doc = {"issuer": base, "authorization_endpoint": f"{base}/auth", "token_endpoint": f"{base}/token",
           "device_authorization_endpoint": f"{base}/device", "code_challenge_methods_supported": ["S256"]}
    server.add("GET", r"/realms/demo/\.well-known/openid-configuration", lambda r, m: (200, {}, doc))
    server.add("POST", r"/realms/demo/device", lambda r, m: (200, {}, {
        "device_code": "dc", "user_code": "WDJB-MJHT", "verification_uri": f"{base}/device/verify",
        "expires_in": 600, "interval": 1}))

    def token(req: Any, m: Any) -> Any:
        tokens.valid_access.add("at-device")
        # an unsigned ID token is fine here: it came straight from the token endpoint (OIDC Core 3.1.3.7)
        claims = base64.urlsafe_b64encode(json.dumps({"sub": "user-7", "preferred_username": "sample"}).encode())
        return 200, {}, {"access_token": "at-device", "refresh_token": "rt-device", "token_type": "Bearer",
                         "expires_in": 300, "id_token": f"e30.{claims.decode().rstrip('=')}.sig"}

    server.add("POST", r"/realms/demo/token", token)
    return base


def test_without_a_browser_the_dialog_shows_a_device_code_to_copy(qtbot: Any, runner: TaskRunner,
                                                                 tmp_path: Path) -> None:
    opened: list[str] = []

    def no_browser(url: Any) -> bool:
        opened.append(url.toString())
        return False

    with ContractServer() as server:
        tokens = Tokens(server)
        KeycloakFake(server, tokens)
        base = _device_server(server, tokens)
        gui_browser = GuiBrowser(no_browser)
        accounts = make_accounts(runner, tmp_path, MemoryKeyring(), gui_browser)
        dlg = ConnectAccountDialog(accounts)
        qtbot.addWidget(dlg)
        dlg.open()
        fill(dlg, {"issuer": base, "client_id": "desk"})
        qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.pages.currentIndex() == PAGE_DEVICE, timeout=10000)
        assert opened and opened[0].startswith(f"{base}/auth")  # the browser was tried first, on the UI thread
        assert dlg.code_label.text() == "WDJB-MJHT"
        assert dlg.device_url.text() == f"{base}/device/verify"
        qtbot.mouseClick(dlg.copy_code_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == "WDJB-MJHT"
        assert dlg.copy_code_button.text() == "Copied"
        with qtbot.waitSignal(dlg.connectedAccount, timeout=10000):
            pass
        assert {g.app_id for g in accounts.account(accounts.keys()[0]).list_grants()} == KEYCLOAK_APPS  # type: ignore[union-attr]
        accounts.close()
        server.assert_clean()


def test_next_start_offers_the_saved_account_and_resumes_without_a_browser(
        qtbot: Any, runner: TaskRunner, world: LiveWorld, tmp_path: Path) -> None:
    browser = world.browser()
    first = make_accounts(runner, tmp_path, world.keyring, browser)
    with qtbot.waitSignal(first.partChanged, timeout=15000):
        first.connect_account("keycloak", world.params(browser))
    first.close()

    again = make_accounts(runner, tmp_path, world.keyring, StuckBrowser())  # settings and keychain from disk
    refs = again.resumable()
    assert [r.account for r in refs] == [world.user.user_name]
    with qtbot.waitSignal(again.partChanged, timeout=15000) as part:
        again.resume_saved()
    assert {g.app_id for g in part.args[1].grants} == KEYCLOAK_APPS
    assert len(browser.opened) == 1 and again.resumable() == []
    again.close()

    # The keychain lost the entry (another machine, a wiped keyring): ask to sign in again, prefilled.
    world.keyring.entries.clear()
    third = make_accounts(runner, tmp_path, world.keyring, StuckBrowser())
    msgs: list[tuple[str, str, str]] = []
    third.message.connect(lambda *m: msgs.append(m))
    with qtbot.waitSignal(third.signInNeeded, timeout=10000) as need:
        third.resume_saved()
    ref = need.args[0]
    assert isinstance(ref, AccountRef) and msgs[-1][0] == f"No saved sign-in for {ref.display_name}"
    dlg = ConnectAccountDialog(third, prefill=ref)
    qtbot.addWidget(dlg)
    assert dlg.field("client_id").text() == browser.client_id and dlg.field("issuer").text() == world.iam.url
    assert "Sign in again" in dlg.error_text()


def test_without_a_keychain_the_person_is_told(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                               tmp_path: Path) -> None:
    from keyring.backends import fail

    browser = world.browser()
    accounts = make_accounts(runner, tmp_path, fail.Keyring(), browser)
    dlg = ConnectAccountDialog(accounts)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.keychain_label.isVisible() and "until you quit" in dlg.keychain_label.text()
    msgs: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: msgs.append(m))
    with qtbot.waitSignal(accounts.partChanged, timeout=15000) as part:
        accounts.connect_account("keycloak", world.params(browser))
    assert msgs == [("Grantscope will not remember this sign-in", msgs[0][1], "warning")]
    assert account_key(accounts.account(part.args[0]).ref) == part.args[0]  # type: ignore[union-attr]
    accounts.close()


def test_forgetting_a_saved_account_deletes_its_keychain_entry(qtbot: Any, runner: TaskRunner, world: LiveWorld,
                                                               tmp_path: Path) -> None:
    browser = world.browser(client_secret="test-only-secret")
    first = make_accounts(runner, tmp_path, world.keyring, browser)
    with qtbot.waitSignal(first.partChanged, timeout=15000):
        first.connect_account("keycloak", {**world.params(browser), "client_secret": "test-only-secret"})
    first.close()
    assert len(world.keyring.entries) == 2  # refresh token and the client secret
    later = make_accounts(runner, tmp_path, world.keyring, StuckBrowser())
    (ref,) = later.resumable()
    with qtbot.waitSignal(later.forget_saved(ref).done, timeout=5000):
        pass
    assert world.keyring.entries == {} and later.saved_refs() == []
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved[SETTINGS_KEY] == []
