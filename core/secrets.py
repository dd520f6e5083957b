"""TokenStore: refresh tokens in the OS keychain (keyring), or in memory for the session when there is none."""

from __future__ import annotations

import os
import sys
import threading
from urllib.parse import urlsplit

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

#: Windows Credential Manager holds at most 2,560 bytes, stored as UTF-16: longer values are split.
MAX_ENTRY_BYTES = 2500
_PARTS_PREFIX = "grantscope-parts:"

#: Backends that do not keep a secret safely (or at all); never used, memory is used instead.
_UNSAFE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def service_name(provider: str, issuer: str) -> str:
    """`grantscope/<provider>/<issuer host and path>`: one keychain service per provider and issuer."""
    parts = urlsplit(issuer)
    where = (parts.netloc + parts.path).rstrip("/") if parts.netloc else issuer.rstrip("/")
    return f"grantscope/{provider}/{where}"


def _usable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_UNSAFE_MODULE_PREFIXES):
        return False
    if module.startswith("keyring.backends.chainer"):
        return any(_usable(b) for b in getattr(backend, "backends", ()))
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a backend whose priority check fails is not usable
        return False


def _platform_backend_classes() -> list[type[KeyringBackend]]:
    # Only this platform's keychains are imported: keyring's own discovery loads every backend, and the
    # macOS one looks for its libraries with ldconfig, gcc and ld on Linux (writing temporary files).
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return [macOS.Keyring]
    if sys.platform == "win32":
        from keyring.backends import Windows

        return [Windows.WinVaultKeyring]
    from keyring.backends import SecretService, kwallet

    return [SecretService.Keyring, kwallet.DBusKeyring]


def platform_backend() -> KeyringBackend | None:
    """The OS keychain of this platform (or the one PYTHON_KEYRING_BACKEND names), None when none works."""
    named = os.environ.get("PYTHON_KEYRING_BACKEND")
    if named:
        try:
            return keyring.core.load_keyring(named)
        except Exception:  # noqa: BLE001 - a wrong name in the environment means: no keychain
            return None
    for cls in _platform_backend_classes():
        try:
            if float(cls.priority) > 0:  # type: ignore[arg-type]
                return cls()
        except Exception:  # noqa: BLE001 - priority raises when the keychain's service is missing
            continue
    return None


class TokenStore:
    """Stores one refresh token per (provider, issuer, account).

    `persistent` is False when no usable keychain exists (or it failed): tokens then live in memory for
    this run only, and the UI tells the person they will have to sign in again next time. Values are never
    logged, and nothing here writes to a file.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is None:
            backend = platform_backend()
        self._backend: KeyringBackend | None = backend if backend is not None and _usable(backend) else None
        self._memory: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    @property
    def persistent(self) -> bool:
        """True while secrets go to the OS keychain; False when they only live in memory."""
        return self._backend is not None

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__ if self._backend is not None else "memory"

    def _fallback(self) -> None:
        # The keychain failed (locked, refused, gone): keep working in memory and say so via `persistent`.
        self._backend = None

    # -- raw entries --------------------------------------------------------------------------------------

    def _set(self, service: str, user: str, value: str) -> None:
        if self._backend is not None:
            try:
                self._backend.set_password(service, user, value)
                return
            except keyring.errors.KeyringError:
                self._fallback()
        self._memory[(service, user)] = value

    def _get(self, service: str, user: str) -> str | None:
        if self._backend is not None:
            try:
                value = self._backend.get_password(service, user)
            except keyring.errors.KeyringError:
                self._fallback()
            else:
                if value is not None:
                    return value
        return self._memory.get((service, user))

    def _delete(self, service: str, user: str) -> None:
        self._memory.pop((service, user), None)
        if self._backend is not None:
            try:
                self._backend.delete_password(service, user)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored under that name
            except keyring.errors.KeyringError:
                self._fallback()

    # -- public API ---------------------------------------------------------------------------------------

    def save(self, provider: str, issuer: str, account: str, refresh_token: str) -> bool:
        """Store the refresh token; returns `persistent` (False: kept in memory only)."""
        service = service_name(provider, issuer)
        with self._lock:
            self._delete_all(service, account)
            if len(refresh_token.encode("utf-16-le")) <= MAX_ENTRY_BYTES:
                self._set(service, account, refresh_token)
            else:
                chunk = MAX_ENTRY_BYTES // 4  # characters; safe even for 4-byte UTF-16 pairs
                parts = [refresh_token[i : i + chunk] for i in range(0, len(refresh_token), chunk)]
                for n, part in enumerate(parts, 1):
                    self._set(service, f"{account}/part-{n}", part)
                self._set(service, account, f"{_PARTS_PREFIX}{len(parts)}")
            return self.persistent

    def load(self, provider: str, issuer: str, account: str) -> str | None:
        service = service_name(provider, issuer)
        with self._lock:
            value = self._get(service, account)
            if value is None or not value.startswith(_PARTS_PREFIX):
                return value
            try:
                count = int(value[len(_PARTS_PREFIX):])
            except ValueError:
                return None
            parts = [self._get(service, f"{account}/part-{n}") for n in range(1, count + 1)]
            if any(p is None for p in parts):
                return None
            return "".join(p for p in parts if p is not None)

    def delete(self, provider: str, issuer: str, account: str) -> None:
        with self._lock:
            self._delete_all(service_name(provider, issuer), account)

    def _delete_all(self, service: str, account: str) -> None:
        value = self._get(service, account)
        if value is not None and value.startswith(_PARTS_PREFIX):
            try:
                count = int(value[len(_PARTS_PREFIX):])
            except ValueError:
                count = 0
            for n in range(1, count + 1):
                self._delete(service, f"{account}/part-{n}")
        self._delete(service, account)
