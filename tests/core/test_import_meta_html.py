"""Facebook and Instagram HTML exports: class-based and older layouts, localized labels and dates, time zones."""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

import pytest

from core.importers.meta_html import parse_display_date, parse_html
from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders import meta_html as mh
from tests.builders.archive import with_prefix, write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(*paths: Path) -> dict:
    return inventory_dict(scan_paths([str(p) for p in paths]))


def by_app(doc: dict) -> dict[str, dict]:
    return {g["app"]: g for g in doc["grants"]}


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_facebook_2024_html_with_time_zone(tmp_path: Path, kind: str) -> None:
    doc = scan_doc(write(with_prefix(mh.fb_2024(), "facebook-robin"), tmp_path / "fb", kind))
    (src,) = doc["sources"]
    assert src["platform"] == "facebook" and "HTML export" in src["generation"] and src["generation"].startswith("G4")
    assert src["time_zone"] == "Europe/Berlin" and src["warnings"] == []
    apps = by_app(doc)
    sm = apps["Slideshow Maker"]
    # 11:48:45 in Berlin summer time is 09:48:45 UTC; the big id stays an exact string.
    assert sm["granted_at"] == "2023-07-09T09:48:45Z" and sm["app_id"] == "10229093786579754"
    assert sm["status"] == "active"
    assert apps["McDonald's Rewards"]["granted_at"] == "2025-06-04T16:46:10Z"  # entity decoded, pm handled
    quiz = apps["Quiz Time"]  # under the "Removed" heading, id in the nested-div row form
    assert quiz["status"] == "removed" and quiz["removed_at"] == "2020-01-05T03:40:00Z"
    assert quiz["user_app_id"] == "10220000000000301"
    coin = next(a for a in doc["activity"] if a["business"] == "Coin Exchange")
    assert coin["events"] == 2 and coin["event_types"] == ["PAGE_VIEW", "PURCHASE"]
    assert coin["ids"] == ["379670032410722"]


def test_business_pages_in_another_part_are_merged(tmp_path: Path) -> None:
    p1 = write_zip(mh.fb_2024(), tmp_path / "p1.zip")
    p2 = write_zip(mh.fb_2024_business_part(), tmp_path / "p2.zip")
    doc = scan_doc(p1, p2)
    assert len(doc["sources"]) == 1
    garden = next(a for a in doc["activity"] if a["business"] == "Garden Centre")
    assert garden["events"] == 2 and garden["event_types"] == ["ADD_TO_CART", "PURCHASE"]
    assert garden["last_at"] == "2024-03-02T08:30:00Z"
    assert garden["source_file"].endswith("garden_centre_1.html")


def test_older_html_without_time_zone_warns_and_keeps_local_times(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(mh.fb_2020(), tmp_path / "fb.zip"))
    (src,) = doc["sources"]
    assert src["platform"] == "facebook" and src["generation"].startswith("G2")
    assert src["time_zone"] is None
    assert any("local time zone" in w and "UTC" in w for w in src["warnings"])
    apps = by_app(doc)
    assert apps["Music Stream"]["granted_at"] == "2017-11-06T20:26:40Z"
    assert apps["Daily Horoscope & More"]["granted_at"] == "2012-03-13T00:00:00Z"


def test_german_labels_dates_and_timezone_html(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(mh.fb_localized(), tmp_path / "fb.zip"))
    (src,) = doc["sources"]
    assert src["time_zone"] == "America/New_York" and src["warnings"] == []
    (g,) = doc["grants"]
    assert g["app"] == "Fotobuch" and g["user_app_id"] == "10220000000000400"
    assert g["granted_at"] == "2023-07-09T15:48:00Z"  # 11:48 EDT


def test_instagram_html(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(mh.ig_html(), tmp_path / "ig.zip"))
    (src,) = doc["sources"]
    assert src["platform"] == "instagram" and "HTML" in src["generation"] and src["time_zone"] is None
    apps = by_app(doc)
    assert apps["Photo Grid Studio"]["last_used_at"] == "2023-11-14T22:13:00Z"
    assert apps["Widget Wall"]["status"] == "expired" and apps["Widget Wall"]["removed_at"] == "2022-03-12T14:04:00Z"


def test_json_export_is_not_read_as_html(tmp_path: Path) -> None:
    files = fb.g4()
    files["apps_and_websites_off_of_facebook/connected_apps_and_websites.html"] = mh.page("x", mh.section(
        "Html Only App", [mh.row("App Name", "Html Only App")]))
    doc = scan_doc(write_zip(files, tmp_path / "fb.zip"))
    assert "Html Only App" not in by_app(doc)
    assert "HTML" not in doc["sources"][0]["generation"]


def test_scripts_are_ignored_and_broken_markup_is_tolerated() -> None:
    root, title = parse_html("<html><head><title>A &amp; B</title><script>var x = '<div class=\"_a6-g\">';</script>"
                             "</head><body><div class='_a6-g'><h2>One</h2><table><tr><td>Unique ID<td>12"
                             "</table></span></span></div><p>stray</body>")
    assert title == "A & B"
    boxes = root.find_all(cls="_a6-g")
    assert len(boxes) == 1 and "One" in boxes[0].text() and "var x" not in root.text()


def test_unbalanced_tags_stay_fast() -> None:
    import time

    start = time.monotonic()
    root, _ = parse_html("<div>" * 50_000 + "</span>" * 50_000 + "<section class='_a6-g'><h2>End</h2></section>")
    assert time.monotonic() - start < 5
    assert root.find_all(cls="_a6-g")


def test_hostile_html_page(tmp_path: Path) -> None:
    files = mh.fb_2024()
    files["apps_and_websites_off_of_facebook/connected_apps_and_websites.html"] = (
        b"<html><body>" + b"<div>" * 5000 + b"\xff\xfe not utf-8 <section class='_a6-g'><h2>Deep App</h2>"
        b"<table><tr><td class='_a6_q'>Date Added</td><td class='_a6_r'>Feb 30, 2023 1:00 pm</td></tr></table>")
    doc = scan_doc(write_zip(files, tmp_path / "fb.zip"))
    deep = by_app(doc)["Deep App"]
    assert deep["granted_at"] is None  # 30 February is not a date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul 09, 2023 11:48:45 am", "2023-07-09 11:48:45"),
        ("Jun 04, 2025 6:46:10 pm", "2025-06-04 18:46:10"),
        ("Jan 05, 2025 12:40 am", "2025-01-05 00:40:00"),
        ("9 juil. 2023, 11:48", "2023-07-09 11:48:00"),
        ("09. Juli 2023 um 11:48", "2023-07-09 11:48:00"),
        ("9 de julio de 2023 11:48", "2023-07-09 11:48:00"),
        ("2016. június 16., 9:44 UTC+02", "2016-06-16 07:44:00"),
        ("09.07.2023, 11:48", "2023-07-09 11:48:00"),
        ("7/9/2023 11:48 PM", "2023-07-09 23:48:00"),
        ("2023-07-09 11:48:45", "2023-07-09 11:48:45"),
    ],
)
def test_display_dates(text: str, expected: str) -> None:
    dt = parse_display_date(text, timezone.utc)
    assert dt is not None and dt.strftime("%Y-%m-%d %H:%M:%S") == expected


@pytest.mark.parametrize("text", ["", "Slideshow Maker", "4073982597919074", "May Flowers", "99.99.2023"])
def test_non_dates(text: str) -> None:
    assert parse_display_date(text, None) is None
