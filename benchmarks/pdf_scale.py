"""PDF scale benchmark: whole `main.py scan --format pdf` processes on generated exports with many grants.

Each case prints wall time and peak RSS of the PDF process beside a JSON scan of the same archive measured in the
same run (the baseline: the same pipeline without the report), the PDF's page count, and with --compare the same
figures for another checkout's main.py (e.g. the base commit). Archives are generated with benchmarks.scale's
generator into a temp dir (deleted afterwards unless --keep; existing archives there are reused).

Run: uv run python -m benchmarks.pdf_scale [--grants 5000,50000] [--runs 1] [--keep DIR] [--compare CHECKOUT]
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
from pathlib import Path

from pypdf import PdfReader

from benchmarks import scale
from benchmarks.scale import ROOT, _ints, child_env, measure


def run_case(path: Path, runs: int, work: Path, compare: Path | None) -> dict[str, float]:
    def scan_cmd(root: Path, fmt: str, out: Path) -> list[str]:
        return [sys.executable, str(root / "main.py"), "scan", str(path), "--format", fmt, "-o", str(out), "--quiet"]

    outs = {"json": work / "out.json", "pdf": work / "out.pdf", "before": work / "out-before.pdf"}
    cmds = {"json": scan_cmd(ROOT, "json", outs["json"]), "pdf": scan_cmd(ROOT, "pdf", outs["pdf"])}
    if compare is not None:
        cmds["before"] = scan_cmd(compare, "pdf", outs["before"])
    got: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(runs):  # interleaved so machine noise hits all alike
        for k, cmd in cmds.items():
            got[k].append(measure(cmd))
    res: dict[str, float] = {}
    for k, xs in got.items():
        res[f"{k}_s"] = statistics.median(x[0] for x in xs)
        res[f"{k}_mb"] = max(x[1] for x in xs)
        if k != "json":
            res[f"{k}_pages"] = len(PdfReader(str(outs[k])).pages)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--grants", type=_ints, default=[5_000, 50_000], help="grant counts (comma-separated)")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR (reusing fb-<N>g-0m.zip there) and keep")
    ap.add_argument("--compare", metavar="CHECKOUT", type=Path,
                    help="also time another checkout's main.py (e.g. the base commit) in the same runs")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gs-pdf-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    scale.ENV = child_env(work)
    print(f"machine: {os.cpu_count()} CPUs; runs per case: {args.runs} (median time, max peak RSS)")
    before = f"{'before s':>10}{'before MiB':>12}{'pages':>7}" if args.compare else ""
    print(f"{'case':<16}{'json s':>8}{'json MiB':>10}{'pdf s':>8}{'pdf MiB':>9}{'pages':>7}{'s/page ms':>11}{before}")
    try:
        for grants in args.grants:
            path = work / f"fb-{grants}g-0m.zip"
            if not path.exists():  # in a child: this process stays small, so children's peak RSS is their own
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "benchmarks.scale", "--generate", str(path), str(grants), "0"],
                               cwd=ROOT, check=True)
                print(f"generated {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
            r = run_case(path, args.runs, work, args.compare)
            before = (f"{r['before_s']:>10.2f}{r['before_mb']:>12.0f}{r['before_pages']:>7.0f}"
                      if args.compare else "")
            print(f"{f'{grants:,} grants':<16}{r['json_s']:>8.2f}{r['json_mb']:>10.0f}{r['pdf_s']:>8.2f}"
                  f"{r['pdf_mb']:>9.0f}{r['pdf_pages']:>7.0f}{r['pdf_s'] / r['pdf_pages'] * 1e3:>11.2f}{before}",
                  flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
