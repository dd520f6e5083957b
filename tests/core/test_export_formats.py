"""Golden-structure tests: every format parses back (html.parser, csv, JSON Schema) and says the same thing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from benchmarks.export_speed import make_inventory
from core.export.redact import redact
from core.export.writers import render
from core.model import Finding, Grant, Inventory, Source
from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders.archive import write_zip
from tests.support.report import to_document, workspace

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "report" / "summary.schema.json").read_text("utf-8"))
NOW = datetime(2025, 6, 1, tzinfo=timezone.utc)


class Page(HTMLParser):
    """Collects what matters about an HTML page: tags, attributes, ids, text, inline SVG."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.h2: list[str] = []
        self._in_h2 = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for k, v in attrs:
            self.attrs.append((tag, k, v))
            if k == "id" and v:
                self.ids.add(v)
        if tag == "h2":
            self._in_h2 = True
            self.h2.append("")
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._in_h2:
            self.h2[-1] = (self.h2[-1] + " " + data).strip()

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse_html(data: bytes) -> Page:
    p = Page()
    p.feed(data.decode("utf-8"))
    p.close()
    return p


def assessed(inv: Inventory) -> Inventory:
    return workspace().assess(inv, now=NOW).inventory


@pytest.fixture(scope="module")
def fixture_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    z = write_zip(fb.g3(), tmp_path_factory.mktemp("fmt") / "fb.zip")
    return to_document(assessed(scan_paths([str(z)])), generated_at="2025-06-01T00:00:00Z")


@pytest.fixture(scope="module")
def mixed_doc() -> dict[str, Any]:
    return to_document(assessed(make_inventory(80, seed=5)), generated_at="2025-06-01T00:00:00Z")


# --- JSON ---------------------------------------------------------------------------------------


def test_schema_file_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("which", ["fixture", "mixed", "redacted", "empty"])
def test_json_validates_against_the_schema(which: str, fixture_doc: dict[str, Any],
                                           mixed_doc: dict[str, Any]) -> None:
    doc = {
        "fixture": fixture_doc,
        "mixed": mixed_doc,
        "redacted": to_document(redact(make_inventory(30), dates="month")),
        "empty": to_document(Inventory()),
    }[which]
    back = json.loads(render(doc, "json"))
    jsonschema.Draft202012Validator(SCHEMA).validate(back)
    assert back == doc


def test_schema_rejects_what_it_promises_never_happens(fixture_doc: dict[str, Any]) -> None:
    v = jsonschema.Draft202012Validator(SCHEMA)
    bad = json.loads(json.dumps(fixture_doc))
    bad["grants"][0]["app_id"] = 10229093786579754  # an id as a number: forbidden (floats lose digits)
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(fixture_doc))
    bad["grants"][0]["granted_at"] = "2013-10-04 18:25"
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(fixture_doc))
    bad["sources"][0]["identity"] = ["Robin Example"]
    assert not v.is_valid(bad)


def test_document_groups_permissions_by_catalog_category(mixed_doc: dict[str, Any]) -> None:
    cats = {c["id"]: c for c in mixed_doc["categories"]}
    assert "private_messages" in cats  # X "directmessages"
    pm = cats["private_messages"]
    assert pm["sensitivity"] == "high"
    active_with_dm = {g["app"] for g in mixed_doc["grants"]
                      if g["status"] == "active" and "directmessages" in g["permissions"]}
    assert set(pm["apps"]) == active_with_dm and pm["active"] == len(active_with_dm)
    order = [c["sensitivity"] for c in mixed_doc["categories"]]
    rank = {"high": 0, "medium": 1, "low": 2, None: 3}
    assert order == sorted(order, key=lambda s: rank[s])


def test_unknown_permissions_are_grouped_by_raw_key() -> None:
    doc = to_document(Inventory(grants=(Grant("x", "A", "1", "active", permissions=("zz.peek", "zz.poke")),)))
    assert [c["id"] for c in doc["categories"]] == ["permission:zz.peek", "permission:zz.poke"]
    first = doc["grants"][0]["access"][0]
    assert (first["key"], first["category"], first["label"], first["known"]) == ("zz.peek", None, "zz.peek", False)
    assert b"zz.peek" in render(doc, "html")


def test_timeline_and_next_steps(fixture_doc: dict[str, Any]) -> None:
    years = {r["year"]: r for r in fixture_doc["summary"]["granted_by_year"]}
    assert years[2013]["active"] == 1 and years[2013]["expired"] == 1
    # The app the person administers (your_apps) is listed apart and not counted as a third party.
    assert fixture_doc["summary"]["granted_date_unknown"] == 3
    assert fixture_doc["summary"]["own_apps"] == 1
    own = [g for g in fixture_doc["grants"] if g["own"]]
    assert [g["kind"] for g in own] == ["administered_app"]
    step = fixture_doc["next_steps"][0]
    assert step["platform"] == "facebook"
    assert step["url"] == "https://www.facebook.com/settings?tab=applications"
    assert step["active"] == fixture_doc["summary"]["by_status"]["active"]


# --- HTML ---------------------------------------------------------------------------------------


def test_html_structure(fixture_doc: dict[str, Any]) -> None:
    data = render(fixture_doc, "html")
    page = parse_html(data)
    assert page.tags[0] == "html" and "body" in page.tags
    for section in ("access-now", "categories", "attention", "timeline", "activity", "advertisers", "next",
                    "past", "sources"):
        assert section in page.ids, section
    assert [h.split()[0] for h in page.h2][:3] == ["Who", "What", "Needs"]
    text = page.all_text
    for app in ("Slideshow Maker", "Café Finder", "Sweepstakes"):
        assert app in text
    for business in ("Coin Exchange", "Shoe Shop", "Victoria’s Garden"):
        assert business in text
    assert "4 Oct 2013" in text  # dates written for people
    assert "svg" in page.tags and "rect" in page.tags  # inline SVG chart


def test_html_is_self_contained_and_has_no_script(mixed_doc: dict[str, Any]) -> None:
    data = render(mixed_doc, "html")
    page = parse_html(data)
    assert "script" not in page.tags and "iframe" not in page.tags and "link" not in page.tags
    assert "img" not in page.tags
    for tag, k, v in page.attrs:
        assert not k.startswith("on"), (tag, k)
        assert k not in ("src", "srcset", "background", "poster", "action"), (tag, k)
        if k == "href":
            assert tag == "a" and v and v.startswith("https://"), v
    assert b"url(" not in data and b"@import" not in data
    csp = [v for t, k, v in page.attrs if t == "meta" and k == "content" and v and "default-src" in v]
    assert csp and "default-src 'none'" in csp[0]
    assert any(k == "name" and v == "viewport" for t, k, v in page.attrs)
    assert b"@media print" in data and b"break-before: page" in data


def test_html_links_to_each_platforms_settings(mixed_doc: dict[str, Any]) -> None:
    hrefs = {v for t, k, v in parse_html(render(mixed_doc, "html")).attrs if k == "href"}
    assert {"https://www.facebook.com/settings?tab=applications", "https://www.instagram.com/accounts/manage_access/",
            "https://x.com/settings/connected_apps", "https://myaccount.google.com/connections"} <= hrefs


def test_html_lists_every_active_and_past_grant(mixed_doc: dict[str, Any]) -> None:
    text = parse_html(render(mixed_doc, "html")).all_text
    for g in mixed_doc["grants"]:
        assert g["app"] in text


def test_empty_inventory_renders_in_every_format() -> None:
    doc = to_document(Inventory(sources=(Source("facebook", "a.zip"),)))
    for fmt in ("json", "csv", "md", "html"):
        assert render(doc, fmt)
    assert "No app or website has access" in parse_html(render(doc, "html")).all_text


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_one_row_per_grant_with_bom(mixed_doc: dict[str, Any]) -> None:
    from core.export.csv_writer import COLUMNS

    data = render(mixed_doc, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(mixed_doc["grants"])
    assert tuple(rows[0]) == COLUMNS
    by_app = {r["app"]: r for r in rows}
    for g in mixed_doc["grants"]:
        r = by_app[g["app"]]
        assert r["status"] == g["status"] and r["platform"] == g["platform"]
        assert r["app_id"] == (g["app_id"] or "")
        assert r["permissions"] == "; ".join(g["permissions"])
        assert r["granted_at"] == (g["granted_at"] or "")
    dm = next(r for r in rows if "directmessages" in r["permissions"])
    assert "Your private messages" in dm["can_see"] and dm["highest_severity"] == "high"


def test_csv_keeps_big_ids_exact(fixture_doc: dict[str, Any]) -> None:
    data = render(fixture_doc, "csv").decode("utf-8-sig")
    assert str(fb.BIG_ID) in data and "e+" not in data


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_sections_and_table_shape(mixed_doc: dict[str, Any]) -> None:
    md = render(mixed_doc, "md").decode()
    assert md.startswith("# Grantscope summary")
    for heading in ("## Who has access now", "## What they can see", "## Needs attention", "## When access was given",
                    "## What to do next", "## Sources used"):
        assert heading in md
    assert "(<https://x.com/settings/connected_apps>)" in md
    # Every row of the access table has exactly the header's number of (unescaped) cell separators.
    table = md.split("## Who has access now")[1].split("\n## ")[0]
    rows = [ln for ln in table.splitlines() if ln.startswith("|")]
    seps = {ln.replace("\\|", "").count("|") for ln in rows}
    assert seps == {7}


# --- headless: no Qt unless PDF -------------------------------------------------------------------


def test_rendering_text_formats_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from benchmarks.export_speed import make_inventory\n"
        "from tests.support.report import to_document, workspace\n"
        "from core.export.writers import render\n"
        "doc = to_document(make_inventory(20))\n"
        "for f in ('json', 'csv', 'md', 'html'):\n"
        "    render(doc, f)\n"
        "assert not any(m.startswith(('PySide6', 'ui')) for m in sys.modules), 'Qt imported'\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError):
        render(to_document(Inventory()), "docx")


def test_findings_show_in_needs_attention() -> None:
    f = Finding("friends_era", "high", "Connected before 2015", "Remove it")
    doc = to_document(Inventory(grants=(Grant("facebook", "Old Quiz", None, "active", findings=(f,)),)))
    text = parse_html(render(doc, "html")).all_text
    assert "Connected before 2015" in text and "Remove it" in text
    assert "Friends-era Facebook app" in text  # the rule's title from the catalog
