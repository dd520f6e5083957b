"""The grant table: one row per app per platform (QAbstractTableModel), filtered by RowFilterProxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from core.model import Grant
from core.risk import needs_attention as risk_needs_attention
from core.text import DISPLAY_LIMIT, shorten
from ui.formatting import format_date
from ui.models.base import Column, RowFilterProxy, RowTableModel, dot
from ui.resources import platform_name

COL_APP, COL_PLATFORM, COL_STATUS, COL_GRANTED, COL_LAST_USED, COL_PERMISSIONS, COL_RISK = range(7)

STATUS_ORDER = {"active": 0, "expired": 1, "removed": 2}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
STATUS_COLORS = {"active": "#2f9e44", "expired": "#e8590c", "removed": "#868e96"}
SEVERITY_COLORS = {"high": "#e03131", "medium": "#f08c00", "low": "#1c7ed6"}
STALE_DAYS = 90


def top_severity(g: Grant) -> str | None:
    best: str | None = None
    for f in g.findings:
        if best is None or SEVERITY_ORDER.get(f.severity, 9) < SEVERITY_ORDER.get(best, 9):
            best = f.severity
    return best


def needs_attention(g: Grant) -> bool:
    """The core's one definition (a high-severity finding), so the card, the filter and exports agree."""
    return risk_needs_attention(g)


def last_evidence(g: Grant) -> datetime | None:
    dates = [d for d in (g.last_used_at, g.granted_at) if d is not None]
    return max(dates) if dates else None


def is_unused(g: Grant, now: datetime, days: int = STALE_DAYS, assessed: bool = False) -> bool:
    """Still has access but no sign of use in more than `days` days.

    When risk rules ran (`assessed`), their stale-access finding is the answer: it weighs every kind of
    evidence (last use, off-platform activity, connection date). Otherwise the grant's own dates decide,
    and a grant without any date is not counted ("never used" and "not recorded" look the same).
    """
    if g.status != "active":
        return False
    if assessed:
        return any(f.rule.startswith("stale") for f in g.findings)
    seen = last_evidence(g)
    return seen is not None and now - seen > timedelta(days=days)


class GrantTableModel(RowTableModel[Grant]):
    """Columns: app, platform, status, granted, last used, permissions, risk."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        platform_label: Callable[[str], str] = platform_name,
        permission_label: Callable[[Grant, str], str] | None = None,
        access_words: Callable[[Grant], tuple[str, ...] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._platform_label = platform_label
        self._permission_label = permission_label or (lambda _g, key: key)
        #: plain words for what a grant reaches, most sensitive first (the catalog), when available
        self._access_words = access_words or (lambda _g: None)
        self._init_columns()

    def status_label(self, status: str) -> str:
        return {"active": self.tr("Active"), "expired": self.tr("Expired"), "removed": self.tr("Removed")}.get(
            status, status)

    def status_tooltip(self, g: Grant) -> str:
        return {
            "active": self.tr("Can still reach your data"),
            "expired": self.tr("Unused for 90 days or more: it can no longer get new data, but keeps what it "
                               "already took"),
            "removed": self.tr("Access was removed; the app may still keep data it took before"),
        }.get(g.status, "")

    def severity_label(self, severity: str | None) -> str:
        return {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}.get(severity or "", "")

    def permissions_text(self, g: Grant) -> str:
        if not g.permissions:
            return self.tr("not listed")
        words = self._access_words(g)
        if words:
            return ", ".join(words)
        labels: list[str] = []
        for key in g.permissions:
            label = self._permission_label(g, key)
            if label not in labels:
                labels.append(label)
        return ", ".join(labels)

    def _risk_text(self, g: Grant) -> str:
        sev = top_severity(g)
        if sev is None:
            return ""
        if len(g.findings) == 1:
            return self.severity_label(sev)
        return self.tr("{severity} ({count})").format(severity=self.severity_label(sev), count=len(g.findings))

    def _app_tooltip(self, g: Grant) -> str | None:
        parts = [shorten(g.app)]
        if g.developer:
            parts.append(self.tr("by {developer}").format(developer=g.developer))
        return " ".join(parts)

    def columns(self) -> list[Column[Grant]]:
        def risk_sort(g: Grant) -> Any:
            sev = top_severity(g)
            # Ascending puts the most severe first; grants without findings go last.
            return None if sev is None else (SEVERITY_ORDER.get(sev, 9), -len(g.findings))

        return [
            Column("app", self.tr("App or website"), lambda g: shorten(g.app),
                   lambda g: (g.app[:DISPLAY_LIMIT].casefold(), g.app[:DISPLAY_LIMIT]),
                   tooltip=self._app_tooltip),
            Column("platform", self.tr("Platform"), lambda g: self._platform_label(g.platform),
                   lambda g: self._platform_label(g.platform).casefold()),
            Column("status", self.tr("Status"), lambda g: self.status_label(g.status),
                   lambda g: STATUS_ORDER.get(g.status, 9), tooltip=self.status_tooltip,
                   decoration=lambda g: dot(STATUS_COLORS.get(g.status, "#868e96"))),
            Column("granted", self.tr("Granted"), lambda g: format_date(g.granted_at), lambda g: g.granted_at,
                   dim=lambda g: g.granted_at is None),
            Column("last_used", self.tr("Last used"), lambda g: format_date(g.last_used_at),
                   lambda g: g.last_used_at, dim=lambda g: g.last_used_at is None),
            Column("permissions", self.tr("Permissions"), self.permissions_text,
                   lambda g: (-len(g.permissions), self.permissions_text(g).casefold()) if g.permissions else None,
                   tooltip=lambda g: "\n".join(g.permissions) or None, dim=lambda g: not g.permissions),
            Column("risk", self.tr("Risk"), self._risk_text, risk_sort,
                   tooltip=lambda g: "\n".join(f.message for f in g.findings) or None,
                   decoration=self._risk_icon),
        ]

    @staticmethod
    def _risk_icon(g: Grant) -> QIcon | None:
        sev = top_severity(g)
        return dot(SEVERITY_COLORS[sev]) if sev in SEVERITY_COLORS else None

    def search_text(self, g: Grant) -> str:
        parts = [g.app, self._platform_label(g.platform), self.status_label(g.status), g.developer or "",
                 g.app_id or "", g.description or "", " ".join(g.permissions),
                 " ".join(self._permission_label(g, k) for k in g.permissions),
                 " ".join(f.message for f in g.findings)]
        return " ".join(parts)


class GrantFilterProxy(RowFilterProxy):
    """Grant-specific filters on top of the shared proxy: platform, status and the overview cards."""

    QUICK_FILTERS = ("active", "expired", "removed", "unused", "attention")

    def __init__(self, parent: QObject | None = None, now: Callable[[], datetime] | None = None,
                 assessed: bool = False) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._quick: str | None = None
        #: True when core.risk findings are attached (they then define "unused")
        self.assessed = assessed
        #: the threshold when they are not (Preferences)
        self.stale_days = STALE_DAYS

    def set_platform(self, platform: str | None) -> None:
        self.set_predicate("platform", None if not platform else (lambda g, p=platform: g.platform == p))

    def set_status(self, status: str | None) -> None:
        self.set_predicate("status", None if not status else (lambda g, s=status: g.status == s))

    def set_finding(self, rule: str | None) -> None:
        """Only grants with a finding of this rule (None: any grant)."""
        self.set_predicate("finding", None if not rule else (lambda g, r=rule: any(f.rule == r for f in g.findings)))

    def set_quick_filter(self, name: str | None) -> None:
        """The filter behind an overview card (None clears it)."""
        self._quick = name
        pred: Callable[[Grant], bool] | None
        if name in ("active", "expired", "removed"):
            pred = lambda g, s=name: g.status == s  # noqa: E731 - a tiny predicate reads best inline
        elif name == "unused":
            now, assessed = self._now(), self.assessed
            days = self.stale_days
            pred = lambda g: is_unused(g, now, days, assessed=assessed)  # noqa: E731
        elif name == "attention":
            pred = needs_attention
        else:
            self._quick = None
            pred = None
        self.set_predicate("quick", pred)

    def quick_filter(self) -> str | None:
        return self._quick
