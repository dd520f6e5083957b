"""Services built once by ui/app.py and handed to the window: paths, settings, tasks, links, risk, store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.model import Grant, Inventory, Permission
from core.paths import AppPaths
from ui.resources import DEMO_DIR, Links
from ui.settings import Settings
from ui.workers import TaskRunner

log = logging.getLogger(__name__)

STALE_DAYS = 90


class Enricher:
    """Risk findings and plain-language permissions from core.risk and core.catalog.

    This is the ONE place that guards those imports: without them (an older checkout, a broken catalog)
    the window shows permissions raw and hides the risk column and the "need attention" card.
    """

    def __init__(self, stale_days: int = STALE_DAYS) -> None:
        self.stale_days = stale_days
        self._catalog: Any = None
        self._catalog_cls: Any = None
        self._risk: Any = None
        try:
            from core.catalog import Catalog

            self._catalog_cls = Catalog
        except ImportError:
            log.info("permission catalog not available; permissions are shown raw")
        try:
            from core import risk

            self._risk = risk
        except ImportError:
            log.info("risk rules not available; no findings are shown")

    @property
    def has_risk(self) -> bool:
        return self._risk is not None and self._catalog_cls is not None

    @property
    def has_catalog(self) -> bool:
        return self._catalog_cls is not None

    def catalog(self) -> Any:
        """The loaded catalog (loaded on first use, from a worker; None when unavailable)."""
        if self._catalog is None and self._catalog_cls is not None:
            try:
                self._catalog = self._catalog_cls.load()
            except Exception:  # bad catalog data must not stop the app: fall back to raw keys
                log.exception("permission catalog failed to load")
                self._catalog_cls = None
        return self._catalog

    def resolve(self, platform: str, key: str) -> Permission | None:
        """A catalog entry for a permission key, or None (shown raw). Never loads: UI-thread safe."""
        cat = self._catalog
        if cat is None:
            return None
        try:
            result = cat.resolve(platform, key)
        except Exception:  # an odd key must not break the detail pane
            log.warning("catalog could not resolve %r/%r", platform, key, exc_info=True)
            return None
        return result if isinstance(result, Permission) else None

    def access(self, grant: Grant) -> Any:
        """core.catalog AccessSummary (categories in plain words, note when nothing is listed) or None."""
        cat = self._catalog
        if cat is None:
            return None
        try:
            return cat.summary(grant)
        except Exception:  # a catalog bug must not break the detail pane
            log.warning("catalog could not summarise %r", grant.app, exc_info=True)
            return None

    def finding_title(self, rule: str) -> str:
        """The rule's short title from the catalog ("Not used for a long time"); the rule id in words otherwise."""
        cat = self._catalog
        tmpl = getattr(cat, "findings", {}).get(rule) if cat is not None else None
        title = getattr(tmpl, "title", None)
        return title if isinstance(title, str) and title else rule.replace("_", " ").capitalize()

    def assess(self, inv: Inventory, now: datetime | None = None) -> Inventory:
        """Inventory with findings attached and grants ranked (unchanged when risk rules are missing)."""
        catalog = self.catalog()
        if self._risk is None or catalog is None:
            return inv
        settings = self._risk.RiskSettings(stale_days=self.stale_days)
        result = self._risk.assess(inv, catalog, now=now or datetime.now(timezone.utc), settings=settings)
        return result if isinstance(result, Inventory) else inv


@dataclass
class Services:
    """Everything the window needs, created once in ui/app.py (tests build their own)."""

    paths: AppPaths
    settings: Settings
    runner: TaskRunner
    links: Links
    enricher: Enricher
    demo_dir: Path = DEMO_DIR
    store: Any = None
    err_windows: bool = True
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    @classmethod
    def create(cls, paths: AppPaths, *, demo_dir: Path | None = None, err_windows: bool = True) -> Services:
        paths.ensure()
        store = None
        try:
            from core.store import DecisionStore

            store = DecisionStore(paths.database)
        except ImportError:
            pass
        settings = Settings(paths.settings_file)
        return cls(
            paths=paths,
            settings=settings,
            runner=TaskRunner(),
            links=Links.load(),
            enricher=Enricher(settings.stale_days()),
            demo_dir=demo_dir or DEMO_DIR,
            store=store,
            err_windows=err_windows,
        )
