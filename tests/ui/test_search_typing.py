"""Typing in a list's search box changes only the list and its count: nothing around it moves or is laid out again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.events import EventCounter
from tests.ui.test_window import wait_loaded
from tests.ui.test_zoom import restore_font  # noqa: F401 - fixture
from ui.formatting import format_count
from ui.main_window import MainWindow


def _fits_any_count(label: Any) -> bool:
    """The widest count the list can show (hundreds of thousands of rows) fits in full, as the locale writes it."""
    text = label.parent().tr("{shown} of {total} shown")
    return all(label.fontMetrics().horizontalAdvance(text.format(shown=a, total=b)) <= label.contentsRect().width()
               for a, b in ((format_count(654_321), format_count(987_654)), ("654,321", "987,654")))


def test_typing_a_search_moves_nothing_and_lays_nothing_out_again(qtbot: Any, window: MainWindow,
                                                                  fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    lst = window.grant_list
    QTest.keyClick(lst.search, "c")  # the first letter shows the box's clear button: that one is laid out
    QApplication.processEvents()
    search_at, count_at = lst.search.geometry(), lst.count_label.geometry()
    watcher = EventCounter(QEvent.Type.LayoutRequest)
    lst.installEventFilter(watcher)
    counts = []
    for key in ("a", "f", "e", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace):
        QTest.keyClick(lst.search, key)  # type: ignore[call-overload]
        QApplication.processEvents()
        counts.append(lst.count_label.text())
    assert {"1 of 10 shown", "7 of 10 shown"} <= set(counts)  # the count did change
    assert watcher.count == 0, "a changing count made the list lay itself out again (and the window repaint)"
    assert lst.search.geometry() == search_at and lst.count_label.geometry() == count_at
    assert _fits_any_count(lst.count_label)


@pytest.mark.usefixtures("restore_font")
def test_the_count_keeps_fitting_when_the_text_is_zoomed(window: MainWindow) -> None:
    lst = window.grant_list
    small = lst.count_label.width()
    window.zoom(+1)
    window.zoom(+1)
    window.zoom(+1)
    QApplication.processEvents()
    assert lst.count_label.width() > small
    assert _fits_any_count(lst.count_label)


def test_typing_a_search_leaves_the_column_header_alone(qtbot: Any, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    lst = window.grant_list
    header = lst.table.horizontalHeader()
    paints = EventCounter(QEvent.Type.Paint)
    header.viewport().installEventFilter(paints)
    qtbot.wait(50)
    before = paints.count
    for key in ("c", "a", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace):
        QTest.keyClick(lst.search, key)  # type: ignore[call-overload]
        qtbot.wait(20)
    assert lst.count_label.text() != ""  # the rows did change (see the test above)
    assert paints.count == before, "the column header was repainted for a change of rows"
    # The header still answers: sorting by another column shows its indicator.
    col = lst.model.column_index("platform")
    lst.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: paints.count > before)
    assert header.sortIndicatorSection() == col
