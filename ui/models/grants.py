"""The grant table: one row per app per platform (QAbstractTableModel), filtered by RowFilterProxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from core.misuse import match_kind
from core.model import Grant
from core.summary import can_reach_now, is_listed_only, is_own, is_unused, needs_attention
from core.text import DISPLAY_LIMIT, shorten
from ui.formatting import format_date
from ui.models.base import Column, RowFilterProxy, RowTableModel, dot, fold
from ui.resources import platform_name

COL_APP, COL_PLATFORM, COL_STATUS, COL_GRANTED, COL_LAST_USED, COL_PERMISSIONS, COL_RISK, COL_ACCOUNT = range(8)

STATUS_ORDER = {"active": 0, "expired": 1, "removed": 2}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
STATUS_COLORS = {"active": "#2f9e44", "expired": "#e8590c", "removed": "#868e96"}
#: An app the export lists without saying whether it can still reach the data (not the "active" green).
LISTED_COLOR = "#5c7cfa"
SEVERITY_COLORS = {"high": "#e03131", "medium": "#f08c00", "low": "#1c7ed6"}


def top_severity(g: Grant) -> str | None:
    best: str | None = None
    for f in g.findings:
        if best is None or SEVERITY_ORDER.get(f.severity, 9) < SEVERITY_ORDER.get(best, 9):
            best = f.severity
    return best


class GrantTableModel(RowTableModel[Grant]):
    """Columns: app, platform, status, granted, last used, permissions, risk."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        platform_label: Callable[[str], str] = platform_name,
        permission_label: Callable[[Grant, str], str] | None = None,
        access_words: Callable[[Grant], tuple[str, ...] | None] | None = None,
        account_label: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        #: whose account a row belongs to, in words (the owner's name, else the export's file name)
        self._account_label = account_label or (lambda key: key)
        self._platform_label = platform_label
        self._permission_label = permission_label or (lambda _g, key: key)
        #: plain words for what a grant reaches, most sensitive first (the catalog), when available
        self._access_words = access_words or (lambda _g: None)
        #: the person's decision for a grant ("", keep, remove, reviewed, done, verified, still_connected)
        self._decision_of: Callable[[Grant], str] = lambda _g: ""
        self._init_columns()

    def decision_label(self, value: str) -> str:
        if not value:  # most rows: no decision yet (and no translation to look up for every cell painted)
            return ""
        return {"keep": self.tr("Keep"), "remove": self.tr("Remove it"), "reviewed": self.tr("Reviewed"),
                "done": self.tr("Done"), "verified": self.tr("Verified gone"),
                "still_connected": self.tr("Still connected")}.get(value, "")

    def set_decision_lookup(self, decision_of: Callable[[Grant], str]) -> None:
        """Where the decision column reads from (the window's clean-up part); call decisions_changed() after."""
        self._decision_of = decision_of
        self.decisions_changed()

    def decision_of(self, g: Grant) -> str:
        return self._decision_of(g)

    def decisions_changed(self) -> None:
        col = self.column_index("decision")
        self._display = {k: v for k, v in self._display.items() if k[1] != col}  # drop the cached words
        self._cells = {k: v for k, v in self._cells.items() if k[1] != col}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def status_label(self, status: str) -> str:
        # Only the one translation needed: this runs for every status cell a search brings on screen.
        if status == "active":
            return self.tr("Active")
        if status == "expired":
            return self.tr("Expired")
        return self.tr("Removed") if status == "removed" else status

    def status_text(self, g: Grant) -> str:
        """The status as the source states it; own apps and listed-only apps say what they are."""
        if g.kind == "administered_app":
            return self.tr("Your app")
        if g.first_party:
            return self.tr("Platform's app")
        if g.live and g.status_basis == "inferred":
            # A connected account whose latest listing failed: not a fresh "Active".
            return self.tr("{status} (last listing)").format(status=self.status_label(g.status))
        if is_listed_only(g):
            return self.tr("Listed")
        return self.status_label(g.status)

    def status_tooltip(self, g: Grant) -> str:
        if is_own(g):
            return self.tr("Not a third party: an app you manage, or the platform's own app")
        if g.live and g.status_basis == "inferred":
            return self.tr("As the provider listed it last time; the latest listing failed (see the account's "
                           "note in Sources)")
        if is_listed_only(g):
            return self.tr("Listed in the export — check on {platform} whether it is still connected").format(
                platform=self._platform_label(g.platform))
        return {
            "active": self.tr("Can still reach your data"),
            "expired": self.tr("Unused for 90 days or more: it can no longer get new data, but keeps what it "
                               "already took"),
            "removed": self.tr("Access was removed; the app may still keep data it took before"),
        }.get(g.status, "")

    def severity_label(self, severity: str | None) -> str:
        if severity == "high":
            return self.tr("High")
        if severity == "medium":
            return self.tr("Medium")
        return self.tr("Low") if severity == "low" else ""

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
            text = self.severity_label(sev)
        else:
            text = self.tr("{severity} ({count})").format(severity=self.severity_label(sev), count=len(g.findings))
        # Say in the list itself that a reported misuse case names the app (for certain, or possibly).
        kinds = {match_kind(f) for f in g.findings}
        if "app_id" in kinds:
            return self.tr("{risk} · named in an investigation").format(risk=text)
        if "name" in kinds:
            return self.tr("{risk} · possibly named in an investigation").format(risk=text)
        return text

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
            Column("status", self.tr("Status"), self.status_text,
                   lambda g: STATUS_ORDER.get(g.status, 9), tooltip=self.status_tooltip,
                   decoration=lambda g: dot(
                       LISTED_COLOR if is_listed_only(g) else STATUS_COLORS.get(g.status, "#868e96"))),
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
            Column("decision", self.tr("Your decision"), lambda g: self.decision_label(self._decision_of(g)),
                   lambda g: self._decision_of(g) or None),
            Column("account", self.tr("Account"), lambda g: self._account_label(g.account),
                   lambda g: self._account_label(g.account).casefold()),
        ]

    @staticmethod
    def _risk_icon(g: Grant) -> QIcon | None:
        sev = top_severity(g)
        return dot(SEVERITY_COLORS[sev]) if sev in SEVERITY_COLORS else None

    def build_search_with(self, items: Sequence[Grant], account_label: Callable[[str], str]) -> list[str]:
        """build_search with the account labels the rows will have (a worker builds it before they are shown)."""
        return [fold(self.search_text(g, account_label)) for g in items]

    def search_text(self, g: Grant, account_label: Callable[[str], str] | None = None) -> str:
        parts = [g.app, self._platform_label(g.platform), self.status_text(g), g.developer or "",
                 (account_label or self._account_label)(g.account),
                 g.app_id or "", g.description or "", " ".join(g.permissions),
                 " ".join(self._permission_label(g, k) for k in g.permissions),
                 " ".join(f.message for f in g.findings)]
        return " ".join(parts)


class GrantFilterProxy(RowFilterProxy):
    """Grant-specific filters on top of the shared proxy: platform, status and the overview cards."""

    QUICK_FILTERS = ("active", "listed", "expired", "removed", "unused", "attention", "own")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quick: str | None = None

    def set_platform(self, platform: str | None) -> None:
        self.set_predicate("platform", None if not platform else (lambda g, p=platform: g.platform == p))

    def set_status(self, status: str | None) -> None:
        """A third party's status ("active" only where the source states it), "listed" or "own" (None: any)."""
        self.set_predicate("status", None if not status else self._status_predicate(status))

    def set_decision(self, decision: str | None, decision_of: Callable[[Grant], str] | None = None) -> None:
        """Only grants with this decision ("none": no decision yet; None: any)."""
        if not decision or decision_of is None:
            self.set_predicate("decision", None)
        elif decision == "none":
            self.set_predicate("decision", lambda g, f=decision_of: not f(g))
        else:
            self.set_predicate("decision", lambda g, f=decision_of, d=decision: f(g) == d)

    def set_account(self, account: str | None) -> None:
        """Only one person's account (None: everyone)."""
        self.set_predicate("account", None if not account else (lambda g, a=account: g.account == a))

    @staticmethod
    def _status_predicate(status: str) -> Callable[[Grant], bool]:
        # The same definitions as core.summary, so a card's number is the number of rows it shows.
        if status == "active":
            return can_reach_now
        if status == "listed":
            return lambda g: is_listed_only(g) and not is_own(g)
        if status == "own":
            return is_own
        return lambda g: g.status == status and not is_own(g)

    def set_finding(self, rule: str | None) -> None:
        """Only grants with a finding of this rule (None: any grant)."""
        self.set_predicate("finding", None if not rule else (lambda g, r=rule: any(f.rule == r for f in g.findings)))

    def set_quick_filter(self, name: str | None) -> None:
        """The filter behind an overview card (None clears it)."""
        self._quick = name
        pred: Callable[[Grant], bool] | None
        if name in ("active", "listed", "expired", "removed", "own"):
            pred = self._status_predicate(name)
        elif name == "unused":
            pred = is_unused
        elif name == "attention":
            pred = needs_attention
        else:
            self._quick = None
            pred = None
        self.set_predicate("quick", pred)

    def quick_filter(self) -> str | None:
        return self._quick
