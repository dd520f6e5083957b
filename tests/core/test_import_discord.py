"""Discord data packages: linked accounts, authorizations streamed from analytics JSON Lines, bounded lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.archive.limits import Limits
from core.scan import scan_paths
from tests.builders import discord as dc
from tests.builders.archive import write, write_zip
from tests.support.inventory_dict import inventory_dict


def scan_doc(path: Path, limits: Limits | None = None) -> dict:
    return inventory_dict(scan_paths([str(path)], limits=limits))


def by_app(doc: dict) -> dict[str, dict]:
    return {g["app"]: g for g in doc["grants"]}


@pytest.mark.parametrize("kind", ["zip", "folder"])
@pytest.mark.parametrize(("layout", "gen"), [("old_layout", "2018–2023"), ("new_layout", "2024 onward")])
def test_linked_accounts_and_authorizations(tmp_path: Path, kind: str, layout: str, gen: str) -> None:
    inv = scan_paths([str(write(getattr(dc, layout)(), tmp_path / "package", kind))])
    doc = inventory_dict(inv)
    (src,) = doc["sources"]
    assert src["platform"] == "discord" and src["generation"].startswith(gen)
    apps = by_app(doc)
    twitch = apps["Twitch"]
    assert twitch["kind"] == "linked_account" and twitch["status"] == "active"
    assert twitch["permissions"] == ["shown_on_profile", "show_activity"]
    assert apps["Steam"]["status"] == "removed"  # revoked connection
    auth = apps["Discord application 700000000000000001"]
    assert auth["app_id"] == "700000000000000001" and auth["records"] == 2
    assert auth["granted_at"] == "2021-03-04T10:00:00Z"  # stray quote in the timestamp stripped
    assert auth["permissions"] == ["identify", "guilds", "email"]
    assert "Discord application 700000000000000009" not in apps  # a command use is not an authorization
    assert {"robin_example", "robin.example@example.org", "robin_plays"} <= set(inv.sources[0].identity)


def test_old_layout_extras_and_damaged_line(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(dc.old_layout(), tmp_path / "p.zip"))
    apps = by_app(doc)
    assert apps["Robin's Test Bot"]["kind"] == "administered_app"
    assert apps["Discord application 700000000000000002"]["granted_at"] == "2023-07-07T07:07:07Z"
    # Analytics and reporting hold the same events: counted once.
    assert apps["Discord application 700000000000000001"]["records"] == 2
    assert any("not valid JSON" in w for w in doc["sources"][0]["warnings"])


def test_localized_root_folder(tmp_path: Path) -> None:
    doc = scan_doc(write_zip(dc.french_layout(), tmp_path / "p.zip"))
    assert doc["sources"][0]["platform"] == "discord"
    assert "Twitch" in by_app(doc)


def test_huge_line_is_bounded_and_reported(tmp_path: Path) -> None:
    events = [dc.EVENTS[1], json.dumps({"event_type": "x", "blob": "y" * 3_000_000}), dc.EVENTS[4]]
    doc = scan_doc(write_zip(dc.old_layout(events), tmp_path / "p.zip"), limits=Limits(max_line_bytes=64_000))
    apps = by_app(doc)
    assert "Discord application 700000000000000001" in apps  # read before the long line
    warnings = " ".join(doc["sources"][0]["warnings"])
    assert "events-2021-00000-of-00001.json" in warnings and "stopped reading" in warnings


def test_many_lines_are_streamed(tmp_path: Path) -> None:
    filler = json.dumps({"event_type": "app_opened", "timestamp": "\"2021-01-01T00:00:00.000Z\""})
    events = [filler] * 50_000 + [dc.EVENTS[4]]
    doc = scan_doc(write_zip(dc.old_layout(events), tmp_path / "p.zip"))
    assert "Discord application 700000000000000002" in by_app(doc)


def test_hostile_user_json(tmp_path: Path) -> None:
    files = dc.old_layout([])
    files["account/user.json"] = json.dumps({"id": 5, "connections": [1, {"type": 7}, {"type": "github",
                                                                                       "revoked": "no"}]}).encode()
    doc = scan_doc(write_zip(files, tmp_path / "p.zip"))
    (g,) = [g for g in doc["grants"] if g["kind"] == "linked_account"]
    assert g["app"] == "GitHub" and g["status"] == "active"
    files["account/user.json"] = json.dumps({"connections": {"not": "a list"}}).encode()
    doc = scan_doc(write_zip(files, tmp_path / "q.zip"))
    assert any("connections" in w for w in doc["sources"][0]["warnings"])
    files["account/user.json"] = b'{"connections": [ {"type": "tw'
    doc = scan_doc(write_zip(files, tmp_path / "r.zip"))
    assert any("user.json" in w and "not valid JSON" in w for w in doc["sources"][0]["warnings"])
