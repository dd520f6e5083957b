"""House rule 12: every user-visible string in ui/ goes through tr() (checked on the source, by AST)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

# Qt calls whose string argument is shown to the user.
TEXT_METHODS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "addItem", "addTab", "setTabText", "showMessage",
    "setInformativeText", "setDetailedText", "setTitle", "addMenu", "addAction", "setLabelText",
    "setHeaderLabels", "setButtonText",
}
#: Names that stay the same in every language.
PROPER_NAMES = {"Grantscope"}
TEXT_CLASSES = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                "QMessageBox", "QMenu"}


def _is_words(node: ast.AST) -> bool:
    """A literal a person would read: contains a letter and a space or a capital (not an object name)."""
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(v) for v in node.values if isinstance(v, ast.Constant))
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    s = node.value.strip()
    if s in PROPER_NAMES:
        return False
    return any(c.isalpha() for c in s) and (" " in s or s[:1].isupper()) and not s.startswith(("<", "#", "Q"))


def offenders() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in TEXT_METHODS or name in TEXT_CLASSES:
                for arg in node.args[:2]:
                    if _is_words(arg):
                        found.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


def test_visible_strings_are_wrapped_in_tr() -> None:
    assert offenders() == []


def test_the_check_catches_a_bare_string(tmp_path: Path, monkeypatch: object) -> None:
    fake = tmp_path / "ui"
    fake.mkdir()
    (fake / "bad.py").write_text('label = QLabel("Open archive")\nok = QLabel(self.tr("Open archive"))\n')
    import sys

    monkeypatch.setattr(sys.modules[__name__], "UI", fake)  # type: ignore[attr-defined]
    assert offenders() == ["ui/bad.py:1: 'Open archive'"]
