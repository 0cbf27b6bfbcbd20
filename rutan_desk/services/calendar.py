"""Holidays and alert periods of the roster (menu Jadwal Jaga → Kalender)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.calendar import AlertPeriod, HolidayKind, proposed_holidays
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import tidy
from rutan_desk.services.snapshots import audited_add, audited_update, snapshot
from rutan_desk.store.audit import record_change
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

    @property
    def estimated(self) -> bool:
        return "(perkiraan)" in self.name


@dataclass(frozen=True)
class AlertRecord:
    id: int
    period: AlertPeriod


def _holiday(row: HolidayRow) -> HolidayRecord:
    moved = row.package_day if row.package_day and row.package_day != row.day else None
    return HolidayRecord(
        row.id, row.day, row.name, HolidayKind(row.kind), row.source == "package", moved
    )


# -- holidays -----------------------------------------------------------------------------


def holidays_between(db: Database, first: date, last: date) -> list[HolidayRecord]:
    with db.read() as session:
        return holidays_in(session, first, last)


def holidays_in(session: Session, first: date, last: date) -> list[HolidayRecord]:
    rows = session.scalars(
        select(HolidayRow)
        .where(HolidayRow.active, HolidayRow.day.between(first, last))
        .order_by(HolidayRow.day, HolidayRow.id)
    )
    return [_holiday(row) for row in rows]


def import_year(db: Database, actor: str, year: int) -> int:
    """Add the package's holidays of ``year`` that the database does not have yet (by the date
    the package proposes and the name), so corrections and removals made before are kept.
    Returns how many were added."""
    proposals = proposed_holidays(year)
    added = 0
    with db.write() as session:
        known = {
            (row.package_day, row.package_name)
            for row in session.scalars(select(HolidayRow).where(HolidayRow.source == "package"))
        }
        for holiday in proposals:
            if (holiday.day, holiday.name) in known:
                continue
            row = HolidayRow(
                day=holiday.day,
                name=holiday.name,
                kind=holiday.kind.value,
                source="package",
                package_day=holiday.day,
                package_name=holiday.name,
                active=True,
            )
            audited_add(session, actor, "holiday", row)
            added += 1
    return added


def add_holiday(
    db: Database, actor: str, day: date, name: str, kind: HolidayKind = HolidayKind.LOCAL
) -> HolidayRecord:
    name = tidy(name)
    if not name:
        raise ValidationError([FieldError("name", "field_required")])
    with db.write() as session:
        row = HolidayRow(day=day, name=name, kind=kind.value, source="user", active=True)
        audited_add(session, actor, "holiday", row)
        return _holiday(row)


def correct_holiday(
    db: Database, actor: str, holiday_id: int, day: date, name: str
) -> HolidayRecord:
    """Move a holiday to its real date (an estimated Idul Fitri, say) or rename it."""
    name = tidy(name)
    if not name:
        raise ValidationError([FieldError("name", "field_required")])
    with db.write() as session:
        row = _active_holiday(session, holiday_id)
        with audited_update(session, actor, "holiday", row):
            row.day, row.name = day, name
        return _holiday(row)


def remove_holiday(db: Database, actor: str, holiday_id: int) -> None:
    """Take a holiday off the calendar; one from the package is kept, switched off, so that a
    new import of its year does not bring it back."""
    with db.write() as session:
        row = _active_holiday(session, holiday_id)
        before = snapshot(row)
        if row.source == "package":
            row.active = False
            session.flush()
            record_change(
                session,
                actor=actor,
                entity="holiday",
                entity_id=row.id,
                action="update",
                before=before,
                after=snapshot(row),
            )
        else:
            session.delete(row)
            session.flush()
            record_change(
                session,
                actor=actor,
                entity="holiday",
                entity_id=holiday_id,
                action="delete",
                before=before,
                after=None,
            )


def _active_holiday(session: Session, holiday_id: int) -> HolidayRow:
    row = session.get(HolidayRow, holiday_id)
    if row is None or not row.active:
        raise NotFoundError(f"holiday {holiday_id}")
    return row


# -- alert periods ------------------------------------------------------------------------


def _validate_alert(period: AlertPeriod, codes: set[str]) -> AlertPeriod:
    period = AlertPeriod(
        tidy(period.name),
        period.start,
        period.end,
        tidy(period.circular_number),
        period.circular_title.strip(),
        dict(period.extra),
    )
    errors: list[FieldError] = []
    if not period.name:
        errors.append(FieldError("name", "field_required"))
    if period.end < period.start:
        errors.append(FieldError("end", "end_before_start"))
    for code, extra in period.extra.items():
        if code not in codes:
            errors.append(FieldError("extra", "cycle_unknown_code", {"text": code}))
        elif extra < 0:
            errors.append(FieldError("extra", "minimum_negative"))
    if errors:
        raise ValidationError(errors)
    return period


def _working_codes(session: Session) -> set[str]:
    from rutan_desk.services.roster import shift_types_in

    return {shift.code for shift in shift_types_in(session) if shift.working}


def _write_extras(session: Session, alert_id: int, extra: Mapping[str, int]) -> None:
    for row in session.scalars(select(AlertExtraRow).where(AlertExtraRow.alert_id == alert_id)):
        session.delete(row)
    session.flush()
    for code, value in sorted(extra.items()):
        if value > 0:
            session.add(AlertExtraRow(alert_id=alert_id, shift_code=code, extra=value))


def save_alert_period(
    db: Database, actor: str, period: AlertPeriod, alert_id: int | None = None
) -> AlertRecord:
    with db.write() as session:
        period = _validate_alert(period, _working_codes(session))
        if alert_id is None:
            row = AlertPeriodRow()
            session.add(row)
            before = None
        else:
            found = session.get(AlertPeriodRow, alert_id)
            if found is None:
                raise NotFoundError(f"alert period {alert_id}")
            row = found
            before = {**snapshot(row), "extra": _extras(session, row.id)}
        row.name, row.start_date, row.end_date = period.name, period.start, period.end
        row.circular_number, row.circular_title = period.circular_number, period.circular_title
        session.flush()
        _write_extras(session, row.id, period.extra)
        session.flush()
        record_change(
            session,
            actor=actor,
            entity="alert_period",
            entity_id=row.id,
            action="create" if before is None else "update",
            before=before,
            after={**snapshot(row), "extra": dict(period.extra)},
        )
        return AlertRecord(row.id, period)


def delete_alert_period(db: Database, actor: str, alert_id: int) -> None:
    with db.write() as session:
        row = session.get(AlertPeriodRow, alert_id)
        if row is None:
            raise NotFoundError(f"alert period {alert_id}")
        before = {**snapshot(row), "extra": _extras(session, row.id)}
        _write_extras(session, row.id, {})
        session.delete(row)
        session.flush()
        record_change(
            session,
            actor=actor,
            entity="alert_period",
            entity_id=alert_id,
            action="delete",
            before=before,
            after=None,
        )


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
        )
        for row in rows
    ]
