"""The one-page summary layout: a 643-app export that prints dozens of pages in full fits on one page."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import facebook as fb
from tests.builders.archive import meta_json, with_prefix, write_zip

ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted(str(p) for p in (ROOT / "resources" / "demo").glob("*.zip"))


def pages(pdf: Path) -> tuple[int, str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return len([p for p in text.split("\f") if p.strip()]), text


def scan(*args: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", *args, "--quiet"], capture_output=True,
                       text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is in .ci/run's apt list")
def test_a_big_export_prints_on_one_page_in_the_one_page_layout(tmp_path: Path) -> None:
    files = fb.g3()
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json(
        {"installed_apps_v2": fb.many_apps(643)})
    big = write_zip(with_prefix(files, "facebook-big"), tmp_path / "facebook-big.zip")
    one = tmp_path / "one.pdf"
    scan(str(big), "--layout", "one-page", "-o", str(one))
    n, text = pages(one)
    assert n == 1
    assert "one page" in text and "Where to remove them" in text and "Facebook" in text
    html = tmp_path / "one.html"
    scan(str(big), "--layout", "one-page", "-o", str(html))
    body = html.read_text(encoding="utf-8")
    assert "Where to remove them" in body and "App 00642" not in body  # not the full list


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is in .ci/run's apt list")
def test_the_demo_one_page_summary_names_the_most_urgent_apps(tmp_path: Path) -> None:
    one = tmp_path / "demo.pdf"
    scan(*DEMO, "--layout", "one-page", "-o", str(one))
    n, text = pages(one)
    assert n == 1
    assert "Look at these first" in text and "High" in text
