"""Start screen: what Grantscope does, Open archive…, Try the demo, and how to request each archive."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.resources import Links, app_icon, icon


def recent_label(paths: list[str]) -> str:
    first = PurePath(paths[0]).name or paths[0]
    if len(paths) == 1:
        return first
    return QCoreApplication.translate("StartScreen", "{first} + {n} more parts").format(first=first,
                                                                                        n=len(paths) - 1)


class StartScreen(QScrollArea):
    """Shown while nothing is loaded."""

    openRequested = Signal()
    openFolderRequested = Signal()
    demoRequested = Signal()
    backRequested = Signal()
    recentRequested = Signal(list)
    openUrl = Signal(QUrl)

    PLATFORMS = ("facebook", "instagram", "x", "google", "snapchat", "tiktok", "discord", "reddit")
    COLUMNS = 3

    def __init__(self, links: Links, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links = links
        self.setObjectName("startScreen")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        page.setObjectName("startPage")
        self.setWidget(page)
        column = QWidget(page)
        column.setMaximumWidth(980)
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        lay = QVBoxLayout(column)
        lay.setContentsMargins(24, 32, 24, 24)
        lay.setSpacing(14)

        hero = QHBoxLayout()
        logo = QLabel(column)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setFixedSize(80, 80)
        hero.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        title = QLabel(self.tr("See who can reach your accounts"), column)
        title.setObjectName("startTitle")
        title.setWordWrap(True)
        self.intro = QLabel(self.tr(
            "Grantscope lists every app and website that can reach your Facebook, Instagram, X and other "
            "accounts' data, what "
            "each one can see, and where to cut it off. It reads the archive you download from each platform "
            "right here on your computer: nothing is uploaded, nothing is changed."), column)
        self.intro.setObjectName("startIntro")
        self.intro.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(self.intro)
        hero.addLayout(text, 1)
        lay.addLayout(hero)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        fg = self.palette().buttonText().color()
        self.open_button = QPushButton(icon("open", "#ffffff", 18), self.tr("Open archive…"), column)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openRequested)
        self.open_button.setAccessibleDescription(self.tr("Choose one or more ZIP or TGZ archive files"))
        self.folder_button = QPushButton(icon("folder", fg, 18), self.tr("Open unpacked folder…"), column)
        self.folder_button.clicked.connect(self.openFolderRequested)
        self.folder_button.setAccessibleDescription(self.tr("Choose a folder with an archive already unpacked"))
        self.demo_button = QPushButton(icon("demo", fg, 18), self.tr("Try the demo"), column)
        self.demo_button.setToolTip(self.tr("Load the archives of a fictional person to see how it works"))
        self.demo_button.clicked.connect(self.demoRequested)
        self.back_button = QPushButton(self.tr("Back to your list"), column)
        self.back_button.setToolTip(self.tr("Return to the apps and websites you have opened"))
        self.back_button.clicked.connect(self.backRequested)
        self.back_button.hide()
        for b in (self.open_button, self.folder_button, self.demo_button, self.back_button):
            b.setMinimumHeight(36)
            b.setIconSize(QSize(18, 18))
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        hint = QLabel(self.tr("You can also drop archives (ZIP, TGZ, several parts at once) or an unpacked folder "
                              "anywhere on this window."), column)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)

        self._recent_box = QWidget(column)
        self._recent_layout = QVBoxLayout(self._recent_box)
        #: what the recent list shows now (None: not built yet)
        self._recent_shown: list[list[str]] | None = None
        self._recent_layout.setContentsMargins(0, 8, 0, 0)
        self._recent_layout.setSpacing(2)
        lay.addWidget(self._recent_box)

        how = QLabel(self.tr("Get your archive"), column)
        how.setObjectName("sectionTitle")
        lay.addSpacing(8)
        lay.addWidget(how)
        how_intro = QLabel(self.tr("Ask each platform for a copy of your data in JSON format. It is free; the "
                                   "platform tells you when it is ready to download."), column)
        how_intro.setWordWrap(True)
        lay.addWidget(how_intro)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.request_buttons: dict[str, QPushButton] = {}
        for i, pid in enumerate(self.PLATFORMS):
            grid.addWidget(self._platform_card(pid, column), i // self.COLUMNS, i % self.COLUMNS)
        for c in range(self.COLUMNS):
            grid.setColumnStretch(c, 1)
        lay.addLayout(grid)
        privacy = QLabel(self.tr("Grantscope never connects to these platforms when it reads an archive. The "
                                 "links above open in your web browser."), column)
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        lay.addWidget(privacy)
        lay.addStretch(1)
        self.set_recent([])

    def _steps(self, pid: str) -> tuple[str, str]:
        steps = {
            "facebook": (
                self.tr("Settings & privacy › Settings › Accounts Center › Your information and permissions › "
                        "Download your information. Pick your Facebook profile, choose “Apps and websites” (or "
                        "everything) and the JSON format."),
                self.tr("Usually ready within a day; Facebook notifies you."),
            ),
            "instagram": (
                self.tr("Settings › Accounts Center › Your information and permissions › Download your "
                        "information. Pick your Instagram account and the JSON format."),
                self.tr("Can take up to 14 days; Instagram e-mails you."),
            ),
            "x": (
                self.tr("More › Settings and privacy › Your account › Download an archive of your data. Confirm "
                        "your password and the code you receive."),
                self.tr("Takes 24 hours or more; X notifies you."),
            ),
            "google": (
                self.tr("takeout.google.com › pick the products (Access log activity, Chrome, Google Play Store) › "
                        "Next step › Create export. Takeout has no list of connected apps: Grantscope links to "
                        "Google's own page for those."),
                self.tr("Minutes to days, in one or more parts; Google e-mails you."),
            ),
            "snapchat": (
                self.tr("accounts.snapchat.com › My Data › tick “Export your data in JSON” › Submit."),
                self.tr("Usually within a day; Snapchat e-mails you a link."),
            ),
            "tiktok": (
                self.tr("In the app: Profile › Menu › Settings and privacy › Account › Download your data › "
                        "JSON › Request data."),
                self.tr("A few days; the file appears on the same page."),
            ),
            "discord": (
                self.tr("User Settings › Data & Privacy › Request all of my data (under “Request your data”)."),
                self.tr("Up to 30 days; Discord e-mails you a link."),
            ),
            "reddit": (
                self.tr("reddit.com › Settings › Privacy › Request your data (a data request form)."),
                self.tr("Up to 30 days; Reddit sends it to your inbox."),
            ),
        }
        return steps[pid]

    def _platform_card(self, pid: str, parent: QWidget) -> QFrame:
        link = self._links.get(pid)
        frame = QFrame(parent)
        frame.setObjectName("howCard")
        frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)
        name = QLabel(link.name, frame)
        name.setObjectName("howTitle")
        where, when = self._steps(pid)
        steps = QLabel(where, frame)
        steps.setWordWrap(True)
        timing = QLabel(when, frame)
        timing.setObjectName("hint")
        timing.setWordWrap(True)
        button = QPushButton(icon("external", self.palette().buttonText().color(), 16),
                             self.tr("Request it on {platform}").format(platform=link.name), frame)
        button.setObjectName("linkButton")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if link.request_url:
            button.setToolTip(self.tr("Opens {url} in your web browser").format(url=link.request_url))
            button.clicked.connect(lambda _c=False, u=link.request_url: self.openUrl.emit(QUrl(u)))
            button.setAccessibleDescription(button.toolTip())
        else:
            button.setAccessibleDescription(self.tr("Requested inside the platform's own app"))
            button.hide()  # requested inside the platform's own app: the steps above say where
        self.request_buttons[pid] = button
        lay.addWidget(name)
        lay.addWidget(steps)
        lay.addWidget(timing)
        lay.addStretch(1)
        lay.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def set_recent(self, recent: list[list[str]]) -> None:
        if recent == self._recent_shown:  # the same list: no widgets rebuilt (every data change asks)
            return
        self._recent_shown = [list(p) for p in recent]
        while self._recent_layout.count():
            item = self._recent_layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.deleteLater()
        self._recent_box.setVisible(bool(recent))
        if not recent:
            return
        head = QLabel(self.tr("Open again"), self._recent_box)
        head.setObjectName("sectionTitle")
        self._recent_layout.addWidget(head)
        for paths in recent[:5]:
            b = QPushButton(icon("open", self.palette().buttonText().color(), 16), recent_label(paths),
                            self._recent_box)
            b.setObjectName("linkButton")
            b.setFlat(True)
            b.setToolTip("\n".join(paths))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _c=False, p=list(paths): self.recentRequested.emit(p))
            self._recent_layout.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
