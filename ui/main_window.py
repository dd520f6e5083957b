"""The main window: start screen, loading through the TaskRunner, overview cards, lists and detail pane."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import PurePath

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.accounts import account_label, export_age_days, people
from core.export.document import finding_title
from core.model import Grant, Inventory, Source
from core.risk import PLATFORM_EXPIRY_DAYS
from core.slices import release
from core.summary import Summary
from core.tasks import CancelToken, ProgressFn
from core.workspace import Assessed
from ui import messages
from ui.a11y import announce
from ui.accounts import AccountRef, Accounts
from ui.dialogs import about
from ui.formatting import format_count
from ui.models.activity import ActivityTableModel, AdvertiserTableModel
from ui.models.base import RowFilterProxy
from ui.models.grants import GrantFilterProxy, GrantTableModel
from ui.resources import app_icon, demo_person_inputs
from ui.services import Services
from ui.theme import current_zoom
from ui.views.banner import LoadBanner, MessageBar
from ui.views.decision import DecisionPane
from ui.views.grant_detail import GrantDetail
from ui.views.overview import OverviewCards
from ui.views.sources import SourcesPanel
from ui.views.start_screen import StartScreen
from ui.views.tables import FilterableTable, GrantList
from ui.window import PAGE_START, PAGE_WORKSPACE, dialogs, live, menus, presentation, recent, zoom
from ui.window import plan as plan_part
from ui.window.drops import FileDrops
from ui.window.loading import LoadQueue
from ui.workers import long_lived

log = logging.getLogger(__name__)

TAB_GRANTS, TAB_ACTIVITY, TAB_ADVERTISERS, TAB_SOURCES = range(4)
#: An export older than this is pointed out (Facebook's own window of use).
EXPORT_OLD_DAYS = PLATFORM_EXPIRY_DAYS


@dataclass(frozen=True)
class ListData:
    """What the assessment worker prepares for the grant list besides the scored grants, so that showing 100,000
    of them takes the UI thread no counting, sorting or indexing (see _list_data)."""

    #: account key → the label the account column and the person filter show
    labels: dict[str, str]
    #: folded search text per grant (RowTableModel.build_search); None: built on the first search
    search: list[str] | None
    #: (column, direction, positions) for the list's sort order when the worker started, or None
    order: tuple[int, Qt.SortOrder, list[int]] | None
    platforms: list[str]
    #: the finding rules present
    rules: list[str]
    #: `search` in the order of `order` (what the first search scans), or None
    ordered_search: list[str] | None = None


class MainWindow(QMainWindow):
    """Built once by ui/app.py with its Services; never blocks the UI thread."""

    #: The shown inventory changed (after loading, merging or clearing).
    inventoryChanged = Signal()
    #: A load finished: True when data was added, False on error or cancel.
    loadFinished = Signal(bool)
    #: An unexpected error (a bug) reached the window: (summary, details). ui/app.py shows the crash dialog.
    crashed = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._raw = Inventory()
        self._inventory = Inventory()
        self._assessed = Assessed(Inventory(), services.workspace.summarize(Inventory()))
        self._assess_generation = 0
        self._apply_generation = 0
        self._apply_steps: list[Callable[[], None]] = []  # what _apply has still to show, one per event-loop turn
        self._person_generation = 0
        #: the Summary of the person chosen in the list's filter, counted in a worker: (assessed, account, summary)
        self._person_summary: tuple[Assessed, str, Summary] | None = None
        self.loader = LoadQueue(self)
        self.setWindowTitle("Grantscope")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.drops = FileDrops(self.load_paths)
        self.setMinimumSize(900, 600)
        #: Presentation mode (workshops): full screen, large type, high contrast, identifiers hidden.
        self.presenting = False
        self._columns_fitted = False

        links = services.links
        self.grant_model = GrantTableModel(self, platform_label=links.name, permission_label=self._permission_label,
                                           access_words=self._access_words,
                                           account_label=lambda key: self._account_labels.get(key, key))
        self.grant_model.set_background(lambda compute, done: self.services.runner.start(
            lambda _token, _progress: compute(), name="sort", finished=done,
            failed=lambda _e, details: log.error("sorting the list failed\n%s", details)))
        #: account key → the person's name (or the export's file name), for the list's account column
        self._account_labels: dict[str, str] = {}
        #: older exports and old exports already pointed out in the message bar (said once, not on every change)
        self._announced: set[str] = set()
        self.grant_proxy = GrantFilterProxy(self)
        self.activity_model = ActivityTableModel(self, platform_label=links.name)
        self.activity_proxy = RowFilterProxy(self)
        self.advertiser_model = AdvertiserTableModel(self, platform_label=links.name)
        self.advertiser_proxy = RowFilterProxy(self)

        self._build_ui()
        self._build_menus()
        self._restore_state()
        self._show_page()

    # ------------------------------------------------------------------ construction
    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = LoadBanner(central)
        self.banner.cancelRequested.connect(self.cancel_loading)
        self.message_bar = MessageBar(central)
        self.stack = QStackedWidget(central)
        outer.addWidget(self.banner)
        outer.addWidget(self.message_bar)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.start_screen = StartScreen(self.services.links, self.stack)
        self.start_screen.openRequested.connect(self.show_open_dialog)
        self.start_screen.openFolderRequested.connect(lambda: self.show_open_dialog(folder=True))
        self.start_screen.demoRequested.connect(self.load_demo)
        self.start_screen.recentRequested.connect(self.load_paths)
        self.start_screen.openUrl.connect(self.open_url)
        self.start_screen.backRequested.connect(lambda: self.stack.setCurrentIndex(PAGE_WORKSPACE))
        self.stack.addWidget(self.start_screen)

        work = QWidget(self.stack)
        wl = QVBoxLayout(work)
        wl.setContentsMargins(12, 10, 12, 8)
        wl.setSpacing(10)
        self.cards = OverviewCards(work)
        self.cards.filterChosen.connect(self._card_filter)
        self.cards.tabChosen.connect(self._card_tab)
        self.cards.set_stale_days(self.services.workspace.stale_days)
        wl.addWidget(self.cards)

        self.tabs = QTabWidget(work)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Lists"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Switch lists with the arrow keys"))
        self.grant_list = GrantList(self.grant_model, self.grant_proxy, work)
        self.grant_list.filtersChanged.connect(self._sync_cards_with_filters)
        self.grant_list.personChanged.connect(self._person_changed)
        self.grant_list.selectionChanged.connect(self._selection_changed)
        # Most severe first: what deserves action is what a person should see first.
        self.grant_list.table.sortByColumn(self.grant_model.column_index("risk"), Qt.SortOrder.AscendingOrder)
        self.detail = GrantDetail(self.services.links, self.services.workspace.catalog, work)
        self.detail.openUrl.connect(self.open_url)
        self.detail.revokeRequested.connect(self.confirm_revoke)
        self.grant_list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grant_list.table.customContextMenuRequested.connect(self._show_grant_menu)
        #: ui.accounts.Accounts once attached (live connections); None until the keychain was probed
        self.accounts: Accounts | None = None
        self._decision_pane = DecisionPane(self.services, self.detail)
        self.detail.extra.addWidget(self._decision_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, work)
        self.splitter.addWidget(self.grant_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._fit_detail_width()
        self.activity_list = FilterableTable(
            "activity", self.activity_model, self.activity_proxy,
            {"business": 260, "platform": 100, "events": 80, "first": 110, "last": 110}, work,
            placeholder=self.tr("Search businesses and events…"), sort=("last", Qt.SortOrder.DescendingOrder))
        self.advertiser_list = FilterableTable(
            "advertisers", self.advertiser_model, self.advertiser_proxy, {"name": 300, "platform": 110}, work,
            placeholder=self.tr("Search advertisers…"), sort=("name", Qt.SortOrder.AscendingOrder))
        self.sources_panel = SourcesPanel(self.services.links.name, work, self.services.links.known_urls())
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.activity_list, "")
        self.tabs.addTab(self.advertiser_list, "")
        self.tabs.addTab(self.sources_panel, "")
        wl.addWidget(self.tabs, 1)
        self.stack.addWidget(work)
        self._update_tab_titles()

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.statusBar().addPermanentWidget(self.status_label)

    def _build_menus(self) -> None:
        menus.build_menus(self)
        self.cleanup = plan_part.attach(self)  # Clean-up menu, plan view, proof from newer exports

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        s = self.services.settings
        geometry = s.get("geometry")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1280, 800)
        splitter = s.get("splitter")
        if isinstance(splitter, str):
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))
        else:
            self.splitter.setSizes([840, 400])
        sorts = s.get("sort") if isinstance(s.get("sort"), dict) else {}
        for table in (self.grant_list, self.activity_list, self.advertiser_list):
            table.restore_widths(s.column_widths(table.name))
            table.restore_sort(sorts.get(table.name))

    def save_state(self) -> None:
        s = self.services.settings
        s.set("geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        s.set("splitter", bytes(self.splitter.saveState().toBase64().data()).decode("ascii"))
        for table in (self.grant_list, self.activity_list, self.advertiser_list):
            s.set_column_widths(table.name, table.column_widths())
        s.set("sort", {t.name: t.sort_state() for t in (self.grant_list, self.activity_list, self.advertiser_list)})
        s.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._decision_pane.flush()
        self.loader.clear_queue()
        if self.accounts is not None:
            self.accounts.cancel_all()
        self.services.runner.cancel_all()
        if not self.services.runner.wait(10_000):
            log.warning("a background task did not stop within 10 s of quitting")
        self.save_state()
        super().closeEvent(event)

    # ------------------------------------------------------------------ public API
    def inventory(self) -> Inventory:
        """Everything shown now (with findings)."""
        return self._inventory

    def raw_inventory(self) -> Inventory:
        """Everything loaded, before risk assessment."""
        return self._raw

    def add_inventory(self, inv: Inventory) -> None:
        """Merge more grants (another archive, a live connection) and re-assess risk off the UI thread."""
        self._raw = self._raw.merged(inv)
        self._reassess()

    def set_part(self, inv: Inventory) -> None:
        """Add a part, replacing whatever earlier came from the same source path(s) (an account listed again)."""
        self._raw = self._without({s.path for s in inv.sources}).merged(inv)
        self._reassess()

    def remove_part(self, source: Source) -> None:
        """Drop one source and its grants (a disconnected account)."""
        self._raw = self._without({source.path})
        self._reassess()

    def _without(self, paths: set[str]) -> Inventory:
        r = self._raw
        return Inventory(sources=tuple(s for s in r.sources if s.path not in paths),
                         grants=tuple(g for g in r.grants if g.source not in paths),
                         activity=r.activity, advertisers=r.advertisers)

    def attach_accounts(self, accounts: Accounts) -> None:
        """Wire a ui.accounts.Accounts controller: its parts feed the list, its messages the message bar."""
        live.attach_accounts(self, accounts)

    def _rebuild_accounts_menu(self) -> None:
        live.rebuild_accounts_menu(self)

    def confirm_revoke(self, grant: Grant) -> None:
        """Ask first (a dialog naming the app and what stops working), then revoke through the accounts."""
        live.confirm_revoke(self, grant)

    # ------------------------------------------------------------------ live accounts
    def _attach_account_extras(self, accounts: Accounts) -> None:
        live.attach_account_extras(self, accounts)

    def _accounts_busy(self, busy: bool) -> None:
        live.accounts_busy(self, busy)

    def _add_account_actions(self, menu: QMenu) -> None:
        live.add_account_actions(self, menu)

    def grant_menu(self, grant: Grant) -> QMenu:
        """The grant table's context menu: revoke (live grants from a connected account) or the settings page."""
        return live.grant_menu(self, grant)

    def _show_grant_menu(self, pos: QPoint) -> None:
        live.show_grant_menu(self, pos)

    def clear(self) -> None:
        self._raw = Inventory()
        self._assess_generation += 1
        self.grant_list.clear_filters()
        self._apply(Assessed(Inventory(), self.services.workspace.summarize(Inventory())))

    def is_loading(self) -> bool:
        """Whether data is being read, or is read and not shown in full yet (see _apply)."""
        return self.loader.busy or bool(self._apply_steps)

    # ------------------------------------------------------------------ opening
    def show_open_dialog(self, folder: bool = False) -> None:
        dialogs.show_open_dialog(self, folder)

    def load_demo(self) -> None:
        self.loader.load_demo()

    def load_demo_person(self, person: str) -> None:
        """File › Try a Demo Person: one workshop person's archives instead of what is open."""
        paths = demo_person_inputs(person, self.services.demo_dir)
        if not paths:
            m = messages.demo_missing()
            self.message_bar.show_message(m.title, m.body, "warning")
            return
        self.clear()
        self.loader.load(paths, remember=False)

    def load_paths(self, paths: list[str], remember: bool = True) -> None:
        """Read archives in the background and add their grants to the list."""
        self.loader.load(paths, remember)

    def cancel_loading(self) -> None:
        """Silent: the list stays as it was, no message."""
        self.loader.cancel()

    def _fit_detail_width(self) -> None:
        zoom.fit_detail_width(self)

    def zoom(self, direction: int) -> float:
        """Text larger (+1), smaller (-1) or back to the system size (0); remembered for the next start."""
        return zoom.zoom(self, direction)

    def fit_columns(self) -> None:
        """Every list's columns to their content at the current text size."""
        for table in (self.grant_list, self.activity_list, self.advertiser_list):
            table.table.fit_row_height()
            table.fit_columns(current_zoom())

    def set_presenting(self, on: bool) -> None:
        """Presentation mode for workshops (View › Presentation Mode, F5)."""
        presentation.set_presenting(self, on)

    def show_preferences(self) -> None:
        dialogs.show_preferences(self)

    def set_stale_days(self, days: int) -> None:
        """Apply a new "unused for more than N days" threshold: saved, shown on the card, findings recomputed."""
        settings = self.services.settings
        settings.set_stale_days(days)
        settings.save()
        self.services.workspace = self.services.workspace.with_stale_days(days)
        self.cards.set_stale_days(days)
        if self._raw.grants:
            self._reassess()

    # ------------------------------------------------------------------ risk assessment
    def _reassess(self) -> None:
        self._assess_generation += 1
        generation = self._assess_generation
        raw = self._raw
        workspace = self.services.workspace
        now = self.services.now()

        sort = self.grant_model.sort_state()

        def task(token: CancelToken, progress: ProgressFn) -> tuple[Assessed, ListData]:
            with long_lived():
                assessed = workspace.assess(raw, now)
                # What the list needs is prepared here too, off the UI thread, with the labels _apply will show.
                return assessed, self._list_data(assessed.inventory, sort)

        self.services.runner.start(task, name="assess",
                                   finished=lambda result: self._on_assessed(generation, *result),
                                   failed=lambda e, tb: self._on_assess_failed(generation, raw, tb))

    def _labels_for(self, inv: Inventory) -> dict[str, str]:
        """Account key → the person's name and platform, as the account column and filter show it."""
        who = people(inv)
        if self.presenting:  # on a projector: never a person's name or e-mail address
            return {p.account: self.tr("Person {n} ({platform})").format(
                n=i + 1, platform=self.services.links.name(p.platform)) for i, p in enumerate(who)}
        return {p.account: f"{p.label} ({self.services.links.name(p.platform)})" for p in who}

    def _list_data(self, inv: Inventory, sort: tuple[int, Qt.SortOrder] | None = None,
                   index: bool = True) -> ListData:
        """The list's labels, search index (unless `index` is False), order by `sort` and filter choices for `inv`.
        Reads no widget: the assessment worker calls it (an order by the account column depends on the new labels:
        that one is sorted on showing)."""
        model = self.grant_model
        labels = self._labels_for(inv)
        grants = inv.grants
        search = model.build_search_with(grants, lambda key: labels.get(key, key)) if index else None
        order = None
        if sort is not None and sort[0] >= 0 and sort[0] != model.column_index("account"):
            order = (sort[0], sort[1], model.sorted_order(grants, sort[0], sort[1]))
        return ListData(labels, search, order, sorted({g.platform for g in grants}),
                        sorted({f.rule for g in grants for f in g.findings}),
                        [search[u] for u in order[2]] if search is not None and order is not None else None)

    def _on_assessed(self, generation: int, assessed: Assessed, data: ListData | None = None) -> None:
        if generation == self._assess_generation:
            self._apply(assessed, data)

    def _on_assess_failed(self, generation: int, raw: Inventory, details: str) -> None:
        log.error("risk assessment failed; showing grants without findings\n%s", details)
        self.crashed.emit(self.tr("Risk findings could not be computed"), details)
        if generation == self._assess_generation:
            self._apply(Assessed(raw, self.services.workspace.summarize(raw)))

    # ------------------------------------------------------------------ showing data
    #: From this many grants on, showing them is split across event-loop turns (see _apply). The first list shown
    #: is split whatever its length: fitting the columns and showing the page then cost about 30 ms, and with the
    #: window's first paint after them in the same turn, opening 1,000 grants stalled the window for 73-82 ms.
    STAGED_APPLY_GRANTS = 5_000
    #: From this many grants on, a person's cards are counted, and a replaced list freed, in a worker.
    BACKGROUND_GRANTS = 5_000

    def _apply(self, assessed: Assessed, data: ListData | None = None) -> None:
        """Show an assessed inventory; `data` is what the worker prepared for it (made here when missing).

        A long list is shown in steps, one per event-loop turn, so the window answers in between (at 100,000
        grants all of it in one go kept the UI thread busy for a tenth of a second): the rows, then the filters,
        cards and detail pane, then the column widths, then the page, then the announcements. inventoryChanged
        comes last, when everything shows the new data."""
        inv = assessed.inventory
        if data is None:  # nothing was prepared (cleared, scoring failed, presentation mode): as little as possible
            data = self._list_data(inv, index=False)
        self._apply_generation += 1
        generation = self._apply_generation
        self._release_later(self._inventory)
        self._assessed = assessed
        self._inventory = inv
        self._account_labels = data.labels  # before the rows: their account column reads these
        with long_lived():  # the rows' lists stay as long as they are shown: out of the collector's reach
            self.grant_model.set_items(inv.grants, data.search, data.order, data.ordered_search)
            self.activity_model.set_items(inv.activity)
            self.advertiser_model.set_items(inv.advertisers)
        steps = [lambda: self._apply_filters(inv, data), lambda: self._fit_first_columns(inv),
                 lambda: self._apply_page(inv), lambda: self._apply_finish(inv)]
        first_shown = bool(inv.grants) and self.stack.currentIndex() != PAGE_WORKSPACE
        if len(inv.grants) < self.STAGED_APPLY_GRANTS and not first_shown:
            self._apply_steps = []
            for step in steps:
                step()
            return
        # Kept on the window, not in a function that schedules itself: such a function refers to itself (a reference
        # cycle), and one frozen out of the collector's reach (ui.workers.long_lived) kept every grant shown before.
        self._apply_steps = steps
        QTimer.singleShot(0, self, partial(self._next_apply_step, generation))

    def _next_apply_step(self, generation: int) -> None:
        if generation != self._apply_generation or not self._apply_steps:  # newer data arrived: its steps show it
            return
        self._apply_steps.pop(0)()
        if self._apply_steps:
            QTimer.singleShot(0, self, partial(self._next_apply_step, generation))

    #: How long after a long list is replaced its old grants start being freed (see _release_later).
    RELEASE_DELAY_MS = 1000

    def _release_later(self, shown: Inventory) -> None:
        """Free what `shown` holds in a worker, a slice at a time, once the window no longer shows it.

        Scoring again makes every grant anew: when the window replaced a long list (another export added, a setting
        changed), the last reference to 100,000 old grants went on the UI thread, which froze while CPython freed
        them all. Here the worker takes the last reference: it keeps the grants in lists of its own, lets the
        inventory go, and frees them with core.slices.release. What something else still holds (the detail pane, a
        report being written) stays as long as it is held."""
        if len(shown.grants) + len(shown.activity) < self.BACKGROUND_GRANTS:
            return
        handed = [shown]

        def task(_token: CancelToken, _progress: ProgressFn) -> None:
            old = handed.pop()
            held = [list(old.grants), list(old.activity), list(old.advertisers)]
            del old  # the tuples go; the records stay in `held`
            release(*held)

        # Once the new list is shown and painted: meanwhile the worker would hold the GIL the UI thread needs.
        runner = self.services.runner
        QTimer.singleShot(self.RELEASE_DELAY_MS, runner, lambda: runner.start(task, name="release", cancellable=False))

    def _apply_filters(self, inv: Inventory, data: ListData) -> None:
        self.sources_panel.set_sources(inv.sources)
        self.grant_list.set_platforms([(p, self.services.links.name(p)) for p in data.platforms])
        self.grant_list.set_findings([(r, finding_title(self.services.workspace.catalog, r)) for r in data.rules])
        who = people(inv)
        self.grant_list.set_people([(p.account, self._account_labels[p.account]) for p in who])
        self._show_counts()
        self._selection_changed()
        self.export_action.setEnabled(not inv.empty)
        self.close_all_action.setEnabled(bool(inv.sources))

    def _apply_page(self, inv: Inventory) -> None:
        self._announce_exports(inv)
        self._show_page()

    def _fit_first_columns(self, inv: Inventory) -> None:
        """First data of the session: columns to their content, unless the person sized them before. Before the
        page shows, so the list is painted once, at its widths."""
        if inv.grants and not self._columns_fitted:
            self._columns_fitted = True
            if not self.services.settings.column_widths("grants") and self.grant_list.widths_untouched():
                self.fit_columns()

    def _apply_finish(self, inv: Inventory) -> None:
        if inv.sources:
            announce(self, self.tr("Loaded: {status}").format(status=self.status_label.text()))
        self.inventoryChanged.emit()

    def shown_summary(self) -> Summary:
        """The one Summary for what the cards show: everyone's, or the person chosen in the list's filter."""
        account = self.grant_list.person()
        kept = self._person_summary
        if account and kept is not None and kept[0] is self._assessed and kept[1] == account:
            return kept[2]
        return self.services.workspace.summarize_account(self._assessed, account)

    def _person_changed(self, *_: object) -> None:
        """Another person chosen in the list's filter: their counts on the cards. A long list is counted in a worker
        (a tenth of a second at 100,000 grants); the cards follow when it is done, unless the choice changed."""
        account, assessed = self.grant_list.person(), self._assessed
        if not account or len(assessed.inventory.grants) < self.BACKGROUND_GRANTS:
            self._show_counts()
            return
        self._person_generation += 1
        generation = self._person_generation
        workspace = self.services.workspace

        def done(summary: Summary) -> None:
            if generation == self._person_generation and assessed is self._assessed:
                self._person_summary = (assessed, account, summary)
                self._show_counts()

        def task(_token: CancelToken, _progress: ProgressFn) -> Summary:
            with long_lived():
                return workspace.summarize_account(assessed, account)

        self.services.runner.start(task, name="person-summary", finished=done,
                                   failed=lambda _e, tb: log.error("counting one person's apps failed\n%s", tb))

    def _show_counts(self) -> None:
        summary = self.shown_summary()
        self.cards.set_summary(summary)
        self._update_tab_titles(summary)
        sources = [s for s in self._inventory.sources if s.platform != "unknown"]
        n_grants, n_sources = summary.grants, len(sources)
        # %Ln: plural forms from the translation (languages count differently), the number in the locale.
        grants_text = self.tr("%Ln app(s) or website(s)", "", n_grants)
        sources_text = self.tr("%Ln source(s)", "", n_sources)
        own_text = self.tr("%Ln of your own", "", summary.own_apps) if summary.own_apps else ""
        self.status_label.setText(" · ".join(t for t in (grants_text, own_text, sources_text) if t) if sources else "")

    def _announce_exports(self, inv: Inventory) -> None:
        """Say in the message bar what is not counted (older snapshots) and which exports are old."""
        lines: list[str] = []
        for e in inv.earlier:
            old = e.sources[0]
            if old.path in self._announced:
                continue
            self._announced.add(old.path)
            lines.append(self.tr("{file} is an older export of {person}: kept for comparison, not counted.").format(
                file=PurePath(old.parts[0] if old.parts else old.path).name, person=account_label(old)))
        now = self.services.now()
        for s in inv.sources:
            age = export_age_days(s, now)
            if age is None or age <= EXPORT_OLD_DAYS or f"age:{s.path}" in self._announced:
                continue
            self._announced.add(f"age:{s.path}")
            lines.append(self.tr("{file} is {months} months old: download a fresh copy to see who has access "
                                 "today.").format(file=PurePath(s.parts[0] if s.parts else s.path).name,
                                                  months=format_count(max(1, round(age / 30.44)))))
        if lines:
            self.message_bar.show_message(self.tr("Not everything shown is current"), "\n".join(lines), "info")

    def _show_page(self) -> None:
        has_data = bool(self._inventory.sources)
        self.stack.setCurrentIndex(PAGE_WORKSPACE if has_data else PAGE_START)
        self.start_screen.back_button.setVisible(has_data)
        self.start_screen.set_recent(self.services.settings.recent())
        self.export_action.setEnabled(not self._inventory.empty)
        self.close_all_action.setEnabled(has_data)

    def _update_tab_titles(self, summary: Summary | None = None) -> None:
        inv = self._inventory
        summary = summary or self.shown_summary()
        # Every row of the list: the third parties and, listed apart by their status, the person's own apps.
        rows = summary.grants + summary.own_apps
        self.tabs.setTabText(TAB_GRANTS, self.tr("Apps and websites ({n})").format(n=format_count(rows)))
        self.tabs.setTabText(TAB_ACTIVITY, self.tr("Businesses sending your activity ({n})").format(
            n=format_count(summary.businesses)))
        self.tabs.setTabText(TAB_ADVERTISERS, self.tr("Advertisers ({n})").format(n=format_count(summary.advertisers)))
        warnings = sum(len(s.warnings) for s in inv.sources)
        title = self.tr("What we read")
        if warnings:
            title = self.tr("What we read (⚠ {n})").format(n=format_count(warnings))
        self.tabs.setTabText(TAB_SOURCES, title)

    def _selection_changed(self) -> None:
        grants: list[Grant] = self.grant_list.selected_items()
        self.detail.show_grants(grants)
        self._decision_pane.show_grants(grants)

    def _permission_label(self, g: Grant, key: str) -> str:
        perm = self.services.workspace.catalog.resolve(g.platform, key)
        return perm.label if perm.known else key

    def _access_words(self, g: Grant) -> tuple[str, ...] | None:
        return self.services.workspace.catalog.summary(g).words or None

    # ------------------------------------------------------------------ filters and cards
    def _card_filter(self, key: str | None) -> None:
        self.tabs.setCurrentIndex(TAB_GRANTS)
        if key in ("active", "expired", "removed"):
            self.grant_list.set_quick_filter(None)
            self.grant_list.set_status(key)
        else:
            self.grant_list.set_status(None)
            self.grant_list.set_quick_filter(key)
        self.cards.set_checked(key)

    def _card_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_ACTIVITY if key == "activity" else TAB_ADVERTISERS)

    def _sync_cards_with_filters(self) -> None:
        quick = self.grant_proxy.quick_filter()
        status = self.grant_list.status_combo.currentData()
        self.cards.set_checked(quick or status)

    def clear_filters(self) -> None:
        self.grant_list.clear_filters()
        self.activity_list.search.clear()
        self.advertiser_list.search.clear()

    def focus_search(self) -> None:
        if self.stack.currentIndex() != PAGE_WORKSPACE:
            return
        current = self.tabs.currentWidget()
        target = {self.splitter: self.grant_list, self.activity_list: self.activity_list,
                  self.advertiser_list: self.advertiser_list}.get(current, self.grant_list)
        if target is self.grant_list:
            self.tabs.setCurrentIndex(TAB_GRANTS)
        target.focus_search()

    # ------------------------------------------------------------------ recent files
    def rebuild_recent_menu(self) -> None:
        recent.rebuild_recent_menu(self)

    def _clear_recent(self) -> None:
        recent.clear_recent(self)

    # ------------------------------------------------------------------ drag and drop
    # ------------------------------------------------------------------ links and hooks
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self.drops.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.drops.drop(event)

    def open_url(self, url: QUrl) -> None:
        """Web pages open in the system browser, never inside Grantscope."""
        dialogs.open_url(self, url)

    def show_export_dialog(self) -> None:
        dialogs.show_export_dialog(self)

    def show_connect_dialog(self, prefill: AccountRef | None = None) -> None:
        """Connect a live account; with `prefill`, sign in again to a saved one."""
        dialogs.show_connect_dialog(self, prefill)

    def show_about(self) -> None:
        about.show_about(self, self.services.paths.config)
