"""Issue 12's hostile corpus through the real CLI: each case exits cleanly, fast, in bounded memory, and writes
nothing but its -o file. Inputs are generated once per session; cases run two at a time in subprocesses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.builders.hostile_corpus import Case, cases

ROOT = Path(__file__).resolve().parents[2]
MEM_MB = 400
SECONDS = 10.0
CASES = cases()


@dataclass
class Run:
    case: Case
    folder: Path
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    cpu_seconds: float
    peak_mb: int
    before: set[str]
    after: set[str]
    scratch_left: list[str]


def _listing(folder: Path) -> set[str]:
    out = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for n in dirnames + filenames:
            out.add(os.path.relpath(os.path.join(dirpath, n), folder))
    return out


# A tiny launcher forks the scan under the address-space limit and reports the scan's own CPU time and peak RSS
# (read from wait4 in the launcher: measured from the test process, a fork or vfork would count its pages).
_LAUNCH = """
import json, os, resource, sys
n = int(sys.argv[1]) * 1024 * 1024
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (n, n))
    os.execv(sys.executable, [sys.executable, *sys.argv[3:]])
_, status, ru = os.wait4(pid, 0)
with open(sys.argv[2], "w") as f:
    json.dump([ru.ru_utime + ru.ru_stime, ru.ru_maxrss], f)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def run_case(case: Case, folder: Path, args: list[str]) -> Run:
    scratch = folder / "scratch"  # cwd, HOME and TMPDIR of the run: must stay empty
    for d in ("cwd", "home", "tmp"):
        (scratch / d).mkdir(parents=True, exist_ok=True)
    before = _listing(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(scratch / "home"), "TMPDIR": str(scratch / "tmp"),
           "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(scratch / "home"),
           "XDG_CACHE_HOME": str(scratch / "home"), "XDG_DATA_HOME": str(scratch / "home")}
    usage_file = folder.parent / f"{case.name}.usage.json"  # outside the case folder
    cmd = [sys.executable, "-c", _LAUNCH, str(MEM_MB), str(usage_file), str(ROOT / "main.py"), "scan", *args]
    if case.output == "out.json" and "-o" not in args and "--redact" not in args:
        cmd += ["--format", "json", "-o", str(folder / "out.json")]
    elif case.output == "out.json" and "-o" not in args:
        cmd += ["-o", str(folder / "out.json")]
    stdout_path = folder.parent / f"{case.name}.stdout"  # outside the case folder: not "written" by the scan
    stdout = open(case.stdout_to or stdout_path, "wb")  # noqa: SIM115 - closed below
    start = time.monotonic()
    try:
        p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env, cwd=scratch / "cwd",
                             start_new_session=True)
        # A hang fails the case instead of the session: the launcher and the scan go together.
        killer = threading.Timer(60, lambda: os.killpg(p.pid, signal.SIGKILL))
        killer.start()
        assert p.stderr is not None
        err = p.stderr.read()
        p.stderr.close()
        p.wait()
        killer.cancel()
    finally:
        stdout.close()
    seconds = time.monotonic() - start
    out = "" if case.stdout_to else stdout_path.read_text("utf-8", "replace")
    left = sorted(str(p_.relative_to(scratch)) for p_ in scratch.rglob("*") if p_.is_file())
    cpu, peak_kb = json.loads(usage_file.read_text()) if usage_file.exists() else (float("inf"), 0)
    return Run(case, folder, args, p.returncode, out, err.decode("utf-8", "replace"), seconds,
               cpu, peak_kb // 1024, before, _listing(folder), left)


@pytest.fixture(scope="session")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("hostile-corpus")

    def job(case: Case) -> Run:  # build, then scan: two at a time (builders mostly run in zlib, off the GIL)
        folder = base / case.name
        folder.mkdir()
        return run_case(case, folder, case.build(folder))

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(job, CASES))
    for folder in (base / c.name for c in CASES):  # undo the chmods so pytest can clean up
        for p in folder.rglob("*"):
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
    return {r.case.name: r for r in runs}


def test_the_corpus_covers_issue_12_items_1_to_16_with_40_cases() -> None:
    covered = {i for c in CASES for i in c.items}
    assert set(range(1, 17)) <= covered, sorted(set(range(1, 17)) - covered)
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_hostile_case(corpus_runs: dict[str, Run], name: str) -> None:
    r = corpus_runs[name]
    err = r.stderr
    assert "Traceback" not in err and "Fatal Python error" not in err, err[-2000:]
    assert r.returncode in r.case.exits, f"exit {r.returncode}, expected {sorted(r.case.exits)}: {err[-800:]}"
    # CPU seconds of the scan itself (the machine running the suite is shared); wall time only catches hangs.
    budget = r.case.cpu_seconds or SECONDS
    assert r.cpu_seconds <= budget, f"used {r.cpu_seconds:.1f} s of CPU (budget {budget:.0f} s)"
    assert r.seconds <= 3 * SECONDS, f"took {r.seconds:.1f} s"
    assert r.peak_mb <= MEM_MB, f"peak memory {r.peak_mb} MB"
    sentences = [ln for ln in err.splitlines()  # usage text (exit 2) is argparse's, before its one error line
                 if ln and not ln.startswith(("warning:", "wrote ", "usage:", " "))]
    assert len(sentences) <= 1, sentences
    assert "out of memory" not in err
    allowed = {r.case.output} if r.case.output else set()
    new = {p for p in r.after - r.before if not p.startswith("scratch")}
    assert new <= allowed, f"written outside -o: {sorted(new - allowed)}"
    assert r.scratch_left == [], f"left in cwd/HOME/TMPDIR: {r.scratch_left}"
    for check in r.case.checks:
        problem = check(r.folder, r)
        assert not problem, problem
