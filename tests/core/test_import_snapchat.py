"""Snapchat connected_apps.json read schema-agnostically: guessed fields are reported, unknown shapes warn."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.scan import scan_paths
from tests.builders import snapchat as sc
from tests.builders.archive import write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(path: Path) -> dict:
    return inventory_dict(scan_paths([str(path)]))


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_labelled_records_are_read_and_the_guess_is_explained(tmp_path: Path, kind: str) -> None:
    inv = scan_paths([str(write(sc.export(sc.LABELLED), tmp_path / "mydata~1700000000", kind))])
    doc = inventory_dict(inv)
    (src,) = doc["sources"]
    assert src["platform"] == "snapchat"
    apps = {g["app"]: g for g in doc["grants"]}
    assert set(apps) == {"Bitmoji", "Music Share", "Old Quiz"}
    assert apps["Bitmoji"]["permissions"] == ["Display Name", "Bitmoji Avatar"]
    assert apps["Bitmoji"]["granted_at"] == "2019-02-01T12:00:00Z"
    ms = apps["Music Share"]
    assert ms["records"] == 2 and ms["granted_at"] == "2018-01-01T08:30:00Z"
    assert ms["last_used_at"] == "2023-01-01T00:00:00Z" and ms["permissions"] == ["Display Name", "Friends"]
    assert apps["Old Quiz"]["status"] == "removed"
    (w,) = src["warnings"]
    assert "does not document" in w and "App Name" in w and "Date Connected" in w and "3 app(s)" in w
    assert {"robin_snaps", "Robin Example"} <= set(inv.sources[0].identity)


def test_other_guessed_shapes(tmp_path: Path) -> None:
    snake = scan_doc(write_zip(sc.export(sc.SNAKE), tmp_path / "a.zip"))
    (g,) = snake["grants"]
    assert g["app"] == "Story Studio" and g["granted_at"] == "2020-09-13T12:26:40Z"
    assert g["permissions"] == ["display_name", "bitmoji"]
    names = scan_doc(write_zip(sc.export(sc.NAMES), tmp_path / "b.zip"))
    assert {g["app"] for g in names["grants"]} == {"Bitmoji", "Trivia Night"}


def test_unknown_shape_is_shown_never_silently_nothing(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(sc.export(sc.UNKNOWN), tmp_path / "u.zip"))
    assert doc["grants"] == []
    (w,) = doc["sources"][0]["warnings"]
    assert "connected_apps.json" in w and "unrecognised layout" in w and "settings" in w


def test_empty_list_is_empty_not_unknown(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(sc.export(sc.EMPTY), tmp_path / "e.zip"))
    assert doc["sources"][0]["warnings"] == [] and doc["sources"][0]["files_empty"] == ["json/connected_apps.json"]


def test_hostile_values_and_truncated_file(tmp_path: Path) -> None:
    hostile = {"Connected Applications": [1, None, "x", {"App Name": 5}, {"App Name": "  "},
                                          {"App Name": "Ok App", "Date Connected": "never", "Permissions": 7}]}
    doc = scan_doc(write_zip(sc.export(hostile), tmp_path / "h.zip"))
    (g,) = doc["grants"]
    assert g["app"] == "Ok App" and g["granted_at"] is None and g["permissions"] == []
    cut = scan_doc(write_zip(sc.export(None, raw=b'{"Connected Applications": [{"App Na'), tmp_path / "t.zip"))
    assert any("not valid JSON" in w for w in cut["sources"][0]["warnings"])


def test_html_only_export_asks_for_json(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(sc.export(None), tmp_path / "h.zip"))
    assert doc["sources"][0]["platform"] == "snapchat"
    assert any("JSON" in w for w in doc["sources"][0]["warnings"])
