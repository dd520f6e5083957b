"""Confirmation before revoking a live grant: names the app, what stops working and what the provider does."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from core.model import Grant
from ui.resources import platform_name

#: How many scopes the dialog lists before "and N more".
MAX_SCOPES = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmRevoke", text)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def is_tenant_wide(grant: Grant) -> bool:
    """Entra lists organisation-wide admin consents as administered apps (with a handle to revoke them)."""
    return grant.platform == "entra" and grant.kind == "administered_app" and bool(grant.revoke_handle)


def provider_hints(grant: Grant, account: str) -> list[str]:
    """What revoking does at this provider (from notes/connectors_api.md and the README)."""
    app = grant.app
    if grant.platform == "keycloak":
        return [tr("Keycloak removes your consent and also ends the app's offline access, so it can no longer act "
                   "for you while you are away.")]
    if grant.platform == "authentik":
        return [tr("authentik removes your consent; {app} will have to ask for it again.").format(app=app)]
    if grant.platform == "entra":
        hints = []
        if is_tenant_wide(grant):
            hints.append(tr("This consent was given for everyone in your organisation. Revoking it removes "
                            "{app}'s access for every user, which may stop it working for your colleagues.").format(
                                app=app))
        hints.append(tr("Access tokens {app} already holds stay valid until they expire (about an hour); it gets "
                        "no new ones.").format(app=app))
        return hints
    if grant.platform == "google_workspace":
        return [tr("Google deletes every token {user} issued to {app}; the app is signed out for that user.").format(
            user=account, app=app)]
    return []


class ConfirmRevokeDialog(QDialog):
    """Non-blocking (open() it). Cancel is the default button; `confirmed` carries the grant."""

    confirmed = Signal(object)

    def __init__(self, grant: Grant, *, account: str = "", scope_texts: Mapping[str, str] | None = None,
                 permission_label: Callable[[str], str | None] | None = None,
                 own_client: bool = False, parent: QWidget | None = None) -> None:
        """scope_texts: the provider's own words per scope; permission_label: the catalog's, as a fallback."""
        super().__init__(parent)
        self.grant = grant
        provider = platform_name(grant.platform)
        account = account or grant.source.removeprefix("live:")
        tenant_wide = is_tenant_wide(grant)
        self.setWindowTitle(self.tr("Revoke access"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Revoke access for “{app}”?").format(app=grant.app), self)
        title.setObjectName("revokeTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)

        texts = dict(scope_texts or {})
        scopes = [s for s in grant.permissions if s]
        items = []
        for s in scopes[:MAX_SCOPES]:
            label = texts.get(s) or (permission_label(s) if permission_label is not None else None)
            if label == s:
                label = None
            items.append(f"<li>{esc(label)} <span style='color:gray'>(<code>{esc(s)}</code>)</span></li>" if label
                         else f"<li><code>{esc(s)}</code></li>")
        if len(scopes) > MAX_SCOPES:
            items.append("<li>" + esc(self.tr("and {n} more").format(n=len(scopes) - MAX_SCOPES)) + "</li>")
        if tenant_wide:
            lead = self.tr("{app} will lose the access your organisation's administrators granted it at {provider} "
                           "for every user:").format(app=grant.app, provider=provider)
        else:
            lead = self.tr("{app} will no longer be able to reach {account} at {provider}. What stops working:").format(
                app=grant.app, account=account, provider=provider)
        stops = f"<p>{esc(lead)}</p>"
        if items:
            stops += '<ul style="margin-left:-20px">' + "".join(items) + "</ul>"
        else:
            stops += "<p>" + esc(self.tr("everything it was allowed to do with this account.")) + "</p>"
        if own_client:
            # Grantscope's own row: revoking it ends the very sign-in that lists these apps.
            stops = "<p><b>" + esc(self.tr("This is Grantscope's own access. Revoking it disconnects Grantscope from "
                                           "{account}: the list closes and you will have to sign in again.").format(
                                               account=account)) + "</b></p>" + stops
        else:
            stops += "<p>" + esc(self.tr("If you still use {app}, it will ask you to sign in and allow access again.")
                                 .format(app=grant.app)) + "</p>"
        self.body = QLabel(stops, self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        hints = provider_hints(grant, account)
        hints.append(self.tr("Grantscope asks {provider} for the list again afterwards to confirm the app is gone.")
                     .format(provider=provider))
        self.hints = QLabel("".join(f"<p>{esc(h)}</p>" for h in hints), self)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.setWordWrap(True)
        self.hints.setObjectName("hint")

        buttons = QDialogButtonBox(self)
        self.revoke_button = QPushButton(self.tr("Revoke for &Everyone") if tenant_wide else self.tr("&Revoke Access"),
                                         self)
        self.revoke_button.setObjectName("destructive")
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.setAccessibleDescription(self.tr("Ask the provider to remove this app's access now"))
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.revoke_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.body)
        lay.addWidget(self.hints)
        lay.addWidget(buttons)
        self.cancel_button.setFocus()

    def text(self) -> str:
        """Everything the dialog says, as plain text (tests, screen readers' summary)."""
        doc = QTextDocument()
        parts = []
        for lbl in self.findChildren(QLabel):
            if lbl.textFormat() == Qt.TextFormat.RichText:
                doc.setHtml(lbl.text())
            else:
                doc.setPlainText(lbl.text())
            parts.append(doc.toPlainText())
        return "\n".join(parts)

    def _confirm(self) -> None:
        self.confirmed.emit(self.grant)
        self.accept()
