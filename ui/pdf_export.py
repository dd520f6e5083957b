"""PDF writer: the summary's Qt rich-text variant laid out by QTextDocuments (in parts) and printed by QPdfWriter."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from core.export import writers
from core.export.html import render_qt_one_page, stream_qt_html

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


#: Long lists in the Qt report are paragraphs of this class; a report is cut into parts only right before one.
ITEM_MARK = '<p class="item">'
#: A part of a long report holds about this many characters of HTML (~1,000 list items). Qt keeps the glyphs of
#: every laid-out paragraph (~7 KB each) and its layout coordinates overflow after ~2,400 A4 pages at 300 dpi (the
#: rest of a longer document was silently dropped), so long reports are laid out and painted part by part.
PART_CHARS = 200_000
#: Laid-out parts cost ~35 bytes per character of their HTML: a report of up to this many characters (~60 MB laid
#: out, ~4,000 apps) stays laid out between counting the pages and painting them (no part is laid out twice).
KEEP_LAID_OUT_CHARS = 1_600_000


def qt_html_parts(doc: dict[str, Any], layout: str = "full", language: str | None = None,
                  part_chars: int | None = None) -> tuple[Iterator[str], dict[str, str]]:
    """The report's Qt HTML (core.export.html.render_qt_html) as a stream of complete HTML documents.

    Jinja's output is consumed piece by piece (the whole string, and its millions of pieces, never exist at once)
    and cut right before a long-list item, outside any table or paragraph; each later part repeats the head (the
    style sheet) so it is laid out with the same formats. Joined without the repeated heads, the parts are the HTML
    of render_qt_html. Charts: named SVGs to attach to every part."""
    if layout == "one-page":
        return iter([render_qt_one_page(doc, language)]), {}
    pieces, charts = stream_qt_html(doc, language)
    return _cut(pieces, part_chars or PART_CHARS), charts


def _cut(pieces: Iterable[str], part_chars: int) -> Iterator[str]:
    head = ""
    buf: list[str] = []
    size = 0
    for piece in pieces:
        buf.append(piece)
        size += len(piece)
        if size < part_chars:
            continue
        text = "".join(buf)
        body = text.find("<body>") + len("<body>") if not head else 0
        cut = text.rfind(ITEM_MARK, body + 1)
        if cut <= body:
            buf, size = [text], len(text)
            continue
        if not head:
            head = text[:body]
            yield text[:cut] + "</body></html>"
        else:
            yield head + text[:cut] + "</body></html>"
        buf, size = [text[cut:]], len(text) - cut
    text = "".join(buf)
    yield head + text if head else text


def build_document(html: str, images: dict[str, QImage] | None = None) -> QTextDocument:
    """A QTextDocument of (a part of) the summary with its chart images attached (nothing is loaded from outside)."""
    ensure_gui_app()
    td = QTextDocument()
    td.setDefaultFont(report_font())
    td.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, PDF_TITLE)
    for name, img in (images or {}).items():
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
    parts, charts = qt_html_parts(doc, layout, language)
    images = chart_images(charts)
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
    # All the HTML first (UTF-8, a tenth of the layout's size): the report's view model is freed before any layout.
    html = [part.encode("utf-8") for part in parts]
    paginate_parts(html, lambda part: build_document(part, images), writer)
    del writer  # finishes the PDF (writes the trailer into the buffer)
    data = bytes(buf.data().data())
    buf.close()
    return data


def paginate(td: QTextDocument, writer: QPdfWriter, title: str = PDF_TITLE) -> None:
    """Lay the document out once on the writer's pages and paint each page with its number.

    QTextDocument.print_ would do this too, but it clones and re-lays out the whole document first, which
    doubles the time for long reports; here the (throwaway) document is laid out in place.
    """
    paginate_parts([b""], lambda _html: td, writer, title)


class _Pages:
    """Page geometry of the writer: frame margins in the layout's source resolution, the rest in device pixels."""

    def __init__(self, writer: QPdfWriter) -> None:
        # Frame margins are given in the layout's source resolution (Qt's default DPI, the screen's logical DPI)
        # and scaled to the device by the layout; the footer is drawn in device pixels.
        screen = QGuiApplication.primaryScreen()
        source_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        self.scale = writer.logicalDpiY() / source_dpi
        self.margin_src = MARGIN_MM / 25.4 * source_dpi
        self.margin = MARGIN_MM / 25.4 * writer.logicalDpiY()
        self.width, self.height = float(writer.width()), float(writer.height())

    def lay_out(self, td: QTextDocument, writer: QPdfWriter, start_y: float | None = None,
                gap: float = 0.0) -> None:
        """Lay `td` out on pages; with `start_y`, its first line starts that far down the first page (device
        pixels, plus `gap`, a block margin in source units): it continues a page an earlier part began.

        The margins and the spacer are set before the layout exists (each change would lay out again)."""
        fmt = td.rootFrame().frameFormat()
        fmt.setMargin(0)
        fmt.setLeftMargin(self.margin_src)
        fmt.setRightMargin(self.margin_src)
        fmt.setTopMargin(self.margin_src * 0.8)
        fmt.setBottomMargin(self.margin_src)
        td.rootFrame().setFrameFormat(fmt)
        if start_y is not None:  # an empty block as tall as the space the earlier part used on this page
            cursor = QTextCursor(td)
            first = cursor.blockFormat()
            first.setTopMargin(max(gap, first.topMargin()))  # the margin between the two parts' blocks
            cursor.insertBlock(first, cursor.blockCharFormat())
            cursor.setPosition(0)
            spacer = QTextBlockFormat()
            spacer.setTopMargin(0)
            spacer.setBottomMargin(0)
            spacer.setLineHeight(max(0.0, start_y / self.scale - self.margin_src * 0.8),
                                 QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            cursor.setBlockFormat(spacer)
        td.documentLayout().setPaintDevice(writer)
        td.setPageSize(QSizeF(self.width, self.height))
        td.pageCount()  # lays the whole part out now (Qt's layout is lazy)

    def end(self, td: QTextDocument) -> tuple[int, float, float]:
        """Where a laid-out part ends: its last page (0-based), how far down that page its last line ends, and
        the bottom margin of its last block (source units)."""
        block = td.lastBlock()
        while block.isValid() and block.layout().lineCount() == 0 and block.previous().isValid():
            block = block.previous()
        layout = block.layout()
        line = layout.lineAt(layout.lineCount() - 1)
        top = layout.position().y() + line.y()
        page = int(top // self.height)
        return page, top + line.height() - page * self.height, block.blockFormat().bottomMargin()


def paginate_parts(parts: Sequence[bytes], make: Callable[[str], QTextDocument], writer: QPdfWriter,
                   title: str = PDF_TITLE, keep_chars: int | None = None) -> None:
    """Lay out the parts of one document (UTF-8 HTML; `make` turns one into a QTextDocument) one after the other
    on the writer's pages, and paint them with numbered footers.

    Each part continues on the page where the one before ended. The parts are laid out once to count the pages
    (the footer shows "page / pages"). A short report (up to `keep_chars` of HTML) stays laid out between the two;
    a longer one keeps fewer parts laid out the longer it is (its other data needs the memory), and none from
    twice that size on: those parts are made, laid out and painted again one at a time."""
    limit = KEEP_LAID_OUT_CHARS if keep_chars is None else keep_chars
    budget = max(0, 2 * limit - sum(len(raw) for raw in parts))
    pages = _Pages(writer)
    plan: list[QTextDocument | None] = []  # a laid-out part, or None: made again from its HTML
    starts: list[tuple[float | None, float, int]] = []  # where each part starts: y, block gap, page
    start_y: float | None = None
    gap = 0.0
    page_no = total = 0
    for i, raw in enumerate(parts):
        td = make(raw.decode("utf-8"))
        pages.lay_out(td, writer, start_y, gap)
        last = i == len(parts) - 1
        keep = last or len(raw) <= budget  # the last part is painted next: it always stays
        budget -= len(raw) if keep else 0
        plan.append(td if keep else None)
        starts.append((start_y, gap, page_no))
        if last:
            total = page_no + td.pageCount()
        else:
            last_page, start_y, gap = pages.end(td)
            page_no += last_page
        del td
    footer_font = report_font(8)
    painter = QPainter(writer)
    try:
        current = 0
        for i, kept in enumerate(plan):
            part_y, part_gap, part_page = starts[i]
            if kept is None:
                part = make(parts[i].decode("utf-8"))
                pages.lay_out(part, writer, part_y, part_gap)
            else:
                part = kept
            layout = part.documentLayout()
            n = total - part_page if i == len(plan) - 1 else starts[i + 1][2] - part_page + 1
            for j in range(n):
                if part_page + j > current:
                    _footer(painter, pages, footer_font, title, current, total)
                    writer.newPage()
                    current += 1
                painter.save()
                painter.translate(0, -j * pages.height)
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = QRectF(0, j * pages.height, pages.width, pages.height)
                layout.draw(painter, ctx)
                painter.restore()
            plan[i] = None  # frees this part's layout before the next one
            del part, kept, layout
        _footer(painter, pages, footer_font, title, current, total)
    finally:
        painter.end()


def _footer(painter: QPainter, pages: _Pages, font: QFont, title: str, i: int, total: int) -> None:
    painter.setFont(font)
    painter.setPen(QColor("#5f6b7a"))
    y = pages.height - pages.margin * 0.55
    box = QRectF(pages.margin, y, pages.width - 2 * pages.margin, pages.margin * 0.4)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{i + 1} / {total}")
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)


def register() -> None:
    """Make "pdf" a format of the writer registry (called by the entry points; core never names ui)."""
    writers.register("pdf", ".pdf", render_pdf, needs_gui=True)
