""""Your decision" in the detail pane: keep / remove / reviewed plus a note, saved locally through the TaskRunner."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import StoreReadOnly
from core.model import Grant
from core.tasks import CancelToken, ProgressFn
from ui.views.flow import FlowLayout

log = logging.getLogger(__name__)

#: A note is saved this long after the last keystroke (and at once when another grant is selected).
NOTE_DELAY_MS = 600


class DecisionPane(QWidget):
    """Shown for a single selected grant. Reads all decisions once (in a worker), writes one at a time."""

    saved = Signal(object)  # core.store.Decision
    storeNotice = Signal(str)  # the database was moved aside, or is read-only
    loaded = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from core.store import grant_key

        self._key = grant_key
        self.services = services
        self.store = services.store
        self._decisions: dict[str, Any] = {}
        self._latest: dict[str, int] = {}  # grant key -> ticket of the newest save started
        self.store_notice = ""
        self._grant: Grant | None = None
        self._dirty = False
        self._loading = False

        title = QLabel(self.tr("Your decision"), self)
        title.setObjectName("sectionTitle")
        hint = QLabel(self.tr("Only for you: kept on this computer, never sent anywhere."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen one again clears it
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout(spacing=6)  # wraps onto a second row in a narrow pane or at a large zoom
        for value, label in (("keep", self.tr("Keep")), ("remove", self.tr("Remove it")),
                             ("reviewed", self.tr("Reviewed"))):
            b = QPushButton(label, self)
            b.setCheckable(True)
            b.setAccessibleDescription({"keep": self.tr("Mark this app as one you keep"),
                                        "remove": self.tr("Mark this app as one to remove"),
                                        "reviewed": self.tr("Mark this app as looked at")}[value])
            b.clicked.connect(lambda checked, v=value: self._choose(v, checked))
            self.group.addButton(b)
            b.installEventFilter(self)
            self.buttons[value] = b
            row.addWidget(b)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Note (for example: asked the developer to delete my data)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Your own note about this app, saved on this computer"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note.textChanged.connect(self._note_changed)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 12, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self.status)
        self.hide()
        self._load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Left/Right (Up/Down) move between the three decision buttons; Tab goes on to the note."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.buttons.values():
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(
                Qt.Key(event.key()))
            if step is not None:
                order = list(self.buttons.values())
                order[(order.index(watched) + step) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _load(self) -> None:
        self._loading = True
        store = self.store

        def task(token: CancelToken, progress: ProgressFn) -> dict[str, Any]:
            return store.load_all()

        def done(decisions: dict[str, Any]) -> None:
            self._loading = False
            self._report_store_state()
            self._decisions.update({k: v for k, v in decisions.items() if k not in self._decisions})
            if self._grant is not None and not self._dirty:
                self._show(self._grant)
            self.loaded.emit()

        def failed(exc: BaseException, details: str) -> None:
            self._loading = False
            log.error("could not read saved decisions from %s\n%s", store.path, details)
            self.status.setText(self.tr("Your saved decisions could not be read."))

        self.services.runner.start(task, name="decisions-load", finished=done, failed=failed)

    def _report_store_state(self) -> None:
        """Say once, in the panel, that a damaged database was moved aside or that saving is impossible."""
        moved = getattr(self.store, "moved_aside", None)
        if moved is not None:
            self.store_notice = self.tr("Your decisions database was damaged. It was moved to {path} and a new "
                                        "one was started.").format(path=str(moved))
        elif getattr(self.store, "read_only", False):
            self.store_notice = self.tr("The data folder is read-only: your saved decisions are shown, but new "
                                        "ones cannot be saved.")
        else:
            return
        log.warning("%s", self.store_notice)
        self.status.setText(self.store_notice)
        self.storeNotice.emit(self.store_notice)

    def show_grants(self, grants: list[Grant]) -> None:
        self.flush()
        if len(grants) != 1:
            self._grant = None
            self.hide()
            return
        self._grant = grants[0]
        self._show(grants[0])
        self.show()

    def _show(self, g: Grant) -> None:
        d = self._decisions.get(self._key(g))
        value = d.decision if d else ""
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        self.note.blockSignals(True)
        self.note.setPlainText(d.note if d else "")
        self.note.blockSignals(False)
        self._dirty = False
        when = d.updated_at.replace("T", " ").rstrip("Z") if d else ""
        self.status.setText(self.tr("Saved {when} (UTC)").format(when=when) if when else "")

    def decision(self) -> str:
        for v, b in self.buttons.items():
            if b.isChecked():
                return v
        return ""

    def _choose(self, value: str, checked: bool) -> None:
        for v, b in self.buttons.items():
            if v != value:
                b.setChecked(False)
        self._dirty = True
        self.flush()

    def _note_changed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> None:
        """Save now if anything changed (the write runs in a worker)."""
        self._timer.stop()
        if not self._dirty or self._grant is None:
            return
        self._dirty = False
        grant, decision, note = self._grant, self.decision(), self.note.toPlainText()
        store = self.store
        key = self._key(grant)
        # Taken now, in click order: the store drops a save that runs after a newer one for this grant.
        ticket = store.ticket()
        self._latest[key] = ticket

        def task(token: CancelToken, progress: ProgressFn) -> Any:
            return store.save(grant, decision, note, ticket=ticket)

        def done(d: Any) -> None:
            if self._latest.get(key) != ticket:
                return  # a newer click for this grant is saving or saved: it decides what is shown
            self._decisions[key] = d
            if self._grant is not None and self._key(self._grant) == key and not self._dirty:
                self.status.setText(self.tr("Saved"))
            self.saved.emit(d)

        def failed(exc: BaseException, details: str) -> None:
            log.error("could not save the decision for %s\n%s", grant.app, details)
            if self._grant is not None and self._key(self._grant) == key:
                if isinstance(exc, StoreReadOnly):
                    self.status.setText(self.tr("Not saved: the data folder is read-only."))
                else:
                    self.status.setText(self.tr("Not saved: the notes database could not be written."))

        from core.store import Decision

        # Shown at once (optimistic), so switching back and forth never shows stale text.
        self._decisions[key] = Decision(key, decision, note, grant.platform, grant.app, "")
        self.status.setText(self.tr("Saving…"))
        # Not cancellable: quitting right after typing a note must still save it (the window waits for it).
        self.services.runner.start(task, name="decision-save", finished=done, failed=failed, cancellable=False)

    def decision_for(self, g: Grant) -> Any:
        return self._decisions.get(self._key(g))
