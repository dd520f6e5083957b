"""PDF export: A4 and Letter, selectable text, embedded fonts, metadata, redaction, headless CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.export.redact import redact
from core.export.writers import render
from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.core.test_export_hostile import HOSTILE, hostile_inventory
from tests.core.test_export_redact import fixture_archive
from tests.support.report import to_document

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4


def pdf_text(reader: PdfReader) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def fixture_doc(tmp_path: Path) -> tuple[dict[str, Any], list[str]]:
    paths, secrets = fixture_archive(tmp_path)
    return to_document(scan_paths(paths), generated_at="2025-06-01T00:00:00Z"), secrets


@pytest.mark.parametrize("paper, size_mm", [("a4", (210, 297)), ("letter", (215.9, 279.4))])
def test_pdf_paper_text_fonts_and_metadata(qapp: Any, fixture_doc: tuple[dict[str, Any], list[str]],
                                           paper: str, size_mm: tuple[float, float]) -> None:
    doc, _ = fixture_doc
    data = render(doc, "pdf", paper=paper)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data))
    assert 2 <= len(reader.pages) <= 8
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - size_mm[0] * MM) < 2 and abs(float(box.height) - size_mm[1] * MM) < 2
    text = pdf_text(reader)  # selectable text: extraction works
    for s in ("Your privacy summary", "Slideshow Maker", "Café Finder", "Sweepstakes", "What to do next",
              "Coin Exchange", "This file contains no scripts"):
        assert s in text, s
    # The settings address is printed in full (it may wrap across a line).
    assert "https://www.facebook.com/settings?tab=applications" in text.replace(" ", "")
    meta = reader.metadata
    assert meta is not None and meta.title == "Grantscope privacy summary" and meta.creator == "Grantscope"
    # Every font is embedded (a font file in its descriptor), so the PDF looks the same everywhere.
    fonts = []
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            f = font.get_object()
            desc = (f.get("/DescendantFonts") or [f])[0].get_object().get("/FontDescriptor")
            fonts.append(desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                  "/FontFile3")))
    assert fonts and all(fonts)


def test_redacted_pdf_holds_no_identifier(qapp: Any, fixture_doc: tuple[dict[str, Any], list[str]],
                                          tmp_path: Path) -> None:
    _, secrets = fixture_doc
    paths, _ = fixture_archive(tmp_path / "again")
    red = redact(scan_paths(paths), dates="month")
    data = render(to_document(red), "pdf")
    text = pdf_text(PdfReader(io.BytesIO(data))).lower()
    compact = text.replace(" ", "")
    for s in secrets:
        assert s.lower() not in text and s.lower().replace(" ", "") not in compact, s
        assert s.encode().lower() not in data.lower(), s  # metadata and any uncompressed stream
    assert "slideshow maker" in text


def test_hostile_strings_render_as_text(qapp: Any) -> None:
    data = render(to_document(hostile_inventory()), "pdf")
    text = pdf_text(PdfReader(io.BytesIO(data)))
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/Launch" not in data
    assert len(HOSTILE) > 10


def test_cli_writes_pdf_headless(tmp_path: Path) -> None:
    from tests.builders.archive import write_zip

    z = write_zip(fb.g3(), tmp_path / "fb.zip")
    out = tmp_path / "summary.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", str(z), "-o", str(out), "--redact",
                        "--paper", "letter", "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    reader = PdfReader(str(out))
    assert abs(float(reader.pages[0].mediabox.height) - 279.4 * MM) < 2
    assert "Slideshow Maker" in pdf_text(reader)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_pdf_refuses_to_paint_off_the_gui_thread(qapp: Any, fixture_doc: tuple[dict[str, Any], list[str]]) -> None:
    """Qt text layout in a worker thread deadlocked now and then: render_pdf insists on the GUI thread."""
    import threading

    from ui.pdf_export import render_pdf

    errors: list[BaseException] = []

    def work() -> None:
        try:
            render_pdf(fixture_doc[0])
        except BaseException as e:  # noqa: BLE001 - collected for the assertion below
            errors.append(e)

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert errors and isinstance(errors[0], RuntimeError) and "GUI thread" in str(errors[0])
    assert render_pdf(fixture_doc[0]).startswith(b"%PDF")  # and works on the GUI thread


@pytest.mark.parametrize("layout", ["full", "one-page"])
def test_pdf_in_german(qapp: Any, fixture_doc: tuple[dict[str, Any], list[str]], layout: str) -> None:
    doc, _ = fixture_doc
    text = pdf_text(PdfReader(io.BytesIO(render(doc, "pdf", layout=layout, language="de"))))
    assert "Ihre Datenschutz-Übersicht" in text and "Juni 2025" in text
    assert "Your privacy summary" not in text and "What to do next" not in text and "Jun 2025" not in text
    if layout == "full":
        assert "Wie es weitergeht" in text and "Verwendete Quellen" in text
