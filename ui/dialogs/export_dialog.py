"""Export summary dialog: format, redaction, scope and paper choices, a safe preview, save off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.accounts import people
from core.errors import GrantscopeError
from core.export import writers
from core.export.atomic import write_bytes_atomic
from core.export.html import render_qt_html, render_qt_one_page
from core.export.texts import language_code
from core.model import Grant
from core.summary import can_reach_now
from core.tasks import CancelToken, ProgressFn
from core.workspace import Assessed, Workspace
from ui.a11y import announce
from ui.messages import describe
from ui.pdf_export import chart_images
from ui.workers import TaskRunner

log = logging.getLogger(__name__)

#: Above this many apps the preview shows the first ones only (the saved file always has all of them).
PREVIEW_LIMIT = 200
#: Text formats are previewed as text, cut after this many characters.
PREVIEW_CHARS = 60_000


class SafePreview(QTextBrowser):
    """A QTextBrowser that loads nothing: only our own chart images; links are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.images: dict[str, QImage] = {}
        self.requested: list[str] = []
        # A page, as it will print: dark report text on white, also under a dark palette (the report's own
        # colours are chosen for paper).
        page = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            page.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
            page.setColor(group, QPalette.ColorRole.Text, QColor("#1b1b1f"))
            page.setColor(group, QPalette.ColorRole.Link, QColor("#1f4fbf"))
        self.setPalette(page)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt override
        name = url.toString() if isinstance(url, QUrl) else str(url)
        self.requested.append(name)
        return self.images.get(name)  # anything else (remote, file, data:) is refused


class ExportDialog(QDialog):
    """File › Export summary…: non-blocking; `saved(path)` fires after a complete, atomic write."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, assessed: Assessed, workspace: Workspace, parent: QWidget | None = None, *,
                 filtered: Sequence[Grant] | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.assessed = assessed
        self.inventory = assessed.inventory
        self.workspace = workspace
        self.filtered = tuple(filtered) if filtered is not None else None
        self._runner = runner if runner is not None else _runner_from(parent)
        self._own_runner = None
        self._busy = False
        #: Reports are written in the window's language (Preferences or the system's, as ui.app installed it).
        self.report_language = language_code(QLocale().name())
        self.setWindowTitle(self.tr("Export summary"))
        self.resize(900, 640)

        self.format_box = QComboBox(self)
        for fmt, label in (("html", self.tr("Web page (HTML)")), ("pdf", self.tr("PDF document")),
                           ("csv", self.tr("Spreadsheet (CSV)")), ("json", self.tr("Data (JSON)")),
                           ("md", self.tr("Markdown text"))):
            self.format_box.addItem(label, fmt)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper_box.setCurrentIndex(1)
        self.layout_box = QComboBox(self)
        self.layout_box.addItem(self.tr("Full report"), "full")
        self.layout_box.addItem(self.tr("One-page summary"), "one-page")
        self.layout_box.setAccessibleName(self.tr("Layout"))
        self.layout_box.setAccessibleDescription(self.tr("The whole report, or the main points on one page"))
        self.scope_box = QComboBox(self)
        summary = assessed.summary
        active = summary.active_stated
        self.scope_box.addItem(self.tr("All apps and websites ({n})").format(n=summary.grants + summary.own_apps),
                               "all")
        self.scope_box.addItem(self.tr("Only those with access now ({n})").format(n=active), "active")
        if self.filtered is not None:
            self.scope_box.addItem(self.tr("The apps shown in the list now ({n})").format(n=len(self.filtered)),
                                   "filtered")
        who = people(self.inventory)
        if len(who) > 1:  # a report for one person (a workshop room, a family computer)
            for p in who:
                n = workspace.summarize_account(assessed, p.account).grants
                self.scope_box.addItem(self.tr("Only {person}'s apps ({n})").format(person=p.label, n=n),
                                       f"account:{p.account}")
        self.redact_box = QCheckBox(self.tr("Remove what identifies me (names, e-mail addresses, phone numbers, "
                                            "ids, IP addresses, file paths) — for sharing"), self)
        self.month_box = QCheckBox(self.tr("Also show dates by month only"), self)
        self.month_box.setEnabled(False)
        for w, name in ((self.format_box, self.tr("Format")), (self.paper_box, self.tr("Paper size")),
                        (self.scope_box, self.tr("Which apps")), (self.redact_box, self.tr("Remove identifiers")),
                        (self.month_box, self.tr("Dates by month"))):
            w.setAccessibleName(name)
        self.format_box.setAccessibleDescription(self.tr("The kind of file to save"))
        self.paper_box.setAccessibleDescription(self.tr("Page size of the PDF"))
        self.scope_box.setAccessibleDescription(self.tr("Which apps the summary lists"))
        self.redact_box.setAccessibleDescription(self.redact_box.text())
        self.month_box.setAccessibleDescription(self.tr("Dates read as month and year only"))

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Paper:"), self.paper_box)
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow(self.tr("&Include:"), self.scope_box)
        form.addRow("", self.redact_box)
        form.addRow("", self.month_box)

        self.preview = SafePreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setAccessibleDescription(self.tr("What the saved file will contain"))
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleDescription(self.tr("Result of saving"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleDescription(self.tr("Choose where to save the summary"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("Preview:"), self))
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.preview_note)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.format_box, self.paper_box, self.scope_box, self.layout_box):
            box.currentIndexChanged.connect(self._options_changed)
        for check in (self.redact_box, self.month_box):
            check.toggled.connect(self._options_changed)
        self._options_changed()
        self.update_preview()

    # --- options --------------------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    @property
    def paper(self) -> str:
        return str(self.paper_box.currentData())

    @property
    def layout_choice(self) -> str:
        """"full" or "one-page" (HTML and PDF only)."""
        return str(self.layout_box.currentData()) if self.fmt in ("html", "pdf") else "full"

    def _options_changed(self, *_: Any) -> None:
        self.paper_box.setEnabled(self.fmt == "pdf")
        self.layout_box.setEnabled(self.fmt in ("html", "pdf"))
        self.month_box.setEnabled(self.redact_box.isChecked())
        if not self.redact_box.isChecked():
            self.month_box.setChecked(False)
        self._timer.start()

    def export_account(self) -> str | None:
        """The person's account the report is limited to, when that scope is chosen."""
        scope = str(self.scope_box.currentData())
        return scope.removeprefix("account:") if scope.startswith("account:") else None

    def export_grants(self) -> tuple[Grant, ...] | None:
        """The grants the chosen scope includes (the same rule as the "Apps with access now" card)."""
        scope = self.scope_box.currentData()
        if str(scope).startswith("account:"):
            return None  # the whole account: its own sources, activity and advertisers too
        if scope == "active":
            return tuple(g for g in self.inventory.grants if can_reach_now(g))
        if scope == "filtered" and self.filtered is not None:
            return self.filtered
        return self.inventory.grants

    def export_document(self) -> dict[str, Any]:
        """The document as it will be written: scope first, then redaction (once, before any writer)."""
        return self.workspace.document(self.assessed, account=self.export_account(), grants=self.export_grants(),
                                       redacted=self.redact_box.isChecked(),
                                       dates="month" if self.month_box.isChecked() else "exact")

    # --- preview --------------------------------------------------------------------------------

    def update_preview(self) -> None:
        doc = self.export_document()
        total = len(doc["grants"])
        note = ""
        if self.fmt in ("html", "pdf"):
            if total > PREVIEW_LIMIT:
                doc = {**doc, "grants": doc["grants"][:PREVIEW_LIMIT]}
                note = self.tr("The preview lists the first {shown} of {total} apps; the saved file has all of "
                               "them.").format(shown=PREVIEW_LIMIT, total=total)
            lang = self.report_language
            html, charts = ((render_qt_one_page(doc, lang), {}) if self.layout_choice == "one-page"
                            else render_qt_html(doc, lang))
            self.preview.images = {name: img for name, img in chart_images(charts).items()}
            self.preview.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
            self.preview.setHtml(html)
        else:
            if total > PREVIEW_LIMIT:
                doc = {**doc, "grants": doc["grants"][:PREVIEW_LIMIT]}
            text = writers.render(doc, self.fmt, language=self.report_language).decode("utf-8-sig", errors="replace")
            if len(text) > PREVIEW_CHARS or total > PREVIEW_LIMIT:
                text = text[:PREVIEW_CHARS]
                note = self.tr("The preview shows the beginning only; the saved file has everything.")
            self.preview.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)  # one record per line, as saved
            self.preview.setPlainText(text)
        self.preview_note.setText(note)
        self.preview_note.setVisible(bool(note))

    # --- saving ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        suffix = writers.suffix(self.fmt)
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dlg = QFileDialog(self, self.tr("Save summary"), str(Path(start) / f"grantscope-summary{suffix}"))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
        dlg.setDefaultSuffix(suffix.lstrip("."))
        # We ask ourselves (below), so the question is the same on every platform and in tests.
        dlg.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dlg.setNameFilters([self.format_box.currentText() + f" (*{suffix})", self.tr("All files (*)")])
        dlg.fileSelected.connect(self.save_to)
        self.file_dialog = dlg
        dlg.open()

    def save_to(self, path: str) -> None:
        """Write to `path`, asking first when a file is already there."""
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(writers.suffix(self.fmt))
        if target.exists():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"),
                              self.tr("“{name}” already exists. Do you want to replace it?").format(name=target.name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
            box.buttonClicked.connect(
                lambda b: self.write(str(target)) if box.standardButton(b) == QMessageBox.StandardButton.Yes
                else self._set_status(self.tr("Not saved: the existing file was kept.")))
            self.confirm_box = box
            box.open()
            return
        self.write(str(target))

    def write(self, path: str) -> None:
        """Render and write atomically; through the TaskRunner (off the UI thread) when there is one."""
        if self._busy:
            return
        fmt, paper, layout, language = self.fmt, self.paper, self.layout_choice, self.report_language
        workspace, assessed, grants = self.workspace, self.assessed, self.export_grants()
        account = self.export_account()
        redacted, dates = self.redact_box.isChecked(), ("month" if self.month_box.isChecked() else "exact")
        pdf: bytes | None = None
        if writers.writer(fmt).needs_gui:
            # Qt's text layout, fonts and painting belong to the GUI thread (painting the PDF in a worker
            # deadlocked now and then), so the PDF is laid out here; it takes well under a second for
            # typical summaries and about 2 s for 5,000 grants. Only the file write goes to the worker.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pdf = writers.render(self.export_document(), fmt, paper=paper, layout=layout, language=language)
            except Exception as e:  # every failure becomes a message, never a traceback
                self._on_failed(e, "")
                return
            finally:
                QApplication.restoreOverrideCursor()

        def task(token: CancelToken, progress: ProgressFn) -> str:
            data = pdf
            if data is None:
                doc = workspace.document(assessed, account=account, grants=grants, redacted=redacted, dates=dates)
                token.raise_if_cancelled()
                data = writers.render(doc, fmt, paper=paper, layout=layout, language=language)
            token.raise_if_cancelled()
            write_bytes_atomic(path, data)
            return path

        self._set_busy(True)
        self._set_status(self.tr("Saving…"))
        runner = self._runner or self._make_runner()
        # Callbacks go into start(): a fast task can finish before start() returns.
        runner.start(task, name="export", finished=self._on_saved, failed=self._on_failed,
                     cancelled=lambda: self._set_busy(False))

    def _make_runner(self) -> TaskRunner:
        if self._own_runner is None:
            self._own_runner = TaskRunner(self)
        return self._own_runner

    def _on_saved(self, path: str) -> None:
        self._set_busy(False)
        self._set_status(self.tr("Saved to {path}").format(path=path))
        self.saved.emit(path)

    def _on_failed(self, error: BaseException, details: str) -> None:
        self._set_busy(False)
        if not isinstance(error, GrantscopeError) and details:  # expected failures need no traceback
            log.error("export failed: %s", details)
        msg = describe(error)
        title, body = msg.title, msg.body
        self._set_status(f"{title}. {body}".strip())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export summary"), title, QMessageBox.StandardButton.Ok,
                          self)
        box.setInformativeText(body)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
        self.failed.emit(title)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        for w in (self.format_box, self.paper_box, self.scope_box, self.redact_box):
            w.setEnabled(not busy)
        if not busy:
            self._options_changed()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        announce(self, text)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing while a save runs waits for it (the file is either complete or absent)."""
        if self._own_runner is not None and self._own_runner.busy:
            self._own_runner.wait(30_000)
        super().done(result)


def _runner_from(parent: QWidget | None) -> TaskRunner | None:
    services = getattr(parent, "services", None)  # the main window's Services, when the parent is the window
    runner = getattr(services, "runner", None)
    return runner if isinstance(runner, TaskRunner) else None
