"""Detail pane for the selected grant(s): access in plain words, findings, timeline, origin, manage link."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.catalog import UNKNOWN_CATEGORY, Catalog
from core.misuse import finding_sources
from core.model import Finding, Grant
from core.summary import is_listed_only
from core.text import shorten
from ui.formatting import format_count, format_datetime
from ui.models.grants import SEVERITY_COLORS, SEVERITY_ORDER, STATUS_COLORS
from ui.resources import Links, icon
from ui.views.flow import FlowLayout

KIND_LABELS_CTX = "GrantDetail"


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class GrantDetail(QScrollArea):
    """Shows one grant, or a short summary of a multi-selection. Data is escaped; nothing remote is loaded."""

    openUrl = Signal(QUrl)
    #: "Revoke access…" was clicked for a grant from a connected account
    revokeRequested = Signal(object)

    def __init__(self, links: Links, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links = links
        #: plain words per data category and the one set of sensitivity words (the reports use the same)
        self._catalog = catalog
        #: set by the window when live accounts are connected: may this grant be revoked from here?
        self.can_revoke: Callable[[Grant], bool] = lambda _g: False
        self._grants: list[Grant] = []
        #: Presentation mode: the person's own identifiers (account, their id in an app) are not shown.
        self.hide_identifiers = False
        self.setWidgetResizable(True)
        # Text wraps to the pane's width; a sideways scroll bar would hide the ends of sentences.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("detail")
        # The pane's texts and buttons take the focus themselves (and scroll into view); the frame need not.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self)
        inner.setObjectName("detailInner")
        self.setWidget(inner)
        self._placeholder = QLabel(self.tr("Select an app to see what it can access, when it was connected, "
                                           "and where to remove it."), inner)
        self._placeholder.setObjectName("placeholder")
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel(inner)
        self._title.setObjectName("detailTitle")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        # Focusable (Tab reaches it after the list) so the name can be read and copied from the keyboard.
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._title.setAccessibleDescription(self.tr("The selected app"))
        self._subtitle = QLabel(inner)
        self._subtitle.setObjectName("detailSubtitle")
        self._subtitle.setTextFormat(Qt.TextFormat.RichText)
        self._subtitle.setWordWrap(True)
        # Side by side while they fit, else onto new rows: three platforms' "Manage on …" buttons never clip.
        self._buttons = FlowLayout(spacing=8)
        self._body = QLabel(inner)
        self._body.setObjectName("detailBody")
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._body.setWordWrap(True)
        self._body.setOpenExternalLinks(False)
        # Links in the body come only from Grantscope's own data (misuse-case sources), never from an archive;
        # they open through openUrl like the manage buttons.
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._body.linkActivated.connect(self._link_activated)
        self._body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._body.setAccessibleDescription(self.tr("Details of the selected app: what it can access, findings, "
                                                    "timeline and origin"))
        self._body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        #: Other panes (e.g. "Your decision") are added here by the window.
        self.extra = QVBoxLayout()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(8)
        lay.addWidget(self._placeholder)
        lay.addWidget(self._title)
        lay.addWidget(self._subtitle)
        lay.addLayout(self._buttons)
        lay.addWidget(self._body)
        lay.addLayout(self.extra)
        lay.addStretch(1)
        self._manage_buttons: list[QWidget] = []
        self.show_grants([])

    # --- public ---
    def grants(self) -> list[Grant]:
        return list(self._grants)

    def show_grants(self, grants: list[Grant]) -> None:
        self._grants = list(grants)
        empty = not grants
        self._placeholder.setVisible(empty)
        for w in (self._title, self._subtitle, self._body):
            w.setVisible(not empty)
        self._set_manage_buttons(sorted({g.platform for g in grants}) if grants else [])
        if len(grants) == 1 and self.can_revoke(grants[0]):
            self._add_revoke_button(grants[0])
        if empty:
            return
        if len(grants) == 1:
            self._show_one(grants[0])
        else:
            self._show_many(grants)

    def title_text(self) -> str:
        return self._title.text()

    def body_text(self) -> str:
        return self._body.text()

    def manage_buttons(self) -> list[QPushButton]:
        return list(self._manage_buttons)

    # --- rendering ---
    def _set_manage_buttons(self, platforms: list[str]) -> None:
        for b in self._manage_buttons:
            self._buttons.removeWidget(b)
            b.hide()  # at once: deleteLater waits for the event loop, and a button never laid out sits at the top left
            b.deleteLater()
        self._manage_buttons = []
        while self._buttons.count():
            self._buttons.takeAt(0)
        for pid in platforms:
            link = self._links.get(pid)
            if not link.manage_url and all(g.live for g in self._grants if g.platform == pid):
                continue  # a connected account: "Revoke access…" (and Accounts › Open Account Page) instead
            b = QPushButton(icon("external", self.palette().buttonText().color(), 16),
                            self.tr("Manage on {platform}").format(platform=link.name), self.widget())
            b.setObjectName("manageButton")
            if link.manage_url:
                b.setToolTip(self.tr("Opens {url} in your web browser").format(url=link.manage_url))
                b.clicked.connect(lambda _c=False, u=link.manage_url: self.openUrl.emit(QUrl(u)))
            elif link.where:  # no web page: say where to click instead of a dead button
                b.deleteLater()
                b = QLabel(self.tr("Remove it on {platform}: {where}").format(platform=link.name, where=link.where),
                           self.widget())
                b.setObjectName("hint")
                b.setWordWrap(True)
            else:
                b.setEnabled(False)
                b.setToolTip(self.tr("{platform} has no web page for this; use its app's settings.").format(
                    platform=link.name))
            b.setAccessibleDescription(b.toolTip())
            self._manage_buttons.append(b)
            self._buttons.addWidget(b)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Keyboard order in the pane: title, the text, then the actions (manage, revoke), then the decision."""
        previous: QWidget = self._body
        QWidget.setTabOrder(self._title, self._body)
        for b in self._manage_buttons:
            QWidget.setTabOrder(previous, b)
            previous = b

    def _add_revoke_button(self, g: Grant) -> None:
        b = QPushButton(self.tr("Revoke access…"), self.widget())
        b.setObjectName("revokeButton")
        b.setToolTip(self.tr("Ask the provider to remove this app's access (you confirm first)"))
        b.clicked.connect(lambda _c=False, grant=g: self.revokeRequested.emit(grant))
        b.setAccessibleDescription(b.toolTip())
        self._manage_buttons.append(b)
        self._buttons.addWidget(b)
        self._order_tabs()

    def _kind_label(self, g: Grant) -> str:
        return {
            "sign_in": self.tr("sign-in link"),
            "linked_account": self.tr("linked account"),
            "device_app": self.tr("app on a device"),
            "extension": self.tr("browser extension"),
            "administered_app": self.tr("an app you administer"),
        }.get(g.kind, "")

    def _status_html(self, g: Grant) -> str:
        if is_listed_only(g):
            # The source lists the app but does not say whether access is still live: say only that.
            label = self.tr("Listed in the export — check on {platform} whether it is still connected").format(
                platform=self._links.name(g.platform))
            return f'<span style="color:#5c7cfa">●</span> {esc(label)}'
        if g.first_party:
            return esc(self.tr("The platform's own app, not a third party"))
        label = {"active": self.tr("Active: can still reach your data"),
                 "expired": self.tr("Expired: unused for 90 days or more; keeps what it already took"),
                 "removed": self.tr("Removed")}.get(g.status, g.status)
        color = STATUS_COLORS.get(g.status, "#868e96")
        return f'<span style="color:{color}">●</span> {esc(label)}'

    def _show_one(self, g: Grant) -> None:
        self._title.setText(shorten(g.app))
        bits = [esc(self._links.name(g.platform)), self._status_html(g)]
        kind = self._kind_label(g)
        if kind:
            bits.append(esc(kind))
        if g.live:
            bits.append(esc(self.tr("connected account")))
        self._subtitle.setText(" &nbsp;·&nbsp; ".join(bits))
        parts = [self._findings_html(g), self._access_html(g), self._timeline_html(g), self._about_html(g),
                 self._origin_html(g)]
        self._body.setText("".join(p for p in parts if p))

    def _section(self, title: str, content: str) -> str:
        return f'<h3 style="margin-top:14px; margin-bottom:4px">{esc(title)}</h3>{content}'

    def _findings_html(self, g: Grant) -> str:
        if not g.findings:
            return ""
        rows = []
        for f in sorted(g.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9)):
            color = SEVERITY_COLORS.get(f.severity, "#868e96")
            sev = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}.get(f.severity, "")
            what_to_do = self.tr("What to do:")  # outside the f-string: lupdate does not look inside them
            action = (f'<br/><i>{esc(what_to_do)}</i> {esc(f.action)}') if f.action else ""
            rows.append(f'<p style="margin:4px 0"><span style="color:{color}">●</span> <b>{esc(sev)}</b> '
                        f'{esc(f.message)}{action}{self._sources_html(f)}</p>')
        return self._section(self.tr("Needs attention"), "".join(rows))

    def _sensitivity_html(self, sensitivity: str | None) -> str:
        color = SEVERITY_COLORS.get(sensitivity or "", "#868e96")
        return f'<span style="color:{color}">({esc(self._catalog.sensitivity_label(sensitivity))})</span>'

    def _sources_html(self, f: Finding) -> str:
        """Clickable sources of a misuse-case finding (https addresses from resources/misuse only)."""
        links = [f'<a href="{esc(s.url)}">{esc(s.title)}</a>' for s in finding_sources(f)]
        if not links:
            return ""
        sources = self.tr("Sources:")
        return f'<br/><i>{esc(sources)}</i> ' + " · ".join(links)

    def _link_activated(self, url: str) -> None:
        if url.startswith("https://"):
            self.openUrl.emit(QUrl(url))

    def _access_html(self, g: Grant) -> str:
        """Plain words per data category (most sensitive first), then the keys exactly as the source gave them."""
        summary = self._catalog.summary(g)
        title = self.tr("What this app can access")
        if not summary.permissions:
            return self._section(title, f"<p>{esc(summary.note or '')}</p>")
        items = [f"<li><b>{esc(c.label)}</b> {self._sensitivity_html(c.sensitivity)}<br/>{esc(c.description)}</li>"
                 for c in summary.categories if c.id != UNKNOWN_CATEGORY]
        for key in summary.unknown_keys:
            unknown = self.tr("unknown permission")
            items.append(f"<li><code>{esc(key)}</code> — {esc(unknown)}</li>")
        as_listed = self.tr("As the provider lists them:") if g.live else self.tr("As listed in the archive:")
        listed = []
        for p in summary.permissions:
            label = f" ({esc(p.label)})" if p.known and p.label != p.key else ""
            listed.append(f"<code>{esc(p.key)}</code>{label}")
        return self._section(title, '<ul style="margin-left:-20px">' + "".join(items) + "</ul>"
                             f'<p style="color:gray">{esc(as_listed)} {", ".join(listed)}</p>')

    def _timeline_html(self, g: Grant) -> str:
        rows = [(self.tr("Granted"), format_datetime(g.granted_at)),
                (self.tr("Last used"), format_datetime(g.last_used_at))]
        if g.status == "removed" or g.removed_at is not None:
            rows.append((self.tr("Removed"), format_datetime(g.removed_at)))
        cells = "".join(f'<tr><td style="padding-right:16px; color:gray">{esc(k)}</td><td>{esc(v)}</td></tr>'
                        for k, v in rows)
        return self._section(self.tr("Timeline"), f"<table>{cells}</table>")

    def _about_html(self, g: Grant) -> str:
        rows: list[tuple[str, str]] = []
        if g.developer:
            rows.append((self.tr("Developer"), g.developer))
        if g.developer_url:
            rows.append((self.tr("Website"), g.developer_url))  # shown as text: archive data is never a link
        if g.description:
            rows.append((self.tr("Description"), g.description))
        if g.app_id:
            rows.append((self.tr("App ID"), g.app_id))
        if g.user_app_id and g.user_app_id != g.app_id and not self.hide_identifiers:
            rows.append((self.tr("Your ID in this app"), g.user_app_id))
        if not rows:
            return ""
        cells = "".join(f'<tr><td style="padding-right:16px; color:gray">{esc(k)}</td><td>{esc(v)}</td></tr>'
                        for k, v in rows)
        return self._section(self.tr("About the app"), f"<table>{cells}</table>")

    def _origin_html(self, g: Grant) -> str:
        rows: list[tuple[str, str]] = []
        if g.live:
            if not self.hide_identifiers:
                rows.append((self.tr("Account"), g.source.removeprefix("live:")))
        elif g.source:
            rows.append((self.tr("Archive"), PurePath(g.source).name or g.source))
        if g.source_file:
            rows.append((self.tr("File"), g.source_file))
        if g.record_count > 1:
            rows.append((self.tr("Records"), self.tr("%Ln record(s) merged into this row", "", g.record_count)))
        if not rows:
            return ""
        cells = "".join(f'<tr><td style="padding-right:16px; color:gray">{esc(k)}</td><td>{esc(v)}</td></tr>'
                        for k, v in rows)
        return self._section(self.tr("Where this came from"), f"<table>{cells}</table>")

    def _show_many(self, grants: list[Grant]) -> None:
        self._title.setText(self.tr("%Ln app(s) selected", "", len(grants)))
        counts = {s: sum(1 for g in grants if g.status == s) for s in ("active", "expired", "removed")}
        labels = {"active": self.tr("active"), "expired": self.tr("expired"), "removed": self.tr("removed")}
        self._subtitle.setText(" &nbsp;·&nbsp; ".join(
            f'<span style="color:{STATUS_COLORS[s]}">●</span> {esc(format_count(n))} {esc(labels[s])}'
            for s, n in counts.items() if n))
        shown = grants[:30]
        items = "".join(f"<li>{esc(shorten(g.app))} "
                        f"<span style='color:gray'>({esc(self._links.name(g.platform))})</span></li>" for g in shown)
        more = ""
        if len(grants) > len(shown):
            more = "<p>" + esc(self.tr("and {n} more").format(n=format_count(len(grants) - len(shown)))) + "</p>"
        hint = esc(self.tr("Remove apps on each platform's settings page; Grantscope never changes your accounts "
                           "from an archive."))
        self._body.setText(f'<ul style="margin-left:-20px">{items}</ul>{more}<p style="color:gray">{hint}</p>')
