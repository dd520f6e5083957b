"""The list's search index arrives with the scored grants (built in the worker), with the names of the people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.builders import facebook as fb
from tests.builders.archive import with_prefix, write_zip
from tests.core.test_several_exports import other_person
from tests.ui.test_several_exports_window import apps_shown, load
from ui.main_window import MainWindow


def test_search_is_ready_when_the_list_appears_and_finds_people_by_name(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    load(qtbot, window, [robin, sam])
    model = window.grant_model
    assert model._search is not None, "the first keystroke must not have to build the index on the UI thread"
    assert model._search == model.build_search(model.items()), "the same text as an index built on the UI thread"
    window.grant_proxy.set_search("sam other")
    sams = {g.app for g in window.inventory().grants if g.account == "facebook:sam.other.7"}
    assert sams and apps_shown(window) == sams


def test_the_first_search_scans_text_already_in_the_list_order(qtbot: Any, window: MainWindow,
                                                                tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    load(qtbot, window, [robin])
    model = window.grant_model
    assert model._ordered_search is not None, "made in the worker: the first keystroke must not reorder 100,000 texts"
    assert model._ordered_search == [model._search[u] for u in model._order]
    # Sorted another way: the text follows the new order, and a search still finds the right rows.
    before = list(model._order)
    window.grant_list.table.sortByColumn(model.column_index("app"), Qt.SortOrder.DescendingOrder)
    assert model._order != before
    window.grant_proxy.set_search("a")
    assert model.search_keys_in_order() == [model._search[u] for u in model._order]
    shown = [window.grant_proxy.item(r) for r in range(window.grant_proxy.rowCount())]
    assert shown and all("a" in model._search[model.items().index(g)] for g in shown)
