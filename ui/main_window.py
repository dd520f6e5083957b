"""The main window: start screen, loading through the TaskRunner, overview cards, lists and detail pane."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from pathlib import Path, PurePath
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import GrantscopeError
from core.export.document import count_businesses
from core.model import Grant, Inventory, Permission, Source
from core.scan import scan_paths
from core.tasks import CancelToken, Progress, ProgressFn
from ui import messages
from ui.dialogs.open_archive import open_dialog
from ui.formatting import format_count
from ui.models.activity import ActivityTableModel, AdvertiserTableModel
from ui.models.base import ObjectRole, RowFilterProxy
from ui.models.grants import GrantFilterProxy, GrantTableModel, is_unused, needs_attention
from ui.resources import app_icon, demo_inputs
from ui.services import Services
from ui.views.banner import LoadBanner, MessageBar
from ui.views.grant_detail import GrantDetail
from ui.views.overview import OverviewCards
from ui.views.sources import SourcesPanel
from ui.views.start_screen import StartScreen, recent_label
from ui.views.tables import FilterableTable, GrantList

log = logging.getLogger(__name__)

PAGE_START, PAGE_WORKSPACE = 0, 1
TAB_GRANTS, TAB_ACTIVITY, TAB_ADVERTISERS, TAB_SOURCES = range(4)

EXPORT_MODULE = "ui.dialogs.export_dialog"
CONNECT_MODULE = "ui.dialogs.connect_account"


def _module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


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
        self._assess_generation = 0
        self._load_handle: Any = None
        self._queue: list[tuple[list[str], bool]] = []
        self.setWindowTitle("Grantscope")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)

        links = services.links
        self.grant_model = GrantTableModel(self, platform_label=links.name, permission_label=self._permission_label,
                                           access_words=self._access_words)
        self.grant_proxy = GrantFilterProxy(self, now=services.now, assessed=services.enricher.has_risk)
        self.grant_proxy.stale_days = services.enricher.stale_days
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
        self.cards.set_attention_available(self.services.enricher.has_risk)
        self.cards.set_stale_days(self.services.enricher.stale_days)
        wl.addWidget(self.cards)

        self.tabs = QTabWidget(work)
        self.tabs.setDocumentMode(True)
        self.grant_list = GrantList(self.grant_model, self.grant_proxy, work)
        self.grant_list.filtersChanged.connect(self._sync_cards_with_filters)
        self.grant_list.selectionChanged.connect(self._selection_changed)
        if self.services.enricher.has_risk:
            # Most severe first: what deserves action is what a person should see first.
            self.grant_list.table.sortByColumn(self.grant_model.column_index("risk"), Qt.SortOrder.AscendingOrder)
        else:
            self.grant_list.table.setColumnHidden(self.grant_model.column_index("risk"), True)
        self.detail = GrantDetail(self.services.links, self._resolve_permission, work,
                                  access=self.services.enricher.access)
        self.detail.openUrl.connect(self.open_url)
        self.detail.revokeRequested.connect(self.confirm_revoke)
        self.grant_list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grant_list.table.customContextMenuRequested.connect(self._show_grant_menu)
        #: ui.accounts.Accounts once attached (live connections, issue 7); None without it
        self.accounts: Any = None
        self._decision_pane: QWidget | None = None
        if self.services.store is not None:
            from ui.views.decision import DecisionPane

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
        self.statusBar().addPermanentWidget(self.status_label)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Archive…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open one or more archive files (ZIP or TGZ)"))
        self.open_action.triggered.connect(lambda: self.show_open_dialog())
        self.open_folder_action = QAction(self.tr("Open Unpacked &Folder…"), self)
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.triggered.connect(lambda: self.show_open_dialog(folder=True))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.demo_action = QAction(self.tr("Try the &Demo"), self)
        self.demo_action.triggered.connect(self.load_demo)
        self.export_action = QAction(self.tr("&Export Summary…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.show_export_dialog)
        self.export_action.setVisible(_module_available(EXPORT_MODULE))
        self.close_all_action = QAction(self.tr("&Close All"), self)
        self.close_all_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_all_action.setStatusTip(self.tr("Forget the loaded archives (the files are not touched)"))
        self.close_all_action.triggered.connect(self.clear)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        for a in (self.open_action, self.open_folder_action):
            file_menu.addAction(a)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_all_action)
        file_menu.addAction(quit_action)

        edit_menu = mb.addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        clear_filters = QAction(self.tr("C&lear Filters"), self)
        clear_filters.triggered.connect(self.clear_filters)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(clear_filters)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        # The platform's own shortcut where it has one (macOS: Cmd+,), else Ctrl+, as in most apps.
        prefs_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(prefs_keys or [QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)

        view_menu = mb.addMenu(self.tr("&View"))
        self.zoom_in_action = QAction(self.tr("Zoom &In"), self)
        self.zoom_in_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
                                         or [QKeySequence("Ctrl++")])
        self.zoom_in_action.setStatusTip(self.tr("Larger text, for example on a projector"))
        self.zoom_in_action.triggered.connect(lambda: self.zoom(+1))
        self.zoom_out_action = QAction(self.tr("Zoom &Out"), self)
        self.zoom_out_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
                                          or [QKeySequence("Ctrl+-")])
        self.zoom_out_action.triggered.connect(lambda: self.zoom(-1))
        self.zoom_reset_action = QAction(self.tr("&Actual Size"), self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(0))
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(a)

        self.accounts_menu = mb.addMenu(self.tr("&Accounts"))
        self.connect_action = QAction(self.tr("&Connect Account…"), self)
        self.connect_action.setStatusTip(self.tr("List and revoke grants live from an identity provider"))
        self.connect_action.triggered.connect(self.show_connect_dialog)
        self.accounts_menu.addAction(self.connect_action)
        self.accounts_menu.menuAction().setVisible(_module_available(CONNECT_MODULE))

        help_menu = mb.addMenu(self.tr("&Help"))
        how = QAction(self.tr("How to Get Your &Archive"), self)
        how.triggered.connect(lambda: self.stack.setCurrentIndex(PAGE_START))
        about = QAction(self.tr("&About Grantscope"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(how)
        help_menu.addAction(about)
        self._rebuild_recent_menu()

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
        if self._decision_pane is not None:
            self._decision_pane.flush()  # type: ignore[attr-defined]
        self._queue.clear()
        if self.accounts is not None and hasattr(self.accounts, "cancel_all"):
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

    def attach_accounts(self, accounts: Any) -> None:
        """Wire a ui.accounts.Accounts controller: its parts feed the list, its messages the message bar."""
        self.accounts = accounts
        accounts.partChanged.connect(lambda _key, inv: self.set_part(inv))
        accounts.partRemoved.connect(lambda _key, source: self.remove_part(source))
        accounts.message.connect(self.message_bar.show_message)
        accounts.accountsChanged.connect(self._rebuild_accounts_menu)
        accounts.revokeFinished.connect(lambda *_: self._selection_changed())
        self.detail.can_revoke = accounts.can_revoke
        self.accounts_menu.menuAction().setVisible(True)
        self._rebuild_accounts_menu()
        self._attach_account_extras(accounts)

    def _rebuild_accounts_menu(self) -> None:
        menu = self.accounts_menu
        for action in menu.actions():
            if action is not self.connect_action:
                menu.removeAction(action)
                action.deleteLater()
        keys = self.accounts.keys() if self.accounts is not None else []
        if keys:
            menu.addSeparator()
        for key in keys:
            source = self.accounts.source(key)
            label = source.path.removeprefix("live:") if source is not None else key
            action = menu.addAction(self.tr("Disconnect {account}").format(account=label))
            action.setStatusTip(self.tr("Sign out and forget this account's key (the provider keeps your "
                                        "grants)"))
            action.triggered.connect(lambda _c=False, k=key: self.accounts.disconnect(k))
        self._add_account_actions(menu)

    def confirm_revoke(self, grant: Grant) -> None:
        """Ask first (a dialog naming the app and what stops working), then revoke through the accounts."""
        if self.accounts is None:
            return
        try:
            from ui.dialogs.confirm_revoke import ConfirmRevokeDialog
        except ImportError:
            log.warning("confirm-revoke dialog not available")
            return
        dlg = ConfirmRevokeDialog(grant, scope_texts=self.accounts.scope_texts(grant), parent=self,
                                  permission_label=lambda key, g=grant: self._permission_label(g, key),
                                  own_client=self.accounts.is_own(grant))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.confirmed.connect(self.accounts.revoke)
        dlg.open()

    # ------------------------------------------------------------------ live accounts (issue 7)
    def _attach_account_extras(self, accounts: Any) -> None:
        """Reconnect offers, "sign in again", and a status line while a provider is being asked."""
        if hasattr(accounts, "signInNeeded"):
            accounts.signInNeeded.connect(lambda ref: self.show_connect_dialog(prefill=ref))
        if hasattr(accounts, "busyChanged"):
            accounts.busyChanged.connect(self._accounts_busy)
        saved = accounts.resumable() if hasattr(accounts, "resumable") else []
        if saved:
            names = ", ".join(r.display_name for r in saved)
            self.message_bar.show_message(
                self.tr("Reconnect {accounts}?").format(accounts=names),
                self.tr("You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps "
                        "again; nothing is sent to a provider until you do.").format(n=format_count(len(saved))),
                "info")

    def _accounts_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Talking to the provider…"))
        else:
            self.statusBar().clearMessage()

    def _add_account_actions(self, menu: QMenu) -> None:
        accounts = self.accounts
        if accounts is None or not hasattr(accounts, "resumable"):
            return
        for key in accounts.keys():
            label = accounts.label(key)
            again = menu.addAction(self.tr("List Apps Again: {account}").format(account=label))
            again.triggered.connect(lambda _c=False, k=key: accounts.refresh(k))
            url = accounts.settings_url(key)
            if url:
                page = menu.addAction(self.tr("Open Account Page: {account}").format(account=label))
                page.setStatusTip(url)
                page.triggered.connect(lambda _c=False, u=url: self.open_url(QUrl(u)))
        saved = accounts.resumable()
        if saved:
            menu.addSeparator()
        for ref in saved:
            action = menu.addAction(self.tr("Reconnect {account}").format(account=ref.display_name))
            action.setStatusTip(self.tr("Sign in with the key saved in your keychain and list the apps"))
            action.triggered.connect(lambda _c=False, r=ref: accounts.resume(r))
            forget = menu.addAction(self.tr("Forget {account}").format(account=ref.display_name))
            forget.setStatusTip(self.tr("Delete the saved sign-in from your keychain"))
            forget.triggered.connect(lambda _c=False, r=ref: accounts.forget_saved(r))
        pending = accounts.pending_revocations()
        if pending:
            menu.addSeparator()
        for ref in pending:
            stop = menu.addAction(self.tr("Stop Retrying Revocation: {account}").format(account=ref.display_name))
            stop.setStatusTip(self.tr("Grantscope's old sign-in may still be valid at the provider; remove it there"))
            stop.triggered.connect(lambda _c=False, r=ref: accounts.dismiss_pending(r))

    def grant_menu(self, grant: Grant) -> QMenu:
        """The grant table's context menu: revoke (live grants from a connected account) or the settings page."""
        menu = QMenu(self)
        revoke = menu.addAction(self.tr("Revoke Access…"))
        can = self.accounts is not None and self.accounts.can_revoke(grant)
        revoke.setEnabled(bool(can))
        revoke.triggered.connect(lambda _c=False, g=grant: self.confirm_revoke(g))
        if not grant.live:
            link = self.services.links.get(grant.platform)
            manage = menu.addAction(self.tr("Manage on {platform}").format(platform=link.name))
            manage.setEnabled(bool(link.manage_url))
            if link.manage_url:
                manage.triggered.connect(lambda _c=False, u=link.manage_url: self.open_url(QUrl(u)))
        return menu

    def _show_grant_menu(self, pos: Any) -> None:
        table = self.grant_list.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        grant = index.data(ObjectRole)
        if not isinstance(grant, Grant):
            return
        menu = self.grant_menu(grant)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(table.viewport().mapToGlobal(pos))

    def clear(self) -> None:
        self._raw = Inventory()
        self._assess_generation += 1
        self.grant_list.clear_filters()
        self._apply_inventory(Inventory())

    def is_loading(self) -> bool:
        return self._load_handle is not None

    # ------------------------------------------------------------------ opening
    def show_open_dialog(self, folder: bool = False) -> None:
        start = str(self.services.settings.get("last_dir") or "")
        dlg = open_dialog(self, folder=folder, start_dir=start)
        dlg.filesSelected.connect(self.load_paths)
        dlg.open()

    def load_demo(self) -> None:
        paths = demo_inputs(self.services.demo_dir)
        if not paths:
            m = messages.demo_missing()
            self.message_bar.show_message(m.title, m.body, "warning")
            log.warning("no demo archives in %s", self.services.demo_dir)
            return
        self.load_paths(paths, remember=False)

    def load_paths(self, paths: list[str], remember: bool = True) -> None:
        """Read archives in the background and add their grants to the list."""
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return
        loaded = {p for s in self._raw.sources if s.platform != "unknown" for p in (s.parts or (s.path,))}
        fresh = [p for p in paths if str(Path(p)) not in loaded]
        if not fresh:
            m = messages.already_loaded(paths[0])
            self.message_bar.show_message(m.title, m.body, "info")
            return
        if remember:
            self.services.settings.set("last_dir", str(Path(fresh[0]).parent))
        if self._load_handle is not None:
            self._queue.append((fresh, remember))
            return
        self._start_load(fresh, remember)

    def _start_load(self, paths: list[str], remember: bool) -> None:
        self.message_bar.hide()
        names = ", ".join(PurePath(p).name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        self.banner.start(self.tr("Reading {names}…").format(names=names))
        log.info("loading %d input(s)", len(paths))

        def task(token: CancelToken, progress: ProgressFn) -> Inventory:
            return scan_paths(paths, progress=progress, cancel=token)

        # The callbacks run from this thread's event loop, so `ref` is filled by the time they are called.
        ref: list[Any] = []
        self._load_handle = self.services.runner.start(
            task, name="scan",
            progress=self._on_progress,
            finished=lambda inv: self._on_loaded(ref[0], inv, paths, remember),
            failed=lambda e, tb: self._on_load_failed(ref[0], e, tb, paths),
            cancelled=lambda: self._on_load_cancelled(ref[0]),
        )
        ref.append(self._load_handle)

    def cancel_loading(self) -> None:
        """Silent: the list stays as it was, no message."""
        self._queue.clear()
        if self._load_handle is not None:
            self._load_handle.cancel()
            self._finish_load(self._load_handle, ok=False)

    def _on_progress(self, p: Progress) -> None:
        if self._load_handle is not None:
            self.banner.update_progress(p)

    def _finish_load(self, handle: Any, ok: bool) -> None:
        if handle is not self._load_handle:
            return
        self._load_handle = None
        self.banner.stop()
        self.loadFinished.emit(ok)
        if self._queue:
            paths, remember = self._queue.pop(0)
            self._start_load(paths, remember)

    def _on_loaded(self, handle: Any, inv: Inventory, paths: list[str], remember: bool) -> None:
        if handle is not self._load_handle:
            return  # cancelled meanwhile: the result is dropped silently
        if remember:
            self.services.settings.add_recent(paths)
            self.services.settings.save()
            self._rebuild_recent_menu()
        failed = [s for s in inv.sources if s.platform == "unknown"]
        if failed:
            title = self.tr("{n} of {total} files could not be read").format(
                n=format_count(len(failed)), total=format_count(len(paths)))
            self.message_bar.show_message(title, "\n".join(w for s in failed for w in s.warnings), "warning")
        log.info("loaded %d grant(s) from %d source(s)", len(inv.grants), len(inv.sources))
        self.add_inventory(inv)
        self._finish_load(handle, ok=True)

    def _on_load_failed(self, handle: Any, exc: BaseException, details: str, paths: list[str]) -> None:
        if handle is not self._load_handle:
            return
        m = messages.describe(exc)
        self.message_bar.show_message(m.title, m.body, "error")
        if isinstance(exc, GrantscopeError):
            log.warning("could not load %s: %s", paths, exc)
        elif isinstance(exc, MemoryError):
            log.warning("out of memory loading %s", paths)
        else:
            log.error("unexpected error while loading %s\n%s", paths, details)
            self.crashed.emit(m.title, details)
        self._finish_load(handle, ok=False)

    def _on_load_cancelled(self, handle: Any) -> None:
        self._finish_load(handle, ok=False)

    def _fit_detail_width(self) -> None:
        """The detail pane stays wide enough for its own content (the decision buttons, about 34 characters
        of text) however wide the list's filter row gets, also after View › Zoom."""
        inner = self.detail.widget()
        content = inner.minimumSizeHint().width() if inner is not None else 0
        chars = self.detail.fontMetrics().averageCharWidth() * 34
        scroll = self.detail.verticalScrollBar().sizeHint().width() + 2 * self.detail.frameWidth()
        self.detail.setMinimumWidth(max(chars, content + scroll))

    def zoom(self, direction: int) -> float:
        """Text larger (+1), smaller (-1) or back to the system size (0); remembered for the next start."""
        from ui.theme import set_zoom, zoom_step

        app = QApplication.instance()
        current = float(self.services.settings.get("zoom", 1.0) or 1.0)
        target = 1.0 if direction == 0 else zoom_step(current, direction)
        applied = set_zoom(app, target) if isinstance(app, QApplication) else 1.0
        self.services.settings.set("zoom", applied)
        self.services.settings.save()
        self._fit_detail_width()
        return applied

    def show_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        dlg = PreferencesDialog(self.services.settings.stale_days(), self)
        dlg.staleDaysChosen.connect(self.set_stale_days)
        self.preferences_dialog = dlg
        dlg.open()

    def set_stale_days(self, days: int) -> None:
        """Apply a new "unused for more than N days" threshold: saved, shown on the card, findings recomputed."""
        settings = self.services.settings
        settings.set_stale_days(days)
        settings.save()
        self.services.enricher.stale_days = days
        self.grant_proxy.stale_days = days
        self.cards.set_stale_days(days)
        if self._raw.grants:
            self._reassess()

    # ------------------------------------------------------------------ risk assessment
    def _reassess(self) -> None:
        self._assess_generation += 1
        generation = self._assess_generation
        raw = self._raw
        enricher = self.services.enricher
        now = self.services.now()

        def task(token: CancelToken, progress: ProgressFn) -> Inventory:
            return enricher.assess(raw, now)

        self.services.runner.start(task, name="assess",
                                   finished=lambda inv: self._on_assessed(generation, inv),
                                   failed=lambda e, tb: self._on_assess_failed(generation, raw, tb))

    def _on_assessed(self, generation: int, inv: Inventory) -> None:
        if generation == self._assess_generation:
            self._apply_inventory(inv)

    def _on_assess_failed(self, generation: int, raw: Inventory, details: str) -> None:
        log.error("risk assessment failed; showing grants without findings\n%s", details)
        self.crashed.emit(self.tr("Risk findings could not be computed"), details)
        if generation == self._assess_generation:
            self._apply_inventory(raw)

    # ------------------------------------------------------------------ showing data
    def _apply_inventory(self, inv: Inventory) -> None:
        self._inventory = inv
        self.grant_model.set_items(inv.grants)
        self.activity_model.set_items(inv.activity)
        self.advertiser_model.set_items(inv.advertisers)
        self.sources_panel.set_sources(inv.sources)
        platforms = sorted({g.platform for g in inv.grants})
        self.grant_list.set_platforms([(p, self.services.links.name(p)) for p in platforms])
        rules = sorted({f.rule for g in inv.grants for f in g.findings})
        self.grant_list.set_findings([(r, self.services.enricher.finding_title(r)) for r in rules])
        now = self.services.now()
        self.cards.set_counts({
            "active": sum(1 for g in inv.grants if g.status == "active"),
            "expired": sum(1 for g in inv.grants if g.status == "expired"),
            "removed": sum(1 for g in inv.grants if g.status == "removed"),
            "unused": sum(1 for g in inv.grants
                          if is_unused(g, now, self.grant_proxy.stale_days, assessed=self.grant_proxy.assessed)),
            "attention": sum(1 for g in inv.grants if needs_attention(g)),
            "activity": count_businesses(inv.activity),  # the same count as the exported summary
            "advertisers": len(inv.advertisers),
        })
        self._update_tab_titles()
        self._selection_changed()
        self.export_action.setEnabled(not inv.empty)
        self.close_all_action.setEnabled(bool(inv.sources))
        sources = [s for s in inv.sources if s.platform != "unknown"]
        n_grants, n_sources = len(inv.grants), len(sources)
        grants_text = (self.tr("1 app or website") if n_grants == 1 else
                       self.tr("{n} apps and websites").format(n=format_count(n_grants)))
        sources_text = (self.tr("1 source") if n_sources == 1 else
                        self.tr("{n} sources").format(n=format_count(n_sources)))
        self.status_label.setText(f"{grants_text} · {sources_text}" if sources else "")
        self._show_page()
        self.inventoryChanged.emit()

    def _show_page(self) -> None:
        has_data = bool(self._inventory.sources)
        self.stack.setCurrentIndex(PAGE_WORKSPACE if has_data else PAGE_START)
        self.start_screen.back_button.setVisible(has_data)
        self.start_screen.set_recent(self.services.settings.recent())
        self.export_action.setEnabled(not self._inventory.empty)
        self.close_all_action.setEnabled(has_data)

    def _update_tab_titles(self) -> None:
        inv = self._inventory
        self.tabs.setTabText(TAB_GRANTS, self.tr("Apps and websites ({n})").format(n=format_count(len(inv.grants))))
        self.tabs.setTabText(TAB_ACTIVITY, self.tr("Off-platform activity ({n})").format(
            n=format_count(len(inv.activity))))
        self.tabs.setTabText(TAB_ADVERTISERS, self.tr("Advertisers ({n})").format(n=format_count(len(inv.advertisers))))
        warnings = sum(len(s.warnings) for s in inv.sources)
        title = self.tr("What we read")
        if warnings:
            title = self.tr("What we read (⚠ {n})").format(n=format_count(warnings))
        self.tabs.setTabText(TAB_SOURCES, title)

    def _selection_changed(self) -> None:
        grants: list[Grant] = self.grant_list.selected_items()
        self.detail.show_grants(grants)
        if self._decision_pane is not None:
            self._decision_pane.show_grants(grants)  # type: ignore[attr-defined]

    def _permission_label(self, g: Grant, key: str) -> str:
        perm = self.services.enricher.resolve(g.platform, key)
        return perm.label if perm is not None and perm.known else key

    def _access_words(self, g: Grant) -> tuple[str, ...] | None:
        summary = self.services.enricher.access(g)
        return tuple(summary.words) if summary is not None and summary.words else None

    def _resolve_permission(self, platform: str, key: str) -> Permission | None:
        return self.services.enricher.resolve(platform, key)

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
    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.services.settings.recent()
        for paths in recent:
            action = self.recent_menu.addAction(recent_label(paths))
            action.setToolTip("\n".join(paths))
            action.setStatusTip("; ".join(paths))
            action.triggered.connect(lambda _c=False, p=list(paths): self.load_paths(p))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear Menu"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(recent))
        self.start_screen.set_recent(recent)

    def _clear_recent(self) -> None:
        self.services.settings.clear_recent()
        self.services.settings.save()
        self._rebuild_recent_menu()

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Let the drop finish (the source app waits for it) before starting work.
            QTimer.singleShot(0, lambda: self.load_paths(paths))

    # ------------------------------------------------------------------ links and hooks
    def open_url(self, url: QUrl) -> None:
        """Web pages open in the system browser, never inside Grantscope."""
        if url.scheme() not in ("https", "http"):
            log.warning("refusing to open non-web address %s", url.toString())
            return
        if not QDesktopServices.openUrl(url):
            self.message_bar.show_message(self.tr("The web browser could not be opened"),
                                          self.tr("Open this address yourself: {url}").format(url=url.toString()),
                                          "warning")

    def show_export_dialog(self) -> None:
        try:
            module = importlib.import_module(EXPORT_MODULE)
        except ImportError:
            log.warning("export dialog not available")
            return
        filtering = bool(self.grant_proxy.predicates() or self.grant_proxy.search())
        if filtering:  # offer "the apps shown in the list now" as a scope
            dlg = module.ExportDialog(self._inventory, self, filtered=self.grant_proxy.visible_items())
        else:
            dlg = module.ExportDialog(self._inventory, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self._export_dialog = dlg

    def show_connect_dialog(self, prefill: Any = None) -> None:
        """Hook for live connections: the module offers open_dialog(window) or ConnectAccountDialog(window)."""
        try:
            module = importlib.import_module(CONNECT_MODULE)
        except ImportError:
            log.warning("connect-account dialog not available")
            return
        opener = getattr(module, "open_dialog", None)
        if callable(opener):
            if hasattr(prefill, "provider"):  # sign in again to a saved account (not a menu's `checked`)
                opener(self, prefill=prefill)
            else:
                opener(self)
            return
        dlg = module.ConnectAccountDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Grantscope"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>Grantscope</b>"))
        box.setInformativeText(self.tr(
            "See every app and website that can reach your accounts' data, offline. Archives are read on this "
            "computer and never uploaded.\n\nSettings and notes: {path}").format(
                path=str(self.services.paths.config)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
