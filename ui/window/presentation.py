"""Presentation mode for workshops: full screen, large type, high contrast, the person's identifiers hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.theme import current_zoom, high_contrast_palette, set_zoom

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow

#: Text size on a projector (the columns follow: they size to their content at the current zoom).
PRESENTATION_ZOOM = 1.5


def set_presenting(w: MainWindow, on: bool) -> None:
    """Switch presentation mode; leaving restores the palette, zoom and window state from before."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or on == w.presenting:
        return
    w.presenting = on
    if on:
        w._before_presenting = (app.palette(), current_zoom(), w.windowState())
        app.setPalette(high_contrast_palette())
        set_zoom(app, max(PRESENTATION_ZOOM, current_zoom()))
        w.showFullScreen()
        w.message_bar.dismiss()  # its file names may carry a user name
    else:
        palette, zoom, state = w._before_presenting
        app.setPalette(palette)
        set_zoom(app, zoom)
        w.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
    w.presentation_action.setChecked(on)
    w.detail.hide_identifiers = on
    w.sources_panel.names_only = on
    row = w.grant_list.table.currentIndex().row()
    w._apply(w._assessed)  # account labels and detail text again, with or without identifiers
    if row >= 0:
        w.grant_list.select_row(row)
    w.fit_columns()
    w._fit_detail_width()
