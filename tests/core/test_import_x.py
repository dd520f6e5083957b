"""X / Twitter archives: both generations, parts via manifest.js, grouping, tokens, SSO, advertisers, hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.scan import scan_paths
from tests.builders import x
from tests.builders.archive import with_prefix, write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(*paths: Path) -> dict:
    return inventory_dict(scan_paths([str(p) for p in paths]))


def by_app(doc: dict) -> dict[str, dict]:
    return {g["app"]: g for g in doc["grants"]}


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_v2_archive_lists_every_part_and_groups_per_app_id(tmp_path: Path, kind: str) -> None:
    doc = scan_doc(write(with_prefix(x.v2(), "twitter-2025-04-12-abc"), tmp_path / "x", kind))
    (src,) = doc["sources"]
    assert src["platform"] == "x" and src["generation"].startswith("GDPR v2")
    assert "data/connected-application-part1.js" in src["files_used"]
    assert src["warnings"] == []
    apps = by_app(doc)
    # Two records with one id (one per part): one grant, permissions united in X's order, earliest approval.
    dm = apps["DM Scheduler"]
    assert dm["app_id"] == "7000001" and dm["records"] == 2
    assert dm["permissions"] == ["read", "write", "directmessages", "emailaddress"]
    assert dm["granted_at"] == "2019-06-01T08:00:00Z"
    assert dm["developer"] is None and dm["developer_url"] == "https://dm-scheduler.example"
    # No organization at all, names with stray spaces, homoglyphs and CJK survive.
    assert apps["Quiz Corner"]["developer"] is None
    assert "Dropbox-like Sync" in apps and "Twееt Deck Pro" in apps and "アプリ☆メーカー" in apps
    assert apps["Launch Board"]["developer"] == "Launch Board Inc"


def test_first_party_clients_are_tagged_not_hidden(tmp_path: Path) -> None:
    apps = by_app(scan_doc(write_zip(x.v2(), tmp_path / "x.zip")))
    android = apps["Twitter for Android"]
    assert android["first_party"] is True and android["records"] == 2
    assert android["granted_at"] == "2013-04-01T10:00:00Z"  # the earlier of the two approvals
    assert apps["Mobile Web"]["first_party"] is True
    assert apps["Launch Board"]["first_party"] is False and apps["DM Scheduler"]["first_party"] is False


def test_device_tokens_give_last_used_and_token_only_clients(tmp_path: Path) -> None:
    apps = by_app(scan_doc(write_zip(x.v2(), tmp_path / "x.zip")))
    assert apps["Mobile Web"]["last_used_at"] == "2023-12-18T16:27:27Z"
    web = apps["Twitter Web App"]  # seen only in device-token.js: listed as a first-party session
    assert web["app_id"] == "3033300" and web["first_party"] is True
    assert web["last_used_at"] == "2024-02-03T10:00:00Z"  # the latest of its two tokens
    assert apps["Launch Board"]["last_used_at"] is None


def test_sso_advertisers_and_identity(tmp_path: Path) -> None:
    inv = scan_paths([str(write_zip(x.v2(), tmp_path / "x.zip"))])
    doc = inventory_dict(inv)
    sso = by_app(doc)["Sign in with Google"]
    assert sso["kind"] == "sign_in" and sso["granted_at"] == "2021-05-01T10:00:00Z"
    ads = {a["name"]: a["reasons"] for a in doc["advertisers"]}
    assert set(ads) == {"@shoeshop", "@gardencentre", "@travelco", "@loanshark"}
    assert len(ads["@shoeshop"]) == 2  # tailored and look-alike
    identity = set(inv.sources[0].identity)
    assert {"robin_example", "Robin Example", "1234567890", "robin.example@example.org"} <= identity


def test_v1_root_level_archive_with_approved_at_msec(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(x.v1(), tmp_path / "old.zip"))
    (src,) = doc["sources"]
    assert src["generation"].startswith("GDPR v1")
    apps = by_app(doc)
    old = apps["Old Photo Uploader"]
    assert old["granted_at"] == "2010-01-01T00:00:00Z" and old["records"] == 2
    assert old["permissions"] == ["read", "write", "directmessages"]
    assert apps["Quiz Corner"]["granted_at"] == "2012-10-22T11:29:00Z"


def test_partial_archive_and_missing_part_are_reported(tmp_path: Path) -> None:
    files = x.v2(partial=True)
    del files["data/connected-application-part1.js"]
    doc = scan_doc(write_zip(files, tmp_path / "x.zip"))
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "partial" in warnings and "data/connected-application-part1.js" in warnings
    assert "DM Scheduler" in by_app(doc)  # the part that is there is still read


def test_without_manifest_parts_are_found_by_name(tmp_path: Path) -> None:
    files = x.v2()
    del files["data/manifest.js"]
    doc = scan_doc(write_zip(files, tmp_path / "x.zip"))
    assert doc["sources"][0]["platform"] == "x"
    assert by_app(doc)["DM Scheduler"]["records"] == 2


def test_hostile_records_wrong_types_and_truncated_file(tmp_path: Path) -> None:
    files = x.v2()
    files["data/connected-application.js"] = x.js("YTD.connected_application.part0", [
        "not an object",
        {"connectedApplication": {"name": "Typed Wrong", "id": 7000020, "permissions": "read",
                                  "organization": ["not", "a", "dict"], "approvedAt": 12}},
        {"connectedApplication": {"description": "no name, no id"}},
        {"connectedApplication": {"name": "Fine App", "id": "7000021", "permissions": ["read", 5, None],
                                  "approvedAt": "not a date"}},
    ])
    files["data/device-token.js"] = b'window.YTD.device_token.part0 = [ { "deviceToken" : { "clientApp'
    doc = scan_doc(write_zip(files, tmp_path / "x.zip"))
    apps = by_app(doc)
    assert apps["Typed Wrong"]["app_id"] == "7000020" and apps["Typed Wrong"]["permissions"] == []
    assert apps["Typed Wrong"]["granted_at"] is None  # a bare 12 is junk, not 1970
    assert apps["Fine App"]["permissions"] == ["read"] and apps["Fine App"]["granted_at"] is None
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "2 record(s) without a name or id" in warnings
    assert "device-token.js" in warnings and "not valid JSON" in warnings


def test_unknown_shape_warns(tmp_path: Path) -> None:
    files = x.v2()
    files["data/connected-application.js"] = b'window.YTD.connected_application.part0 = {"apps": 3}'
    doc = scan_doc(write_zip(files, tmp_path / "x.zip"))
    assert any("connected-application.js" in w and "unrecognised layout" in w for w in doc["sources"][0]["warnings"])


def test_archive_without_connected_apps_says_so(tmp_path: Path) -> None:
    files = {k: v for k, v in x.v1().items() if "connected" not in k}
    doc = scan_doc(write_zip(files, tmp_path / "x.zip"))
    assert doc["grants"] == []
    assert any("no connected-application.js" in w for w in doc["sources"][0]["warnings"])
