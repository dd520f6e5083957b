"""Table models and the proxy: Qt model contract, search, filters, sorting, dates."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from core.model import ActivityRecord, Advertiser, Finding, Grant
from tests.support.threads import in_worker
from ui.models import (
    COL_APP,
    COL_GRANTED,
    COL_LAST_USED,
    COL_PLATFORM,
    COL_RISK,
    COL_STATUS,
    ActivityTableModel,
    AdvertiserTableModel,
    GrantFilterProxy,
    GrantTableModel,
    ObjectRole,
    RowFilterProxy,
    SortRole,
)

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


def grants() -> list[Grant]:
    stale = Finding("stale_access", "medium", "Not used for a long time", "Remove it")
    friends = Finding("friends_era", "high", "Could have copied your friends' data", "Ask for deletion")
    return [
        Grant("facebook", "Café Finder", "1", "active", granted_at=utc(2020, 9, 13)),
        Grant("facebook", "MyPersonality Quiz", "2", "active", granted_at=utc(2014, 3, 14),
              findings=(friends, stale)),
        Grant("facebook", "Photo Editor Plus", "3", "expired", granted_at=utc(2013, 10, 4)),
        Grant("facebook", "Farm Town", None, "removed", removed_at=utc(2016, 5, 5)),
        Grant("x", "Tweet Scheduler", "4", "active", granted_at=utc(2026, 5, 20), last_used_at=utc(2026, 5, 30),
              permissions=("read", "write", "directmessages")),
        Grant("x", "Old Client", "5", "active", granted_at=utc(2019, 1, 1), findings=(stale,)),
    ]


@pytest.fixture
def model(qapp: object) -> GrantTableModel:
    m = GrantTableModel()
    m.set_items(grants())
    return m


@pytest.fixture
def proxy(model: GrantTableModel) -> GrantFilterProxy:
    p = GrantFilterProxy()
    p.setSourceModel(model)
    return p


def names(p: RowFilterProxy) -> list[str]:
    return [p.index(r, COL_APP).data(ObjectRole).app for r in range(p.rowCount())]


def test_grant_model_passes_qt_model_tester(qtmodeltester: object, model: GrantTableModel) -> None:
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_proxy_passes_qt_model_tester_while_filtering_and_sorting(qtmodeltester: object,
                                                                  proxy: GrantFilterProxy) -> None:
    qtmodeltester.check(proxy, force_py=True)  # type: ignore[attr-defined]
    proxy.set_search("a")
    proxy.sort(COL_GRANTED, Qt.SortOrder.DescendingOrder)
    proxy.set_status("active")
    qtmodeltester.check(proxy, force_py=True)  # type: ignore[attr-defined]


def test_activity_and_advertiser_models_pass_qt_model_tester(qtmodeltester: object, qapp: object) -> None:
    act = ActivityTableModel()
    act.set_items([ActivityRecord("facebook", "Coin Exchange", 3, utc(2021, 12, 26), utc(2022, 8, 8),
                                  ("PAGE_VIEW", "PURCHASE")),
                   ActivityRecord("facebook", "Bakery", 1)])
    qtmodeltester.check(act, force_py=True)  # type: ignore[attr-defined]
    assert act.index(0, 5).data() == "page view, purchase"
    assert act.index(1, 3).data() == "unknown"
    adv = AdvertiserTableModel()
    adv.set_items([Advertiser("facebook", "Shoe Shop", ("uploaded a list with your information",))])
    qtmodeltester.check(adv, force_py=True)  # type: ignore[attr-defined]
    assert adv.index(0, 2).data() == "uploaded a list with your information"


def test_rows_expose_the_grant_through_object_role(model: GrantTableModel) -> None:
    g = model.index(4, COL_APP).data(ObjectRole)
    assert isinstance(g, Grant) and g.app == "Tweet Scheduler"
    assert model.index(4, COL_PLATFORM).data() == "X"
    assert model.index(4, COL_STATUS).data() == "Active"


def test_unknown_dates_read_unknown_never_1970(model: GrantTableModel) -> None:
    farm = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Farm Town")
    assert model.index(farm, COL_GRANTED).data() == "unknown"
    assert model.index(farm, COL_LAST_USED).data() == "unknown"
    assert model.index(farm, COL_GRANTED).data(SortRole) is None
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in (COL_GRANTED, COL_LAST_USED)]
    assert not any("1970" in s for s in shown)


def test_known_dates_show_the_year_in_full(model: GrantTableModel) -> None:
    assert "2013" in model.index(2, COL_GRANTED).data()


def test_search_matches_as_you_type_ignoring_case_and_accents(proxy: GrantFilterProxy) -> None:
    proxy.set_search("cafe")
    assert names(proxy) == ["Café Finder"]
    proxy.set_search("CAFÉ fin")
    assert names(proxy) == ["Café Finder"]
    proxy.set_search("quiz friends")  # words may match the name and a finding
    assert names(proxy) == ["MyPersonality Quiz"]
    proxy.set_search("directmessages")  # raw permission keys are searchable
    assert names(proxy) == ["Tweet Scheduler"]
    proxy.set_search("")
    assert proxy.rowCount() == 6


def test_platform_and_status_filters_combine_with_search(proxy: GrantFilterProxy) -> None:
    proxy.set_platform("x")
    assert sorted(names(proxy)) == ["Old Client", "Tweet Scheduler"]
    proxy.set_status("active")
    proxy.set_search("old")
    assert names(proxy) == ["Old Client"]
    proxy.clear_filters()
    assert proxy.rowCount() == 6


def test_quick_filters_behind_the_cards(proxy: GrantFilterProxy) -> None:
    proxy.set_quick_filter("expired")
    assert names(proxy) == ["Photo Editor Plus"]
    proxy.set_quick_filter("attention")  # a high-severity finding; "Old Client" has only a medium one
    assert sorted(names(proxy)) == ["MyPersonality Quiz"]
    proxy.set_quick_filter("unused")  # the stale-access finding decides, as in core.summary (one definition)
    assert sorted(names(proxy)) == ["MyPersonality Quiz", "Old Client"]
    proxy.set_quick_filter(None)
    assert proxy.rowCount() == 6


def test_sorting_puts_unknown_dates_last_in_both_directions(proxy: GrantFilterProxy) -> None:
    proxy.sort(COL_GRANTED, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[0] == "Photo Editor Plus" and names(proxy)[-1] == "Farm Town"
    proxy.sort(COL_GRANTED, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Tweet Scheduler" and names(proxy)[-1] == "Farm Town"


def test_sorting_by_risk_puts_the_most_severe_first(proxy: GrantFilterProxy) -> None:
    proxy.sort(COL_RISK, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[:2] == ["MyPersonality Quiz", "Old Client"]
    assert proxy.index(0, COL_RISK).data() == "High (2)"


def test_sorting_keeps_the_selection_on_the_same_grant(proxy: GrantFilterProxy) -> None:
    proxy.sort(COL_APP, Qt.SortOrder.AscendingOrder)
    row = names(proxy).index("Old Client")
    kept = QPersistentModelIndex(proxy.index(row, COL_APP))
    proxy.sort(COL_APP, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data(ObjectRole).app == "Old Client"
    assert kept.row() != row


def test_filter_survives_new_items(model: GrantTableModel, proxy: GrantFilterProxy) -> None:
    proxy.set_platform("x")
    model.set_items([*grants(), Grant("x", "New X App", "9", "active")])
    assert sorted(names(proxy)) == ["New X App", "Old Client", "Tweet Scheduler"]


def test_ten_thousand_rows_filter_and_sort_correctly(qapp: object) -> None:
    many = [Grant("facebook", f"App {i:05d}", str(i), ("active", "expired", "removed")[i % 3],
                  granted_at=utc(2010, 1, 1) + timedelta(days=i)) for i in range(10_000)]
    m = GrantTableModel()
    m.set_items(many)
    p = GrantFilterProxy()
    p.setSourceModel(m)
    p.sort(COL_GRANTED, Qt.SortOrder.DescendingOrder)
    p.set_search("app 0999")  # every word must match somewhere: App 09990-09999 and App 00999
    assert p.rowCount() == 11
    p.set_search("")
    assert p.rowCount() == 10_000
    assert p.index(0, COL_APP).data() == "App 09999"


def test_multi_data_answers_like_data_for_every_role(proxy: GrantFilterProxy) -> None:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    proxy.sort(COL_APP, Qt.SortOrder.DescendingOrder)
    proxy.set_platform("facebook")
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
             Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.CheckStateRole, ObjectRole, SortRole]
    for r in range(proxy.rowCount()):
        for c in range(proxy.columnCount()):
            idx = proxy.index(r, c)
            for role in roles:
                cell = QModelRoleData(int(role))
                proxy.multiData(idx, QModelRoleDataSpan(cell))  # what item delegates call when painting
                expected = idx.data(role)
                got = cell.data()
                if isinstance(expected, (str, int, type(None))) or hasattr(expected, "app"):
                    assert got == expected, (r, c, role)
                else:  # icons and brushes: same kind of value
                    assert type(got) is type(expected), (r, c, role)


def test_display_reads_what_each_visible_cell_shows(proxy: GrantFilterProxy) -> None:
    """What fitting the columns measures (proxy.display) is the text on screen, under a filter and a sort."""
    proxy.sort(COL_APP, Qt.SortOrder.DescendingOrder)
    proxy.set_platform("facebook")
    assert 0 < proxy.rowCount() < proxy.source().rowCount()
    for r in range(proxy.rowCount()):
        for c in range(proxy.columnCount()):
            assert proxy.display(r, c) == (proxy.index(r, c).data() or ""), (r, c)


def test_a_cell_shows_no_icon_or_colour_of_the_cell_painted_before_it(proxy: GrantFilterProxy) -> None:
    """Qt's item delegate reuses one set of role data for every cell it paints: a cell without an icon (the app's
    name) or without dimmed text must not keep the previous cell's (the status dot, an unknown date's grey)."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    roles = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
             Qt.ItemDataRole.BackgroundRole]
    reused = [QModelRoleData(int(role)) for role in roles]
    seen_icon = False
    for r in range(proxy.rowCount()):
        for c in range(proxy.columnCount()):
            idx = proxy.index(r, c)
            for role, rd in zip(roles, reused, strict=True):
                proxy.multiData(idx, QModelRoleDataSpan(rd))  # the same role data as for the cell before
                expected = idx.data(role)
                assert (rd.data() is None) == (expected is None), (r, c, role)
            seen_icon = seen_icon or idx.data(Qt.ItemDataRole.DecorationRole) is not None
    assert seen_icon  # the check above met cells with a dot and cells without one

    delegate = QStyledItemDelegate()
    status, app = proxy.index(0, proxy.source().column_index("status")), proxy.index(0, COL_APP)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, status)
    assert not option.icon.isNull()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, app)  # painted right after the status cell
    assert option.icon.isNull()
    assert option.text == app.data()


def test_long_lists_sort_in_runs_exactly_like_one_stable_sort(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.ordering

    # Many ties (few names, few dates) and unknown dates: the order of equal keys must not depend on the runs
    # (made in a worker, as a window's background sort is; one sort on the main thread).
    many = [Grant("facebook", f"App {i % 37:02d}", str(i), ("active", "expired", "removed")[i % 3],
                  granted_at=None if i % 11 == 0 else utc(2010, 1, 1) + timedelta(days=i % 13)) for i in range(9_000)]
    m = GrantTableModel()
    monkeypatch.setattr(core.ordering, "RUN", 1_000)
    in_runs = in_worker(lambda: {(c, o): m.sorted_order(many, c, o) for c in (COL_APP, COL_GRANTED, COL_STATUS)
                                 for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)})
    monkeypatch.setattr(core.ordering, "RUN", 1_000_000)
    for (c, o), order in in_runs.items():
        assert order == m.sorted_order(many, c, o), (c, o)
    unknown = [i for i in range(9_000) if i % 11 == 0]  # last, in their own order, in both directions
    assert in_runs[COL_GRANTED, Qt.SortOrder.DescendingOrder][-len(unknown):] == unknown
    assert in_runs[COL_GRANTED, Qt.SortOrder.AscendingOrder][-len(unknown):] == unknown


def test_typing_and_deleting_gives_the_same_rows_as_searching_afresh(qapp: object) -> None:
    words = ["photo", "quiz", "music", "café", "fit"]
    many = [Grant(("facebook", "x")[i % 2], f"{words[i % 5]} {words[(i // 5) % 5]} {i:04d}", str(i), "active")
            for i in range(3_000)]
    m = GrantTableModel()
    m.set_items(many)
    p = GrantFilterProxy()
    p.setSourceModel(m)
    p.sort(COL_APP, Qt.SortOrder.AscendingOrder)

    def fresh(text: str) -> list[str]:
        q = GrantFilterProxy()
        q.setSourceModel(m)
        q.set_platform("x")
        q.set_search(text)
        return names(q)

    p.set_platform("x")
    typed = ""
    for key in "quiz cafe 01" + "\b" * 7 + "2" + "\b" * 6 + "music":
        typed = typed[:-1] if key == "\b" else typed + key
        p.set_search(typed)
        assert names(p) == fresh(typed), typed
    assert names(p) and all("music" in n for n in names(p))


def test_filtering_keeps_the_selected_grant_selected_while_it_is_shown(qapp: object) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from ui.views.tables import DataTable

    m = GrantTableModel()
    m.set_items(grants())
    p = GrantFilterProxy()
    p.setSourceModel(m)
    view = DataTable()  # the lists' table: whole rows selected
    view.setModel(p)
    row = names(p).index("Old Client")
    view.selectionModel().select(p.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.setCurrentIndex(p.index(row, 0))
    p.set_search("client")
    assert [p.item(i.row()).app for i in view.selectionModel().selectedRows()] == ["Old Client"]
    assert p.item(view.currentIndex().row()).app == "Old Client"
    p.set_search("")
    assert [p.item(i.row()).app for i in view.selectionModel().selectedRows()] == ["Old Client"]
    p.set_search("tweet")  # filtered out: nothing selected, nothing stale
    assert view.selectionModel().selectedRows() == []
    p.set_search("")
    assert p.rowCount() == 6


def test_a_changed_decision_column_repaints_only_through_the_filter(qapp: object) -> None:
    m = GrantTableModel()
    m.set_items(grants())
    p = GrantFilterProxy()
    p.setSourceModel(m)
    p.set_platform("x")
    changed: list[tuple[int, int]] = []
    p.dataChanged.connect(lambda tl, br, *_: changed.append((tl.row(), br.row())))
    decided = {"Old Client": "remove"}
    m.set_decision_lookup(lambda g: decided.get(g.app, ""))
    assert changed == [(0, p.rowCount() - 1)]
    col = m.column_index("decision")
    row = names(p).index("Old Client")
    assert p.index(row, col).data() == "Remove it"


def test_a_long_list_is_sorted_in_the_background_and_a_stale_order_is_dropped(
        qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    many = [Grant("facebook", f"App {i:03d}", str(i), "active", granted_at=utc(2010, 1, 1) + timedelta(days=i))
            for i in range(300)]
    m = GrantTableModel()
    m.set_items(many)
    p = GrantFilterProxy()
    p.setSourceModel(m)
    pending: list[tuple[Any, Any]] = []
    m.set_background(lambda compute, done: pending.append((compute, done)))
    monkeypatch.setattr(m, "BACKGROUND_SORT_ROWS", 100)
    p.sort(COL_GRANTED, Qt.SortOrder.DescendingOrder)
    assert names(p)[0] == "App 000", "the UI thread did not sort"
    compute, done = pending.pop()
    done(compute())
    assert names(p)[0] == "App 299"
    p.sort(COL_GRANTED, Qt.SortOrder.AscendingOrder)
    p.sort(COL_APP, Qt.SortOrder.DescendingOrder)  # asked again before the first one is done: only the last counts
    (first, first_done), (last, last_done) = pending
    last_done(last())
    first_done(first())
    assert names(p)[0] == "App 299" and m.sort_state() == (COL_APP, Qt.SortOrder.DescendingOrder)
    p.sort(COL_GRANTED, Qt.SortOrder.AscendingOrder)
    compute, done = pending.pop()
    m.set_items(many[:200])  # new items meanwhile: they are sorted with them, the old order is dropped
    done(compute())
    assert p.rowCount() == 200 and names(p)[0] == "App 000"


def test_filters_hold_after_sorting_either_way(proxy: GrantFilterProxy) -> None:
    proxy.set_platform("facebook")
    proxy.set_search("o")
    proxy.sort(COL_APP, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == sorted(names(proxy), key=str.casefold)
    up = names(proxy)
    proxy.sort(COL_APP, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == up[::-1] and set(up) == {"Café Finder", "MyPersonality Quiz", "Photo Editor Plus",
                                                     "Farm Town"}
