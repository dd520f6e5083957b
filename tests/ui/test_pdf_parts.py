"""Long PDF reports are laid out and painted in parts: the same pages, text and numbers as one document."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.export.html import render_qt_html
from core.scan import scan_paths
from tests.builders.archive import meta_json, write_zip
from tests.builders.facebook import g3, many_apps
from tests.support.report import to_document
from ui import pdf_export

END = "</body></html>"


@pytest.fixture(scope="module")
def long_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A Facebook export with 400 apps: past the table limit, so every list is written as paragraphs."""
    files = g3()
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json(
        {"installed_apps_v2": many_apps(400)})
    path = write_zip(files, tmp_path_factory.mktemp("long") / "fb.zip")
    return to_document(scan_paths([path]), generated_at="2025-06-01T00:00:00Z")


def test_parts_join_to_the_reports_qt_html(qapp: Any, long_doc: dict[str, Any]) -> None:
    """The streamed parts hold exactly core's Qt HTML (and charts): the PDF shows what the report is."""
    parts, charts = pdf_export.qt_html_parts(long_doc, part_chars=4_000)
    parts = list(parts)
    html, want_charts = render_qt_html(long_doc)
    assert len(parts) > 10 and charts == want_charts
    head = parts[0][: parts[0].index("<body>") + len("<body>")]
    assert all(p.startswith(head) for p in parts[1:]) and all(p.endswith(END) for p in parts[:-1])
    # Every part after the first starts at a list item, never inside a table or a paragraph.
    assert all(p[len(head):].lstrip().startswith(pdf_export.ITEM_MARK) for p in parts[1:])
    joined = parts[0][: -len(END)] + "".join(p[len(head): -len(END)] for p in parts[1:-1]) + parts[-1][len(head):]
    assert joined == html


def page_texts(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("keep_chars", [0, 10**9], ids=["parts-laid-out-again", "parts-kept-laid-out"])
def test_pdf_in_parts_has_the_same_pages_as_one_document(qapp: Any, long_doc: dict[str, Any], keep_chars: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_export, "PART_CHARS", 10**9)
    assert len(list(pdf_export.qt_html_parts(long_doc)[0])) == 1
    whole = page_texts(pdf_export.render_pdf(long_doc))
    monkeypatch.setattr(pdf_export, "PART_CHARS", 6_000)
    monkeypatch.setattr(pdf_export, "KEEP_LAID_OUT_CHARS", keep_chars)
    assert len(list(pdf_export.qt_html_parts(long_doc)[0])) > 5
    parts = page_texts(pdf_export.render_pdf(long_doc))
    # Same page breaks, same lines on every page (each part continues where the one before ended), and the
    # footers count the pages of the whole report.
    assert len(parts) == len(whole) >= 8
    assert parts == whole
    assert all(f"{i + 1} / {len(parts)}" in page for i, page in enumerate(parts))
    text = " ".join(parts)
    for s in ("App 00000", "App 00399", "What to do next", "Had access in the past", "Sources used"):
        assert s in text, s
    assert "This file contains no scripts" in parts[-1]


def test_small_report_is_one_part(qapp: Any, tmp_path: Path) -> None:
    doc = to_document(scan_paths([write_zip(g3(), tmp_path / "fb.zip")]))
    parts, _ = pdf_export.qt_html_parts(doc, part_chars=1)
    assert len(list(parts)) == 1  # tables are never cut: no list items to cut before
    assert pdf_export.render_pdf(doc).startswith(b"%PDF-")
