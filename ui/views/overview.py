"""Overview cards: counts at a glance; clicking a card filters the list (or opens its tab)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.risk import DEFAULT_STALE_DAYS
from core.summary import Summary
from ui.formatting import format_count

#: Cards that filter the grant list (the others switch to their own tab).
FILTER_CARDS = ("active", "listed", "expired", "removed", "unused", "attention", "own")


@dataclass(frozen=True)
class CardSpec:
    key: str
    title: str
    hint: str
    color: str


class Card(QPushButton):
    """A clickable count. Accessible name carries the number and what it means."""

    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("card")
        self.setCheckable(spec.key in FILTER_CARDS)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(spec.hint)
        # Preferred (not Fixed) height: every card in the row takes the height of the tallest one.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._count = QLabel("0", self)
        self._count.setObjectName("cardCount")
        if spec.color:
            self._count.setStyleSheet(f"color: {spec.color};")
        self._title = QLabel(spec.title, self)
        self._title.setObjectName("cardTitle")
        self._title.setWordWrap(True)
        for lbl in (self._count, self._title):
            lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(0)
        lay.addWidget(self._count)
        lay.addWidget(self._title)
        self.set_count(0)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the title wrapped to the card's width (long titles, translations, zoom): never cut."""
        lay = self.layout()
        m = lay.contentsMargins()
        width = max(40, self.width() - m.left() - m.right())
        need = m.top() + m.bottom() + self._count.sizeHint().height() + self._title.heightForWidth(width)
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
            self.updateGeometry()  # the row of cards (fixed to its size hint) grows with the tallest title

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        lay = self.layout()
        if lay is not None:
            hint.setHeight(max(hint.height(), lay.sizeHint().height(), self.minimumHeight()))
            hint.setWidth(max(120, lay.sizeHint().width()))
        return hint

    def set_count(self, n: int) -> None:
        self._count.setText(format_count(n))
        self.setAccessibleName(f"{self.spec.title}: {format_count(n)}")
        self.setAccessibleDescription(self.spec.hint)

    def count_text(self) -> str:
        return self._count.text()


class OverviewCards(QWidget):
    """The row of cards above the list."""

    filterChosen = Signal(object)  # a FILTER_CARDS key, or None when the active card is clicked again
    tabChosen = Signal(str)  # "activity" or "advertisers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        specs = [
            CardSpec("active", self.tr("Apps with access now"), self.tr("Apps and websites that can still reach "
                                                                          "your data. Click to list them."),
                     "#2f9e44"),
            CardSpec("listed", self.tr("Listed, status not stated"),
                     self.tr("Apps these exports list without saying whether they can still reach your data. "
                             "Check on the platform whether they are still connected. Click to list them."),
                     "#5c7cfa"),
            CardSpec("attention", self.tr("Need attention"), self.tr("Apps with a high-risk finding. Click to list "
                                                                       "them."), "#e03131"),
            CardSpec("unused", self.tr("Unused for {n}+ days").format(n=DEFAULT_STALE_DAYS),
                     self.tr("Apps with access but no sign of use in the last {n} days. Click to list them.").format(
                         n=DEFAULT_STALE_DAYS), "#f08c00"),
            CardSpec("expired", self.tr("Expired"), self.tr("Apps whose access expired: they keep the data they "
                                                              "already took. Click to list them."), "#e8590c"),
            CardSpec("removed", self.tr("Removed"), self.tr("Apps whose access was removed. Click to list them."),
                     "#868e96"),
            CardSpec("own", self.tr("Your own apps"),
                     self.tr("Apps you manage as a developer and the platform's own apps (such as Twitter for "
                             "Android). They are not third parties and are not counted elsewhere. Click to list them."),
                     ""),  # the palette's own text colour: a fixed grey is unreadable on a dark card
            CardSpec("activity", self.tr("Businesses sending your activity"),
                     self.tr("Businesses that told the platform what you did on their sites and apps. Click to see "
                             "them."), "#7048e8"),
            CardSpec("advertisers", self.tr("Advertisers with your information"),
                     self.tr("Advertisers that uploaded or used a list with your information. Click to see them."),
                     "#1c7ed6"),
        ]
        self._cards: dict[str, Card] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        for spec in specs:
            card = Card(spec, self)
            card.clicked.connect(lambda _checked=False, k=spec.key: self._clicked(k))
            self._cards[spec.key] = card
            lay.addWidget(card)

    def card(self, key: str) -> Card:
        return self._cards[key]

    def set_stale_days(self, days: int) -> None:
        """The "unused" card names the threshold the person chose in Preferences."""
        card = self._cards["unused"]
        card._title.setText(self.tr("Unused for {n}+ days").format(n=days))
        card.setToolTip(self.tr("Apps with access but no sign of use in the last {n} days. Click to list them.")
                        .format(n=days))

    def set_summary(self, summary: Summary) -> None:
        """Every card's number comes from the one Summary (the same numbers as the exported report)."""
        self.set_stale_days(summary.stale_days or DEFAULT_STALE_DAYS)
        st = summary.by_status
        counts = {"active": summary.active_stated, "listed": summary.active_inferred,
                  "expired": st.get("expired", 0), "removed": st.get("removed", 0),
                  "unused": summary.unused, "attention": summary.needs_attention, "own": summary.own_apps,
                  "activity": summary.businesses, "advertisers": summary.advertisers}
        for key, card in self._cards.items():
            card.set_count(counts.get(key, 0))
        # Cards for what most exports never have appear only when there is something to show.
        for key in ("listed", "own"):
            self._cards[key].setVisible(counts[key] > 0)

    def _clicked(self, key: str) -> None:
        card = self._cards[key]
        if key not in FILTER_CARDS:
            self.tabChosen.emit(key)
            return
        if card.isChecked():
            for k in FILTER_CARDS:
                if k != key:
                    self._cards[k].setChecked(False)
            self.filterChosen.emit(key)
        else:
            self.filterChosen.emit(None)

    def set_checked(self, key: str | None) -> None:
        """Reflect a filter chosen elsewhere (or cleared) without emitting."""
        for k in FILTER_CARDS:
            self._cards[k].setChecked(k == key)

    def checked(self) -> str | None:
        for k in FILTER_CARDS:
            if self._cards[k].isChecked():
                return k
        return None
