"""The Windows, macOS and CI recipes (run elsewhere) stay consistent with the build: ids, paths, shell syntax."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest
from build_bundle import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_macos_plists_name_the_app() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSHighResolutionCapable"] is True
    assert "CFBundleShortVersionString" not in info  # the build sets it from pyproject.toml
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True


def test_inno_setup_script_installs_start_menu_entry_and_uninstaller() -> None:
    iss = (PACKAGING / "windows" / "grantscope.iss").read_text(encoding="utf-8")
    assert 'Source: "{#RepoRoot}\\dist\\grantscope\\*"' in iss  # the bundle build_bundle.py makes
    assert "{#RepoRoot}\\build\\icons\\grantscope.ico" in iss  # the icon icons.py makes
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\grantscope.exe"' in iss
    assert "{uninstallexe}" in iss
    assert "AppVersion={#AppVersion}" in iss and "#error" in iss  # no version written here


@pytest.mark.parametrize("script", ["ci-smoke.sh", "macos/sign-and-notarize.sh"])
def test_shell_scripts_parse(script: str) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    proc = subprocess.run([bash, "-n", str(PACKAGING / script)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr


def test_ci_runs_the_packaging_smoke_test_and_the_workflow_builds_all_three() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash packaging/ci-smoke.sh" in ci
    for package in ("desktop-file-utils", "appstream", "binutils", "xvfb", "gnome-keyring"):
        assert package in ci
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "packaging/build_bundle.py" in workflow and "grantscope.iss" in workflow
    assert "sign-and-notarize.sh" in workflow
