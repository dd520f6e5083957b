"""ui/app.py: arguments, exception hooks (UI thread and worker threads), timing hook."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from ui.app import CrashReporter, parse_args


def test_arguments() -> None:
    args, rest = parse_args(["main.py", "--demo", "--data-dir", "/tmp/x", "--smoke-test", "--screenshot", "s.png",
                             "--no-err-windows", "a.zip", "b.zip", "-platform", "offscreen"])
    assert args.demo and args.smoke_test and args.no_err_windows
    assert args.data_dir == "/tmp/x" and args.screenshot == "s.png"
    assert args.paths == ["a.zip", "b.zip"]
    assert rest == ["-platform", "offscreen"]  # Qt's own options pass through to QApplication


def test_unexpected_exceptions_are_logged_and_reported_from_any_thread(qtbot: object, tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    reporter = CrashReporter(tmp_path / "grantscope.log", err_windows=False)
    reports: list[tuple[str, str]] = []
    reporter.report.connect(lambda s, d: reports.append((s, d)))
    with caplog.at_level(logging.ERROR):
        try:
            raise ValueError("on the UI thread")
        except ValueError as e:
            reporter.excepthook(type(e), e, e.__traceback__)

        def worker() -> None:
            raise RuntimeError("in a worker")

        t = threading.Thread(target=worker)
        old = threading.excepthook
        threading.excepthook = reporter.thread_excepthook
        try:
            t.start()
            t.join()
        finally:
            threading.excepthook = old
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=3000)  # type: ignore[attr-defined]
    assert "ValueError: on the UI thread" in reports[0][1]
    assert "RuntimeError: in a worker" in reports[1][1]
    assert sum("unexpected error" in r.message for r in caplog.records) == 2


# The offscreen platform plugin says this whenever a top-level dialog is shown; it is not Grantscope's warning.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_crash_dialog_is_shown_only_with_error_windows(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.crash_dialog import CrashDialog

    def dialogs() -> list[CrashDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]

    quiet = CrashReporter(tmp_path / "g.log", err_windows=False)
    quiet.report.emit("boom", "Traceback: boom")
    assert not dialogs()
    loud = CrashReporter(tmp_path / "g.log", err_windows=True)
    loud.report.emit("boom", "Traceback: boom")
    qtbot.waitUntil(lambda: bool(dialogs()), timeout=3000)  # type: ignore[attr-defined]
    for d in dialogs():
        assert "Traceback: boom" in d.details.toPlainText()
        d.close()


def test_no_display_gets_a_clear_sentence_instead_of_a_qt_abort() -> None:
    from ui.app import no_display_reason

    msg = no_display_reason({}, "linux")
    assert msg and "no graphical display" in msg and "main.py scan" in msg
    assert no_display_reason({"DISPLAY": ":0"}, "linux") is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({}, "win32") is None and no_display_reason({}, "darwin") is None


def test_window_command_without_display_exits_2_with_one_message(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, str(root / "main.py"), "--data-dir", str(tmp_path)], env=env,
                       capture_output=True, text=True, timeout=60, cwd=root)
    assert r.returncode == 2
    assert "no graphical display" in r.stderr and "Traceback" not in r.stderr
