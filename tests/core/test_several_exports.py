"""Several exports at once: parts of one export merge, different people stay apart, snapshots count the newest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from core.accounts import people
from core.workspace import default_workspace
from tests.builders import facebook as fb
from tests.builders import x
from tests.builders.archive import meta_json, with_prefix, write_zip

ROOT = Path(__file__).resolve().parents[2]


def other_person() -> dict[str, bytes]:
    """A second person's Facebook export: another profile and other apps (the same file names)."""
    files = fb.g3()
    prof = fb.profile()
    prof["profile_v2"]["name"]["full_name"] = "Sam Other"
    prof["profile_v2"]["username"] = "sam.other.7"
    files["profile_information/profile_information.json"] = meta_json(prof)
    apps = [dict(a, name=f"Sam's {a['name']}", user_app_scoped_id=str(int(a.get("user_app_scoped_id") or 1) + 7))
            for a in fb.V2_APPS]
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json({"installed_apps_v2": apps})
    return files


def x_snapshot(date: str, extra_app: bool) -> dict[str, bytes]:
    files = x.v2()
    files["data/manifest.js"] = files["data/manifest.js"].replace(b"2025-04-12T14:05:23.470Z", date.encode())
    if not extra_app:  # the apps of the second part were removed since
        files["data/connected-application-part1.js"] = x.js("YTD.connected_application.part1", [])
    return files


def scan_json(paths: list[str], *extra: str) -> dict[str, Any]:
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", *paths, "--format", "json", "--quiet", *extra],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    doc: dict[str, Any] = json.loads(r.stdout)
    return doc


def test_two_peoples_facebook_exports_keep_every_app_of_both(tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    alone = [scan_json([str(p)]) for p in (robin, sam)]
    both = scan_json([str(robin), str(sam)])
    assert len(both["grants"]) == sum(len(d["grants"]) for d in alone)
    accounts = {s["account"] for s in both["sources"]}
    assert accounts == {"facebook:robin.example.42", "facebook:sam.other.7"}
    assert {g["account"] for g in both["grants"]} == accounts
    sams = {g["app"] for g in both["grants"] if g["account"] == "facebook:sam.other.7"}
    assert sams and all(a.startswith("Sam's") for a in sams if a != "Calico Test App")
    # Each person's report: only their own apps.
    only_sam = scan_json([str(robin), str(sam)], "--account", "facebook:sam.other.7")
    assert {g["account"] for g in only_sam["grants"]} == {"facebook:sam.other.7"}
    assert only_sam["summary"]["grants"] == alone[1]["summary"]["grants"]


def test_real_parts_of_one_export_still_merge(tmp_path: Path) -> None:
    files = with_prefix(fb.g3(), "facebook-robin")
    names = sorted(files)
    first = {n: files[n] for n in names[: len(names) // 2]}
    second = {n: files[n] for n in names[len(names) // 2:]}
    one = write_zip(files, tmp_path / "whole.zip")
    p1, p2 = write_zip(first, tmp_path / "part-1.zip"), write_zip(second, tmp_path / "part-2.zip")
    whole, parts = scan_json([str(one)]), scan_json([str(p1), str(p2)])
    assert len(parts["sources"]) == 1 and parts["sources"][0]["parts"] == [str(p1), str(p2)]
    assert parts["summary"] == whole["summary"]


def test_two_snapshots_of_one_account_count_the_newest_only(tmp_path: Path) -> None:
    old = write_zip(x_snapshot("2024-01-02T10:00:00.000Z", extra_app=True), tmp_path / "twitter-2024.zip")
    new = write_zip(x_snapshot("2025-04-12T14:05:23.470Z", extra_app=False), tmp_path / "twitter-2025.zip")
    newest_alone = scan_json([str(new)])
    for order in ([old, new], [new, old]):  # the export date decides, not the order they were given in
        doc = scan_json([str(p) for p in order])
        assert [s["path"] for s in doc["sources"]] == [str(new)]
        assert doc["summary"] == newest_alone["summary"]
        assert [e["path"] for e in doc["earlier_exports"]] == [str(old)]
        assert doc["earlier_exports"][0]["grants"] > 0


def test_people_and_snapshots_in_the_workspace(tmp_path: Path) -> None:
    ws = default_workspace()
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    assessed = ws.open([str(robin), str(sam)])
    who = people(assessed.inventory)
    assert [p.label for p in who] == ["Robin Example", "Sam Other"]
    one = ws.summarize_account(assessed, who[1].account)
    assert 0 < one.grants < assessed.summary.grants
