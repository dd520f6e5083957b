"""Keycloak connector against a local contract server serving the Account REST API shapes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from core.connectors.keycloak import KeycloakConnector
from core.errors import AuthExpired, RevokeFailed
from tests.support.api_helpers import api_session, contract
from tests.support.fake_apis import KeycloakFake


def _connector(server, tokens, **kw):
    issuer = f"{server.base_url}/realms/demo"
    return KeycloakConnector(api_session(server, tokens, provider="keycloak", **kw), account="sample@example.org",
                             issuer=issuer)


def test_lists_consented_apps_with_both_scope_shapes():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        grants = {g.app_id: g for g in _connector(server, tokens).list_grants()}
        server.assert_clean()
    # "always display" apps the person never authorized are not grants
    assert set(grants) == {"example-notes", "urn:example:calendar", "account-console"}
    notes = grants["example-notes"]
    assert notes.app == "Example Notes"
    assert notes.permissions == ("email", "profile", "offline_access")
    assert notes.platform == "keycloak" and notes.source == "live:sample@example.org"
    assert notes.kind == "oauth_app" and notes.status == "active"
    assert notes.granted_at == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert grants["urn:example:calendar"].permissions == ("calendar.read",)  # older "scopes" key
    assert grants["account-console"].first_party
    assert grants["account-console"].app == "account-console"  # not the raw ${client_account-console} key


def test_scope_texts_come_from_the_provider():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        notes = next(g for g in conn.list_grants() if g.app_id == "example-notes")
        assert conn.scope_texts(notes) == {"email": "Email address", "profile": "User profile"}


def test_revoke_sends_one_encoded_delete_and_the_grant_disappears():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        cal = next(g for g in conn.list_grants() if g.app_id == "urn:example:calendar")
        conn.revoke(cal)
        deletes = server.requests("DELETE")
        assert len(deletes) == 1
        assert deletes[0].raw_path == "/realms/demo/account/applications/urn%3Aexample%3Acalendar/consent"
        assert deletes[0].headers["authorization"] == "Bearer at-initial"
        assert "urn:example:calendar" not in {g.app_id for g in conn.list_grants()}
        server.assert_clean()


def test_revoking_an_already_gone_grant_counts_as_done():
    with contract() as (server, tokens):
        fake = KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        notes = next(g for g in conn.list_grants() if g.app_id == "example-notes")
        del fake.apps["example-notes"]  # removed meanwhile in the Account Console -> 404
        conn.revoke(notes)
        server.assert_clean()


def test_revoke_refuses_a_grant_from_another_platform():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        g = conn.list_grants()[0]
        from dataclasses import replace

        with pytest.raises(RevokeFailed):
            conn.revoke(replace(g, platform="facebook"))
        assert server.requests("DELETE") == []


def test_expired_access_token_is_refreshed_once_and_rotation_is_reported():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        rotated: list[str] = []
        conn = _connector(server, tokens, rotated=rotated)
        tokens.expire_all()  # the server no longer accepts the access token -> 401
        assert len(conn.list_grants()) == 3
        assert tokens.refreshes == 1
        assert rotated == ["rt-1-rotated"]  # the new refresh token goes to the keychain at once
        gets = server.requests("GET")
        assert [g.headers["authorization"] for g in gets] == ["Bearer at-initial", "Bearer at-1-rotated"]
        server.assert_clean()


def test_refused_refresh_means_sign_in_again():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        tokens.expire_all()
        tokens.valid_refresh.clear()  # the refresh token was revoked meanwhile -> invalid_grant
        with pytest.raises(AuthExpired) as err:
            conn.list_grants()
        assert err.value.provider == "keycloak"
        server.assert_clean()


def test_second_401_after_refresh_is_auth_expired_not_a_loop():
    with contract() as (server, tokens):
        KeycloakFake(server, tokens)
        conn = _connector(server, tokens)
        tokens.expire_all()
        tokens.valid_access.add("never")  # refresh works but the new access token is refused too
        orig = tokens.token_endpoint

        def refresh_but_useless(req, m):
            status, headers, body = orig(req, m)
            tokens.valid_access.discard(body["access_token"])
            return status, headers, body

        server.routes = [r for r in server.routes if r[1] != "/token"]
        server.add("POST", r"/token", refresh_but_useless)
        with pytest.raises(AuthExpired):
            conn.list_grants()
        assert len(server.requests("GET")) == 2 and tokens.refreshes == 1


def test_real_keycloak_consent_text_keys_become_scope_names():
    """A real Keycloak (26.x) names built-in scopes by their consent-screen message key in grantedScopes."""
    from core.connectors.keycloak import scope_key

    assert scope_key("${profileScopeConsentText}") == "profile"
    assert scope_key("${offlineAccessScopeConsentText}") == "offline_access"
    assert scope_key("${rolesScopeConsentText}") == "roles"
    assert scope_key("calendar.read") == "calendar.read"  # custom scopes keep their name
