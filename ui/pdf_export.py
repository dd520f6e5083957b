"""PDF writer: the summary's Qt rich-text variant laid out by QTextDocument and printed by QPdfWriter."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from core.export.html import render_qt_html

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PDF_TITLE = "Grantscope privacy summary"
#: Sans-serif families tried in order; the first installed one is used (and embedded in the PDF).
FONT_FAMILIES = ("Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")
#: Charts are rasterised at this multiple of their layout size, so they stay sharp in print.
CHART_SCALE = 4

# The CLI may need a GUI application object for fonts; it is kept here so it is not garbage-collected
# while the process renders (the window's own QApplication is used whenever one exists).
_headless_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """QTextDocument needs a QGuiApplication for fonts; create an offscreen one when none exists (CLI)."""
    global _headless_app
    if QGuiApplication.instance() is None:
        _headless_app = QGuiApplication([sys.argv[0] if sys.argv else "grantscope", "-platform", "offscreen"])


def report_font(size_pt: float = 10.0) -> QFont:
    families = set(QFontDatabase.families())
    family = next((f for f in FONT_FAMILIES if f in families), None)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(size_pt)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # No "fi"/"ffl" ligature glyphs: copied or searched text must read "file", not "ﬁle".
    if hasattr(font, "setFeature") and hasattr(QFont, "Tag"):
        for tag in ("liga", "clig", "dlig"):
            font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def svg_image(svg: str, scale: int = CHART_SCALE) -> QImage:
    """Rasterise one of our own chart SVGs (white background) for Qt rich text."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size: QSize = renderer.defaultSize()
    if not size.isValid() or size.isEmpty():
        size = QSize(640, 240)
    img = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.white)
    p = QPainter(img)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(p, QRectF(0, 0, img.width(), img.height()))
    finally:
        p.end()
    return img


def chart_images(charts: dict[str, str]) -> dict[str, QImage]:
    return {name: svg_image(svg) for name, svg in charts.items()}


def build_document(doc: dict[str, Any]) -> QTextDocument:
    """A QTextDocument of the summary with its chart images attached (nothing is loaded from outside)."""
    ensure_gui_app()
    html, charts = render_qt_html(doc)
    td = QTextDocument()
    td.setDefaultFont(report_font())
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, PDF_TITLE)
    for name, img in chart_images(charts).items():
        td.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    td.setHtml(html)
    return td


def render_pdf(doc: dict[str, Any], paper: str = "a4") -> bytes:
    """The summary as PDF bytes: A4 or Letter, selectable text, fonts embedded by Qt, page numbers."""
    td = build_document(doc)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(PDF_TITLE)
    writer.setCreator("Grantscope")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAPER.get(paper.lower(), QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm margins and the page numbers
        QPageLayout.Unit.Millimeter,
    ))
    # QTextDocument.print_ paginates to the writer's page rectangle and numbers the pages.
    td.print_(writer)
    del writer  # finishes the PDF (writes the trailer into the buffer)
    data = bytes(buf.data().data())
    buf.close()
    return data
