"""Translations work end to end: the German catalogue changes the window's words, plurals included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.app import install_translations


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = install_translations(qapp)
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(before)
    assert installed, "the German catalogue (resources/translations/grantscope_de.qm) did not load"


def test_window_speaks_german_with_the_german_catalogue(german: None, qtbot: Any, services: Any) -> None:
    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    menus = [a.text() for a in w.menuBar().actions()]
    assert "&Datei" in menus and "&Hilfe" in menus
    assert menus.index("Auf&räumen") == menus.index("&Hilfe") - 1, "the Clean-up menu sits just before Help"
    assert w.start_screen.demo_button.text() == "Demo ausprobieren"
    assert "nichts wird hochgeladen" in w.start_screen.intro.text()
    assert w.start_screen.request_buttons["facebook"].text() == "Bei Facebook anfordern"
    from PySide6.QtWidgets import QLabel

    texts = [lbl.text() for lbl in w.start_screen.findChildren(QLabel)]
    assert any(t.startswith("Sie können Archive") for t in texts)
    w.close()
