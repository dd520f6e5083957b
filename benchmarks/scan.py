"""Scan benchmark: a generated 1 GB Facebook export (20,000 media files, 1,000 apps) vs. floor and extraction.

Run: uv run python -m benchmarks.scan [--size-mb 1024] [--media 20000] [--apps 1000] [--dir DIR] [--compare CHECKOUT]

Exports are generated into --dir once and reused. Besides the in-process figures, whole processes are timed: a
fresh Python running the floor, `main.py scan --format json` of this checkout (and of --compare's), interleaved,
and the scan process is split into phases (imports, archive index, importers, scoring, document + JSON).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.builders.archive import meta_json  # noqa: E402
from tests.builders.facebook import OFF_V2, g3, many_apps  # noqa: E402

NEEDED = (
    "apps_and_websites_off_of_facebook/apps_and_websites.json",
    "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
    "apps_and_websites_off_of_facebook/posts_from_apps_and_websites.json",
    "apps_and_websites_off_of_facebook/your_apps.json",
    "ads_information/advertisers_using_your_activity_or_information.json",
    "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json",
    "profile_information/profile_information.json",
)


def generate(path: Path, size_mb: int, media: int, apps: int) -> None:
    """Real-shaped export: JSON sections deflated, media stored (already compressed formats)."""
    prefix = "facebook-benchuser/"
    files = g3()
    apps_json = meta_json({"installed_apps_v2": many_apps(apps)})
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = apps_json
    files["apps_and_websites_off_of_facebook/your_off-facebook_activity.json"] = meta_json(
        {"off_facebook_activity_v2": OFF_V2 * 500})
    per_file = max(1, size_mb * 1024 * 1024 // media)
    block = os.urandom(per_file + 4096)
    with zipfile.ZipFile(path, "w", allowZip64=True) as zf:
        for name, data in files.items():
            zf.writestr(prefix + name, data, compress_type=zipfile.ZIP_DEFLATED)
        for i in range(media):
            folder = ("posts/media", f"messages/inbox/chat_{i % 300}/photos", "photos_and_videos/album")[i % 3]
            off = i % 4096
            zf.writestr(f"{prefix}{folder}/{i:06d}.jpg", block[off:off + per_file], compress_type=zipfile.ZIP_STORED)


def floor(path: Path) -> float:
    """Open the central directory and read just the needed members with zipfile: the least any reader does."""
    t = time.perf_counter()
    with zipfile.ZipFile(path) as zf:
        names = {n.split("/", 1)[1]: n for n in zf.namelist() if "/" in n}
        for need in NEEDED:
            if need in names:
                zf.read(names[need])
    return time.perf_counter() - t


def scan_in_process(path: Path) -> tuple[float, int]:
    from core.scan import scan_paths

    t = time.perf_counter()
    inv = scan_paths([str(path)])
    return time.perf_counter() - t, len(inv.grants)


def extract_all(path: Path) -> float:
    out = Path(tempfile.mkdtemp(prefix="gs-extract-"))
    try:
        t = time.perf_counter()
        with zipfile.ZipFile(path) as zf:
            zf.extractall(out)
        return time.perf_counter() - t
    finally:
        shutil.rmtree(out, ignore_errors=True)


def peak_rss_mb(path: Path) -> float:
    """Peak RSS of a fresh interpreter that only scans (so generating the archive is not counted)."""
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from core.scan import scan_paths\n"
        "scan_paths([%r])\n"
        + HWM
    ) % (str(ROOT), str(path))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(r.stdout.strip()) / 1024


# VmHWM (peak resident set) is reset by exec, unlike ru_maxrss which inherits the parent's peak.
HWM = "print(next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')))\n"


def baseline_rss_mb() -> float:
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r})\nimport core.scan\n" + HWM
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout) / 1024


def cli_time(path: Path) -> tuple[float, bool]:
    out = Path(tempfile.mkdtemp()) / "o.json"
    t = time.perf_counter()
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "scan", str(path), "--format", "json", "-o", str(out),
                        "--quiet"], capture_output=True, text=True, env=child_env())
    dt = time.perf_counter() - t
    probe = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), "scan", str(path), "--format",
                            "json", "-o", str(out), "--quiet"], capture_output=True, text=True, env=child_env())
    return dt if r.returncode == 0 else float("nan"), "PySide6" in probe.stderr


FLOOR_PROCESS = """
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zf:
    names = {n.split("/", 1)[1]: n for n in zf.namelist() if "/" in n}
    for need in sys.argv[2:]:
        if need in names:
            zf.read(names[need])
"""

# The scan process of main.py split into its phases (same calls as core.cli.run_scan for --format json).
PHASES = """
import sys, time
t0 = time.process_time()
sys.path.insert(0, sys.argv[2])
from datetime import datetime, timezone
from core.archive import open_tree
from core.export import writers
from core.workspace import default_workspace
t1 = time.process_time()
open_tree([sys.argv[1]]).close()
t2 = time.process_time()
ws = default_workspace()
raw = ws.scan([sys.argv[1]])
t3 = time.process_time()
assessed = ws.assess(raw)
t4 = time.process_time()
doc = ws.document(assessed, generated_at=datetime.now(timezone.utc))
writers.render(doc, "json")
t5 = time.process_time()
print(t1 - t0, t2 - t1, t3 - t2 - (t2 - t1), t4 - t3, t5 - t4)
"""


def child_env() -> dict[str, str]:
    """Children keep compiled bytecode (as an installed app does) in a private cache."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "gs-bench-pycache")
    return env


def run_child(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env())
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd[:3]} failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime


def whole_processes(path: Path, rounds: int, compare: Path | None) -> None:
    """Whole processes, interleaved: the floor, this checkout's scan, and --compare's scan."""
    import statistics

    out = Path(tempfile.mkdtemp()) / "o.json"

    def scan_cmd(root: Path) -> list[str]:
        return [sys.executable, str(root / "main.py"), "scan", str(path), "--format", "json", "-o", str(out), "--quiet"]

    cmds = {"floor": [sys.executable, "-c", FLOOR_PROCESS, str(path), *NEEDED], "scan": scan_cmd(ROOT)}
    if compare is not None:
        cmds["before"] = scan_cmd(compare)
    for cmd in cmds.values():
        run_child(cmd)  # warm the page cache and the bytecode cache
    got: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(rounds):
        for k, cmd in cmds.items():
            got[k].append(run_child(cmd))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in got.items()}
    f_wall, f_cpu = med["floor"]
    print(f"whole processes (median of {rounds}, interleaved): wall s / CPU s, and ÷ the floor process")
    for k, (wall, cpu) in med.items():
        pair = statistics.median(w / fw for (w, _), (fw, _) in zip(got[k], got["floor"], strict=True))
        print(f"  {k:<7}{wall:8.3f} s {cpu:8.3f} s   = {wall / f_wall:.2f}x wall (per-round {pair:.2f}x), "
              f"{cpu / f_cpu:.2f}x CPU" + ("   (target <= 1.5x)" if k == "scan" else ""))
    phases = [[float(x) for x in subprocess.run(
        [sys.executable, "-c", PHASES, str(path), str(ROOT)], capture_output=True, text=True, check=True,
        env=child_env()).stdout.split()] for _ in range(max(3, rounds // 3))]
    names = ("imports", "archive index", "importers", "scoring", "document + JSON")
    print("scan process by phase (median CPU s): " + ", ".join(
        f"{n} {statistics.median(p[i] for p in phases):.3f}" for i, n in enumerate(names)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--media", type=int, default=20_000)
    ap.add_argument("--apps", type=int, default=1_000)
    ap.add_argument("--dir", default=str(ROOT / "bench-out"), help="where exports are generated once and kept")
    ap.add_argument("--rounds", type=int, default=15, help="interleaved rounds per measurement")
    ap.add_argument("--compare", metavar="CHECKOUT", type=Path,
                    help="also time another checkout's main.py (e.g. the base commit) in the same rounds")
    ap.add_argument("--no-extract", action="store_true", help="skip the naive extract-everything comparison")
    ap.add_argument("--processes-only", action="store_true", help="only the whole-process figures")
    args = ap.parse_args()
    d = Path(args.dir)
    d.mkdir(exist_ok=True)
    big = d / f"fb-{args.size_mb}mb-{args.media}-{args.apps}.zip"
    small = d / f"fb-{args.size_mb // 8}mb-{args.media // 8}-{args.apps}.zip"
    for p, mb, media in ((big, args.size_mb, args.media), (small, args.size_mb // 8, args.media // 8)):
        if not p.exists():
            t = time.perf_counter()
            generate(p, mb, media, args.apps)
            print(f"generated {p.name}: {p.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - t:.1f} s")
    print(f"archive: {big.stat().st_size / 1e9:.2f} GB, {args.media} media files, {args.apps} connected apps")
    if args.processes_only:
        whole_processes(big, args.rounds, args.compare)
        return
    scan_paths_warm = scan_in_process(big)  # warm the page cache and imports
    grants = scan_paths_warm[1]
    # Interleave the runs so machine noise hits both alike; report medians.
    floors, scans, floors_nogc = [], [], []
    import gc
    import statistics

    rounds = args.rounds
    for _ in range(rounds):
        floors.append(floor(big))
        scans.append(scan_in_process(big)[0])
        gc.disable()
        floors_nogc.append(floor(big))
        gc.enable()
    t_floor, t_scan = statistics.median(floors), statistics.median(scans)
    t_floor_nogc = statistics.median(floors_nogc)
    # Per-round ratios (each scan against the floor measured right beside it) cancel slow drift of the VM.
    pair_ratio = statistics.median(s_ / f_ for s_, f_ in zip(scans, floors, strict=True))
    pair_ratio_nogc = statistics.median(s_ / f_ for s_, f_ in zip(scans, floors_nogc, strict=True))
    t_extract = float("nan") if args.no_extract else extract_all(big)
    print(f"grants found:          {grants}")
    print(f"floor (zipfile, needed members only): {t_floor * 1000:8.1f} ms   (median of {rounds}, interleaved)")
    print(f"floor with the garbage collector off: {t_floor_nogc * 1000:8.1f} ms   -> scan = "
          f"{t_scan / t_floor_nogc:.2f}x this stricter floor (per-round median {pair_ratio_nogc:.2f}x)")
    print(f"scan (in-process):                    {t_scan * 1000:8.1f} ms   = {t_scan / t_floor:.2f}x floor "
          f"(per-round median {pair_ratio:.2f}x; target <= 1.5x)")
    if not args.no_extract:
        print(f"naive (extract everything):           {t_extract * 1000:8.1f} ms   -> scan is "
              f"{t_extract / t_scan:.0f}x faster (target >= 20x)")
    base = baseline_rss_mb()
    rss_big, rss_small = peak_rss_mb(big), peak_rss_mb(small)
    print(f"peak RSS scanning {big.stat().st_size / 1e6:.0f} MB: {rss_big:.0f} MB; scanning "
          f"{small.stat().st_size / 1e6:.0f} MB: {rss_small:.0f} MB; bare interpreter: {base:.0f} MB "
          "(interpreter + core imported, no scan) (target <= 150 MB, flat in archive size)")
    t_cli, qt = cli_time(big)
    print(f"whole `main.py scan` process: {t_cli * 1000:.0f} ms; Qt imported: {'yes' if qt else 'no'}")
    whole_processes(big, args.rounds, args.compare)


if __name__ == "__main__":
    main()
