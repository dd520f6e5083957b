"""The "What we read" panel: our own settings-page addresses are clickable; archive text never becomes a link."""

from __future__ import annotations

from core.model import Source
from ui.resources import Links
from ui.views.sources import SourcesPanel


def test_google_notice_links_to_the_connections_page_but_archive_text_stays_plain(qtbot: object) -> None:
    links = Links.load()
    assert "https://myaccount.google.com/connections" in links.known_urls()
    panel = SourcesPanel(links.name, None, links.known_urls())
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.set_sources([
        Source("google", "takeout-001.zip", generation="Google Takeout",
               warnings=("Google Takeout has no list of third-party apps. Review them at "
                         "https://myaccount.google.com/connections.",)),
        Source("facebook", "fb.zip", warnings=('https://evil.example/"><b>x</b>: not valid JSON',)),
    ])
    text = panel.text()
    assert '<a href="https://myaccount.google.com/connections">' in text
    assert "evil.example" in text and 'href="https://evil.example' not in text
    assert "<b>x</b>" not in text  # escaped, shown as text
