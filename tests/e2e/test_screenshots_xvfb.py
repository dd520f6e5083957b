"""The screenshot tests of tests/ui/test_screenshots.py again, in a real X server (Xvfb) with real fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_smoke import _distinct_colors

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ("main-1024x700.png", "main-zoom-200.png", "dark-main.png", "dark-export-preview.png", "main-french.png",
         "presentation-mode.png", "pseudo-translation-1024x700.png")

pytestmark = pytest.mark.e2e


def test_the_documented_screenshots_are_taken_under_xvfb(tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None or shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing under CI (.ci/run installs xvfb and xauth)")
        pytest.skip("Xvfb is not installed (apt-get install -y xvfb xauth); this test needs a real X server")
    env = {**os.environ, "GRANTSCOPE_TEST_DISPLAY": "x11", "GRANTSCOPE_SCREENSHOTS": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-o", "addopts=", str(ROOT / "tests" / "ui" / "test_screenshots.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "6 passed" in r.stdout
    for name in SHOTS:
        png = tmp_path / name
        assert png.is_file(), f"{name} was not written"
        assert _distinct_colors(png) > 20, f"{name} looks blank"
