"""Paints the cells of the long lists with their text elided once, without laying each cell out again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.base import DIM, RowFilterProxy
from ui.theme import uses_fusion

_ICON_NORMAL, _ICON_SELECTED, _ICON_DISABLED = QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Disabled
# Plain ints: Python enum flags compute `&` in Python, several times slower, and this runs for every cell painted.
_SELECTED = QStyle.StateFlag.State_Selected.value
_HOVER = QStyle.StateFlag.State_MouseOver.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_GROUPS = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText)
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_CENTER = Qt.AlignmentFlag.AlignCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_H_CENTER = Qt.AlignmentFlag.AlignHCenter.value
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
#: where a painted cell keeps the text it shows: (font serial, width available, the text, elided if need be, its
#: offset when centred or None)
_PREPARED = -1


class RowDelegate(QStyledItemDelegate):
    """Qt's item delegate lays each cell out on every paint (the style measures the text, places icon and text,
    then lays the text out again to elide and draw it): a screenful of a long list took 14-25 ms to paint. This one
    asks the style where icon and text go once per column and size, keeps each cell's text, elided to its width,
    with the cell's painted roles (dropped with them when the rows change), and draws it on the text's baseline.
    Backgrounds, selection, hover and the focus frame are still drawn by the style; sizes, tooltips and what screen
    readers read still come from the model, as with Qt's delegate. The result is the same, pixel for pixel."""

    def __init__(self, proxy: RowFilterProxy, view: QWidget) -> None:
        super().__init__(view)
        self._proxy = proxy
        self._view = view
        #: bumped when the view's font or style changes (prepared texts and layouts are then made again)
        self._font_serial = 0
        #: (column, width, height, with icon, font serial) -> icon rect (or None), text: relative to the cell,
        #: as the style lays a cell out; the text's left and baseline, its width and height inside its margins
        self._layouts: dict[tuple[Any, ...], tuple[QRect | None, tuple[int, int, int, int]]] = {}
        self._style = view.style()
        self._left_to_right = not view.isRightToLeft()
        self._fusion = uses_fusion()
        #: text pens per colour group and role (see _pen), and the palette they come from
        self._pens: list[QPen | None] = [None] * 6
        self._palette_key = 0
        self._dim: tuple[int, QPen] | None = None
        #: (text, width) -> the text as it fits, in the current font
        self._fitted: dict[tuple[str, int], str] = {}

    def font_changed(self) -> None:
        """The view's font, style or direction changed: lay cells out again."""
        self._font_serial += 1
        self._layouts.clear()
        self._fitted.clear()
        self._style = self._view.style()
        self._left_to_right = not self._view.isRightToLeft()
        self._fusion = uses_fusion()

    def _pen(self, palette: QPalette, group: int, role: int) -> QPen:
        """The pen for text in a colour group (0 active, 1 inactive, 2 disabled) and role (0 text, 1 selected
        text), made once per palette."""
        pen = QPen(palette.color(_GROUPS[group], _ROLES[role]))
        self._pens[group * 2 + role] = pen
        return pen

    def _fit(self, option: QStyleOptionViewItem, text: str, width: int) -> str:
        """The text as it fits in `width` (elided as Qt's delegate elides), measured once per text and font: the
        same words (platforms, statuses, dates) fill many cells."""
        fitted = self._fitted.get((text, width))
        if fitted is None:
            if len(self._fitted) > 50_000:
                self._fitted.clear()
            fm = option.fontMetrics
            fitted = text.replace("\n", " ")
            if fm.horizontalAdvance(fitted) > width:
                fitted = fm.elidedText(fitted, option.textElideMode, width)
            self._fitted[(text, width)] = fitted
        return fitted

    def _text_pen(self, option: QStyleOptionViewItem, group: int, selected: bool, dim: bool) -> QPen:
        palette = option.palette
        if palette.cacheKey() != self._palette_key:  # presentation mode, the system's dark mode
            self._pens, self._palette_key = [None] * 6, palette.cacheKey()
        if selected:
            return self._pens[group * 2 + 1] or self._pen(palette, group, 1)
        if dim:
            return self._dim_pen()
        return self._pens[group * 2] or self._pen(palette, group, 0)

    def _dim_pen(self) -> QPen:
        """Dimmed text has the colour the model gives it (RowTableModel: the application's placeholder text)."""
        palette = QApplication.palette()
        if self._dim is None or self._dim[0] != palette.cacheKey():
            self._dim = (palette.cacheKey(), QPen(palette.placeholderText().color()))
        return self._dim[1]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
              ) -> None:
        # Every attribute read and call here crosses into Qt; it runs for each cell of each paint, so they are few.
        c = index.column()
        cell = self._proxy.painted_cell(index.row(), c)
        if cell is None or not self._left_to_right:  # right to left: Qt's own delegate mirrors everything
            super().paint(painter, option, index)
            return
        rect = option.rect
        x, y, w, h = rect.getRect()
        state = option.state.value
        if state & (_SELECTED | _HOVER):
            self._style.drawPrimitive(_PANEL, option, painter, self._view)
        group = 2 if not state & _ENABLED else 0 if state & _ACTIVE else 1
        self._draw_content(painter, option, index, cell, c, x, y, w, h, group, bool(state & _SELECTED))
        if state & _FOCUS:
            view = self._view
            frame = QStyleOptionFocusRect()
            frame.initFrom(view)
            frame.rect = rect
            frame.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
            frame.backgroundColor = option.palette.color(_GROUPS[group], QPalette.ColorRole.Highlight
                                                         if state & _SELECTED else QPalette.ColorRole.Window)
            self._style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, view)

    def _draw_content(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex | QPersistentModelIndex | None, cell: dict[int, Any], c: int, x: int, y: int,
                      w: int, h: int, group: int, selected: bool, pens: tuple[QPen, QPen] | None = None) -> None:
        """A cell's icon and text at (x, y, w, h). `option` carries the view's font and palette; `index` (made on
        request when None) is only read the first time a column is laid out at this size; `pens` (text, dimmed
        text) when the caller has them for an unselected cell."""
        text: str = cell[_DISPLAY] or ""
        icon = cell[_DECORATION]
        layout = self._layouts.get((c, w, h, icon is not None, self._font_serial))
        if layout is None:
            at = QStyleOptionViewItem(option)
            at.rect = QRect(x, y, w, h)
            layout = self._layout(at, index if index is not None else self._proxy.index(
                self._view.rowAt(y), c), icon is not None, self._style)
        icon_rect, (tx, ty, tw, _th) = layout
        if icon is not None and icon_rect is not None:
            mode = _ICON_DISABLED if group == 2 else _ICON_SELECTED if selected else _ICON_NORMAL
            icon.paint(painter, icon_rect.translated(x, y), _CENTER, mode)
        if not text:
            return
        prepared = cell.get(_PREPARED)
        if prepared is None or prepared[0] != self._font_serial or prepared[1] != tw:
            prepared = (self._font_serial, tw, self._fit(option, text, tw), None)
            cell[_PREPARED] = prepared
        if pens is not None:
            painter.setPen(pens[1] if cell.get(_FOREGROUND) is DIM else pens[0])
        else:
            painter.setPen(self._text_pen(option, group, selected, cell.get(_FOREGROUND) is DIM))
        shown: str = prepared[2]
        align = cell[_ALIGNMENT]
        if align is not None and align & _H_CENTER:
            # Centred as Qt's text layout centres a line: by its exact (fractional) width.
            offset = prepared[3]
            if offset is None:
                offset = max(0.0, (tw - QFontMetricsF(option.font).horizontalAdvance(shown)) / 2)
                cell[_PREPARED] = prepared[:3] + (offset,)
            painter.drawText(QPointF(x + tx + offset, y + ty), shown)
        else:
            painter.drawText(x + tx, y + ty, shown)

    # --- the whole viewport at once ---
    def can_paint_rows(self) -> bool:
        """Whether paint_rows may paint the view: Fusion (the style it draws like), left to right, no grid, one line
        per row. Elsewhere Qt's table paints each cell through paint()."""
        v = self._view
        return self._fusion and self._left_to_right and not v.showGrid() and not v.wordWrap()

    def paint_rows(self, event: QPaintEvent) -> None:
        """What QTableView.paintEvent paints, with the cells that are neither selected nor current drawn here
        directly: each cell painted through Qt's table costs two calls into Python with their arguments wrapped
        (the model's index(), this delegate's paint()), two thirds of painting a screenful. Selected and current
        cells go through the style and paint() exactly as Qt's table would send them."""
        view = self._view
        proxy = self._proxy
        vh, hh = view.verticalHeader(), view.horizontalHeader()
        if proxy.rowCount() == 0 or proxy.columnCount() == 0 or hh.count() == 0:
            return
        area = event.rect()
        right_px = min(area.right(), hh.length() - hh.offset() - 1)
        bottom_px = min(area.bottom(), vh.length() - vh.offset() - 1)
        if right_px < area.left() or bottom_px < area.top():
            return
        left, right = hh.visualIndexAt(area.left()), hh.visualIndexAt(right_px)
        top, bottom = vh.visualIndexAt(area.top()), vh.visualIndexAt(bottom_px)
        left = 0 if left < 0 else left
        right = hh.count() - 1 if right < 0 else right
        bottom = vh.count() - 1 if bottom < 0 else bottom
        if top < 0 or top > bottom:
            return
        columns = []
        for visual in range(left, right + 1):
            c = hh.logicalIndex(visual)
            if not hh.isSectionHidden(c):
                columns.append((c, view.columnViewportPosition(c), view.columnWidth(c)))
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        state = option.state.value
        group = 2 if not state & _ENABLED else 0 if state & _ACTIVE else 1
        alternate = view.alternatingRowColors()
        alternate_brush = option.palette.brush(_GROUPS[group], QPalette.ColorRole.AlternateBase)
        selection = view.selectionModel()
        current = view.currentIndex()
        focus_at = (current.row(), current.column()) if current.isValid() and (
            view.hasFocus() or view.viewport().hasFocus()) else None
        root = view.rootIndex()
        draw = self._draw_content
        pens = (self._text_pen(option, group, False, False), self._text_pen(option, group, False, True))
        logical = [c for c, _x, _w in columns]
        painter = QPainter(view.viewport())
        try:
            for visual_row in range(top, bottom + 1):
                row = vh.logicalIndex(visual_row)
                if vh.isSectionHidden(row):
                    continue
                y, h = view.rowViewportPosition(row), view.rowHeight(row)
                shaded = alternate and visual_row & 1
                marked = selection is not None and selection.rowIntersectsSelection(row, root)
                if not marked and (focus_at is None or focus_at[0] != row):
                    if shaded:
                        first, last = columns[0], columns[-1]
                        # The pixels fillRect() would fill: its first call from Python makes five QGradient enum
                        # classes (6 ms, on the first paint of a list), drawRect() none.
                        painter.setPen(_NO_PEN)
                        painter.setBrush(alternate_brush)
                        painter.drawRect(first[1], y, last[1] + last[2] - first[1], h)
                        painter.setBrush(_NO_BRUSH)
                    for (c, x, w), cell in zip(columns, proxy.painted_row(row, logical), strict=True):
                        draw(painter, option, None, cell, c, x, y, w, h, group, False, pens)
                    continue
                for c, x, w in columns:  # a row with a selected or the current cell: as Qt's table draws a cell
                    index = proxy.index(row, c, root)
                    opt = QStyleOptionViewItem(option)
                    opt.rect = QRect(x, y, w, h)
                    flags = opt.state
                    if marked and selection.isSelected(index):
                        flags |= QStyle.StateFlag.State_Selected
                    if focus_at == (row, c):
                        flags |= QStyle.StateFlag.State_HasFocus
                    opt.state = flags
                    if shaded:
                        opt.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
                    self._style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, opt, painter, view)
                    self.paint(painter, opt, index)
        finally:
            painter.end()

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, with_icon: bool,
                style: QStyle) -> tuple[QRect | None, tuple[int, int, int, int]]:
        """Where the style puts the icon and the text in a cell of this size (asked once per column and size), and
        where Qt's delegate would then start the text: inside the focus frame's margin, centred vertically."""
        rect = option.rect
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self._view
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        icon = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, view) if with_icon else None
        x, y = rect.x(), rect.y()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        fm = option.fontMetrics
        line = fm.height()
        found = (icon.translated(-x, -y) if icon is not None else None,
                 (text.x() - x + margin, text.y() - y + (text.height() - line) // 2 + fm.ascent(),
                  text.width() - 2 * margin, line))
        self._layouts[(index.column(), rect.width(), rect.height(), with_icon, self._font_serial)] = found
        return found
