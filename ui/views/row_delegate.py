"""Paints the cells of the long lists with their text elided once, without laying each cell out again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.base import DIM, RowFilterProxy

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
        text: str = cell[_DISPLAY] or ""
        icon = cell[_DECORATION]
        rect = option.rect
        x, y, w, h = rect.getRect()
        state = option.state.value
        if state & (_SELECTED | _HOVER):
            self._style.drawPrimitive(_PANEL, option, painter, self._view)
        layout = self._layouts.get((c, w, h, icon is not None, self._font_serial))
        if layout is None:
            layout = self._layout(option, index, icon is not None, self._style)
        icon_rect, (tx, ty, tw, _th) = layout
        group = 2 if not state & _ENABLED else 0 if state & _ACTIVE else 1
        if icon is not None and icon_rect is not None:
            mode = _ICON_DISABLED if group == 2 else _ICON_SELECTED if state & _SELECTED else _ICON_NORMAL
            icon.paint(painter, icon_rect.translated(x, y), _CENTER, mode)
        if text:
            prepared = cell.get(_PREPARED)
            if prepared is None or prepared[0] != self._font_serial or prepared[1] != tw:
                prepared = (self._font_serial, tw, self._fit(option, text, tw), None)
                cell[_PREPARED] = prepared
            palette = option.palette
            if palette.cacheKey() != self._palette_key:  # presentation mode, the system's dark mode
                self._pens, self._palette_key = [None] * 6, palette.cacheKey()
            if state & _SELECTED:
                painter.setPen(self._pens[group * 2 + 1] or self._pen(palette, group, 1))
            elif cell.get(_FOREGROUND) is DIM:
                painter.setPen(self._dim_pen())
            else:
                painter.setPen(self._pens[group * 2] or self._pen(palette, group, 0))
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
        if state & _FOCUS:
            view = self._view
            frame = QStyleOptionFocusRect()
            frame.initFrom(view)
            frame.rect = rect
            frame.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
            frame.backgroundColor = option.palette.color(_GROUPS[group], QPalette.ColorRole.Highlight
                                                         if state & _SELECTED else QPalette.ColorRole.Window)
            self._style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, view)

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
