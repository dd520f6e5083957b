"""`main.py keychain` names the keyring backend sign-in tokens would go to (the packaged app's smoke test uses it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    env.update(HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path / "run"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_without_a_keychain_it_says_memory_only(tmp_path: Path) -> None:
    env = _env(tmp_path)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "keychain"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("keychain: none usable (keyring.backends.fail.Keyring)")
    assert "memory" in proc.stdout


@pytest.mark.secretservice
@pytest.mark.skipif(sys.platform != "linux" or not (shutil.which("dbus-run-session")
                                                    and shutil.which("gnome-keyring-daemon")),
                    reason="needs the Debian packages gnome-keyring and dbus")
def test_with_a_secret_service_it_names_it(tmp_path: Path) -> None:
    script = ('echo -n "ci-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
              f'exec "{sys.executable}" "{ROOT / "main.py"}" keychain')
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=_env(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("keychain: keyring.backends.SecretService.Keyring")
