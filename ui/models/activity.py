"""Tables for off-platform activity (businesses sending your activity) and advertisers holding your data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from core.model import ActivityRecord, Advertiser
from core.text import DISPLAY_LIMIT, shorten
from ui.formatting import format_count, format_date, humanize_event
from ui.models.base import Column, RowTableModel
from ui.resources import platform_name

ACOL_BUSINESS, ACOL_PLATFORM, ACOL_EVENTS, ACOL_FIRST, ACOL_LAST, ACOL_TYPES = range(6)
VCOL_NAME, VCOL_PLATFORM, VCOL_REASONS = range(3)


class ActivityTableModel(RowTableModel[ActivityRecord]):
    """Businesses that sent a platform information about what you did on their sites and apps."""

    def __init__(self, parent: QObject | None = None, *, platform_label: Callable[[str], str] = platform_name) -> None:
        super().__init__(parent)
        self._platform_label = platform_label
        self._init_columns()

    def columns(self) -> list[Column[ActivityRecord]]:
        return [
            Column("business", self.tr("Business"), lambda a: shorten(a.business),
                   lambda a: a.business[:DISPLAY_LIMIT].casefold()),
            Column("platform", self.tr("Sent to"), lambda a: self._platform_label(a.platform),
                   lambda a: self._platform_label(a.platform).casefold()),
            Column("events", self.tr("Events"), lambda a: format_count(a.event_count), lambda a: a.event_count,
                   numeric=True),
            Column("first", self.tr("First"), lambda a: format_date(a.first_at), lambda a: a.first_at,
                   dim=lambda a: a.first_at is None),
            Column("last", self.tr("Latest"), lambda a: format_date(a.last_at), lambda a: a.last_at,
                   dim=lambda a: a.last_at is None),
            Column("types", self.tr("What was sent"), lambda a: ", ".join(humanize_event(t) for t in a.event_types),
                   lambda a: len(a.event_types) or None, tooltip=lambda a: a.source_file or None),
        ]

    def search_text(self, a: ActivityRecord) -> str:
        return " ".join([a.business, self._platform_label(a.platform),
                         " ".join(humanize_event(t) for t in a.event_types)])


class AdvertiserTableModel(RowTableModel[Advertiser]):
    """Advertisers that uploaded or used a list with your information."""

    def __init__(self, parent: QObject | None = None, *, platform_label: Callable[[str], str] = platform_name) -> None:
        super().__init__(parent)
        self._platform_label = platform_label
        self._init_columns()

    def columns(self) -> list[Column[Advertiser]]:
        return [
            Column("name", self.tr("Advertiser"), lambda a: shorten(a.name),
                   lambda a: a.name[:DISPLAY_LIMIT].casefold()),
            Column("platform", self.tr("Platform"), lambda a: self._platform_label(a.platform),
                   lambda a: self._platform_label(a.platform).casefold()),
            Column("reasons", self.tr("How they have your information"), lambda a: "; ".join(a.reasons),
                   lambda a: "; ".join(a.reasons).casefold() or None, tooltip=lambda a: a.source_file or None),
        ]

    def search_text(self, a: Advertiser) -> str:
        return " ".join([a.name, self._platform_label(a.platform), " ".join(a.reasons)])
