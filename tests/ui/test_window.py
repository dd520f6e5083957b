"""The main window as a person uses it: start screen, loading, cards, filters, detail, errors, cancel, quit."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

import core.workspace as workspace_module
from core.errors import Cancelled
from core.model import Grant, Inventory, Source
from core.scan import scan_paths
from core.tasks import CancelToken, ProgressFn
from tests.builders import hostile
from tests.builders import x as xb
from tests.builders.archive import with_prefix, write_zip
from ui.main_window import PAGE_START, PAGE_WORKSPACE, TAB_ACTIVITY, TAB_ADVERTISERS, MainWindow
from ui.models import COL_APP, COL_GRANTED, ObjectRole

LOAD_TIMEOUT = 10_000


def wait_loaded(qtbot: object, w: MainWindow, rows: int = 1) -> None:
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() >= rows and not w.is_loading(),  # type: ignore[attr-defined]
                    timeout=LOAD_TIMEOUT)


def row_of(w: MainWindow, app: str) -> int:
    for r in range(w.grant_proxy.rowCount()):
        if w.grant_proxy.index(r, COL_APP).data(ObjectRole).app == app:
            return r
    raise AssertionError(f"{app} not listed")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Captures URLs the window asks the system browser to open."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True)
    return urls


def test_start_screen_explains_and_offers_open_and_demo(window: MainWindow) -> None:
    assert window.stack.currentIndex() == PAGE_START
    s = window.start_screen
    assert "nothing is uploaded" in s.intro.text()
    assert s.open_button.isVisible() and s.demo_button.isVisible()
    assert set(s.request_buttons) == {"facebook", "instagram", "x", "google", "snapchat", "tiktok", "discord",
                                      "reddit"}
    # Platforms whose archive is requested inside their app show steps but no dead button.
    assert s.request_buttons["google"].isVisible() and not s.request_buttons["tiktok"].isVisible()


def test_request_links_open_in_the_system_browser(window: MainWindow, opened: list[str]) -> None:
    links = json.loads((Path(__file__).parents[2] / "resources" / "links.json").read_text())["platforms"]
    QTest.mouseClick(window.start_screen.request_buttons["x"], Qt.MouseButton.LeftButton)
    assert opened == [links["x"]["request_url"]]


def test_open_archive_through_the_worker_until_rows_appear(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    assert window.is_loading()
    wait_loaded(qtbot, window)
    assert window.stack.currentIndex() == PAGE_WORKSPACE
    apps = {window.grant_proxy.index(r, COL_APP).data() for r in range(window.grant_proxy.rowCount())}
    assert {"Café Finder", "Slideshow Maker", "Photo Editor Plus", "Netflix"} <= apps
    assert window.cards.card("expired").count_text() == "2"
    assert window.cards.card("removed").count_text() == "3"
    assert window.cards.card("advertisers").count_text() == "3"
    assert window.activity_model.rowCount() == 2
    assert "G3" in window.sources_panel.text()
    assert window.inventory().grants and window.inventory().sources[0].platform == "facebook"
    recent = json.loads(window.services.paths.settings_file.read_text())["recent"]
    assert recent == [[str(fb_zip)]]
    assert window.recent_menu.actions()[0].text() == fb_zip.name


def test_selecting_a_grant_shows_detail_and_manage_link(qtbot: object, window: MainWindow, fb_zip: Path,
                                                        opened: list[str]) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    window.grant_list.select_row(row_of(window, "Slideshow Maker"))
    assert window.detail.title_text() == "Slideshow Maker"
    body = window.detail.body_text()
    assert "Timeline" in body and "2013" in body
    assert "facebook-robinexample.zip" in body and "apps_and_websites.json" in body
    assert "does not say" in body  # Facebook archives list no permissions: said plainly, not left blank
    (button,) = window.detail.manage_buttons()
    assert button.text() == "Manage on Facebook"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.facebook.com/settings?tab=applications"]


def test_help_shows_the_start_screen_and_back_returns(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    how = next(a for a in window.menuBar().actions()[-1].menu().actions() if "Archive" in a.text())
    how.trigger()
    assert window.stack.currentIndex() == PAGE_START
    QTest.mouseClick(window.start_screen.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == PAGE_WORKSPACE


def test_multi_select_summarises_the_selection(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    window.grant_list.table.selectAll()
    n = window.grant_proxy.rowCount()
    assert window.detail.title_text() == f"{n} apps selected"
    assert len(window.grant_list.selected_items()) == n


def test_cards_filter_the_list_and_click_again_clears(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    total = window.grant_proxy.rowCount()
    QTest.mouseClick(window.cards.card("removed"), Qt.MouseButton.LeftButton)
    statuses = {window.grant_proxy.item(r).status for r in range(window.grant_proxy.rowCount())}
    assert statuses == {"removed"} and window.grant_proxy.rowCount() == 3
    assert window.grant_list.status_combo.currentData() == "removed"
    QTest.mouseClick(window.cards.card("removed"), Qt.MouseButton.LeftButton)
    assert window.grant_proxy.rowCount() == total
    QTest.mouseClick(window.cards.card("advertisers"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == TAB_ADVERTISERS
    QTest.mouseClick(window.cards.card("activity"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == TAB_ACTIVITY


def test_filter_by_finding(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.grant_list.finding_combo.count() > 1, timeout=LOAD_TIMEOUT)  # type: ignore
    combo = window.grant_list.finding_combo
    titles = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert titles["friends_era"] == "Friends-era Facebook app"
    combo.setCurrentIndex(combo.findData("friends_era"))
    shown = {window.grant_proxy.item(r).app for r in range(window.grant_proxy.rowCount())}
    assert shown and "Slideshow Maker" in shown and "Café Finder" not in shown  # connected in 2020
    assert all(any(f.rule == "friends_era" for f in window.grant_proxy.item(r).findings)
               for r in range(window.grant_proxy.rowCount()))
    window.grant_list.clear_filters()
    assert combo.currentData() is None and "Café Finder" in {
        window.grant_proxy.item(r).app for r in range(window.grant_proxy.rowCount())}


def test_ctrl_f_focuses_search_and_typing_filters(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    window.activateWindow()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()
    qtbot.waitUntil(window.grant_list.search.hasFocus, timeout=2000)  # type: ignore[attr-defined]
    QTest.keyClicks(window.grant_list.search, "cafe")
    assert [window.grant_proxy.item(r).app for r in range(window.grant_proxy.rowCount())] == ["Café Finder"]
    assert "1 of" in window.grant_list.count_label.text()


def test_a_second_platforms_archive_adds_to_the_list(qtbot: object, window: MainWindow, fb_zip: Path,
                                                     tmp_path: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    before = window.grant_proxy.rowCount()
    x_zip = write_zip(xb.v2(), tmp_path / "twitter-2025.zip")
    window.load_paths([str(x_zip)])
    qtbot.waitUntil(lambda: {g.platform for g in window.inventory().grants} >= {"facebook", "x"},  # type: ignore
                    timeout=LOAD_TIMEOUT)
    assert window.grant_proxy.rowCount() > before
    assert window.grant_list.platform_combo.isVisibleTo(window)
    window.grant_list.platform_combo.setCurrentIndex(window.grant_list.platform_combo.findData("x"))
    assert {window.grant_proxy.item(r).platform for r in range(window.grant_proxy.rowCount())} == {"x"}


def test_add_inventory_merges_grants_from_elsewhere(qtbot: object, window: MainWindow) -> None:
    live = Inventory(sources=(Source("keycloak", "live:robin@id.example.org", kind="live"),),
                     grants=(Grant("keycloak", "Wiki", "wiki", "active", permissions=("openid", "email"),
                                   source="live:robin@id.example.org"),))
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):  # type: ignore[attr-defined]
        window.add_inventory(live)
    assert [g.app for g in window.inventory().grants] == ["Wiki"]
    window.grant_list.select_row(0)
    assert "id.example.org" in window.detail.body_text()


def test_opening_the_same_archive_twice_does_not_duplicate(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    n = len(window.inventory().grants)
    window.load_paths([str(fb_zip)])
    assert not window.is_loading()
    assert "already open" in window.message_bar.title()
    assert len(window.inventory().grants) == n


@pytest.mark.parametrize("make, words", [
    (lambda p: hostile.random_bytes(p / "download.zip"), "not an archive"),
    (lambda p: hostile.truncated_zip(p / "facebook-part.zip"), "incomplete"),
    (lambda p: hostile.empty_zip(p / "nothing.zip"), "No supported data"),
    (lambda p: p / "missing.zip", "could not be found"),
])
def test_bad_archives_get_a_plain_inline_message(qtbot: object, window: MainWindow, tmp_path: Path,
                                                  make: object, words: str) -> None:
    crashes: list[object] = []
    window.crashed.connect(lambda *a: crashes.append(a))
    path = make(tmp_path)  # type: ignore[operator]
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT) as blocker:  # type: ignore[attr-defined]
        window.load_paths([str(path)])
    assert blocker.args == [False]
    assert window.message_bar.isVisible()
    text = window.message_bar.title() + " " + window.message_bar.body()
    assert words in text
    assert path.name in text
    assert "Traceback" not in text and "Error" not in text
    assert not crashes
    assert window.stack.currentIndex() == PAGE_START


def test_unexpected_worker_exception_reaches_the_crash_path(qtbot: object, window: MainWindow, fb_zip: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(paths: list[str], progress: ProgressFn, cancel: CancelToken, limits: object = None) -> Inventory:
        raise KeyError("internal bug")

    monkeypatch.setattr(workspace_module, "scan_paths", broken)
    with qtbot.waitSignal(window.crashed, timeout=LOAD_TIMEOUT) as blocker:  # type: ignore[attr-defined]
        window.load_paths([str(fb_zip)])
    summary, details = blocker.args
    assert "KeyError" in details and "internal bug" in details
    assert "bug in Grantscope" in window.message_bar.body()
    assert not window.is_loading()


def blocking_scan(release: threading.Event, seen_cancel: threading.Event):  # type: ignore[no-untyped-def]
    """A scan that waits (checking its token like the real one) until released or cancelled."""

    def scan(paths: list[str], progress: ProgressFn, cancel: CancelToken, limits: object = None) -> Inventory:
        while not release.is_set():
            if cancel.cancelled:
                seen_cancel.set()
                raise Cancelled("cancelled")
            time.sleep(0.005)
        return scan_paths(paths, progress=progress, cancel=cancel)

    return scan


def test_progress_bar_appears_only_after_half_a_second(qtbot: object, window: MainWindow, fb_zip: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    release, seen = threading.Event(), threading.Event()
    monkeypatch.setattr(workspace_module, "scan_paths", blocking_scan(release, seen))
    t0 = time.monotonic()
    window.load_paths([str(fb_zip)])
    qtbot.wait(200)  # type: ignore[attr-defined]
    assert not window.banner.isVisible()
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)  # type: ignore[attr-defined]
    assert time.monotonic() - t0 >= 0.45
    release.set()
    wait_loaded(qtbot, window)
    assert not window.banner.isVisible()


def test_cancel_is_silent_and_keeps_the_list(qtbot: object, window: MainWindow, fb_zip: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    before = window.inventory()
    release, seen = threading.Event(), threading.Event()
    monkeypatch.setattr(workspace_module, "scan_paths", blocking_scan(release, seen))
    other = write_zip(with_prefix(xb.v2(), "x"), tmp_path / "x.zip")
    window.load_paths([str(other)])
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)  # type: ignore[attr-defined]
    QTest.mouseClick(window.banner.cancel_button(), Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible() and not window.is_loading()
    assert seen.wait(5), "the worker was not told to stop"
    qtbot.wait(100)  # type: ignore[attr-defined]
    assert not window.message_bar.isVisible()
    assert window.inventory() is before


def test_quitting_while_loading_cancels_and_waits(qtbot: object, services: object, fb_zip: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    release, seen = threading.Event(), threading.Event()
    monkeypatch.setattr(workspace_module, "scan_paths", blocking_scan(release, seen))
    w = MainWindow(services)  # type: ignore[arg-type]
    w.show()
    w.load_paths([str(fb_zip)])
    qtbot.wait(50)  # type: ignore[attr-defined]
    t0 = time.monotonic()
    w.close()
    assert seen.is_set(), "closing returned before the worker stopped"
    assert time.monotonic() - t0 < 5
    assert services.runner.wait(0), "a worker is still running after close"  # type: ignore[attr-defined]


def test_drop_archives_onto_the_window(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fb_zip))])
    event = QDropEvent(QPointF(QPoint(100, 100)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_loaded(qtbot, window)
    assert window.inventory().sources[0].path == str(fb_zip)


def test_demo_loads_every_archive_but_not_the_script(qtbot: object, window: MainWindow) -> None:
    QTest.mouseClick(window.start_screen.demo_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert [Path(s.path).name for s in window.inventory().sources] == ["facebook-demo.zip"]
    assert window.services.settings.recent() == []  # the demo is not a recent file


def test_missing_demo_is_explained(qtbot: object, window: MainWindow, tmp_path: Path) -> None:
    window.services.demo_dir = tmp_path / "nowhere"
    window.load_demo()
    assert "demo archives are missing" in window.message_bar.title()


def test_bundled_demo_shows_a_full_screen(qtbot: object, services: object) -> None:
    from ui.resources import DEMO_DIR, demo_inputs

    if not demo_inputs(DEMO_DIR):
        pytest.skip("resources/demo has no archives yet (run resources/demo/build_demo.py)")
    services.demo_dir = DEMO_DIR  # type: ignore[attr-defined]
    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.load_demo()
    wait_loaded(qtbot, w, rows=10)
    apps = " ".join(g.app for g in w.inventory().grants)
    assert "Quiz" in apps or "quiz" in apps
    # The cards say what the exported summary says (one business on Facebook and Instagram counts once).
    qtbot.waitUntil(lambda: not w.is_loading(), timeout=LOAD_TIMEOUT)  # type: ignore[attr-defined]
    from tests.support.report import to_document

    summary = to_document(w.inventory())["summary"]
    assert w.cards.card("activity").count_text() == str(summary["businesses_sending_activity"])
    assert w.cards.card("attention").count_text() == str(summary["grants_needing_attention"])
    assert w.cards.card("activity").count_text() != str(w.activity_model.rowCount())  # demo: shared names
    w.close()


def test_geometry_columns_and_recent_survive_a_restart(qtbot: object, services: object, fb_zip: Path) -> None:
    w = MainWindow(services)  # type: ignore[arg-type]
    w.show()
    w.resize(1111, 777)
    w.grant_list.table.horizontalHeader().resizeSection(COL_APP, 333)
    w.grant_list.table.sortByColumn(COL_GRANTED, Qt.SortOrder.DescendingOrder)
    w.load_paths([str(fb_zip)])
    wait_loaded(qtbot, w)
    w.close()
    saved = json.loads(services.paths.settings_file.read_text())  # type: ignore[attr-defined]
    assert saved["columns"]["grants"]["app"] == 333
    services.settings.load()  # type: ignore[attr-defined]
    again = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.grant_list.table.horizontalHeader().sectionSize(COL_APP) == 333
    assert again.size().width() == 1111
    assert again.recent_menu.actions()[0].toolTip() == str(fb_zip)
    assert again.grant_model.sort_state() == (COL_GRANTED, Qt.SortOrder.DescendingOrder)
    again.close()


def test_crash_dialog_copies_details(qtbot: object, qapp: object) -> None:
    from ui.dialogs.crash_dialog import CrashDialog

    dlg = CrashDialog("Traceback (most recent call last):\n  KeyError: 'x'", Path("/tmp/grantscope.log"))
    qtbot.addWidget(dlg)  # type: ignore[attr-defined]
    QTest.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    assert "KeyError" in QGuiApplication.clipboard().text()


def test_live_account_parts_are_replaced_and_removed(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    from PySide6.QtCore import QObject, Signal

    class FakeAccounts(QObject):
        partChanged = Signal(str, object)
        partRemoved = Signal(str, object)
        message = Signal(str, str, str)
        revokeFinished = Signal(object, bool)
        accountsChanged = Signal()
        signInNeeded = Signal(object)
        busyChanged = Signal(bool)

        def keys(self) -> list[str]:
            return ["keycloak|https://id.example.org/realms/r|robin"]

        def label(self, key: str) -> str:
            return "robin@id.example.org"

        def settings_url(self, key: str) -> str | None:
            return None

        def resumable(self) -> list[object]:
            return []

        def pending_revocations(self) -> list[object]:
            return []

        def cancel_all(self) -> None:
            pass

        def source(self, key: str) -> Source:
            return src

        def can_revoke(self, grant: Grant) -> bool:
            return grant.live

    src = Source("keycloak", "live:robin@id.example.org", kind="live")

    def part(*apps: str) -> Inventory:
        return Inventory(sources=(src,), grants=tuple(
            Grant("keycloak", a, a, "active", source=src.path, revoke_handle="h") for a in apps))

    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    fb = len(window.inventory().grants)
    accounts = FakeAccounts()
    window.attach_accounts(accounts)
    assert any("Disconnect robin@id.example.org" in a.text() for a in window.accounts_menu.actions())
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):  # type: ignore[attr-defined]
        accounts.partChanged.emit("k", part("Wiki", "Chat"))
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):  # type: ignore[attr-defined]
        accounts.partChanged.emit("k", part("Wiki"))  # listed again after a revoke: Chat is gone
    live = [g.app for g in window.inventory().grants if g.live]
    assert live == ["Wiki"] and len(window.inventory().grants) == fb + 1
    window.grant_list.select_row(row_of(window, "Wiki"))
    assert [b.text() for b in window.detail.manage_buttons()][-1] == "Revoke access…"
    accounts.message.emit("Access removed: Chat", "Keycloak no longer lists Chat.", "info")
    assert window.message_bar.title() == "Access removed: Chat"
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):  # type: ignore[attr-defined]
        accounts.partRemoved.emit("k", src)
    assert not any(g.live for g in window.inventory().grants)
    assert all(s.kind != "live" for s in window.inventory().sources)


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # offscreen plugin, dialogs
def test_export_action_opens_the_export_dialog(qtbot: object, window: MainWindow, fb_zip: Path) -> None:
    assert not window.export_action.isEnabled()  # nothing loaded yet
    window.load_paths([str(fb_zip)])
    wait_loaded(qtbot, window)
    assert window.export_action.isEnabled()
    window.grant_list.set_status("active")
    window.export_action.trigger()
    dlg = window._export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=3000)  # type: ignore[attr-defined]
    assert len(dlg.filtered) == window.grant_proxy.rowCount()
    dlg.reject()
