"""Crash dialog: an honest sentence, copyable details and where the log is; shown non-modally."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Details are plain text (never rendered), selectable, and one click copies them."""

    def __init__(self, details: str, log_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grantscope ran into a problem"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 420)
        intro = QLabel(self.tr("Something unexpected went wrong. Your archives were not changed and your notes "
                               "are saved. You can keep working; if it happens again, please send the details "
                               "below to the developers (check them first: they may contain file names)."), self)
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setAccessibleDescription(self.tr("What went wrong, for the developers"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.details, 1)
        if log_file is not None:
            where = QLabel(self.tr("The log file is {path}").format(path=str(log_file)), self)
            where.setTextFormat(Qt.TextFormat.PlainText)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            where.setAccessibleDescription(self.tr("Where the log file is"))
            lay.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setAccessibleDescription(self.tr("Copy the error details to the clipboard"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
