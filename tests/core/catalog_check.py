"""Test helper: which permission keys in an Inventory the permission catalog does not know."""

from __future__ import annotations

from collections.abc import Iterable

from core.catalog import Catalog
from core.model import Grant, Inventory


def unknown_permission_keys(
    inventory: Inventory | Iterable[Grant], catalog: Catalog | None = None
) -> list[tuple[str, str]]:
    """Sorted (platform, key) pairs that resolve to the "unknown" category; empty when all are known.

    Use it over every fixture: `assert unknown_permission_keys(inv) == []`, or compare with an explicit
    list of keys that are expected to stay unknown (deployment-specific scopes, made-up test keys).
    """
    grants = inventory.grants if isinstance(inventory, Inventory) else tuple(inventory)
    return list((catalog or Catalog.load()).unknown_keys(grants))


def unknown_permissions_report(inventory: Inventory | Iterable[Grant], catalog: Catalog | None = None) -> str:
    """The same as a readable assertion message, one 'platform: key' per line."""
    return "\n".join(f"{p}: {k}" for p, k in unknown_permission_keys(inventory, catalog))
