"""Composition root: arguments, AppPaths, logging, exception hooks, QApplication, services → MainWindow."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from core.connectors.oauth import redact_url_queries
from core.paths import AppPaths
from core.secrets import TokenStore
from core.version import app_version
from ui import pdf_export, plan_pdf
from ui.accounts import Accounts
from ui.workers import freeze_start_up

log = logging.getLogger("grantscope")

LOG_FILE_NAME = "grantscope.log"
#: When set, the app appends "<event> <epoch seconds>" lines to this file (benchmarks read them).
ENV_TIMING_FILE = "GRANTSCOPE_TIMING_FILE"
SMOKE_TIMEOUT_S = 60
#: Overrides the demo folder (tests; a workshop's own demo set).
ENV_DEMO_DIR = "GRANTSCOPE_DEMO_DIR"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="grantscope",
        description="See every app and website that can reach your accounts' data. "
                    "Run `grantscope scan --help` for the headless command.")
    parser.add_argument("-V", "--version", action="version", version=f"Grantscope {app_version()}")
    parser.add_argument("paths", nargs="*", help="archives (ZIP, TGZ, several parts) or unpacked folders to open")
    parser.add_argument("--demo", action="store_true", help="open the bundled demo archives")
    parser.add_argument("--data-dir", metavar="DIR", help="keep settings, notes and logs in DIR (isolates all state)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, wait until it shows data (with --demo), then exit")
    parser.add_argument("--screenshot", metavar="FILE", help="with --smoke-test: save a PNG of the window")
    parser.add_argument("--no-err-windows", action="store_true",
                        help="log unexpected errors instead of showing a dialog (for automated runs)")
    return parser.parse_known_args(argv[1:])


def setup_logging(paths: AppPaths) -> Path:
    """Log to a rotating file under AppPaths.log; warnings and errors also go to stderr."""
    paths.log.mkdir(parents=True, exist_ok=True)
    log_file = paths.log / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    fh = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    fh.setFormatter(fmt)
    sh = logging.StreamHandler(sys.stderr)
    sh.setLevel(logging.WARNING)
    sh.setFormatter(fmt)
    root.addHandler(fh)
    root.addHandler(sh)
    return log_file


def qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    """Qt's own warnings go to our log, so nothing is printed behind the user's back."""
    qt_log = logging.getLogger("qt")
    # Qt names the URL it failed to open (no browser found): a sign-in URL carries the state and the nonce.
    message = redact_url_queries(message)
    if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        qt_log.error("%s", message)
    elif mode == QtMsgType.QtWarningMsg:
        qt_log.warning("%s", message)
    else:
        qt_log.debug("%s", message)


class ErrorCounter(logging.Handler):
    """Counts ERROR records (the smoke test fails when there is any)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class CrashReporter(QObject):
    """Receives unexpected exceptions from any thread and shows them on the UI thread."""

    report = Signal(str, str)

    def __init__(self, log_file: Path, err_windows: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.err_windows = err_windows
        self.window: QWidget | None = None
        #: open dialogs, kept referenced: a parentless dialog would otherwise be garbage-collected at once
        self.dialogs: list[QWidget] = []
        self.report.connect(self._show)

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        details = "".join(traceback.format_exception(etype, value, tb))
        log.error("unexpected error\n%s", details)
        self.report.emit(str(value) or etype.__name__, details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def _show(self, summary: str, details: str) -> None:
        if not self.err_windows:
            return
        from ui.dialogs.crash_dialog import CrashDialog

        dlg = CrashDialog(details, self.log_file, self.window)
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
        dlg.show()


class TimingFile:
    """Benchmark hook: writes event timestamps when GRANTSCOPE_TIMING_FILE is set; otherwise does nothing."""

    def __init__(self) -> None:
        self.path = os.environ.get(ENV_TIMING_FILE)

    def mark(self, event: str) -> None:
        if self.path:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(f"{event} {time.time():.6f}\n")


class SmokeTest(QObject):
    """--smoke-test: wait for data (with --demo), select a row, save a screenshot, exit 0; exit 1 on failure."""

    def __init__(self, window: object, screenshot: str | None, wait_for_data: bool, errors: ErrorCounter) -> None:
        super().__init__()
        from ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.screenshot = screenshot
        self.errors = errors
        self.rc = 1
        self._done = False
        if wait_for_data:
            window.inventoryChanged.connect(self._maybe_ready)
            window.loadFinished.connect(self._load_finished)
        else:
            QTimer.singleShot(300, self._finish)
        QTimer.singleShot(SMOKE_TIMEOUT_S * 1000, self._timeout)

    def _maybe_ready(self) -> None:
        if self.window.grant_proxy.rowCount() > 0 and not self._done:
            self._done = True
            self._select_interesting_row()
            QTimer.singleShot(400, self._finish)

    def _load_finished(self, ok: bool) -> None:
        if not ok and not self._done and not self.window.is_loading():
            self._done = True
            log.error("smoke test: loading the demo failed: %s", self.window.message_bar.title())
            QCoreApplication.exit(1)

    def _select_interesting_row(self) -> None:
        proxy = self.window.grant_proxy
        for row in range(proxy.rowCount()):
            g = proxy.item(row)
            if g.findings and g.status == "active":
                self.window.grant_list.select_row(row)
                return
        self.window.grant_list.select_row(0)

    def _finish(self) -> None:
        self._done = True
        if self.screenshot:
            pixmap = self.window.grab()
            if pixmap.isNull() or not pixmap.save(self.screenshot, "PNG"):
                log.error("smoke test: could not save the screenshot to %s", self.screenshot)
                QCoreApplication.exit(1)
                return
        self.rc = 0 if self.errors.count == 0 else 1
        log.info("smoke test finished (errors logged: %d)", self.errors.count)
        self.window.close()
        QCoreApplication.exit(self.rc)

    def _timeout(self) -> None:
        if not self._done:
            log.error("smoke test: no data shown within %d s", SMOKE_TIMEOUT_S)
            QCoreApplication.exit(1)


def install_english_plurals(app: QApplication) -> QTranslator:
    """The English catalogue holds only plural forms: without it "%Ln source(s)" would read "2 source(s)"."""
    from ui.resources import RESOURCES_DIR

    translator = QTranslator(app)
    if translator.load(str(RESOURCES_DIR / "translations" / "grantscope_en.qm")):
        app.installTranslator(translator)
    else:
        log.error("resources/translations/grantscope_en.qm is missing: run `uv run python -m ui.i18n`")
    return translator


def install_translations(app: QApplication, language: str = "") -> list[QTranslator]:
    """Qt's own strings (file dialog, standard buttons) in the user's language; Grantscope's strings go
    through tr() and are picked up from resources/translations/grantscope_<lang>.qm once translated.

    `language` (Preferences, "" = the system's) also sets the default locale, so dates and numbers follow it."""
    from ui.resources import RESOURCES_DIR

    installed: list[QTranslator] = []
    if language:
        QLocale.setDefault(QLocale(language))
    # English plural forms first ("1 source", "2 sources"): the fallback under any other language's catalogue.
    installed.append(install_english_plurals(app))

    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("grantscope", str(RESOURCES_DIR / "translations"))):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def attach_accounts(window: object, services: object) -> None:
    """Live connections: the keychain is probed in a worker (it can take a while on some desktops), then the
    Accounts controller is attached to the window, and revocations an earlier Disconnect left pending are retried."""

    def probe(token: object, progress: object) -> object:
        return TokenStore()

    def attach(store: object) -> None:
        accounts = Accounts(services.runner, services.settings, store, parent=window)  # type: ignore[attr-defined]
        window.attach_accounts(accounts)  # type: ignore[attr-defined]
        accounts.retry_pending_revocations()

    def failed(exc: BaseException, details: str) -> None:
        log.warning("live accounts unavailable: %s", exc)

    services.runner.start(probe, name="keychain", finished=attach, failed=failed)  # type: ignore[attr-defined]


def no_display_reason(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """On Linux/BSD without X11 or Wayland (an SSH session, a server), Qt would abort with a cryptic
    message: say what to do instead. None when a window can be shown."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd")):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("grantscope: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Scan without a window:  uv run main.py scan ARCHIVE.zip\n"
            "Or run it under a virtual display:  xvfb-run -a uv run main.py --demo\n")


def run(argv: list[str]) -> int:
    timing = TimingFile()
    args, qt_args = parse_args(argv)
    reason = no_display_reason()
    if reason:
        sys.stderr.write(reason)
        return 2
    paths = AppPaths.for_base_dir(args.data_dir) if args.data_dir else AppPaths.default()
    paths.ensure()
    log_file = setup_logging(paths)
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    qInstallMessageHandler(qt_message_handler)

    pdf_export.register()
    plan_pdf.register()
    QApplication.setApplicationName("Grantscope")
    QApplication.setApplicationDisplayName("Grantscope")
    QApplication.setDesktopFileName("org.grantscope.Grantscope")  # the .desktop file of packaging/linux
    app = QApplication([argv[0], *qt_args])
    from ui.resources import app_icon
    from ui.theme import apply_theme, follow_system

    app.setWindowIcon(app_icon())
    apply_theme(app)
    follow_system(app)
    reporter = CrashReporter(log_file, err_windows=not args.no_err_windows)
    reporter.install()

    from ui.main_window import MainWindow
    from ui.services import Services

    demo_dir = os.environ.get(ENV_DEMO_DIR)
    services = Services.create(paths, err_windows=not args.no_err_windows,
                               demo_dir=Path(demo_dir) if demo_dir else None)
    install_translations(app, str(services.settings.get("language") or ""))
    zoom = services.settings.get("zoom", 1.0)
    if isinstance(zoom, (int, float)) and not isinstance(zoom, bool) and zoom != 1.0:
        from ui.theme import set_zoom

        set_zoom(app, float(zoom))  # View › Zoom from last time (a projector setup stays readable)
    window = MainWindow(services)
    reporter.window = window
    window.crashed.connect(reporter.report)
    window.show()
    freeze_start_up()
    QTimer.singleShot(0, lambda: timing.mark("interactive"))
    window.inventoryChanged.connect(lambda: timing.mark("rows") if window.grant_proxy.rowCount() else None)
    QTimer.singleShot(0, lambda: attach_accounts(window, services))
    if args.demo:
        QTimer.singleShot(0, window.load_demo)
    if args.paths:
        QTimer.singleShot(0, lambda: window.load_paths([str(Path(p).resolve()) for p in args.paths]))
    smoke = SmokeTest(window, args.screenshot, bool(args.demo or args.paths), errors) if args.smoke_test else None
    log.info("Grantscope started (data dir %s)", paths.config.parent if args.data_dir else paths.config)
    rc = app.exec()
    if smoke is not None and rc == 0:
        rc = smoke.rc
    return rc
