"""Permission catalog: raw permission keys to plain language, categories and sensitivity."""

from __future__ import annotations

from core.catalog.loader import (
    DEFAULT_CATALOG_DIR,
    UNKNOWN_CATEGORY,
    AccessSummary,
    Catalog,
    CatalogEntry,
    CatalogError,
    Category,
    FindingTemplate,
    Vocabulary,
    sensitivity_rank,
)

__all__ = [
    "DEFAULT_CATALOG_DIR",
    "UNKNOWN_CATEGORY",
    "AccessSummary",
    "Catalog",
    "CatalogEntry",
    "CatalogError",
    "Category",
    "FindingTemplate",
    "Vocabulary",
    "sensitivity_rank",
]
