"""Google Workspace Admin SDK connector against a local contract server: tokens list and delete, errors."""

from __future__ import annotations

import pytest

from core.connectors.google_workspace import GoogleWorkspaceConnector
from core.errors import InsufficientPrivileges, ProviderUnavailable
from tests.support.api_helpers import api_session, contract
from tests.support.fake_apis import GoogleAdminFake


def _connector(server, tokens):
    return GoogleWorkspaceConnector(api_session(server, tokens, provider="google_workspace"),
                                    account="admin@example.org", user_key="reviewer@example.org",
                                    api_base=f"{server.base_url}/admin/directory/v1")


def test_lists_tokens_with_scopes_and_encodes_the_user_key():
    with contract() as (server, tokens):
        GoogleAdminFake(server, tokens)
        grants = _connector(server, tokens).list_grants()
        assert server.requests("GET")[0].raw_path == "/admin/directory/v1/users/reviewer%40example.org/tokens"
        server.assert_clean()
    notes = next(g for g in grants if g.app == "Example Notes")
    assert notes.app_id == "123456789012-abcdefgh.apps.googleusercontent.com"
    assert notes.permissions == ("https://www.googleapis.com/auth/drive.readonly", "openid")
    assert {g.platform for g in grants} == {"google_workspace"}


def test_revoke_deletes_and_the_app_is_gone():
    with contract() as (server, tokens):
        fake = GoogleAdminFake(server, tokens)
        conn = _connector(server, tokens)
        mailer = next(g for g in conn.list_grants() if g.app == "Sample Mailer")
        conn.revoke(mailer)
        assert [d.raw_path for d in server.requests("DELETE")] == [
            "/admin/directory/v1/users/reviewer%40example.org/tokens/998877665544-zyxwvuts.apps.googleusercontent.com"
        ]
        assert len(fake.items) == 1
        assert [g.app for g in conn.list_grants()] == ["Example Notes"]
        server.assert_clean()


def test_no_items_means_no_grants():
    with contract() as (server, tokens):
        fake = GoogleAdminFake(server, tokens)
        fake.items = []
        assert _connector(server, tokens).list_grants() == ()


def test_403_envelope_becomes_insufficient_privileges():
    with contract() as (server, tokens):
        fake = GoogleAdminFake(server, tokens)
        fake.deny = True
        with pytest.raises(InsufficientPrivileges) as err:
            _connector(server, tokens).list_grants()
    assert "admin.directory.user.security" in err.value.role
    assert "PERMISSION_DENIED" in err.value.detail


def test_5xx_becomes_provider_unavailable():
    with contract() as (server, tokens):
        fake = GoogleAdminFake(server, tokens)
        fake.fail_5xx = True
        # 503 without Retry-After is a server failure, not throttling
        with pytest.raises(ProviderUnavailable) as err:
            _connector(server, tokens).list_grants()
    assert err.value.status == 503 and err.value.reason == "server_error"
