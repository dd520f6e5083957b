"""`plan`: the clean-up plan from the decisions database, checked against exports; the demo checklist fits 2 pages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.store import DecisionStore, grant_key
from core.summary import is_own
from core.workspace import default_workspace

ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted(str(p) for p in (ROOT / "resources" / "demo").glob("*.zip"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "plan", *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT)


def mark_every_third_party_app(db: Path) -> int:
    store = DecisionStore(db)
    grants = [g for g in default_workspace().open(DEMO).inventory.grants if not is_own(g)]
    for g in grants:
        store.save(g, "remove", "", now=datetime(2026, 3, 2, tzinfo=timezone.utc))
    return len({grant_key(g) for g in grants})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is in .ci/run's apt list")
def test_the_demo_checklist_prints_on_at_most_two_pages(tmp_path: Path) -> None:
    db = tmp_path / "decisions.sqlite3"
    total = mark_every_third_party_app(db)
    assert total > 40  # the worst case: every third-party app of the demo is marked "remove"
    pdf = tmp_path / "plan.pdf"
    r = run(*DEMO, "--db", str(db), "--checklist", "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = len([p for p in text.split("\f") if p.strip()])
    assert 1 <= pages <= 2
    assert f"0 of {total} done" in text
    assert "Grantscope clean-up plan" in text  # the footer names the document
    for words in ("Facebook", "X", "Where: ", "myaccount.google.com/connections"):
        assert words in text


def test_plan_markdown_and_json_group_by_platform_with_plain_words_and_progress(tmp_path: Path) -> None:
    db = tmp_path / "decisions.sqlite3"
    total = mark_every_third_party_app(db)
    r = run(*DEMO, "--db", str(db), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema"] == "grantscope.plan/1"
    assert doc["total"] == total and doc["done"] == 0
    names = [p["name"] for p in doc["platforms"]]
    assert len(names) == len(set(names)) >= 4
    assert any(a["can_see"] for p in doc["platforms"] for a in p["apps"])
    md = run(*DEMO, "--db", str(db)).stdout
    assert md.startswith("# Clean-up plan")
    assert f"0 of {total} done" in md
    assert "- [ ] **" in md and "Can see: " in md


def test_an_empty_plan_says_nothing_is_marked(tmp_path: Path) -> None:
    r = run("--db", str(tmp_path / "none.sqlite3"))
    assert r.returncode == 0, r.stderr
    assert "0 of 0 done" in r.stdout
