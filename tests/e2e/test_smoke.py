"""`main.py --demo --smoke-test` under Xvfb: exits 0, logs no ERROR, saves a non-blank screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders.archive import with_prefix, write_zip
from tests.builders.facebook import g3

ROOT = Path(__file__).resolve().parents[2]
DEMO_DIR = ROOT / "resources" / "demo"

pytestmark = pytest.mark.e2e


def _has_demo() -> bool:
    return any(DEMO_DIR.glob("*.zip")) or any(DEMO_DIR.glob("*.tgz"))


def _distinct_colors(png: Path) -> int:
    # QImage reads PNG without a QGuiApplication; sample a grid instead of every pixel.
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert not img.isNull(), "the screenshot is not a readable PNG"
    assert img.width() >= 800 and img.height() >= 500
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    return len(colors)


def test_demo_smoke_under_xvfb(tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None or shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install -y xvfb xauth); the real-window smoke test needs it")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X server (xcb), not offscreen
    env.pop("GRANTSCOPE_COLOR_SCHEME", None)
    if not _has_demo():  # the bundled demo is generated; fall back to a fixture archive of the same shape
        demo = tmp_path / "demo"
        demo.mkdir()
        write_zip(with_prefix(g3(), "facebook-demo"), demo / "facebook-demo.zip")
        env["GRANTSCOPE_DEMO_DIR"] = str(demo)
    shot = tmp_path / "window.png"
    data = tmp_path / "state"
    cmd = [xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, str(ROOT / "main.py"), "--demo",
           "--smoke-test", "--screenshot", str(shot), "--data-dir", str(data), "--no-err-windows"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    log_text = "\n".join(p.read_text(encoding="utf-8") for p in (data / "log").glob("*.log*"))
    output = proc.stdout + proc.stderr + log_text
    errors = [line for line in output.splitlines() if " ERROR " in line or line.startswith("ERROR")]
    assert proc.returncode == 0, output
    assert not errors, "\n".join(errors)
    assert "smoke test finished (errors logged: 0)" in log_text
    assert shot.is_file() and shot.stat().st_size > 10_000
    assert _distinct_colors(shot) > 20, "the screenshot looks blank"
    assert (data / "config" / "settings.json").is_file()  # state went to --data-dir, nowhere else
