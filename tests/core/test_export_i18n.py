"""Reports in the app's languages: every report text translated, German reports in German, English unchanged."""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from benchmarks.export_speed import make_inventory
from core.export.texts import LANGUAGES, TEXTS_DIR, Texts, language_code
from core.export.writers import render
from tests.builders import facebook as fb
from tests.builders.archive import write_zip
from tests.support.report import workspace

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = json.loads((TEXTS_DIR / "en.json").read_text(encoding="utf-8"))
WHEN = datetime(2024, 3, 5, tzinfo=timezone.utc)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_report_text_is_translated_with_the_same_placeholders(language: str) -> None:
    texts = json.loads((TEXTS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    assert sorted(set(ENGLISH) - set(texts)) == [], f"{language}.json lacks these texts"
    assert sorted(set(texts) - set(ENGLISH)) == [], f"{language}.json has texts English does not"
    for key, text in texts.items():
        assert placeholders(text) == placeholders(ENGLISH[key]), f"{language}.json {key!r}: {text!r}"
        assert text.strip(), f"{language}.json {key!r} is empty"


def test_plural_texts_come_in_pairs() -> None:
    for key in ENGLISH:
        if key.endswith(".one"):
            assert key[:-4] + ".other" in ENGLISH
        if key.endswith(".other"):
            assert key[:-6] + ".one" in ENGLISH


def test_a_missing_translation_falls_back_to_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "en.json").write_text(json.dumps({"h.next": "What to do next", "h.sources": "Sources used"}))
    (tmp_path / "de.json").write_text(json.dumps({"h.next": "Wie es weitergeht"}))
    monkeypatch.setattr("core.export.texts.TEXTS_DIR", tmp_path)
    t = Texts("de")
    assert (t("h.next"), t("h.sources")) == ("Wie es weitergeht", "Sources used")


def test_language_names_from_locales() -> None:
    assert [language_code(x) for x in ("de_DE", "fr-CA", "ES", "it_IT", "C", "", None)] == \
        ["de", "fr", "es", "en", "en", "en", "en"]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    ws = workspace()
    return ws.document(ws.assess(make_inventory(60)), generated_at=WHEN)


def headings_html(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h[12]>(.*?)</h[12]>", html)]


ENGLISH_SECTIONS = [v for k, v in ENGLISH.items() if k.startswith("h.") or k == "md.h_past" or k == "md.heading"]


def test_a_german_html_report_has_german_headings_and_no_english_ones(doc: dict[str, Any]) -> None:
    html = render(doc, "html", language="de").decode("utf-8")
    heads = headings_html(html)
    assert "Ihre Datenschutz-Übersicht" in heads and "Wer jetzt Zugriff hat" in html
    assert "Braucht Aufmerksamkeit" in heads and "Wie es weitergeht" in heads and "Verwendete Quellen" in heads
    assert not [h for h in heads if any(h.startswith(e) for e in ENGLISH_SECTIONS + [ENGLISH["title"]])]
    assert '<html lang="de">' in html
    assert "5. März 2024" in html  # the date, with German month names
    assert "Who has access" not in html and "What to do next" not in html and "Made on" not in html


def test_a_german_markdown_report_has_german_headings_and_no_english_ones(doc: dict[str, Any]) -> None:
    md = render(doc, "md", language="de").decode("utf-8")
    heads = [line.lstrip("#").strip() for line in md.splitlines() if line.startswith("#")]
    assert heads[0] == "Grantscope-Übersicht"
    assert any(h.startswith("Wer jetzt Zugriff hat (") for h in heads)
    assert any(h.startswith("Braucht Aufmerksamkeit") for h in heads)
    assert not [h for h in heads if any(h.startswith(e) for e in ENGLISH_SECTIONS)]
    assert "| App oder Website | Plattform | Seit |" in md
    assert "*Erstellt mit Grantscope am 5. März 2024.*" in md  # a German date, not escaped into "5\\."
    assert "Needs attention" not in md and "Sources used" not in md


@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_reports_use_their_words(doc: dict[str, Any], language: str) -> None:
    html = render(doc, "html", language=language).decode("utf-8")
    first = {"fr": "Qui a accès maintenant", "es": "Quién tiene acceso ahora"}[language]
    assert first in html and "Who has access now" not in html
    md = render(doc, "md", language=language).decode("utf-8")
    assert f"## {first} (" in md
    assert {"fr": "5 mars 2024", "es": "5 mar 2024"}[language] in md


def test_english_stays_the_default_and_the_document_stays_the_same(doc: dict[str, Any]) -> None:
    before = json.dumps(doc, sort_keys=True)
    for fmt in ("html", "md"):
        english = render(doc, fmt)
        assert english == render(doc, fmt, language="en")
        assert b"Who has access now" in english and b"5 Mar 2024" in english
        render(doc, fmt, language="de")
    assert json.dumps(doc, sort_keys=True) == before  # the writers only read the document
    assert render(doc, "json", language="de") == render(doc, "json")


def test_the_one_page_layout_is_translated(doc: dict[str, Any]) -> None:
    html = render(doc, "html", layout="one-page", language="de").decode("utf-8")
    assert "Wo Sie sie entfernen" in html and "Sehen Sie sich diese zuerst an" in html
    assert "Where to remove them" not in html and "one page" not in html


def test_scan_writes_a_report_in_the_chosen_language(tmp_path: Path) -> None:
    archive = write_zip(fb.g3(), tmp_path / "facebook.zip")
    out = tmp_path / "bericht.md"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", str(archive), "--language", "de", "-o", str(out),
                        "--quiet"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "## Wer jetzt Zugriff hat" in text and "## Who has access now" not in text
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", str(archive), "--language", "it", "--quiet"],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode != 0 and "--language" in r.stderr
