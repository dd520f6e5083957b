"""Live accounts in the window: the Accounts menu, reconnect offers, the grant context menu and revoking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMenu

from core.model import Grant
from ui.accounts import Accounts
from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
from ui.formatting import format_count
from ui.models.base import ObjectRole

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow


def attach_accounts(w: MainWindow, accounts: Any) -> None:
    """Wire a ui.accounts.Accounts controller: its parts feed the list, its messages the message bar."""
    w.accounts = accounts
    accounts.partChanged.connect(lambda _key, inv: w.set_part(inv))
    accounts.partRemoved.connect(lambda _key, source: w.remove_part(source))
    accounts.message.connect(w.message_bar.show_message)
    accounts.accountsChanged.connect(w._rebuild_accounts_menu)
    accounts.revokeFinished.connect(lambda *_: w._selection_changed())
    w.detail.can_revoke = accounts.can_revoke
    w.accounts_menu.menuAction().setVisible(True)
    w._rebuild_accounts_menu()
    w._attach_account_extras(accounts)


def rebuild_accounts_menu(w: MainWindow) -> None:
    menu = w.accounts_menu
    for action in menu.actions():
        if action is not w.connect_action:
            menu.removeAction(action)
            action.deleteLater()
    keys = w.accounts.keys() if w.accounts is not None else []
    if keys:
        menu.addSeparator()
    for key in keys:
        source = w.accounts.source(key)
        label = source.path.removeprefix("live:") if source is not None else key
        action = menu.addAction(w.tr("Disconnect {account}").format(account=label))
        action.setStatusTip(w.tr("Sign out and forget this account's key (the provider keeps your "
                                    "grants)"))
        action.triggered.connect(lambda _c=False, k=key: w.accounts.disconnect(k))
    w._add_account_actions(menu)


def confirm_revoke(w: MainWindow, grant: Grant) -> None:
    """Ask first (a dialog naming the app and what stops working), then revoke through the accounts."""
    if w.accounts is None:
        return
    dlg = ConfirmRevokeDialog(grant, scope_texts=w.accounts.scope_texts(grant), parent=w,
                              permission_label=lambda key, g=grant: w._permission_label(g, key),
                              own_client=w.accounts.is_own(grant))
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.confirmed.connect(w.accounts.revoke)
    dlg.open()


def attach_account_extras(w: MainWindow, accounts: Accounts) -> None:
    """Reconnect offers, "sign in again", and a status line while a provider is being asked."""
    accounts.signInNeeded.connect(lambda ref: w.show_connect_dialog(prefill=ref))
    accounts.busyChanged.connect(w._accounts_busy)
    saved = accounts.resumable()
    if saved:
        names = ", ".join(r.display_name for r in saved)
        w.message_bar.show_message(
            w.tr("Reconnect {accounts}?").format(accounts=names),
            w.tr("You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps "
                    "again; nothing is sent to a provider until you do.").format(n=format_count(len(saved))),
            "info")


def accounts_busy(w: MainWindow, busy: bool) -> None:
    if busy:
        w.statusBar().showMessage(w.tr("Talking to the provider…"))
    else:
        w.statusBar().clearMessage()


def add_account_actions(w: MainWindow, menu: QMenu) -> None:
    accounts = w.accounts
    if accounts is None:
        return
    for key in accounts.keys():
        label = accounts.label(key)
        again = menu.addAction(w.tr("List Apps Again: {account}").format(account=label))
        again.triggered.connect(lambda _c=False, k=key: accounts.refresh(k))
        url = accounts.settings_url(key)
        if url:
            page = menu.addAction(w.tr("Open Account Page: {account}").format(account=label))
            page.setStatusTip(url)
            page.triggered.connect(lambda _c=False, u=url: w.open_url(QUrl(u)))
    saved = accounts.resumable()
    if saved:
        menu.addSeparator()
    for ref in saved:
        action = menu.addAction(w.tr("Reconnect {account}").format(account=ref.display_name))
        action.setStatusTip(w.tr("Sign in with the key saved in your keychain and list the apps"))
        action.triggered.connect(lambda _c=False, r=ref: accounts.resume(r))
        forget = menu.addAction(w.tr("Forget {account}").format(account=ref.display_name))
        forget.setStatusTip(w.tr("Delete the saved sign-in from your keychain"))
        forget.triggered.connect(lambda _c=False, r=ref: accounts.forget_saved(r))
    pending = accounts.pending_revocations()
    if pending:
        menu.addSeparator()
    for ref in pending:
        stop = menu.addAction(w.tr("Stop Retrying Revocation: {account}").format(account=ref.display_name))
        stop.setStatusTip(w.tr("Grantscope's old sign-in may still be valid at the provider; remove it there"))
        stop.triggered.connect(lambda _c=False, r=ref: accounts.dismiss_pending(r))


def grant_menu(w: MainWindow, grant: Grant) -> QMenu:
    """The grant table's context menu: revoke (live grants from a connected account) or the settings page."""
    menu = QMenu(w)
    revoke = menu.addAction(w.tr("Revoke Access…"))
    can = w.accounts is not None and w.accounts.can_revoke(grant)
    revoke.setEnabled(bool(can))
    revoke.triggered.connect(lambda _c=False, g=grant: w.confirm_revoke(g))
    if not grant.live:
        link = w.services.links.get(grant.platform)
        manage = menu.addAction(w.tr("Manage on {platform}").format(platform=link.name))
        manage.setEnabled(bool(link.manage_url))
        if link.manage_url:
            manage.triggered.connect(lambda _c=False, u=link.manage_url: w.open_url(QUrl(u)))
    return menu


def show_grant_menu(w: MainWindow, pos: Any) -> None:
    table = w.grant_list.table
    index = table.indexAt(pos)
    if not index.isValid():
        return
    grant = index.data(ObjectRole)
    if not isinstance(grant, Grant):
        return
    menu = w.grant_menu(grant)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(table.viewport().mapToGlobal(pos))
