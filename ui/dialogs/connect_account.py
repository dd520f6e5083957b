"""The "Connect account…" dialog: provider presets, sign-in progress with Cancel, a device code as fallback."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.connectors.oauth import DeviceCode, is_secure_url
from core.connectors.presets import Preset
from core.connectors.session import AccountRef
from core.tasks import Progress
from ui.accounts import AccountOp, Accounts, account_key
from ui.messages import connector_message

log = logging.getLogger(__name__)

PAGE_FORM, PAGE_PROGRESS, PAGE_DEVICE = range(3)
#: Extra params offered under "Advanced" (see notes/connectors_api.md): they override the preset's template.
ADVANCED = ("issuer", "api_base")
_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$")


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectAccount", text)


def provider_tr(text: str) -> str:
    """Labels in resources/providers.json are English data; translations live in the "providers" context."""
    return QCoreApplication.translate("providers", text)


def _clean_host(value: str) -> str:
    v = value.strip()
    for prefix in ("https://", "http://"):
        if v.lower().startswith(prefix):
            v = v[len(prefix):]
    return v.rstrip("/")


def validate(preset: Preset, params: Mapping[str, str]) -> dict[str, str]:
    """{field name: what is wrong} for the entered values; empty when a sign-in may start. No network."""
    problems: dict[str, str] = {}
    values = {k: str(v).strip() for k, v in params.items()}
    issuer = values.get("issuer", "")
    needed = ["client_id"] if issuer else preset.missing(values)
    for name in needed:
        if not values.get(name):
            problems[name] = tr("Required.")
    if issuer and not (issuer.lower().startswith(("https://", "http://")) and is_secure_url(issuer)):
        problems["issuer"] = tr("Enter the full address, starting with https://")
    api = values.get("api_base", "")
    if api and not (api.lower().startswith(("https://", "http://")) and is_secure_url(api)):
        problems["api_base"] = tr("Enter the full address, starting with https://")
    host = values.get("host", "")
    if host and not issuer:
        if values["host"].lower().startswith("http://"):
            problems["host"] = tr("Grantscope only signs in over https.")
        elif not _HOST_RE.match(_clean_host(host)):
            problems["host"] = tr("Enter only the server's name, like id.example.org (no spaces, no path). For an "
                                  "address with a path, use “Issuer address” under Advanced.")
    for name in ("realm", "slug", "tenant"):
        v = values.get(name, "")
        if v and (any(c.isspace() for c in v) or "/" in v.strip("/")):
            problems[name] = tr("This cannot contain spaces or slashes.")
    client_id = values.get("client_id", "")
    if client_id and any(c.isspace() for c in client_id):
        problems["client_id"] = tr("A client ID has no spaces. Copy it again from the provider.")
    user = values.get("user_key", "")
    if user and ("@" not in user or any(c.isspace() for c in user)):
        problems["user_key"] = tr("Enter the e-mail address of the user whose apps you want to review.")
    return problems


class ConnectAccountDialog(QDialog):
    """Non-blocking: open() it; `connectedAccount` carries the new account's key when signing in worked."""

    connectedAccount = Signal(str)

    def __init__(self, accounts: Accounts, parent: QWidget | None = None, *, provider: str | None = None,
                 prefill: AccountRef | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self._presets = accounts.presets()
        self._fields: dict[str, QLineEdit] = {}
        self._field_labels: dict[str, QLabel] = {}
        self._op: AccountOp | None = None
        self._device_code: DeviceCode | None = None
        self.setWindowTitle(self.tr("Connect account"))
        self.setMinimumWidth(560)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_progress())
        self.pages.addWidget(self._build_device())
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)

        if prefill is not None and prefill.provider in self._presets:
            provider = prefill.provider
        if provider and provider in self._presets:
            self.provider_combo.setCurrentIndex(list(self._presets).index(provider))
        self._provider_changed()
        if prefill is not None:
            self._prefill(prefill)

    # ----------------------------------------------------------------------------------------- building
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("Grantscope signs in with your web browser and lists the apps that can reach this "
                               "account, straight from the provider. Only a few providers allow this; for the "
                               "others, open the archive you downloaded."), page)
        intro.setWordWrap(True)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("connectError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel#connectError { color: #e03131; }")
        self.error_label.hide()

        self.provider_combo = QComboBox(page)
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        for pid, p in self._presets.items():
            self.provider_combo.addItem(provider_tr(p.name), pid)
        self.provider_combo.currentIndexChanged.connect(self._provider_changed)
        self.audience_label = QLabel(page)
        self.audience_label.setWordWrap(True)
        self.audience_label.setObjectName("hint")

        top = QFormLayout()
        top.addRow(self.tr("&Provider:"), self.provider_combo)
        for lbl in (top.labelForField(self.provider_combo),):
            if isinstance(lbl, QLabel):
                lbl.setBuddy(self.provider_combo)
        top.addRow("", self.audience_label)

        self.fields_box = QWidget(page)
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 0, 0, 0)

        self.advanced_toggle = QToolButton(page)
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        self.advanced_box = QWidget(page)
        adv = QFormLayout(self.advanced_box)
        adv.setContentsMargins(16, 0, 0, 0)
        self.issuer_edit = QLineEdit(self.advanced_box)
        self.issuer_edit.setPlaceholderText("https://id.example.org/auth/realms/myrealm")
        self.issuer_edit.setProperty("baseToolTip", self.tr(
            "The full issuer address; replaces the one built from the fields above (for example older Keycloak "
            "servers with /auth/realms/…)."))
        self.api_edit = QLineEdit(self.advanced_box)
        self.api_edit.setPlaceholderText(self.tr("as the provider documents"))
        self.api_edit.setProperty("baseToolTip", self.tr(
            "Where the provider's grants API lives, when it differs from the usual address (a proxy or a "
            "self-hosted gateway)."))
        self.mode_combo = QComboBox(self.advanced_box)
        self.mode_combo.addItem(self.tr("My grants and organisation-wide consents"), "me")
        self.mode_combo.addItem(self.tr("Every delegated grant in the tenant"), "tenant")
        adv.addRow(self.tr("&Issuer address:"), self.issuer_edit)
        adv.addRow(self.tr("&API address:"), self.api_edit)
        adv.addRow(self.tr("&Review:"), self.mode_combo)
        self._fields["issuer"] = self.issuer_edit
        self._fields["api_base"] = self.api_edit
        self._field_labels["issuer"] = adv.labelForField(self.issuer_edit)  # type: ignore[assignment]
        self._field_labels["api_base"] = adv.labelForField(self.api_edit)  # type: ignore[assignment]
        self._mode_label = adv.labelForField(self.mode_combo)
        for edit in (self.issuer_edit, self.api_edit):
            edit.setToolTip(str(edit.property("baseToolTip")))
        self.advanced_box.hide()

        self.device_check = QCheckBox(self.tr("Use a &code instead (sign in on another device or browser)"), page)
        self.help_label = QLabel(page)
        self.help_label.setWordWrap(True)
        self.help_label.setObjectName("hint")
        self.keychain_label = QLabel(page)
        self.keychain_label.setWordWrap(True)
        self.keychain_label.setObjectName("hint")
        self.keychain_label.setText(self.tr("This computer has no usable keychain: the sign-in will last until you "
                                            "quit Grantscope."))
        self.keychain_label.setVisible(not self.accounts.persistent)

        self.buttons = QDialogButtonBox(page)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign In"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.sign_in_button.setAccessibleDescription(self.tr("Opens your web browser to sign in to the provider"))
        self.provider_combo.setAccessibleDescription(self.tr("The identity provider that holds the account"))
        self.advanced_toggle.setAccessibleDescription(self.tr("Show or hide the issuer and API addresses"))
        self.mode_combo.setAccessibleDescription(self.tr("Which grants to list"))
        self.device_check.setAccessibleDescription(self.tr("Sign in on another device or browser with a short code"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)

        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(intro)
        lay.addWidget(self.error_label)
        lay.addLayout(top)
        lay.addWidget(self.fields_box)
        lay.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.advanced_box)
        lay.addWidget(self.device_check)
        lay.addWidget(self.help_label)
        lay.addWidget(self.keychain_label)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        return page

    def _build_progress(self) -> QWidget:
        page = QWidget(self)
        self.progress_title = QLabel(page)
        f = QFont(self.progress_title.font())
        f.setBold(True)
        self.progress_title.setFont(f)
        self.progress_label = QLabel(page)
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Sign-in progress"))
        self.browser_hint = QLabel(self.tr("If the browser shows an error instead of a sign-in page, check the "
                                           "client ID, then choose Cancel."), page)
        self.browser_hint.setObjectName("hint")
        self.browser_hint.setWordWrap(True)
        self.browser_hint.hide()
        self.code_instead_button = QPushButton(self.tr("Use a &Code Instead"), page)
        self.code_instead_button.setToolTip(self.tr("Sign in on another device or browser with a short code"))
        self.code_instead_button.clicked.connect(self.switch_to_code)
        self.code_instead_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setAccessibleDescription(self.tr("Stop signing in; nothing is changed"))
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.code_instead_button)
        row.addWidget(self.cancel_button)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.progress_title)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.progress_bar)
        lay.addWidget(self.browser_hint)
        lay.addStretch(1)
        lay.addLayout(row)
        return page

    def _build_device(self) -> QWidget:
        page = QWidget(self)
        self.device_intro = QLabel(page)
        self.device_intro.setWordWrap(True)
        self.device_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.device_url = QLineEdit(page)
        self.device_url.setReadOnly(True)
        self.device_url.setAccessibleName(self.tr("Address to open"))
        self.code_label = QLabel(page)
        self.code_label.setObjectName("deviceCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = QFont(self.code_label.font())
        f.setPointSizeF(max(f.pointSizeF(), 10.0) * 2.2)
        f.setBold(True)
        f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code_label.setFont(f)
        self.code_label.setAccessibleName(self.tr("Sign-in code"))
        self.copy_code_button = QPushButton(self.tr("Copy &Code"), page)
        self.copy_code_button.clicked.connect(self.copy_code)
        self.copy_url_button = QPushButton(self.tr("Copy &Address"), page)
        self.copy_url_button.clicked.connect(self.copy_address)
        self.open_url_button = QPushButton(self.tr("&Open in Browser"), page)
        self.open_url_button.clicked.connect(self._open_device_url)
        self.device_status = QLabel(self.tr("Waiting for you to approve the sign-in…"), page)
        self.device_status.setWordWrap(True)
        device_bar = QProgressBar(page)
        device_bar.setRange(0, 0)
        device_bar.setTextVisible(False)
        device_bar.setMaximumHeight(6)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.cancel_sign_in)
        cancel.setAccessibleDescription(self.tr("Stop signing in; nothing is changed"))
        self.device_url.setAccessibleDescription(self.tr("Open this address in a web browser and enter the code"))
        self.copy_code_button.setAccessibleDescription(self.tr("Copy the sign-in code to the clipboard"))
        self.copy_url_button.setAccessibleDescription(self.tr("Copy the address to the clipboard"))
        self.open_url_button.setAccessibleDescription(self.tr("Open the address in your web browser"))
        self.device_cancel_button = cancel
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_code_button)
        copy_row.addWidget(self.copy_url_button)
        copy_row.addWidget(self.open_url_button)
        copy_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.device_status, 1)
        bottom.addWidget(cancel)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.device_intro)
        lay.addWidget(self.device_url)
        lay.addWidget(self.code_label)
        lay.addLayout(copy_row)
        lay.addSpacing(12)
        lay.addWidget(device_bar)
        lay.addLayout(bottom)
        lay.addStretch(1)
        return page

    # ---------------------------------------------------------------------------------------------- form
    def preset(self) -> Preset:
        return self._presets[self.provider_combo.currentData()]

    def field(self, name: str) -> QLineEdit:
        return self._fields[name]

    def _provider_changed(self, *_: Any) -> None:
        preset = self.preset()
        kept = {n: e.text() for n, e in self._fields.items() if n not in ADVANCED}
        for name in [n for n in self._fields if n not in ADVANCED]:
            self._fields.pop(name)
            self._field_labels.pop(name, None)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        for spec in preset.params:
            edit = QLineEdit(self.fields_box)
            edit.setObjectName(f"field_{spec.name}")
            if spec.example:
                edit.setPlaceholderText(self.tr("e.g. {example}").format(example=spec.example))
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setProperty("baseToolTip", self.tr("Kept in your keychain, never in the settings file."))
            edit.setText(kept.get(spec.name, "") if spec.name in ("client_id",) else "")
            label = QLabel(provider_tr(spec.label) + ":", self.fields_box)
            label.setBuddy(edit)
            edit.setAccessibleName(provider_tr(spec.label))
            edit.returnPressed.connect(self.start_sign_in)
            edit.setToolTip(str(edit.property("baseToolTip") or ""))
            self.fields_form.addRow(label, edit)
            self._fields[spec.name] = edit
            self._field_labels[spec.name] = label
        if preset.audience == "admin":
            self.audience_label.setText(self.tr("For administrators: the provider lets only admins list app grants. "
                                                "Other people can remove apps on the provider's own settings page."))
        else:
            self.audience_label.setText(self.tr("For anyone with an account there."))
        self.device_check.setVisible(preset.device_flow)
        if not preset.device_flow:
            self.device_check.setChecked(False)
        is_entra = preset.id == "entra"
        self.mode_combo.setVisible(is_entra)
        if self._mode_label is not None:
            self._mode_label.setVisible(is_entra)
        self.help_label.setText(self.tr("You need your own client registration at {provider}. The README section "
                                        "“Connecting accounts” says exactly how to create one.").format(
                                            provider=provider_tr(preset.name)))
        self._clear_problems()
        self.error_label.hide()
        self._fit()

    def _fit(self) -> None:
        # Rows were added or removed: grow to fit them (never squash the fields), keep a wider width.
        lay = self.layout()
        if lay is not None:
            lay.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(hint.height(), self.minimumSizeHint().height()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit()  # sizes are only right once the style has polished the fields

    def _toggle_advanced(self, on: bool) -> None:
        self.advanced_box.setVisible(on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self._fit()

    def _prefill(self, ref: AccountRef) -> None:
        for name, value in ref.params.items():
            if name == "mode":
                self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(value)))
            elif name in self._fields:
                self._fields[name].setText(value)
        if any(ref.params.get(n) for n in ADVANCED) or ref.params.get("mode") == "tenant":
            self.advanced_toggle.setChecked(True)
        self.show_error(self.tr("Sign in again to {account}").format(account=ref.display_name),
                        self.tr("The saved sign-in can no longer be used."), kind="info")

    def params(self) -> dict[str, str]:
        values = {n: e.text().strip() for n, e in self._fields.items() if e.text().strip()}
        if self.preset().id == "entra" and self.mode_combo.currentData() == "tenant":
            values["mode"] = "tenant"
        return values

    def _clear_problems(self) -> None:
        for edit in self._fields.values():
            edit.setStyleSheet("")
            edit.setToolTip(str(edit.property("baseToolTip") or ""))

    def show_error(self, title: str, body: str = "", *, kind: str = "error") -> None:
        self.error_label.setText(title + ("\n" + body if body else ""))
        color = "#e03131" if kind == "error" else "#1c7ed6"
        self.error_label.setStyleSheet(f"QLabel#connectError {{ color: {color}; }}")
        self.error_label.setAccessibleName(title)
        self.error_label.show()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _label_text(self, name: str) -> str:
        label = self._field_labels.get(name)
        text = label.text() if label is not None else name
        return text.replace("&", "").rstrip(":")

    # ----------------------------------------------------------------------------------------- sign-in
    def is_signing_in(self) -> bool:
        return self._op is not None

    def start_sign_in(self) -> None:
        if self._op is not None:
            return
        preset, params = self.preset(), self.params()
        problems = validate(preset, params)
        self._clear_problems()
        if problems:
            for name, why in problems.items():
                edit = self._fields.get(name)
                if edit is not None:
                    edit.setStyleSheet("border: 1px solid #e03131;")
                    edit.setToolTip(why)
            if any(n in ADVANCED for n in problems):
                self.advanced_toggle.setChecked(True)
            lines = [f"{self._label_text(n)}: {why}" for n, why in problems.items()]
            self.show_error(self.tr("Please check the highlighted fields"), "\n".join(lines))
            first = next((self._fields[n] for n in self._fields if n in problems), None)
            if first is not None:
                first.setFocus()
            return
        self.error_label.hide()
        self._device_code = None
        self.progress_title.setText(self.tr("Signing in to {provider}").format(provider=provider_tr(preset.name)))
        self._show_stage(Progress("discovery"))
        self.pages.setCurrentIndex(PAGE_PROGRESS)
        self.cancel_button.setFocus()
        op = self.accounts.connect_account(preset.id, params, use_device_flow=self.device_check.isChecked())
        self._op = op
        op.progress.connect(self._show_stage)
        op.deviceCode.connect(self._show_device_code)
        op.succeeded.connect(lambda result, o=op: self._succeeded(o, result))
        op.failed.connect(lambda exc, o=op: self._failed(o, exc))
        op.cancelled.connect(lambda o=op: self._cancelled(o))

    def _show_stage(self, p: Progress) -> None:
        name = provider_tr(self.preset().name)
        texts = {
            "discovery": self.tr("Contacting {provider}…").format(provider=name),
            "sign_in_start": self.tr("Opening your web browser…"),
            "sign_in_browser": self.tr("Finish signing in in your web browser. This window continues by itself "
                                       "when you are done."),
            "sign_in_device": self.tr("Waiting for you to enter the code…"),
            "sign_in_browser_quiet": self.tr("Still waiting for the browser. If no browser window opened, or it "
                                             "closed, sign in with a code instead."),
            "sign_in_device_retry": self.tr("The connection dropped. Trying again…"),
            "sign_in_token": self.tr("Completing the sign-in…"),
            "keychain": self.tr("Saving the sign-in in your keychain… If your system asks to unlock the keychain, "
                                "answer that window first."),
            "connected": self.tr("Signed in. Reading the list of apps…"),
            "list_grants": self.tr("Reading the list of apps…"),
        }
        text = texts.get(p.stage)
        if text is None:
            return
        self.progress_label.setText(text)
        in_browser = p.stage in ("sign_in_browser", "sign_in_browser_quiet")
        self.browser_hint.setVisible(in_browser)
        self.code_instead_button.setVisible(p.stage == "sign_in_browser_quiet" and self.preset().device_flow)
        if p.stage == "list_grants" and p.total > 0:
            self.progress_bar.setRange(0, p.total)
            self.progress_bar.setValue(p.done)
        else:
            self.progress_bar.setRange(0, 0)

    def progress_text(self) -> str:
        return self.progress_label.text()

    def _show_device_code(self, code: DeviceCode) -> None:
        self._device_code = code
        self.device_intro.setText(self.tr("On this or any other device, open this address in a web browser and "
                                          "enter the code below. The code is valid for {minutes} minutes.").format(
                                              minutes=max(1, code.expires_in // 60)))
        self.device_url.setText(code.verification_uri)
        self.code_label.setText(code.user_code)
        self.copy_code_button.setText(self.tr("Copy &Code"))
        self.pages.setCurrentIndex(PAGE_DEVICE)
        self.copy_code_button.setFocus()

    def copy_code(self) -> None:
        if self._device_code is not None:
            QGuiApplication.clipboard().setText(self._device_code.user_code)
            self.copy_code_button.setText(self.tr("Copied"))

    def copy_address(self) -> None:
        if self._device_code is not None:
            QGuiApplication.clipboard().setText(self._device_code.verification_uri)

    def _open_device_url(self) -> None:
        code = self._device_code
        if code is None:
            return
        url = code.verification_uri_complete or code.verification_uri
        if url.lower().startswith("https://") or url.lower().startswith("http://"):
            QDesktopServices.openUrl(QUrl(url))

    def switch_to_code(self) -> None:
        """The browser never answered: cancel that sign-in and start the device flow instead."""
        if self._op is not None:
            self._op.cancel()
            self._end_op()
        self.device_check.setChecked(True)
        self.start_sign_in()

    def cancel_sign_in(self) -> None:
        """Silent: back to the form, nothing connected, the local port closes."""
        if self._op is not None:
            self._op.cancel()
            self._end_op()
        self.pages.setCurrentIndex(PAGE_FORM)

    def _end_op(self) -> None:
        op, self._op = self._op, None
        if op is not None:
            for sig in (op.progress, op.deviceCode, op.succeeded, op.failed, op.cancelled):
                try:
                    sig.disconnect()
                except (RuntimeError, TypeError):
                    pass

    def _succeeded(self, op: AccountOp, result: Any) -> None:
        if op is not self._op:
            return
        self._end_op()
        account = result[0]
        key = account_key(account.ref)
        self.connectedAccount.emit(key)
        self.accept()

    def _failed(self, op: AccountOp, exc: BaseException) -> None:
        if op is not self._op:
            return
        self._end_op()
        self.pages.setCurrentIndex(PAGE_FORM)
        m = connector_message(exc)
        if m is None:
            self.show_error(self.tr("Something unexpected went wrong"),
                            self.tr("This is a bug in Grantscope. The details were written to the log file."))
        else:
            self.show_error(m.title, m.body)
        self.sign_in_button.setFocus()

    def _cancelled(self, op: AccountOp) -> None:
        if op is self._op:
            self._end_op()
            self.pages.setCurrentIndex(PAGE_FORM)

    def reject(self) -> None:
        # Closing the dialog (Esc, the window's close button) while signing in cancels the sign-in.
        if self._op is not None:
            self.cancel_sign_in()
        super().reject()


def open_dialog(window: Any, *, provider: str | None = None,
                prefill: AccountRef | None = None) -> ConnectAccountDialog | None:
    """The main window's hook: opens the dialog for `window.accounts` (non-blocking)."""
    accounts = getattr(window, "accounts", None)
    if not isinstance(accounts, Accounts):
        log.warning("no account controller on the window; cannot connect accounts")
        return None
    dlg = ConnectAccountDialog(accounts, window, provider=provider, prefill=prefill)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
