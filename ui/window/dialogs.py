"""The window's dialogs: open, export, connect, preferences, about, and web links in the system browser."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from ui.accounts import AccountRef
from ui.dialogs import connect_account
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.open_archive import open_dialog
from ui.dialogs.preferences import PreferencesDialog

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow


def show_open_dialog(w: MainWindow, folder: bool = False) -> None:
    start = str(w.services.settings.get("last_dir") or "")
    dlg = open_dialog(w, folder=folder, start_dir=start)
    dlg.filesSelected.connect(w.load_paths)
    dlg.open()


def show_export_dialog(w: MainWindow) -> None:
    filtering = bool(w.grant_proxy.predicates() or w.grant_proxy.search())
    # When the list is filtered, "the apps shown in the list now" is offered as a scope.
    dlg = ExportDialog(w._assessed, w.services.workspace, w,
                       filtered=w.grant_proxy.visible_items() if filtering else None)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    w._export_dialog = dlg


def show_connect_dialog(w: MainWindow, prefill: AccountRef | None = None) -> None:
    """Connect a live account; with `prefill`, sign in again to a saved one."""
    connect_account.open_dialog(w, prefill=prefill if isinstance(prefill, AccountRef) else None)


def show_preferences(w: MainWindow) -> None:
    dlg = PreferencesDialog(w.services.settings.stale_days(), w)
    dlg.staleDaysChosen.connect(w.set_stale_days)
    w.preferences_dialog = dlg
    dlg.open()


def open_url(w: MainWindow, url: QUrl) -> None:
    """Web pages open in the system browser, never inside Grantscope."""
    if url.scheme() not in ("https", "http"):
        log.warning("refusing to open non-web address %s", url.toString())
        return
    if not QDesktopServices.openUrl(url):
        w.message_bar.show_message(w.tr("The web browser could not be opened"),
                                      w.tr("Open this address yourself: {url}").format(url=url.toString()),
                                      "warning")
