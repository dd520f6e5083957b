"""Inline bars above the content: loading progress (appears after ~0.5 s, with Cancel) and plain messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.tasks import Progress
from ui.a11y import announce
from ui.formatting import format_bytes, format_count
from ui.resources import icon

#: How long a task may run before the progress bar appears (a flash of progress bar is noise).
SHOW_DELAY_MS = 500


class LoadBanner(QFrame):
    """Progress of the current load; invisible for quick loads; Cancel is silent."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadBanner")
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._detail = QLabel(self)
        self._detail.setObjectName("bannerDetail")
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(260)
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.clicked.connect(self.cancelRequested)
        self._cancel.setAccessibleDescription(self.tr("Stop reading; the list stays as it was"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.addWidget(self._label)
        lay.addWidget(self._bar, 1)
        lay.addWidget(self._detail)
        lay.addStretch(0)
        lay.addWidget(self._cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._reveal)
        self._running = False
        self.hide()

    def start(self, text: str) -> None:
        self._running = True
        self._label.setText(text)
        self._detail.clear()
        self._bar.setRange(0, 0)
        self._timer.start(SHOW_DELAY_MS)

    def _reveal(self) -> None:
        if self._running:
            self.show()

    def update_progress(self, p: Progress) -> None:
        if p.total > 0 and p.stage == "open":
            self._bar.setRange(0, p.total)
            self._bar.setValue(p.done)
        else:
            self._bar.setRange(0, 0)
        if p.stage == "index":  # listing a tarball: decompressing all of it, member by member
            self._detail.setText(self.tr("{n} files listed").format(n=format_count(p.done)))
        elif p.bytes_read:
            self._detail.setText(self.tr("{size} read").format(size=format_bytes(p.bytes_read)))

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._running

    def cancel_button(self) -> QPushButton:
        return self._cancel


class MessageBar(QFrame):
    """A plain-language message (what is wrong, what to do) with a close button; never a traceback."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._title = QLabel(self)
        self._title.setObjectName("messageTitle")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)  # file names come from the user's disk: never markup
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self._title, self._body):
            label.setAccessibleDescription(self.tr("Message"))
        close = QToolButton(self)
        close.setIcon(icon("close", self.palette().windowText().color(), 16))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setAccessibleDescription(self.tr("Hide this message"))
        close.clicked.connect(self.dismiss)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._body)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 8, 8)
        lay.addWidget(self._icon)
        lay.addLayout(text, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, title: str, body: str = "", kind: str = "error") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        colors = {"error": "#e03131", "warning": "#e8590c", "info": "#1c7ed6"}
        self._icon.setPixmap(icon("warning" if kind != "info" else "info", colors.get(kind, "#e03131"), 20)
                             .pixmap(20, 20))
        self._title.setText(title)
        self._body.setText(body)
        self._body.setVisible(bool(body))
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self.show()
        announce(self, f"{title}. {body}" if body else title, assertive=kind == "error")

    def title(self) -> str:
        return self._title.text()

    def body(self) -> str:
        return self._body.text()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()
