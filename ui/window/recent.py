"""File › Open Recent: the menu of archives opened before, and clearing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.views.start_screen import recent_label

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow


def rebuild_recent_menu(w: MainWindow) -> None:
    w.recent_menu.clear()
    recent = w.services.settings.recent()
    for paths in recent:
        action = w.recent_menu.addAction(recent_label(paths))
        action.setToolTip("\n".join(paths))
        action.setStatusTip("; ".join(paths))
        action.triggered.connect(lambda _c=False, p=list(paths): w.load_paths(p))
    if recent:
        w.recent_menu.addSeparator()
        clear = w.recent_menu.addAction(w.tr("Clear Menu"))
        clear.triggered.connect(w._clear_recent)
    w.recent_menu.setEnabled(bool(recent))
    w.start_screen.set_recent(recent)


def clear_recent(w: MainWindow) -> None:
    w.services.settings.clear_recent()
    w.services.settings.save()
    w.rebuild_recent_menu()
