"""Shared table model and the one filter model every list uses (fast enough for 100,000 rows).

Why sorting lives in the source model: a QSortFilterProxyModel sorts by calling data()/lessThan() across the
Python boundary n·log n times (over 100 ms for 10,000 rows) and re-sorts on every broadening filter change
(over a second). Python's list sort over precomputed keys takes a few milliseconds, so `RowFilterProxy.sort()`
forwards to `RowTableModel.sort()`, and the filter model only maps its rows to a precomputed list of source rows.
A worker can sort beforehand (`sorted_order`) and hand the order to `set_items` with the items.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import and_, truth
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from core.ordering import sorted_in_runs
from ui.models.row_search import PendingSearch, scan

T = TypeVar("T")

#: The value a column sorts by (None = unknown, always sorted last).
SortRole = Qt.ItemDataRole.UserRole + 1
#: The row's object (Grant, ActivityRecord, Advertiser): views read rows through this role.
ObjectRole = Qt.ItemDataRole.UserRole + 2
#: Lower-cased, accent-free text the search box matches against.
SearchRole = Qt.ItemDataRole.UserRole + 3

_ROLE_NAMES = {SortRole: b"sort", ObjectRole: b"object", SearchRole: b"search"}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_OBJECT, _SORT, _SEARCH = int(ObjectRole), int(SortRole), int(SearchRole)
_HANDLED_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _DECORATION, _FOREGROUND, _ALIGNMENT, _TOOLTIP, _OBJECT, _SORT,
                            _SEARCH})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_UNSET = object()
#: Sorting and filtering move and hide rows, never columns: said so, the column header is not laid out and painted
#: again on every keystroke (QHeaderView skips a vertical layout change).
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_LAYOUT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
#: The foreground of a painted cell whose text is dimmed (the colour is read from the palette when painting).
DIM = _DIM = object()
#: Roles the item delegate asks for every cell that no list answers.
_UNANSWERED = {int(Qt.ItemDataRole.FontRole): None, int(Qt.ItemDataRole.CheckStateRole): None,
               int(Qt.ItemDataRole.BackgroundRole): None}


def _first(pair: tuple[Any, int]) -> Any:
    return pair[0]
_NUMERIC = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Search key: case-folded, accents removed ("Café" is found by "cafe")."""
    if text.isascii():  # the common case, ten times faster than decomposing
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DOTS: dict[str, QIcon] = {}


def dot(color: str) -> QIcon:
    """A small filled circle used as a status/severity marker (colour is never the only signal)."""
    ic = _DOTS.get(color)
    if ic is None:
        ratio = 2
        px = QPixmap(10 * ratio, 10 * ratio)
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(color))
        p.drawEllipse(2 * ratio, 2 * ratio, 6 * ratio, 6 * ratio)
        p.end()
        px.setDevicePixelRatio(ratio)
        ic = QIcon(px)
        _DOTS[color] = ic
    return ic


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a stable key (for saved widths), a title, how to show it and how to sort it."""

    key: str
    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any]
    tooltip: Callable[[T], str | None] | None = None
    decoration: Callable[[T], QIcon | None] | None = None
    #: counts are centred: right-aligned numbers run into the next column's text
    numeric: bool = False
    dim: Callable[[T], bool] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of frozen row objects. Subclasses define `columns()` and `search_text()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: Sequence[T] = ()
        #: view row -> item position ("uid"); sorting permutes this, never _items
        self._order: list[int] = []
        #: subclasses call _init_columns() once their own attributes exist
        self._columns: list[Column[T]] = []
        self._display: dict[tuple[int, int], str] = {}
        #: (uid, column) -> the roles a painted cell needs (see painted())
        self._cells: dict[tuple[int, int], dict[int, Any]] = {}
        self._search: list[str] | None = None
        #: the search text per row in the current order (None: made on the next search)
        self._ordered_search: list[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        #: bumped by every sort() (a background sort for an older request is dropped)
        self._sort_generation = 0
        self._background: Callable[[Callable[[], list[int]], Callable[[list[int]], None]], None] | None = None
        #: bumped when the items change / when their order changes (the proxy's accepted rows go stale)
        self.items_generation = 0
        self.order_generation = 0

    def _init_columns(self) -> None:
        self._columns = self.columns()

    # --- to override ---
    def columns(self) -> list[Column[T]]:
        raise NotImplementedError

    def search_text(self, item: T) -> str:
        raise NotImplementedError

    # --- content ---
    def set_items(self, items: Sequence[T], search: list[str] | None = None,
                  order: tuple[int, Qt.SortOrder, list[int]] | None = None,
                  ordered_search: list[str] | None = None) -> None:
        """Show `items`; `search` is their folded search text from build_search and `order` (column, direction,
        rows) their sorted_order, both made in a worker beforehand (at 100,000 grants building the index on the
        first keystroke stalled the window for a third of a second, sorting by risk for more than half a second);
        `ordered_search` is `search` in that order (what a new search scans). An order for another column or
        direction than the list's is ignored and the rows are sorted here."""
        self.beginResetModel()
        # A tuple (an inventory's) is kept as it is: the model never changes it, and copying 100,000 references
        # touches every grant (2-5 ms on the UI thread).
        self._items = items if isinstance(items, tuple) else list(items)
        self._display.clear()
        self._cells.clear()
        self._search = search if search is not None and len(search) == len(self._items) else None
        self._ordered_search = None
        self.items_generation += 1
        self.order_generation += 1
        if self._sort_column < 0:
            self._order = list(range(len(self._items)))
        elif order is not None and order[:2] == (self._sort_column, self._sort_order) and len(order[2]) == len(
                self._items):
            self._order = order[2]
            if self._search is not None and ordered_search is not None and len(ordered_search) == len(self._items):
                self._ordered_search = ordered_search
        else:
            self._order = self.sorted_order(self._items, self._sort_column, self._sort_order)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[self._order[row]]

    def uid(self, row: int) -> int:
        return self._order[row]

    def search_keys(self) -> list[str]:
        """Folded search text per uid, built on first use unless set_items was given it."""
        if self._search is None:
            self._search = self.build_search(self._items)
        return self._search

    def search_keys_in_order(self) -> list[str]:
        """Folded search text per row, in the list's current order (what a new search scans)."""
        if self._ordered_search is None:
            keys = self.search_keys()
            self._ordered_search = [keys[u] for u in self._order]
        return self._ordered_search

    def build_search(self, items: Sequence[T]) -> list[str]:
        """Folded search text of `items`. Reads only labels (no Qt objects): a worker thread may call it."""
        return [fold(self.search_text(it)) for it in items]

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() first: two calls into Python instead of none,
        # for every cell the proxy maps on every paint.
        if parent.isValid() or not (0 <= row < len(self._order) and 0 <= column < len(self._columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
                return _NUMERIC
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(_ROLE_NAMES)
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._order) and 0 <= c < len(self._columns)):
            return None
        return self.value(r, c, role)

    def value(self, r: int, c: int, role: int) -> Any:
        """data() for a valid row and column, role as a plain int (comparing against enum members is several
        times slower, and this runs for every role of every visible cell on each paint)."""
        uid = self._order[r]
        if role == _DISPLAY or role == _ACCESSIBLE:
            key = (uid, c)
            text = self._display.get(key)
            if text is None:
                text = self._columns[c].display(self._items[uid])
                self._display[key] = text
            return text
        item = self._items[uid]
        col = self._columns[c]
        if role == _DECORATION:
            return col.decoration(item) if col.decoration else None
        if role == _FOREGROUND:
            return QApplication.palette().placeholderText() if col.dim and col.dim(item) else None
        if role == _ALIGNMENT:
            return _NUMERIC if col.numeric else None
        if role == _OBJECT:
            return item
        if role == _SORT:
            return col.sort(item)
        if role == _SEARCH:
            return self.search_keys()[uid]
        if role == _TOOLTIP:
            return col.tooltip(item) if col.tooltip else None
        return None

    def painted(self, r: int, c: int) -> dict[int, Any]:
        """The roles a painted cell needs (display, decoration, dimmed text, alignment) with values, cached per item
        and column until the items change (decision words drop their column's entries when decisions change)."""
        uid = self._order[r]
        key = (uid, c)
        cell = self._cells.get(key)
        if cell is None:
            # value() inlined: this runs for every cell a search brings on screen.
            col = self._columns[c]
            item = self._items[uid]
            text = self._display.get(key)
            if text is None:
                text = self._display[key] = col.display(item)
            cell = {_DISPLAY: text, _ACCESSIBLE: text, _DECORATION: col.decoration(item) if col.decoration else None,
                    _ALIGNMENT: _NUMERIC if col.numeric else None,
                    # The colour itself is read when painting: the palette changes (presentation mode, system theme).
                    _FOREGROUND: _DIM if col.dim and col.dim(item) else None, **_UNANSWERED}
            self._cells[key] = cell
        return cell

    # --- sorting (see module docstring) ---
    def sorted_order(self, items: Sequence[T], column: int, order: Qt.SortOrder) -> list[int]:
        """Positions of `items` sorted by a column. Reads only labels (no Qt objects): a worker thread may call it."""
        keyfn = self._columns[column].sort
        known: list[tuple[Any, int]] = []
        unknown: list[int] = []
        for uid, it in enumerate(items):
            k = keyfn(it)
            if k is None:
                unknown.append(uid)
            else:
                known.append((k, uid))
        # Stable: ties keep item order in both directions; unknown values always go last. In runs (core.ordering):
        # one sort of 100,000 keys holds the GIL for a tenth of a second, which a worker's window cannot answer in.
        desc = order == Qt.SortOrder.DescendingOrder
        return [uid for _, uid in sorted_in_runs(known, _first, reverse=desc)] + unknown

    #: Above this many rows sort() computes the order in the background (see set_background), when it can.
    BACKGROUND_SORT_ROWS = 20_000

    def set_background(self, run: Callable[[Callable[[], list[int]], Callable[[list[int]], None]], None]) -> None:
        """How to compute a long list's order off the UI thread: run(compute, done) calls compute() in a worker and
        done(result) on the UI thread (sorting 100,000 grants by risk takes half a second)."""
        self._background = run

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        self._sort_column, self._sort_order = column, order
        self._sort_generation += 1
        if self._background is not None and len(self._items) > self.BACKGROUND_SORT_ROWS:
            # The header shows the new order at once; the rows follow when the worker is done, unless the items
            # or the order asked for changed meanwhile.
            items, generation, asked = self._items, self.items_generation, self._sort_generation

            def done(new_order: list[int]) -> None:
                if generation == self.items_generation and asked == self._sort_generation:
                    self._set_order(new_order)

            self._background(lambda: self.sorted_order(items, column, order), done)
            return
        self._set_order(self.sorted_order(self._items, column, order))

    def _set_order(self, new_order: list[int]) -> None:
        """Rows in a new order; persistent indexes (selection, current row) stay on their items."""
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_ONLY)
        old_order = self._order
        self._order = new_order
        self._ordered_search = None
        self.order_generation += 1
        old = self.persistentIndexList()
        if old:
            new_rows = {uid: row for row, uid in enumerate(self._order)}
            new = [self.index(new_rows[old_order[idx.row()]], idx.column()) for idx in old]
            self.changePersistentIndexList(old, new)
        self.layoutChanged[_LAYOUT].emit([], _ROWS_ONLY)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order


class RowFilterProxy(QAbstractTableModel):
    """The one filter over a RowTableModel: search text (all words must match) plus named predicates; sorting is
    forwarded to the source model.

    Not a QSortFilterProxyModel: that one asks Python's filterAcceptsRow() once per source row on every reset and
    every filter change, keeps a C++ mapping per row, and re-filters every row of a column whose data changed (at
    100,000 grants each of these cost a third of a second on the UI thread). Here the visible rows are one plain
    list of source rows, computed in Python at C speed (itertools over precomputed search text, a few ms for
    100,000 rows); narrowing a search filters only the rows the shorter search left, and the results of recent
    searches are kept, so typing and deleting stay fast. Qt then asks data() only for the rows on screen.
    """

    #: Searches remembered for the current items, order and predicates (backspace finds them again).
    CACHE_SIZE = 64
    #: A search typed over at least this many candidate rows shows its first matches at once and finds the rest in
    #: slices between events: scanning 100,000 search texts for one or two letters takes 9-23 ms, and narrowing
    #: 20,000 rows to a second word 10 ms, which with the repaint is more than a frame per keystroke.
    PROGRESSIVE_ROWS = 5_000
    #: Matches found before the rows are shown: more than a screenful, however tall the window or its zoom; and
    #: the time spent looking for them when matches are rare (a search matching nothing would scan every row).
    FIRST_MATCHES = 400
    FIRST_BUDGET_S = 0.004
    #: Candidates scanned per slice, the time the slices of one event may take, and the pause between two events
    #: (the rows found first are painted, and keys and clicks answered, before the search goes on).
    SLICE_ROWS = 4_096
    SLICE_BUDGET_S = 0.004
    SLICE_PAUSE_MS = 8

    #: A search shown in part has found all its rows (the count can be shown and said now).
    searchFinished = Signal()
    #: The rest of a search's rows are about to be added after the rows shown.
    appendingFound = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self._src: RowTableModel[Any] | None = None
        #: visible source rows, ascending (the source's sort order); None = every row
        self._rows: list[int] | None = None
        #: source rows the predicates accept, ascending; None = every row; stale when _base_ok is False
        self._base: list[int] | None = None
        self._base_ok = False
        #: what the predicates accept, per item position (uid); None = not computed yet
        self._mask: list[bool] | None = None
        #: search text per source row (the source's search keys in its current order)
        self._keys: list[str] | None = None
        #: search words -> visible rows, for the current items, order and predicates
        self._cache: dict[tuple[str, ...], list[int] | None] = {}
        #: persistent indexes and their items' positions (uids) while the source re-sorts
        self._saved: list[tuple[QPersistentModelIndex, int, int]] = []
        #: 0 .. rows-1, shared by the results (see _every_row)
        self._every: list[int] = []
        #: a search shown in part, and the timer that goes on with it between events
        self._pending: PendingSearch | None = None
        self._resume = QTimer(self)
        self._resume.setSingleShot(True)
        self._resume.setInterval(self.SLICE_PAUSE_MS)
        self._resume.timeout.connect(self._resume_search)

    # --- source ---
    def setSourceModel(self, model: RowTableModel[Any]) -> None:  # noqa: N802 - the name QSortFilterProxyModel used
        assert isinstance(model, RowTableModel)
        self.beginResetModel()
        old = self._src
        if old is not None:
            for sig, slot in self._connections(old):
                sig.disconnect(slot)
        self._src = model
        for sig, slot in self._connections(model):
            sig.connect(slot)
        self._stale()
        self._rows = self._visible()
        self.endResetModel()

    def _connections(self, m: RowTableModel[Any]) -> list[tuple[Any, Callable[..., None]]]:
        return [(m.modelAboutToBeReset, self._source_about_to_reset), (m.modelReset, self._source_reset),
                (m.layoutAboutToBeChanged, self._source_about_to_sort), (m.layoutChanged, self._source_sorted),
                (m.dataChanged, self._source_data_changed), (m.headerDataChanged, self.headerDataChanged)]

    def sourceModel(self) -> RowTableModel[Any]:  # noqa: N802 - Qt's name
        return self.source()

    def source(self) -> RowTableModel[Any]:
        assert self._src is not None
        return self._src

    def _stale(self, items: bool = True) -> None:
        """The items (or only their order) changed: cached rows and keys no longer apply."""
        self._cancel_search()
        self._keys = None
        self._base_ok = False
        self._cache.clear()
        if items:
            self._mask = None

    def _predicates_changed(self) -> None:
        self._cancel_search()
        self._mask = None
        self._base_ok = False
        self._cache.clear()

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._stale()
        self._rows = self._visible()
        self.endResetModel()

    def _source_about_to_sort(self, *_: Any) -> None:
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_ONLY)
        src = self.source()
        rows, order = self._rows, src._order
        self._saved = []
        for idx in self.persistentIndexList():
            r = idx.row()
            if 0 <= r:
                srow = rows[r] if rows is not None else r
                self._saved.append((QPersistentModelIndex(idx), order[srow], idx.column()))

    def _source_sorted(self, *_: Any) -> None:
        src = self.source()
        self._stale(items=False)  # the same items: what the predicates said about each still holds
        self._rows = self._visible()
        saved, self._saved = self._saved, []
        if saved:
            order = src._order
            where = {uid: row for row, uid in enumerate(order)} if len(saved) > 8 else None
            old, new = [], []
            for pidx, uid, col in saved:
                srow = where[uid] if where is not None else order.index(uid)
                row = self._proxy_row(srow)
                old.append(QModelIndex(pidx))
                new.append(self.createIndex(row, col) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old, new)
        self.layoutChanged[_LAYOUT].emit([], _ROWS_ONLY)

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        rows = self._rows
        first, last = top_left.row(), bottom_right.row()
        if rows is not None:
            first, last = bisect_left(rows, first), bisect_right(rows, last) - 1
        if 0 <= first <= last:
            self.dataChanged.emit(self.createIndex(first, top_left.column()),
                                  self.createIndex(last, bottom_right.column()), roles)

    # --- filters ---
    def set_search(self, text: str, shown: int = -1) -> None:
        """Search as typed; `shown` is the last row the view shows (-1: its top): a long list's first matches then
        reach at least the rows that will be on screen (see PROGRESSIVE_ROWS)."""
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._refilter(progressive=True, shown=shown if 0 <= shown < self.rowCount() else -1)

    def search(self) -> str:
        return " ".join(self._words)

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None:
            if self._predicates.pop(name, None) is None:
                return
        else:
            self._predicates[name] = predicate
        self._predicates_changed()
        self._refilter()

    def predicates(self) -> dict[str, Callable[[Any], bool]]:
        return dict(self._predicates)

    def clear_filters(self) -> None:
        self._words = []
        self._predicates.clear()
        self._predicates_changed()
        self._refilter()

    def invalidate(self) -> None:
        """What the predicates read changed (a decision was saved): filter again."""
        if self._predicates:
            self._predicates_changed()
            self._refilter()

    def _base_rows(self) -> list[int] | None:
        if not self._base_ok:
            src = self.source()
            rows: list[int] | None = None
            if self._predicates:
                if self._mask is None:  # accepted per item position: kept when the list is only re-sorted
                    mask: list[bool] | None = None
                    for p in self._predicates.values():
                        accepted = map(truth, map(p, src._items))
                        mask = list(accepted) if mask is None else list(map(and_, mask, accepted))
                    self._mask = mask
                assert self._mask is not None
                rows = list(compress(self._every_row(len(src._order)), map(self._mask.__getitem__, src._order)))
            self._base, self._base_ok = rows, True
        return self._base

    def _every_row(self, n: int) -> list[int]:
        """0 .. n-1, made once per list: results pick their row numbers from it, so each is a pointer (8 bytes), not
        a new number (36 bytes), and no new numbers are made while typing."""
        if len(self._every) != n:
            self._every = list(range(n))
        return self._every

    def _search_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = self.source().search_keys_in_order()
        return self._keys

    def _visible(self, progressive: bool = False, reach: int = -1) -> list[int] | None:
        """Source rows that pass the predicates and contain every search word (ascending). `progressive`: over many
        candidates, only the first matches (see PROGRESSIVE_ROWS), down to at least source row `reach` and the
        rows of persistent indexes; the rest are found by _resume_search."""
        base = self._base_rows()
        words = tuple(self._words)
        if not words:
            return base
        cache = self._cache
        if words in cache:
            return cache[words]
        # Start from the smallest remembered result this search narrows (every earlier word is part of a new one).
        start, todo = base, words
        for prev, rows in cache.items():
            if rows is not None and (start is None or len(rows) < len(start)) and all(
                    any(p in w for w in words) for p in prev):
                start, todo = rows, tuple(w for w in words if w not in prev)
        keys = self._search_keys()
        if start is not None and base is None and 2 * len(start) > len(keys):
            # Narrowing most of the list: one pass over every key is quicker than looking each row's key up.
            start, todo = None, words
        every = self._every_row(len(keys))
        total = len(start) if start is not None else len(keys)
        if progressive and total >= self.PROGRESSIVE_ROWS:
            pending = PendingSearch(words, start, todo, total, 0)
            # Enough rows to fill the list (unless matches are rare), and every row on screen, selected or current
            # (they stay put).
            rows = pending.first_look(keys, every, self.SLICE_ROWS, self.FIRST_MATCHES, self.FIRST_BUDGET_S,
                                      self._persistent_reach(reach))
            if not pending.done():
                self._pending = pending
                self._resume.start()
                return rows
        else:
            rows = scan(keys, every, start, todo, 0, total)
        self._remember(words, rows)
        return rows

    def _remember(self, words: tuple[str, ...], rows: list[int]) -> None:
        cache = self._cache
        if len(cache) >= self.CACHE_SIZE:
            del cache[next(iter(cache))]
        cache[words] = rows

    def _persistent_reach(self, reach: int) -> int:
        """The last source row a persistent index (selection, current row) is on, or `reach` if later."""
        rows = self._rows
        for idx in self.persistentIndexList():
            r = idx.row()
            if r >= 0:
                reach = max(reach, rows[r] if rows is not None else r)
        return reach

    # --- a search shown in part ---
    def searching(self) -> bool:
        """True while the rows shown are the first matches of a search that is still going on."""
        return self._pending is not None

    def finish_search(self) -> None:
        """Find the rest of a search shown in part now (before reading every visible row)."""
        p = self._pending
        if p is not None:
            p.step(self._search_keys(), self._every, self.SLICE_ROWS)
            self._finish(p)

    def _cancel_search(self) -> None:
        self._pending = None
        self._resume.stop()

    def _resume_search(self) -> None:
        p = self._pending
        if p is None:
            return
        p.step(self._search_keys(), self._every, self.SLICE_ROWS, self.SLICE_BUDGET_S)
        if p.done():
            self._finish(p)
        else:
            self._resume.start()

    def _finish(self, p: PendingSearch) -> None:
        """Add the rows found after the ones shown (below them: nothing shown moves) and remember the search."""
        self._cancel_search()
        if p.kept:  # the list stayed as it was: it changes now if the whole result differs
            rows = p.first + p.more
            self._remember(p.words, rows)
            self._show_rows(self._rows, rows)
        else:
            shown = self._rows if self._rows is not None else []
            rows = shown + p.more
            self._remember(p.words, rows)
            if p.more:
                self.appendingFound.emit()
                self.beginInsertRows(QModelIndex(), len(shown), len(rows) - 1)
                self._rows = rows
                self.endInsertRows()
            else:
                self._rows = rows
        self.searchFinished.emit()

    def _refilter(self, progressive: bool = False, shown: int = -1) -> None:
        """Filter again; `shown` is the last row on screen (see set_search)."""
        if self._src is None:
            return
        self._cancel_search()
        old = self._rows
        new = self._visible(progressive, self._source_row(shown) if shown >= 0 else -1)
        p = self._pending
        if p is not None and new is not None:
            listed = old if old is not None else self._every_row(len(self.source()._order))
            enough = max(shown + 1, min(self.FIRST_MATCHES, len(listed)))  # a screenful, all on screen
            if enough <= len(new) <= len(listed) and listed[:len(new)] == new:
                # The first matches are the rows listed first already, down to the last on screen (typing on in a
                # word that still matches them): the list stays as it is, and changes when the search ends only if
                # the whole result differs.
                p.first, p.kept = new, True
                return
        self._show_rows(old, new)

    def _show_rows(self, old: list[int] | None, new: list[int] | None) -> None:
        """List `new` instead of `old` (source rows; None: every row)."""
        if new is old or (old is not None and new is not None and len(old) == len(new) and old == new):
            self._rows = new
            return
        # A layout change, not a reset: the selection and the current row stay on their grants when still shown.
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_ONLY)
        persistent = self.persistentIndexList()
        self._rows = new
        if persistent:
            moved = []
            for idx in persistent:
                r = idx.row()
                row = self._proxy_row(old[r] if old is not None else r) if r >= 0 else -1
                moved.append(self.createIndex(row, idx.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[_LAYOUT].emit([], _ROWS_ONLY)

    def _proxy_row(self, source_row: int) -> int:
        """The visible row of a source row, or -1 when it is filtered out."""
        rows = self._rows
        if rows is None:
            return source_row if 0 <= source_row < self.source().rowCount() else -1
        i = bisect_left(rows, source_row)
        return i if i < len(rows) and rows[i] == source_row else -1

    def _source_row(self, row: int) -> int:
        rows = self._rows
        return rows[row] if rows is not None else row

    # --- mapping ---
    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt's name
        if not index.isValid() or self._src is None:
            return QModelIndex()
        return self._src.index(self._source_row(index.row()), index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt's name
        if not index.isValid():
            return QModelIndex()
        row = self._proxy_row(index.row())
        return self.createIndex(row, index.column()) if row >= 0 else QModelIndex()

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._src is None:
            return 0
        rows = self._rows
        return len(rows) if rows is not None else len(self._src._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._src is None else len(self._src._columns)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every cell on every paint: one call into Python, no further ones (rowCount, columnCount).
        src = self._src
        if src is None or parent.isValid() or not 0 <= column < len(src._columns):
            return QModelIndex()
        rows = self._rows
        if not 0 <= row < (len(rows) if rows is not None else len(src._order)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and self._src is not None:
            return self._src.headerData(section, orientation, role)
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) answers in C++, without a call into
    # Python for every cell painted.

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(_ROLE_NAMES)
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        src = self._src
        if role not in _HANDLED_ROLES or src is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        rows = self._rows
        n = len(rows) if rows is not None else len(src._order)
        if not (0 <= r < n and 0 <= c < len(src._columns)):
            return None
        return src.value(rows[r] if rows is not None else r, c, role)

    def painted_cell(self, r: int, c: int) -> dict[int, Any] | None:
        """The painted roles of a visible cell (RowTableModel.painted), or None when there is no such cell. A
        delegate may keep what it prepares from them in the same dict: it is dropped with them."""
        src = self._src
        rows = self._rows
        if src is None or c < 0 or c >= len(src._columns) or r < 0 or r >= (
                len(rows) if rows is not None else len(src._order)):
            return None
        sr = rows[r] if rows is not None else r
        return src._cells.get((src._order[sr], c)) or src.painted(sr, c)

    def painted_row(self, r: int, columns: Sequence[int]) -> list[dict[int, Any]]:
        """painted_cell for the given columns of a visible row, in one call (a delegate painting whole rows)."""
        src = self._src
        rows = self._rows
        assert src is not None
        sr = rows[r] if rows is not None else r
        uid = src._order[sr]
        cells = src._cells
        return [cells.get((uid, c)) or src.painted(sr, c) for c in columns]

    def multiData(self, index: QModelIndex, span: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt override
        """All roles of one cell in one call (the item delegate asks seven roles per cell per paint). The roles a
        painted cell needs come from the source's per-cell cache, roles without a value included. Those are
        cleared, never left as they come: Qt's item delegate reuses one set of role data for every cell it paints,
        and a role left alone would show the previous cell's icon and colour."""
        src = self._src
        r, c = index.row(), index.column()
        rows = self._rows
        if src is None or c < 0 or c >= len(src._columns) or r < 0 or r >= (
                len(rows) if rows is not None else len(src._order)):
            for rd in span:
                rd.clearData()
            return
        sr = rows[r] if rows is not None else r
        cell = src._cells.get((src._order[sr], c)) or src.painted(sr, c)
        for rd in span:
            v = cell.get(rd.role(), _UNSET)
            if v is None:
                rd.clearData()
                continue
            if v is _UNSET:
                role = rd.role()
                if role in _HANDLED_ROLES:
                    v = src.value(sr, c, role)
                if v is None or v is _UNSET:
                    rd.clearData()
                    continue
            rd.setData(QApplication.palette().placeholderText() if v is _DIM else v)

    # --- sorting: forwarded to the source model (see module docstring) ---
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def item(self, row: int) -> Any:
        return self.source().item(self._source_row(row))

    def display(self, row: int, column: int) -> str:
        """The text a visible cell shows, read without a round trip through Qt (QModelIndex, data())."""
        return self.source().value(self._source_row(row), column, _DISPLAY) or ""

    def visible_items(self) -> list[Any]:
        self.finish_search()
        src = self.source()
        items, order = src._items, src._order
        rows = self._rows
        return [items[u] for u in order] if rows is None else [items[order[r]] for r in rows]
