"""`main.py scan` as a user runs it: formats, exit codes, one-line errors, hostile inputs, no network, no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import hostile
from tests.builders.archive import with_prefix, write_zip
from tests.builders.facebook import BIG_ID, g3

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: float = 60, mem_mb: int = 1024) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # bounded memory: the scan must fit in mem_mb of address space
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mem_mb * 1024 * 1024, mem_mb * 1024 * 1024))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=timeout,
        env=env, cwd=ROOT, preexec_fn=limit,
    )


def test_scan_json_to_file(tmp_path: Path) -> None:
    z = write_zip(with_prefix(g3(), "facebook-robin"), tmp_path / "fb.zip")
    out = tmp_path / "out.json"
    r = run_cli("scan", str(z), "--format", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text("utf-8"))
    assert doc["schema"] == "grantscope.summary/1"
    assert doc["sources"][0]["platform"] == "facebook"
    g = next(g for g in doc["grants"] if g["app"] == "Slideshow Maker")
    assert g["app_id"] == str(BIG_ID) and isinstance(g["app_id"], str)
    assert {"platform", "app", "app_id", "status", "granted_at", "removed_at", "last_used_at", "permissions",
            "findings"} <= set(g)
    assert str(BIG_ID) in out.read_text()  # never written as a float


def test_scan_markdown_on_terminal_is_default(tmp_path: Path) -> None:
    z = write_zip(g3(), tmp_path / "fb.zip")
    r = run_cli("scan", str(z))
    assert r.returncode == 0
    assert r.stdout.startswith("# Grantscope summary")
    assert "Slideshow Maker" in r.stdout
    # Readable on a terminal: ordinary punctuation is not backslash-escaped.
    assert "What Pokémon are you?" in r.stdout and "Step Counter Pro" in r.stdout
    assert "Friends-era" in r.stdout


def test_format_inferred_from_output_suffix(tmp_path: Path) -> None:
    z = write_zip(g3(), tmp_path / "fb.zip")
    r = run_cli("scan", str(z), "-o", str(tmp_path / "s.md"))
    assert r.returncode == 0 and (tmp_path / "s.md").read_text().startswith("# Grantscope summary")


@pytest.mark.parametrize(
    ("maker", "words"),
    [
        (hostile.truncated_zip, "incomplete or damaged"),
        (hostile.random_bytes, "not a zip"),
        (hostile.empty_zip, "no data from a supported platform"),
        (hostile.encrypted_zip, "password-protected"),
    ],
)
def test_unreadable_inputs_exit_3_with_one_line(tmp_path: Path, maker, words: str) -> None:
    bad = maker(tmp_path / "bad.zip")
    r = run_cli("scan", str(bad), "--format", "json", "-o", str(tmp_path / "o.json"))
    assert r.returncode == 3
    assert words in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize(
    ("maker", "warning"),
    [
        (hostile.declared_bomb, "safety limit"),
        (hostile.ratio_bomb, "zip bomb"),
        (hostile.deep_json_zip, "nested too deeply"),
        (hostile.traversal_zip, "unsafe names"),
        (hostile.wrong_types_zip, "without a usable name"),
    ],
)
def test_hostile_archives_give_partial_results_with_warnings(tmp_path: Path, maker, warning: str) -> None:
    bad = maker(tmp_path / "bad.zip")
    listing = sorted(os.listdir(tmp_path))
    r = run_cli("scan", str(bad), "--format", "json", "-o", str(tmp_path / "o.json"), timeout=60, mem_mb=768)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    doc = json.loads((tmp_path / "o.json").read_text())
    assert any(warning in w for w in doc["sources"][0]["warnings"])
    assert doc["advertisers"]  # the rest of the export is still there
    assert sorted(os.listdir(tmp_path)) == sorted([*listing, "o.json"])  # nothing written but the output


def test_symlink_loop_folder(tmp_path: Path) -> None:
    root = hostile.symlink_loop_folder(tmp_path / "export", tmp_path / "secret.json")
    r = run_cli("scan", str(root), "--format", "json", "-o", str(tmp_path / "o.json"), timeout=30)
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "o.json").read_text())
    assert "Outside Secret" not in {g["app"] for g in doc["grants"]}


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("scan").returncode == 2
    r = run_cli("scan", "x.zip", "--format", "docx")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert run_cli("scan", "x.zip", "--stale-days", "-5").returncode == 2


def test_missing_path_exit_3(tmp_path: Path) -> None:
    r = run_cli("scan", str(tmp_path / "nope.zip"))
    assert r.returncode == 3 and "no such file" in r.stderr


def test_good_and_bad_inputs_together_keep_the_good(tmp_path: Path) -> None:
    good = write_zip(g3(), tmp_path / "fb.zip")
    bad = hostile.random_bytes(tmp_path / "junk.bin")
    r = run_cli("scan", str(good), str(bad), "--format", "json", "-o", str(tmp_path / "o.json"))
    assert r.returncode == 0
    doc = json.loads((tmp_path / "o.json").read_text())
    unknown = [s for s in doc["sources"] if s["platform"] == "unknown"]
    assert unknown and "not a zip" in unknown[0]["warnings"][0]


def test_scan_makes_no_network_request_and_imports_no_qt(tmp_path: Path) -> None:
    z = write_zip(g3(), tmp_path / "fb.zip")
    probe = f"""
import sys
events = []
sys.addaudithook(lambda e, a: events.append(e) if e.startswith("socket.") else None)
sys.argv = ["main.py", "scan", {str(z)!r}, "--format", "json", "-o", {str(tmp_path / "o.json")!r}]
sys.path.insert(0, {str(ROOT)!r})
import runpy
try:
    runpy.run_path({str(ROOT / "main.py")!r}, run_name="__main__")
except SystemExit as e:
    code = e.code
print("EXIT", code)
print("SOCKET_EVENTS", len(events))
print("QT", any(m.startswith("PySide6") for m in sys.modules))
"""
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "EXIT 0" in r.stdout, r.stderr
    assert "SOCKET_EVENTS 0" in r.stdout
    assert "QT False" in r.stdout


def test_redacted_scan_with_month_dates(tmp_path: Path) -> None:
    z = write_zip(with_prefix(g3(), "facebook-robin"), tmp_path / "fb.zip")
    out = tmp_path / "r.json"
    r = run_cli("scan", str(z), "--redact", "--month-dates", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert str(BIG_ID) not in text and "Robin Example" not in text and "fb.zip" not in text
    doc = json.loads(text)
    g = next(g for g in doc["grants"] if g["app"] == "Slideshow Maker")
    assert g["granted_at"] == "2013-10-01T00:00:00Z"
    assert run_cli("scan", str(z), "--month-dates").returncode == 2  # only meaningful with --redact
