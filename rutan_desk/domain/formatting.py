"""Indonesian formatting of dates, times and numbers, shared by the screens and the documents."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

LOCALE = "id_ID"
TIME_ZONE_LABEL = "WIB"  # Asia/Jakarta
WIB_OFFSET = timedelta(hours=7)


@lru_cache(maxsize=1)
def _babel_dates() -> Any:
    # babel loads its locale data on first use; keep it out of the start-up path.
    from babel import dates

    return dates


def long_date(day: date) -> str:
    """``Selasa, 27 Januari 2026``."""
    return str(_babel_dates().format_date(day, "EEEE, d MMMM y", locale=LOCALE))


def full_date(day: date) -> str:
    """``27 Januari 2026``, as in "Pada tanggal"."""
    return str(_babel_dates().format_date(day, "d MMMM y", locale=LOCALE))


def short_date(day: date) -> str:
    """``27-01-2026``, for tables."""
    return day.strftime("%d-%m-%Y")


def day_span(first: date, last: date) -> str:
    """``1–14 Desember 2023``, ``28 November – 3 Desember 2023``, ``31 Desember 2023 –
    1 Januari 2024``; one day as ``full_date``."""
    if first == last:
        return full_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{full_date(last)}"
    if first.year == last.year:
        start = str(_babel_dates().format_date(first, "d MMMM", locale=LOCALE))
        return f"{start} – {full_date(last)}"
    return f"{full_date(first)} – {full_date(last)}"


def month_year(year: int, month: int) -> str:
    """``Januari 2026``."""
    return str(_babel_dates().format_date(date(year, month, 1), "MMMM y", locale=LOCALE))


def clock(moment: time | datetime, *, zone: bool = True) -> str:
    """``07.00 WIB``: Indonesian official style uses a dot between hours and minutes."""
    text = f"{moment.hour:02d}.{moment.minute:02d}"
    return f"{text} {TIME_ZONE_LABEL}" if zone else text


def from_utc(moment: datetime) -> datetime:
    """A stored moment (naive UTC) as the clocks in the office show it; WIB has no summer time."""
    return moment + WIB_OFFSET


def moment_text(moment_utc: datetime) -> str:
    """``25-11-2026 13.05 WIB`` for a stored (UTC) moment, in lists and on documents."""
    local = from_utc(moment_utc)
    return f"{short_date(local.date())} {clock(local)}"


def weekday_short(day: date) -> str:
    """``Sen``, ``Sel``, ``Rab``… for column headers."""
    return _weekday_abbreviations()[day.weekday()]


@lru_cache(maxsize=1)
def _weekday_abbreviations() -> tuple[str, ...]:
    names = _babel_dates().get_day_names("abbreviated", locale=LOCALE)
    return tuple(str(names[index]) for index in range(7))  # 0 is Monday, as in date.weekday()
