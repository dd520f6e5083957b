"""`diff OLD NEW`: new, gone, changed, returned apps and added permissions between two exports of one account."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.builders import facebook as fb
from tests.builders import x
from tests.builders.archive import meta_json, with_prefix, write_zip
from tests.core.test_several_exports import other_person

ROOT = Path(__file__).resolve().parents[2]


def fb_export(apps: list[dict[str, Any]]) -> dict[str, bytes]:
    files = fb.g3()
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json({"installed_apps_v2": apps})
    return files


def app(name: str, category: str, added: int = 1500000000) -> dict[str, Any]:
    return {"name": name, "added_timestamp": added, "category": category,
            "removed_timestamp": 1600000000 if category == "removed" else 0}


OLD = [app("Photo Editor Plus", "inactive"), app("Café Finder", "active"), app("Step Counter Pro", "removed"),
       app("Slideshow Maker", "active")]
NEW = [app("Photo Editor Plus", "active"), app("Café Finder", "removed"), app("Slideshow Maker", "active"),
       app("Recipe Box", "active")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "diff", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def facebook_pair(tmp_path: Path) -> tuple[Path, Path]:
    old = write_zip(with_prefix(fb_export(OLD), "facebook-old"), tmp_path / "facebook-2024.zip")
    new = write_zip(with_prefix(fb_export(NEW), "facebook-new"), tmp_path / "facebook-2025.zip")
    return old, new


def test_diff_json_names_new_gone_changed_and_returned_apps(tmp_path: Path) -> None:
    old, new = facebook_pair(tmp_path)
    r = run(str(old), str(new), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema"] == "grantscope.diff/1"
    assert doc["old_export"]["path"] == "facebook-2024.zip" and doc["new_export"]["path"] == "facebook-2025.zip"
    assert doc["new_export"]["account"] == "facebook:robin.example.42"
    assert [a["app"] for a in doc["new"]] == ["Recipe Box"]
    assert [a["app"] for a in doc["gone"]] == ["Step Counter Pro"]
    assert [(a["app"], a["from"], a["to"]) for a in doc["changed"]] == [("Café Finder", "active", "removed")]
    assert [(a["app"], a["from"], a["to"]) for a in doc["returned"]] == [("Photo Editor Plus", "expired", "active")]
    assert doc["counts"] == {"new": 1, "gone": 1, "changed": 1, "returned": 1, "permissions_added": 0}


def test_diff_markdown_to_a_file_and_permissions_added(tmp_path: Path) -> None:
    old, new = facebook_pair(tmp_path)
    out = tmp_path / "changes.md"
    r = run(str(old), str(new), "-o", str(out))
    assert r.returncode == 0, r.stderr
    md = out.read_text(encoding="utf-8")
    assert "## New apps (1)\n\n- Recipe Box (active)" in md
    assert "## Apps gone (1)\n\n- Step Counter Pro (removed)" in md
    assert "## Status changed (1)\n\n- Café Finder: active → removed" in md
    assert "## Back again (1)\n\n- Photo Editor Plus: expired → active" in md

    files_old, files_new = x.v2(), x.v2()
    quiz = [dict(a) for a in x.PART0 if a["connectedApplication"]["name"] == "Quiz Corner"]
    more = [{"connectedApplication": dict(quiz[0]["connectedApplication"], permissions=["read", "write"])}]
    files_old["data/connected-application.js"] = x.js("YTD.connected_application.part0", quiz)
    files_new["data/connected-application.js"] = x.js("YTD.connected_application.part0", more)
    for f in (files_old, files_new):
        f["data/connected-application-part1.js"] = x.js("YTD.connected_application.part1", [])
    r = run(str(write_zip(files_old, tmp_path / "x-old.zip")), str(write_zip(files_new, tmp_path / "x-new.zip")))
    assert r.returncode == 0, r.stderr
    assert "## Permissions added (1)\n\n- Quiz Corner: + write" in r.stdout
    assert "Apps gone" not in r.stdout and "New apps" not in r.stdout


def test_diff_of_two_different_accounts_says_so(tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    r = run(str(robin), str(sam), "--format", "json")
    assert r.returncode == 3
    assert r.stdout == ""
    assert "not two exports of the same account" in r.stderr
    assert "Robin Example" in r.stderr and "Sam Other" in r.stderr
