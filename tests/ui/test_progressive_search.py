"""A search typed over a long list shows its first matches at once and finds the rest between events: the rows, the
selection and the count end up exactly as a search done in one go, and what is already shown is not painted again."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from core.model import Grant
from tests.support.events import EventCounter
from ui.formatting import format_count
from ui.models import GrantFilterProxy, GrantTableModel
from ui.models.base import fold
from ui.views.tables import GrantList

#: offscreen Qt says this of every top-level window it shows
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

WORDS = ("photo", "quiz", "music", "calendar", "fitness", "shop", "game", "weather")
N = 3_000


def many() -> list[Grant]:
    base = datetime(2012, 1, 1, tzinfo=timezone.utc)
    return [Grant(("facebook", "x")[i % 2], f"{WORDS[i % 8].title()} {WORDS[(i // 8) % 8].title()} {i:05d}",
                  str(i), ("active", "expired")[i % 2], granted_at=base + timedelta(days=i)) for i in range(N)]


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds of a 100,000-row list, scaled to 3,000 rows (the behaviour, not the sizes, is tested)."""
    monkeypatch.setattr(GrantFilterProxy, "PROGRESSIVE_ROWS", 1_000)
    monkeypatch.setattr(GrantFilterProxy, "FIRST_MATCHES", 40)
    monkeypatch.setattr(GrantFilterProxy, "SLICE_ROWS", 128)
    monkeypatch.setattr(GrantFilterProxy, "SLICE_BUDGET_S", 0.0)  # one slice per event: the most steps
    monkeypatch.setattr(GrantFilterProxy, "SLICE_PAUSE_MS", 0)


def apps(p: GrantFilterProxy) -> list[str]:
    return [p.item(r).app for r in range(p.rowCount())]


def in_one_go(t: GrantList, search: str) -> list[str]:
    """The list's rows for `search`, found plainly: every row of the list's order whose text has every word."""
    src = t.model
    keys = [fold(src.search_text(src.item(r))) for r in range(src.rowCount())]
    words = fold(search).split()
    return [src.item(r).app for r in range(src.rowCount()) if all(w in keys[r] for w in words)]


def finish(qtbot: Any, p: GrantFilterProxy) -> None:
    qtbot.waitUntil(lambda: not p.searching(), timeout=5000)


@pytest.fixture
def table(qtbot: Any, small_slices: None) -> GrantList:
    t = GrantList(GrantTableModel(), GrantFilterProxy())
    qtbot.addWidget(t)
    t.resize(700, 400)
    t.show()
    t.model.set_items(many())
    qtbot.waitExposed(t)
    return t


def test_the_first_matches_show_at_once_and_the_rest_follow_to_the_same_rows(qtbot: Any, table: GrantList) -> None:
    p = table.proxy
    before = table.count_label.text()
    p.set_search("quiz")
    assert p.searching()
    assert 40 <= p.rowCount() < len(in_one_go(table, "quiz")), "only the first matches are listed at first"
    assert table.count_label.text() == before, "no count is shown for a search still going on"
    finished: list[bool] = []
    p.searchFinished.connect(lambda: finished.append(True))
    finish(qtbot, p)
    assert finished == [True]
    assert apps(p) == in_one_go(table, "quiz")
    assert table.count_label.text() == f"{format_count(len(in_one_go(table, 'quiz')))} of {format_count(N)} shown"


def test_narrowing_and_widening_while_typing_ends_as_a_search_in_one_go(qtbot: Any, table: GrantList) -> None:
    p = table.proxy
    typed = ""
    for key in "ga" + "\b" + "am" + "e 1" + "\b\b\b\b\b" + "sh" + "\b\b" + "o":
        typed = typed[:-1] if key == "\b" else typed + key
        p.set_search(typed)  # often before the previous search has found all its rows
        QApplication.processEvents()
        if key == "1":
            finish(qtbot, p)
            assert apps(p) == in_one_go(table, typed), typed
    finish(qtbot, p)
    assert apps(p) == in_one_go(table, typed)
    assert table.count_label.text() == f"{format_count(len(in_one_go(table, typed)))} of {format_count(N)} shown"


def test_a_selected_row_far_down_stays_selected_while_the_search_goes_on(qtbot: Any, table: GrantList) -> None:
    p = table.proxy
    matches = in_one_go(table, "shop")
    last = matches[len(matches) // 2]  # far beyond the first matches, and more after it
    row = next(r for r in range(p.rowCount()) if p.item(r).app == last)
    table.table.selectionModel().select(p.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    table.table.setCurrentIndex(p.index(row, 0))
    p.set_search("shop")
    assert p.searching() and p.rowCount() < len(matches)
    assert [p.item(i.row()).app for i in table.table.selectionModel().selectedRows()] == [last]
    assert p.item(table.table.currentIndex().row()).app == last
    finish(qtbot, p)
    assert [p.item(i.row()).app for i in table.table.selectionModel().selectedRows()] == [last]
    assert apps(p) == in_one_go(table, "shop")


def test_reading_every_shown_row_finishes_the_search_first(table: GrantList) -> None:
    p = table.proxy
    p.set_search("music")
    assert p.searching()
    shown = [g.app for g in p.visible_items()]  # what "export the shown rows" reads
    assert shown == in_one_go(table, "music")
    assert not p.searching() and apps(p) == shown


def test_a_filter_or_a_new_sort_while_searching_gives_the_complete_result(qtbot: Any, table: GrantList) -> None:
    p = table.proxy
    p.set_search("photo")
    assert p.searching()
    p.set_platform("x")  # not typing: filtered in one go
    assert not p.searching()
    platform = {g.app: g.platform for g in many()}
    assert apps(p) == [a for a in in_one_go(table, "photo") if platform[a] == "x"]
    QApplication.processEvents()
    assert not p.searching()


def test_rows_found_below_a_full_screen_do_not_repaint_the_rows_shown(qtbot: Any, table: GrantList) -> None:
    p = table.proxy
    view = table.table
    paints = EventCounter(QEvent.Type.Paint)
    view.viewport().installEventFilter(paints)
    qtbot.wait(100)  # the list as it opened is painted
    opened = paints.count
    p.set_search("weather")
    assert p.searching()
    # The first matches are painted now, before the event loop turns: there, a slow or busy machine could find the
    # rest before a paint came, and the list would already be whole.
    view.viewport().repaint()
    assert paints.count > opened
    shown_range = view.verticalScrollBar().maximum()
    painted = paints.count
    finish(qtbot, p)
    for _ in range(5):
        QApplication.processEvents()
    assert paints.count == painted, "the rows on screen did not change: they were painted again"
    assert view.verticalScrollBar().maximum() > shown_range, "the scroll bar did not grow with the rows found"
    assert p.rowCount() == len(in_one_go(table, "weather"))


def _layout_changes(p: GrantFilterProxy) -> list[bool]:
    changes: list[bool] = []
    p.layoutChanged.connect(lambda *_: changes.append(True))
    return changes


def test_typing_on_in_a_word_that_still_matches_leaves_the_list_alone(qtbot: Any, table: GrantList,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(GrantFilterProxy, "PROGRESSIVE_ROWS", 100)  # the 375 rows with "ga" are searched in part
    p = table.proxy
    p.set_search("ga")
    finish(qtbot, p)
    changes = _layout_changes(p)
    p.set_search("gam")  # every row with "ga" has "gam": the first matches are the rows listed first
    assert p.searching() and apps(p) == in_one_go(table, "ga")
    finish(qtbot, p)
    assert changes == [], "the list was laid out again for the same rows"
    assert apps(p) == in_one_go(table, "gam")


def test_a_search_that_starts_like_the_list_but_ends_otherwise_changes_it_at_the_end(qtbot: Any,
                                                                                     table: GrantList) -> None:
    names = [f"Alpha {i:04d}" for i in range(300)] + [f"Alpine {i:04d}" for i in range(2_700)]
    table.model.set_items([Grant("facebook", n, str(i), "active") for i, n in enumerate(names)])
    p = table.proxy
    table.table.sortByColumn(table.model.column_index("app"), Qt.SortOrder.AscendingOrder)
    p.set_search("alp")
    finish(qtbot, p)
    changes = _layout_changes(p)
    p.set_search("alph")  # the first rows still match, the Alpine ones further down do not
    assert p.searching() and p.rowCount() == N
    finish(qtbot, p)
    assert changes == [True]
    assert apps(p) == in_one_go(table, "alph") == names[:300]
    assert table.count_label.text() == f"300 of {format_count(N)} shown"


def test_rows_on_screen_far_down_match_while_the_search_goes_on(qtbot: Any, table: GrantList) -> None:
    names = [f"Alpha {i:04d}" for i in range(300)] + [f"Alpine {i:04d}" for i in range(2_700)]
    table.model.set_items([Grant("facebook", n, str(i), "active") for i, n in enumerate(names)])
    p = table.proxy
    view = table.table
    view.sortByColumn(table.model.column_index("app"), Qt.SortOrder.AscendingOrder)
    p.set_search("alp")
    finish(qtbot, p)
    view.scrollTo(p.index(1_500, 0))  # Alpine rows on screen
    QApplication.processEvents()
    table.search.setText("alph")  # as typed: the view says which rows it shows
    on_screen = range(max(view.rowAt(0), 0), view.rowAt(view.viewport().height() - 1) + 1)
    assert all(p.item(r).app.startswith("Alpha") for r in on_screen), "rows that do not match are on screen"
    finish(qtbot, p)
    assert apps(p) == names[:300]


def test_a_search_matching_nothing_says_so_when_it_has_looked_everywhere(qtbot: Any, table: GrantList,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(GrantFilterProxy, "FIRST_BUDGET_S", 0.0)  # rare matches: the first look is short
    p = table.proxy
    p.set_search("xylophone")
    assert p.searching() and p.rowCount() == 0
    assert table.empty_label.isHidden(), "'nothing matches' before the search has looked at every row"
    finish(qtbot, p)
    assert p.rowCount() == 0 and not table.empty_label.isHidden()
    assert table.count_label.text() == f"0 of {format_count(N)} shown"
