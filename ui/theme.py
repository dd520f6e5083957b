"""Light and dark palettes that follow the system (or GRANTSCOPE_COLOR_SCHEME), plus the app's style sheet."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: "light", "dark" or unset (follow the system). Useful for screenshots and workshops on projectors.
ENV_SCHEME = "GRANTSCOPE_COLOR_SCHEME"


def _dark_palette() -> QPalette:
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: c("#1f2124"),
        QPalette.ColorRole.WindowText: c("#e8eaed"),
        QPalette.ColorRole.Base: c("#17181b"),
        QPalette.ColorRole.AlternateBase: c("#212327"),
        QPalette.ColorRole.ToolTipBase: c("#2b2e33"),
        QPalette.ColorRole.ToolTipText: c("#e8eaed"),
        QPalette.ColorRole.PlaceholderText: c("#9096a0"),
        QPalette.ColorRole.Text: c("#e8eaed"),
        QPalette.ColorRole.Button: c("#2b2e33"),
        QPalette.ColorRole.ButtonText: c("#e8eaed"),
        QPalette.ColorRole.BrightText: c("#ff6b6b"),
        QPalette.ColorRole.Light: c("#45484e"),
        QPalette.ColorRole.Midlight: c("#34373c"),
        QPalette.ColorRole.Mid: c("#3a3d42"),
        QPalette.ColorRole.Dark: c("#111214"),
        QPalette.ColorRole.Shadow: c("#000000"),
        QPalette.ColorRole.Highlight: c("#3b6fd8"),
        QPalette.ColorRole.HighlightedText: c("#ffffff"),
        QPalette.ColorRole.Link: c("#7aa7ff"),
        QPalette.ColorRole.LinkVisited: c("#b197fc"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c("#6b6f76"))
    return p


def high_contrast_palette() -> QPalette:
    """Presentation mode on a projector: white on black, yellow selection (contrast well above 7:1)."""
    p = _dark_palette()
    for role, color in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.Base, "#000000"),
                        (QPalette.ColorRole.AlternateBase, "#141414"), (QPalette.ColorRole.WindowText, "#ffffff"),
                        (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.ButtonText, "#ffffff"),
                        (QPalette.ColorRole.Button, "#1a1a1a"), (QPalette.ColorRole.PlaceholderText, "#d0d0d0"),
                        (QPalette.ColorRole.Highlight, "#ffd400"), (QPalette.ColorRole.HighlightedText, "#000000"),
                        (QPalette.ColorRole.Link, "#8ec5ff"), (QPalette.ColorRole.ToolTipBase, "#000000"),
                        (QPalette.ColorRole.ToolTipText, "#ffffff")):
        p.setColor(role, QColor(color))
    return p


def dark_palette() -> QPalette:
    """The app's dark palette (also used by tests and screenshots)."""
    return _dark_palette()


_fusion = False


def uses_fusion() -> bool:
    """True when apply_theme set the Fusion style (the lists then paint their rows themselves, as Fusion does)."""
    return _fusion


def current_zoom() -> float:
    return _zoom


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wants_dark(app: QApplication) -> bool:
    forced = os.environ.get(ENV_SCHEME, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _is_dark(app.palette())


def style_sheet(palette: QPalette, scale: float = 1.0) -> str:
    """Only our own widgets are styled (cards, bars, headings); everything else keeps the native look.

    `scale` enlarges the headings with the rest of the text (View › Zoom, for projectors)."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    dark = _is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base).name()
    alt = palette.color(QPalette.ColorRole.AlternateBase).name()
    border = QColor("#3a3d42" if dark else "#d5d9de").name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    dim = palette.color(QPalette.ColorRole.PlaceholderText).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    card_bg = QColor("#25282c").name() if dark else base
    banner = QColor("#1d2a3f").name() if dark else QColor("#e7f0fd").name()
    accent = "#3b6fd8" if dark else "#2f5fcf"
    return f"""
QPushButton#card {{ text-align: left; background: {card_bg}; border: 1px solid {border};
                    border-radius: 10px; padding: 0px; }}
QPushButton#card:hover {{ border-color: {highlight}; }}
QPushButton#card:checked {{ border: 2px solid {highlight}; background: {alt}; }}
QPushButton#card:focus {{ border: 2px solid {highlight}; }}
QLabel#cardCount {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel#cardTitle {{ color: {dim}; }}
QLabel#startTitle {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel#startIntro {{ font-size: {pt(11)}; }}
QLabel#sectionTitle {{ font-size: {pt(12)}; font-weight: 600; }}
QLabel#hint, QLabel#countLabel, QLabel#bannerDetail, QLabel#emptyLabel, QLabel#placeholder {{ color: {dim}; }}
QLabel#detailTitle {{ font-size: {pt(15)}; font-weight: 600; }}
QLabel#howTitle {{ font-size: {pt(12)}; font-weight: 600; }}
QFrame#howCard {{ background: {card_bg}; border: 1px solid {border}; border-radius: 10px; }}
QPushButton#primaryButton {{ background: {accent}; color: #ffffff; border: 1px solid {accent};
                             border-radius: 6px; padding: 6px 16px; font-weight: 600; }}
QPushButton#primaryButton:hover {{ background: {QColor(accent).lighter(112).name()}; }}
QPushButton#primaryButton:focus {{ border: 2px solid {text}; }}
QPushButton#linkButton {{ color: {palette.color(QPalette.ColorRole.Link).name()}; border: none;
                          text-align: left; padding: 2px 0px; }}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QPushButton#linkButton:disabled {{ color: {dim}; }}
QFrame#loadBanner {{ background: {banner}; border-bottom: 1px solid {border}; }}
QFrame#messageBar {{ border-radius: 8px; margin: 6px 10px 0px 10px; }}
QFrame#messageBar[kind="error"] {{ background: rgba(224, 49, 49, 28); border: 1px solid rgba(224, 49, 49, 140); }}
QFrame#messageBar[kind="warning"] {{ background: rgba(232, 89, 12, 28); border: 1px solid rgba(232, 89, 12, 140); }}
QFrame#messageBar[kind="info"] {{ background: rgba(28, 126, 214, 24); border: 1px solid rgba(28, 126, 214, 120); }}
QLabel#messageTitle {{ font-weight: 600; }}
QScrollArea#detail, QWidget#detailInner {{ background: {base}; }}
QTableView:focus {{ border: 2px solid {highlight}; }}
QLabel#detailBody:focus, QLabel#detailTitle:focus, QLabel#sourcesText:focus {{ border: 2px solid {highlight};
                                                                                border-radius: 4px; }}
QToolButton:focus {{ border: 2px solid {highlight}; border-radius: 4px; }}
"""


#: Text sizes the View › Zoom actions step through (1.0 = the system's size).
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_base_point_size: float | None = None
_zoom = 1.0


def set_zoom(app: QApplication, zoom: float) -> float:
    """Scale every text of the app (fonts and our headings); returns the zoom applied."""
    global _base_point_size, _zoom
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    _zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
    font = app.font()
    font.setPointSizeF(_base_point_size * _zoom)
    app.setFont(font)
    app.setStyleSheet(style_sheet(app.palette(), _zoom))
    return _zoom


def zoom_step(current: float, direction: int) -> float:
    """The next zoom step up (+1) or down (-1) from `current`."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current + 1e-6), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-6), ZOOM_STEPS[0])


def apply_theme(app: QApplication) -> bool:
    """Apply the palette matching the system scheme; returns True when dark."""
    global _fusion
    if sys.platform.startswith("linux") or os.environ.get(ENV_SCHEME):
        # Fusion renders both palettes faithfully; Windows 11 and macOS styles follow the system themselves.
        app.setStyle("Fusion")
        _fusion = True
    dark = wants_dark(app)
    if dark and not _is_dark(app.palette()):
        app.setPalette(_dark_palette())
    elif not dark and _is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(style_sheet(app.palette(), _zoom))
    return dark


def follow_system(app: QApplication) -> None:
    """Re-apply when the system switches between light and dark while the app runs."""
    app.styleHints().colorSchemeChanged.connect(lambda *_: apply_theme(app))
