"""Facebook JSON exports of every generation, grouping rules, ids, mojibake, zero timestamps, off-activity."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders.archive import meta_json, with_prefix, write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(path: Path) -> dict:
    return inventory_dict(scan_paths([str(path)]))


def by_app(doc: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for g in doc["grants"]:
        out.setdefault(g["app"], []).append(g)
    return out


@pytest.mark.parametrize("kind", ["zip", "folder"])
@pytest.mark.parametrize(
    ("gen", "label", "apps"),
    [
        ("G1", "G1", {"Quiz: Which Café are you?", "Farm Town"}),
        ("G2", "G2", {"Music Stream", "Daily Horoscope"}),
        ("G3", "G3", {"Netflix", "Slideshow Maker", "What Pokémon are you?", "Café Finder"}),
        ("G4", "G4", {"Netflix", "Slideshow Maker", "Trade Market"}),
        ("G5", "G5", {"Netflix", "Step Counter Pro"}),
    ],
)
def test_every_generation_as_zip_and_folder(tmp_path: Path, kind: str, gen: str, label: str, apps: set[str]) -> None:
    path = write(with_prefix(fb.GENERATIONS[gen](), "facebook-robin"), tmp_path / gen, kind)
    doc = scan_doc(path)
    src = doc["sources"][0]
    assert src["platform"] == "facebook"
    assert src["generation"].startswith(label)
    assert apps <= {g["app"] for g in doc["grants"]}
    assert src["warnings"] == []


def test_g3_grouping_status_and_dates(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g3(), tmp_path / "g3.zip"))
    apps = by_app(doc)
    # Same scoped id twice (removed 0/0 + inactive later): one grant, expired, earliest non-zero added.
    (tm,) = apps["Trade Market"]
    assert tm["status"] == "expired" and tm["granted_at"] == "2018-08-25T02:35:41Z" and tm["removed_at"] is None
    assert tm["records"] == 2
    # Same generic name, different ids: kept apart.
    assert len(apps["Sweepstakes"]) == 2
    assert {g["app_id"] for g in apps["Sweepstakes"]} == {"10220000000000101", "10220000000000102"}
    # Removed with a real time; added 0 is unknown, never 1970.
    (nf,) = apps["Netflix"]
    assert nf["status"] == "removed" and nf["removed_at"] == "2014-12-29T04:03:52Z" and nf["granted_at"] is None
    (pk,) = apps["What Pokémon are you?"]
    assert pk["removed_at"] is None and pk["granted_at"] is None
    # Id-less record grouped by name; ids above 2^53 survive as exact strings.
    (sc,) = apps["Step Counter Pro"]
    assert sc["app_id"] is None
    (sm,) = apps["Slideshow Maker"]
    assert sm["app_id"] == str(fb.BIG_ID) and sm["status"] == "active"
    assert sm["granted_at"] == "2013-10-04T18:25:20Z"
    # Posts through the app are evidence of use.
    assert sm["last_used_at"] == "2017-07-14T02:40:00Z"
    # Admined apps are listed as such.
    assert apps["Calico Test App"][0]["kind"] == "administered_app"
    assert not any("1970" in (g["granted_at"] or "") + (g["removed_at"] or "") for g in doc["grants"])


def test_removed_then_readded_app_is_active(tmp_path: Path) -> None:
    recs = [
        {"name": "Re-added", "added_timestamp": 0, "user_app_scoped_id": 5, "category": "removed",
         "removed_timestamp": 1614303583},
        {"name": "Re-added", "added_timestamp": 1628636301, "user_app_scoped_id": 5, "category": "active",
         "removed_timestamp": 0},
    ]
    files = {"apps_and_websites_off_of_facebook/apps_and_websites.json": meta_json({"installed_apps_v2": recs})}
    (g,) = scan_doc(write_zip(files, tmp_path / "r.zip"))["grants"]
    assert g["status"] == "active" and g["removed_at"] is None and g["granted_at"] == "2021-08-10T22:58:21Z"


def test_g2_records_without_category_are_active(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g2(), tmp_path / "g2.zip"))
    apps = by_app(doc)
    assert apps["Music Stream"][0]["status"] == "active"
    assert apps["Daily Horoscope"][0]["granted_at"] is None
    assert apps["Music Stream"][0]["last_used_at"] == "2019-06-08T13:20:00Z"
    assert doc["activity"][0]["business"] == "Music Stream"


def test_g1_duplicate_names_without_ids_merge(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g1(), tmp_path / "g1.zip"))
    (farm,) = by_app(doc)["Farm Town"]
    assert farm["records"] == 2 and farm["granted_at"] == datetime.fromtimestamp(1300000000, timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    assert {a["name"] for a in doc["advertisers"]} == {"Shoe Shop", "Garden Centre"}


def test_mojibake_repaired_everywhere(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g3(), tmp_path / "g3.zip"))
    import zipfile

    with zipfile.ZipFile(tmp_path / "g3.zip") as zf:
        raw = zf.read("apps_and_websites_off_of_facebook/apps_and_websites.json")
    assert b"Pok\\u00c3\\u00a9mon" in raw  # the builder writes Meta-style escapes
    assert "What Pokémon are you?" in {g["app"] for g in doc["grants"]}
    assert "Victoria’s Garden" in {a["name"] for a in doc["advertisers"]}
    assert "Café Finder" in {a["business"] for a in doc["activity"]}


def test_off_activity_grouped_per_business(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g3(), tmp_path / "g3.zip"))
    coin = next(a for a in doc["activity"] if a["business"] == "Coin Exchange")
    assert coin["events"] == 3
    assert coin["event_types"] == ["CUSTOM", "PAGE_VIEW", "PURCHASE"]
    assert coin["ids"] == ["379670032410722", "379670032410723"]
    assert coin["first_at"] == "2021-12-26T11:27:20Z" and coin["last_at"] == "2022-08-08T23:06:40Z"


def test_g5_label_values_activity_and_advertisers(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(fb.g5(), tmp_path / "g5.zip"))
    (coin,) = doc["activity"]
    assert coin["business"] == "Coin Exchange" and coin["events"] == 2
    assert coin["event_types"] == ["PAGE_VIEW", "PURCHASE"]
    assert {a["name"] for a in doc["advertisers"]} == {"Shoe Shop", "Bakery Ünd Co"}


def test_unknown_shapes_warn_naming_the_file(tmp_path: Path) -> None:
    files = fb.g3()
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json({"renamed_apps_v3": []})
    doc = scan_doc(write_zip(files, tmp_path / "u.zip"))
    warnings = doc["sources"][0]["warnings"]
    assert any("apps_and_websites.json" in w and "unrecognised layout" in w for w in warnings)
    assert doc["activity"]  # the rest of the export is still read


def test_missing_sections_are_normal(tmp_path: Path) -> None:
    files = {"apps_and_websites_off_of_facebook/apps_and_websites.json": meta_json({"installed_apps_v2": []})}
    doc = scan_doc(write_zip(files, tmp_path / "m.zip"))
    assert doc["grants"] == [] and doc["sources"][0]["warnings"] == []
    assert doc["sources"][0]["files_empty"] == ["apps_and_websites_off_of_facebook/apps_and_websites.json"]


def test_two_part_export(tmp_path: Path) -> None:
    files = with_prefix(fb.g3(), "facebook-robin")
    apps = {k: v for k, v in files.items() if "apps_and_websites_off_of_facebook" in k}
    rest = {k: v for k, v in files.items() if k not in apps}
    p1, p2 = write_zip(apps, tmp_path / "p1.zip"), write_zip(rest, tmp_path / "p2.zip")
    inv = scan_paths([str(p1), str(p2)])
    assert len(inv.sources) == 1 and inv.sources[0].parts == (str(p1), str(p2))
    assert inv.advertisers and inv.grants


def test_wrong_types_are_skipped_with_warnings(tmp_path: Path) -> None:
    from tests.builders.hostile import wrong_types_zip

    doc = scan_doc(wrong_types_zip(tmp_path / "w.zip"))
    names = {g["app"] for g in doc["grants"]}
    assert {"Good App", "Float Id App"} <= names
    good = next(g for g in doc["grants"] if g["app"] == "Good App")
    assert good["granted_at"] is None and good["app_id"] is None and good["status"] == "active"
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "without a usable name" in warnings and "your_off-facebook_activity.json" in warnings
