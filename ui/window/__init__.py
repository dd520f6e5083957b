"""Parts the main window is composed of: menus, loading, recent files, drops, zoom, dialogs, live accounts."""

#: Pages of the window's stack: the start screen, and the workspace (cards, lists, detail).
PAGE_START, PAGE_WORKSPACE = 0, 1
