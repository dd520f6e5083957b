"""Plain-English sentences for core errors, for the headless CLI and JSON warnings (the UI translates its own)."""

from __future__ import annotations

from core.errors import (
    ArchiveError,
    ArchiveTooLarge,
    Cancelled,
    EncryptedArchive,
    GrantscopeError,
    UnsupportedArchive,
)

_ARCHIVE_REASONS = {
    "missing": "{path}: no such file or folder. Check the path.",
    "unreadable": "{path}: cannot be read (permissions?). Check that you can open it.",
    "empty": "{path}: the file is empty. Download the archive again.",
    "not_archive": "{path}: this is not a zip, tar/tgz file or folder. Choose the archive you downloaded.",
    "truncated": "{path}: the archive is incomplete or damaged (an interrupted download?). Download it again.",
    "corrupt": "{path}: the archive is damaged and cannot be read. Download it again.",
    "bad_json": "{path}: a data file inside is not valid JSON.",
}


def explain(e: BaseException) -> str:
    if isinstance(e, Cancelled):
        return "Cancelled."
    if isinstance(e, EncryptedArchive):
        return f"{e.path}: the archive is password-protected. Unlock it or download an unencrypted copy."
    if isinstance(e, ArchiveTooLarge):
        return (f"{e.path}: stopped reading {e.member or 'the archive'}: it is larger than the safety limit "
                f"or looks like a zip bomb ({e.detail}).")
    if isinstance(e, UnsupportedArchive):
        return (f"{e.path or 'input'}: no data from a supported platform was found. Choose the export from "
                "Facebook, Instagram, X, Google, TikTok, Snapchat, Discord or Reddit (JSON format preferred).")
    if isinstance(e, ArchiveError):
        tmpl = _ARCHIVE_REASONS.get(e.reason, "{path}: cannot be read: {detail}")
        return tmpl.format(path=e.path or "input", detail=e.detail)
    if isinstance(e, GrantscopeError):
        return e.detail or e.__class__.__name__
    return f"Unexpected error: {e.__class__.__name__}"
