"""TokenStore against the real Linux Secret Service: gnome-keyring under a private dbus-run-session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.secretservice

MISSING = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]

SNIPPET = textwrap.dedent(
    """
    import keyring
    from keyring.backends import SecretService
    from core.secrets import TokenStore

    backend = SecretService.Keyring()
    store = TokenStore(backend)
    assert store.persistent, "Secret Service not usable"
    token = "rt-" + "k" * 2995  # longer than one Windows entry: split there, one entry here is fine too
    assert store.save("keycloak", "https://id.example.org/realms/demo", "sample-user", token) is True
    again = TokenStore(SecretService.Keyring())
    assert again.load("keycloak", "https://id.example.org/realms/demo", "sample-user") == token
    again.delete("keycloak", "https://id.example.org/realms/demo", "sample-user")
    assert TokenStore(SecretService.Keyring()).load(
        "keycloak", "https://id.example.org/realms/demo", "sample-user") is None
    print("SECRET-SERVICE-OK", type(backend).__module__)
    """
)


@pytest.mark.skipif(
    sys.platform != "linux" or bool(MISSING),
    reason=f"needs the Debian packages gnome-keyring and dbus (missing: {', '.join(MISSING)})",
)
def test_store_load_and_delete_a_token_in_gnome_keyring(tmp_path: Path):
    root = Path(__file__).resolve().parents[2]
    env = {
        k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    }
    # A throw-away home so the test never touches a real login keyring.
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(root))
    (tmp_path / "run").mkdir(mode=0o700)
    script = (
        'echo -n "ci-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
        f'exec "{sys.executable}" -W error -c "$SNIPPET"'
    )
    env["SNIPPET"] = SNIPPET
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env=env, cwd=root, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "SECRET-SERVICE-OK keyring.backends.SecretService" in proc.stdout
