"""Help › About: what Grantscope is, its version (from pyproject.toml), and where its settings live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.version import app_version
from ui.resources import app_icon


def about_box(parent: QWidget, config_dir: Path) -> QMessageBox:
    """The About box, not yet shown (tests read its texts; the window calls open())."""
    # The strings came from the main window: same context, so existing translations keep working.
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Grantscope"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(QCoreApplication.translate("MainWindow", "<b>Grantscope</b> {version}").format(version=app_version()))
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow",
        "See every app and website that can reach your accounts' data, offline. Archives are read on this "
        "computer and never uploaded.\n\nSettings and notes: {path}").format(path=str(config_dir)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_about(parent: QWidget, config_dir: Path) -> QMessageBox:
    box = about_box(parent, config_dir)
    box.open()
    return box
