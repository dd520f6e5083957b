"""Connected accounts: sign in, list, revoke, disconnect and resume through the TaskRunner, never on the UI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from core.connectors.oauth import SIGN_IN_TIMEOUT, redact_url_queries
from core.connectors.presets import Preset, presets
from core.connectors.session import (
    _CLIENT_SECRET_SUFFIX,
    AccountRef,
    ConnectedAccount,
    connect,
    dismiss_revocation,
    resume,
    retry_revocation,
)
from core.errors import (
    AuthExpired,
    Cancelled,
    ConnectorError,
    ConsentDenied,
    ProviderUnavailable,
)
from core.model import Grant, Inventory, Source
from core.secrets import TokenStore
from core.tasks import CancelToken, Progress, ProgressFn
from ui.messages import (
    connector_message,
    disconnect_message,
    listing_failed_note,
    no_refresh_token_message,
    not_persistent_message,
    not_saved_message,
    own_access_revoked_message,
    reconnect_unavailable_message,
    reconnected_message,
    revocation_retried_message,
    revoke_result_message,
    sign_in_ended_message,
)
from ui.settings import Settings
from ui.workers import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

#: Settings key: the AccountRef dicts (no secrets) of accounts to offer reconnecting next start.
SETTINGS_KEY = "accounts"
#: Settings key: AccountRef dicts of disconnected accounts whose token the provider did not confirm revoking;
#: their token waits in the keychain (PENDING_REVOCATION_SUFFIX) and revoking is tried again at each start.
PENDING_KEY = "pending_revocations"
#: How long a worker waits for the UI thread to hand the sign-in address to the system browser.
BROWSER_HANDOFF_S = 15.0


def account_key(ref: AccountRef) -> str:
    """One account at one provider and issuer (the same triple names its keychain entry)."""
    return f"{ref.provider}|{ref.issuer}|{ref.account}"


# ----------------------------------------------------------------------------------------- browser hand-off


class _Request:
    def __init__(self, url: str) -> None:
        self.url = url
        self.ok = False
        self.done = threading.Event()


class GuiBrowser(QObject):
    """`open_browser` for core.connectors: called on a worker, opens the URL on the UI thread, returns the result.

    QDesktopServices must run on the UI thread; the worker waits (briefly) for the answer so that a failure
    to open a browser can fall back to the device flow.
    """

    _requested = Signal(object)

    def __init__(self, opener: Callable[[QUrl], bool] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener or QDesktopServices.openUrl
        self._requested.connect(self._open)

    def __call__(self, url: str) -> bool:
        req = _Request(url)
        self._requested.emit(req)
        return req.done.wait(BROWSER_HANDOFF_S) and req.ok

    def _open(self, req: _Request) -> None:
        try:
            req.ok = bool(self._opener(QUrl(req.url)))
        except Exception as exc:  # noqa: BLE001 - a failing opener means: no browser, use the device flow
            # Never the traceback or the URL: the sign-in address carries the state and the nonce.
            log.warning("the system browser could not be opened: %s", redact_url_queries(str(exc))[:200])
            req.ok = False
        finally:
            req.done.set()


# --------------------------------------------------------------------------------------------- operations


class _Refused:
    """A ConsentDenied carried as a result: the TaskRunner treats every Cancelled as silent, this one is not."""

    def __init__(self, exc: ConsentDenied) -> None:
        self.exc = exc


class AccountOp(QObject):
    """One running account task as the dialogs see it. Exactly one of succeeded/failed/cancelled, then done."""

    progress = Signal(object)  # core.tasks.Progress
    deviceCode = Signal(object)  # core.connectors.oauth.DeviceCode
    succeeded = Signal(object)  # the task's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.handle: TaskHandle | None = None
        self.error: BaseException | None = None
        self.result: Any = None
        self.finished = False

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()


class Accounts(QObject):
    """Holds the ConnectedAccounts; every network or keychain call runs through the TaskRunner.

    The window listens to `partChanged` (an account's Inventory part: its live Source and grants, to add or
    to replace) and `partRemoved` (its Source, after Disconnect), and shows `message` in its message bar.
    """

    #: key, Inventory(sources=(live Source,), grants=...): add it, or replace that account's rows
    partChanged = Signal(str, object)
    #: key, Source: drop this account's source and grants
    partRemoved = Signal(str, object)
    #: title, body, kind ("error" | "warning" | "info")
    message = Signal(str, str, str)
    #: the grant asked for, whether the fresh list confirms it is gone
    revokeFinished = Signal(object, bool)
    #: a saved account cannot be resumed: offer signing in again (AccountRef)
    signInNeeded = Signal(object)
    #: the set of connected or saved accounts changed (menus)
    accountsChanged = Signal()
    busyChanged = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        token_store: TokenStore,
        *,
        open_browser: Callable[[str], bool] | None = None,
        sign_in_timeout: float = SIGN_IN_TIMEOUT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.token_store = token_store
        self.open_browser = open_browser if open_browser is not None else GuiBrowser(parent=self)
        self.sign_in_timeout = sign_in_timeout
        self._accounts: dict[str, ConnectedAccount] = {}
        self._sources: dict[str, Source] = {}
        #: the last successful listing per account and when it was made (kept when a later listing fails)
        self._listed: dict[str, tuple[tuple[Grant, ...], datetime]] = {}
        self._ops: set[AccountOp] = set()
        self._presets: dict[str, Preset] = presets()

    # -- state ------------------------------------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        """False: no usable keychain; sign-ins last for this session only."""
        return self.token_store.persistent

    def presets(self) -> dict[str, Preset]:
        return dict(self._presets)

    def keys(self) -> list[str]:
        return list(self._accounts)

    def account(self, key: str) -> ConnectedAccount | None:
        return self._accounts.get(key)

    def source(self, key: str) -> Source | None:
        return self._sources.get(key)

    def label(self, key: str) -> str:
        """What to call the account in menus: the e-mail or user name the provider gave."""
        acc = self._accounts.get(key)
        return acc.ref.display_name if acc is not None else key

    def settings_url(self, key: str) -> str | None:
        """The provider's own page for this account (Keycloak account console, My Apps, Google connections)."""
        acc = self._accounts.get(key)
        return acc.preset.settings_url(acc.ref.params) if acc is not None else None

    def key_for(self, grant: Grant) -> str | None:
        """The connected account a live grant came from (None for archive grants or after Disconnect)."""
        if not grant.live:
            return None
        for key, acc in self._accounts.items():
            if acc.preset.id == grant.platform and acc.source.path == grant.source:
                return key
        return None

    def can_revoke(self, grant: Grant) -> bool:
        return bool(grant.revoke_handle) and grant.status == "active" and self.key_for(grant) is not None

    def scope_texts(self, grant: Grant) -> Mapping[str, str]:
        key = self.key_for(grant)
        acc = self._accounts.get(key) if key else None
        try:
            return acc.scope_texts(grant) if acc is not None else {}
        except Exception:  # noqa: BLE001 - texts are a nicety; never let them break the confirmation
            return {}

    @property
    def busy(self) -> bool:
        return bool(self._ops)

    def _refs(self, key: str) -> list[AccountRef]:
        """AccountRefs stored under a settings key (no secrets); damaged entries and unknown providers skipped."""
        out: list[AccountRef] = []
        for d in self.settings.get(key, []) or []:
            try:
                ref = AccountRef.from_dict(d)
            except (KeyError, TypeError, AttributeError, ValueError):
                continue
            if ref.provider in self._presets:
                out.append(ref)
        return out

    def saved_refs(self) -> list[AccountRef]:
        """Accounts remembered in the settings (no secrets), whether connected now or not."""
        return self._refs(SETTINGS_KEY)

    def resumable(self) -> list[AccountRef]:
        """Saved accounts not connected in this session: offer "Reconnect" for them."""
        return [r for r in self.saved_refs() if account_key(r) not in self._accounts]

    def _remember(self, ref: AccountRef) -> None:
        key = account_key(ref)
        entries = [r.to_dict() for r in self.saved_refs() if account_key(r) != key]
        self.settings.set(SETTINGS_KEY, [*entries, ref.to_dict()])
        self.settings.save()

    def forget_saved(self, ref: AccountRef) -> AccountOp:
        """A saved account that is not connected: forget it and delete its keychain entry (in a worker)."""
        self.forget(ref)

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> None:
            self.token_store.delete(ref.provider, ref.issuer, ref.account)
            self.token_store.delete(ref.provider, ref.issuer, ref.account + _CLIENT_SECRET_SUFFIX)

        return self._start("forget", task, lambda _r: None)

    def forget(self, ref: AccountRef, *, announce: bool = True) -> None:
        key = account_key(ref)
        saved = self.saved_refs()
        kept = [r.to_dict() for r in saved if account_key(r) != key]
        if len(kept) != len(saved):
            self.settings.set(SETTINGS_KEY, kept)
            self.settings.save()
        if announce:
            self.accountsChanged.emit()

    # -- running ----------------------------------------------------------------------------------------------

    def _start(self, kind: str, fn: Callable[[CancelToken, ProgressFn, AccountOp], Any],
               on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None] | None = None,
               ) -> AccountOp:
        op = AccountOp(kind, self)
        was_busy = self.busy
        self._ops.add(op)

        def body(token: CancelToken, progress: ProgressFn) -> Any:
            last_stage = ""

            def report(p: Progress) -> None:
                # The runner forwards at most one report per 50 ms; a new stage ("finish in your browser")
                # must never be the one dropped, so stage changes go to the dialog directly (queued).
                nonlocal last_stage
                if p.stage != last_stage:
                    last_stage = p.stage
                    op.progress.emit(p)
                else:
                    progress(p)

            try:
                return fn(token, report, op)
            except ConsentDenied as exc:
                return _Refused(exc)

        def finished(result: Any) -> None:
            if isinstance(result, _Refused):
                failed(result.exc, "")
                return
            op.result = result
            try:
                on_success(result)
            finally:
                self._end(op)
            op.succeeded.emit(result)
            op.done.emit()

        def failed(exc: BaseException, details: str) -> None:
            op.error = exc
            if connector_message(exc) is None:
                log.error("unexpected error in account task %s\n%s", kind, details)
            else:
                log.warning("account task %s failed: %s", kind, type(exc).__name__)
            try:
                if on_failure is not None:
                    on_failure(exc)
            finally:
                self._end(op)
            op.failed.emit(exc)
            op.done.emit()

        def cancelled() -> None:
            self._end(op)
            op.cancelled.emit()
            op.done.emit()

        # Callbacks go to start() itself: a task that fails at once (no keychain entry) must still be heard.
        op.handle = self.runner.start(body, name=f"account-{kind}", finished=finished, failed=failed,
                                      cancelled=cancelled, progress=op.progress.emit)
        if not was_busy:
            self.busyChanged.emit(True)
        return op

    def _end(self, op: AccountOp) -> None:
        op.finished = True
        if op in self._ops:
            self._ops.discard(op)
            if not self._ops:
                self.busyChanged.emit(False)

    def _publish(self, account: ConnectedAccount, grants: tuple[Grant, ...], error: BaseException | None) -> str:
        key = account_key(account.ref)
        old = self._accounts.get(key)
        if old is not None and old is not account:
            old.close()
        self._accounts[key] = account
        if error is None:
            self._listed[key] = (grants, datetime.now(timezone.utc))
        source = self._live_source(account)
        if error is not None:
            m = connector_message(error)
            if m is not None:
                source = replace(source, warnings=(f"{m.title}. {m.body}",))
        self._sources[key] = source
        self.partChanged.emit(key, Inventory(sources=(source,), grants=grants))
        self.accountsChanged.emit()
        return key

    def _live_source(self, account: ConnectedAccount) -> Source:
        """The account's Source, dated with its last successful listing."""
        listed = self._listed.get(account_key(account.ref))
        return replace(account.source, exported_at=listed[1]) if listed else account.source

    def _list_after_sign_in(self, account: ConnectedAccount, token: CancelToken, progress: ProgressFn,
                            fresh: bool) -> tuple[ConnectedAccount, tuple[Grant, ...], BaseException | None]:
        try:
            token.raise_if_cancelled()
            grants = account.list_grants(progress, token)
            token.raise_if_cancelled()
        except Cancelled:
            # Cancelled just after a new sign-in: do not keep a keychain entry nobody will know about.
            if fresh:
                account.forget_sign_in()
            account.close()
            raise
        except AuthExpired:
            account.close()
            raise
        except ConnectorError as exc:
            # Signed in, but listing failed (a missing role, a wrong realm): keep the account so the person
            # can read why, fix it at the provider and list again, or disconnect.
            return account, (), exc
        return account, grants, None

    def _after_connect(self, result: tuple[ConnectedAccount, tuple[Grant, ...], BaseException | None],
                       announce_persistence: bool = True) -> None:
        account, grants, error = result
        if account.persistent:
            self._remember(account.ref)
        else:
            # Nothing in the keychain: offering "Reconnect" next time would only fail.
            self.forget(account.ref, announce=False)
        self._publish(account, grants, error)
        if error is not None:
            m = connector_message(error)
            if m is not None:
                self.message.emit(m.title, m.body, "error")
        elif not account.has_refresh_token:
            m = no_refresh_token_message(account.preset.id)
            self.message.emit(m.title, m.body, "warning")
        elif announce_persistence and not account.persistent:
            m = not_persistent_message()
            self.message.emit(m.title, m.body, "warning")
        elif not announce_persistence:
            # Replaces the "Reconnect …?" offer: it has been answered.
            m = reconnected_message(account.ref.display_name, len(grants))
            self.message.emit(m.title, m.body, "info")

    def connect_account(self, provider: str, params: Mapping[str, str], *, use_device_flow: bool = False) -> AccountOp:
        """Sign in (system browser, or a device code) and list the account's grants."""
        preset = self._presets[provider]
        values = {k: str(v).strip() for k, v in params.items() if str(v).strip()}
        opener = self.open_browser
        timeout = self.sign_in_timeout

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> Any:
            account = connect(preset, values, self.token_store, opener, token, progress,
                              show_device_code=op.deviceCode.emit, use_device_flow=use_device_flow,
                              timeout=timeout)
            return self._list_after_sign_in(account, token, progress, fresh=True)

        return self._start("connect", task, self._after_connect)

    def resume(self, ref: AccountRef) -> AccountOp:
        """Reconnect a saved account from its keychain entry (no browser); AuthExpired → signInNeeded."""
        preset = self._presets[ref.provider]

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> Any:
            progress(Progress("keychain"))
            account = resume(preset, ref, self.token_store, token)
            return self._list_after_sign_in(account, token, progress, fresh=False)

        def failure(exc: BaseException) -> None:
            if isinstance(exc, AuthExpired):
                # Either the provider ended the sign-in or there never was a saved one: forget the offer.
                self.forget(ref)
                m = not_saved_message(ref.provider, ref.display_name) if exc.reason == "not_saved" \
                    else sign_in_ended_message(ref.provider, ref.display_name)
                self.message.emit(m.title, m.body, "warning")
                self.signInNeeded.emit(ref)
                return
            if isinstance(exc, ProviderUnavailable):
                m = reconnect_unavailable_message(ref.provider, ref.display_name)
                self.message.emit(m.title, m.body, "error")
                return
            self._report_failure(exc)

        return self._start("resume", task, lambda r: self._after_connect(r, announce_persistence=False), failure)

    def resume_saved(self) -> list[AccountOp]:
        return [self.resume(ref) for ref in self.resumable()]

    def _signed_out(self, key: str, account: ConnectedAccount, own: bool = False) -> None:
        """The provider ended the sign-in (expired, revoked, Grantscope's own grant removed): the keychain entry is
        already gone; drop the account's rows and offer signing in again."""
        if self._accounts.get(key) is account:
            self._accounts.pop(key, None)
            self._listed.pop(key, None)
            source = self._sources.pop(key, account.source)
            self.partRemoved.emit(key, source)
        account.close()
        self.forget(account.ref)
        m = own_access_revoked_message(account.preset.id, account.ref.display_name) if own \
            else sign_in_ended_message(account.preset.id, account.ref.display_name)
        self.message.emit(m.title, m.body, "warning")
        self.signInNeeded.emit(account.ref)

    def refresh(self, key: str) -> AccountOp:
        """List the account's grants again."""
        account = self._accounts[key]

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> Any:
            return account.list_grants(progress, token)

        def success(grants: tuple[Grant, ...]) -> None:
            if self._accounts.get(key) is account:
                self._listed[key] = (grants, datetime.now(timezone.utc))
                self._sources[key] = self._live_source(account)
                self.partChanged.emit(key, Inventory(sources=(self._sources[key],), grants=grants))

        def failure(exc: BaseException) -> None:
            if isinstance(exc, AuthExpired):
                self._signed_out(key, account)
                return
            self._report_failure(exc)
            if isinstance(exc, ConnectorError) and self._accounts.get(key) is account:
                self._mark_stale(key, account, exc)

        return self._start("refresh", task, success, failure)

    def _mark_stale(self, key: str, account: ConnectedAccount, exc: BaseException) -> None:
        """The latest listing failed: keep the last rows, but no longer as a fresh "Active"."""
        grants, listed_at = self._listed.get(key, ((), None))
        note = listing_failed_note(exc, listed_at)
        source = replace(self._live_source(account), warnings=(note,))
        self._sources[key] = source
        stale = tuple(replace(g, status_basis="inferred") for g in grants)
        self.partChanged.emit(key, Inventory(sources=(source,), grants=stale))

    def is_own(self, grant: Grant) -> bool:
        """True for Grantscope's own row: revoking it disconnects Grantscope (the confirmation says so)."""
        key = self.key_for(grant)
        acc = self._accounts.get(key) if key else None
        return acc is not None and acc.is_own(grant)

    def revoke(self, grant: Grant) -> AccountOp:
        """Revoke at the provider, then list again; the fresh list replaces the account's rows."""
        key = self.key_for(grant)
        if key is None or not grant.revoke_handle:
            raise ValueError("this grant does not come from a connected account")
        account = self._accounts[key]

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> Any:
            return account.revoke(grant, progress, token)

        def success(outcome: Any) -> None:
            if outcome.signed_out:
                self.revokeFinished.emit(grant, bool(outcome.gone))
                self._signed_out(key, account, own=account.is_own(grant))
                return
            if self._accounts.get(key) is account:
                self._listed[key] = (outcome.grants, datetime.now(timezone.utc))
                self._sources[key] = self._live_source(account)
                self.partChanged.emit(key, Inventory(sources=(self._sources[key],), grants=outcome.grants))
            m, kind = revoke_result_message(grant.app, grant.platform, bool(outcome.gone))
            self.message.emit(m.title, m.body, kind)
            self.revokeFinished.emit(grant, bool(outcome.gone))

        def failure(exc: BaseException) -> None:
            if isinstance(exc, AuthExpired):
                self._signed_out(key, account)
                return
            self._report_failure(exc)

        return self._start("revoke", task, success, failure)

    def disconnect(self, key: str) -> AccountOp:
        """Revoke Grantscope's own token where possible and delete it from the keychain; forget the account.

        When the provider does not confirm, the token is kept aside and revoking is tried again at each start
        (`retry_pending_revocations`) until it works or the person stops it (`dismiss_pending`)."""
        account = self._accounts[key]

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> Any:
            return account.disconnect()

        def drop() -> None:
            self._accounts.pop(key, None)
            self._listed.pop(key, None)
            source = self._sources.pop(key, account.source)
            self.forget(account.ref)
            self.partRemoved.emit(key, source)

        def success(outcome: Any) -> None:
            drop()
            if outcome.pending:
                self._add_pending(account.ref)
            m = disconnect_message(account.preset.id, outcome.provider_revocation, outcome.settings_url,
                                   retrying=bool(outcome.pending))
            kind = "info" if outcome.provider_revocation == "revoked" else "warning"
            self.message.emit(m.title, m.body, kind)

        def failure(exc: BaseException) -> None:
            # ConnectedAccount.disconnect deletes the keychain entry even when the provider call fails.
            drop()
            m = disconnect_message(account.preset.id, "failed", account.preset.settings_url(account.ref.params))
            self.message.emit(m.title, m.body, "warning")

        return self._start("disconnect", task, success, failure)

    # -- revocations the provider did not confirm -------------------------------------------------------------

    def pending_revocations(self) -> list[AccountRef]:
        """Accounts whose Disconnect the provider did not confirm: revocation is retried at every start."""
        return self._refs(PENDING_KEY)

    def _set_pending(self, refs: list[AccountRef]) -> None:
        self.settings.set(PENDING_KEY, [r.to_dict() for r in refs])
        self.settings.save()
        self.accountsChanged.emit()

    def _add_pending(self, ref: AccountRef) -> None:
        key = account_key(ref)
        self._set_pending([r for r in self.pending_revocations() if account_key(r) != key] + [ref])

    def _drop_pending(self, ref: AccountRef) -> None:
        key = account_key(ref)
        self._set_pending([r for r in self.pending_revocations() if account_key(r) != key])

    def retry_pending_revocations(self) -> list[AccountOp]:
        """At start: revoke again the tokens earlier Disconnects could not revoke at the provider."""
        ops: list[AccountOp] = []
        for ref in self.pending_revocations():
            preset = self._presets[ref.provider]

            def task(token: CancelToken, progress: ProgressFn, op: AccountOp, p: Preset = preset,
                     r: AccountRef = ref) -> Any:
                return retry_revocation(p, r, self.token_store)

            def success(outcome: Any, r: AccountRef = ref) -> None:
                if outcome in ("revoked", "unsupported", "none"):
                    self._drop_pending(r)
                if outcome in ("revoked", "failed"):
                    m = revocation_retried_message(r.provider, r.display_name, outcome == "revoked",
                                                   self._presets[r.provider].settings_url(r.params))
                    self.message.emit(m.title, m.body, "info" if outcome == "revoked" else "warning")

            ops.append(self._start("retry-revocation", task, success, self._report_failure))
        return ops

    def dismiss_pending(self, ref: AccountRef) -> AccountOp:
        """Stop retrying: forget the pending token (the person will remove the access on the provider's page)."""
        self._drop_pending(ref)
        preset = self._presets[ref.provider]

        def task(token: CancelToken, progress: ProgressFn, op: AccountOp) -> None:
            dismiss_revocation(preset, ref, self.token_store)

        return self._start("dismiss-revocation", task, lambda _r: None)

    def _report_failure(self, exc: BaseException) -> None:
        m = connector_message(exc)
        if m is not None:
            self.message.emit(m.title, m.body, "error")

    def cancel_all(self) -> None:
        for op in list(self._ops):
            op.cancel()

    def close(self) -> None:
        """On quit: cancel running tasks; drop sessions (no network; the keychain keeps the sign-in)."""
        self.cancel_all()
        for acc in self._accounts.values():
            acc.close()
