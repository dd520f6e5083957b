"""PDF for the clean-up plan checklist (and other small HTML documents): QTextDocument printed by QPdfWriter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QThread
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from core import plan
from ui.pdf_export import PAPER, PDF_DPI, ensure_gui_app, paginate, report_font

PLAN_TITLE = "Grantscope clean-up plan"


def html_to_pdf(html: str, paper: str = "a4", **_: Any) -> bytes:
    """Lay out `html` on A4/Letter pages with numbered footers; runs on the GUI thread."""
    app = ensure_gui_app()
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("html_to_pdf must run on the GUI thread")
    td = QTextDocument()
    td.setDefaultFont(report_font(9.5))
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, PLAN_TITLE)
    td.setHtml(html)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(PLAN_TITLE)
    writer.setCreator("Grantscope")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER.get(paper.lower(), QPageSize.PageSizeId.A4)),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    paginate(td, writer, PLAN_TITLE)
    del writer
    data = bytes(buf.data().data())
    buf.close()
    return data


def register() -> None:
    """Make "pdf" a format of the plan (core/plan.py never names ui)."""
    plan.register_pdf(html_to_pdf)
