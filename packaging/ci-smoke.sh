#!/usr/bin/env bash
# Builds the Linux bundle, the .tar.gz and the .deb, installs the .deb, and smoke-tests the INSTALLED app:
# --version, the window under Xvfb (--demo --smoke-test), `scan --format pdf|html` on a generated fixture, and
# the keychain: the real Secret Service (gnome-keyring under a private dbus-run-session) must be chosen, and
# memory only without one. Prints build time, bundle size and the time of each step. Run by .ci/run as root
# (apt-get installs the .deb); needs xvfb, gnome-keyring, dbus, dpkg-deb (see .ci/run's apt list).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
step_start=$SECONDS
say() { echo "ci-smoke: $* [$((SECONDS - step_start)) s]"; step_start=$SECONDS; }
fail() { echo "ci-smoke: FAILED: $*" >&2; exit 1; }

version=$(uv run --no-sync python -c "from core.version import app_version; print(app_version())")
rm -rf dist build
uv run --group build packaging/build_bundle.py
say "built Grantscope $version"
deb=$(ls dist/grantscope_"$version"_*.deb)
tarball=$(ls dist/grantscope-"$version"-linux-*.tar.gz)
echo "ci-smoke: bundle size $(du -sh dist/grantscope | cut -f1), .deb $(du -h "$deb" | cut -f1), .tar.gz $(du -h "$tarball" | cut -f1)"

# Install (apt resolves the system libraries the .deb depends on); a copy from an earlier run goes first,
# so the package under test is the one just built.
$SUDO dpkg --purge grantscope >/dev/null 2>&1 || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
[ -x /opt/grantscope/grantscope ] || fail "/opt/grantscope/grantscope is not installed"
[ "$(readlink -f /usr/bin/grantscope)" = /opt/grantscope/grantscope ] || fail "/usr/bin/grantscope is not a launcher"
[ -f /usr/share/applications/org.grantscope.Grantscope.desktop ] || fail "desktop file not installed"
[ -f /usr/share/icons/hicolor/256x256/apps/org.grantscope.Grantscope.png ] || fail "icon not installed"
[ -f /usr/share/metainfo/org.grantscope.Grantscope.metainfo.xml ] || fail "metainfo not installed"
say "installed $deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Started from a folder without the source tree, with no Python environment in reach.
cd "$work"
unset PYTHONPATH VIRTUAL_ENV QT_QPA_PLATFORM

out=$(grantscope --version)
[ "$out" = "Grantscope $version" ] || fail "--version printed '$out', expected 'Grantscope $version'"
say "installed --version: $out"

# The window, for real, under Xvfb: demo data shown, no ERROR logged, a non-trivial screenshot.
if ! xvfb-run -a -s "-screen 0 1400x900x24" grantscope --demo --smoke-test --screenshot "$work/shot.png" \
    --data-dir "$work/state" --no-err-windows >"$work/gui.out" 2>&1; then
  cat "$work/gui.out" "$work"/state/log/*.log 2>/dev/null || true
  fail "the installed app's smoke test failed"
fi
grep -q "smoke test finished (errors logged: 0)" "$work"/state/log/grantscope.log || fail "no smoke-test line in the log"
[ "$(stat -c %s "$work/shot.png")" -gt 10000 ] || fail "the screenshot is (nearly) empty"
say "installed app: --demo --smoke-test under Xvfb passed"

# Headless scan of a generated fixture (the project's own builder; no personal data) to PDF and HTML.
(cd "$REPO" && uv run --no-sync python -c "
import sys
from tests.builders.archive import with_prefix, write_zip
from tests.builders.facebook import g3
write_zip(with_prefix(g3(), 'facebook-ci'), sys.argv[1])" "$work/facebook-ci.zip")
xvfb-run -a grantscope scan "$work/facebook-ci.zip" --format pdf -o "$work/summary.pdf" --quiet \
  || fail "scan --format pdf failed"
[ "$(head -c 5 "$work/summary.pdf")" = "%PDF-" ] || fail "summary.pdf is not a PDF"
[ "$(stat -c %s "$work/summary.pdf")" -gt 5000 ] || fail "summary.pdf is too small"
grantscope scan "$work/facebook-ci.zip" --format html -o "$work/summary.html" --quiet || fail "scan --format html failed"
grep -q "<html" "$work/summary.html" || fail "summary.html is not HTML"
grep -q "Netflix" "$work/summary.html" || fail "summary.html lists no app"
say "installed app: scan --format pdf ($(stat -c %s "$work/summary.pdf") bytes) and --format html passed"

# The keychain: a real Secret Service is found inside the bundle's keyring backends ...
mkdir -p "$work/home/run" && chmod 700 "$work/home/run"
keychain=$(env -u DBUS_SESSION_BUS_ADDRESS -u PYTHON_KEYRING_BACKEND HOME="$work/home" \
  XDG_RUNTIME_DIR="$work/home/run" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
  dbus-run-session -- sh -c 'echo -n ci-only | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
  grantscope keychain') || fail "no usable keychain with gnome-keyring running: $keychain"
case "$keychain" in
  *keyring.backends.SecretService.Keyring*) ;;
  *) fail "expected the Secret Service backend, got: $keychain" ;;
esac
# ... and without one the app says so (memory only) instead of picking a backend that is not there.
if nokeychain=$(env -u DBUS_SESSION_BUS_ADDRESS -u PYTHON_KEYRING_BACKEND HOME="$work/home" \
    XDG_RUNTIME_DIR="$work/home/run" grantscope keychain); then
  fail "a keychain was reported without any Secret Service: $nokeychain"
fi
say "installed app: $keychain; without a Secret Service: $nokeychain"

# The .tar.gz runs too (unpacked anywhere, started by path).
tar -C "$work" -xzf "$REPO/$tarball"
out=$("$work"/grantscope-"$version"-linux-*/grantscope --version)
[ "$out" = "Grantscope $version" ] || fail "the .tar.gz's --version printed '$out'"
say "the .tar.gz's binary runs"
# The bundle check is real: a build that leaves out one module of ui/ on purpose must fail and name it.
if (cd "$REPO" && GRANTSCOPE_EXCLUDE_MODULES=ui.dialogs.about uv run --group build packaging/build_bundle.py \
    --no-deb --no-tar --dist "$work/neg-dist" --work "$work/neg-build") >"$work/neg.log" 2>&1; then
  fail "a bundle without ui.dialogs.about passed the completeness check"
fi
grep -q "module not in the bundle: ui.dialogs.about" "$work/neg.log" || { cat "$work/neg.log"; fail "the check did not name the module"; }
say "a build leaving out ui.dialogs.about fails the bundle check, as it must"
echo "ci-smoke: all packaging checks passed"
