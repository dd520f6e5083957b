"""Instagram JSON exports: 2021–22 and 2023+ layouts, localized labels, off-Meta activity, advertisers, detection."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders import instagram as ig
from tests.builders.archive import meta_json, with_prefix, write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(*paths: Path) -> dict:
    return inventory_dict(scan_paths([str(p) for p in paths]))


def by_app(doc: dict) -> dict[str, dict]:
    return {g["app"]: g for g in doc["grants"]}


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_2022_layout_active_and_expired(tmp_path: Path, kind: str) -> None:
    doc = scan_doc(write(with_prefix(ig.g2022(), "robin_20220731"), tmp_path / "ig", kind))
    (src,) = doc["sources"]
    assert src["platform"] == "instagram" and src["generation"].startswith("2021–2022")
    assert src["warnings"] == []
    apps = by_app(doc)
    assert apps["Photo Grid Studio"]["status"] == "active"
    assert apps["Photo Grid Studio"]["granted_at"] == "2020-09-13T12:26:40Z"
    assert apps["Photo Grid Studio"]["user_app_id"] == "4073982597919074"
    assert apps["Café Scheduler"]["app"] == "Café Scheduler"  # mojibake repaired
    ww = apps["Widget Wall"]
    assert ww["status"] == "expired" and ww["removed_at"] == "2022-03-12T14:04:22Z" and ww["granted_at"] is None
    ads = {a["name"] for a in doc["advertisers"]}
    assert ads == {"블루샵", "Coin Exchange ID"}


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_2023_layout_title_last_active_and_readded_app(tmp_path: Path, kind: str) -> None:
    doc = scan_doc(write(ig.g2023(), tmp_path / "ig", kind))
    (src,) = doc["sources"]
    assert src["generation"].startswith("2023")
    apps = by_app(doc)
    pg = apps["Photo Grid Studio"]
    assert pg["last_used_at"] == "2023-11-14T22:13:20Z" and pg["user_app_id"] == "4073982597919074"
    # Expired once, added again later under the same app user id: one active grant.
    cb = apps["Comeback App"]
    assert cb["status"] == "active" and cb["records"] == 2 and cb["removed_at"] is None
    assert cb["last_used_at"] == "2023-09-18T01:20:00Z"
    assert apps["Reel Editor"]["last_used_at"] is None
    shoe = next(a for a in doc["activity"] if a["business"] == "Shoe Shop")
    assert shoe["platform"] == "instagram" and shoe["events"] == 2 and shoe["event_types"] == ["PAGE_VIEW", "PURCHASE"]
    assert "Café Finder" in {a["business"] for a in doc["activity"]}
    assert {a["platform"] for a in doc["advertisers"]} == {"instagram"}


def test_empty_section_is_reported_as_empty_not_as_a_problem(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(with_prefix(ig.g2022_empty(), "robin_20220731"), tmp_path / "ig.zip"))
    (src,) = doc["sources"]
    assert src["platform"] == "instagram" and src["warnings"] == []
    assert "apps_and_websites/no-data.txt" in src["files_empty"]
    assert doc["grants"] == []


def test_localized_labels_alias_table_and_positional_fallback(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(ig.localized(), tmp_path / "ig.zip"))
    apps = by_app(doc)
    de = apps["Fotoraster"]  # German labels are in the alias table
    assert de["granted_at"] == "2020-09-13T12:26:40Z" and de["last_used_at"] == "2023-11-14T22:13:20Z"
    assert de["user_app_id"] == "4073982597919074"
    fi = apps["Kuvakollaasi"]  # Finnish labels are not: read by type and position
    assert fi["granted_at"] == "2021-01-07T06:13:20Z" and fi["last_used_at"] == "2024-03-09T16:00:00Z"
    assert fi["user_app_id"] == "5000000000000003"
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "Lisätty" in warnings and "by position" in warnings and "Hinzugefügt" not in warnings


def test_instagram_2022_beats_facebook_g2_for_apps_and_websites(tmp_path: Path) -> None:
    """Both use an apps_and_websites/ folder; each must be detected as itself."""
    ig_doc = scan_doc(write_zip(ig.g2022(), tmp_path / "ig.zip"))
    fb_doc = scan_doc(write_zip(fb.g2(), tmp_path / "fb.zip"))
    assert ig_doc["sources"][0]["platform"] == "instagram"
    assert fb_doc["sources"][0]["platform"] == "facebook"
    both = scan_doc(tmp_path / "ig.zip", tmp_path / "fb.zip")
    assert sorted(s["platform"] for s in both["sources"]) == ["facebook", "instagram"]


def test_hostile_records_and_unknown_shapes(tmp_path: Path) -> None:
    files = ig.g2023()
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    files[f"{base}/active_apps.json"] = meta_json({"apps_and_websites_active_apps": [
        "text", None, {"title": "", "string_map_data": "wrong type"},
        {"title": "Good One", "string_map_data": {"Added on": {"timestamp": "1600000000"}, "App user ID": 7}},
        {"title": "Odd Types", "string_map_data": {"Added on": "yesterday", "Last active on": {"timestamp": -5}}},
    ]})
    files[f"{base}/expired_pps.json"] = b'{"apps_and_websites_expired_apps": [ {"title": "Cut'
    files["ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json"] = \
        meta_json({"something_new": {"x": 1}})
    doc = scan_doc(write_zip(files, tmp_path / "ig.zip"))
    apps = by_app(doc)
    assert apps["Good One"]["granted_at"] == "2020-09-13T12:26:40Z" and apps["Good One"]["user_app_id"] == "7"
    assert apps["Odd Types"]["granted_at"] is None and apps["Odd Types"]["last_used_at"] is None
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "3 record(s) without an app name" in warnings
    assert "expired_pps.json" in warnings and "not valid JSON" in warnings
    assert "advertisers_using_your_activity_or_information.json" in warnings and "unrecognised layout" in warnings
    assert doc["activity"]  # other files still read


def test_damaged_member_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = write_zip(ig.g2023(), tmp_path / "ig.zip", compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    marker = b'"apps_and_websites_expired_apps"'
    i = data.find(marker)
    data[i + 3:i + 10] = b"XXXXXXX"  # stored bytes no longer match the CRC
    path.write_bytes(bytes(data))
    doc = scan_doc(path)
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "expired_pps.json" in warnings
    assert "Photo Grid Studio" in by_app(doc)


def test_2026_off_meta_records(tmp_path: Path) -> None:
    files = ig.g2023()
    files["apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json"] = meta_json([
        {"title": "Coin Exchange", "fbid": "1", "media": [], "label_values": [{"label": "Events", "vec": [
            {"dict": [{"label": "ID", "value": "9"}, {"label": "Event", "value": "PURCHASE"},
                      {"label": "Received on", "timestamp_value": 1700000000}]}]}]}])
    doc = scan_doc(write_zip(files, tmp_path / "ig.zip"))
    assert doc["sources"][0]["generation"].startswith("2026")
    (coin,) = doc["activity"]
    assert coin["business"] == "Coin Exchange" and coin["events"] == 1
