"""Services built once by ui/app.py and handed to the window: paths, settings, tasks, links, workspace, store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from core.catalog import Catalog
from core.paths import AppPaths
from core.risk import RiskSettings
from core.store import DecisionStore
from core.workspace import Workspace
from ui.resources import DEMO_DIR, Links
from ui.settings import Settings
from ui.workers import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the window needs, created once in ui/app.py (tests build their own)."""

    paths: AppPaths
    settings: Settings
    runner: TaskRunner
    links: Links
    workspace: Workspace
    demo_dir: Path = DEMO_DIR
    store: Any = None
    err_windows: bool = True
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    @classmethod
    def create(cls, paths: AppPaths, *, demo_dir: Path | None = None, err_windows: bool = True) -> Services:
        paths.ensure()
        settings = Settings(paths.settings_file)
        return cls(
            paths=paths,
            settings=settings,
            runner=TaskRunner(),
            links=Links.load(),
            # The catalog's plain-language texts in the window's language (resources/catalog/locale/<lang>.json).
            workspace=Workspace(Catalog.load(language=str(settings.get("language") or QLocale().name())),
                                settings=RiskSettings(stale_days=settings.stale_days())),
            demo_dir=demo_dir or DEMO_DIR,
            store=DecisionStore(paths.database),
            err_windows=err_windows,
        )
