"""Known misuse cases in the window: the finding filter, the risk column and the detail pane with its sources."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from core import risk
from core.catalog import Catalog
from core.misuse import RULE, MisuseCatalog
from core.scan import scan_paths
from tests.builders import x as xb
from tests.builders.archive import write_zip
from tests.core.test_misuse import _test_cases_dir, facebook_archive
from tests.ui.test_window import LOAD_TIMEOUT, row_of, wait_loaded
from ui.main_window import MainWindow
from ui.models import COL_APP, COL_RISK, GrantTableModel

ENGADGET = "https://www.engadget.com/2018/03/16/facebook-cambridge-analytica-suspended/"


def test_filter_shows_the_app_named_in_an_investigation(qtbot: object, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window.load_paths([str(facebook_archive(tmp_path))])
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.grant_list.finding_combo.findData(RULE) >= 0,  # type: ignore[attr-defined]
                    timeout=LOAD_TIMEOUT)
    combo = window.grant_list.finding_combo
    assert combo.itemText(combo.findData(RULE)) == "Named in an investigation"

    # The list says it in the risk column, worded as possible (matched by name only).
    risk_text = window.grant_proxy.index(row_of(window, "thisisyourdigitallife"), COL_RISK).data()
    assert "possibly named in an investigation" in risk_text
    near_miss = window.grant_proxy.index(row_of(window, "Quiz: Which Bird Are You"), COL_RISK).data() or ""
    assert "investigation" not in near_miss

    combo.setCurrentIndex(combo.findData(RULE))
    shown = [window.grant_proxy.index(r, COL_APP).data() for r in range(window.grant_proxy.rowCount())]
    assert shown == ["thisisyourdigitallife"]  # the removed app, not the near-miss quiz

    window.grant_list.select_row(0)
    body = window.detail.body_text()
    assert "Possibly an app named in a reported case" in body and "To check" in body
    assert f'<a href="{ENGADGET}">' in body and "Sources:" in body
    window.detail._body.linkActivated.emit(ENGADGET)  # what a click on the link does
    assert opened == [ENGADGET]


def test_risk_column_says_named_for_an_app_id_match(qtbot: object, qapp: object, tmp_path: Path) -> None:
    raw = scan_paths([str(write_zip(xb.v2(), tmp_path / "twitter-robin.zip"))])
    inv = risk.assess(raw, Catalog.load(), datetime(2026, 1, 1, tzinfo=timezone.utc),
                      misuse=MisuseCatalog.load(_test_cases_dir(tmp_path)))
    model = GrantTableModel()
    model.set_items(inv.grants)
    texts = {model.index(r, COL_APP).data(): model.index(r, COL_RISK).data() for r in range(model.rowCount())}
    assert texts["Quiz Corner"].startswith("High") and texts["Quiz Corner"].endswith(" · named in an investigation")
    assert all("investigation" not in (t or "") for app, t in texts.items() if app != "Quiz Corner")
