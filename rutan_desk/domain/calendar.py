"""The Indonesian calendar of the roster: public holidays, cuti bersama and alert periods.

National holidays and cuti bersama come from the ``holidays`` package (country ID; categories
"public" and "government"). Islamic dates after the current year are estimates there, marked
"(perkiraan)", so the clerk must be able to correct a date and to add local holidays: the
package only proposes, the database keeps what the clerk accepted.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

ESTIMATE_MARK = "(perkiraan)"


class HolidayKind(StrEnum):
    NATIONAL = "national"  # hari libur nasional
    CUTI_BERSAMA = "cuti_bersama"  # joint leave day set by the government
    LOCAL = "local"  # added by the Rutan (regional holiday, local event)


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    kind: HolidayKind

    @property
    def estimated(self) -> bool:
        return ESTIMATE_MARK in self.name


def proposed_holidays(year: int) -> list[Holiday]:
    """The package's national holidays and cuti bersama of ``year``, in Indonesian."""
    import holidays  # a large package: loaded only when a year is imported

    result: list[Holiday] = []
    for category, kind in (
        ("public", HolidayKind.NATIONAL),
        ("government", HolidayKind.CUTI_BERSAMA),
    ):
        calendar: Any = holidays.country_holidays(
            "ID", years=year, categories=(category,), language="id"
        )
        for day, name in sorted(calendar.items()):
            for part in str(name).split("; "):  # two holidays on one day come joined
                result.append(Holiday(day, part, kind))
    return sorted(result, key=lambda holiday: (holiday.day, holiday.kind.value, holiday.name))


def is_working_day(day: date, holidays: Container[date]) -> bool:
    """An office day: Monday to Friday and not a holiday (national, cuti bersama or local)."""
    return day.weekday() < 5 and day not in holidays


def last_working_day_before(day: date, holidays: Container[date]) -> date:
    """The office's last working day before ``day``: a month's sheet is signed on it."""
    before = day - timedelta(days=1)
    while not is_working_day(before, holidays):
        before -= timedelta(days=1)
    return before


# Extra guards one alert period asks for on one shift: as many as a post minimum can be.
MAX_ALERT_EXTRA = 99


@dataclass(frozen=True)
class AlertPeriod:
    """A siaga period: more guards per shift, ordered by a circular letter."""

    name: str
    start: date
    end: date  # inclusive
    circular_number: str = ""
    circular_title: str = ""
    extra: Mapping[str, int] = field(default_factory=dict)  # shift code → extra guards

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def days(self) -> Iterable[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


def extra_strength(
    periods: Iterable[AlertPeriod], first: date, last: date
) -> dict[tuple[date, str], int]:
    """(day, shift) → extra guards needed, summed over overlapping alert periods."""
    result: dict[tuple[date, str], int] = {}
    for period in periods:
        for day in period.days():
            if first <= day <= last:
                for shift, extra in period.extra.items():
                    if extra:
                        result[(day, shift)] = result.get((day, shift), 0) + extra
    return result


def nataru(year: int, **details: Any) -> AlertPeriod:
    """Natal dan Tahun Baru: roughly 20 December of ``year`` to 5 January of the next."""
    return AlertPeriod(
        details.pop("name", f"Siaga Nataru {year}/{year + 1}"),
        date(year, 12, 20),
        date(year + 1, 1, 5),
        **details,
    )
