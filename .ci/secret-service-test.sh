#!/usr/bin/env bash
# Runs the TokenStore test against the real Linux Secret Service (gnome-keyring inside a private
# dbus-run-session that the test starts itself). Needs the Debian packages: gnome-keyring dbus
# (dbus-run-session ships in dbus / dbus-bin). Installs them when running as root and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends gnome-keyring dbus >/dev/null
  else
    echo "secret-service-test: install the Debian packages gnome-keyring and dbus" >&2
    exit 1
  fi
fi

# -rs shows a skip reason; a skip here means the environment is wrong, so treat it as a failure.
out=$(uv run pytest -q -rs -m secretservice tests/core/test_secrets_secretservice.py 2>&1) || { echo "$out"; exit 1; }
echo "$out"
if grep -q "skipped" <<<"$out"; then
  echo "secret-service-test: the Secret Service test was skipped" >&2
  exit 1
fi
