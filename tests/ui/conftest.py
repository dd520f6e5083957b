"""Qt test setup: offscreen platform (set before any Qt import), Qt warnings fail the test, temp app state."""

from __future__ import annotations

import json
import os
import tempfile

# Offscreen, with a desktop-sized screen (the default 800x600 would clamp restored window geometry).
_SCREEN = os.path.join(tempfile.gettempdir(), "grantscope-offscreen-screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _f:
    json.dump({"windowFrameMargins": False, "screens": [
        {"name": "test", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpiX": 96, "logicalDpiY": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}, _f)
# GRANTSCOPE_TEST_DISPLAY=x11 keeps a real X display (tests/e2e runs the screenshot tests under Xvfb that way).
if os.environ.get("GRANTSCOPE_TEST_DISPLAY") == "x11" and os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# A fixed, colour-scheme-neutral look so tests do not depend on the machine's theme.
os.environ.pop("GRANTSCOPE_COLOR_SCHEME", None)

from collections.abc import Iterator  # noqa: E402 - Qt must see QT_QPA_PLATFORM first
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from core.paths import AppPaths  # noqa: E402
from tests.builders.archive import with_prefix, write_zip  # noqa: E402
from tests.builders.facebook import g3  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def pdf_writer() -> None:
    """The PDF format, registered as the entry points (main.py, ui/app.py) register it."""
    from ui import pdf_export

    pdf_export.register()


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: object) -> None:
    """English plural forms ("1 source", "2 sources"), installed as ui/app.py installs them."""
    from ui.app import install_english_plurals

    install_english_plurals(qapp)  # type: ignore[arg-type]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every Qt warning (or worse) printed during a window test fails it (pytest-qt's qt_log_level_fail)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))


@pytest.fixture
def fb_zip(tmp_path: Path) -> Path:
    """A small, synthetic 2021-style Facebook export (10 app records, activity, advertisers)."""
    return write_zip(with_prefix(g3(), "facebook-robinexample-2022"), tmp_path / "facebook-robinexample.zip")


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A demo folder like resources/demo: archives plus the generator script (which must be skipped)."""
    d = tmp_path / "demo"
    d.mkdir()
    (d / "build_demo.py").write_text("# not an archive\n")
    write_zip(with_prefix(g3(), "facebook-demo"), d / "facebook-demo.zip")
    return d


@pytest.fixture
def services(qapp: object, tmp_path: Path, demo_dir: Path) -> Iterator[object]:
    from ui.services import Services

    s = Services.create(AppPaths.for_base_dir(tmp_path / "state"), demo_dir=demo_dir, err_windows=False)
    yield s
    s.runner.cancel_all()
    s.runner.wait(5000)


@pytest.fixture
def window(qtbot: object, services: object) -> Iterator[object]:
    from ui.main_window import MainWindow

    w = MainWindow(services)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    yield w
    w.close()
