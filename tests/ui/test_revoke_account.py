"""Revoking a live grant: the confirmation names the app and what stops working; after confirming, the provider
no longer lists it (confirmed by listing again); Disconnect deletes the keychain entry and forgets the account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.errors import AuthExpired
from core.model import Grant
from core.secrets import TokenStore
from tests.support.live_world import LiveWorld, start_world
from ui.accounts import Accounts
from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
from ui.settings import Settings
from ui.workers import TaskRunner

# The offscreen platform plugin cannot resize native windows and says so whenever a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def world(iam_server: Any) -> Iterator[LiveWorld]:
    w = start_world(iam_server)
    yield w
    w.server.stop()


@pytest.fixture
def connected(qtbot: Any, qapp: Any, world: LiveWorld, tmp_path: Path) -> Iterator[tuple[Accounts, str, Any]]:
    runner = TaskRunner()
    # A confidential test client: Canaille revokes tokens (RFC 7009) only for authenticated clients.
    browser = world.browser(client_secret="test-only-secret")
    accounts = Accounts(runner, Settings(tmp_path / "settings.json"), TokenStore(world.keyring),
                        open_browser=browser)
    with qtbot.waitSignal(accounts.partChanged, timeout=15000) as part:
        accounts.connect_account("keycloak", {**world.params(browser), "client_secret": "test-only-secret"})
    yield accounts, part.args[0], part.args[1]
    accounts.close()
    runner.cancel_all()
    assert runner.wait(5000)


def grant(inv: Any, app_id: str) -> Grant:
    return next(g for g in inv.grants if g.app_id == app_id)


def test_confirmation_names_the_app_and_what_stops_working(qtbot: Any, connected: Any) -> None:
    accounts, _key, inv = connected
    notes = grant(inv, "example-notes")
    assert accounts.can_revoke(notes)
    catalog = {"offline_access": "Acting for you while you are away", "email": "catalog words lose"}
    dlg = ConfirmRevokeDialog(notes, scope_texts=accounts.scope_texts(notes), permission_label=catalog.get)
    qtbot.addWidget(dlg)
    dlg.open()
    text = dlg.text()
    assert "Acting for you while you are away (offline_access)" in text and "catalog words" not in text
    assert "Revoke access for “Example Notes”?" in text
    assert "Email address (email)" in text and "User profile (profile)" in text  # Keycloak's own scope texts
    assert "offline access" in text and "sign in and allow access again" in text
    assert dlg.cancel_button.isDefault() and not dlg.revoke_button.isDefault()
    confirmed: list[Grant] = []
    dlg.confirmed.connect(confirmed.append)
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert confirmed == [] and not dlg.isVisible()


def test_provider_hints_in_the_confirmation(qtbot: Any) -> None:
    tenant_wide = Grant("entra", "Contoso Expenses", "app-1", "active", permissions=("User.Read", "Mail.Read"),
                        kind="administered_app", source="live:admin@contoso.example", revoke_handle="h")
    dlg = ConfirmRevokeDialog(tenant_wide)
    qtbot.addWidget(dlg)
    assert dlg.revoke_button.text().replace("&", "") == "Revoke for Everyone"
    assert "everyone in your organisation" in dlg.text() and "about an hour" in dlg.text()

    google = Grant("google_workspace", "Sample Calendar Sync", "123.apps.example", "active",
                   permissions=("https://www.googleapis.com/auth/calendar",), source="live:admin@example.org",
                   revoke_handle="h")
    dlg2 = ConfirmRevokeDialog(google, account="someone@example.org")
    qtbot.addWidget(dlg2)
    assert "deletes every token someone@example.org issued to Sample Calendar Sync" in dlg2.text()
    assert dlg2.revoke_button.text().replace("&", "") == "Revoke Access"


def test_confirming_revokes_and_the_fresh_list_no_longer_shows_the_app(qtbot: Any, world: LiveWorld,
                                                                      connected: Any) -> None:
    accounts, key, inv = connected
    cal = grant(inv, "urn:example:calendar")
    dlg = ConfirmRevokeDialog(cal, scope_texts=accounts.scope_texts(cal))
    qtbot.addWidget(dlg)
    dlg.confirmed.connect(accounts.revoke)
    dlg.open()
    gets_before = len(world.server.requests("GET"))
    msgs: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: msgs.append(m))
    with qtbot.waitSignal(accounts.revokeFinished, timeout=10000) as done, \
            qtbot.waitSignal(accounts.partChanged, timeout=10000) as part:
        qtbot.mouseClick(dlg.revoke_button, Qt.MouseButton.LeftButton)
    assert done.args[1] is True
    assert part.args[0] == key
    assert {g.app_id for g in part.args[1].grants} == {"example-notes", "account-console"}
    deletes = world.server.requests("DELETE")
    assert [d.path for d in deletes] == ["/realms/demo/account/applications/urn%3Aexample%3Acalendar/consent"]
    assert len(world.server.requests("GET")) == gets_before + 1  # listed again after the DELETE
    assert "urn:example:calendar" not in world.keycloak.apps or "consent" not in world.keycloak.apps[
        "urn:example:calendar"]
    assert msgs[-1][0] == "Access removed: Sample Calendar Sync"
    world.server.assert_clean()


def test_a_refused_revoke_names_the_missing_role_and_keeps_the_row(qtbot: Any, world: LiveWorld,
                                                                   connected: Any) -> None:
    accounts, _key, inv = connected
    world.server.routes.insert(0, ("DELETE", r"/realms/demo/account/applications/[^/]+/consent",
                                   lambda r, m: (403, {}, {"error": "forbidden"})))
    msgs: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: msgs.append(m))
    parts: list[Any] = []
    accounts.partChanged.connect(lambda *a: parts.append(a))
    op = accounts.revoke(grant(inv, "example-notes"))
    with qtbot.waitSignal(op.done, timeout=10000):
        pass
    assert op.error is not None and parts == []
    title, body, kind = msgs[-1]
    assert title == "Your account lacks a permission Keycloak requires" and kind == "error"
    assert "manage-account or manage-consent" in body


def test_disconnect_deletes_the_keychain_entry_and_forgets_the_account(qtbot: Any, world: LiveWorld,
                                                                      connected: Any) -> None:
    accounts, key, inv = connected
    assert world.keyring.entries and accounts.saved_refs()
    source = accounts.source(key)
    msgs: list[tuple[str, str, str]] = []
    accounts.message.connect(lambda *m: msgs.append(m))
    account = accounts.account(key)
    assert account is not None
    with qtbot.waitSignal(accounts.partRemoved, timeout=10000) as removed:
        op = accounts.disconnect(key)
    assert removed.args == [key, source] and op.error is None
    assert op.result.provider_revocation == "revoked"
    with pytest.raises(AuthExpired):  # the provider no longer accepts Grantscope's token
        account.list_grants()
    assert world.keyring.entries == {}
    assert accounts.keys() == [] and accounts.saved_refs() == [] and accounts.resumable() == []
    assert not accounts.can_revoke(grant(inv, "example-notes"))  # its rows can no longer be revoked from here
    assert msgs[-1] == ("Disconnected from Keycloak",
                        "Grantscope's access was revoked at the provider and its saved sign-in deleted.", "info")
