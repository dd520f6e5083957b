""""Your decision" in the detail pane: saved through the worker, back after a restart, never lost on quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.store import DecisionStore, grant_key
from ui.main_window import MainWindow
from ui.models import COL_APP, ObjectRole


def load(qtbot: object, w: MainWindow, path: Path) -> None:
    w.load_paths([str(path)])
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() > 0 and not w.is_loading(), timeout=10_000)  # type: ignore


def select(w: MainWindow, app: str) -> None:
    for r in range(w.grant_proxy.rowCount()):
        if w.grant_proxy.index(r, COL_APP).data(ObjectRole).app == app:
            w.grant_list.select_row(r)
            return
    raise AssertionError(app)


def test_decision_and_note_are_saved_and_come_back(qtbot: object, services: object, fb_zip: Path) -> None:
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    load(qtbot, w, fb_zip)
    pane = w._decision_pane
    assert pane is not None
    select(w, "Slideshow Maker")
    assert pane.isVisible() and pane.decision() == ""
    with qtbot.waitSignal(pane.saved, timeout=5000):  # type: ignore[attr-defined]
        QTest.mouseClick(pane.buttons["remove"], Qt.MouseButton.LeftButton)
    QTest.keyClicks(pane.note, "asked for deletion")
    select(w, "Café Finder")  # switching flushes the pending note at once
    qtbot.waitUntil(lambda: not services.runner.busy, timeout=5000)  # type: ignore[attr-defined]
    assert pane.decision() == "" and pane.note.toPlainText() == ""
    w.close()

    store = DecisionStore(services.paths.database)  # type: ignore[attr-defined]
    saved = {d.app: d for d in store.load_all().values()}
    assert saved["Slideshow Maker"].decision == "remove"
    assert saved["Slideshow Maker"].note == "asked for deletion"

    again = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    load(qtbot, again, fb_zip)
    qtbot.waitUntil(lambda: bool(again._decision_pane._decisions), timeout=5000)  # type: ignore
    select(again, "Slideshow Maker")
    assert again._decision_pane.decision() == "remove"  # type: ignore[union-attr]
    assert again._decision_pane.note.toPlainText() == "asked for deletion"  # type: ignore[union-attr]
    again.close()


def test_a_note_typed_just_before_quitting_is_saved(qtbot: object, services: object, fb_zip: Path) -> None:
    w = MainWindow(services)  # type: ignore[arg-type]
    w.show()
    load(qtbot, w, fb_zip)
    select(w, "Netflix")
    QTest.keyClicks(w._decision_pane.note, "cancelled in 2014")  # type: ignore[union-attr]
    w.close()  # before the note's save delay has passed
    key = [k for k, d in DecisionStore(services.paths.database).load_all().items()  # type: ignore[attr-defined]
           if d.app == "Netflix"]
    assert key and DecisionStore(services.paths.database).get(key[0]).note == "cancelled in 2014"  # type: ignore


def test_multi_selection_hides_the_decision(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    load(qtbot, window, fb_zip)
    window.grant_list.table.selectAll()
    assert window._decision_pane is not None and not window._decision_pane.isVisible()
    assert grant_key(window.grant_proxy.item(0))
