"""An event filter that counts the events of one kind reaching the widgets it watches (paints, layout requests)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventCounter(QObject):
    """Install on widgets with installEventFilter; `count` is how many `kind` events reached them."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == self.kind:
            self.count += 1
        return False
