"""The window's menu bar: File, Edit, View, Accounts and Help, with their shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.resources import DEMO_PEOPLE
from ui.window import PAGE_START, dialogs

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    file_menu = mb.addMenu(w.tr("&File"))
    w.open_action = QAction(w.tr("&Open Archive…"), w)
    w.open_action.setShortcut(QKeySequence.StandardKey.Open)
    w.open_action.setStatusTip(w.tr("Open one or more archive files (ZIP or TGZ)"))
    w.open_action.triggered.connect(lambda: w.show_open_dialog())
    w.open_folder_action = QAction(w.tr("Open Unpacked &Folder…"), w)
    w.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    w.open_folder_action.triggered.connect(lambda: w.show_open_dialog(folder=True))
    w.recent_menu = QMenu(w.tr("Open &Recent"), w)
    w.demo_action = QAction(w.tr("Try the &Demo"), w)
    w.demo_action.triggered.connect(w.load_demo)
    # Workshops: one person's story each (see docs/workshop-facilitator-guide.md).
    w.demo_people_menu = QMenu(w.tr("Try a Demo &Person"), w)
    people = {"student": w.tr("&Sam, a student"), "parent": w.tr("&Pat, a parent"),
              "business": w.tr("&Kim, a small-business owner")}
    for pid in DEMO_PEOPLE:
        action = w.demo_people_menu.addAction(people[pid])
        action.triggered.connect(lambda _c=False, p=pid: w.load_demo_person(p))
    w.export_action = QAction(w.tr("&Export Summary…"), w)
    w.export_action.setShortcut(QKeySequence("Ctrl+E"))
    w.export_action.triggered.connect(w.show_export_dialog)
    w.close_all_action = QAction(w.tr("&Close All"), w)
    w.close_all_action.setShortcut(QKeySequence.StandardKey.Close)
    w.close_all_action.setStatusTip(w.tr("Forget the loaded archives (the files are not touched)"))
    w.close_all_action.triggered.connect(w.clear)
    quit_action = QAction(w.tr("&Quit"), w)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(w.close)
    for a in (w.open_action, w.open_folder_action):
        file_menu.addAction(a)
    file_menu.addMenu(w.recent_menu)
    file_menu.addAction(w.demo_action)
    file_menu.addMenu(w.demo_people_menu)
    file_menu.addSeparator()
    file_menu.addAction(w.export_action)
    file_menu.addSeparator()
    file_menu.addAction(w.close_all_action)
    file_menu.addAction(quit_action)

    edit_menu = mb.addMenu(w.tr("&Edit"))
    w.find_action = QAction(w.tr("&Find…"), w)
    w.find_action.setShortcut(QKeySequence.StandardKey.Find)
    w.find_action.triggered.connect(w.focus_search)
    clear_filters = QAction(w.tr("C&lear Filters"), w)
    clear_filters.triggered.connect(w.clear_filters)
    edit_menu.addAction(w.find_action)
    edit_menu.addAction(clear_filters)
    edit_menu.addSeparator()
    w.preferences_action = QAction(w.tr("&Preferences…"), w)
    # The platform's own shortcut where it has one (macOS: Cmd+,), else Ctrl+, as in most apps.
    prefs_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    w.preferences_action.setShortcuts(prefs_keys or [QKeySequence("Ctrl+,")])
    w.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.preferences_action.triggered.connect(w.show_preferences)
    edit_menu.addAction(w.preferences_action)

    view_menu = mb.addMenu(w.tr("&View"))
    w.zoom_in_action = QAction(w.tr("Zoom &In"), w)
    w.zoom_in_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
                                     or [QKeySequence("Ctrl++")])
    w.zoom_in_action.setStatusTip(w.tr("Larger text, for example on a projector"))
    w.zoom_in_action.triggered.connect(lambda: w.zoom(+1))
    w.zoom_out_action = QAction(w.tr("Zoom &Out"), w)
    w.zoom_out_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
                                      or [QKeySequence("Ctrl+-")])
    w.zoom_out_action.triggered.connect(lambda: w.zoom(-1))
    w.zoom_reset_action = QAction(w.tr("&Actual Size"), w)
    w.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
    w.zoom_reset_action.triggered.connect(lambda: w.zoom(0))
    for a in (w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action):
        view_menu.addAction(a)
    view_menu.addSeparator()
    w.presentation_action = QAction(w.tr("&Presentation Mode"), w)
    w.presentation_action.setCheckable(True)
    w.presentation_action.setShortcut(QKeySequence("F5"))
    w.presentation_action.setStatusTip(w.tr("Full screen, large type, high contrast, names and paths hidden"))
    w.presentation_action.toggled.connect(w.set_presenting)
    view_menu.addAction(w.presentation_action)

    w.accounts_menu = mb.addMenu(w.tr("&Accounts"))
    w.connect_action = QAction(w.tr("&Connect Account…"), w)
    w.connect_action.setStatusTip(w.tr("List and revoke grants live from an identity provider"))
    w.connect_action.triggered.connect(w.show_connect_dialog)
    w.accounts_menu.addAction(w.connect_action)

    help_menu = mb.addMenu(w.tr("&Help"))
    how = QAction(w.tr("How to Get Your &Archive"), w)
    how.triggered.connect(lambda: w.stack.setCurrentIndex(PAGE_START))
    about = QAction(w.tr("&About Grantscope"), w)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(w.show_about)
    help_menu.addAction(how)
    w.shortcuts_action = QAction(w.tr("&Keyboard Shortcuts"), w)
    w.shortcuts_action.setShortcut(QKeySequence("F1"))
    w.shortcuts_action.triggered.connect(lambda: dialogs.show_shortcuts(w))
    help_menu.addAction(w.shortcuts_action)
    handout = QAction(w.tr("Save Workshop &Handout…"), w)
    handout.setStatusTip(w.tr("A printable page for workshop participants"))
    handout.triggered.connect(lambda: dialogs.show_handout_dialog(w))
    help_menu.addAction(handout)
    help_menu.addAction(about)
    w.rebuild_recent_menu()
