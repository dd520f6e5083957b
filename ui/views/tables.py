"""Searchable table views: the grant list (with platform and status filters) and the simpler lists."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import Announcer
from ui.formatting import format_count
from ui.models.base import ObjectRole, RowFilterProxy, RowTableModel
from ui.models.grants import GrantFilterProxy, GrantTableModel
from ui.resources import icon
from ui.views.flow import FlowLayout
from ui.views.row_delegate import RowDelegate

#: fit_columns measures this many of the longest texts per column (in a proportional font the longest by
#: characters is not always the widest, but one of the longest is).
_MEASURED = 5


class ColumnHeader(QHeaderView):
    """The lists' column header. Being an item view itself, a header lays itself out and repaints whenever its
    model's layout changes, even when only rows moved: `skip_next_layout` lets the table say so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._skip_until = 0.0

    def skip_next_layout(self) -> None:
        self._skip_until = time.monotonic() + 0.5

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt override
        skip, self._skip_until = self._skip_until, 0.0
        if skip and time.monotonic() < skip and self.count() == (self.model().columnCount() if self.model() else 0):
            return  # rows only: the same columns, nothing to lay out or repaint
        super().doItemsLayout()


class DataTable(QTableView):
    """A QTableView set up for long, flat lists: whole-row selection, fixed-height rows, no slow resizing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = ColumnHeader(self)
        self.setHorizontalHeader(self._header)
        #: until when the next layout only fits the vertical scroll bar (see append_quietly, rows_changed)
        self._quiet_layout_until = 0.0
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._skip_optional_shaping()
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the next region (detail, actions); arrows move within it.
        self.setTabKeyNavigation(False)
        vh = self.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # ResizeToContents would measure every row
        self.fit_row_height()
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setSortIndicatorShown(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Arriving by keyboard on a list with no current row: start at the first row, so arrows and the
        # screen reader have something to read at once.
        if not self.currentIndex().isValid() and self.model() is not None and self.model().rowCount() > 0:
            self.selectRow(0)

    def _skip_optional_shaping(self) -> None:
        """Cells skip the text shaping a script does not need (Latin kerning and ligatures), and keep what it needs
        (Arabic, Devanagari, ...): shaping was a quarter of painting a screenful of rows. Only the strategy is set,
        so the family and size still follow the window's font (View › Zoom)."""
        font = QFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)

    def append_quietly(self) -> None:
        """Rows are about to be added after the last one: when the list is already full, the layout that follows
        updates the scroll bar without repainting every row on screen (none of them changes)."""
        if self.rowAt(self.viewport().height() - 1) >= 0:
            self._quiet_layout_until = time.monotonic() + 0.5

    def rows_changed(self) -> None:
        """The model filtered or sorted its rows (never its columns). Qt would lay the whole table out on its next
        turn, which repaints its frame, column header and both scroll bars; only the rows and the vertical scroll
        bar change, so they are updated now and painted with the search box, in one pass."""
        if self._fit_vertical_range():
            self.viewport().update()
            self._quiet_layout_until = time.monotonic() + 0.5
            self._header.skip_next_layout()

    def _fit_vertical_range(self) -> bool:
        """The vertical scroll bar's range for the current rows, as QTableView sets it when scrolling by pixel;
        False (nothing done) when the scroll bar would appear or go, which changes the table's layout."""
        height = self.viewport().height()
        length = self.verticalHeader().length()
        bar = self.verticalScrollBar()
        if self.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerPixel or (
                length > height) != bar.isVisible() or self.model() is None or \
                self.verticalHeader().count() != self.model().rowCount():
            return False
        # Quietly: the scroll area answers a new range by laying itself out again, which repaints the table's frame
        # and both scroll bars (4-8 ms here). The bar still repaints itself, and the view follows a clamped value.
        value = bar.value()
        blocked = bar.blockSignals(True)
        try:
            bar.setPageStep(height)
            bar.setRange(0, max(0, length - height))
        finally:
            bar.blockSignals(blocked)
        if bar.value() != value:
            bar.valueChanged.emit(bar.value())
        return True

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt override
        quiet_until, self._quiet_layout_until = self._quiet_layout_until, 0.0
        if time.monotonic() < quiet_until and self._fit_vertical_range():
            return  # rows added below the screen, or rows already repainted by rows_changed
        super().doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        delegate = self.itemDelegate()
        if isinstance(delegate, RowDelegate) and delegate.can_paint_rows():
            delegate.paint_rows(event)
        else:
            super().paintEvent(event)

    def fit_row_height(self) -> None:
        """Rows as tall as the current font needs (again after View › Zoom)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_row_height()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, RowDelegate):
                delegate.font_changed()


class FilterableTable(QWidget):
    """Search box + table + "showing N of M"; the table's model is a RowFilterProxy over a RowTableModel."""

    selectionChanged = Signal()

    def __init__(self, name: str, model: RowTableModel[Any], proxy: RowFilterProxy,
                 default_widths: dict[str, int], parent: QWidget | None = None, placeholder: str = "",
                 sort: tuple[str, Qt.SortOrder] | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = model
        self.proxy = proxy
        self.proxy.setSourceModel(model)
        self._default_widths = default_widths
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder or self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(self.tr("Type to narrow the list. Escape clears the search, the "
                                                     "Down arrow moves into the list."))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * 18))
        self.search.addAction(icon("search", self.palette().placeholderText().color(), 16),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self._fit_count_label()
        for watched in (self.search, self.count_label):
            watched.installEventFilter(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.announcer = Announcer(self)
        self.empty_label = QLabel(self.tr("Nothing matches the search and filters."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.table = DataTable(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RowDelegate(self.proxy, self.table))
        self.table.setAccessibleName(name)
        self.table.setAccessibleDescription(self.tr("Arrow keys move between rows; Tab goes on to the details."))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.search, 1)
        #: The filters, on a row of their own that wraps: the search keeps its room, no filter gets cut off
        #: (narrow windows, zoom, longer translations).
        self.filters = FlowLayout(spacing=8)
        self.add_filters()
        self.toolbar.addWidget(self.count_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(self.toolbar)
        if self.filters.count():
            lay.addLayout(self.filters)
        # Keyboard order follows the screen: search, filters, then the list (the table was created first).
        chain = [self.search] + [self.filters.itemAt(i).widget() for i in range(self.filters.count())] + [self.table]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.table, 1)
        for sig in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged,
                    proxy.searchFinished):
            sig.connect(self._update_count)
        proxy.appendingFound.connect(self.table.append_quietly)
        proxy.layoutChanged.connect(self.table.rows_changed)  # RowFilterProxy changes only rows this way
        self._update_count()
        if sort is not None:  # the header shows an indicator from the start, so the rows must match it
            self.table.sortByColumn(model.column_index(sort[0]), sort[1])

    def _fit_count_label(self) -> None:
        """A fixed size that fits any count. A label whose size may change asks every layout up to the window's to
        be redone each time its text changes (every keystroke while searching), and the window is then repainted
        around the list: a fixed-size widget does not ask (Qt's QWidget::updateGeometry)."""
        fm = self.count_label.fontMetrics()
        text = self.tr("{shown} of {total} shown")
        widest = max(fm.horizontalAdvance(text.format(shown=n, total=n)) for n in (format_count(888_888), "888,888"))
        self.count_label.setFixedSize(widest + 8, fm.height() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the search box: Escape clears it, Down moves into the list. The count keeps fitting after View › Zoom."""
        if watched is self.count_label and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_count_label()
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount() > 0:
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.selectionModel().hasSelection():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        # A search over a long list shows its first matches first: at least down to the last row on screen.
        self.proxy.set_search(text, shown=self.table.rowAt(self.table.viewport().height() - 1))

    def add_filters(self) -> None:
        """Subclasses add their filter widgets to self.filters here."""

    def _update_count(self, *_: Any) -> None:
        if self.proxy.searching():  # only the first matches are listed yet: the count follows in a moment
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("{total} shown").format(total=format_count(total)))
        else:
            self.count_label.setText(self.tr("{shown} of {total} shown").format(
                shown=format_count(shown), total=format_count(total)))
        self.empty_label.setVisible(total > 0 and shown == 0)
        if hasattr(self, "announcer") and (self.proxy.predicates() or self.proxy.search()):
            # Filtering changes what is listed: say how much is left (a screen reader does not see the list).
            self.announcer.say(self.empty_label.text() if total and not shown else self.count_label.text())

    # --- selection ---
    def selected_items(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ObjectRole) for r in rows]

    def select_row(self, row: int) -> None:
        idx = self.proxy.index(row, 0)
        if idx.isValid():
            self.table.selectionModel().select(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(idx)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- column widths ---
    def restore_widths(self, saved: dict[str, int]) -> None:
        header = self.table.horizontalHeader()
        for i, key in enumerate(self.model.column_keys()):
            width = saved.get(key) or self._default_widths.get(key)
            if width and i < self.model.columnCount() - 1:  # the last column stretches
                header.resizeSection(i, width)

    def fit_columns(self, zoom: float = 1.0, sample: int = 60) -> None:
        """Columns as wide as their header and content need at the current text size (after View › Zoom or in
        presentation mode): the first `sample` rows are read, never the whole list, and only the few longest texts
        of each column are measured (measuring is what costs); long text columns are capped so one long name does
        not push the others out of view."""
        fm = self.table.fontMetrics()
        header_fm = self.table.horizontalHeader().fontMetrics()
        pad = fm.averageCharWidth() * 2 + 12
        last = self.model.columnCount() - 1
        rows = min(self.proxy.rowCount(), sample)
        for i, key in enumerate(self.model.column_keys()):
            if i >= last:
                break  # the last column stretches
            default = self._default_widths.get(key, 100)
            label = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            need = header_fm.horizontalAdvance(label) + pad + 16  # the sort indicator
            texts = {str(t) for t in (self.proxy.display(r, i) for r in range(rows)) if t}
            for text in sorted(texts, key=len, reverse=True)[:_MEASURED]:
                need = max(need, fm.horizontalAdvance(text) + pad)
            # The first column is free text (names): it grows with the zoom only; the others to their content.
            cap = round(default * max(zoom, 1.0) * (1.0 if i == 0 else 1.5))
            self.table.horizontalHeader().resizeSection(i, max(round(default * zoom), min(need, cap)))

    def widths_untouched(self) -> bool:
        """True while every column still has its default width (nobody resized one)."""
        header = self.table.horizontalHeader()
        keys = self.model.column_keys()[:-1]  # the last column stretches
        return all(header.sectionSize(i) == self._default_widths[k] for i, k in enumerate(keys)
                   if k in self._default_widths)

    def column_widths(self) -> dict[str, int]:
        header = self.table.horizontalHeader()
        return {key: header.sectionSize(i) for i, key in enumerate(self.model.column_keys())}

    # --- sort order ---
    def sort_state(self) -> list[Any]:
        column, order = self.model.sort_state()
        keys = self.model.column_keys()
        return [keys[column], "desc" if order == Qt.SortOrder.DescendingOrder else "asc"] if column >= 0 else []

    def restore_sort(self, saved: object) -> None:
        if isinstance(saved, list) and len(saved) == 2 and saved[0] in self.model.column_keys():
            order = Qt.SortOrder.DescendingOrder if saved[1] == "desc" else Qt.SortOrder.AscendingOrder
            if not self.table.isColumnHidden(self.model.column_index(saved[0])):
                self.table.sortByColumn(self.model.column_index(saved[0]), order)

    def current_source_index(self) -> QModelIndex:
        return self.proxy.mapToSource(self.table.currentIndex())


class GrantList(FilterableTable):
    """The grant table with platform and status filters."""

    filtersChanged = Signal()
    #: The person chosen in the "whose data" filter: an account key, or "" for everyone.
    personChanged = Signal(str)

    def __init__(self, model: GrantTableModel, proxy: GrantFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(
            "grants", model, proxy,
            {"app": 210, "platform": 85, "status": 95, "granted": 95, "last_used": 95, "permissions": 120,
             "risk": 90, "decision": 95, "account": 130},
            parent,
        )
        self.search.setPlaceholderText(self.tr("Search apps, permissions, findings…  (Ctrl+F)"))
        self.table.setAccessibleName(self.tr("Apps and websites"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def add_filters(self) -> None:
        self.person_combo = QComboBox(self)
        self.person_combo.setAccessibleName(self.tr("Whose data"))
        self.person_combo.setToolTip(self.tr("Show the apps of one person's account, or everyone's"))
        self.person_combo.setAccessibleDescription(self.person_combo.toolTip())
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person_combo.addItem(self.tr("Everyone"), None)
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        self.person_combo.setVisible(False)
        self.platform_combo = QComboBox(self)
        self.platform_combo.setAccessibleName(self.tr("Platform"))
        self.platform_combo.setAccessibleDescription(self.tr("Show the apps of one platform only"))
        self.platform_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.platform_combo.addItem(self.tr("All platforms"), None)
        self.platform_combo.currentIndexChanged.connect(self._platform_changed)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setAccessibleDescription(self.tr("Show apps by status: active, expired, removed"))
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, value in ((self.tr("Any status"), None), (self.tr("Active"), "active"),
                             (self.tr("Listed, status not stated"), "listed"),
                             (self.tr("Expired"), "expired"), (self.tr("Removed"), "removed"),
                             (self.tr("Your own apps"), "own")):
            self.status_combo.addItem(label, value)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.finding_combo = QComboBox(self)
        self.finding_combo.setAccessibleName(self.tr("Finding"))
        self.finding_combo.setAccessibleDescription(self.tr("Show only apps with one kind of finding"))
        # Finding titles are long; a compact combo keeps room for the search box (the popup shows them whole).
        self.finding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.finding_combo.setMinimumContentsLength(12)
        self.finding_combo.addItem(self.tr("Any finding"), None)
        self.finding_combo.currentIndexChanged.connect(self._finding_changed)
        self.finding_combo.setVisible(False)
        self.decision_combo = QComboBox(self)
        self.decision_combo.setAccessibleName(self.tr("Your decision"))
        self.decision_combo.setAccessibleDescription(self.tr("Show apps by your decision and how far the clean-up got"))
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, value in ((self.tr("Any decision"), None), (self.tr("No decision yet"), "none"),
                             (self.tr("Keep"), "keep"), (self.tr("Remove it"), "remove"),
                             (self.tr("Reviewed"), "reviewed"), (self.tr("Done"), "done"),
                             (self.tr("Verified gone"), "verified"), (self.tr("Still connected"), "still_connected")):
            self.decision_combo.addItem(label, value)
        self.decision_combo.currentIndexChanged.connect(self._decision_changed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleDescription(self.tr("Show every app again"))
        # A tool button takes no Tab focus by default; every action must be reachable from the keyboard.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self.clear_filters)
        for widget in (self.person_combo, self.platform_combo, self.status_combo, self.finding_combo,
                       self.decision_combo, self.clear_button):
            self.filters.addWidget(widget)

    @property
    def grant_proxy(self) -> GrantFilterProxy:
        assert isinstance(self.proxy, GrantFilterProxy)
        return self.proxy

    def set_platforms(self, platforms: list[tuple[str, str]]) -> None:
        """(id, display name) pairs; keeps the current choice when it still exists."""
        current = self.platform_combo.currentData()
        self.platform_combo.blockSignals(True)
        self.platform_combo.clear()
        self.platform_combo.addItem(self.tr("All platforms"), None)
        for pid, name in platforms:
            self.platform_combo.addItem(name, pid)
        idx = self.platform_combo.findData(current) if current else 0
        self.platform_combo.setCurrentIndex(max(idx, 0))
        self.platform_combo.blockSignals(False)
        if idx < 0:
            self._platform_changed()
        self.platform_combo.setVisible(len(platforms) > 1)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """(account key, label) pairs; the filter and the account column show only when there are several."""
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for key, label in people:
            self.person_combo.addItem(label, key)
        idx = self.person_combo.findData(current) if current else 0
        self.person_combo.setCurrentIndex(max(idx, 0))
        self.person_combo.blockSignals(False)
        if idx < 0:
            self._person_changed()
        several = len(people) > 1
        self.person_combo.setVisible(several)
        self.table.setColumnHidden(self.model.column_index("account"), not several)

    def person(self) -> str | None:
        data = self.person_combo.currentData()
        return data if isinstance(data, str) else None

    def set_person(self, account: str | None) -> None:
        idx = self.person_combo.findData(account) if account else 0
        self.person_combo.setCurrentIndex(max(idx, 0))

    def _person_changed(self, *_: Any) -> None:
        self.grant_proxy.set_account(self.person())
        self._update_clear()
        self.filtersChanged.emit()
        self.personChanged.emit(self.person() or "")

    def set_findings(self, rules: list[tuple[str, str]]) -> None:
        """(rule id, title) pairs of the findings present; keeps the current choice when it still exists."""
        current = self.finding_combo.currentData()
        self.finding_combo.blockSignals(True)
        self.finding_combo.clear()
        self.finding_combo.addItem(self.tr("Any finding"), None)
        for rule, title in rules:
            self.finding_combo.addItem(title, rule)
        idx = self.finding_combo.findData(current) if current else 0
        self.finding_combo.setCurrentIndex(max(idx, 0))
        self.finding_combo.blockSignals(False)
        if idx < 0:
            self._finding_changed()
        self.finding_combo.setVisible(bool(rules))

    def set_finding(self, rule: str | None) -> None:
        idx = self.finding_combo.findData(rule) if rule else 0
        self.finding_combo.setCurrentIndex(max(idx, 0))

    def _finding_changed(self, *_: Any) -> None:
        self.grant_proxy.set_finding(self.finding_combo.currentData())
        self._update_clear()
        self.filtersChanged.emit()

    def _platform_changed(self, *_: Any) -> None:
        self.grant_proxy.set_platform(self.platform_combo.currentData())
        self._update_clear()
        self.filtersChanged.emit()

    def _status_changed(self, *_: Any) -> None:
        self.grant_proxy.set_status(self.status_combo.currentData())
        self._update_clear()
        self.filtersChanged.emit()

    def _decision_changed(self, *_: Any) -> None:
        model = self.model
        assert isinstance(model, GrantTableModel)
        self.grant_proxy.set_decision(self.decision_combo.currentData(), model.decision_of)
        self._update_clear()
        self.filtersChanged.emit()

    def set_decision(self, decision: str | None) -> None:
        idx = self.decision_combo.findData(decision) if decision else 0
        self.decision_combo.setCurrentIndex(max(idx, 0))

    def set_status(self, status: str | None) -> None:
        idx = self.status_combo.findData(status) if status else 0
        self.status_combo.setCurrentIndex(max(idx, 0))

    def set_quick_filter(self, name: str | None) -> None:
        self.grant_proxy.set_quick_filter(name)
        self._update_clear()
        self.filtersChanged.emit()

    def clear_filters(self) -> None:
        self.search.clear()
        self.person_combo.setCurrentIndex(0)
        self.platform_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.finding_combo.setCurrentIndex(0)
        self.decision_combo.setCurrentIndex(0)
        self.set_quick_filter(None)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.proxy.predicates() or self.proxy.search()))

    def _update_count(self, *_: Any) -> None:
        super()._update_count()
        if hasattr(self, "clear_button"):
            self._update_clear()
