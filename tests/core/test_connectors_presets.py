"""Provider presets from resources/providers.json: issuer templates, redirect styles, settings links."""

from __future__ import annotations

from core.connectors.presets import preset, presets, settings_links


def test_every_connector_preset_builds_an_https_issuer_and_a_client():
    examples = {"host": "id.example.org", "realm": "demo", "slug": "grantscope", "tenant": "contoso.example",
                "user_key": "someone@example.org", "client_id": "cid", "client_secret": "cs"}
    assert set(presets()) == {"keycloak", "authentik", "entra", "google_workspace"}
    for p in presets().values():
        assert p.missing(examples) == []
        assert p.issuer(examples).startswith("https://")
        assert p.client_config(examples).client_id == "cid"
        assert "openid" in p.scopes


def test_host_field_accepts_a_pasted_url():
    kc = preset("keycloak")
    assert kc.issuer({"host": " https://id.example.org/ ", "realm": "demo"}) == "https://id.example.org/realms/demo"
    assert kc.settings_url({"host": "id.example.org", "realm": "demo"}) == "https://id.example.org/realms/demo/account/"


def test_provider_specific_redirects_and_scopes():
    entra = preset("entra")
    cfg = entra.client_config({"client_id": "x"})
    assert (cfg.redirect_host, cfg.redirect_path) == ("localhost", "")  # http://localhost:{port}
    assert "https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All" in cfg.scopes
    assert entra.strict_issuer is False  # tenant by domain answers with the tenant's GUID issuer
    google = preset("google_workspace")
    assert google.missing({"client_id": "x"}) == ["client_secret"]
    assert google.client_config({"client_id": "x", "client_secret": "s"}).extra_authorize_params == {
        "access_type": "offline", "prompt": "consent"}
    assert "goauthentik.io/api" in preset("authentik").scopes
    assert preset("keycloak").missing({"host": "h"}) == ["client_id", "realm"]


def test_settings_links_are_https_or_explicitly_absent():
    links = settings_links()
    assert links["google"].url == "https://myaccount.google.com/connections" and links["google"].confirmed
    assert links["snapchat"].url is None and links["snapchat"].where
    for link in links.values():
        for url in (link.url, link.url_template):
            assert url is None or url.startswith("https://")
