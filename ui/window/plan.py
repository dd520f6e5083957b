"""The window's clean-up part: bulk decisions, the plan view, proof from newer exports, deletion requests."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import deletion, plan
from core.model import Grant
from core.store import Decision, grant_key
from core.store_schema import Progress
from core.summary import is_unused
from core.tasks import CancelToken, ProgressFn
from ui import plan_pdf
from ui.views.changes import ChangesView
from ui.views.plan import PlanView

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DeletionDialog(QDialog):
    """Draft a deletion request for one app: law, language, which identity details; copy or save, never send."""

    def __init__(self, grant: Grant, platform_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.grant = grant
        self.platform_name = platform_name
        self.setWindowTitle(self.tr("Deletion request: {app}").format(app=grant.app))
        self.law = QComboBox(self)
        self.law.addItem(self.tr("GDPR Article 17 (EU/EEA, UK)"), "gdpr")
        self.law.addItem(self.tr("CCPA / CPRA (California)"), "ccpa")
        self.language = QComboBox(self)
        for code, name in deletion.languages().items():
            self.language.addItem(name, code)
        self.fields: dict[str, QLineEdit] = {}
        self.include: dict[str, QCheckBox] = {}
        labels = {"name": self.tr("Name"), "email": self.tr("E-mail address"), "username": self.tr("User name"),
                  "app_user_id": self.tr("Your ID in the app"), "address": self.tr("Postal address"),
                  "phone": self.tr("Phone number")}
        form = QFormLayout()
        form.addRow(self.tr("Law"), self.law)
        form.addRow(self.tr("Language"), self.language)
        for f in deletion.IDENTITY_FIELDS:
            row = QHBoxLayout()
            cb = QCheckBox(self)
            cb.setAccessibleName(self.tr("Include {detail}").format(detail=labels[f]))
            edit = QLineEdit(self)
            if f == "app_user_id":
                edit.setText(grant.user_app_id or "")
            edit.textChanged.connect(lambda _t, c=cb: c.setChecked(True))
            cb.toggled.connect(self.update_text)
            edit.textChanged.connect(self.update_text)
            row.addWidget(cb)
            row.addWidget(edit, 1)
            self.fields[f], self.include[f] = edit, cb
            form.addRow(labels[f], row)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        hint_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy to clipboard"), self)
        self.save_button = QPushButton(self.tr("Save as text…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._save_dialog)
        close.clicked.connect(self.accept)
        hint_row.addWidget(self.copy_button)
        hint_row.addWidget(self.save_button)
        hint_row.addStretch(1)
        hint_row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.text, 1)
        lay.addLayout(hint_row)
        self.law.currentIndexChanged.connect(self.update_text)
        self.language.currentIndexChanged.connect(self.update_text)
        self.resize(640, 640)
        self.update_text()

    def set_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def identity(self) -> dict[str, str]:
        return {f: self.fields[f].text() for f in deletion.IDENTITY_FIELDS if self.include[f].isChecked()}

    def update_text(self, *_: Any) -> None:
        d = deletion.draft(self.grant, self.identity(), law=str(self.law.currentData()),
                           language=str(self.language.currentData() or "en"), platform_name=self.platform_name)
        self.text.setPlainText(d.text)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def save_to(self, path: str) -> None:
        from core.export.atomic import write_bytes_atomic

        write_bytes_atomic(path, self.text.toPlainText().encode("utf-8"))

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save deletion request"),
                                              f"deletion-request-{self.grant.app}.txt", self.tr("Text (*.txt)"))
        if path:
            self.save_to(path)


class CleanupPart(QObject):
    """Owns the decisions map the list shows, the plan dialog, and the checks against newer exports."""

    changed = Signal()

    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self.w = w
        self.store = w.services.store
        self.decisions: dict[str, Decision] = {}
        self.progress: dict[str, Progress] = {}
        self.view = PlanView(w.tabs)
        v = self.view
        v.doneToggled.connect(self.set_done)
        v.openSettings.connect(lambda url: self.w.open_url(QUrl(url)))
        v.revokeRequested.connect(self.w.confirm_revoke)
        v.deletionRequested.connect(self.request_deletion)
        v.exportRequested.connect(self.export)
        w.tabs.addTab(v, self.tr("Clean-up plan"))
        self.changes = ChangesView(w.tabs)
        w.tabs.addTab(self.changes, self.tr("Changes"))
        w.inventoryChanged.connect(lambda: self.changes.set_inventory(w.inventory()))
        self.deletion_dialog: DeletionDialog | None = None
        self.loaded = False
        self._pending = 0
        #: the newest plan build asked for (an older one finishing later is not shown)
        self._plan_generation = 0
        w.inventoryChanged.connect(self.check_exports)
        w.grant_model.set_decision_lookup(self.decision_for)
        w._decision_pane.saved.connect(self._saved_one)
        self.load()

    def _saved_one(self, d: Decision) -> None:
        """A decision made in the detail pane (one app) shows in the list and the plan too."""
        if d.empty:
            self.decisions.pop(d.key, None)
        else:
            self.decisions[d.key] = d
        self._refresh()

    # --- store (every write runs in the TaskRunner) ---
    @property
    def idle(self) -> bool:
        """No read or write of the plan is in flight."""
        return self.loaded and self._pending == 0

    def _run(self, name: str, task: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._pending += 1

        def fn(token: CancelToken, progress: ProgressFn) -> Any:
            return task()

        def finished(result: Any) -> None:
            self._pending -= 1
            done(result)

        def failed(exc: BaseException, details: str) -> None:
            self._pending -= 1
            log.error("clean-up plan: %s failed\n%s", name, details)
            self.w.message_bar.show_message(self.tr("Not saved"), self.tr(
                "The decisions database could not be written; your clean-up plan was not changed."), "warning")

        self.w.services.runner.start(fn, name=name, finished=finished, failed=failed, cancellable=False)

    def load(self) -> None:
        store = self.store

        def done(result: Any) -> None:
            self.decisions, self.progress = result
            self.loaded = True
            self.check_exports()
            self._refresh()

        self._run("plan-load", lambda: (store.load_all(), store.progress().load_all()), done)

    def decision_for(self, g: Grant) -> str:
        key = grant_key(g)
        d = self.decisions.get(key)
        p = self.progress.get(key)
        if d is not None and d.decision == "remove" and p is not None and p.done_at:
            return "verified" if p.verified_by else "still_connected" if p.still_connected_by else "done"
        return d.decision if d else ""

    def mark(self, grants: list[Grant], decision: str) -> None:
        """Bulk decision on several apps (notes are kept)."""
        store = self.store
        notes = {grant_key(g): (self.decisions.get(grant_key(g)) or Decision("")).note for g in grants}

        def task() -> list[Decision]:
            return [store.save(g, decision, notes[grant_key(g)]) for g in grants]

        def done(saved: list[Decision]) -> None:
            pane = self.w._decision_pane
            for d in saved:
                self.decisions[d.key] = d
                pane._decisions[d.key] = d
            self._refresh()

        self._run("decisions-bulk", task, done)

    def mark_selected(self, decision: str) -> None:
        grants = self.w.grant_list.selected_items()
        if grants:
            self.mark(grants, decision)

    def mark_stale_remove(self) -> None:
        """From the cards: every stale app (active, unused for long) marked "remove"."""
        grants = [g for g in self.w.inventory().grants if is_unused(g)]
        if grants:
            self.mark(grants, "remove")

    def set_done(self, item: plan.PlanItem, done: bool) -> None:
        progress = self.store.progress()
        now = self.w.services.now()

        def finished(p: Progress) -> None:
            self.progress[p.key] = p
            self._refresh()

        self._run("plan-done", lambda: progress.set_done(item.key, item.platform, item.app, done, now), finished)

    def request_deletion_for_selected(self) -> DeletionDialog | None:
        """A deletion request for the one app selected in the list (planned or not)."""
        grants = self.w.grant_list.selected_items()
        if len(grants) != 1:
            return None
        g = grants[0]
        return self.request_deletion(plan.PlanItem(grant_key(g), g.platform, g.app, "todo", grant=g))

    def request_deletion(self, item: plan.PlanItem) -> DeletionDialog | None:
        g = item.grant
        if g is None:
            return None
        dlg = DeletionDialog(g, self.w.services.links.name(g.platform), self.w)
        from PySide6.QtCore import QLocale

        dlg.set_language(deletion.language_for(QLocale().name()))
        progress, now = self.store.progress(), self.w.services.now()

        def mark(p: Progress) -> None:
            self.progress[p.key] = p
            self._refresh()

        def requested() -> None:
            self._run("plan-deletion", lambda: progress.set_deletion_requested(item.key, item.platform, item.app,
                                                                                now), mark)

        dlg.copy_button.clicked.connect(requested)
        dlg.save_button.clicked.connect(requested)
        self.deletion_dialog = dlg
        dlg.open()
        return dlg

    def check_exports(self) -> None:
        """A newer export of a platform proves ticked apps gone, or shows them still connected."""
        if not self.loaded:
            return
        inv = self.w.inventory()
        decisions, known = dict(self.decisions), dict(self.progress)
        progress, now = self.store.progress(), self.w.services.now()

        def task() -> list[Progress]:
            # Comparing is in the worker too: it reads every grant (a third of a second at 100,000).
            checks = plan.verify(inv, decisions, known)
            for account, name, exported in plan.snapshots(inv):
                progress.note_snapshot(account, name, exported, now)
            return [progress.set_verified(c.key, c.platform, c.app, c.proof, now) if c.outcome == "verified"
                    else progress.set_still_connected(c.key, c.platform, c.app, c.proof, now) for c in checks]

        def done(saved: list[Progress]) -> None:
            for p in saved:
                self.progress[p.key] = p
            # Nothing proven either way: the list's decision words stand (re-reading them repaints a long list).
            self._refresh(list_changed=bool(saved))

        self._run("plan-verify", task, done)

    # --- view ---
    def build(self) -> plan.Plan:
        return plan.build_plan(self.w.inventory(), self.decisions, self.progress,
                               self.w.services.workspace.catalog.plain_words)

    def _refresh(self, list_changed: bool = True) -> None:
        """The list's decision column and filter now (when a decision or its progress changed); the plan view once
        the worker has built the plan (it reads every grant: a fifth of a second at 100,000, too long for the UI
        thread)."""
        if list_changed:
            self.w.grant_model.decisions_changed()
            self.w.grant_list.grant_proxy.invalidate()  # the decision filter re-reads the decisions
        self._plan_generation += 1
        generation = self._plan_generation
        inv, decisions, progress = self.w.inventory(), dict(self.decisions), dict(self.progress)
        words = self.w.services.workspace.catalog.plain_words

        def done(built: plan.Plan) -> None:
            if generation == self._plan_generation:  # else a newer build follows
                self._show(built)

        self._run("plan-build", lambda: plan.build_plan(inv, decisions, progress, words), done)

    def _show(self, built: plan.Plan) -> None:
        if not shiboken6.isValid(self.view):  # a build that finished after the window was closed and deleted
            return
        accounts = self.w.accounts
        self.view.set_plan(built, accounts.can_revoke if accounts is not None else None)
        self.changed.emit()

    def show_plan(self) -> PlanView:
        self._plan_generation += 1  # what is built now is the newest
        self._show(self.build())
        self.w.tabs.setCurrentWidget(self.view)
        return self.view

    def render(self, fmt: str) -> bytes:
        doc = plan.plan_document(self.build(), self.w.services.now())
        return plan.render(doc, fmt, checklist=fmt == "pdf")

    def export(self, fmt: str) -> None:
        suffix = {"pdf": "pdf", "md": "md", "html": "html"}[fmt]
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save the clean-up plan"),
                                              str(Path(str(self.w.services.settings.get("last_dir") or ""))
                                                  / f"clean-up-plan.{suffix}"))
        if path:
            from core.export.atomic import write_bytes_atomic

            write_bytes_atomic(path, self.render(fmt))


def attach(w: MainWindow) -> CleanupPart:
    """Add the Clean-up menu (before Help) and the part that runs it."""
    plan_pdf.register()  # the plan's PDF (Qt) for the window's own exports
    part = CleanupPart(w)
    menu = w.menuBar().addMenu(w.tr("&Clean-up"))
    actions = w.menuBar().actions()
    help_action = next((a for a in actions if a.menu() is not None and a.menu() is not menu
                        and a.text().replace("&", "") == w.tr("Help")), None)
    if help_action is not None:
        w.menuBar().insertMenu(help_action, menu)
    part.remove_action = QAction(w.tr("Mark selected as \"Remove it\""), w)
    part.remove_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    part.remove_action.triggered.connect(lambda: part.mark_selected("remove"))
    part.keep_action = QAction(w.tr("Mark selected as \"Keep\""), w)
    part.keep_action.triggered.connect(lambda: part.mark_selected("keep"))
    part.reviewed_action = QAction(w.tr("Mark selected as \"Reviewed\""), w)
    part.reviewed_action.triggered.connect(lambda: part.mark_selected("reviewed"))
    part.clear_action = QAction(w.tr("Clear the decision of selected"), w)
    part.clear_action.triggered.connect(lambda: part.mark_selected(""))
    part.stale_action = QAction(w.tr("Mark all stale apps as \"Remove it\""), w)
    part.stale_action.triggered.connect(part.mark_stale_remove)
    part.plan_action = QAction(w.tr("Clean-up plan…"), w)
    part.plan_action.setShortcut(QKeySequence("Ctrl+L"))
    part.plan_action.triggered.connect(part.show_plan)
    part.deletion_action = QAction(w.tr("Draft a deletion request…"), w)
    part.deletion_action.setStatusTip(w.tr("Ask the selected app's developer to delete what it copied "
                                           "(GDPR Art. 17 or CCPA); nothing is sent"))
    part.deletion_action.triggered.connect(part.request_deletion_for_selected)
    part.changes_action = QAction(w.tr("What changed…"), w)
    part.changes_action.setStatusTip(w.tr("Compare an older and a newer export of the same account"))
    part.changes_action.triggered.connect(lambda: w.tabs.setCurrentWidget(part.changes))
    for a in (part.remove_action, part.keep_action, part.reviewed_action, part.clear_action):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(part.stale_action)
    menu.addSeparator()
    menu.addAction(part.plan_action)
    menu.addAction(part.deletion_action)
    menu.addAction(part.changes_action)
    part.menu = menu
    unused = w.cards.card("unused")  # from the cards: right-click "Unused for N+ days"
    unused.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    unused.addAction(part.stale_action)
    return part
