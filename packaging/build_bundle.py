"""Builds the Grantscope bundle: icons, PyInstaller one-folder build, completeness check, then (Linux) .tar.gz and .deb.

    uv run --group build packaging/build_bundle.py            # dist/grantscope/ (+ .tar.gz and .deb on Linux)
    uv run --group build packaging/build_bundle.py --no-deb   # skip the .deb (e.g. without dpkg-deb)

Run by path, not as a package: the folder is named `packaging` like the PyPI library PyInstaller imports,
and has no __init__.py so it never shadows it. Fails (exit 1) when the bundle lacks a module of core/ or
ui/ or a resource file. Prints the build time and the bundle size.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]  # this folder's scripts and the app's core/ (plain imports below)

from bundle_check import check_bundle  # noqa: E402
from icons import PNG_SIZES, make_icons  # noqa: E402

from core.version import parse_version  # noqa: E402

APP_ID = "org.grantscope.Grantscope"
LINUX = HERE / "linux"
#: Debian packages the bundled Qt (xcb platform plugin) needs from the system; everything else is inside.
DEB_DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0 | libglib2.0-0t64, libdbus-1-3, "
               "libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
               "libxcb-image0, libxcb-render-util0, libxcb-xinerama0, libxcb-randr0, libxcb-shape0, "
               "libxcb-xkb1, libxcb-xfixes0, libxcb-sync1, libxcb-shm0, libxcb-render0")
DEB_RECOMMENDS = "gnome-keyring | kwalletmanager | keepassxc, xdg-utils"


def version() -> str:
    found = parse_version((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if not found:
        raise SystemExit("build: pyproject.toml has no [project] version")
    return found


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def metainfo_with_release(ver: str, date: str) -> str:
    """The AppStream file with <releases> filled from pyproject's version (the source file has none)."""
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    release = f'  <releases>\n    <release version="{ver}" date="{date}"/>\n  </releases>\n</component>'
    return text.replace("</component>", release)


def run_pyinstaller(dist: Path, work: Path, icons: Path) -> None:
    env = dict(os.environ, GRANTSCOPE_ICONS_DIR=str(icons), GRANTSCOPE_VERSION=version())
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(HERE / "grantscope.spec")]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def linux_arch() -> str:
    return {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}.get(
        platform.machine().lower(), platform.machine().lower())


def make_tarball(bundle: Path, dist: Path, ver: str, icons: Path) -> Path:
    """grantscope-<version>-linux-<arch>.tar.gz: the bundle folder plus the desktop file, metainfo and icons."""
    name = f"grantscope-{ver}-linux-{linux_arch()}"
    stage = dist / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage, symlinks=True)
    extras = stage / "share"
    extras.mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.desktop", extras)
    shutil.copy2(icons / "grantscope-256.png", extras / f"{APP_ID}.png")
    out = dist / f"{name}.tar.gz"
    subprocess.run(["tar", "-C", str(dist), "-czf", str(out), name], check=True)
    shutil.rmtree(stage)
    return out


def make_deb(bundle: Path, dist: Path, work: Path, ver: str, icons: Path) -> Path:
    """grantscope_<version>_<arch>.deb: /opt/grantscope, /usr/bin/grantscope, desktop file, metainfo, icons."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "grantscope", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "grantscope").symlink_to("/opt/grantscope/grantscope")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", apps)
    meta = root / "usr" / "share" / "metainfo"
    meta.mkdir(parents=True)
    (meta / f"{APP_ID}.metainfo.xml").write_text(metainfo_with_release(ver, time.strftime("%Y-%m-%d")),
                                                 encoding="utf-8")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        d = hicolor / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copy2(icons / f"grantscope-{size}.png", d / f"{APP_ID}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(icons / "grantscope.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    control = root / "DEBIAN"
    control.mkdir()
    installed_kib = folder_size(root) // 1024
    (control / "control").write_text(
        f"Package: grantscope\nVersion: {ver}\nArchitecture: {arch}\nSection: utils\nPriority: optional\n"
        f"Maintainer: The Grantscope project <maintainers@grantscope.invalid>\nInstalled-Size: {installed_kib}\n"
        f"Depends: {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\n"
        "Description: see which apps and websites can reach your accounts' data\n"
        " Grantscope reads the data archives you download from Facebook, Instagram, X and\n"
        " others, offline, and lists every app that was given access to your accounts.\n",
        encoding="utf-8")
    out = dist / f"grantscope_{ver}_{arch}.deb"
    # gzip at level 6: xz would save a little size for minutes of CI time on 2 cores.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Grantscope bundle (see docs/packaging.md).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default build/)")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument("--no-tar", action="store_true", help="Linux: skip the .tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    ver = version()
    started = time.monotonic()
    icons = work / "icons"
    make_icons(icons)
    run_pyinstaller(dist, work / "pyinstaller", icons)
    built = time.monotonic()
    bundle = dist / "Grantscope.app" if sys.platform == "darwin" else dist / "grantscope"
    report = check_bundle(bundle)
    for line in report.lines():
        print(f"bundle check: {line}", file=sys.stderr)
    if not report.ok:
        print(f"build: FAILED: the bundle is incomplete ({len(report.lines())} missing)", file=sys.stderr)
        return 1
    print(f"build: bundle check ok; Grantscope {ver} in {bundle}")
    print(f"build: PyInstaller build time {built - started:.0f} s; bundle size {mib(folder_size(bundle))}")
    if sys.platform.startswith("linux"):
        if not args.no_tar:
            tarball = make_tarball(bundle, dist, ver, icons)
            print(f"build: {tarball} ({mib(tarball.stat().st_size)})")
        if not args.no_deb:
            deb = make_deb(bundle, dist, work, ver, icons)
            print(f"build: {deb} ({mib(deb.stat().st_size)})")
    print(f"build: total {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
