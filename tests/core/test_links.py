"""One table of settings pages: every platform we read has a page or words saying where to click; all readers agree."""

from __future__ import annotations

import json

from core import links
from core.connectors.presets import settings_links as preset_links
from core.export.document import settings_links as report_links

ARCHIVE_PLATFORMS = ("facebook", "instagram", "x", "google", "microsoft", "snapchat", "tiktok", "discord", "reddit")


def test_every_platform_we_read_has_a_settings_page_or_where_to_click() -> None:
    table = links.platforms()
    for pid in ARCHIVE_PLATFORMS:
        entry = table[pid]
        assert entry["where"], pid
        assert entry["manage_url"] is None or entry["manage_url"].startswith("https://")
    for pid in ("discord", "snapchat", "tiktok"):  # no web page: the words say where in the app
        assert table[pid]["manage_url"] is None
        assert "→" in table[pid]["where"]
    raw = json.loads(links.LINKS_FILE.read_text(encoding="utf-8"))["platforms"]
    for pid in ARCHIVE_PLATFORMS:
        assert raw[pid]["checked_against"], pid  # which help page (or guide) the entry was checked against


def test_reports_connectors_and_the_plan_read_the_same_table() -> None:
    table = links.platforms()
    report, presets = report_links(), preset_links()
    for pid, entry in table.items():
        assert report[pid]["url"] == entry["manage_url"] == presets[pid].url
        assert report[pid]["where"] == presets[pid].where == entry["where"]
    assert presets["mastodon"].url_template == "https://{host}/oauth/authorized_applications"
