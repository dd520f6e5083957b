"""Scan inputs: open each, detect its platform, merge parts of one export, run importers → Inventory."""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

from core.accounts import stamp
from core.archive.limits import Limits
from core.archive.sources import InputSource
from core.archive.tree import ArchiveTree, ReadBudget, open_input
from core.errors import ArchiveError, BudgetExceeded, Cancelled, GrantscopeError, UnsupportedArchive
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.registry import detect
from core.model import Grant, Inventory, Source
from core.ordering import sorted_in_runs
from core.slices import release
from core.tasks import CancelToken, Progress, ProgressFn, gc_paused, no_progress
from core.text import normalize_name

log = logging.getLogger(__name__)


def scan_paths(
    paths: list[str] | tuple[str, ...],
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    limits: Limits | None = None,
) -> Inventory:
    """Read every input; raise the first ArchiveError only when nothing usable was found in any."""
    with gc_paused():
        return _scan(paths, progress, cancel or CancelToken(), limits or Limits())


def _scan(paths: list[str] | tuple[str, ...], progress: ProgressFn, cancel: CancelToken, limits: Limits) -> Inventory:
    paths = [str(Path(p)) for p in paths]
    opened: list[tuple[InputSource, type[Importer] | None]] = []
    probes: dict[int, ArchiveTree] = {}
    failures: list[tuple[str, GrantscopeError]] = []
    budget = ReadBudget(limits)  # one whole-scan budget across every input and part
    try:
        for i, p in enumerate(paths):
            cancel.raise_if_cancelled()
            progress(Progress("open", i, len(paths), 0, p))
            try:
                src = open_input(p, limits, cancel, progress)
            except ArchiveError as e:
                failures.append((p, e))
                continue
            probe = ArchiveTree([src], limits, progress, cancel, budget)
            probes[id(src)] = probe
            opened.append((src, detect(probe)))
        groups: OrderedDict[type[Importer], list[InputSource]] = OrderedDict()
        orphans: list[InputSource] = []
        for src, imp in opened:
            if imp is None:
                orphans.append(src)
            else:
                groups.setdefault(imp, []).append(src)
        # An undetected input next to exactly one detected platform is taken as another part of it.
        if orphans and len(groups) == 1:
            only = next(iter(groups))
            groups[only].extend(orphans)
            orphans = []
        # Inputs of one platform are parts of one export only when no file differs between them;
        # otherwise they are separate exports (two people, or two snapshots of one account).
        exports = [(imp, cluster) for imp, srcs in groups.items() for cluster in split_exports(srcs, probes)]
        inv = Inventory()
        for n, (imp, srcs) in enumerate(exports):
            cancel.raise_if_cancelled()
            # A one-part export reuses the tree built for detection; parts are merged into a new one.
            tree = probes[id(srcs[0])] if len(srcs) == 1 else ArchiveTree(srcs, limits, progress, cancel, budget)
            ctx = ImportContext(tree, imp.platform)
            progress(Progress("import", n, len(exports), tree.bytes_read, imp.platform))
            try:
                result = imp().run(ctx)
            except (Cancelled, MemoryError):
                raise
            except BudgetExceeded as e:  # the whole-scan budget ran out inside an unguarded read
                ctx.warn(e.detail)
                result = ImportResult()
            except Exception:  # an importer bug on odd input must not lose the other sources
                log.exception("importer %s failed", imp.platform)
                ctx.warn(f"reading the {imp.title} data stopped early because of an internal error; "
                         "the list may be incomplete")
                result = ImportResult()
            if not (result.grants or result.activity or result.advertisers or ctx.files_used) and ctx.errors:
                # Everything this export holds was unreadable (e.g. password-protected): not a result.
                failures.append((ctx.source_label, ctx.errors[0]))
                continue
            inv = inv.merged(stamp(Inventory(
                sources=(ctx.source(result),),
                grants=tuple(result.grants),
                activity=tuple(result.activity),
                advertisers=tuple(result.advertisers),
            )))
            release(result.grants, result.activity, result.advertisers)  # stamped copies are kept, not these
        for src in orphans:
            failures.append((src.path, UnsupportedArchive(
                f"{src.path}: no data from a supported platform was found", path=src.path)))
    except Cancelled:
        raise
    finally:
        for src, _ in opened:
            src.close()
    if not inv.sources:
        if failures:
            raise failures[0][1]
        raise UnsupportedArchive("no input given")
    extra = tuple(
        Source(platform="unknown", path=p, warnings=(describe_error(e),)) for p, e in failures
    )
    grants = tuple(sorted_in_runs(inv.grants, _grant_order))
    return Inventory(inv.sources + extra, grants, inv.activity, inv.advertisers, inv.earlier)


def split_exports(srcs: list[InputSource], probes: dict[int, ArchiveTree]) -> list[list[InputSource]]:
    """Group one platform's inputs into exports: an input joins the first group none of whose files it
    contradicts (the same path with another size or checksum); identical copies and disjoint parts merge."""
    if len(srcs) < 2:
        return [srcs]
    clusters: list[list[ArchiveTree]] = []
    order: list[list[InputSource]] = []
    for src in srcs:
        tree = probes[id(src)]
        for cl, members in zip(clusters, order, strict=True):
            if not any(tree.contradicts(other) for other in cl):
                cl.append(tree)
                members.append(src)
                break
        else:
            clusters.append([tree])
            order.append([src])
    return order


_STATUS_ORDER = {"active": 0, "expired": 1, "removed": 2}


def _grant_order(g: Grant) -> tuple[str, int, str]:
    return (g.platform, _STATUS_ORDER.get(g.status, 3), normalize_name(g.app))


def describe_error(e: GrantscopeError) -> str:
    """A plain English sentence for an error (CLI and JSON warnings; the window uses ui/messages.py)."""
    from core.explain import explain

    return explain(e)
