"""`plan`: the clean-up plan from the decisions database, checked against exports; the demo checklist fits 2 pages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.model import Grant
from core.store import DecisionStore, grant_key
from core.summary import is_own
from core.workspace import default_workspace
from tests.builders import x
from tests.builders.archive import write_zip

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


def x_export(date: str, names: set[str]) -> dict[str, bytes]:
    files = x.v2()
    files["data/manifest.js"] = files["data/manifest.js"].replace(b"2025-04-12T14:05:23.470Z", date.encode())
    apps = [a for a in x.PART0 if a["connectedApplication"]["name"] in names]
    files["data/connected-application.js"] = x.js("YTD.connected_application.part0", apps)
    files["data/connected-application-part1.js"] = x.js("YTD.connected_application.part1", [])
    return files


def test_a_newer_export_verifies_done_apps_and_puts_still_connected_ones_on_top(tmp_path: Path) -> None:
    db = tmp_path / "decisions.sqlite3"
    store, ticked = DecisionStore(db), datetime(2025, 2, 1, tzinfo=timezone.utc)
    for app_id, name in (("5408470", "Launch Board"), ("7000002", "Quiz Corner"), ("7000001", "DM Scheduler")):
        g = Grant("x", name, app_id, "active")
        store.save(g, "remove", "", now=ticked)
        if name != "DM Scheduler":
            store.progress().set_done(grant_key(g), "x", name, True, ticked)
    older = write_zip(x_export("2025-01-10T10:00:00.000Z", {"Launch Board", "Quiz Corner", "DM Scheduler"}),
                      tmp_path / "x-jan.zip")
    r = run(str(older), "--db", str(db), "--format", "json")  # made before the ticks: proves nothing
    assert r.returncode == 0, r.stderr
    assert {a["app"]: a["state"] for p in json.loads(r.stdout)["platforms"] for a in p["apps"]} == {
        "Launch Board": "done", "Quiz Corner": "done", "DM Scheduler": "todo"}
    newer = write_zip(x_export("2025-04-12T14:05:23.470Z", {"Quiz Corner", "DM Scheduler"}), tmp_path / "x-apr.zip")
    doc = json.loads(run(str(newer), "--db", str(db), "--format", "json").stdout)
    states = {a["app"]: (a["state"], a["proof"]) for p in doc["platforms"] for a in p["apps"]}
    assert states["Launch Board"] == ("verified", "export of 2025-04-12 (x-apr.zip)")
    assert states["Quiz Corner"] == ("still_connected", "export of 2025-04-12 (x-apr.zip)")
    assert doc["still_connected"] == [{"app": "Quiz Corner", "platform": "x",
                                       "proof": "export of 2025-04-12 (x-apr.zip)"}]
    assert doc["done"] == 1 and doc["total"] == 3
    md = run("--db", str(db)).stdout  # remembered without the export
    assert md.index("## Still connected") < md.index("## X")
    assert "- [x] **Launch Board** (verified gone — export of 2025-04-12 (x-apr.zip))" in md
    assert store.progress().history(grant_key(Grant("x", "Launch Board", "5408470", "active")))[-1][0] == "verified"
