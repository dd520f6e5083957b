"""authentik connector against a local contract server: paging, per-user filtering, delete."""

from __future__ import annotations

from core.connectors.authentik import AuthentikConnector
from tests.support.api_helpers import api_session, contract
from tests.support.fake_apis import AuthentikFake


def _connector(server, tokens):
    return AuthentikConnector(api_session(server, tokens, provider="authentik"), account="sample-user",
                              issuer=f"{server.base_url}/application/o/grantscope/")


def test_walks_every_page_and_keeps_only_the_signed_in_users_consents():
    with contract() as (server, tokens):
        AuthentikFake(server, tokens)
        grants = _connector(server, tokens).list_grants()
        pages = [s.q("page") for s in server.requests("GET", r"/api/v3/core/user_consent/")]
        server.assert_clean()
    assert pages == ["1", "2"]
    # the trailing slash is part of authentik's routes; the filter asks for our own user
    assert all(s.q("user") == "7" for s in server.requests("GET", r"/api/v3/core/user_consent/"))
    by_slug = {g.app_id: g for g in grants}
    assert set(by_slug) == {"example-notes", "old-wiki", "sample-chat"}  # not someone else's
    assert by_slug["example-notes"].permissions == ("openid", "email")
    assert by_slug["old-wiki"].status == "expired" and by_slug["old-wiki"].permissions == ()
    assert by_slug["sample-chat"].status == "active"


def test_revoke_deletes_by_pk_and_the_consent_is_gone():
    with contract() as (server, tokens):
        fake = AuthentikFake(server, tokens)
        conn = _connector(server, tokens)
        chat = next(g for g in conn.list_grants() if g.app_id == "sample-chat")
        conn.revoke(chat)
        assert [d.path for d in server.requests("DELETE")] == ["/api/v3/core/user_consent/14/"]
        assert 14 not in {c["pk"] for c in fake.consents}
        assert "sample-chat" not in {g.app_id for g in conn.list_grants()}
        server.assert_clean()
