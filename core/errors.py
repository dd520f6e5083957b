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
    """The sign-in is no longer valid; the user must sign in again."""


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


class ExportError(GrantscopeError):
    """Writing an export failed; nothing partial was left behind."""
