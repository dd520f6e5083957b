"""Several exports in the window: whose data each row is, cards per person, and what is not counted said aloud."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.accounts import only_account
from tests.builders import discord, x
from tests.builders import facebook as fb
from tests.builders.archive import with_prefix, write_zip
from tests.core.test_several_exports import other_person, x_snapshot
from ui.main_window import MainWindow

LOAD_TIMEOUT = 30_000


def load(qtbot: Any, window: MainWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):
        window.load_paths([str(p) for p in paths], remember=False)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=LOAD_TIMEOUT)


def apps_shown(window: MainWindow) -> set[str]:
    proxy = window.grant_proxy
    return {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def test_two_people_get_a_person_filter_an_account_column_and_their_own_cards(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    load(qtbot, window, [robin])
    gl = window.grant_list
    assert not gl.person_combo.isVisible()  # one person: no filter, no account column
    assert gl.table.isColumnHidden(window.grant_model.column_index("account"))
    load(qtbot, window, [sam])  # opened one after the other: still two people, not one blended list
    labels = [gl.person_combo.itemText(i) for i in range(gl.person_combo.count())]
    assert labels == ["Everyone", "Robin Example (Facebook)", "Sam Other (Facebook)"]
    assert gl.person_combo.isVisible()
    assert not gl.table.isColumnHidden(window.grant_model.column_index("account"))
    everyone = window.cards.card("active").count_text()

    gl.person_combo.setCurrentIndex(2)
    inv = window.inventory()
    sams = only_account(inv, "facebook:sam.other.7")
    expected = window.services.workspace.summarize(sams)
    assert window.shown_summary() == expected
    assert window.cards.card("active").count_text() == str(expected.active_stated)
    assert window.cards.card("active").count_text() != everyone
    shown = {g.app for g in sams.grants}
    assert apps_shown(window) == shown
    col = window.grant_model.column_index("account")
    assert {window.grant_proxy.index(r, col).data() for r in range(window.grant_proxy.rowCount())} == {
        "Sam Other (Facebook)"}


def test_an_older_snapshot_is_named_in_the_message_bar_and_not_counted(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    old = write_zip(x_snapshot("2024-01-02T10:00:00.000Z", extra_app=True), tmp_path / "twitter-2024.zip")
    new = write_zip(x_snapshot("2025-04-12T14:05:23.470Z", extra_app=False), tmp_path / "twitter-2025.zip")
    window.services.now = lambda: datetime(2025, 5, 1, tzinfo=timezone.utc)
    load(qtbot, window, [new])
    alone = window.shown_summary()
    load(qtbot, window, [old])
    assert window.shown_summary() == alone  # the newest export counts; the older one is not added
    assert window.message_bar.isVisible()
    assert "twitter-2024.zip is an older export of" in window.message_bar.body()
    assert "not counted" in window.message_bar.body()


def test_an_old_export_says_how_old_it_is(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    archive = write_zip(x.v2(), tmp_path / "twitter-2025-04-12.zip")  # made on 12 April 2025
    window.services.now = lambda: datetime(2026, 6, 12, tzinfo=timezone.utc)
    load(qtbot, window, [archive])
    assert "14 months old" in window.message_bar.body()
    assert "download a fresh copy" in window.message_bar.body()


def test_own_apps_and_listed_only_apps_have_their_own_cards(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    archive = write_zip(discord.old_layout(), tmp_path / "discord-package.zip")
    load(qtbot, window, [archive])
    s = window.shown_summary()
    assert s.own_apps >= 1 and s.active_inferred >= 1 and s.active_stated == 0
    own, listed = window.cards.card("own"), window.cards.card("listed")
    assert own.isVisible() and listed.isVisible()
    assert window.cards.card("active").count_text() == "0"  # Discord does not say what can still reach you
    window._card_filter("listed")
    status_col = window.grant_model.column_index("status")
    statuses = {window.grant_proxy.index(r, status_col).data() for r in range(window.grant_proxy.rowCount())}
    assert statuses == {"Listed"} and window.grant_proxy.rowCount() == s.active_inferred
    window._card_filter("own")
    assert window.grant_proxy.rowCount() == s.own_apps
    assert "Robin's Test Bot" in apps_shown(window)


def test_a_long_list_is_shown_in_steps_and_a_persons_cards_are_counted_in_the_background(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    """As at 100,000 grants (the threshold lowered): the rows, filters, cards and page all show the new data when
    inventoryChanged arrives, and choosing a person brings their cards once the worker has counted them."""
    monkeypatch.setattr(MainWindow, "BACKGROUND_GRANTS", 1)
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    load(qtbot, window, [robin, sam])
    gl = window.grant_list
    inv = window.inventory()
    assert window.grant_proxy.rowCount() == len(inv.grants)
    assert gl.person_combo.count() == 3 and gl.person_combo.isVisible()
    everyone = window.services.workspace.summarize(inv)
    assert window.cards.card("active").count_text() == str(everyone.active_stated)
    assert "app" in window.status_label.text()

    sams = window.services.workspace.summarize(only_account(inv, "facebook:sam.other.7"))
    assert sams.active_stated != everyone.active_stated
    gl.person_combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.cards.card("active").count_text() == str(sams.active_stated), timeout=10_000)
    assert window.shown_summary() == sams
    gl.person_combo.setCurrentIndex(0)
    assert window.cards.card("active").count_text() == str(everyone.active_stated)
