"""The clean-up plan view: apps marked "remove" per platform, where to remove them, a Done box, and proof."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.plan import Plan, PlanItem


class PlanView(QWidget):
    """Shows a core.plan.Plan; emits what the person asks for (the window part does the work)."""

    doneToggled = Signal(object, bool)  # PlanItem, done
    openSettings = Signal(str)  # url
    revokeRequested = Signal(object)  # Grant
    deletionRequested = Signal(object)  # PlanItem
    exportRequested = Signal(str)  # "md" | "html" | "pdf"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("sectionTitle")
        self.still_label = QLabel(self)
        self.still_label.setWordWrap(True)
        self.still_label.setObjectName("warning")
        self.empty_label = QLabel(self.tr("No app is marked \"Remove it\" yet. Select apps in the list and choose "
                                          "Clean-up → Mark selected as \"Remove it\"."), self)
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.progress_label, 1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("pdf", self.tr("Print checklist (PDF)…")), ("md", self.tr("Markdown…")),
                           ("html", self.tr("HTML…"))):
            b = QPushButton(label, self)
            b.setAccessibleDescription(self.tr("Save the clean-up plan as a file"))
            b.clicked.connect(lambda _=False, f=fmt: self.exportRequested.emit(f))
            self.export_buttons[fmt] = b
            top.addWidget(b)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.still_label)
        lay.addWidget(self.empty_label)
        lay.addWidget(scroll, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.states: dict[str, QLabel] = {}
        self.settings_buttons: dict[str, QPushButton] = {}
        self.revoke_buttons: dict[str, QPushButton] = {}
        self.plan = Plan()

    def state_words(self, item: PlanItem) -> str:
        words = {"todo": self.tr("to do"), "done": self.tr("done, waiting for proof"),
                 "verified": self.tr("verified gone"), "still_connected": self.tr("still connected")}[item.state]
        if item.proof:
            words += " — " + item.proof
        if item.deletion_requested_at:
            words += " · " + self.tr("deletion requested {day}").format(day=item.deletion_requested_at[:10])
        return words

    def set_plan(self, plan: Plan, can_revoke: Any = None) -> None:
        self.plan = plan
        bar = self.scroll.verticalScrollBar()
        position = bar.value()  # ticking a box far down the list must not jump back to the top
        while self.body_layout.count():
            it = self.body_layout.takeAt(0)
            if it is not None and it.widget() is not None:
                it.widget().deleteLater()  # type: ignore[union-attr]
        self.boxes.clear()
        self.states.clear()
        self.settings_buttons.clear()
        self.revoke_buttons.clear()
        self.progress_label.setText(self.tr("{done} of {total} done").format(done=plan.done, total=plan.total))
        still = plan.still_connected()
        self.still_label.setVisible(bool(still))
        if still:
            self.still_label.setText(self.tr("Still connected: {apps}. You ticked these done, but a newer export "
                                             "still lists them as active; remove them again.").format(
                apps=", ".join(i.app for i in still)))
        self.empty_label.setVisible(not plan.items)
        for e in self.export_buttons.values():
            e.setEnabled(bool(plan.items))
        for platform, items in plan.groups():
            self.body_layout.addWidget(self._group(plan, platform, items, can_revoke))
        self.body_layout.addStretch(1)
        self.body.adjustSize()
        QTimer.singleShot(0, bar, lambda: bar.setValue(position))  # not after the view is gone (window closed)

    def _group(self, plan: Plan, platform: str, items: tuple[PlanItem, ...], can_revoke: Any) -> QWidget:
        box = QFrame(self.body)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(box)
        name = plan.platform_name(platform)
        head = QHBoxLayout()
        title = QLabel(name, box)
        title.setObjectName("sectionTitle")
        head.addWidget(title, 1)
        link = plan.links.get(platform, {})
        url = link.get("url")
        if url:
            b = QPushButton(self.tr("Open {platform} settings").format(platform=name), box)
            b.setToolTip(str(url))
            b.clicked.connect(lambda _=False, u=str(url): self.openSettings.emit(u))
            self.settings_buttons[platform] = b
            head.addWidget(b)
        lay.addLayout(head)
        where = link.get("where") or self.tr("{platform} settings, the list of connected apps").format(platform=name)
        w = QLabel(self.tr("Where to click: {where}").format(where=where), box)
        w.setWordWrap(True)
        w.setObjectName("hint")
        lay.addWidget(w)
        for item in items:
            row = QHBoxLayout()
            cb = QCheckBox(item.app, box)
            cb.setChecked(item.state in ("done", "verified", "still_connected"))
            cb.setEnabled(item.state != "verified")
            cb.setAccessibleName(self.tr("Done: {app}").format(app=item.app))
            cb.toggled.connect(lambda checked, i=item: self.doneToggled.emit(i, checked))
            self.boxes[item.key] = cb
            row.addWidget(cb)
            state = QLabel(self.state_words(item), box)
            state.setObjectName("hint")
            self.states[item.key] = state
            row.addWidget(state, 1)
            if item.grant is not None and can_revoke is not None and can_revoke(item.grant):
                rv = QPushButton(self.tr("Revoke now"), box)
                rv.clicked.connect(lambda _=False, g=item.grant: self.revokeRequested.emit(g))
                self.revoke_buttons[item.key] = rv
                row.addWidget(rv)
            dr = QPushButton(self.tr("Deletion request…"), box)
            dr.setEnabled(item.grant is not None)  # drafted from what an opened export says about the app
            dr.clicked.connect(lambda _=False, i=item: self.deletionRequested.emit(i))
            row.addWidget(dr)
            lay.addLayout(row)
            if item.words:
                sees = QLabel(self.tr("Can see: {what}").format(what=", ".join(item.words)), box)
                sees.setWordWrap(True)
                sees.setObjectName("hint")
                sees.setContentsMargins(24, 0, 0, 0)
                lay.addWidget(sees)
        return box

    def item(self, app: str) -> PlanItem:
        return next(i for i in self.plan.items if i.app == app)
