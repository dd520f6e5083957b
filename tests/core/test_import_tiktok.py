"""TikTok user_data(_tiktok).json: off-TikTok activity per business in old and new sections, hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ArchiveError
from core.scan import scan_paths
from tests.builders import tiktok as tt
from tests.builders.archive import write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(path: Path) -> dict:
    return inventory_dict(scan_paths([str(path)]))


@pytest.mark.parametrize("kind", ["zip", "folder"])
@pytest.mark.parametrize(("name", "data", "gen"), [
    ("user_data.json", tt.old(), "user_data.json (before 2024)"),
    ("user_data_tiktok.json", tt.new(), "user_data_tiktok.json (2024 onward)"),
])
def test_off_tiktok_activity_per_business(tmp_path: Path, kind: str, name: str, data: dict, gen: str) -> None:
    doc = scan_doc(write(tt.export(data, name), tmp_path / "tiktok", kind))
    (src,) = doc["sources"]
    assert src["platform"] == "tiktok" and src["generation"].startswith(gen)
    acts = {a["business"]: a for a in doc["activity"]}
    # The 2024+ export repeats the list in two sections: events are counted once.
    assert acts["Shoe Shop"]["events"] == 2 and acts["Travel Co"]["events"] == 1
    assert acts["Shoe Shop"]["first_at"] == "2023-05-01T10:00:00Z"
    assert acts["Shoe Shop"]["event_types"] == ["Purchase", "ViewContent"]
    assert any("time zone" in w for w in src["warnings"])
    (g,) = doc["grants"]
    assert g["app"] == "Google" and g["kind"] == "sign_in"


def test_null_list_is_empty(tmp_path: Path) -> None:
    data = {"Ads and data": {"Off TikTok Activity": {"OffTikTokActivityDataList": None}}}
    doc = scan_doc(write_zip(tt.export(data), tmp_path / "t.zip"))
    assert doc["activity"] == [] and doc["sources"][0]["files_empty"] == ["user_data_tiktok.json"]
    assert doc["sources"][0]["warnings"] == []


def test_unknown_and_hostile_shapes(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(tt.export({"Something": {"Else": 1}}), tmp_path / "u.zip"))
    assert any("no off-TikTok activity" in w for w in doc["sources"][0]["warnings"])
    doc = scan_doc(write_zip(tt.export([1, 2]), tmp_path / "l.zip"))
    assert any("unrecognised layout" in w for w in doc["sources"][0]["warnings"])
    bad = {"Ads and data": {"Off TikTok Activity": {"OffTikTokActivityDataList": [
        1, {"Source": 5}, {"Source": "Ok Shop", "TimeStamp": "not a time", "Event": None}]}},
        "Profile": {"Profile Info": {"ProfileMap": {"PlatformInfo": "Google"}}}}
    doc = scan_doc(write_zip(tt.export(bad), tmp_path / "b.zip"))
    (a,) = doc["activity"]
    assert a["business"] == "Ok Shop" and a["events"] == 1 and a["first_at"] is None
    # The export is one file: when it is cut short nothing is readable, and the scan says so.
    with pytest.raises(ArchiveError) as e:
        scan_doc(write_zip({"user_data_tiktok.json": b'{"Ads and data": {"Off TikTok'}, tmp_path / "c.zip"))
    assert e.value.reason == "bad_json"
