"""Headless commands (`scan`) sharing all logic with the window; never imports Qt unless asked for PDF."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.errors import ExportError, GrantscopeError
from core.explain import explain
from core.risk import MAX_STALE_DAYS, MIN_STALE_DAYS
from core.text import cap_strings, terminal_safe

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
FORMATS = ("json", "csv", "md", "html", "pdf")
EXT_FORMAT = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
              ".pdf": "pdf"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"grantscope: error: {terminal_safe(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _stale_days(value: str) -> int:
    """argparse type for --stale-days: a whole number of days in range, else a usage error (exit 2)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {value!r}") from None
    if not MIN_STALE_DAYS <= n <= MAX_STALE_DAYS:
        raise argparse.ArgumentTypeError(f"must be from {MIN_STALE_DAYS} to {MAX_STALE_DAYS} days, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="main.py", description="Grantscope: which apps can reach your accounts' data.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    s = sub.add_parser("scan", help="scan downloaded archives (zip, tgz or folder) without opening the window")
    s.add_argument("paths", nargs="+", metavar="PATH", help="archive file(s) or extracted folder(s)")
    s.add_argument("--format", choices=FORMATS, help="output format (default: md on screen, or from -o's suffix)")
    s.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of the terminal")
    s.add_argument("--redact", action="store_true", help="remove names, e-mails, ids and paths that identify you")
    s.add_argument("--month-dates", action="store_true",
                   help="with --redact: keep dates to the month only "
                        "(2014-03-14T12:00:00Z becomes 2014-03-01T00:00:00Z)")
    s.add_argument("--stale-days", type=_stale_days, default=90, metavar="N",
                   help=f"flag active grants unused for more than N days "
                        f"({MIN_STALE_DAYS}-{MAX_STALE_DAYS}, default 90)")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size for PDF")
    s.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return p


def _block_network() -> None:
    """Archive mode promise: any attempt to open a connection aborts the process's scan."""

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
            raise RuntimeError("network access is not allowed while scanning archives")

    sys.addaudithook(hook)


def run_scan(args: argparse.Namespace, out: Callable[[bytes], None]) -> int:
    from core.export.document import to_document
    from core.scan import scan_paths

    if args.month_dates and not args.redact:
        sys.stderr.write("grantscope: error: --month-dates only applies with --redact\n")
        return EXIT_USAGE
    fmt = args.format or (EXT_FORMAT.get(Path(args.output).suffix.lower(), "json") if args.output else "md")
    inv = scan_paths(args.paths)
    inv = _assess(inv, args.stale_days)
    if args.redact:
        from core.export.redact import redact

        inv = redact(inv, dates="month" if args.month_dates else "exact")
    doc = to_document(inv, generated_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    data = render(doc, fmt, inv=inv, paper=args.paper)
    for s in inv.sources:
        for w in s.warnings:
            if not args.quiet:
                sys.stderr.write(f"warning: {s.platform}: {terminal_safe(w)}\n")
    if args.output:
        from core.export.atomic import write_bytes_atomic

        write_bytes_atomic(args.output, data)
        if not args.quiet:
            sys.stderr.write(f"wrote {terminal_safe(args.output)} ({len(inv.grants)} apps and websites)\n")
    else:
        out(data)
    return EXIT_OK


def _assess(inv: Any, stale_days: int) -> Any:
    try:
        from core import risk
    except ImportError:  # risk rules not present in this build
        return inv
    return risk.assess_default(inv, stale_days=stale_days)


def render(doc: dict[str, Any], fmt: str, *, inv: Any = None, paper: str = "a4") -> bytes:
    if fmt == "json":
        from core.export.json_writer import render_json

        return render_json(doc)
    if fmt == "md":
        from core.export.markdown import render_markdown

        return render_markdown(cap_strings(doc))  # as every non-JSON format: no 1 MB names
    from core.export import writers

    return writers.render(doc, fmt, paper=paper)


class _OneLineFormatter(logging.Formatter):
    """Log lines on a terminal stay one line each: no traceback (the window's log file keeps them)."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        return terminal_safe(super().format(record))


def main(argv: list[str]) -> int:
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    if args.command == "scan":
        _block_network()
        try:
            return run_scan(args, lambda b: _write_stdout(b))
        except GrantscopeError as e:
            sys.stderr.write(f"grantscope: {terminal_safe(explain(e))}\n")
            return EXIT_INPUT
        except KeyboardInterrupt:
            sys.stderr.write("grantscope: interrupted\n")
            return 130
        except MemoryError:
            sys.stderr.write("grantscope: out of memory while reading the archive\n")
            return EXIT_INPUT
    return EXIT_USAGE


def _write_stdout(b: bytes) -> None:
    try:
        sys.stdout.buffer.write(b)
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error for the user
        _silence_stdout()
    except OSError as e:  # stdout is /dev/full, a closed descriptor, a full disk
        _silence_stdout()
        raise ExportError(f"cannot write to the standard output ({e.strerror or type(e).__name__}). "
                          "Use -o FILE to write to a file.") from None


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
