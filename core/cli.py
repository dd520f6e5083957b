"""Headless commands (scan, plan, diff) on the one pipeline (core.workspace); Qt only through a PDF writer."""

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
from core.export import writers
from core.export.texts import LANGUAGES
from core.risk import DEFAULT_STALE_DAYS, MAX_STALE_DAYS, MIN_STALE_DAYS
from core.tasks import gc_paused
from core.text import terminal_safe

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
#: File endings the format is guessed from, beyond each writer's own suffix.
EXTRA_SUFFIXES = {".markdown": "md", ".htm": "html"}


def _format_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    by_suffix = {writers.suffix(f): f for f in writers.formats()}
    return by_suffix.get(suffix) or EXTRA_SUFFIXES.get(suffix) or "json"


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
    s.add_argument("--format", choices=writers.formats(),
                   help="output format (default: md on screen, or from -o's suffix)")
    s.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of the terminal")
    s.add_argument("--redact", action="store_true", help="remove names, e-mails, ids and paths that identify you")
    s.add_argument("--month-dates", action="store_true",
                   help="with --redact: keep dates to the month only "
                        "(2014-03-14T12:00:00Z becomes 2014-03-01T00:00:00Z)")
    s.add_argument("--stale-days", type=_stale_days, default=DEFAULT_STALE_DAYS, metavar="N",
                   help=f"flag active grants unused for more than N days "
                        f"({MIN_STALE_DAYS}-{MAX_STALE_DAYS}, default {DEFAULT_STALE_DAYS})")
    s.add_argument("--account", metavar="KEY",
                   help="report on one person's account only (the `account` of a source in the JSON output)")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size for PDF")
    s.add_argument("--layout", choices=("full", "one-page"), default="full",
                   help="html and pdf: the full report, or a short one-page summary")
    s.add_argument("--language", choices=LANGUAGES, default="en",
                   help="language of the HTML, Markdown and PDF report's own words (default: en)")
    s.add_argument("--quiet", action="store_true", help="no progress on stderr")
    sub.add_parser("keychain", help="say which OS keychain would keep sign-in tokens (nothing is read or stored)")
    pl = sub.add_parser("plan", help="the clean-up plan: apps you marked 'remove', checked against these exports")
    pl.add_argument("paths", nargs="*", metavar="PATH", help="archive file(s) or folder(s) to check the plan against")
    pl.add_argument("--format", choices=("md", "html", "json", "pdf"),
                    help="output format (default: md on screen, or from -o's suffix)")
    pl.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of the terminal")
    pl.add_argument("--checklist", action="store_true", help="short printable checklist (app, where to click, box)")
    pl.add_argument("--db", metavar="FILE", help="decisions database (default: the window's own)")
    pl.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size for PDF")
    d = sub.add_parser("diff", help="what changed between two exports of the same account")
    d.add_argument("old", metavar="OLD", help="the older archive or folder")
    d.add_argument("new", metavar="NEW", help="the newer archive or folder")
    d.add_argument("--format", choices=("md", "json", "html"),
                   help="output format (default: md on screen, or from -o's suffix)")
    d.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of the terminal")
    d.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return p


def run_keychain() -> int:
    """Names the keyring backend TokenStore would use: 0 when tokens can be kept, 1 when only in memory."""
    import keyring

    from core.secrets import TokenStore

    try:
        backend = keyring.get_keyring()
    except Exception as e:  # noqa: BLE001 - keyring's backend discovery can fail in odd environments
        sys.stdout.write(f"keychain: none usable ({type(e).__name__}); tokens would live in memory only\n")
        return 1
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if TokenStore(backend).persistent:
        sys.stdout.write(f"keychain: {name} (sign-in tokens are kept between sessions)\n")
        return 0
    sys.stdout.write(f"keychain: none usable ({name}); tokens would live in memory for one session only\n")
    return 1


def _block_network() -> None:
    """Archive mode promise: any attempt to open a connection aborts the process's scan."""

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
            raise RuntimeError("network access is not allowed while scanning archives")

    sys.addaudithook(hook)


def run_scan(args: argparse.Namespace, out: Callable[[bytes], None]) -> int:
    from core.accounts import people
    from core.workspace import default_workspace

    if args.month_dates and not args.redact:
        sys.stderr.write("grantscope: error: --month-dates only applies with --redact\n")
        return EXIT_USAGE
    # The report's words and the catalog's (what apps can see, the findings) in the same language.
    workspace = default_workspace(stale_days=args.stale_days, language=args.language)  # days checked by the parser
    fmt = args.format or (_format_for(args.output) if args.output else "md")
    assessed = workspace.open(args.paths)
    known = [p.account for p in people(assessed.inventory)]
    if args.account and args.account not in known:
        sys.stderr.write(f"grantscope: error: --account {args.account!r} is not in these exports; "
                         f"they hold: {', '.join(known) or 'no account'}\n")
        return EXIT_USAGE
    # Written to a file by a writer that streams (JSON): the grants are made batch by batch as they are written.
    stream = bool(args.output) and writers.writer(fmt).stream is not None
    doc = workspace.document(assessed, account=args.account, redacted=args.redact,
                             dates="month" if args.month_dates else "exact", generated_at=datetime.now(timezone.utc),
                             stream_grants=stream)
    layout: dict[str, str] = {"layout": args.layout} if fmt in ("html", "pdf") else {}
    layout["language"] = args.language
    if args.output:
        from core.export.atomic import write_atomic

        write_atomic(args.output, lambda f: writers.write(doc, fmt, f, paper=args.paper, **layout))
    else:
        data = writers.render(doc, fmt, paper=args.paper, **layout)
    inv = assessed.inventory
    for s in inv.sources:
        for w in s.warnings:
            if not args.quiet:
                sys.stderr.write(f"warning: {s.platform}: {terminal_safe(w)}\n")
    for e in inv.earlier:
        if not args.quiet:  # nothing is dropped silently: an older snapshot is named, and why it is not counted
            old = e.sources[0]
            sys.stderr.write(f"note: {old.platform}: {terminal_safe(old.path)} is an older export of the same account; "
                             "it is kept for comparison and not counted\n")
    if args.output:
        if not args.quiet:
            sys.stderr.write(f"wrote {terminal_safe(args.output)} ({doc['summary']['grants']} apps and websites)\n")
    else:
        out(data)
    return EXIT_OK


class _OneLineFormatter(logging.Formatter):
    """Log lines on a terminal stay one line each: no traceback (the window's log file keeps them)."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        return terminal_safe(super().format(record))


def _emit(args: argparse.Namespace, data: bytes, out: Callable[[bytes], None], what: str) -> None:
    if args.output:
        from core.export.atomic import write_bytes_atomic

        write_bytes_atomic(args.output, data)
        if not getattr(args, "quiet", False):
            sys.stderr.write(f"wrote {args.output} ({what})\n")
    else:
        out(data)


def _fmt(args: argparse.Namespace, known: tuple[str, ...]) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        suffix = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
        return suffix if suffix in known else "md"
    return "md"


def run_diff(args: argparse.Namespace, out: Callable[[bytes], None]) -> int:
    from core import diff
    from core.workspace import default_workspace

    workspace = default_workspace()
    old = workspace.open([args.old]).inventory
    new = workspace.open([args.new]).inventory
    doc = diff.diff(old, new)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in doc["counts"].items())
    _emit(args, diff.render(doc, _fmt(args, diff.FORMATS)), out, counts)
    return EXIT_OK


def run_plan(args: argparse.Namespace, out: Callable[[bytes], None]) -> int:
    from core import plan
    from core.model import Inventory
    from core.paths import AppPaths
    from core.store import DecisionStore
    from core.workspace import default_workspace

    workspace = default_workspace()
    store = DecisionStore(Path(args.db) if args.db else AppPaths.default().database)
    inv = workspace.open(args.paths).inventory if args.paths else Inventory()
    decisions = store.load_all()
    progress = store.progress()
    state = progress.load_all()
    for account, name, exported in plan.snapshots(inv):
        progress.note_snapshot(account, name, exported)
    for c in plan.verify(inv, decisions, state):
        if c.outcome == "verified":
            progress.set_verified(c.key, c.platform, c.app, c.proof)
        else:
            progress.set_still_connected(c.key, c.platform, c.app, c.proof)
    built = plan.build_plan(inv, decisions, progress.load_all(), workspace.catalog.plain_words)
    doc = plan.plan_document(built)
    fmt = _fmt(args, plan.FORMATS)
    _emit(args, plan.render(doc, fmt, checklist=args.checklist, paper=args.paper), out, plan.progress_text(doc))
    return EXIT_OK


def main(argv: list[str]) -> int:
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    if args.command == "keychain":
        return run_keychain()
    if args.command in ("scan", "diff", "plan"):
        _block_network()
        run = {"scan": run_scan, "diff": run_diff, "plan": run_plan}[args.command]
        try:
            with gc_paused():  # read, score, document and render: no cycles to collect, and full passes cost seconds
                return run(args, lambda b: _write_stdout(b))
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
