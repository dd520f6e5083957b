"""One Summary: the window's cards and tabs, the JSON summary and the HTML, Markdown and PDF reports agree."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.export import writers
from core.summary import Summary
from core.workspace import Assessed
from tests.builders import discord, x
from tests.builders import facebook as fb
from tests.builders import instagram as ig
from tests.builders import takeout as to
from tests.builders.archive import with_prefix, write_folder, write_zip
from ui.main_window import MainWindow
from ui.resources import DEMO_DIR, demo_inputs

LOAD_TIMEOUT = 30_000


def mixed_inputs(tmp_path: Path) -> list[str]:
    """Facebook (with an app the person administers), Instagram, X (with its own clients), Takeout, Discord."""
    return [
        str(write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")),
        str(write_zip(ig.g2023(), tmp_path / "instagram-robin.zip")),
        str(write_zip(x.v2(), tmp_path / "twitter-2025-04-12-abc.zip")),
        str(write_folder(to.single(), tmp_path / "takeout-20240101T000000Z-001")),
        str(write_zip(discord.new_layout(), tmp_path / "discord-package.zip")),
    ]


@pytest.fixture(params=["demo", "mixed"])
def inputs(request: pytest.FixtureRequest, tmp_path: Path) -> list[str]:
    return demo_inputs(DEMO_DIR) if request.param == "demo" else mixed_inputs(tmp_path)


def loaded_window(qtbot: Any, window: MainWindow, paths: list[str]) -> Assessed:
    with qtbot.waitSignal(window.inventoryChanged, timeout=LOAD_TIMEOUT):
        window.load_paths(paths, remember=False)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=LOAD_TIMEOUT)
    return window._assessed


def card_numbers(window: MainWindow) -> dict[str, int]:
    return {k: int(window.cards.card(k).count_text().replace(",", "").replace("\u202f", "").replace(" ", ""))
            for k in ("active", "listed", "attention", "unused", "expired", "removed", "own", "activity",
                      "advertisers")}


def expected_cards(s: Summary) -> dict[str, int]:
    return {"active": s.active_stated, "listed": s.active_inferred, "attention": s.needs_attention,
            "unused": s.unused, "expired": s.by_status["expired"], "removed": s.by_status["removed"],
            "own": s.own_apps, "activity": s.businesses, "advertisers": s.advertisers}


def report_numbers(text: str) -> dict[str, int]:
    """The numbers a reader sees in the headline and section heads of the HTML/Markdown/PDF text."""
    flat = re.sub(r"\s+", " ", text)

    def num(pattern: str) -> int:
        m = re.search(pattern, flat)
        assert m, f"not found in the report: {pattern}"
        return int(m.group(1).replace(",", ""))

    return {
        "active": num(r"(\d[\d,]*)\*{0,2} apps and websites can reach your data now"),
        "attention": num(r"(\d[\d,]*)\*{0,2} need your attention"),
        "past": num(r"(\d[\d,]*)\*{0,2} had access in the past"),
        "businesses": num(r"(\d[\d,]*)\*{0,2} businesses sent your activity"),
        "advertisers": num(r"(\d[\d,]*)\*{0,2} advertisers have your information"),
        "attention_section": num(r"(\d[\d,]*) apps? needs? your attention\*{0,2} \(a serious finding\)"),
        "findings_total": num(r"In all, (\d[\d,]*) findings?"),
        "flagged": num(r"findings? about (\d[\d,]*) apps?"),
        "access_now_section": num(r"Who has access now \(?(\d[\d,]*)\)?"),
        "activity_section": num(r"Businesses sending your activity \(?(\d[\d,]*)\)?"),
        "listed": num(r"(\d[\d,]*)\*{0,2} listed without saying whether access"),
        "listed_section": num(r"Listed in the export, status not stated \(?(\d[\d,]*)\)?"),
    }


def expected_report(s: Summary) -> dict[str, int]:
    return {"active": s.active_stated, "attention": s.needs_attention, "past": s.past,
            "businesses": s.businesses, "advertisers": s.advertisers, "attention_section": s.needs_attention,
            "findings_total": s.findings_total, "flagged": s.grants_with_findings,
            "access_now_section": s.active_stated, "activity_section": s.businesses,
            "listed": s.active_inferred, "listed_section": s.active_inferred}


def steps_attention(text: str) -> int:
    """The per-platform "N need attention" of "What to do next" add up to the headline."""
    section = re.sub(r"\s+", " ", text).split("What to do next", 1)[1]
    return sum(int(n) for n in re.findall(r"(\d+)\*{0,2} needs? attention", section))


def test_window_json_html_markdown_and_pdf_tell_the_same_numbers(qtbot: Any, window: MainWindow,
                                                                 inputs: list[str]) -> None:
    shown = loaded_window(qtbot, window, inputs)
    workspace = window.services.workspace
    once = workspace.open(inputs)  # the same pipeline the CLI runs
    s = once.summary
    assert shown.summary == s
    assert s.grants > 0 and s.needs_attention > 0 and s.businesses > 0

    # The window: every card and the list's own rows behind each card filter.
    assert card_numbers(window) == expected_cards(s)
    for key in ("active", "listed", "attention", "unused", "expired", "removed", "own"):
        window.grant_list.set_quick_filter(key)
        assert window.grant_proxy.rowCount() == expected_cards(s)[key], key
    window.grant_list.set_quick_filter(None)
    assert f"({s.grants + s.own_apps})" in window.tabs.tabText(0)  # every row: third parties and own apps
    assert window.grant_proxy.rowCount() == s.grants + s.own_apps
    assert f"({s.businesses})" in window.tabs.tabText(1)

    doc = workspace.document(once)
    assert json.loads(writers.render(doc, "json"))["summary"] == s.to_dict()

    html = re.sub(r"<[^>]+>", " ", writers.render(doc, "html").decode("utf-8"))
    md = writers.render(doc, "md").decode("utf-8")
    pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(writers.render(doc, "pdf"))).pages)
    for name, text in (("html", html), ("md", md), ("pdf", pdf)):
        assert report_numbers(text) == expected_report(s), name
        assert steps_attention(text) == s.needs_attention, name


def test_one_vocabulary_in_the_window_and_every_report(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """Discord's guilds.join reads the same in the detail pane, the list and the reports; so do sensitivities."""
    events = [discord.event("oauth2_authorize_accepted", "2024-03-04T10:00:00.000Z",
                            application_id="700000000000000005", scopes=["identify", "guilds.join", "email"])]
    archive = write_zip(discord.old_layout(events), tmp_path / "discord-package.zip")
    shown = loaded_window(qtbot, window, [str(archive)])
    catalog = window.services.workspace.catalog
    grant = next(g for g in shown.inventory.grants if "guilds.join" in g.permissions)
    words = catalog.summary(grant).words
    assert words
    window.grant_list.search.setText(grant.app)
    qtbot.waitUntil(lambda: window.grant_proxy.rowCount() == 1)
    window.grant_list.table.selectRow(0)
    qtbot.waitUntil(lambda: grant.app in window.detail.title_text())
    detail = window.detail.body_text()
    doc = window.services.workspace.document(shown)
    g = next(d for d in doc["grants"] if d["app"] == grant.app)
    assert [c["label"] for c in g["can_see"]] == list(words)
    md = writers.render(doc, "md").decode("utf-8")
    html = writers.render(doc, "html").decode("utf-8")
    for w in words:
        assert w in detail and w in md and w in html
    for level in ("high", "medium", "low"):
        label = catalog.sensitivity_label(level)
        if any(c["sensitivity"] == level for c in g["can_see"]):
            assert label in detail and label in html
    assert "high sensitivity" not in detail  # the window's old words are gone
