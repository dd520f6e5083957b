"""The window's load queue: archives read one batch at a time in the TaskRunner, with progress, cancel and messages."""

from __future__ import annotations

import logging
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.errors import GrantscopeError
from core.model import Inventory
from core.tasks import CancelToken, Progress, ProgressFn
from ui import messages
from ui.formatting import format_count
from ui.resources import demo_inputs
from ui.workers import TaskHandle, long_lived

if TYPE_CHECKING:  # the window imports this module; annotations only
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class LoadQueue(QObject):
    """Reads archives in the background; a batch asked for while another runs waits its turn."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._handle: TaskHandle | None = None
        self._queue: list[tuple[list[str], bool]] = []

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def load_demo(self) -> None:
        w = self._w
        paths = demo_inputs(w.services.demo_dir)
        if not paths:
            m = messages.demo_missing()
            w.message_bar.show_message(m.title, m.body, "warning")
            log.warning("no demo archives in %s", w.services.demo_dir)
            return
        self.load(paths, remember=False)

    def load(self, paths: list[str], remember: bool = True) -> None:
        """Read archives in the background and add their grants to the list."""
        w = self._w
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return
        loaded = {p for s in w.raw_inventory().sources if s.platform != "unknown" for p in (s.parts or (s.path,))}
        fresh = [p for p in paths if str(Path(p)) not in loaded]
        if not fresh:
            m = messages.already_loaded(paths[0])
            w.message_bar.show_message(m.title, m.body, "info")
            return
        if remember:
            w.services.settings.set("last_dir", str(Path(fresh[0]).parent))
        if self._handle is not None:
            self._queue.append((fresh, remember))
            return
        self._start(fresh, remember)

    def cancel(self) -> None:
        """Silent: the list stays as it was, no message."""
        self._queue.clear()
        if self._handle is not None:
            self._handle.cancel()
            self._finish(self._handle, ok=False)

    def clear_queue(self) -> None:
        self._queue.clear()

    def _start(self, paths: list[str], remember: bool) -> None:
        w = self._w
        w.message_bar.hide()
        names = ", ".join(PurePath(p).name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        w.banner.start(w.tr("Reading {names}…").format(names=names))
        log.info("loading %d input(s)", len(paths))
        workspace = w.services.workspace

        def task(token: CancelToken, progress: ProgressFn) -> Inventory:
            with long_lived():  # the inventory stays as long as it is shown
                return workspace.scan(paths, progress=progress, cancel=token)

        # The callbacks run from this thread's event loop, so `ref` is filled by the time they are called.
        ref: list[TaskHandle] = []
        self._handle = w.services.runner.start(
            task, name="scan",
            progress=self._on_progress,
            finished=lambda inv: self._on_loaded(ref[0], inv, paths, remember),
            failed=lambda e, tb: self._on_failed(ref[0], e, tb, paths),
            cancelled=lambda: self._finish(ref[0], ok=False),
        )
        ref.append(self._handle)

    def _on_progress(self, p: Progress) -> None:
        if self._handle is not None:
            self._w.banner.update_progress(p)

    def _finish(self, handle: TaskHandle, ok: bool) -> None:
        if handle is not self._handle:
            return
        self._handle = None
        self._w.banner.stop()
        self._w.loadFinished.emit(ok)
        if self._queue:
            paths, remember = self._queue.pop(0)
            self._start(paths, remember)

    def _on_loaded(self, handle: TaskHandle, inv: Inventory, paths: list[str], remember: bool) -> None:
        if handle is not self._handle:
            return  # cancelled meanwhile: the result is dropped silently
        w = self._w
        if remember:
            w.services.settings.add_recent(paths)
            w.services.settings.save()
            w.rebuild_recent_menu()
        failed = [s for s in inv.sources if s.platform == "unknown"]
        if failed:
            title = w.tr("{n} of {total} files could not be read").format(
                n=format_count(len(failed)), total=format_count(len(paths)))
            w.message_bar.show_message(title, "\n".join(m for s in failed for m in s.warnings), "warning")
        log.info("loaded %d grant(s) from %d source(s)", len(inv.grants), len(inv.sources))
        w.add_inventory(inv)
        self._finish(handle, ok=True)

    def _on_failed(self, handle: TaskHandle, exc: BaseException, details: str, paths: list[str]) -> None:
        if handle is not self._handle:
            return
        w = self._w
        m = messages.describe(exc)
        w.message_bar.show_message(m.title, m.body, "error")
        if isinstance(exc, GrantscopeError):
            log.warning("could not load %s: %s", paths, exc)
        elif isinstance(exc, MemoryError):
            log.warning("out of memory loading %s", paths)
        else:
            log.error("unexpected error while loading %s\n%s", paths, details)
            w.crashed.emit(m.title, details)
        self._finish(handle, ok=False)
