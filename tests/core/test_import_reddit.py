"""Reddit GDPR export: linked sign-in identities and the Twitter link; the missing apps list is explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.scan import scan_paths
from tests.builders import reddit as rd
from tests.builders.archive import write, write_zip
from tests.support.inventory_dict import inventory_dict


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_linked_identities_and_twitter(tmp_path: Path, kind: str) -> None:
    inv = scan_paths([str(write(rd.export(), tmp_path / "export_robin", kind))])
    doc = inventory_dict(inv)
    (src,) = doc["sources"]
    assert src["platform"] == "reddit"
    apps = {g["app"]: g for g in doc["grants"]}
    assert apps["Sign in with Google"]["kind"] == "sign_in"
    assert apps["Sign in with Google"]["user_app_id"] == "109876543210987654321"
    assert apps["Sign in with Apple"]["kind"] == "sign_in"
    assert apps["X (Twitter)"]["kind"] == "linked_account"
    assert any("prefs/apps" in w for w in src["warnings"])
    assert {"robin_example", "robin_tweets"} <= set(inv.sources[0].identity)


def test_export_without_links(tmp_path: Path) -> None:
    doc = inventory_dict(scan_paths([str(write_zip(rd.export(linked=False, twitter=False), tmp_path / "r.zip"))]))
    assert doc["grants"] == []
    assert any("no linked_identities.csv" in w for w in doc["sources"][0]["warnings"])


def test_hostile_csv(tmp_path: Path) -> None:
    files = rd.export()
    files["linked_identities.csv"] = b"issuer_id,subject_id\n,\n\"https://accounts.google.com\nbroken"
    files["twitter.csv"] = b"something_else\nvalue\n"
    doc = inventory_dict(scan_paths([str(write_zip(files, tmp_path / "r.zip"))]))
    assert doc["sources"][0]["platform"] == "reddit"
    assert [g["app"] for g in doc["grants"]] == ["Sign in with Google"]
    assert "twitter.csv" in doc["sources"][0]["files_empty"]
