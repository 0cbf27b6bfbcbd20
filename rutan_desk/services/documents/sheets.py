"""The roster's printed sheets: the month (Jadwal Jaga) and the day's piket sheet (Daftar Piket
Harian). Printed as they are; they are not numbered."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from rutan_desk.domain.calendar import last_working_day_before
from rutan_desk.domain.formatting import clock
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.reports.piket_sheet import PiketSheet, render_piket_sheet
from rutan_desk.reports.roster_sheet import RosterSheet, SheetGroup, SheetRow, render_roster_sheet
from rutan_desk.services.calendar.queries import holidays_between
from rutan_desk.services.documents.piket_crew import piket_crew
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster.grid import MonthGrid, load_month
from rutan_desk.services.roster.views import day_view
from rutan_desk.services.staff.records import head_of_security, list_staff
from rutan_desk.store.engine import Database


def piket_sheet(db: Database, day: date) -> PiketSheet:
    """The day's shifts and posts with the names on duty, those not at a post by their role,
    and the signatures: the Karupam of each shift, the Ka KPR acknowledging."""
    view = day_view(db, day)  # for the holiday and the alert of the day
    crew = piket_crew(db, day)
    note = "; ".join(part for part in (view.holiday, view.alert) if part)
    profile = get_profile(db, day)
    return PiketSheet(
        day,
        crew.shifts,
        note,
        profile.paper_size,
        signers=crew.karupam,
        acknowledged_by=crew.ka_kpr,
        city=profile.city,
    )


def piket_sheet_pdf(db: Database, day: date) -> bytes:
    return render_piket_sheet(piket_sheet(db, day), get_profile(db, day))


def roster_sheet_date(db: Database, year: int, month: int) -> date:
    """The date a month's sheet is signed on unless the clerk chooses another: the office's last
    working day before the month starts (weekends and the calendar's holidays are not)."""
    first = date(year, month, 1)
    holidays = {h.day for h in holidays_between(db, first - timedelta(days=31), first)}
    return last_working_day_before(first, holidays)


def roster_sheet(db: Database, year: int, month: int, *, made_on: date) -> RosterSheet:
    """The month of the grid as a printable sheet, grouped as on screen, dated ``made_on``."""

    grid = load_month(db, year, month)
    working = {s.code for s in grid.shift_types if s.working}
    groups: list[SheetGroup] = []
    for group in grid.group_order:
        rows = []
        for person in (p for p in grid.people if p.group == group):
            codes = [_sheet_code(grid, person.id, day) for day in grid.days]
            days_on = sum(
                1
                for day in grid.days
                if any(c.code in working for c in grid.cells.get((person.id, day), ()))
            )
            rows.append(SheetRow(person.name, person.identity, codes, days_on))
        groups.append(SheetGroup(group, rows))
    used = {
        code
        for group in groups
        for row in group.rows
        for cell in row.codes
        for code in cell.split("/")
        if code
    }
    legend = _legend(grid.shift_types, used)
    profile = get_profile(db, made_on)
    ka_kpr = head_of_security(list_staff(db))
    return RosterSheet(
        year=year,
        month=month,
        days=list(grid.days),
        groups=groups,
        holidays=sorted(grid.holidays),
        alert_days=sorted(grid.alerts),
        legend=legend,
        made_by=(
            "Kepala Kesatuan Pengamanan Rutan",
            ka_kpr.name if ka_kpr else "",
            ka_kpr.identity if ka_kpr else "",
        ),
        known_by=(profile.head_title, profile.head_name, format_nip(profile.head_nip)),
        city=profile.city,
        made_on=made_on,
        paper=profile.paper_size,
    )


def _sheet_code(grid: MonthGrid, person_id: int, day: date) -> str:
    """The shifts of the day ("P/M"), else the absence's code: the same as on screen."""
    cells = grid.cells.get((person_id, day), ())
    if cells:
        return "/".join(cell.code for cell in cells)
    absence = grid.absences.get((person_id, day))
    return AbsenceKind(absence).code if absence else ""


def _legend(shift_types: Sequence[ShiftType], used: Collection[str]) -> list[str]:
    """Each code the sheet shows, what it means: the shifts (with their hours) in the order of
    the settings, then the absences."""
    legend = []
    for shift in shift_types:
        if shift.code in used:
            hours = ""
            if shift.start is not None and shift.end is not None:
                hours = f" {clock(shift.start, zone=False)}–{clock(shift.end)}"
            legend.append(f"{shift.code} = {shift.name}{hours}")
    legend += [f"{kind.code} = {kind.label}" for kind in AbsenceKind if kind.code in used]
    return legend


def roster_sheet_pdf(db: Database, year: int, month: int, *, made_on: date) -> bytes:
    return render_roster_sheet(
        roster_sheet(db, year, month, made_on=made_on), get_profile(db, made_on)
    )
