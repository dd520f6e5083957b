"""The screenshots in docs/screenshots/, taken the way a person sees the window: 1024×700, 200 % zoom, dark palette
with the export preview, French, presentation mode, and a pseudo-translation that stretches every text by ~40 %.

Each shot also checks what a person would notice: no button squeezed below the room its text needs, no column
narrower than its text, readable contrast. `GRANTSCOPE_SCREENSHOTS=docs/screenshots uv run pytest
tests/ui/test_screenshots.py` refreshes the images in docs/ (the default writes to a temporary folder).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from core.paths import AppPaths
from ui import theme
from ui.app import install_translations
from ui.resources import DEMO_DIR

ROOT = Path(__file__).resolve().parents[2]
# Showing a dialog on the offscreen platform prints this; it says nothing about Grantscope.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class PseudoTranslator(QTranslator):
    """Every text ~40 % longer (as German or French often are), with its accelerators and placeholders intact."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        if source.startswith("<"):
            return source  # markup stays as it is ("" would count as a translation: return the source)
        extra = max(2, round(len(source) * 0.4))
        return f"[{source}{'·' * (extra - 2)}]"


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = os.environ.get("GRANTSCOPE_SCREENSHOTS")
    out = (ROOT / target) if target else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def demo_services(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    """The bundled demo people (resources/demo), as `uv run main.py --demo` shows them."""
    from ui.services import Services

    s = Services.create(AppPaths.for_base_dir(tmp_path / "state"), demo_dir=DEMO_DIR, err_windows=False)
    yield s
    s.runner.cancel_all()
    s.runner.wait(5000)


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    palette, zoom, locale = qapp.palette(), theme.current_zoom(), QLocale()
    yield
    qapp.setPalette(palette)
    theme.set_zoom(qapp, zoom)
    qapp.setStyleSheet(theme.style_sheet(qapp.palette(), zoom))
    QLocale.setDefault(locale)


def open_demo(qtbot: Any, services: Any, size: tuple[int, int] = (1024, 700)) -> Any:
    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    with qtbot.waitSignal(w.loadFinished, timeout=30_000):
        w.load_demo()
    # Shown in full: the rows come first, the filters, cards and page in the event-loop turns after them.
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() > 0 and not w.is_loading(), timeout=10_000)
    select_interesting(w)
    return w


def select_interesting(w: Any) -> None:
    """An active app with findings, like the one a workshop would open first."""
    proxy = w.grant_proxy
    for row in range(proxy.rowCount()):
        g = proxy.item(row)
        if g.findings and g.status == "active":
            w.grant_list.select_row(row)
            return
    w.grant_list.select_row(0)


def squeezed_buttons(root: QWidget) -> list[str]:
    """Visible buttons the layout gave less width than their text needs (a cut-off label)."""
    return [f"{b.text()!r}: {b.width()} < {b.minimumSizeHint().width()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() + 1 < b.minimumSizeHint().width()]


def narrow_columns(w: Any) -> list[str]:
    """Columns of the app list narrower than the text of their first rows (dates read "2016-04-…")."""
    table = w.grant_list.table
    fm = table.fontMetrics()
    out = []
    last = w.grant_model.columnCount() - 1
    for col in range(last):
        if table.isColumnHidden(col) or w.grant_model.column_keys()[col] in ("app", "permissions"):
            continue  # free text: elided by design, the detail pane shows it whole
        for row in range(min(20, w.grant_proxy.rowCount())):
            text = str(w.grant_proxy.index(row, col).data() or "")
            if fm.horizontalAdvance(text) + 8 > table.columnWidth(col):
                out.append(f"{w.grant_model.column_keys()[col]}: {text!r} in {table.columnWidth(col)} px")
                break
    return out


def save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / name
    for _ in range(3):  # let pending layout requests settle, as they would before the next paint
        QApplication.processEvents()
    pixmap = widget.grab()
    assert not pixmap.isNull() and pixmap.save(str(path), "PNG")
    return path


def test_main_window_at_1024x700(qtbot: Any, demo_services: Any, shots: Path) -> None:
    w = open_demo(qtbot, demo_services)
    assert save(w, shots, "main-1024x700.png").stat().st_size > 10_000
    assert w.detail.title_text()
    assert not squeezed_buttons(w)
    w.resize(900, 600)
    qtbot.wait(50)
    assert not squeezed_buttons(w), "at 900×600"


def test_main_window_at_200_percent(qtbot: Any, demo_services: Any, shots: Path, restore_look: None,
                                    qapp: QApplication) -> None:
    w = open_demo(qtbot, demo_services, (1600, 1000))
    assert w.zoom(+1) > 1.0
    theme.set_zoom(qapp, 2.0)
    w.fit_columns()
    qtbot.wait(50)
    assert not narrow_columns(w)
    assert not squeezed_buttons(w)
    save(w, shots, "main-zoom-200.png")


def test_dark_palette_with_export_preview(qtbot: Any, demo_services: Any, shots: Path, restore_look: None,
                                          qapp: QApplication) -> None:
    dark = theme.dark_palette()
    qapp.setPalette(dark)
    qapp.setStyleSheet(theme.style_sheet(dark))
    w = open_demo(qtbot, demo_services)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
        assert contrast(dark.color(role), dark.color(QPalette.ColorRole.Base)) >= 4.5, role
    for fg, bg in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
                   (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase)):
        assert contrast(dark.color(fg), dark.color(bg)) >= 4.5, fg
    w.show_export_dialog()
    dlg = w._export_dialog
    qtbot.waitUntil(lambda: bool(dlg.preview.toPlainText()), timeout=10_000)
    page = dlg.preview.palette()
    assert contrast(page.color(QPalette.ColorRole.Text), page.color(QPalette.ColorRole.Base)) >= 4.5
    save(w, shots, "dark-main.png")
    save(dlg, shots, "dark-export-preview.png")
    dlg.close()


def test_french(qtbot: Any, tmp_path: Path, shots: Path, restore_look: None, qapp: QApplication) -> None:
    from ui.services import Services

    installed = install_translations(qapp, "fr")
    services = Services.create(AppPaths.for_base_dir(tmp_path / "fr"), demo_dir=DEMO_DIR, err_windows=False)
    try:
        w = open_demo(qtbot, services)
        assert [a.text() for a in w.menuBar().actions()][0] == "&Fichier"
        assert w.tabs.tabText(0).startswith("Apps et sites web")
        assert "Ce à quoi cette app a accès" in w.detail.body_text()
        combo = w.grant_list.finding_combo
        assert "Accès sensible" in [combo.itemText(i) for i in range(combo.count())], "the catalog speaks French"
        assert not squeezed_buttons(w)
        save(w, shots, "main-french.png")
        w.close()
    finally:
        services.runner.cancel_all()
        services.runner.wait(5000)
        for t in installed:
            qapp.removeTranslator(t)


def test_presentation_mode(qtbot: Any, demo_services: Any, shots: Path, restore_look: None) -> None:
    w = open_demo(qtbot, demo_services)
    w.presentation_action.trigger()
    qtbot.waitUntil(lambda: w.isFullScreen(), timeout=5000)
    assert w.presenting and theme.current_zoom() >= 1.5
    labels = [w.grant_list.person_combo.itemText(i) for i in range(w.grant_list.person_combo.count())]
    assert all(t.startswith(("Person", "Everyone")) for t in labels), labels
    doc = QTextDocument()
    doc.setHtml(w.sources_panel.text())
    shown = doc.toPlainText()
    assert "facebook-alexdemo-2026.zip" in shown and str(DEMO_DIR) not in shown, "file names only, no folders"
    assert "facebook-alexdemo-2026/" not in shown, "paths inside the archive by file name only"
    assert not w.message_bar.isVisible()
    palette = QApplication.palette()
    assert contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)) >= 7
    qtbot.wait(50)
    assert not narrow_columns(w)
    save(w, shots, "presentation-mode.png")
    w.presentation_action.trigger()
    assert not w.isFullScreen() and theme.current_zoom() < 1.5


def test_pseudo_translation_at_1024x700(qtbot: Any, demo_services: Any, shots: Path, qapp: QApplication) -> None:
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        w = open_demo(qtbot, demo_services)
        assert w.tabs.tabText(0).startswith("[Apps and websites")
        assert not squeezed_buttons(w)
        save(w, shots, "pseudo-translation-1024x700.png")
    finally:
        qapp.removeTranslator(pseudo)
