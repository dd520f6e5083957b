"""The one pipeline, built once: sources → Inventory → assessed → Summary → report; both entry points use it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from core.accounts import only_account, settle
from core.archive.limits import Limits
from core.catalog import Catalog
from core.export.document import build_document
from core.misuse import MisuseCatalog
from core.model import Grant, Inventory
from core.risk import DEFAULT_STALE_DAYS, RiskSettings, assess
from core.scan import scan_paths
from core.summary import Summary, summarize
from core.tasks import CancelToken, ProgressFn, gc_paused, no_progress

if TYPE_CHECKING:
    from core.export.redact import DatePrecision


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Assessed:
    """An inventory with findings attached and ranked, and the one Summary of it."""

    inventory: Inventory
    summary: Summary = field(default_factory=Summary)


class Workspace:
    """The catalog and the risk settings, loaded once; every count and report is derived here."""

    def __init__(
        self,
        catalog: Catalog | None = None,
        settings: RiskSettings | None = None,
        now: Callable[[], datetime] = _utc_now,
        misuse: MisuseCatalog | None = None,
    ) -> None:
        self.catalog = catalog if catalog is not None else Catalog.load()
        self.settings = settings or RiskSettings()
        self.now = now
        #: Publicly reported misuse cases, in the catalog's language.
        self.misuse = misuse if misuse is not None else MisuseCatalog.load(
            language=None if self.catalog.language == "en" else self.catalog.language)

    @property
    def stale_days(self) -> int:
        return self.settings.stale_days

    def with_stale_days(self, days: int) -> Workspace:
        """The same workspace with another "unused for more than N days" threshold (validated by RiskSettings)."""
        return Workspace(self.catalog, replace(self.settings, stale_days=days), self.now, self.misuse)

    # ------------------------------------------------------------------ the pipeline
    def scan(
        self,
        paths: Iterable[str],
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        limits: Limits | None = None,
    ) -> Inventory:
        """Read archives into a raw inventory (no findings yet)."""
        return scan_paths(list(paths), progress=progress, cancel=cancel, limits=limits)

    def assess(self, raw: Inventory, now: datetime | None = None) -> Assessed:
        """Findings for every grant, ranked, and the Summary of the result."""
        with gc_paused():
            # Older exports of an account are kept apart (snapshots); only the newest is counted.
            inv = assess(settle(raw), self.catalog, now=now or self.now(), settings=self.settings, misuse=self.misuse)
            return Assessed(inv, self.summarize(inv))

    def open(
        self,
        paths: Iterable[str],
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        limits: Limits | None = None,
    ) -> Assessed:
        """scan + assess: what the CLI and the window's loader run."""
        with gc_paused():
            return self.assess(self.scan(paths, progress, cancel, limits))

    def summarize(self, inv: Inventory) -> Summary:
        """The one Summary of an already-assessed inventory (or of a subset of its grants)."""
        return summarize(inv, self.catalog, stale_days=self.settings.stale_days)

    def summarize_account(self, assessed: Assessed, account: str | None) -> Summary:
        """The Summary of one person's account (None: everyone's, the assessed summary itself)."""
        if not account:
            return assessed.summary
        return self.summarize(only_account(assessed.inventory, account))

    # ------------------------------------------------------------------ reports
    def document(
        self,
        assessed: Assessed | Inventory,
        *,
        account: str | None = None,
        grants: Iterable[Grant] | None = None,
        redacted: bool = False,
        dates: DatePrecision = "exact",
        generated_at: datetime | None = None,
        stream_grants: bool = False,
    ) -> dict[str, Any]:
        """The grantscope.summary/1 document every writer renders: optionally one person's account or only some
        grants, redacted once. `stream_grants`: grants made while a writer reads them (core.export.document
        StreamedGrants; writers.write() takes it), so a 100,000-grant report never holds them all as dicts."""
        inv = assessed.inventory if isinstance(assessed, Assessed) else assessed
        whole = inv
        if account:
            inv = replace(only_account(inv, account), earlier=tuple(
                e for e in inv.earlier if e.sources and e.sources[0].account == account))
        if grants is not None:
            inv = replace(inv, grants=tuple(grants))
        when = (generated_at or self.now()).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        with gc_paused():
            if redacted:
                from core.export.redact import redact  # only a redacted report needs it (its patterns, its types)

                inv = redact(inv, dates=dates)
            # The whole assessed inventory already has its Summary: counting 100,000 grants twice is not needed.
            known = assessed.summary if isinstance(assessed, Assessed) and inv is whole else None
            summary = known if known is not None and known.stale_days == self.stale_days else self.summarize(inv)
            return build_document(inv, summary, self.catalog, generated_at=when, stream_grants=stream_grants)


def default_workspace(stale_days: int = DEFAULT_STALE_DAYS, language: str | None = None) -> Workspace:
    """The bundled catalog (in `language`, for its plain words and finding texts) with default settings except
    the threshold (CLI, tests, benchmarks)."""
    return Workspace(Catalog.load(language=language), RiskSettings(stale_days=stale_days))
