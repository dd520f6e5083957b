"""Several platforms' exports in one scan: one inventory, one source per platform, the CLI agrees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders import instagram as ig
from tests.builders import takeout as to
from tests.builders import x
from tests.builders.archive import with_prefix, write_folder, write_zip
from tests.support.inventory_dict import inventory_dict

ROOT = Path(__file__).resolve().parents[2]


def three_inputs(tmp_path: Path) -> list[str]:
    fb_zip = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    x_zip = write_zip(x.v2(), tmp_path / "twitter-2025-04-12-abc.zip")
    takeout = write_folder(to.single(), tmp_path / "takeout-20240101T000000Z-001")
    return [str(fb_zip), str(x_zip), str(takeout)]


def test_facebook_zip_x_zip_and_takeout_folder_make_one_inventory(tmp_path: Path) -> None:
    paths = three_inputs(tmp_path)
    inv = scan_paths(paths)
    doc = inventory_dict(inv)
    assert [s["platform"] for s in doc["sources"]] == ["facebook", "x", "google"]
    assert [s["path"] for s in doc["sources"]] == paths
    platforms = {g["platform"] for g in doc["grants"]}
    assert platforms == {"facebook", "x", "google"}
    assert {a["platform"] for a in doc["advertisers"]} == {"facebook", "x"}
    # Each source keeps its own warnings: only Google carries the "no grants list" notice.
    warned = [s["platform"] for s in doc["sources"] if any("myaccount.google.com" in w for w in s["warnings"])]
    assert warned == ["google"]


def test_meta_pair_and_order_do_not_matter(tmp_path: Path) -> None:
    ig_zip = write_zip(ig.g2023(), tmp_path / "instagram.zip")
    fb_zip = write_zip(fb.g4(), tmp_path / "facebook.zip")
    a = inventory_dict(scan_paths([str(ig_zip), str(fb_zip)]))
    b = inventory_dict(scan_paths([str(fb_zip), str(ig_zip)]))
    assert sorted(s["platform"] for s in a["sources"]) == ["facebook", "instagram"]
    def key(d: dict) -> list[str]:
        return sorted(g["platform"] + ":" + g["app"] for g in d["grants"])

    assert key(a) == key(b)
    # Off-Meta activity stays with the platform whose export holds it.
    assert {a_["platform"] for a_ in a["activity"]} == {"facebook", "instagram"}


def test_cli_scan_of_mixed_inputs(tmp_path: Path) -> None:
    paths = three_inputs(tmp_path)
    out = tmp_path / "out.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", *paths, "--format", "json", "-o", str(out),
                        "--quiet"], capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text("utf-8"))
    assert [s["platform"] for s in doc["sources"]] == ["facebook", "x", "google"]
    assert all(s["generation"] for s in doc["sources"])
