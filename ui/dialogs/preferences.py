"""Preferences: how many days without use make an app "stale" (default 90, the threshold Facebook uses)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from core.risk import DEFAULT_STALE_DAYS
from core.risk import MAX_STALE_DAYS as MAX_DAYS
from core.risk import MIN_STALE_DAYS as MIN_DAYS

#: The shipped translations (resources/translations/grantscope_<code>.ts), named in their own language.
LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"))


class PreferencesDialog(QDialog):
    """Non-blocking: open() it and listen to `staleDaysChosen`."""

    staleDaysChosen = Signal(int)
    #: "" for the system's language, else a language code ("de", "fr", "es", "en")
    languageChosen = Signal(str)

    def __init__(self, stale_days: int, parent: QWidget | None = None, language: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.days = QSpinBox(self)
        self.days.setRange(MIN_DAYS, MAX_DAYS)
        self.days.setValue(min(max(stale_days, MIN_DAYS), MAX_DAYS))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days without use before an app is flagged"))
        self.days.setAccessibleDescription(self.tr("Apps unused for longer are flagged as not used for a long time"))
        explain = QLabel(self.tr(
            "An app that still has access but shows no sign of use for longer than this is flagged as “not "
            "used for a long time”. Facebook itself cuts off apps unused for 90 days."), self)
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Flag apps unused for more than:"), self.days)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:  # each language's own name, as people look for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of Grantscope; applies at the next start"))
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.days.setValue(DEFAULT_STALE_DAYS))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(explain)
        lay.addWidget(buttons)

    def accept(self) -> None:
        self.staleDaysChosen.emit(self.days.value())
        self.languageChosen.emit(str(self.language.currentData() or ""))
        super().accept()
