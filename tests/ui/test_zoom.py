"""View › Zoom: larger text for projectors, row heights follow, the choice is remembered."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.support.events import EventCounter
from ui.main_window import MainWindow


@pytest.fixture
def restore_font(qapp: QApplication) -> Iterator[None]:
    from ui import theme

    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    theme._base_point_size, theme._zoom = None, 1.0


def test_zoom_in_enlarges_text_rows_and_headings_and_is_saved(restore_font: None, window: MainWindow,
                                                               qapp: QApplication) -> None:
    table = window.grant_list.table
    size, row = qapp.font().pointSizeF(), table.verticalHeader().defaultSectionSize()
    assert window.zoom(+1) == 1.15
    assert window.zoom(+1) == 1.3
    assert qapp.font().pointSizeF() == pytest.approx(size * 1.3, rel=0.02)
    assert table.verticalHeader().defaultSectionSize() > row
    assert "font-size: 26.0pt" in qapp.styleSheet()  # card counts grow with the text
    saved = json.loads(window.services.paths.settings_file.read_text())
    assert saved["zoom"] == 1.3
    assert window.zoom(0) == 1.0 and qapp.font().pointSizeF() == pytest.approx(size, rel=0.02)
    for _ in range(3):
        window.zoom(-1)
    restyled = EventCounter(QEvent.Type.StyleChange)
    window.installEventFilter(restyled)
    assert window.zoom(-1) == 0.8  # bounded
    QApplication.processEvents()
    assert restyled.count == 0, "zooming out at the smallest size re-applied the style sheet (half a second)"


def test_zoom_actions_have_shortcuts(window: Any) -> None:
    for a in (window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action):
        assert any(k.toString() for k in a.shortcuts())
