"""Claims no stronger than the archive: stale only on evidence, listed-only status said as such, own apps apart."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from core.export import writers
from core.risk import RiskSettings
from core.summary import can_reach_now, is_listed_only
from core.workspace import Workspace
from tests.builders import discord, x
from tests.builders import facebook as fb
from tests.builders.archive import meta_json, write_zip
from tests.support.report import to_document

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


def workspace(days: int = 90) -> Workspace:
    return Workspace(settings=RiskSettings(stale_days=days), now=lambda: NOW)


def test_active_facebook_apps_without_a_last_use_are_not_called_unused(tmp_path: Path) -> None:
    """A real 2022 export flagged 64 of 64 active apps as unused: Facebook's "active" means used within 90 days."""
    files = fb.g3()
    apps = [dict(a, category="active") for a in fb.many_apps(64)]
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json({"installed_apps_v2": apps})
    assessed = workspace().open([str(write_zip(files, tmp_path / "fb.zip"))])
    active = [g for g in assessed.inventory.grants if can_reach_now(g)]
    assert len(active) == 64
    flagged = [g.app for g in active if any(f.rule in ("stale_access", "no_use_on_record") for f in g.findings)]
    assert flagged == []
    assert assessed.summary.unused == 0


def test_a_connection_date_is_no_evidence_of_use(tmp_path: Path) -> None:
    """X lists when each app was connected (2011–2023) but not when it was used: a mild note, not "unused"."""
    assessed = workspace().open([str(write_zip(x.v2(), tmp_path / "twitter.zip"))])
    third = [g for g in assessed.inventory.grants if can_reach_now(g) and g.kind == "oauth_app"]
    assert third and all(g.last_used_at is None for g in third)
    for g in third:
        rules = {f.rule: f for f in g.findings}
        assert "stale_access" not in rules
        assert rules["no_use_on_record"].severity == "low"
    assert assessed.summary.unused == 0


def test_listed_only_grants_are_not_said_to_reach_your_data(tmp_path: Path) -> None:
    assessed = workspace().open([str(write_zip(discord.old_layout(), tmp_path / "discord.zip"))])
    listed = [g for g in assessed.inventory.grants if is_listed_only(g)]
    assert listed and assessed.summary.active_stated == 0
    assert assessed.summary.active_inferred == len([g for g in listed if not g.first_party
                                                    and g.kind != "administered_app"])
    doc = to_document(assessed.inventory)
    assert doc["summary"]["active_status_stated"] == 0
    html = writers.render(doc, "html").decode()
    assert "Listed in the export, status not stated" in html
    assert "Check on the platform whether they are still connected" in html
    md = writers.render(doc, "md").decode()
    assert "**0** apps and websites can reach your data now" in md


def test_own_apps_are_listed_apart_and_not_counted(tmp_path: Path) -> None:
    assessed = workspace().open([str(write_zip(fb.g3(), tmp_path / "fb.zip"))])
    own = [g for g in assessed.inventory.grants if g.kind == "administered_app"]
    assert [g.app for g in own] == ["Calico Test App"]
    s = assessed.summary
    assert s.own_apps == 1 and s.grants == len(assessed.inventory.grants) - 1
    doc = to_document(assessed.inventory)
    md = writers.render(doc, "md").decode()
    assert "## Your own apps and the platform's own apps (1)" in md and "Calico Test App" in md
