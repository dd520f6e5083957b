"""Whose data is it: each export's account, snapshots of one account (newest counts), and different people apart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import PurePath

from core.model import Inventory, Source


def account_of(source: Source) -> str:
    """The source's account key; an export that does not name its owner is its own account (never merged)."""
    if source.account:
        return source.account
    if source.kind == "live":
        return f"{source.platform}:{source.path}"
    first = (source.parts or (source.path,))[0]
    return f"{source.platform}:export:{PurePath(first).name}"


def account_label(source: Source) -> str:
    """What the window and reports call the account: the owner's name, else the export's file name."""
    if source.owner:
        return source.owner
    if source.kind == "live":
        return source.path.removeprefix("live:")
    return PurePath((source.parts or (source.path,))[0]).name


def stamp(part: Inventory) -> Inventory:
    """Write the (single) source's account and path onto every record it produced."""
    if not part.sources:
        return part
    src = part.sources[0]
    account = account_of(src)
    src = replace(src, account=account)
    return Inventory(
        sources=(src,) + part.sources[1:],
        grants=tuple(g.evolve(account=account, source=g.source or src.path) for g in part.grants),
        activity=tuple(replace(a, account=account, source=src.path) for a in part.activity),
        advertisers=tuple(replace(a, account=account, source=src.path) for a in part.advertisers),
        earlier=part.earlier,
    )


@dataclass(frozen=True)
class Person:
    """One account in the window's "whose data" filter and in per-person reports."""

    account: str
    label: str
    platform: str


def people(inv: Inventory) -> tuple[Person, ...]:
    """The accounts of the current (not earlier) sources, in the order they were opened."""
    seen: dict[str, Person] = {}
    for s in inv.sources:
        if s.platform == "unknown":
            continue
        key = s.account or account_of(s)
        if key not in seen:
            seen[key] = Person(key, account_label(s), s.platform)
    return tuple(seen.values())


def only_account(inv: Inventory, account: str) -> Inventory:
    """The part of an inventory that belongs to one account (its sources, grants, activity, advertisers)."""
    return Inventory(
        sources=tuple(s for s in inv.sources if (s.account or account_of(s)) == account),
        grants=tuple(g for g in inv.grants if g.account == account),
        activity=tuple(a for a in inv.activity if a.account == account),
        advertisers=tuple(a for a in inv.advertisers if a.account == account),
    )


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def export_age_days(source: Source, now: datetime) -> int | None:
    """How many days before `now` the export was made (None when the export does not say)."""
    if source.kind != "archive" or source.exported_at is None:
        return None
    when = source.exported_at if source.exported_at.tzinfo else source.exported_at.replace(tzinfo=timezone.utc)
    return max(0, (now - when).days)


def settle(inv: Inventory) -> Inventory:
    """Exports of one account at different times are snapshots: the newest counts, older ones move to `earlier`.

    Exports without a known date keep the order they were opened in (the last opened counts as newest), and
    say so in a warning on the kept source.
    """
    order: dict[str, list[tuple[int, Source]]] = {}
    for i, s in enumerate(inv.sources):
        if s.kind != "archive" or s.platform == "unknown":
            continue
        order.setdefault(s.account or account_of(s), []).append((i, s))
    older: set[str] = set()
    notes: dict[str, str] = {}
    for _account, items in order.items():
        if len(items) < 2:
            continue
        dated = [s.exported_at for _, s in items]
        ranked = sorted(items, key=lambda t: (t[1].exported_at or _EPOCH, t[0]))
        newest = ranked[-1][1]
        for _, s in ranked[:-1]:
            older.add(s.path)
        if any(d is None for d in dated):
            notes[newest.path] = ("several exports of this account were opened and not all say when they were "
                                  "made; the one opened last is taken as the newest")
    if not older:
        return inv
    sources = tuple(
        replace(s, warnings=s.warnings + (notes[s.path],)) if s.path in notes else s
        for s in inv.sources if s.path not in older
    )
    earlier = tuple(
        Inventory(
            sources=(s,),
            grants=tuple(g for g in inv.grants if g.source == s.path),
            activity=tuple(a for a in inv.activity if a.source == s.path),
            advertisers=tuple(a for a in inv.advertisers if a.source == s.path),
        )
        for s in inv.sources if s.path in older
    )
    return Inventory(
        sources=sources,
        grants=tuple(g for g in inv.grants if g.source not in older),
        activity=tuple(a for a in inv.activity if a.source not in older),
        advertisers=tuple(a for a in inv.advertisers if a.source not in older),
        earlier=inv.earlier + earlier,
    )
