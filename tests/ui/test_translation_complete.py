"""Every shipped translation is complete and current: no unfinished or missing message, placeholders kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import extract

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("de", "fr", "es")
PLACEHOLDER = re.compile(r"\{\w+\}")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def forms(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What pyside6-lupdate extracts from the code now (the messages a translation must cover)."""
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    extract(out, "fr")  # the same extraction (and context fixes) as `uv run python -m ui.i18n`
    return out


@pytest.mark.parametrize("lang", SHIPPED)
def test_no_message_is_unfinished_or_empty(lang: str) -> None:
    bad = []
    for ctx, msg in messages(TRANSLATIONS / f"grantscope_{lang}.ts"):
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        if tr.get("type") == "unfinished" or not all(f.strip() for f in forms(msg)):
            bad.append(f"{ctx}: {msg.findtext('source')}")
    assert not bad, f"{len(bad)} unfinished in grantscope_{lang}.ts (see `uv run python -m ui.i18n`):\n" + "\n".join(
        bad[:30])


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_message_of_the_code_is_in_the_translation(lang: str, fresh_ts: Path) -> None:
    wanted = {(ctx, m.findtext("source")) for ctx, m in messages(fresh_ts)}
    assert len(wanted) > 400, "lupdate found too few messages: is it scanning ui/?"
    have = {(ctx, m.findtext("source")) for ctx, m in messages(TRANSLATIONS / f"grantscope_{lang}.ts")}
    missing = sorted(wanted - have, key=str)
    assert not missing, f"{len(missing)} messages of the code are missing from grantscope_{lang}.ts:\n" + "\n".join(
        f"{c}: {s}" for c, s in missing[:30])


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders_and_plural_counts(lang: str) -> None:
    bad = []
    for _ctx, msg in messages(TRANSLATIONS / f"grantscope_{lang}.ts"):
        source = msg.findtext("source") or ""
        for text in forms(msg):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{source!r} → {text!r}")
            if msg.get("numerus") == "yes" and "%Ln" not in text and "%n" not in text:
                bad.append(f"plural form without the number: {text!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", (*SHIPPED, "en"))
def test_compiled_catalogue_matches_its_source(lang: str) -> None:
    """The .qm the app loads was built from the current .ts (a stale .qm would show old or no words)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"grantscope_{lang}.qm"))
    stale = []
    for ctx, msg in messages(TRANSLATIONS / f"grantscope_{lang}.ts"):
        if msg.get("numerus") == "yes":
            got = translator.translate(ctx, msg.findtext("source") or "", None, 5)
            expected = forms(msg)[-1]  # translate() leaves %Ln for tr() to fill in
        elif lang == "en":
            continue
        else:
            got = translator.translate(ctx, msg.findtext("source") or "")
            expected = forms(msg)[0]
        if got != expected:
            stale.append(f"{ctx}: {msg.findtext('source')!r} gives {got!r}")
    assert not stale, "rebuild with `uv run python -m ui.i18n`:\n" + "\n".join(stale[:20])


def test_module_level_helpers_translate_at_run_time(qapp: object) -> None:
    """Strings of ui/messages.py and the dialogs' own tr() helpers are found under the context Qt uses."""
    from ui import messages

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "grantscope_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert messages.demo_missing().title == "Les archives de démonstration manquent"
        assert QCoreApplication.translate("ConnectAccount", "Required.") == "Obligatoire."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never extracted, so it is never translated."""
    pattern = re.compile(r"""\bf(['"]).*?\{[^}]*\btr\(""")
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "ui").rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not hits, "take the tr() out of the f-string: " + ", ".join(hits)
