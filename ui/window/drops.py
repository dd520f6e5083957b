"""Drag and drop onto the window: local files and folders are opened like File › Open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent


class FileDrops:
    """What the window's drag-enter and drop handlers do: accept local files only, and open what is dropped."""

    def __init__(self, open_paths: Callable[[list[str]], None]) -> None:
        self._open = open_paths

    def drag_enter(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Let the drop finish (the source app waits for it) before starting work.
            QTimer.singleShot(0, lambda: self._open(paths))
