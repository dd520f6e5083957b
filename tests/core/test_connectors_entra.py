"""Microsoft Entra (Graph) connector against a local contract server: nextLink paging, names, 429, 403."""

from __future__ import annotations

import time

import pytest

from core.connectors.entra import EntraConnector
from core.errors import InsufficientPrivileges, RateLimited
from tests.support.api_helpers import api_session, contract
from tests.support.fake_apis import SP_GRAPH, SP_MAIL, SP_NOTES, GraphFake


def _connector(server, tokens, mode="me", **kw):
    return EntraConnector(api_session(server, tokens, provider="entra", **kw), account="admin@example.org",
                          graph_base=f"{server.base_url}/v1.0", mode=mode)


def test_follows_next_link_and_resolves_names_and_scope_texts():
    with contract() as (server, tokens):
        GraphFake(server, tokens)
        conn = _connector(server, tokens, mode="tenant")
        grants = conn.list_grants()
        listing = server.requests("GET", r"/v1\.0/oauth2PermissionGrants")
        server.assert_clean()
    assert [s.q("$skiptoken") for s in listing] == [None, "page2"]  # nextLink followed verbatim
    rows = {(g.app, g.kind) for g in grants}
    assert rows == {("Example Notes", "oauth_app"), ("Example Notes", "administered_app"),
                    ("Sample Mail Helper", "oauth_app")}
    notes = next(g for g in grants if g.app == "Example Notes" and g.kind == "oauth_app")
    # split on whitespace: the leading space in " Contacts.ReadWrite openid profile" is not a scope
    assert notes.permissions == ("Contacts.ReadWrite", "openid", "profile")
    assert notes.app_id == "a1a1a1a1-0000-4000-8000-000000000001"  # the appId, not the object id
    assert notes.developer == "Example Ltd"
    mail = next(g for g in grants if g.app == "Sample Mail Helper")
    assert mail.permissions == ("Mail.Read", "offline_access")
    assert mail.developer == "Sample Org (verified)"
    assert conn.scope_texts(mail) == {"Mail.Read": "Microsoft Graph: Read user mail"}
    # each service principal is fetched once, with $select
    sp_calls = [s.path.rsplit("/", 1)[1] for s in server.requests("GET", r"/v1\.0/servicePrincipals/.*")]
    assert sorted(sp_calls) == sorted([SP_NOTES, SP_GRAPH, SP_MAIL])


def test_me_mode_lists_own_grants_and_app_role_assignments_without_revoke_handle():
    with contract() as (server, tokens):
        GraphFake(server, tokens)
        grants = _connector(server, tokens).list_grants()
        server.assert_clean()
    assert {g.app for g in grants if g.kind == "oauth_app"} == {"Example Notes", "Sample Mail Helper"}
    tenant_wide = [g for g in grants if g.source_file == "oauth2PermissionGrants" and g.kind == "administered_app"]
    assert [(g.app, g.permissions) for g in tenant_wide] == [("Example Notes", ("User.Read",))]
    role = next(g for g in grants if g.source_file == "appRoleAssignments")
    assert role.app == "Sample Expenses" and role.permissions == ("default access",)
    assert role.revoke_handle is None and role.kind == "administered_app"


def test_revoke_deletes_the_grant_and_it_is_gone_from_the_next_list():
    with contract() as (server, tokens):
        fake = GraphFake(server, tokens)
        conn = _connector(server, tokens)
        mail = next(g for g in conn.list_grants() if g.app == "Sample Mail Helper")
        conn.revoke(mail)
        assert [d.path for d in server.requests("DELETE")] == ["/v1.0/oauth2PermissionGrants/grant-mail-graph"]
        assert "grant-mail-graph" not in {g["id"] for g in fake.grants}
        assert "Sample Mail Helper" not in {g.app for g in conn.list_grants()}
        server.assert_clean()


def test_429_waits_at_least_retry_after_then_succeeds():
    with contract() as (server, tokens):
        fake = GraphFake(server, tokens)
        fake.throttle_next = 1
        conn = _connector(server, tokens)
        t0 = time.monotonic()
        grants = conn.list_grants()
        assert grants
        first, second = server.requests("GET")[:2]
        assert second.at - first.at >= 1.0  # Retry-After: 1 honoured
        assert time.monotonic() - t0 < 10
        server.assert_clean()


def test_persistent_429_becomes_rate_limited_after_three_tries():
    with contract() as (server, tokens):
        fake = GraphFake(server, tokens)
        fake.throttle_next = 99
        waits: list[float] = []
        conn = _connector(server, tokens, sleep=waits.append)
        with pytest.raises(RateLimited) as err:
            conn.list_grants()
        assert err.value.retry_after == 1.0 and err.value.provider == "entra"
        assert len(server.requests("GET")) == 3
        assert sum(waits) >= 2.0  # waited before each retry, in small steps


def test_403_names_the_missing_role():
    with contract() as (server, tokens):
        fake = GraphFake(server, tokens)
        fake.deny_list = True
        with pytest.raises(InsufficientPrivileges) as err:
            _connector(server, tokens).list_grants()
    assert "Directory.Read.All" in err.value.role
    assert "Authorization_RequestDenied" in err.value.detail


def test_403_on_delete_names_the_revoke_permission():
    with contract() as (server, tokens):
        fake = GraphFake(server, tokens)
        conn = _connector(server, tokens)
        mail = next(g for g in conn.list_grants() if g.app == "Sample Mail Helper")
        fake.deny_delete = True
        with pytest.raises(InsufficientPrivileges) as err:
            conn.revoke(mail)
    assert "DelegatedPermissionGrant.ReadWrite.All" in err.value.role
