"""Issue 12 in the window: the hostile corpus's fast half through the loader, quitting during a hang-prone
page, rapid decision clicks keeping the last one, and a damaged decisions database moved aside."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.store import DecisionStore, grant_key
from tests.builders.hostile_corpus import cases
from tests.ui.test_decision import load, select
from ui.main_window import MainWindow

FAST = [c for c in cases() if c.fast]


def _inputs(folder: Path, args: list[str]) -> list[str]:
    """The scan arguments that are input paths (options such as --redact or -o FILE are the CLI's)."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a in ("-o", "--stale-days", "--format"):
            skip = True
        elif not a.startswith("--") and Path(a).exists():
            out.append(a)
    return out


@pytest.fixture(scope="module")
def fast_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    base = tmp_path_factory.mktemp("hostile-ui")
    built = []
    for c in FAST:
        folder = base / c.name
        folder.mkdir()
        built.append((c.name, _inputs(folder, c.build(folder))))
    return built


def test_the_fast_half_of_the_corpus_loads_in_the_window(qtbot: object, services: object,
                                                         fast_inputs: list[tuple[str, list[str]]]) -> None:
    assert len(FAST) >= len(cases()) // 2 - 4 and all(paths for _, paths in fast_inputs)
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    for name, paths in fast_inputs:
        start = time.monotonic()
        with qtbot.waitSignal(w.loadFinished, timeout=20_000):  # type: ignore[attr-defined]
            w.load_paths(paths, remember=False)
        assert time.monotonic() - start < 10, name
        shown = w.message_bar._title.text() if w.message_bar.isVisible() else ""
        assert "bug" not in shown.lower() and "Something went wrong" not in shown, (name, shown)
        assert not w.is_loading()
    w.close()


def test_quit_during_a_hang_prone_page_returns_within_2_seconds(qtbot: object, services: object, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from core.importers import meta_html

    inside = threading.Event()
    real_parse = meta_html.parse_html

    def spy(*args: object, **kw: object) -> object:
        """The real parser, run again and again: a page that takes as long as it must for the test (a fast
        machine parses this case in under 300 ms). Only the parser's own cancel check can end it."""
        inside.set()
        while True:
            real_parse(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(meta_html, "parse_html", spy)
    case = next(c for c in cases() if c.name == "html-title-then-1.5m-br")
    paths = _inputs(tmp_path, case.build(tmp_path))
    w = MainWindow(services)  # type: ignore[arg-type]
    w.show()
    w.load_paths(paths, remember=False)
    qtbot.waitUntil(inside.is_set, timeout=10_000)  # type: ignore[attr-defined]
    qtbot.wait(300)  # type: ignore[attr-defined]  # well inside html.parser (the page takes seconds)
    assert w.is_loading()
    start = time.monotonic()
    w.close()
    assert time.monotonic() - start < 2.0
    assert services.runner.wait(0)  # type: ignore[attr-defined]  # the worker thread has really returned


def test_rapid_decision_clicks_keep_the_last_one(qtbot: object, services: object, fb_zip: Path) -> None:
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    load(qtbot, w, fb_zip)
    pane = w._decision_pane
    assert pane is not None
    select(w, "Slideshow Maker")
    grant = pane._grant  # type: ignore[attr-defined]
    order = ["keep", "remove"] * 15 + ["keep"]  # 31 clicks, the last is "keep"
    for value in order:
        QTest.mouseClick(pane.buttons[value], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not services.runner.busy, timeout=10_000)  # type: ignore[attr-defined]
    assert pane.decision() == "keep"  # type: ignore[attr-defined]
    stored = DecisionStore(services.paths.database).get(grant_key(grant))  # type: ignore[attr-defined]
    assert stored is not None and stored.decision == "keep"
    assert pane.decision_for(grant).decision == "keep"  # type: ignore[attr-defined]
    w.close()


def test_a_damaged_database_is_moved_aside_and_the_window_says_so(qtbot: object, services: object,
                                                                 fb_zip: Path) -> None:
    db = services.paths.database  # type: ignore[attr-defined]
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"this is not an SQLite database " * 100)
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    pane = w._decision_pane
    assert pane is not None
    qtbot.waitUntil(lambda: bool(pane.store_notice), timeout=10_000)  # type: ignore[attr-defined]
    assert "moved" in pane.store_notice  # type: ignore[attr-defined]
    moved = services.store.moved_aside  # type: ignore[attr-defined]
    assert moved is not None and moved.read_bytes().startswith(b"this is not an SQLite database")
    load(qtbot, w, fb_zip)
    select(w, "Slideshow Maker")
    with qtbot.waitSignal(pane.saved, timeout=5000):  # type: ignore[attr-defined]
        QTest.mouseClick(pane.buttons["remove"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert DecisionStore(db).load_all()  # the fresh database works
    w.close()


@pytest.mark.parametrize("days", [0, -5, 9_999_999_999, True])
def test_preferences_refuse_out_of_range_stale_days(qtbot: object, services: object, days: int) -> None:
    from ui.dialogs.preferences import PreferencesDialog

    settings = services.settings  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        settings.set_stale_days(days)
    assert settings.stale_days() == 90
    dlg = PreferencesDialog(days if not isinstance(days, bool) else 1)
    qtbot.addWidget(dlg)  # type: ignore[attr-defined]
    assert 1 <= dlg.days.value() <= 3650 and (dlg.days.minimum(), dlg.days.maximum()) == (1, 3650)


def test_selecting_an_app_with_a_1mb_name_stays_quick(qtbot: object, services: object, tmp_path: Path) -> None:
    case = next(c for c in cases() if c.name == "long-name-1mb-pdf")
    paths = _inputs(tmp_path, case.build(tmp_path))
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    load(qtbot, w, Path(paths[0]))
    from ui.models import COL_APP, ObjectRole

    row = next(r for r in range(w.grant_proxy.rowCount())
               if len(w.grant_proxy.index(r, COL_APP).data(ObjectRole).app) >= 1_000_000)
    start = time.monotonic()
    w.grant_list.select_row(row)
    qtbot.wait(50)  # type: ignore[attr-defined]  # let the detail pane lay out
    assert time.monotonic() - start < 1.5
    shown = w.grant_proxy.index(row, COL_APP).data()
    assert len(shown) <= 300 and shown.endswith("…")
    w.close()
