"""Read-only views of the roster: one day (shift → post → people), one person's month, and the
fairness table of a year (nights, holidays, alert days, who worked Lebaran and New Year's Eve)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.calendar.queries import alerts_in, holidays_in
from rutan_desk.services.roster.queries import month_days, shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.roster import AbsenceRow, PostRow, RosterEntryRow
from rutan_desk.store.models.staff import StaffRow


@dataclass(frozen=True)
class PostOnShift:
    post: str  # "" for people not placed at a post (the Karupam, piket staff)
    people: tuple[str, ...]


@dataclass(frozen=True)
class ShiftOfDay:
    shift: ShiftType
    posts: tuple[PostOnShift, ...]

    @property
    def strength(self) -> int:
        return sum(len(post.people) for post in self.posts)


@dataclass(frozen=True)
class DayView:
    day: date
    shifts: tuple[ShiftOfDay, ...]
    absent: tuple[tuple[str, AbsenceKind], ...]
    holiday: str
    alert: str


@dataclass(frozen=True)
class PersonDay:
    day: date
    codes: tuple[str, ...]
    post: str
    absence: AbsenceKind | None
    holiday: str


@dataclass(frozen=True)
class FairnessRow:
    staff_id: int
    name: str
    nights: int
    holiday_shifts: int
    alert_shifts: int
    piket: int
    last_lebaran: int | None
    last_new_year_eve: int | None


def day_view(db: Database, day: date) -> DayView:
    with db.read() as session:
        shift_types = shift_types_in(session)
        rows = session.execute(
            select(RosterEntryRow.shift_code, PostRow.name, StaffRow.name, StaffRow.kind)
            .join(StaffRow, StaffRow.id == RosterEntryRow.staff_id)
            .outerjoin(PostRow, PostRow.id == RosterEntryRow.post_id)
            .where(RosterEntryRow.day == day)
            .order_by(PostRow.sort_order, StaffRow.name)
        ).all()
        absent = session.execute(
            select(StaffRow.name, AbsenceRow.kind)
            .join(StaffRow, StaffRow.id == AbsenceRow.staff_id)
            .where(AbsenceRow.start_date <= day, AbsenceRow.end_date >= day)
            .order_by(StaffRow.name)
        ).all()
        holiday = "; ".join(h.name for h in holidays_in(session, day, day))
        alert = "; ".join(a.period.name for a in alerts_in(session, day, day))
    by_shift: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for code, post, name, kind in rows:
        label = f"{name} (eksternal)" if kind == "external" else name
        by_shift[code][post or ""].append(label)
    shifts = tuple(
        ShiftOfDay(
            shift,
            tuple(
                PostOnShift(post, tuple(people)) for post, people in by_shift[shift.code].items()
            ),
        )
        for shift in shift_types
        if shift.working and shift.code in by_shift
    )
    return DayView(day, shifts, tuple((n, AbsenceKind(k)) for n, k in absent), holiday, alert)


def person_month(db: Database, staff_id: int, year: int, month: int) -> list[PersonDay]:

    days = month_days(year, month)
    with db.read() as session:
        entries = session.execute(
            select(RosterEntryRow.day, RosterEntryRow.shift_code, PostRow.name)
            .outerjoin(PostRow, PostRow.id == RosterEntryRow.post_id)
            .where(
                RosterEntryRow.staff_id == staff_id, RosterEntryRow.day.between(days[0], days[-1])
            )
            .order_by(RosterEntryRow.day, RosterEntryRow.id)
        ).all()
        absences = session.scalars(
            select(AbsenceRow).where(
                AbsenceRow.staff_id == staff_id,
                AbsenceRow.start_date <= days[-1],
                AbsenceRow.end_date >= days[0],
            )
        ).all()
        holidays: dict[date, str] = {}
        for holiday in holidays_in(session, days[0], days[-1]):
            holidays[holiday.day] = "; ".join(
                filter(None, (holidays.get(holiday.day), holiday.name))
            )
    codes: dict[date, list[str]] = defaultdict(list)
    posts: dict[date, str] = {}
    for day, code, post in entries:
        codes[day].append(code)
        if post:
            posts[day] = post
    result = []
    for day in days:
        absence = next(
            (AbsenceKind(a.kind) for a in absences if a.start_date <= day <= a.end_date), None
        )
        result.append(
            PersonDay(
                day, tuple(codes.get(day, ())), posts.get(day, ""), absence, holidays.get(day, "")
            )
        )
    return result


def fairness(db: Database, year: int) -> list[FairnessRow]:
    """Per person who worked in ``year``: the loads that people compare."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.read() as session:
        shift_types = shift_types_in(session)
        working = [s.code for s in shift_types if s.working]
        nights = [s.code for s in shift_types if s.crosses_midnight]
        holidays = {h.day for h in holidays_in(session, first, last)}
        alert_days = {
            day
            for alert in alerts_in(session, first, last)
            for day in alert.period.days()
            if first <= day <= last
        }
        rows = session.execute(
            select(
                RosterEntryRow.staff_id,
                RosterEntryRow.day,
                RosterEntryRow.shift_code,
                RosterEntryRow.duty_kind,
            ).where(RosterEntryRow.day.between(first, last), RosterEntryRow.shift_code.in_(working))
        ).all()
        names = {sid: name for sid, name in session.execute(select(StaffRow.id, StaffRow.name))}
        lebaran_days = set(
            session.scalars(
                select(HolidayRow.day).where(
                    HolidayRow.active,
                    HolidayRow.day <= last,
                    HolidayRow.name.like("%Idul Fitri%"),
                    HolidayRow.kind == "national",
                )
            )
        )
        last_lebaran = _last_year_worked(session, lebaran_days, working)
        new_years_eves = {date(y, 12, 31) for y in range(year - 10, year + 1)}
        last_eve = _last_year_worked(session, new_years_eves, working)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for staff_id, day, code, kind in rows:
        tally = counts[staff_id]
        tally[0] += code in nights
        tally[1] += day in holidays
        tally[2] += day in alert_days
        tally[3] += kind == "piket"
    result = [
        FairnessRow(
            staff_id=staff_id,
            name=names.get(staff_id, "?"),
            nights=tally[0],
            holiday_shifts=tally[1],
            alert_shifts=tally[2],
            piket=tally[3],
            last_lebaran=last_lebaran.get(staff_id),
            last_new_year_eve=last_eve.get(staff_id),
        )
        for staff_id, tally in counts.items()
    ]
    return sorted(result, key=lambda row: row.name)


def _last_year_worked(session: Session, days: set[date], working: list[str]) -> dict[int, int]:
    if not days:
        return {}
    rows = session.execute(
        select(RosterEntryRow.staff_id, func.max(RosterEntryRow.day))
        .where(RosterEntryRow.day.in_(sorted(days)), RosterEntryRow.shift_code.in_(working))
        .group_by(RosterEntryRow.staff_id)
    )
    return {staff_id: latest.year for staff_id, latest in rows}
