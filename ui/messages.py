"""The ONE place that turns core exceptions into user-facing words (all through Qt's translate)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from core.errors import (
    ArchiveError,
    ArchiveTooLarge,
    AuthExpired,
    Cancelled,
    ConnectorError,
    EncryptedArchive,
    ExportError,
    GrantscopeError,
    RateLimited,
    RevokeFailed,
    SecretStoreUnavailable,
    UnsupportedArchive,
)

_CTX = "messages"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class UserMessage:
    """A short title (what happened) and a body (why, and what to do next)."""

    title: str
    body: str


def _name(path: str | None) -> str:
    if not path:
        return tr("The file")
    return "“" + (PurePath(path).name or path) + "”"


def _archive_message(e: ArchiveError) -> UserMessage:
    name = _name(e.path)
    if isinstance(e, EncryptedArchive):
        return UserMessage(
            tr("{name} is password-protected").format(name=name),
            tr("Grantscope cannot read encrypted archives. Unpack it with the password using your system's "
               "archive tool, then open the unpacked folder, or download an unencrypted copy."),
        )
    if isinstance(e, ArchiveTooLarge):
        return UserMessage(
            tr("{name} was not read: it is larger than the safety limit").format(name=name),
            tr("A file inside is unusually large or compresses suspiciously well (like a “zip bomb”), so "
               "Grantscope stopped reading it to protect your computer. If you downloaded it from the platform "
               "yourself, unpack it and open the folder instead."),
        )
    if isinstance(e, UnsupportedArchive):
        return UserMessage(
            tr("No supported data was found in {name}").format(name=name),
            tr("This does not look like a data archive from Facebook, Instagram or X. Choose the archive you "
               "downloaded from the platform (in JSON format if you were asked), or all of its parts at once."),
        )
    reasons = {
        "missing": (tr("{name} could not be found"),
                    tr("It may have been moved, renamed or deleted. Open it again from its new place.")),
        "unreadable": (tr("{name} cannot be opened"),
                       tr("Your account may not have permission to read it, or another program may be using "
                          "it. Check that you can open it, then try again.")),
        "empty": (tr("{name} is empty"),
                  tr("The file has no content, which usually means the download did not finish. "
                     "Download the archive again.")),
        "not_archive": (tr("{name} is not an archive"),
                        tr("Grantscope reads ZIP and TGZ archives and unpacked folders. Choose the archive "
                           "you downloaded from the platform.")),
        "truncated": (tr("{name} is incomplete"),
                      tr("The end of the archive is missing, which usually means the download was interrupted. "
                         "Download the archive again, then open it.")),
        "too_many_members": (tr("{name} has too many files inside"),
                             tr("It holds more files than any platform archive should, so Grantscope stopped "
                                "reading it to protect your computer.")),
        "bad_json": (tr("A data file in {name} is damaged"),
                     tr("It is not valid JSON. Download the archive again.")),
    }
    title, body = reasons.get(
        e.reason,
        (tr("{name} is damaged"),
         tr("The archive cannot be read. Download it again from the platform, then open it.")),
    )
    return UserMessage(title.format(name=name), body)


def describe(e: BaseException) -> UserMessage:
    """Plain words for any exception a task can raise. Unexpected ones get a generic, honest sentence."""
    if isinstance(e, Cancelled):
        return UserMessage(tr("Cancelled"), "")
    if isinstance(e, ArchiveError):
        return _archive_message(e)
    if isinstance(e, AuthExpired):
        return UserMessage(tr("Your sign-in has expired"), tr("Sign in to the account again to continue."))
    if isinstance(e, RateLimited):
        return UserMessage(tr("The provider asked Grantscope to slow down"),
                           tr("Wait a minute, then try again."))
    if isinstance(e, RevokeFailed):
        return UserMessage(tr("Access could not be removed"),
                           tr("The provider did not confirm the change. Try again, or remove the app on the "
                              "provider's settings page."))
    if isinstance(e, ConnectorError):
        return UserMessage(tr("The provider could not be reached"),
                           tr("Check your internet connection and the address of the server, then try again."))
    if isinstance(e, SecretStoreUnavailable):
        return UserMessage(tr("No keychain is available"),
                           tr("Your sign-in is kept in memory for this session only; you will need to sign in "
                              "again next time."))
    if isinstance(e, ExportError):
        return UserMessage(tr("The summary could not be saved"),
                           tr("Nothing was written. Choose another folder and try again."))
    if isinstance(e, GrantscopeError):
        return UserMessage(tr("Something went wrong"), e.detail or tr("Please try again."))
    if isinstance(e, MemoryError):
        return UserMessage(tr("Not enough memory"),
                           tr("The archive is too large for this computer's memory. Close other programs and "
                              "try again, or open only the part that holds your apps."))
    return UserMessage(tr("Something unexpected went wrong"),
                       tr("This is a bug in Grantscope. The details were written to the log file."))


def demo_missing() -> UserMessage:
    return UserMessage(
        tr("The demo archives are missing"),
        tr("This copy of Grantscope has no demo data. Run “uv run python resources/demo/build_demo.py” "
           "to create it."),
    )


def already_loaded(path: str) -> UserMessage:
    return UserMessage(tr("{name} is already open").format(name=_name(path)),
                       tr("Its apps are already in the list."))
