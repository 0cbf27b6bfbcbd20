"""Reading the calendar: holidays and alert periods of a span of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.calendar import AlertPeriod, HolidayKind, extra_strength
from rutan_desk.store.engine import Database
from rutan_desk.store.models.calendar import AlertExtraRow, AlertPeriodRow, HolidayRow


@dataclass(frozen=True)
class HolidayRecord:
    id: int
    day: date
    name: str
    kind: HolidayKind
    from_package: bool
    moved_from: date | None  # the package's date, when the clerk corrected it
    version: int = 1

    @property
    def estimated(self) -> bool:
        return "(perkiraan)" in self.name


@dataclass(frozen=True)
class AlertRecord:
    id: int
    period: AlertPeriod
    version: int = 1


def holiday_record(row: HolidayRow) -> HolidayRecord:
    moved = row.package_day if row.package_day and row.package_day != row.day else None
    return HolidayRecord(
        row.id,
        row.day,
        row.name,
        HolidayKind(row.kind),
        row.source == "package",
        moved,
        row.version,
    )


def holidays_between(db: Database, first: date, last: date) -> list[HolidayRecord]:
    with db.read() as session:
        return holidays_in(session, first, last)


def holidays_in(session: Session, first: date, last: date) -> list[HolidayRecord]:
    rows = session.scalars(
        select(HolidayRow)
        .where(HolidayRow.active, HolidayRow.day.between(first, last))
        .order_by(HolidayRow.day, HolidayRow.id)
    )
    return [holiday_record(row) for row in rows]


def _extras(session: Session, alert_id: int) -> dict[str, int]:
    rows = session.scalars(select(AlertExtraRow).where(AlertExtraRow.alert_id == alert_id))
    return {row.shift_code: row.extra for row in rows}


def alert_periods_between(db: Database, first: date, last: date) -> list[AlertRecord]:
    with db.read() as session:
        return alerts_in(session, first, last)


def alerts_in(session: Session, first: date, last: date) -> list[AlertRecord]:
    rows = session.scalars(
        select(AlertPeriodRow)
        .where(AlertPeriodRow.start_date <= last, AlertPeriodRow.end_date >= first)
        .order_by(AlertPeriodRow.start_date)
    ).all()
    extras: dict[int, dict[str, int]] = {}
    if rows:
        for extra in session.scalars(
            select(AlertExtraRow).where(AlertExtraRow.alert_id.in_([row.id for row in rows]))
        ):
            extras.setdefault(extra.alert_id, {})[extra.shift_code] = extra.extra
    return [
        AlertRecord(
            row.id,
            AlertPeriod(
                row.name,
                row.start_date,
                row.end_date,
                row.circular_number,
                row.circular_title,
                extras.get(row.id, {}),
            ),
            row.version,
        )
        for row in rows
    ]


def alert_strength_in(session: Session, first: date, last: date) -> dict[tuple[date, str], int]:
    """(day, shift) → extra guards the alert periods ask for."""
    return extra_strength([alert.period for alert in alerts_in(session, first, last)], first, last)
