"""The window's dialogs: open, export, connect, preferences, about, and web links in the system browser."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import GrantscopeError
from core.export.atomic import write_bytes_atomic
from ui import messages
from ui.accounts import AccountRef
from ui.dialogs import connect_account
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.open_archive import open_dialog
from ui.dialogs.preferences import PreferencesDialog
from ui.resources import RESOURCES_DIR

log = logging.getLogger(__name__)
#: The printable one-page handout for workshop participants (a copy lives in docs/, checked by a test).
HANDOUT = RESOURCES_DIR / "workshop" / "handout.html"

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
    if w.presenting:  # on a projector: people by number, as in the list's filter
        box = dlg.scope_box
        for i in range(box.count()):
            key = box.itemData(i)
            if isinstance(key, str) and key.startswith("account:"):
                label = w._account_labels.get(key.removeprefix("account:"), "")
                box.setItemText(i, label or box.itemText(i))
    dlg.open()
    w._export_dialog = dlg


def show_connect_dialog(w: MainWindow, prefill: AccountRef | None = None) -> None:
    """Connect a live account; with `prefill`, sign in again to a saved one."""
    connect_account.open_dialog(w, prefill=prefill if isinstance(prefill, AccountRef) else None)


def show_preferences(w: MainWindow) -> None:
    dlg = PreferencesDialog(w.services.settings.stale_days(), w,
                            language=str(w.services.settings.get("language") or ""))
    dlg.staleDaysChosen.connect(w.set_stale_days)
    dlg.languageChosen.connect(lambda lang: set_language(w, lang))
    w.preferences_dialog = dlg
    dlg.open()


def shortcut_rows(w: MainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for Help › Keyboard Shortcuts: the menus' own shortcuts plus the list's keys."""
    rows: list[tuple[str, str]] = []
    for action in (w.open_action, w.open_folder_action, w.export_action, w.close_all_action, w.find_action,
                   w.preferences_action, w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action,
                   w.presentation_action, w.shortcuts_action):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    rows += [(w.tr("Tab / Shift+Tab"), w.tr("Next / previous region: cards, search and filters, list, details, "
                                             "actions")),
             (w.tr("Arrow keys"), w.tr("Move within a region (rows of the list, cards, tabs)")),
             (w.tr("Down (in the search box)"), w.tr("Go into the list")),
             (w.tr("Escape (in the search box)"), w.tr("Clear the search")),
             (w.tr("Space"), w.tr("Press the focused button or card"))]
    return rows


def show_shortcuts(w: MainWindow) -> None:
    rows = "".join(f"<tr><td style='padding-right:18px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in shortcut_rows(w))
    box = QMessageBox(QMessageBox.Icon.NoIcon, w.tr("Keyboard Shortcuts"), f"<table>{rows}</table>",
                      QMessageBox.StandardButton.Close, w)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.shortcuts_dialog = box
    box.open()


def open_url(w: MainWindow, url: QUrl) -> None:
    """Web pages open in the system browser, never inside Grantscope."""
    if url.scheme() not in ("https", "http"):
        log.warning("refusing to open non-web address %s", url.toString())
        return
    if not QDesktopServices.openUrl(url):
        w.message_bar.show_message(w.tr("The web browser could not be opened"),
                                      w.tr("Open this address yourself: {url}").format(url=url.toString()),
                                      "warning")


def save_handout(w: MainWindow, path: str) -> None:
    """Write the workshop handout (resources/workshop/handout.html, the same as docs/) to `path`."""
    if not path:
        return
    target = Path(path)
    try:
        write_bytes_atomic(target, HANDOUT.read_bytes())
    except (OSError, GrantscopeError) as e:
        log.warning("could not save the handout to %s: %s", target, e)
        m = messages.describe(e)
        w.message_bar.show_message(m.title, m.body, "error")
        return
    w.message_bar.show_message(w.tr("Handout saved"), w.tr("Saved to {path}. Open it in a web browser to print it.")
                               .format(path=str(target)), "info")


def show_handout_dialog(w: MainWindow) -> None:
    """Help › Save Workshop Handout…: a one-page printable page for workshop participants."""
    start = str(w.services.settings.get("last_dir") or Path.home())
    dlg = QFileDialog(w, w.tr("Save workshop handout"), str(Path(start) / "grantscope-workshop-handout.html"))
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setDefaultSuffix("html")
    dlg.setNameFilters([w.tr("Web page (*.html)")])
    dlg.fileSelected.connect(lambda path: save_handout(w, path))
    w.handout_dialog = dlg
    dlg.open()


def set_language(w: MainWindow, language: str) -> None:
    """Remember the language ("" = the system's); it applies from the next start (every text is built once)."""
    if language == str(w.services.settings.get("language") or ""):
        return
    w.services.settings.set("language", language)
    w.services.settings.save()
    w.message_bar.show_message(w.tr("Language changed"),
                               w.tr("Grantscope will use the new language the next time it starts."), "info")
