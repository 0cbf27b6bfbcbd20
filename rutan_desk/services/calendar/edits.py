"""Changing the calendar: importing a year's holidays, correcting or adding one, taking one
off; saving and deleting alert periods."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.calendar import (
    MAX_ALERT_EXTRA,
    AlertPeriod,
    HolidayKind,
    proposed_holidays,
)
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import range_errors
from rutan_desk.services.calendar.queries import AlertRecord, HolidayRecord, holiday_record
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.validation import get_for_change, length_errors, text_errors, text_limits
from rutan_desk.store.models.calendar import AlertExtraRow, AlertPeriodRow, HolidayRow

HOLIDAY_LIMITS = text_limits(HolidayRow)
ALERT_LIMITS = text_limits(AlertPeriodRow)


def import_year(ctx: ActionContext, year: int) -> int:
    """Add the package's holidays of ``year`` that the database does not have yet (by the date
    the package proposes and the name), so corrections and removals made before are kept.
    Returns how many were added."""
    try:
        return _import_year_once(ctx, year)
    except IntegrityError:
        # Another PC imported the same year at the same moment and the database's unique index
        # (uq_holiday_package) refused our copies: what is still missing is added now.
        return _import_year_once(ctx, year)


def _import_year_once(ctx: ActionContext, year: int) -> int:
    with ctx.write(Permission.ROSTER_SETUP) as session:
        return import_year_in(session, year)


def import_year_in(session: Session, year: int) -> int:
    """``import_year`` in the caller's transaction (without its retry)."""
    added = 0
    known = imported_holidays(session)
    for holiday in proposed_holidays(year):
        if (holiday.day, holiday.name) in known:
            continue
        session.add(
            HolidayRow(
                day=holiday.day,
                name=holiday.name,
                kind=holiday.kind.value,
                source="package",
                package_day=holiday.day,
                package_name=holiday.name,
                active=True,
            )
        )
        added += 1
    return added


def imported_holidays(session: Session) -> set[tuple[date | None, str | None]]:
    """The (date, name) the package proposed for each holiday imported from it."""
    rows = session.execute(
        select(HolidayRow.package_day, HolidayRow.package_name).where(
            HolidayRow.source == "package"
        )
    )
    return {(day, name) for day, name in rows}


def _holiday_name(name: str) -> str:
    name = tidy(name)
    errors = text_errors("name", name, HolidayRow.name, required=True)
    if errors:
        raise ValidationError(errors)
    return name


def add_holiday(
    ctx: ActionContext, day: date, name: str, kind: HolidayKind = HolidayKind.LOCAL
) -> HolidayRecord:
    name = _holiday_name(name)
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = HolidayRow(day=day, name=name, kind=kind.value, source="user", active=True)
        session.add(row)
        session.flush()
        return holiday_record(row)


def correct_holiday(
    ctx: ActionContext, holiday_id: int, day: date, name: str, *, expected_version: int
) -> HolidayRecord:
    """Move a holiday to its real date (an estimated Idul Fitri, say) or rename it."""
    name = _holiday_name(name)
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = _active_holiday(session, holiday_id, expected_version)
        row.day, row.name = day, name
        session.flush()
        return holiday_record(row)


def remove_holiday(ctx: ActionContext, holiday_id: int, *, expected_version: int) -> None:
    """Take a holiday off the calendar; one from the package is kept, switched off, so that a
    new import of its year does not bring it back."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = _active_holiday(session, holiday_id, expected_version)
        if row.source == "package":
            row.active = False
        else:
            session.delete(row)


def _active_holiday(session: Session, holiday_id: int, expected_version: int) -> HolidayRow:
    row = get_for_change(session, HolidayRow, holiday_id, expected_version)
    if not row.active:
        raise NotFoundError(f"holiday {holiday_id}")
    return row


def _validate_alert(period: AlertPeriod, codes: set[str]) -> AlertPeriod:
    period = AlertPeriod(
        tidy(period.name),
        period.start,
        period.end,
        tidy(period.circular_number),
        period.circular_title.strip(),
        dict(period.extra),
    )
    errors = text_errors("name", period.name, AlertPeriodRow.name, required=True)
    errors += length_errors(AlertPeriodRow, {"circular_number": period.circular_number})
    if period.end < period.start:
        errors.append(FieldError("end", "end_before_start"))
    for code, extra in period.extra.items():
        if code not in codes:
            errors.append(FieldError("extra", "cycle_unknown_code", {"text": code}))
        elif extra < 0:
            errors.append(FieldError("extra", "minimum_negative"))
        else:
            errors += range_errors("extra", extra, 0, MAX_ALERT_EXTRA)
    if errors:
        raise ValidationError(errors)
    return period


def _working_codes(session: Session) -> set[str]:
    return {shift.code for shift in shift_types_in(session) if shift.working}


def _write_extras(session: Session, alert_id: int, extra: Mapping[str, int]) -> None:
    """Make the period's extra guards per shift what ``extra`` says (zero: none)."""
    wanted = {code: value for code, value in extra.items() if value > 0}
    for row in session.scalars(select(AlertExtraRow).where(AlertExtraRow.alert_id == alert_id)):
        value = wanted.pop(row.shift_code, None)
        if value is None:
            session.delete(row)
        else:
            row.extra = value
    for code, value in sorted(wanted.items()):
        session.add(AlertExtraRow(alert_id=alert_id, shift_code=code, extra=value))


def save_alert_period(
    ctx: ActionContext,
    period: AlertPeriod,
    alert_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> AlertRecord:
    """Add an alert period (``alert_id`` None) or change the one opened at
    ``expected_version``."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        period = _validate_alert(period, _working_codes(session))
        if alert_id is None:
            row = AlertPeriodRow()
            session.add(row)
        else:
            if expected_version is None:
                raise TypeError("changing an alert period needs the version it was read at")
            row = get_for_change(session, AlertPeriodRow, alert_id, expected_version)
        row.name, row.start_date, row.end_date = period.name, period.start, period.end
        row.circular_number, row.circular_title = period.circular_number, period.circular_title
        session.flush()
        _write_extras(session, row.id, period.extra)
        session.flush()
        return AlertRecord(row.id, period, row.version)


def delete_alert_period(ctx: ActionContext, alert_id: int, *, expected_version: int) -> None:
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = get_for_change(session, AlertPeriodRow, alert_id, expected_version)
        _write_extras(session, row.id, {})
        session.delete(row)
