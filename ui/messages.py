"""The ONE place that turns core exceptions into user-facing words (all through Qt's translate)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from core.errors import (
    ApiNotFound,
    ArchiveError,
    ArchiveTooLarge,
    AuthExpired,
    Cancelled,
    ConnectorError,
    ConsentDenied,
    EncryptedArchive,
    ExportError,
    GrantscopeError,
    InsufficientPrivileges,
    ProviderUnavailable,
    RateLimited,
    RevokeFailed,
    SecretStoreUnavailable,
    SignInFailed,
    StoreReadOnly,
    UnsupportedArchive,
)
from ui.resources import platform_name

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
    connector = connector_message(e)  # live connections: provider-specific words (section at the end)
    if connector is not None:
        return connector
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
    if isinstance(e, StoreReadOnly):
        return UserMessage(tr("Your decision was not saved"),
                           tr("The data folder is read-only. Your saved decisions are shown, but new ones cannot be "
                              "saved until the folder can be written."))
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


# --- Live connections: sign-in, grants APIs, revoke, disconnect ---------------------------------


def connector_message(e: BaseException) -> UserMessage | None:
    """Plain words for the live-connection errors, or None when `e` is not one of them."""
    provider = getattr(e, "provider", "") or ""
    name = platform_name(provider) if provider else tr("The provider")
    if isinstance(e, ConsentDenied):
        return UserMessage(tr("Access was declined in the browser"),
                           tr("Grantscope did not connect and nothing was changed. Sign in again and choose "
                              "“Allow” if you want to review this account's apps."))
    if isinstance(e, Cancelled):
        return None
    if isinstance(e, SignInFailed):
        return _sign_in_message(e, name)
    if isinstance(e, AuthExpired):
        return UserMessage(tr("Your sign-in to {provider} has expired").format(provider=name),
                           tr("The provider no longer accepts Grantscope's saved sign-in (it expired or was "
                              "revoked). Sign in again to continue."))
    if isinstance(e, InsufficientPrivileges):
        role = (e.role or tr("a role that allows reading app permissions")).rstrip(".")
        return UserMessage(tr("Your account lacks a permission {provider} requires").format(provider=name),
                           tr("{provider} refused the request. Your account needs: {role}. Ask an administrator "
                              "to grant it, then try again.").format(provider=name, role=role))
    if isinstance(e, ApiNotFound):
        return UserMessage(tr("{provider} has no account list at this address").format(provider=name),
                           tr("The server address, realm, tenant or application slug may be wrong, or the "
                              "provider's account API is switched off. Check the details and connect again."))
    if isinstance(e, RateLimited):
        if e.retry_after:
            when = tr("Try again in {n} seconds.").format(n=max(1, round(e.retry_after)))
        else:
            when = tr("Wait a minute, then try again.")
        return UserMessage(tr("{provider} asked Grantscope to slow down").format(provider=name),
                           tr("Too many requests were made in a short time. {when}").format(when=when))
    if isinstance(e, ProviderUnavailable):
        return _unavailable_message(e, name)
    if isinstance(e, RevokeFailed):
        status = tr(" (error {status})").format(status=e.status) if e.status else ""
        return UserMessage(tr("{provider} did not remove the access").format(provider=name),
                           tr("The provider refused the change{status}. Try again, or remove the app on the "
                              "provider's own settings page.").format(status=status))
    if isinstance(e, ConnectorError):
        status = tr(" (error {status})").format(status=e.status) if e.status else ""
        return UserMessage(tr("{provider} refused the request").format(provider=name),
                           tr("The provider answered with an error{status}. Try again later.").format(status=status))
    return None


def _sign_in_message(e: SignInFailed, name: str) -> UserMessage:
    title = tr("Signing in to {provider} did not work").format(provider=name)
    reason = e.reason
    if reason == "missing_params":
        missing = e.detail.removeprefix("missing:").strip()
        return UserMessage(tr("Some details are missing"),
                           tr("Fill in: {fields}.").format(fields=missing))
    if reason == "discovery":
        where = e.issuer or tr("the address you entered")
        return UserMessage(tr("No sign-in service was found at {issuer}").format(issuer=where),
                           tr("Check the server address and the realm, tenant or slug. Grantscope looks for the "
                              "provider's sign-in settings at that address and got no usable answer."))
    if reason == "insecure_issuer":
        return UserMessage(title, tr("The server address must start with https://. Grantscope never signs in over "
                                     "an unencrypted connection."))
    if reason == "issuer_mismatch":
        return UserMessage(title, tr("The server answered in the name of a different address. Check the server "
                                     "address (for older Keycloak servers enter the full issuer address with "
                                     "/auth/realms/… under Advanced)."))
    if reason == "timeout":
        return UserMessage(tr("The sign-in was not finished in time"),
                           tr("No answer came back from the browser within 5 minutes. Start again and finish "
                              "signing in in the browser window, or use a code instead."))
    if reason == "browser":
        return UserMessage(tr("The web browser could not be opened"),
                           tr("Grantscope signs in through your web browser. Choose “Use a code instead” to sign "
                              "in on another device or browser."))
    if reason == "listener":
        return UserMessage(title, tr("Grantscope could not open a local address (127.0.0.1) to receive the answer "
                                     "from the browser. A security tool may be blocking it; use a code instead."))
    if reason == "device_expired":
        return UserMessage(tr("The sign-in code expired"),
                           tr("The code was not entered in time. Start again and enter the new code promptly."))
    if reason == "device_unsupported":
        return UserMessage(tr("{provider} does not offer sign-in with a code here").format(provider=name),
                           tr("Sign in with the web browser on this computer instead, or allow the device "
                              "authorization grant in the client's settings at the provider."))
    if reason == "no_refresh_token":
        return UserMessage(title, tr("The provider gave no lasting sign-in. Check that the client may use "
                                     "offline access (the offline_access scope)."))
    # oauth_error: quote what the provider said, with a hint for the usual registration mistakes
    said = e.code or tr("an error")
    if e.description:
        said = f"{said}: {e.description}"
    if e.code == "client_rejected":
        return UserMessage(tr("{provider} does not accept this client ID").format(provider=name),
                           tr("The provider refused the sign-in before it started (the browser shows its error "
                              "page). Check the client ID, and that the client allows the redirect address "
                              "http://127.0.0.1 on any port, then sign in again."))
    hints = {
        "invalid_client": tr("Check the client ID and that the client is registered as a public client."),
        "unauthorized_client": tr("The client is not allowed to use this sign-in method. Check its settings at "
                                  "the provider (standard flow, public client)."),
        "invalid_scope": tr("The client is not allowed the scopes Grantscope asks for (see the README for the "
                            "scopes each provider needs)."),
        "invalid_request": tr("Check that the client allows the redirect address http://127.0.0.1 on any port."),
        "invalid_grant": tr("Start again; the sign-in answer could no longer be used."),
    }
    hint = hints.get(e.code, tr("Check the client registration at the provider, then try again."))
    return UserMessage(title, tr("The provider said “{said}”. {hint}").format(said=said, hint=hint))


def _unavailable_message(e: ProviderUnavailable, name: str) -> UserMessage:
    if e.reason == "tls":
        return UserMessage(tr("The certificate of {provider} could not be verified").format(provider=name),
                           tr("Grantscope only talks to servers with a valid certificate. Check the server "
                              "address; if your organisation uses its own certificate authority, install it on "
                              "this computer."))
    if e.reason == "timeout":
        return UserMessage(tr("{provider} did not answer in time").format(provider=name),
                           tr("Check your internet connection, then try again."))
    if e.reason == "network":
        return UserMessage(tr("{provider} could not be reached").format(provider=name),
                           tr("Check your internet connection and the server address, then try again."))
    if e.reason == "redirect":
        return UserMessage(tr("{provider} sent Grantscope to another address").format(provider=name),
                           tr("Grantscope does not follow redirects when it sends a sign-in or a token, since the "
                              "secret would go along. Check the server address; a proxy in front of the provider "
                              "may be set up wrongly."))
    if e.reason == "bad_response":
        return UserMessage(tr("{provider} gave an answer Grantscope does not understand").format(provider=name),
                           tr("The address may point to a web page instead of the provider's API. Check the "
                              "server address (and the API address under Advanced)."))
    status = tr(" (error {status})").format(status=e.status) if e.status else ""
    return UserMessage(tr("{provider} has a problem right now").format(provider=name),
                       tr("The provider's server failed{status}. Try again later.").format(status=status))


def not_persistent_message() -> UserMessage:
    return UserMessage(tr("Grantscope will not remember this sign-in"),
                       tr("This computer has no usable keychain (or the provider gave no lasting sign-in), so "
                          "the sign-in is kept in memory until you quit. Next time you will sign in again."))


def disconnect_message(provider: str, outcome: str, settings_url: str | None, *,
                       retrying: bool = False) -> UserMessage:
    name = platform_name(provider)
    if outcome == "revoked":
        return UserMessage(tr("Disconnected from {provider}").format(provider=name),
                           tr("Grantscope's access was revoked at the provider and its saved sign-in deleted."))
    where = tr(" To remove Grantscope's own access there too, open {url}.").format(url=settings_url) \
        if settings_url else ""
    if outcome == "unsupported":
        return UserMessage(tr("Disconnected from {provider}").format(provider=name),
                           tr("The saved sign-in was deleted from this computer. {provider} offers no way to "
                              "revoke it from here.{where}").format(provider=name, where=where))
    if retrying:
        return UserMessage(
            tr("Disconnected, but Grantscope's access at {provider} is still valid").format(provider=name),
            tr("The provider did not confirm revoking Grantscope's sign-in, so it could still be used there. "
               "Grantscope tries again each time it starts (stop that from the Accounts menu).{where}").format(
                where=where))
    return UserMessage(tr("Disconnected from {provider}, but the provider did not confirm").format(provider=name),
                       tr("The saved sign-in was deleted from this computer; revoking it at the provider failed."
                          "{where}").format(where=where))


def revocation_retried_message(provider: str, account: str, revoked: bool, settings_url: str | None) -> UserMessage:
    name = platform_name(provider)
    if revoked:
        return UserMessage(tr("Grantscope's access at {provider} is now revoked").format(provider=name),
                           tr("The sign-in of {account} that an earlier Disconnect left valid was revoked at the "
                              "provider.").format(account=account))
    where = tr(" You can remove it yourself at {url}.").format(url=settings_url) if settings_url else ""
    return UserMessage(tr("Grantscope's old access at {provider} is still valid").format(provider=name),
                       tr("Revoking the sign-in of {account} failed again; Grantscope tries at its next start."
                          "{where}").format(account=account, where=where))


def no_refresh_token_message(provider: str) -> UserMessage:
    name = platform_name(provider)
    return UserMessage(tr("{provider} gave no lasting sign-in").format(provider=name),
                       tr("The provider issued no refresh token, so Grantscope cannot remember this account: "
                          "you will sign in again next time. Check that the client may use offline access "
                          "(the offline_access scope)."))


def not_saved_message(provider: str, account: str) -> UserMessage:
    return UserMessage(tr("No saved sign-in for {account}").format(account=account),
                       tr("This computer's keychain holds no sign-in for this account (none was saved, or the "
                          "keychain was cleared). Sign in again to list its apps."))


def sign_in_ended_message(provider: str, account: str) -> UserMessage:
    name = platform_name(provider)
    return UserMessage(tr("Your sign-in to {provider} has ended").format(provider=name),
                       tr("{provider} no longer accepts Grantscope's sign-in for {account} (it expired or was "
                          "revoked); the saved copy was deleted. Sign in again to continue.").format(
                           provider=name, account=account))


def own_access_revoked_message(provider: str, account: str) -> UserMessage:
    name = platform_name(provider)
    return UserMessage(tr("Grantscope is disconnected from {provider}").format(provider=name),
                       tr("You removed Grantscope's own access for {account}, so its sign-in ended and the saved "
                          "copy was deleted. Sign in again to review this account's apps.").format(account=account))


def reconnected_message(account: str, count: int) -> UserMessage:
    return UserMessage(tr("Reconnected {account}").format(account=account),
                       tr("{n} app(s) listed from the provider.").format(n=count))


def reconnect_unavailable_message(provider: str, account: str) -> UserMessage:
    name = platform_name(provider)
    return UserMessage(tr("{provider} could not be reached").format(provider=name),
                       tr("Reconnecting {account} did not work because the server did not answer; it worked "
                          "before, so the address is fine. The saved sign-in is kept: try Reconnect again later."
                          ).format(account=account))


def listing_failed_note(e: BaseException, listed_at: datetime | None) -> str:
    """The note a live account's rows carry when the latest listing failed."""
    m = connector_message(e)
    why = m.title if m is not None else tr("the provider did not answer")
    if listed_at is None:
        return tr("The latest listing failed ({why}).").format(why=why)
    when = listed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return tr("The latest listing failed ({why}). The rows show the apps as listed at {when}.").format(
        why=why, when=when)


def revoke_result_message(app: str, provider: str, gone: bool) -> tuple[UserMessage, str]:
    """What the fresh list after a revoke says, and the message bar kind ("info" or "warning")."""
    name = platform_name(provider)
    if gone:
        return (UserMessage(tr("Access removed: {app}").format(app=app),
                            tr("{provider} no longer lists {app} for this account.").format(provider=name, app=app)),
                "info")
    return (UserMessage(tr("{app} is still listed").format(app=app),
                        tr("{provider} accepted the request but still lists the app. Check again in a moment, or "
                           "remove it on the provider's settings page.").format(provider=name)), "warning")
