"""PDF writer: the summary's Qt rich-text variant laid out by QTextDocument and printed by QPdfWriter."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QThread,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
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

from core.export import writers
from core.export.html import render_qt_html, render_qt_one_page

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PDF_TITLE = "Grantscope privacy summary"
#: Sans-serif families tried in order; the first installed one is used (and embedded in the PDF).
FONT_FAMILIES = ("Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")
#: Charts are rasterised at this multiple of their layout size, so they stay sharp in print.
CHART_SCALE = 4
#: Page margins (the footer with page numbers sits in the bottom one).
MARGIN_MM = 18
PDF_DPI = 300

# The CLI may need a GUI application object for fonts; it is kept here so it is not garbage-collected
# while the process renders (the window's own QApplication is used whenever one exists).
_headless_app: QGuiApplication | None = None


def ensure_gui_app() -> QCoreApplication:
    """QTextDocument needs a QGuiApplication for fonts; create an offscreen one when none exists (CLI)."""
    global _headless_app
    app = QGuiApplication.instance()
    if app is None:
        app = _headless_app = QGuiApplication([sys.argv[0] if sys.argv else "grantscope", "-platform", "offscreen"])
    return app


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


def build_document(doc: dict[str, Any], layout: str = "full", language: str | None = None) -> QTextDocument:
    """A QTextDocument of the summary with its chart images attached (nothing is loaded from outside)."""
    ensure_gui_app()
    html, charts = ((render_qt_one_page(doc, language), {}) if layout == "one-page"
                    else render_qt_html(doc, language))
    td = QTextDocument()
    td.setDefaultFont(report_font())
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, PDF_TITLE)
    for name, img in chart_images(charts).items():
        td.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    td.setHtml(html)
    return td


def render_pdf(doc: dict[str, Any], paper: str = "a4", layout: str = "full", language: str | None = None) -> bytes:
    """The summary as PDF bytes: A4 or Letter, selectable text, fonts embedded by Qt, numbered pages.

    Must run on the GUI thread: Qt's text layout, font database and screens are not for worker threads.
    """
    app = ensure_gui_app()
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("render_pdf must run on the GUI thread")
    td = build_document(doc, layout, language)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(PDF_TITLE)
    writer.setCreator("Grantscope")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAPER.get(paper.lower(), QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # the document's own frame margins make the page margins
        QPageLayout.Unit.Millimeter,
    ))
    paginate(td, writer)
    del writer  # finishes the PDF (writes the trailer into the buffer)
    data = bytes(buf.data().data())
    buf.close()
    return data


def paginate(td: QTextDocument, writer: QPdfWriter, title: str = PDF_TITLE) -> None:
    """Lay the document out once on the writer's pages and paint each page with its number.

    QTextDocument.print_ would do this too, but it clones and re-lays out the whole document first, which
    doubles the time for long reports; here the (throwaway) document is laid out in place.
    """
    td.documentLayout().setPaintDevice(writer)
    # Frame margins are given in the layout's source resolution (Qt's default DPI, the screen's logical DPI)
    # and scaled to the device by the layout; the footer is drawn in device pixels.
    screen = QGuiApplication.primaryScreen()
    source_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    margin_src = MARGIN_MM / 25.4 * source_dpi
    margin = MARGIN_MM / 25.4 * writer.logicalDpiY()
    fmt = td.rootFrame().frameFormat()
    fmt.setMargin(0)
    fmt.setLeftMargin(margin_src)
    fmt.setRightMargin(margin_src)
    fmt.setTopMargin(margin_src * 0.8)
    fmt.setBottomMargin(margin_src)
    td.rootFrame().setFrameFormat(fmt)
    page_w, page_h = float(writer.width()), float(writer.height())
    td.setPageSize(QSizeF(page_w, page_h))
    pages = td.pageCount()
    footer_font = report_font(8)
    painter = QPainter(writer)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * page_h)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, i * page_h, page_w, page_h)
            td.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#5f6b7a"))
            y = page_h - margin * 0.55
            painter.drawText(QRectF(margin, y, page_w - 2 * margin, margin * 0.4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{i + 1} / {pages}")
            painter.drawText(QRectF(margin, y, page_w - 2 * margin, margin * 0.4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    finally:
        painter.end()


def register() -> None:
    """Make "pdf" a format of the writer registry (called by the entry points; core never names ui)."""
    writers.register("pdf", ".pdf", render_pdf, needs_gui=True)
