"""Screen-reader helpers: spoken announcements and the list of interactive widgets that need a name."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader speak `text` (a status change: loaded, filtered, exported) without moving focus."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class Announcer(QObject):
    """Speaks the latest of quickly changing texts once things settle (a count while typing a search)."""

    def __init__(self, widget: QWidget, delay_ms: int = 700) -> None:
        super().__init__(widget)
        self._widget = widget
        self._text = ""
        self.last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._speak)

    def say(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def _speak(self) -> None:
        if self._text and self._text != self.last:
            self.last = self._text
            announce(self._widget, self._text)


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
               QPlainTextEdit, QTextEdit, QTabBar)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under `root` a person can operate or read with the keyboard (labels that take focus too)."""
    out: list[QWidget] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the outer widget carries the name
        if isinstance(w, INTERACTIVE) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            out.append(w)
        elif isinstance(w, QLabel) and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            out.append(w)  # a text the keyboard reaches (selectable by mouse only is not)
    return out


def spoken_name(w: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name (set, or from its text)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or w.accessibleName()


def spoken_description(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Description) if iface is not None else "") or w.accessibleDescription()
