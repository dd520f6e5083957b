"""Every permission key the project's fixtures produce maps to a catalog entry, or is knowingly unknown."""

from __future__ import annotations

from pathlib import Path

from core.catalog import Catalog
from core.scan import scan_paths
from tests.builders import discord, facebook, instagram, meta_html, reddit, snapchat, takeout, tiktok, x
from tests.builders.archive import write_zip
from tests.core.catalog_check import unknown_permission_keys

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def _fixture_exports() -> list:
    return [
        *(fn() for fn in facebook.GENERATIONS.values()),
        instagram.g2022(), instagram.g2023(), instagram.localized(),
        meta_html.fb_2024(), meta_html.ig_html(),
        x.v2(), x.v1(),
        snapchat.export(snapchat.LABELLED), snapchat.export(snapchat.SNAKE),
        takeout.single(), tiktok.export(tiktok.new()), discord.old_layout(), reddit.export(),
    ]


def test_fixture_and_demo_permissions_are_in_the_catalog(tmp_path: Path) -> None:
    catalog = Catalog.load()
    paths = [write_zip(files, tmp_path / f"f{i}.zip") for i, files in enumerate(_fixture_exports())]
    grants = []
    for p in [*paths, *sorted(DEMO.glob("*.zip"))]:
        grants.extend(scan_paths([str(p)]).grants)
    keys = {(g.platform, k) for g in grants for k in g.permissions}
    assert len(keys) >= 4, "the fixtures should exercise real permission keys (X: read, write, ...)"
    assert unknown_permission_keys(grants, catalog) == []
    # Unknown keys are reported raw with a medium level, never dropped.
    p = catalog.resolve("x", "teleport")
    assert (p.known, p.sensitivity, p.label) == (False, "medium", "teleport")
