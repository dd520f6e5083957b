"""Non-blocking file dialogs for opening archives (several parts at once) or an unpacked folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenArchive", text)


def open_dialog(parent: QWidget, *, folder: bool = False, start_dir: str = "") -> QFileDialog:
    """A configured QFileDialog; the caller connects filesSelected and calls open() (never exec())."""
    dlg = QFileDialog(parent, tr("Open unpacked archive folder") if folder else tr("Open archive"), start_dir)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if folder:
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.setNameFilters([tr("Data archives (*.zip *.tgz *.tar.gz *.tar)"), tr("All files (*)")])
    return dlg
