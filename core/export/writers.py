"""Writer dispatch (json, csv, md, html, pdf) and the text hygiene every writer applies to archive strings."""

from __future__ import annotations

import re
from typing import Any

from core.text import cap_strings

FORMATS = ("json", "csv", "md", "html", "pdf")
SUFFIXES = {"json": ".json", "csv": ".csv", "md": ".md", "html": ".html", "pdf": ".pdf"}

# C0/C1 control characters (tab and newline kept) and the bidi embedding/override/isolate controls that
# can make a hostile app name read backwards ("gpj.exe"); legitimate right-to-left text does not need them.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


def clean_text(s: Any) -> str:
    """Archive text made safe to show: no control or bidi-override characters, CR/LF as spaces."""
    if s is None:
        return ""
    text = s if isinstance(s, str) else str(s)
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return _UNSAFE.sub("", text)


def render(doc: dict[str, Any], fmt: str, *, paper: str = "a4") -> bytes:
    """Render the summary document; PDF imports Qt (from ui/) only when asked for."""
    if fmt == "json":
        from core.export.json_writer import render_json

        return render_json(doc)
    doc = cap_strings(doc)  # only JSON keeps 1 MB app names whole; reports and tables show the start
    if fmt == "md":
        from core.export.markdown import render_markdown

        return render_markdown(doc)
    if fmt == "csv":
        from core.export.csv_writer import render_csv

        return render_csv(doc)
    if fmt == "html":
        from core.export.html import render_html

        return render_html(doc)
    if fmt == "pdf":
        # core never imports Qt at module level; the PDF writer needs QTextDocument/QPdfWriter.
        import importlib

        pdf = importlib.import_module("ui.pdf_export")
        data: bytes = pdf.render_pdf(doc, paper=paper)
        return data
    raise ValueError(f"unknown export format: {fmt}")
