"""Export dialog: options change the preview, the preview loads nothing, saving asks before replacing."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from core.model import Inventory
from core.scan import scan_paths
from core.workspace import Assessed, Workspace, default_workspace
from tests.builders import facebook as fb
from tests.core.test_export_hostile import hostile_inventory
from ui.dialogs.export_dialog import ExportDialog

NOW = datetime(2025, 6, 1, tzinfo=timezone.utc)
# The offscreen platform cannot apply a dialog's size hints and says so; that is not our warning to fix.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Workspace:
    return default_workspace()


@pytest.fixture
def assessed(fb_zip: Path, workspace: Workspace) -> Assessed:
    return workspace.assess(scan_paths([str(fb_zip)]), now=NOW)


@pytest.fixture
def inventory(assessed: Assessed) -> Inventory:
    return assessed.inventory


@pytest.fixture
def dialog(qtbot: Any, assessed: Assessed, workspace: Workspace) -> ExportDialog:
    dlg = ExportDialog(assessed, workspace, None)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def choose(dlg: ExportDialog, fmt: str) -> None:
    dlg.format_box.setCurrentIndex(dlg.format_box.findData(fmt))
    dlg.update_preview()  # the dialog debounces; tests do not wait for the timer


def test_preview_shows_the_report(dialog: ExportDialog) -> None:
    text = dialog.preview.toPlainText()
    assert "Who has access now" in text and "Slideshow Maker" in text and "What to do next" in text
    assert not dialog.paper_box.isEnabled()  # paper only matters for PDF
    assert dialog.windowTitle() == "Export summary"


def test_preview_follows_format(dialog: ExportDialog) -> None:
    choose(dialog, "csv")
    assert dialog.preview.toPlainText().startswith("platform,app,status")
    choose(dialog, "json")
    assert '"schema": "grantscope.summary/1"' in dialog.preview.toPlainText()
    choose(dialog, "pdf")
    assert dialog.paper_box.isEnabled()
    assert "Who has access now" in dialog.preview.toPlainText()


def test_redaction_and_scope_change_what_is_exported(dialog: ExportDialog) -> None:
    assert str(fb.BIG_ID) in json.dumps(dialog.export_document())
    assert not dialog.month_box.isEnabled()
    dialog.redact_box.setChecked(True)
    assert dialog.month_box.isEnabled()
    dialog.month_box.setChecked(True)
    dialog.update_preview()
    doc = dialog.export_document()
    dumped = json.dumps(doc)
    assert str(fb.BIG_ID) not in dumped and "robinexample" not in dumped.lower()
    assert doc["redaction"] == {"applied": True, "dates": "month", "replaced": doc["redaction"]["replaced"]}
    assert "robinexample" not in dialog.preview.toPlainText().lower()
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("active"))
    assert {g["status"] for g in dialog.export_document()["grants"]} == {"active"}


def test_current_filter_scope(qtbot: Any, inventory: Inventory) -> None:
    chosen = [g for g in inventory.grants if g.app == "Slideshow Maker"]
    dlg = ExportDialog(Assessed(inventory), default_workspace(), None, filtered=chosen)
    qtbot.addWidget(dlg)
    assert dlg.scope_box.count() == 3
    dlg.scope_box.setCurrentIndex(dlg.scope_box.findData("filtered"))
    assert [g["app"] for g in dlg.export_document()["grants"]] == ["Slideshow Maker"]


def test_preview_never_loads_anything(qtbot: Any) -> None:
    dlg = ExportDialog(Assessed(hostile_inventory()), default_workspace(), None)
    qtbot.addWidget(dlg)
    text = dlg.preview.toPlainText()
    assert "<script>alert(1)</script>" in text and '"><img src=x onerror=alert(1)>' in text
    # Only our own chart images were ever asked for; anything else comes back empty.
    assert set(dlg.preview.requested) <= {"chart-years.svg", "chart-status.svg"}
    assert dlg.preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                    QUrl("https://tracker.example/pixel.png")) is None
    assert dlg.preview.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/passwd")) is None
    assert not dlg.preview.openLinks() and not dlg.preview.openExternalLinks()


def test_save_writes_complete_file(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, "csv")
    target = tmp_path / "mine.csv"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as sig:
        dialog.save_to(str(target))
    assert sig.args == [str(target)]
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert {r["app"] for r in rows} >= {"Slideshow Maker", "Café Finder"}
    assert "Saved to" in dialog.status.text()


def test_save_adds_the_suffix(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as sig:
        dialog.save_to(str(tmp_path / "summary"))
    assert sig.args == [str(tmp_path / "summary.html")]
    assert (tmp_path / "summary.html").read_bytes().startswith(b"<!DOCTYPE html>")


def test_pdf_is_laid_out_on_the_gui_thread_and_saved(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, "pdf")
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(str(target))
    reader = PdfReader(str(target))
    assert abs(float(reader.pages[0].mediabox.height) - 792) < 2
    assert "Slideshow Maker" in " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def test_existing_file_is_replaced_only_after_confirmation(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    target = tmp_path / "s.html"
    target.write_bytes(b"keep me")
    dialog.save_to(str(target))
    box = dialog.confirm_box
    assert box.isVisible() and "already exists" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert target.read_bytes() == b"keep me"
    assert "kept" in dialog.status.text()

    dialog.save_to(str(target))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")


def test_failed_save_explains_and_leaves_nothing(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "s.html"
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save_to(str(target))
    assert dialog.error_box.isVisible()
    assert "could not be saved" in dialog.error_box.text()
    assert not target.parent.exists()
    assert dialog.save_button.isEnabled()
    dialog.error_box.close()


def test_big_inventory_preview_is_limited(qtbot: Any) -> None:
    from benchmarks.export_speed import make_inventory
    from ui.dialogs.export_dialog import PREVIEW_LIMIT

    dlg = ExportDialog(Assessed(make_inventory(PREVIEW_LIMIT + 50)), default_workspace(), None)
    qtbot.addWidget(dlg)
    assert dlg.preview_note.isVisibleTo(dlg)
    assert str(PREVIEW_LIMIT + 50) in dlg.preview_note.text()


def test_one_page_layout_for_html_and_pdf(qtbot: Any, dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, "csv")
    assert not dialog.layout_box.isEnabled()  # a layout is for reading: HTML and PDF only
    choose(dialog, "pdf")
    assert dialog.layout_box.isEnabled()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("one-page"))
    qtbot.waitUntil(lambda: "Where to remove them" in dialog.preview.toPlainText(), timeout=10_000)
    target = tmp_path / "one.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(str(target))
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "one page" in text and "Where to remove them" in text


def test_reports_are_written_in_the_windows_language(qtbot: Any, assessed: Assessed, workspace: Workspace,
                                                     tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # what ui.app.install_translations does for German (Preferences or system)
    try:
        dlg = ExportDialog(assessed, workspace, None)
        qtbot.addWidget(dlg)
        dlg.show()
    finally:
        QLocale.setDefault(before)
    assert "Wer jetzt Zugriff hat" in dlg.preview.toPlainText()
    assert "Who has access now" not in dlg.preview.toPlainText()
    choose(dlg, "md")
    assert "## Wer jetzt Zugriff hat" in dlg.preview.toPlainText()
    target = tmp_path / "bericht.html"
    choose(dlg, "html")
    dlg.save_to(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    html = target.read_text(encoding="utf-8")
    assert "Wie es weitergeht" in html and "What to do next" not in html
