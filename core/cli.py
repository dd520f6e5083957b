"""Headless commands (`scan`) on the one pipeline (core.workspace); Qt only through a registered PDF writer."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.errors import GrantscopeError
from core.explain import explain
from core.export import writers
from core.risk import DEFAULT_STALE_DAYS
from core.tasks import gc_paused

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
        sys.stderr.write(f"grantscope: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


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
    s.add_argument("--stale-days", type=int, default=DEFAULT_STALE_DAYS, metavar="N",
                   help=f"flag active grants unused for more than N days (default {DEFAULT_STALE_DAYS})")
    s.add_argument("--account", metavar="KEY",
                   help="report on one person's account only (the `account` of a source in the JSON output)")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size for PDF")
    s.add_argument("--quiet", action="store_true", help="no progress on stderr")
    sub.add_parser("keychain", help="say which OS keychain would keep sign-in tokens (nothing is read or stored)")
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
    try:
        workspace = default_workspace(stale_days=args.stale_days)
    except ValueError:
        sys.stderr.write("grantscope: error: --stale-days must be a whole number of days, 1 or more\n")
        return EXIT_USAGE
    fmt = args.format or (_format_for(args.output) if args.output else "md")
    assessed = workspace.open(args.paths)
    known = [p.account for p in people(assessed.inventory)]
    if args.account and args.account not in known:
        sys.stderr.write(f"grantscope: error: --account {args.account!r} is not in these exports; "
                         f"they hold: {', '.join(known) or 'no account'}\n")
        return EXIT_USAGE
    doc = workspace.document(assessed, account=args.account, redacted=args.redact,
                             dates="month" if args.month_dates else "exact", generated_at=datetime.now(timezone.utc))
    if args.output:
        from core.export.atomic import write_atomic

        write_atomic(args.output, lambda f: writers.write(doc, fmt, f, paper=args.paper))
    else:
        data = writers.render(doc, fmt, paper=args.paper)
    inv = assessed.inventory
    for s in inv.sources:
        for w in s.warnings:
            if not args.quiet:
                sys.stderr.write(f"warning: {s.platform}: {w}\n")
    for e in inv.earlier:
        if not args.quiet:  # nothing is dropped silently: an older snapshot is named, and why it is not counted
            old = e.sources[0]
            sys.stderr.write(f"note: {old.platform}: {old.path} is an older export of the same account; "
                             "it is kept for comparison and not counted\n")
    if args.output:
        if not args.quiet:
            sys.stderr.write(f"wrote {args.output} ({doc['summary']['grants']} apps and websites)\n")
    else:
        out(data)
    return EXIT_OK


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    if args.command == "keychain":
        return run_keychain()
    if args.command == "scan":
        _block_network()
        try:
            with gc_paused():  # read, score, document and render: no cycles to collect, and full passes cost seconds
                return run_scan(args, lambda b: _write_stdout(b))
        except GrantscopeError as e:
            sys.stderr.write(f"grantscope: {explain(e)}\n")
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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
