"""Bundle-completeness check: every module of core/ and ui/ and every resource file must be in the built bundle.

Run by build_bundle.py after PyInstaller; alone: `uv run --group build packaging/bundle_check.py dist/grantscope`.
A module that the code loads in a way PyInstaller cannot see (importlib with a string, a plugin found at run
time) is silently left out of a frozen build; this check turns that into a failed build naming the module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The code packages whose every module must be frozen.
CODE_PACKAGES = ("core", "ui")
#: Modules of ui/ that the app never runs: developer commands (with the reason they are not frozen).
DEV_ONLY_MODULES = {"ui.i18n": "the translation command (runs lupdate/lrelease from a source checkout)"}
#: Files under resources/ that are not shipped data (byte-code caches).
SKIP_PARTS = ("__pycache__",)
#: Other data files the running app reads (core/version.py reads the version from it).
EXTRA_DATA = ("pyproject.toml",)
#: Where PyInstaller (>= 6) puts modules' data in a one-folder build, relative to the bundle folder.
CONTENTS_DIRS = ("_internal", ".", "Contents/Resources", "Contents/Frameworks")


@dataclass
class Report:
    missing_modules: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing_modules and not self.missing_files

    def lines(self) -> list[str]:
        out = [f"module not in the bundle: {m}" for m in self.missing_modules]
        out += [f"resource file not in the bundle: {f}" for f in self.missing_files]
        return out


def expected_modules(root: Path = ROOT) -> list[str]:
    """Dotted names of every module and package under core/ and ui/ (packages by their own name)."""
    names: set[str] = set()
    for package in CODE_PACKAGES:
        for path in (root / package).rglob("*.py"):
            rel = path.relative_to(root).with_suffix("")
            if any(part in SKIP_PARTS for part in rel.parts):
                continue
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            names.add(".".join(parts))
    return sorted(names - set(DEV_ONLY_MODULES))


def expected_files(root: Path = ROOT) -> list[str]:
    """Every file under resources/ (posix paths relative to the project), plus EXTRA_DATA."""
    files = [
        p.relative_to(root).as_posix()
        for p in (root / "resources").rglob("*")
        if p.is_file() and not any(part in SKIP_PARTS for part in p.parts)
    ]
    return sorted(files) + list(EXTRA_DATA)


def check(modules_in_bundle: Iterable[str], files_in_bundle: Iterable[str], root: Path = ROOT) -> Report:
    """What the bundle lacks, given the module names and data files (posix, relative) it holds."""
    have_modules = set(modules_in_bundle)
    have_files = set(files_in_bundle)
    return Report(
        missing_modules=[m for m in expected_modules(root) if m not in have_modules],
        missing_files=[f for f in expected_files(root) if f not in have_files],
    )


def find_executable(bundle: Path) -> Path:
    """The frozen program inside a one-folder bundle (Linux/Windows folder or a macOS .app)."""
    for candidate in (bundle / "grantscope", bundle / "grantscope.exe", bundle / "Contents" / "MacOS" / "grantscope"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no grantscope executable in {bundle}")


def bundled_modules(executable: Path) -> set[str]:
    """Module names frozen into the executable's archive (PYZ) or its PKG, read with PyInstaller's own reader."""
    from PyInstaller.archive.readers import CArchiveReader  # the build group's dependency, only needed here

    pkg = CArchiveReader(str(executable))
    names: set[str] = set()
    for name, entry in pkg.toc.items():
        typecode = entry[-1]
        names.add(name)
        if typecode == "z":  # the embedded PYZ with the pure-Python modules
            names.update(pkg.open_embedded_archive(name).toc.keys())
    return names


def bundled_files(bundle: Path) -> set[str]:
    """Data files beside the executable, relative to the folder that holds resources/."""
    for sub in CONTENTS_DIRS:
        base = (bundle / sub).resolve()
        if (base / "resources").is_dir():
            return {p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()}
    return set()


def check_bundle(bundle: Path, root: Path = ROOT) -> Report:
    return check(bundled_modules(find_executable(bundle)), bundled_files(bundle), root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/grantscope) or the .app")
    args = parser.parse_args(argv)
    try:
        report = check_bundle(args.bundle)
    except FileNotFoundError as e:
        print(f"bundle check: {e}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(f"bundle check: {line}", file=sys.stderr)
    if not report.ok:
        print(f"bundle check: FAILED ({len(report.lines())} missing)", file=sys.stderr)
        return 1
    print(f"bundle check: ok ({len(expected_modules())} modules, {len(expected_files())} data files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
