"""Shared table model and the one sort/filter proxy class every list uses (fast enough for 10,000+ rows).

Why sorting lives in the source model: QSortFilterProxyModel sorts by calling data()/lessThan() across the
Python boundary n·log n times (over 100 ms for 10,000 rows) and re-sorts on every broadening filter change
(over a second). Python's list sort over precomputed keys takes a few milliseconds, so `RowFilterProxy.sort()`
forwards to `RowTableModel.sort()`, and the proxy only filters, from a precomputed accepted-rows list.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

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
        self._items: list[T] = []
        #: view row -> item position ("uid"); sorting permutes this, never _items
        self._order: list[int] = []
        #: subclasses call _init_columns() once their own attributes exist
        self._columns: list[Column[T]] = []
        self._display: dict[tuple[int, int], str] = {}
        self._search: list[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
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
    def set_items(self, items: Sequence[T], search: list[str] | None = None) -> None:
        """Show `items`; `search` is their folded search text from build_search, made in a worker beforehand
        (at 100,000 grants building it on the first keystroke stalled the window for a third of a second)."""
        self.beginResetModel()
        self._items = list(items)
        self._order = list(range(len(self._items)))
        self._display.clear()
        self._search = search if search is not None and len(search) == len(self._items) else None
        self.items_generation += 1
        self.order_generation += 1
        if self._sort_column >= 0:
            self._order = self._sorted_order(self._sort_column, self._sort_order)
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

    # --- sorting (see module docstring) ---
    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keyfn = self._columns[column].sort
        known: list[tuple[Any, int]] = []
        unknown: list[int] = []
        for uid, it in enumerate(self._items):
            k = keyfn(it)
            if k is None:
                unknown.append(uid)
            else:
                known.append((k, uid))
        # Stable: ties keep item order in both directions; unknown values always go last.
        known.sort(key=lambda kv: kv[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [uid for _, uid in known] + unknown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._order = self._sorted_order(column, order)
        self.order_generation += 1
        old = self.persistentIndexList()
        if old:
            new_rows = {uid: row for row, uid in enumerate(self._order)}
            new = [self.index(new_rows[old_order[idx.row()]], idx.column()) for idx in old]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order


class RowFilterProxy(QSortFilterProxyModel):
    """The one proxy: search text (all words must match) plus named predicates; sorting is forwarded.

    Acceptance is computed for all rows at once in Python (a few ms for 10,000 rows) whenever a filter
    changes; filterAcceptsRow(), which Qt calls once per row, is then a single list lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self._src: RowTableModel[Any] | None = None
        #: accepted per item position (uid), None = everything
        self._uid_acc: list[bool] | None = None
        #: the same per source row (follows the source model's sort order)
        self._row_acc: list[bool] | None = None
        self._items_gen = -1
        self._order_gen = -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt override
        assert isinstance(model, RowTableModel)
        self._src = model  # a Python reference: sourceModel() crosses into C++ on every call
        self._items_gen = self._order_gen = -1
        super().setSourceModel(model)

    def source(self) -> RowTableModel[Any]:
        assert self._src is not None
        return self._src

    # --- filters ---
    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._refilter()

    def search(self) -> str:
        return " ".join(self._words)

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None:
            if self._predicates.pop(name, None) is None:
                return
        else:
            self._predicates[name] = predicate
        self._refilter()

    def predicates(self) -> dict[str, Callable[[Any], bool]]:
        return dict(self._predicates)

    def clear_filters(self) -> None:
        self._words = []
        self._predicates.clear()
        self._refilter()

    def _calc(self) -> list[bool] | None:
        """Accepted per item position (uid) for the current search and predicates; None = all."""
        if not self._words and not self._predicates:
            return None
        src = self.source()
        items = src._items
        acc: list[bool] | None = None
        if self._words:
            keys = src.search_keys()
            for w in self._words:
                acc = [w in k for k in keys] if acc is None else [a and w in k for a, k in zip(acc, keys,
                                                                                                strict=True)]
        for p in self._predicates.values():
            acc = [p(it) for it in items] if acc is None else [a and p(it) for a, it in zip(acc, items,
                                                                                           strict=True)]
        return acc

    def _compute(self) -> None:
        self._items_gen = self.source().items_generation
        self._uid_acc = self._calc()
        self._remap()

    def _remap(self) -> None:
        src = self.source()
        self._order_gen = src.order_generation
        uid_acc = self._uid_acc
        self._row_acc = None if uid_acc is None else [uid_acc[u] for u in src._order]

    #: Above this many rows changing visibility, a reset beats Qt's per-range row removal/insertion
    #: (thousands of scattered ranges cost tens of milliseconds in the view).
    RESET_THRESHOLD = 100

    def _refilter(self) -> None:
        src = self._src
        if src is None:
            return
        if src.order_generation != self._order_gen:
            self._compute()  # bring the current state up to date before comparing
        old = self._row_acc
        uid_acc = self._calc()
        new = None if uid_acc is None else [uid_acc[u] for u in src._order]
        if old is None and new is None:
            return
        if old is None:
            changed = new.count(False)  # type: ignore[union-attr]
        elif new is None:
            changed = old.count(False)
        else:
            changed = sum(1 for a, b in zip(old, new, strict=True) if a != b)
        if changed == 0:
            self._uid_acc, self._row_acc = uid_acc, new
            return
        if changed > self.RESET_THRESHOLD:
            self.beginResetModel()
            self._uid_acc, self._row_acc = uid_acc, new
            self.endResetModel()
            return
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:  # Qt >= 6.9: the non-deprecated way to say "the filter changed"
            begin()
            self._uid_acc, self._row_acc = uid_acc, new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._uid_acc, self._row_acc = uid_acc, new
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        src = self._src
        if src is None:
            return True
        if src.order_generation != self._order_gen:  # items or their order changed since the last compute
            if src.items_generation != self._items_gen:
                self._compute()
            else:
                self._remap()
        acc = self._row_acc
        return True if acc is None else acc[source_row]

    def multiData(self, index: QModelIndex, span: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt override
        """All roles of one cell in one call. The item delegate asks seven roles per cell per paint; answered
        one by one, each crosses into Python twice (the proxy maps the index through the source's index())."""
        src = self._src
        if src is None or not index.isValid():
            super().multiData(index, span)
            return
        si = self.mapToSource(index)
        r, c = si.row(), si.column()
        if r < 0 or c < 0:
            super().multiData(index, span)
            return
        value = src.value
        for rd in span:
            role = rd.role()
            if role in _HANDLED_ROLES:
                rd.setData(value(r, c, role))
            else:
                rd.clearData()

    # --- sorting: forwarded to the source model (see module docstring) ---
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def item(self, row: int) -> Any:
        return self.index(row, 0).data(ObjectRole)

    def visible_items(self) -> list[Any]:
        return [self.index(r, 0).data(ObjectRole) for r in range(self.rowCount())]
