"""Typed errors with structured fields; ui/messages.py alone turns them into words."""

from __future__ import annotations


class GrantscopeError(Exception):
    """Root of every error Grantscope raises on purpose."""

    def __init__(self, detail: str = "", *, path: str | None = None) -> None:
        super().__init__(detail or self.__class__.__name__)
        self.detail = detail
        self.path = path


class Cancelled(GrantscopeError):
    """The user cancelled a long task."""


class ArchiveError(GrantscopeError):
    """An input cannot be read as an archive (truncated, corrupt, not an archive, unreadable)."""

    def __init__(self, detail: str = "", *, path: str | None = None, reason: str = "corrupt") -> None:
        super().__init__(detail, path=path)
        #: one of: corrupt, truncated, not_archive, missing, unreadable, empty, too_many_members
        self.reason = reason


class UnsupportedArchive(ArchiveError):
    """The input is a readable archive but holds no data Grantscope understands."""

    def __init__(self, detail: str = "", *, path: str | None = None) -> None:
        super().__init__(detail, path=path, reason="unsupported")


class ArchiveTooLarge(ArchiveError):
    """A member (or the archive) exceeds a safety limit: size, compression ratio or member count."""

    def __init__(
        self, detail: str = "", *, path: str | None = None, member: str = "", size: int = 0, limit: int = 0
    ) -> None:
        super().__init__(detail, path=path, reason="too_large")
        self.member = member
        self.size = size
        self.limit = limit


class BudgetExceeded(ArchiveTooLarge):
    """The whole scan read more than its total budget (bytes inflated or seconds); later files are skipped."""

    def __init__(self, detail: str = "", *, path: str | None = None, size: int = 0, limit: int = 0,
                 kind: str = "bytes") -> None:
        super().__init__(detail, path=path, size=size, limit=limit)
        #: "bytes" or "seconds"
        self.kind = kind


class EncryptedArchive(ArchiveError):
    """A member is password-protected."""

    def __init__(self, detail: str = "", *, path: str | None = None, member: str = "") -> None:
        super().__init__(detail, path=path, reason="encrypted")
        self.member = member


class ConnectorError(GrantscopeError):
    """A provider API call failed."""

    def __init__(
        self, detail: str = "", *, provider: str = "", status: int | None = None, path: str | None = None
    ) -> None:
        super().__init__(detail, path=path)
        self.provider = provider
        self.status = status


class AuthExpired(ConnectorError):
    """The sign-in is no longer valid; the user must sign in again.

    `reason`: "expired" (the provider no longer accepts it) or "not_saved" (no keychain entry to resume from).
    """

    def __init__(self, detail: str = "", *, provider: str = "", status: int | None = None,
                 reason: str = "expired") -> None:
        super().__init__(detail, provider=provider, status=status)
        self.reason = reason


class InsufficientPrivileges(ConnectorError):
    """The signed-in account lacks the role or scope the API needs (HTTP 403)."""

    def __init__(self, detail: str = "", *, provider: str = "", status: int | None = 403, role: str = "") -> None:
        super().__init__(detail, provider=provider, status=status)
        self.role = role


class RateLimited(ConnectorError):
    """The provider asked us to slow down."""

    def __init__(
        self, detail: str = "", *, provider: str = "", status: int | None = 429, retry_after: float | None = None
    ) -> None:
        super().__init__(detail, provider=provider, status=status)
        self.retry_after = retry_after


class RevokeFailed(ConnectorError):
    """Revoking a grant did not succeed."""


class SecretStoreUnavailable(GrantscopeError):
    """No OS keychain is available; secrets stay in memory for this session."""


class StoreReadOnly(GrantscopeError):
    """The decisions database can be read but not written (read-only data folder): nothing was saved."""


class ExportError(GrantscopeError):
    """Writing an export failed; nothing partial was left behind."""


# --- OAuth sign-in and connector errors ----------------------------------------------------------------


class ConsentDenied(Cancelled):
    """The person (or the provider on their behalf) refused consent in the browser (`access_denied`)."""

    def __init__(self, detail: str = "", *, provider: str = "") -> None:
        super().__init__(detail)
        self.provider = provider


class SignInFailed(ConnectorError):
    """Signing in did not produce a usable token.

    `reason` is one of: discovery (the issuer's metadata could not be read), insecure_issuer (not https and
    not loopback), issuer_mismatch (metadata or callback `iss` names another issuer), timeout (no callback
    in time), oauth_error (the provider answered with an OAuth error; see `code` and `description`),
    no_refresh_token, device_expired, device_unsupported, browser (the browser could not be opened),
    listener (no loopback port could be opened).
    """

    def __init__(
        self,
        detail: str = "",
        *,
        provider: str = "",
        status: int | None = None,
        reason: str = "oauth_error",
        code: str = "",
        description: str = "",
        issuer: str = "",
    ) -> None:
        super().__init__(detail, provider=provider, status=status)
        self.reason = reason
        self.code = code
        self.description = description
        self.issuer = issuer


class ProviderUnavailable(ConnectorError):
    """The provider could not be reached or answered with a server error (5xx, timeout, TLS failure).

    `reason` is one of: server_error, timeout, network, tls, bad_response.
    """

    def __init__(
        self, detail: str = "", *, provider: str = "", status: int | None = None, reason: str = "server_error"
    ) -> None:
        super().__init__(detail, provider=provider, status=status)
        self.reason = reason


class ApiNotFound(ConnectorError):
    """The provider answered 404 for a listing call: wrong issuer/realm/tenant, or the API is disabled."""

    def __init__(self, detail: str = "", *, provider: str = "", status: int | None = 404, url: str = "") -> None:
        super().__init__(detail, provider=provider, status=status)
        self.url = url


class NotSameAccount(GrantscopeError):
    """`diff OLD NEW`: the two exports belong to different accounts (or platforms), so they cannot be compared."""

    def __init__(self, detail: str = "", *, old: str = "", new: str = "") -> None:
        super().__init__(detail or f"{old} and {new} are not the same account")
        self.old = old
        self.new = new
