"""The lists' own cell painter draws exactly what Qt's item delegate draws (pixel for pixel), in every state a cell
can be in: icons, dimmed text, centred counts, text cut to fit, a selected and current row, dark palette, zoom."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from core.model import ActivityRecord
from tests.ui.test_models import grants, utc
from ui import theme
from ui.models import ActivityTableModel, GrantFilterProxy, GrantTableModel, RowFilterProxy
from ui.views.row_delegate import RowDelegate
from ui.views.tables import FilterableTable, GrantList

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's own look (Fusion, palette, style sheet), put back afterwards."""
    style, palette, sheet, font = qapp.style().name(), qapp.palette(), qapp.styleSheet(), qapp.font()
    theme.apply_theme(qapp)
    assert theme.uses_fusion()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    theme._base_point_size, theme._zoom, theme._fusion = None, 1.0, False


def _both(qtbot: Any, lst: FilterableTable, whole_rows: bool = True) -> tuple[QImage, QImage]:
    """The list's rows painted by its own delegate (`whole_rows`: the rows at once, as with the app's Fusion look),
    then by Qt's table and delegate."""
    view = lst.table
    delegate = view.itemDelegate()
    assert isinstance(delegate, RowDelegate) and delegate.can_paint_rows() == whole_rows
    qtbot.wait(20)
    ours = view.viewport().grab().toImage()
    view.setItemDelegate(QStyledItemDelegate(view))
    qtbot.wait(20)
    qts = view.viewport().grab().toImage()
    view.setItemDelegate(RowDelegate(lst.proxy, view))
    return ours, qts


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(0, a.height()) for x in range(0, a.width()))


def _grant_list(qtbot: Any) -> GrantList:
    lst = GrantList(GrantTableModel(), GrantFilterProxy())
    qtbot.addWidget(lst)
    lst.resize(900, 300)
    lst.show()
    lst.model.set_items(grants())
    lst.table.setColumnWidth(lst.model.column_index("app"), 70)  # names are cut to fit: "MyPersonali…"
    qtbot.waitExposed(lst)
    return lst


def _select_current(lst: FilterableTable, row: int) -> None:
    view = lst.table
    view.setFocus()
    view.selectionModel().select(lst.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.setCurrentIndex(lst.proxy.index(row, 1))


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_grant_rows_look_the_same_as_with_qts_delegate(qtbot: Any, qapp: QApplication, scheme: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(theme.ENV_SCHEME, scheme)
    theme.apply_theme(qapp)
    lst = _grant_list(qtbot)
    _select_current(lst, 1)
    ours, qts = _both(qtbot, lst)
    assert not ours.isNull() and _differing(ours, qts) == 0
    # The picture is not empty: text, icons and the selection were painted.
    assert len({ours.pixel(x, y) for y in range(ours.height()) for x in range(0, ours.width(), 3)}) > 20


@pytest.mark.usefixtures("themed")
def test_zoomed_text_and_centred_counts_look_the_same(qtbot: Any, qapp: QApplication) -> None:
    theme.set_zoom(qapp, 1.5)
    lst = FilterableTable("activity", ActivityTableModel(), RowFilterProxy(), {"business": 120})
    qtbot.addWidget(lst)
    lst.resize(900, 300)
    lst.show()
    lst.model.set_items([ActivityRecord("facebook", "Coin Exchange", 3, utc(2021, 12, 26), utc(2022, 8, 8),
                                        ("PURCHASE", "PAGE_VIEW")),
                         ActivityRecord("facebook", "A bakery with a very long name indeed", 12_345),
                         ActivityRecord("instagram", "Bakery", 1)])
    qtbot.waitExposed(lst)
    _select_current(lst, 2)
    ours, qts = _both(qtbot, lst)
    assert _differing(ours, qts) == 0


@pytest.mark.usefixtures("themed")
def test_a_right_to_left_list_is_painted_by_qts_delegate(qtbot: Any) -> None:
    lst = _grant_list(qtbot)
    lst.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(20)
    ours, qts = _both(qtbot, lst, whole_rows=False)
    assert _differing(ours, qts) == 0


@pytest.mark.usefixtures("themed")
def test_a_new_palette_while_shown_repaints_in_the_new_colours(qtbot: Any, qapp: QApplication,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(theme.ENV_SCHEME, "light")
    theme.apply_theme(qapp)
    lst = _grant_list(qtbot)
    _select_current(lst, 2)
    lst.activateWindow()
    qtbot.waitUntil(lst.isActiveWindow)  # painted in the same colour group before and after
    light = lst.table.viewport().grab().toImage()  # painted once in light colours
    qapp.setPalette(theme.high_contrast_palette())  # as presentation mode does (its zoom aside)
    lst.table.setPalette(theme.high_contrast_palette())
    ours, qts = _both(qtbot, lst)
    assert _differing(ours, light) > 1000
    assert _differing(ours, qts) == 0


def test_without_fusion_each_cell_is_painted_through_the_delegate(qtbot: Any) -> None:
    lst = _grant_list(qtbot)  # no apply_theme: the platform's own style
    _select_current(lst, 3)
    ours, qts = _both(qtbot, lst, whole_rows=False)
    assert _differing(ours, qts) == 0


@pytest.mark.usefixtures("themed")
def test_a_long_list_scrolled_part_way_with_a_hidden_column_looks_the_same(qtbot: Any) -> None:
    lst = GrantList(GrantTableModel(), GrantFilterProxy())
    qtbot.addWidget(lst)
    lst.resize(500, 300)  # narrower than the columns: a horizontal scroll bar
    lst.show()
    lst.model.set_items([g for i in range(40) for g in grants()][:200])
    qtbot.waitExposed(lst)
    view = lst.table
    view.setColumnHidden(lst.model.column_index("granted"), True)
    _select_current(lst, 57)
    view.verticalScrollBar().setValue(57 * view.rowHeight(0) - 13)  # the top row cut part way
    view.horizontalScrollBar().setValue(37)
    ours, qts = _both(qtbot, lst)
    assert _differing(ours, qts) == 0
