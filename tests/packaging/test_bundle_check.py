"""The bundle-completeness check names every module of core/ and ui/ and every resource file a bundle lacks."""

from __future__ import annotations

import re
from pathlib import Path

from bundle_check import check, expected_files, expected_modules, main

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "grantscope.spec"


def test_expected_lists_cover_the_whole_app() -> None:
    modules = expected_modules()
    for name in ("core", "core.cli", "core.export.writers", "ui", "ui.app", "ui.pdf_export", "ui.dialogs.about",
                 "ui.dialogs.export_dialog"):
        assert name in modules
    assert not any("__pycache__" in m or m.endswith("__init__") for m in modules)
    files = expected_files()
    assert "pyproject.toml" in files  # the version is read from it at run time
    for name in ("resources/catalog/facebook.json", "resources/report/summary.html.j2",
                 "resources/translations/grantscope_de.qm", "resources/icons/grantscope.svg"):
        assert name in files
    assert any(f.startswith("resources/demo/") and f.endswith(".zip") for f in files)


def test_a_complete_bundle_passes() -> None:
    report = check(expected_modules(), expected_files())
    assert report.ok and report.lines() == []


def test_a_module_left_out_fails_and_is_named() -> None:
    modules = [m for m in expected_modules() if m != "ui.pdf_export"]
    report = check(modules, expected_files())
    assert not report.ok
    assert report.lines() == ["module not in the bundle: ui.pdf_export"]


def test_a_resource_left_out_fails_and_is_named() -> None:
    files = [f for f in expected_files() if f != "resources/catalog/x.json"]
    report = check(expected_modules(), files)
    assert not report.ok
    assert report.missing_files == ["resources/catalog/x.json"]


def test_the_command_fails_on_a_folder_that_is_no_bundle(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path)]) == 1
    assert "no grantscope executable" in capsys.readouterr().err


def test_the_spec_names_no_module_of_ours_as_a_hidden_import() -> None:
    """Our own modules are imported plainly, so PyInstaller finds them; a hidden import of ours would paper over
    a dynamic import that the bundle check is there to catch."""
    text = SPEC.read_text(encoding="utf-8")
    assert not re.search(r'hiddenimports=.*"(core|ui)\.', text)
    assert "TRANSITIONAL" not in text


def test_developer_commands_left_out_of_the_check_are_never_imported_by_the_app() -> None:
    """A module the check skips must really be a developer command: no app module imports it."""
    import ast

    from bundle_check import DEV_ONLY_MODULES, ROOT

    users = []
    for p in [p for folder in ("core", "ui") for p in (ROOT / folder).rglob("*.py")]:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [f"{node.module}.{a.name}" for a in node.names] + [node.module or ""]
                     if isinstance(node, ast.ImportFrom) else [])
            if any(n in DEV_ONLY_MODULES for n in names):
                users.append(p.name)
    assert DEV_ONLY_MODULES and users == [], f"imported by {users}: it must be frozen, not skipped"
