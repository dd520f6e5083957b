"""The clean-up plan in the window: mark several apps "remove", tick done, and a newer export proves or disproves."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from tests.builders import x
from tests.builders.archive import write_zip
from tests.ui.test_preferences import x_archive_with_old_use
from ui.main_window import MainWindow

LOAD_TIMEOUT = 30_000


def x_export(date: str, apps: list[dict[str, Any]]) -> dict[str, bytes]:
    files = x.v2()
    files["data/manifest.js"] = files["data/manifest.js"].replace(b"2025-04-12T14:05:23.470Z", date.encode())
    files["data/connected-application.js"] = x.js("YTD.connected_application.part0", apps)
    files["data/connected-application-part1.js"] = x.js("YTD.connected_application.part1", [])
    return files


def by_name(*names: str) -> list[dict[str, Any]]:
    return [a for a in x.PART0 if a["connectedApplication"]["name"] in names]


def load(qtbot: Any, window: MainWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):
        window.load_paths([str(p) for p in paths], remember=False)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: window.cleanup.idle, timeout=LOAD_TIMEOUT)


def select_apps(window: MainWindow, names: set[str]) -> None:
    proxy, sel = window.grant_proxy, window.grant_list.table.selectionModel()
    sel.clearSelection()
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data() in names:
            sel.select(proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                       | QItemSelectionModel.SelectionFlag.Rows)


def test_mark_remove_tick_done_and_a_newer_export_verifies_one_and_flags_one(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    first = write_zip(x_export("2025-01-10T10:00:00.000Z", by_name("Launch Board", "Quiz Corner", "DM Scheduler",
                                                                     "Dropbox-like Sync ")), tmp_path / "x-jan.zip")
    newer = write_zip(x_export("2025-04-12T14:05:23.470Z", by_name("Quiz Corner", "DM Scheduler",
                                                                     "Dropbox-like Sync ")), tmp_path / "x-apr.zip")
    window.services.now = lambda: datetime(2025, 2, 1, tzinfo=timezone.utc)
    part = window.cleanup
    qtbot.waitUntil(lambda: part.loaded, timeout=LOAD_TIMEOUT)
    load(qtbot, window, [first])

    select_apps(window, {"Launch Board", "Quiz Corner", "DM Scheduler"})
    assert len(window.grant_list.selected_items()) == 3
    part.remove_action.trigger()
    qtbot.waitUntil(lambda: part.idle, timeout=LOAD_TIMEOUT)
    col = window.grant_model.column_index("decision")
    shown = {window.grant_proxy.index(r, 0).data(): window.grant_proxy.index(r, col).data()
             for r in range(window.grant_proxy.rowCount())}
    assert shown["Launch Board"] == shown["Quiz Corner"] == shown["DM Scheduler"] == "Remove it"
    assert shown["Dropbox-like Sync"] == ""

    part.plan_action.trigger()
    view = part.view
    assert view.isVisible()
    assert view.progress_label.text() == "0 of 3 done"
    assert "Open X settings" == view.settings_buttons["x"].text()
    launch, quiz = view.item("Launch Board"), view.item("Quiz Corner")
    for item in (launch, quiz):
        view.boxes[item.key].setChecked(True)
        qtbot.waitUntil(lambda: part.idle, timeout=LOAD_TIMEOUT)
    assert view.progress_label.text() == "2 of 3 done"
    assert not view.still_label.isVisible()

    load(qtbot, window, [newer])  # made after the ticks: Launch Board is gone, Quiz Corner still there
    qtbot.waitUntil(lambda: view.item("Launch Board").state == "verified", timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: view.item("Quiz Corner").state == "still_connected", timeout=LOAD_TIMEOUT)
    assert "verified gone — export of 2025-04-12 (x-apr.zip)" in view.states[launch.key].text()
    assert "still connected" in view.states[quiz.key].text()
    assert view.still_label.isVisible() and "Quiz Corner" in view.still_label.text()
    assert view.item("DM Scheduler").state == "todo"
    assert view.progress_label.text() == "1 of 3 done"  # the still-connected one is not done after all
    md = part.render("md").decode("utf-8")
    assert md.index("## Still connected") < md.index("## X")
    assert "- [x] **Launch Board** (verified gone — export of 2025-04-12 (x-apr.zip))" in md
    assert part.render("pdf").startswith(b"%PDF")

    assert window.services.store.progress().snapshots() == [
        ("x:1234567890", "x-jan.zip", "2025-01-10T10:00:00Z"), ("x:1234567890", "x-apr.zip", "2025-04-12T14:05:23Z")]

    # Remembered: a new window on the same store shows the same plan.
    w2 = MainWindow(window.services)
    qtbot.addWidget(w2)
    qtbot.waitUntil(lambda: w2.cleanup.loaded, timeout=LOAD_TIMEOUT)
    load(qtbot, w2, [first, newer])
    plan2 = w2.cleanup.build()
    assert {i.app: i.state for i in plan2.items} == {
        "Launch Board": "verified", "Quiz Corner": "still_connected", "DM Scheduler": "todo"}


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # offscreen plugin, dialogs
def test_decision_filter_stale_card_and_a_deletion_request_with_only_chosen_details(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    # Facebook's "active" proves recent use; an X archive with a dated last use has a stale app.
    export = x_archive_with_old_use(tmp_path)
    window.services.now = lambda: datetime(2025, 5, 1, tzinfo=timezone.utc)
    part = window.cleanup
    qtbot.waitUntil(lambda: part.loaded, timeout=LOAD_TIMEOUT)
    load(qtbot, window, [export])
    stale = {g.app for g in window.inventory().grants if any(f.rule == "stale_access" for f in g.findings)}
    assert stale
    card = window.cards.card("unused")
    assert part.stale_action in card.actions()  # right-click on the card
    part.stale_action.trigger()
    qtbot.waitUntil(lambda: part.idle, timeout=LOAD_TIMEOUT)
    gl = window.grant_list
    gl.set_decision("remove")
    shown = {window.grant_proxy.index(r, 0).data() for r in range(window.grant_proxy.rowCount())}
    assert shown == stale
    gl.set_decision("none")
    shown = {window.grant_proxy.index(r, 0).data() for r in range(window.grant_proxy.rowCount())}
    assert shown and not shown & stale
    gl.clear_filters()

    view = part.show_plan()
    assert window.tabs.currentWidget() is view
    item = view.item(sorted(stale)[0])
    dlg = part.request_deletion(item)
    assert dlg is not None
    dlg.fields["name"].setText("Robin Example")
    dlg.fields["email"].setText("robin.example@example.org")
    dlg.fields["phone"].setText("+15550100")
    dlg.include["phone"].setChecked(False)  # typed, then left out: not in the text
    dlg.set_language("de")
    text = dlg.text.toPlainText()
    assert "Art. 17 der Datenschutz-Grundverordnung" in text and item.app in text
    assert "Robin Example" in text and "robin.example@example.org" in text and "+15550100" not in text
    saved = tmp_path / "request.txt"
    dlg.save_to(str(saved))
    assert saved.read_text(encoding="utf-8") == text
    dlg.copy_button.click()
    qtbot.waitUntil(lambda: part.idle, timeout=LOAD_TIMEOUT)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text
    assert "deletion requested 2025-05-01" in view.states[item.key].text()
    dlg.close()


def test_the_changes_view_compares_an_older_and_a_newer_export_of_one_account(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    old = write_zip(x_export("2025-01-10T10:00:00.000Z", by_name("Launch Board", "Quiz Corner")),
                    tmp_path / "x-jan.zip")
    new = write_zip(x_export("2025-04-12T14:05:23.470Z", by_name("Quiz Corner", "DM Scheduler")),
                    tmp_path / "x-apr.zip")
    changes = window.cleanup.changes
    load(qtbot, window, [new])
    assert changes.hint.isVisible() or not changes.isVisible()
    assert changes.pair_combo.count() == 0
    load(qtbot, window, [old])  # opened second, but older: it is the "old" side
    window.cleanup.changes_action.trigger()
    assert window.tabs.currentWidget() is changes
    assert changes.pair_combo.count() == 1
    assert "x-jan.zip → x-apr.zip" in changes.pair_combo.itemText(0)
    text = changes.browser.toPlainText()
    assert "New apps (1)" in text and "DM Scheduler (active)" in text
    assert "Apps gone (1)" in text and "Launch Board (active)" in text
    assert "Quiz Corner" not in text

    oldest = write_zip(x_export("2024-06-01T10:00:00.000Z", by_name("Quiz Corner")), tmp_path / "x-2024.zip")
    load(qtbot, window, [oldest])  # three snapshots: any two can be compared, the two latest first
    pairs = [changes.pair_combo.itemText(i).split(": ", 1)[1] for i in range(changes.pair_combo.count())]
    assert pairs == ["x-jan.zip → x-apr.zip", "x-2024.zip → x-apr.zip", "x-2024.zip → x-jan.zip"]
    changes.pair_combo.setCurrentIndex(2)
    text = changes.browser.toPlainText()
    assert "New apps (1)" in text and "Launch Board (active)" in text and "Apps gone" not in text


def test_a_live_grant_in_the_plan_is_revoked_from_the_same_view(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from core.model import Grant, Inventory, Source

    src = Source("keycloak", "live:robin@id.example", kind="live", account="keycloak:robin")
    live = Grant("keycloak", "Team Wiki", "wiki", "active", permissions=("openid", "email"),
                 source="live:robin@id.example", account="keycloak:robin", revoke_handle="consent:wiki")
    asked: list[Grant] = []
    monkeypatch.setattr(window, "accounts", SimpleNamespace(can_revoke=lambda g: g.revoke_handle is not None,
                                                         cancel_all=lambda: None))
    monkeypatch.setattr(window, "confirm_revoke", asked.append)
    part = window.cleanup
    qtbot.waitUntil(lambda: part.loaded, timeout=LOAD_TIMEOUT)
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):
        window.set_part(Inventory(sources=(src,), grants=(live,)))
    part.mark([window.inventory().grants[0]], "remove")
    qtbot.waitUntil(lambda: part.idle, timeout=LOAD_TIMEOUT)
    view = part.show_plan()
    item = view.item("Team Wiki")
    button = view.revoke_buttons[item.key]
    assert button.text() == "Revoke now"
    button.click()
    assert [g.app for g in asked] == ["Team Wiki"]


def test_a_failed_write_says_not_saved_and_changes_nothing(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    first = write_zip(x_export("2025-01-10T10:00:00.000Z", by_name("Launch Board", "Quiz Corner")),
                      tmp_path / "x-jan.zip")
    window.services.now = lambda: datetime(2025, 2, 1, tzinfo=timezone.utc)
    part = window.cleanup
    qtbot.waitUntil(lambda: part.loaded, timeout=LOAD_TIMEOUT)
    load(qtbot, window, [first])

    def locked(*_a: Any, **_k: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(window.services.store, "save", locked)
    select_apps(window, {"Launch Board"})
    part.remove_action.trigger()
    qtbot.waitUntil(lambda: "could not be written" in window.message_bar.body(), timeout=LOAD_TIMEOUT)
    assert window.message_bar.isVisible()
    assert part.build().items == ()
    col = window.grant_model.column_index("decision")
    assert all(not window.grant_proxy.index(r, col).data() for r in range(window.grant_proxy.rowCount()))
