"""One command for the translations: refresh every .ts from the code, fill from the memory files, build the .qm.

    uv run python -m ui.i18n           # lupdate + fill + lrelease, prints what is missing
    uv run python -m ui.i18n --check   # also exit 1 when a shipped language is unfinished

The Qt Linguist sources are resources/translations/grantscope_<lang>.ts (edit them with pyside6-linguist, or
add to resources/translations/<lang>.json: the translation memory, {"source text": "translation"} or, for
%n plurals, {"source text": ["one", "other"]}); grantscope_en.ts holds only the English plural forms.
After merging branches with new strings, run this once, translate what it lists, and run it again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "resources" / "translations"
#: Shipped languages; "en" carries only the plural forms of the English source texts.
LANGUAGES = ("en", "de", "fr", "es")


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run` (it comes with PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


#: lupdate names a context after the variable `tr` is called on; the window's parts in ui/window/ call
#: `w.tr(...)` on the MainWindow they are given, so at run time their context is "MainWindow".
CONTEXT_ALIASES = {"w": "MainWindow"}
#: Modules with their own `tr(text)` helper (QCoreApplication.translate(CONTEXT, text)): lupdate files their
#: strings under no context, Qt looks them up under the helper's.
FILE_CONTEXTS = {"ui/messages.py": "messages", "ui/formatting.py": "formatting",
                 "ui/dialogs/open_archive.py": "OpenArchive", "ui/dialogs/confirm_revoke.py": "ConfirmRevoke",
                 "ui/dialogs/connect_account.py": "ConnectAccount"}


def _context(root: ET.Element, name: str) -> ET.Element:
    for c in root.findall("context"):
        if c.findtext("name") == name:
            return c
    c = ET.SubElement(root, "context")
    ET.SubElement(c, "name").text = name
    return c


def _module(ts: Path, filename: str) -> str:
    """A location of lupdate (relative to the .ts file's folder) → "ui/messages.py"."""
    try:
        return (ts.parent / filename).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return filename


def fix_contexts(ts: Path) -> None:
    """Put every message under the context Qt looks it up in at run time; drop line numbers (noisy diffs)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name") or ""
        for m in list(ctx.findall("message")):
            files = {_module(ts, loc.get("filename") or "") for loc in m.findall("location")}
            if name in CONTEXT_ALIASES:
                target = CONTEXT_ALIASES[name]
            elif not name:
                found = {FILE_CONTEXTS.get(f, "") for f in files}
                target = next(iter(found - {""}), "")
            else:
                target = name
            for loc in m.findall("location"):
                m.remove(loc)
            if target != name:
                ctx.remove(m)
                dst = _context(root, target)
                if m.findtext("source") not in {x.findtext("source") for x in dst.findall("message")}:
                    dst.append(m)
        if not ctx.findall("message"):
            root.remove(ctx)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def extract(ts: Path, lang: str, plural_only: bool = False) -> None:
    """Refresh `ts` from the code (pyside6-lupdate keeps its translations) with the contexts fixed."""
    cmd = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "absolute", "-target-language", lang]
    if plural_only:
        cmd.append("-pluralonly")
    subprocess.run([*cmd, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    fix_contexts(ts)


def fill(ts: Path, memory: dict[str, object]) -> None:
    """Put translations from the memory into messages still unfinished (never overwrite a finished one)."""
    tree = ET.parse(ts)
    changed = False
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or tr.get("type") not in ("unfinished", None) or source not in memory:
            continue
        if tr.get("type") is None and (tr.text or len(tr)):
            continue
        value = memory[source]
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = str(form)
        elif isinstance(value, str):
            tr.text = value
        else:
            continue
        tr.attrib.pop("type", None)
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts of the messages without a finished translation (vanished ones do not count)."""
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("vanished", "obsolete"):
            continue
        empty = not (tr.text or "").strip() and not any((f.text or "").strip() for f in tr.iter("numerusform"))
        if tr.get("type") == "unfinished" or empty:
            out.append(msg.findtext("source") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a shipped language is unfinished")
    args = parser.parse_args(argv)
    lrelease = tool("pyside6-lrelease")
    missing = 0
    for lang in LANGUAGES:
        ts = HERE / f"grantscope_{lang}.ts"
        extract(ts, lang, plural_only=lang == "en")
        memory_file = HERE / f"{lang}.json"
        if memory_file.exists():
            fill(ts, json.loads(memory_file.read_text(encoding="utf-8")))
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True,
                       capture_output=True)
        todo = unfinished(ts)
        missing += len(todo)
        print(f"{lang}: {len(todo)} unfinished")
        for text in todo[:20]:
            print(f"    {text!r}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
