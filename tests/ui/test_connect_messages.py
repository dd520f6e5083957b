"""The words a person reads for each live-connection error: what happened and what to do, never a class name."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import (
    ApiNotFound,
    AuthExpired,
    Cancelled,
    ConnectorError,
    ConsentDenied,
    InsufficientPrivileges,
    ProviderUnavailable,
    RateLimited,
    RevokeFailed,
    SignInFailed,
)
from ui.messages import connector_message, describe, disconnect_message, revoke_result_message

ENTRA_ROLE = "Directory.Read.All (admin consent) and a directory role such as Global Reader"

CASES: list[tuple[BaseException, tuple[str, ...]]] = [
    (InsufficientPrivileges("403", provider="entra", role=ENTRA_ROLE),
     ("Microsoft Entra ID", ENTRA_ROLE, "administrator")),
    (AuthExpired("gone", provider="keycloak"), ("expired", "Sign in again")),
    (RateLimited("429", provider="google_workspace", retry_after=30), ("slow down", "Try again in 30 seconds")),
    (RateLimited("429", provider="authentik"), ("slow down", "Wait a minute")),
    (ConsentDenied("no", provider="keycloak"), ("declined", "nothing was changed")),
    (ApiNotFound("404", provider="keycloak", url="https://id.example.org/realms/x/account/applications"),
     ("no account list", "realm")),
    (ProviderUnavailable("503", provider="authentik", status=503), ("problem", "error 503", "later")),
    (ProviderUnavailable("", provider="keycloak", reason="tls"), ("certificate", "certificate authority")),
    (ProviderUnavailable("", provider="keycloak", reason="timeout"), ("did not answer in time",)),
    (ProviderUnavailable("", provider="keycloak", reason="network"), ("could not be reached", "internet")),
    (ProviderUnavailable("", provider="keycloak", reason="bad_response"), ("does not understand", "web page")),
    (RevokeFailed("500", provider="entra", status=500), ("did not remove", "error 500", "settings page")),
    (ConnectorError("418", provider="keycloak", status=418), ("refused", "error 418")),
    (SignInFailed("", provider="keycloak", reason="discovery", issuer="https://id.example.org/realms/demo"),
     ("https://id.example.org/realms/demo", "realm")),
    (SignInFailed("", provider="keycloak", reason="insecure_issuer"), ("https://",)),
    (SignInFailed("", provider="keycloak", reason="issuer_mismatch"), ("different address", "/auth/realms")),
    (SignInFailed("", provider="keycloak", reason="timeout"), ("5 minutes", "use a code")),
    (SignInFailed("", provider="keycloak", reason="browser"), ("browser could not be opened", "Use a code instead")),
    (SignInFailed("", provider="keycloak", reason="listener"), ("127.0.0.1",)),
    (SignInFailed("", provider="keycloak", reason="device_expired"), ("code expired",)),
    (SignInFailed("", provider="google_workspace", reason="device_unsupported"), ("Google Workspace", "code")),
    (SignInFailed("missing: client_id, realm", provider="keycloak", reason="missing_params"),
     ("client_id, realm",)),
    (SignInFailed("", provider="keycloak", code="invalid_client", description="Invalid client credentials"),
     ("invalid_client: Invalid client credentials", "public client")),
    (SignInFailed("", provider="entra", code="unauthorized_client"), ("unauthorized_client", "not allowed")),
]


@pytest.mark.parametrize(("exc", "words"), CASES, ids=lambda v: type(v).__name__ if isinstance(v, Exception) else "")
def test_each_error_gets_its_own_plain_words(qapp: Any, exc: BaseException, words: tuple[str, ...]) -> None:
    m = connector_message(exc)
    assert m is not None
    text = f"{m.title}\n{m.body}"
    for w in words:
        assert w in text, (w, text)
    assert type(exc).__name__ not in text and "Traceback" not in text
    assert m.title and m.body and not m.title.endswith(".") and m.body.rstrip().endswith(".")
    assert describe(exc) == m  # ui/messages.describe, the one place every task error goes through


def test_sign_in_reasons_read_differently(qapp: Any) -> None:
    reasons = ["discovery", "insecure_issuer", "issuer_mismatch", "timeout", "oauth_error", "browser", "listener",
               "device_expired", "device_unsupported"]
    texts = set()
    for r in reasons:
        m = connector_message(SignInFailed("", provider="keycloak", reason=r))
        assert m is not None
        texts.add(m.body)
    assert len(texts) == len(reasons)


def test_plain_cancel_stays_silent_and_other_errors_are_not_claimed(qapp: Any) -> None:
    assert connector_message(Cancelled("cancelled")) is None
    assert connector_message(ValueError("bug")) is None
    assert describe(Cancelled("cancelled")).body == ""


def test_a_role_ending_in_a_full_stop_is_quoted_once(qapp: Any) -> None:
    m = connector_message(InsufficientPrivileges("", provider="entra", role="Global Reader."))
    assert m is not None and "needs: Global Reader. Ask" in m.body


def test_revoke_results(qapp: Any) -> None:
    gone, kind = revoke_result_message("Example Notes", "keycloak", True)
    assert (gone.title, kind) == ("Access removed: Example Notes", "info")
    assert "Keycloak no longer lists Example Notes" in gone.body
    still, kind = revoke_result_message("Example Notes", "entra", False)
    assert kind == "warning" and "still lists" in still.body


def test_disconnect_outcomes(qapp: Any) -> None:
    ok = disconnect_message("keycloak", "revoked", None)
    assert "revoked at the provider" in ok.body
    entra = disconnect_message("entra", "unsupported", "https://myapps.microsoft.com")
    assert "offers no way" in entra.body and "https://myapps.microsoft.com" in entra.body
    failed = disconnect_message("google_workspace", "failed", "https://myaccount.google.com/connections")
    assert "did not confirm" in failed.title and "deleted from this computer" in failed.body
