"""Scale benchmark: whole `main.py scan --format json` processes on generated exports with many grants / many members.

Each case prints wall time and peak RSS of the scan process beside a floor process measured in the same run (a
fresh Python that opens the zip's central directory with zipfile and reads the JSON an importer needs), and the
ratio of the two. Exports are generated into a temp dir (deleted afterwards unless --keep).

Run: uv run python -m benchmarks.scale [--grants 1000,10000,100000] [--members 20000,200000,500000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.builders.archive import meta_json  # noqa: E402
from tests.builders.facebook import g3, many_apps  # noqa: E402

PREFIX = "facebook-benchuser/"
APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"

# The floor: what any reader of this archive must do at least — list the central directory, read the needed JSON.
FLOOR = """
import sys, zipfile
need = set(sys.argv[2:])
with zipfile.ZipFile(sys.argv[1]) as zf:
    for n in zf.namelist():
        if n.split("/", 1)[-1] in need:
            zf.read(n)
"""


def generate(path: Path, grants: int, members: int) -> None:
    """A g3-shaped Facebook export with `grants` connected apps and `members` small extra files."""
    files = g3()
    files[APPS] = meta_json({"installed_apps_v2": many_apps(grants)})
    with zipfile.ZipFile(path, "w", allowZip64=True) as zf:
        for name, data in files.items():
            zf.writestr(PREFIX + name, data, compress_type=zipfile.ZIP_DEFLATED)
        # Small members (stored, like media thumbnails): what makes the central directory big.
        blob = b"x" * 64
        for i in range(max(0, members - len(files))):
            folder = ("posts/media", f"messages/inbox/chat_{i % 300}/photos", "photos_and_videos/album")[i % 3]
            zf.writestr(f"{PREFIX}{folder}/{i:07d}.jpg", blob, compress_type=zipfile.ZIP_STORED)


def child_env(work: Path) -> dict[str, str]:
    """Children compile each module once into a private cache, as an installed app would (some shells set
    PYTHONDONTWRITEBYTECODE, which makes every process compile the whole app again: ~0.5 s here)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


ENV: dict[str, str] | None = None


def measure(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process (rusage of that child alone, via wait4).

    A child's ru_maxrss starts from its parent's peak (it survives fork and exec), so this process never grows
    big itself: archives are generated in another child."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {err[-2000:]}")
    return dt, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def run_case(path: Path, runs: int, out: Path, compare: Path | None) -> dict[str, float]:
    floor_cmd = [sys.executable, "-c", FLOOR, str(path), APPS, *(n for n in g3() if n.endswith(".json"))]

    def scan_cmd(root: Path) -> list[str]:
        return [sys.executable, str(root / "main.py"), "scan", str(path), "--format", "json", "-o", str(out), "--quiet"]

    cmds = {"floor": floor_cmd, "scan": scan_cmd(ROOT)}
    if compare is not None:
        cmds["before"] = scan_cmd(compare)
    for cmd in cmds.values():
        measure(cmd)  # warm the page cache and the bytecode cache
    got: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(runs):  # interleaved so machine noise hits all alike
        for k, cmd in cmds.items():
            got[k].append(measure(cmd))
    res = {}
    for k, xs in got.items():
        res[f"{k}_s"] = statistics.median(x[0] for x in xs)
        res[f"{k}_mb"] = max(x[1] for x in xs)
    return res


def _ints(s: str) -> list[int]:
    return [int(x) for x in s.split(",") if x.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grants", type=_ints, default=[1_000, 10_000, 100_000], help="grant counts (comma-separated)")
    ap.add_argument("--members", type=_ints, default=[20_000, 200_000, 500_000],
                    help="member counts for the many-files cases (comma-separated; 0 for none)")
    ap.add_argument("--grants-with-members", type=int, default=100, help="grants in the many-files cases")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep the archives")
    ap.add_argument("--compare", metavar="CHECKOUT", type=Path,
                    help="also time another checkout's main.py (e.g. the main branch) in the same runs")
    ap.add_argument("--generate", nargs=3, metavar=("PATH", "GRANTS", "MEMBERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.generate:
        generate(Path(args.generate[0]), int(args.generate[1]), int(args.generate[2]))
        return
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gs-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    global ENV
    ENV = child_env(work)
    cases = [(f"{g:,} grants", g, 0) for g in args.grants]
    cases += [(f"{m:,} members", args.grants_with_members, m) for m in args.members if m]
    print(f"machine: {os.cpu_count()} CPUs; runs per case: {args.runs} (median time, max peak RSS)")
    before = f"{'before s':>10}{'ratio':>8}{'before MiB':>12}" if args.compare else ""
    print(f"{'case':<18}{'floor s':>9}{'scan s':>9}{'ratio':>8}{'floor MiB':>11}{'scan MiB':>10}{'ratio':>8}"
          f"{before}{'MB zip':>8}{'gen s':>7}")
    rows = []
    try:
        for label, grants, members in cases:
            path = work / f"fb-{grants}g-{members}m.zip"
            t = time.perf_counter()
            if not path.exists():  # in a child: this process stays small, so children's peak RSS is their own
                subprocess.run([sys.executable, "-m", "benchmarks.scale", "--generate", str(path), str(grants),
                                str(members)], cwd=ROOT, check=True)
            gen = time.perf_counter() - t
            r = run_case(path, args.runs, work / "out.json", args.compare)
            rows.append((label, r))
            before = (f"{r['before_s']:>10.3f}{r['before_s'] / r['floor_s']:>7.1f}x{r['before_mb']:>12.0f}"
                      if args.compare else "")
            print(f"{label:<18}{r['floor_s']:>9.3f}{r['scan_s']:>9.3f}{r['scan_s'] / r['floor_s']:>7.1f}x"
                  f"{r['floor_mb']:>11.0f}{r['scan_mb']:>10.0f}{r['scan_mb'] / r['floor_mb']:>7.1f}x"
                  f"{before}{path.stat().st_size / 1e6:>8.1f}{gen:>7.1f}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    grant_rows = [(lab, r) for lab, r in rows if lab.endswith("grants")]
    if len(grant_rows) > 1:  # linear growth: time per grant should stay flat across sizes
        per = ", ".join(f"{lab}: {r['scan_s'] / int(lab.split()[0].replace(',', '')) * 1e6:.1f} µs"
                        for lab, r in grant_rows)
        print(f"scan time per grant — {per}")


if __name__ == "__main__":
    main()
