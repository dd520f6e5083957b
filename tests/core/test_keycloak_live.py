"""The Keycloak connector end to end against a real Keycloak (tests/support/keycloak): PKCE sign-in over the
loopback receiver with a scripted browser on Keycloak's own pages, the Account API's applications and consents,
revoke checked through the admin API, resume from the keychain, Disconnect revoking the token at Keycloak, the
403 of a user without view-applications, and Grantscope's own row."""

from __future__ import annotations

from typing import Any

import pytest

from core.connectors.oauth import discover, sign_in_browser
from core.connectors.presets import preset
from core.connectors.session import ConnectedAccount, connect, resume
from core.errors import InsufficientPrivileges, SignInFailed
from core.secrets import TokenStore
from tests.support.keycloak import CASEY, CLIENT_ID, ROBIN, THIRD_PARTY, KeycloakBrowser, KeycloakServer, query
from tests.support.memory_keyring import MemoryKeyring

KEYCLOAK = preset("keycloak")


def sign_in(kc: KeycloakServer, keyring: MemoryKeyring, user: Any = ROBIN, **kw: Any) -> ConnectedAccount:
    browser = KeycloakBrowser(user)
    account = connect(KEYCLOAK, {"issuer": kc.issuer, "client_id": CLIENT_ID, **kw}, TokenStore(keyring), browser,
                      timeout=60)
    assert browser.errors == [] and len(browser.opened) == 1
    return account


def test_sign_in_uses_pkce_s256_state_nonce_and_prompt_consent(keycloak: KeycloakServer) -> None:
    seen: list[str] = []
    browser = KeycloakBrowser(ROBIN)

    def opener(url: str) -> bool:
        seen.append(url)
        return browser(url)

    meta = discover(keycloak.issuer)
    token = sign_in_browser(meta, KEYCLOAK.client_config({"client_id": CLIENT_ID}), opener, provider="keycloak",
                            timeout=60, check_client_first=True)
    q = query(seen[0])
    assert q["code_challenge_method"] == "S256" and len(q["code_challenge"]) == 43
    assert len(q["state"]) >= 32 and len(q["nonce"]) >= 32 and q["prompt"] == "consent"
    assert q["redirect_uri"].startswith("http://127.0.0.1:") and "offline_access" in q["scope"].split()
    assert token["refresh_token"] and token["id_token"]
    assert "offline_access" in token["scope"].split()  # granted: the sign-in can be remembered


def test_list_revoke_resume_and_disconnect_against_keycloak(keycloak: KeycloakServer) -> None:
    for client_id in THIRD_PARTY:
        keycloak.consent_as(ROBIN, client_id)
    keyring = MemoryKeyring()
    account = sign_in(keycloak, keyring)
    assert account.persistent and account.ref.display_name == "robin@example.test"

    grants = {g.app_id: g for g in account.list_grants()}
    assert set(THIRD_PARTY) | {CLIENT_ID} <= set(grants)
    assert grants["example-notes"].app == "Example Notes" and grants["example-notes"].granted_at is not None
    assert "offline_access" in grants[CLIENT_ID].permissions  # Grantscope's own, remembered sign-in
    assert account.is_own(grants[CLIENT_ID]) and not account.is_own(grants["example-notes"])

    outcome = account.revoke(grants["example-photos"])
    assert outcome.gone and not outcome.signed_out
    assert "example-photos" not in {g.app_id for g in outcome.grants}
    assert "example-photos" not in keycloak.consents("robin")  # Keycloak's admin API agrees
    assert {"example-notes", "urn:example:calendar"} <= keycloak.consents("robin")
    account.close()

    # Next start: the refresh token from the keychain, no browser.
    again = resume(KEYCLOAK, account.ref, TokenStore(keyring))
    listed = {g.app_id for g in again.list_grants()}
    assert "example-photos" not in listed and "example-notes" in listed

    refresh_token = next(iter(keyring.entries.values()))
    assert keycloak.refresh_works(refresh_token)
    outcome2 = again.disconnect()
    assert outcome2.provider_revocation == "revoked" and outcome2.settings_url is None
    assert keyring.entries == {}
    assert not keycloak.refresh_works(refresh_token)  # revoked at Keycloak, not only forgotten here


def test_a_user_without_view_applications_gets_the_403_with_the_role_named(keycloak: KeycloakServer) -> None:
    account = sign_in(keycloak, MemoryKeyring(), CASEY)
    with pytest.raises(InsufficientPrivileges) as err:
        account.list_grants()
    assert "view-applications" in err.value.role
    account.disconnect()


def test_revoking_grantscopes_own_row_signs_out_and_clears_the_keychain(keycloak: KeycloakServer) -> None:
    keyring = MemoryKeyring()
    account = sign_in(keycloak, keyring)
    own = next(g for g in account.list_grants() if g.app_id == CLIENT_ID)
    refresh_token = next(iter(keyring.entries.values()))
    outcome = account.revoke(own)
    assert outcome.signed_out and outcome.gone and outcome.grants == ()
    assert keyring.entries == {}  # no dead refresh token left behind
    assert not keycloak.refresh_works(refresh_token)
    assert CLIENT_ID not in keycloak.consents("robin")


def test_a_wrong_client_id_is_reported_at_once_not_after_minutes(keycloak: KeycloakServer) -> None:
    browser = KeycloakBrowser(ROBIN)
    with pytest.raises(SignInFailed) as err:
        connect(KEYCLOAK, {"issuer": keycloak.issuer, "client_id": "grantscope-typo"}, TokenStore(MemoryKeyring()),
                browser, timeout=120)
    assert err.value.code == "client_rejected" and err.value.status == 400
    assert browser.titles and "/login-actions/" not in browser.opened[0]  # Keycloak showed its error page
