"""Google Takeout: the no-grants notice, multi-part and .tgz inputs, localized folders, indirect signals."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.archive.limits import Limits
from core.importers.google_takeout import CONNECTIONS_URL
from core.scan import scan_paths
from tests.builders import takeout as to
from tests.builders.archive import write, write_zip
from tests.builders.takeout import BROWSER, access_log, log_row
from tests.support.inventory_dict import inventory_dict


def scan_doc(*paths: Path, limits: Limits | None = None) -> dict:
    return inventory_dict(scan_paths([str(p) for p in paths], limits=limits))


def by_app(doc: dict) -> dict[str, dict]:
    return {g["app"]: g for g in doc["grants"]}


def test_two_zip_parts_are_one_source_and_say_there_is_no_grants_list(tmp_path: Path) -> None:
    p1 = write_zip(to.part1(), tmp_path / "takeout-20240101T000000Z-001.zip")
    p2 = write_zip(to.part2(), tmp_path / "takeout-20240101T000000Z-002.zip")
    inv = scan_paths([str(p1), str(p2)])
    doc = inventory_dict(inv)
    (src,) = doc["sources"]
    assert src["platform"] == "google" and "2 parts" in src["generation"]
    assert any(CONNECTIONS_URL in w and "does not contain" in w for w in src["warnings"])
    apps = by_app(doc)
    assert apps["Fitness Tracker Example"]["kind"] == "device_app"  # from part 2
    assert apps["Ad Blocker Example"]["kind"] == "extension"  # from part 1
    assert "robin.example" in inv.sources[0].identity and to.GAIA in inv.sources[0].identity


@pytest.mark.parametrize("kind", ["tgz", "folder"])
def test_tgz_and_folder(tmp_path: Path, kind: str) -> None:
    doc = scan_doc(write(to.single(), tmp_path / "takeout", kind))
    (src,) = doc["sources"]
    assert src["platform"] == "google"
    assert ("tgz" in src["generation"]) == (kind == "tgz")
    assert "Thunderbird (IMAP)" in by_app(doc)


def test_access_log_hints_mapped_by_header(tmp_path: Path) -> None:
    apps = by_app(scan_doc(write_zip(to.single(), tmp_path / "t.zip")))
    tb = apps["Thunderbird (IMAP)"]
    assert tb["records"] == 2 and tb["permissions"] == ["imap"] and tb["last_used_at"] == "2024-02-03T11:00:00Z"
    assert apps["Mail client (IMAP)"]["records"] == 1  # IMAP without a user agent
    assert apps["Python script"]["kind"] == "oauth_app"
    assert apps["com.example.fitness"]["kind"] == "sign_in"
    names = set(apps)
    assert "com.google.android.gm" not in names  # Google's own app is not a third party
    assert not any("Mozilla" in n or n == "Chrome" for n in names)  # plain browser access is not listed


def test_old_access_log_format_with_other_column_order(tmp_path: Path) -> None:
    header = ["Activity Timestamp", "Gmail Access Channel", "User Agent String", "IP Address", "Product Name"]
    files = {"Takeout/archive_browser.html": b"<html></html>",
             "Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv": access_log(
                 [log_row("2020-05-05 05:05:05 UTC", "Microsoft Outlook 16.0", "Gmail", "IMAP"),
                  log_row("2020-05-06 05:05:05 UTC", BROWSER)], header)}
    (g,) = scan_doc(write_zip(files, tmp_path / "t.zip"))["grants"]
    assert g["app"] == "Microsoft Outlook (IMAP)" and g["last_used_at"] == "2020-05-05T05:05:05Z"


def test_german_folder_names(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(to.german(), tmp_path / "takeout-de.zip"))
    (src,) = doc["sources"]
    assert src["platform"] == "google" and "German" in src["generation"]
    apps = by_app(doc)
    assert "Thunderbird (IMAP)" in apps and "Fitness Tracker Example" in apps


def test_chrome_and_play_store(tmp_path: Path) -> None:
    apps = by_app(scan_doc(write_zip(to.single(), tmp_path / "t.zip")))
    assert apps["Coupon Finder"]["status"] == "expired"  # disabled extension
    assert apps["Ad Blocker Example"]["app_id"] == "abcdefghijklmnopabcdefghijklmnop"
    fit = apps["Fitness Tracker Example"]
    assert fit["records"] == 2 and fit["granted_at"] == "2019-05-01T10:00:00Z"


def test_hostile_takeout_files(tmp_path: Path) -> None:
    files = to.single()
    files["Takeout/Chrome/Extensions.json"] = b'{"Extensions": [1, {"name": 3}, {"name": "Ok Ext", "enabled": "yes"}'
    files["Takeout/Google Play Store/Installs.json"] = b'{"unexpected": true}'
    files["Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv"] = (
        b"Gaia ID,Activity Timestamp,User Agent String,Gmail Access Channel\n"
        + b'1,2024-01-01 00:00:00 UTC,Thunderbird,IMAP\n2,"' + b"x" * 300_000 + b'",Thunderbird,IMAP\n')
    doc = scan_doc(write_zip(files, tmp_path / "t.zip"), limits=Limits(max_line_bytes=100_000))
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "Extensions.json" in warnings and "not valid JSON" in warnings
    assert "Installs.json" in warnings and "unrecognised layout" in warnings
    assert "Activities" in warnings  # the over-long line stopped that file, with a warning
    assert by_app(doc)["Thunderbird (IMAP)"]["records"] == 1


def test_unrecognised_csv_columns_warn(tmp_path: Path) -> None:
    files = {"Takeout/archive_browser.html": b"<html></html>",
             "Takeout/Access Log Activity/Activities - x.csv": b"Spalte A,Spalte B\n1,2\n"}
    doc = scan_doc(write_zip(files, tmp_path / "t.zip"))
    assert any("columns not recognised" in w for w in doc["sources"][0]["warnings"])
