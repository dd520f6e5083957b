"""View › Zoom for projectors: text size for the whole app, remembered; the detail pane keeps its room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ui.theme import current_zoom, set_zoom, zoom_step

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow


def fit_detail_width(w: MainWindow) -> None:
    """The detail pane stays wide enough for its own content (the decision buttons, about 34 characters
    of text) however wide the list's filter row gets, also after View › Zoom."""
    inner = w.detail.widget()
    content = inner.minimumSizeHint().width() if inner is not None else 0
    chars = w.detail.fontMetrics().averageCharWidth() * 34
    scroll = w.detail.verticalScrollBar().sizeHint().width() + 2 * w.detail.frameWidth()
    w.detail.setMinimumWidth(max(chars, content + scroll))


def zoom(w: MainWindow, direction: int) -> float:
    """Text larger (+1), smaller (-1) or back to the system size (0); remembered for the next start."""
    app = QApplication.instance()
    current = float(w.services.settings.get("zoom", 1.0) or 1.0)
    target = 1.0 if direction == 0 else zoom_step(current, direction)
    if isinstance(app, QApplication) and abs(target - current_zoom()) < 1e-6:
        # Already this size (the smallest or largest step): re-applying the app's style sheet re-polishes every
        # widget, about half a second here, for nothing.
        return target
    applied = set_zoom(app, target) if isinstance(app, QApplication) else 1.0
    w.services.settings.set("zoom", applied)
    w.services.settings.save()
    w._fit_detail_width()
    w.fit_columns()
    return applied
