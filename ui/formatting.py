"""Locale-aware display of dates, counts and sizes; unknown dates read "unknown", never 1970."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

_formats: dict[str, str] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def _date_format(locale: QLocale) -> str:
    name = locale.name()
    fmt = _formats.get(name)
    if fmt is None:
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if locale.language() == QLocale.Language.C:  # no locale configured: ISO dates read unambiguously
            fmt = "yyyy-MM-dd"
        # Two-digit years are ambiguous for grants that span decades (2009 vs 1909): always show four.
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        _formats[name] = fmt
    return fmt


def format_date(dt: datetime | None, locale: QLocale | None = None) -> str:
    """The local calendar day in the user's locale, or "unknown"."""
    if dt is None:
        return tr("unknown")
    loc = locale or QLocale()
    d = dt.astimezone()
    return loc.toString(QDate(d.year, d.month, d.day), _date_format(loc))


def format_datetime(dt: datetime | None, locale: QLocale | None = None) -> str:
    if dt is None:
        return tr("unknown")
    loc = locale or QLocale()
    d = dt.astimezone()
    time_fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    day = loc.toString(QDate(d.year, d.month, d.day), _date_format(loc))
    from PySide6.QtCore import QTime

    return f"{day} {loc.toString(QTime(d.hour, d.minute), time_fmt)}"


def format_count(n: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(n)


def format_bytes(n: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).formattedDataSize(n)


def humanize_event(event_type: str) -> str:
    """PAGE_VIEW -> "page view" (event names are data from the archive, shown as-is otherwise)."""
    return event_type.replace("_", " ").lower()
