"""The roster's settings: shift codes and their hours, the rule settings, and piket (who takes
it, and how many a holiday shift needs)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.roster_rules import RosterSettings
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import tidy
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.validation import text_errors, text_limits
from rutan_desk.store.models.roster import (
    PiketNeedRow,
    PiketPoolRow,
    RosterEntryRow,
    RosterSettingsRow,
    ShiftTypeRow,
)
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.store.versions import check_version, stale_record_error

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,3}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_PIKET_PER_SHIFT = 99
SHIFT_LIMITS = text_limits(ShiftTypeRow)
MAX_REST_HOURS = 24  # rest between any two shifts: 0 (not checked) to a full day
# A continuous stretch of duty: at least one short shift, at most a day and a night.
MIN_DUTY_HOURS, MAX_DUTY_HOURS = 4, 36


def save_piket_settings(
    ctx: ActionContext,
    *,
    pool: list[int] | None = None,
    since: date | None = None,
    holiday_need: dict[str, int] | None = None,
) -> None:
    """Set the piket pool (the administrative staff who take piket) and/or how many piket
    staff each holiday shift needs, in one transaction."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        if holiday_need is not None:
            _set_holiday_need_in(session, holiday_need)
        if pool is not None:
            _set_pool_in(session, pool, since or ctx.today())


def set_piket_pool(ctx: ActionContext, staff_ids: list[int], since: date) -> None:
    save_piket_settings(ctx, pool=staff_ids, since=since)


def set_holiday_piket_need(ctx: ActionContext, need: dict[str, int]) -> None:
    save_piket_settings(ctx, holiday_need=need)


def _set_pool_in(session: Session, staff_ids: list[int], since: date) -> None:
    """Those in ``staff_ids`` are in the pool (newcomers from ``since``), nobody else."""
    wanted = set(staff_ids)
    for row in session.scalars(select(PiketPoolRow)):
        if row.staff_id in wanted:
            wanted.discard(row.staff_id)
        else:
            session.delete(row)
    for staff_id in sorted(wanted):
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        session.add(PiketPoolRow(staff_id=staff_id, since=since))


def _set_holiday_need_in(session: Session, need: dict[str, int]) -> None:
    working = {s.code for s in shift_types_in(session) if s.working}
    errors = [
        FieldError("need", "cycle_unknown_code", {"text": code})
        for code in need
        if code not in working
    ]
    errors += [
        FieldError("need", "number_out_of_range", {"low": 0, "high": MAX_PIKET_PER_SHIFT})
        for value in need.values()
        if not 0 <= value <= MAX_PIKET_PER_SHIFT
    ]
    if errors:
        raise ValidationError(errors)
    wanted = {code: count for code, count in need.items() if count}
    for row in session.scalars(select(PiketNeedRow)):
        count = wanted.pop(row.shift_code, None)
        if count is None:
            session.delete(row)
        else:
            row.holiday_count = count
    for code, count in sorted(wanted.items()):
        session.add(PiketNeedRow(shift_code=code, holiday_count=count))


def save_shift_type(
    ctx: ActionContext,
    shift: ShiftType,
    *,
    replacing: str | None = None,
    expected_version: int | None = None,
) -> ShiftType:
    """Add a shift code, or change the one now called ``replacing`` as read at
    ``expected_version`` (its code cannot change once used: the roster refers to it)."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        return save_shift_type_in(
            session, shift, replacing=replacing, expected_version=expected_version
        )


def save_shift_type_in(
    session: Session,
    shift: ShiftType,
    *,
    replacing: str | None = None,
    expected_version: int | None = None,
) -> ShiftType:
    """``save_shift_type`` in the caller's transaction."""
    shift = ShiftType(
        shift.code.strip(),
        tidy(shift.name),
        shift.start,
        shift.end,
        shift.colour.strip() or "#ffffff",
    )
    errors: list[FieldError] = []
    if not _CODE.match(shift.code):
        errors.append(FieldError("code", "shift_code_invalid"))
    errors += text_errors("name", shift.name, ShiftTypeRow.name, required=True)
    if (shift.start is None) != (shift.end is None):
        errors.append(FieldError("end", "shift_times_both"))
    if shift.start is not None and shift.start == shift.end:
        errors.append(FieldError("end", "shift_times_equal"))
    if not _COLOUR.match(shift.colour):
        errors.append(FieldError("colour", "colour_invalid"))
    existing = session.scalar(select(ShiftTypeRow).where(ShiftTypeRow.code == shift.code))
    if existing is not None and shift.code != replacing:
        errors.append(FieldError("code", "name_duplicate", {"name": shift.code}))
    row: ShiftTypeRow | None = None
    if replacing is not None:
        row = session.scalar(select(ShiftTypeRow).where(ShiftTypeRow.code == replacing))
        if row is None:
            raise NotFoundError(f"shift {replacing}")
        if expected_version is None:
            raise TypeError("changing a shift code needs the version it was read at")
        check_version(session, row, expected_version)
        in_use = session.scalar(
            select(RosterEntryRow.id).where(RosterEntryRow.shift_code == replacing).limit(1)
        )
        if in_use is not None and shift.code != replacing:
            errors.append(FieldError("code", "shift_code_in_use", {"code": replacing}))
    if errors:
        raise ValidationError(errors)
    if row is None:
        order = (session.scalar(select(func.max(ShiftTypeRow.sort_order))) or 0) + 1
        row = ShiftTypeRow(sort_order=order)
        session.add(row)
    row.code, row.name, row.colour = shift.code, shift.name, shift.colour
    row.start_time, row.end_time = shift.start, shift.end
    return shift


def save_roster_settings(
    ctx: ActionContext,
    settings: RosterSettings,
    *,
    karupam_counts_for_posts: bool,
    expected_version: int,
) -> None:
    """Save the rule settings read at ``expected_version`` (0: never saved before)."""
    errors: list[FieldError] = []
    if not 0 <= settings.min_rest_after_night_hours <= 72:
        errors.append(FieldError("min_rest", "number_out_of_range", {"low": 0, "high": 72}))
    if not 1 <= settings.max_consecutive_days <= 31:
        errors.append(FieldError("max_days", "number_out_of_range", {"low": 1, "high": 31}))
    if not 0 <= settings.min_rest_hours <= MAX_REST_HOURS:
        errors.append(
            FieldError("min_rest_any", "number_out_of_range", {"low": 0, "high": MAX_REST_HOURS})
        )
    if not MIN_DUTY_HOURS <= settings.max_continuous_hours <= MAX_DUTY_HOURS:
        errors.append(
            FieldError(
                "max_duty",
                "number_out_of_range",
                {"low": MIN_DUTY_HOURS, "high": MAX_DUTY_HOURS},
            )
        )
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = session.get(RosterSettingsRow, 1)
        if row is None:
            if expected_version != 0:
                raise stale_record_error(session, "roster_settings", 1, expected_version)
            row = RosterSettingsRow(id=1)
            session.add(row)
        else:
            check_version(session, row, expected_version)
        row.min_rest_after_night_hours = settings.min_rest_after_night_hours
        row.max_consecutive_days = settings.max_consecutive_days
        row.min_rest_hours = settings.min_rest_hours
        row.max_continuous_hours = settings.max_continuous_hours
        row.karupam_counts_for_posts = karupam_counts_for_posts
