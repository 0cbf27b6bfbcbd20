"""The roster's printed sheets: the month (Jadwal Jaga) and the day's piket sheet (Daftar Piket
Harian). Printed as they are; they are not numbered."""

from __future__ import annotations

from datetime import date

from rutan_desk.domain.formatting import clock
from rutan_desk.domain.nip import format_nip
from rutan_desk.reports.piket_sheet import PiketSheet, PostCrew, ShiftCrew, render_piket_sheet
from rutan_desk.reports.roster_sheet import RosterSheet, SheetGroup, SheetRow, render_roster_sheet
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster.grid import load_month
from rutan_desk.services.roster.views import day_view
from rutan_desk.services.staff.records import head_of_security, list_staff
from rutan_desk.store.engine import Database


def piket_sheet(db: Database, day: date) -> PiketSheet:
    """The day's shifts and posts with the names on duty, for the sheet at the post."""
    view = day_view(db, day)
    shifts = []
    for shift_day in view.shifts:
        shift = shift_day.shift
        label = shift.name
        if shift.start is not None and shift.end is not None:
            label += f" {clock(shift.start, zone=False)}–{clock(shift.end)}"
        posts = sorted(shift_day.posts, key=lambda crew: crew.post == "")  # posts first
        shifts.append(ShiftCrew(label, [PostCrew(c.post, list(c.people)) for c in posts]))
    note = "; ".join(part for part in (view.holiday, view.alert) if part)
    return PiketSheet(day, shifts, note, get_profile(db).paper_size)


def piket_sheet_pdf(db: Database, day: date) -> bytes:
    return render_piket_sheet(piket_sheet(db, day), get_profile(db))


def roster_sheet(db: Database, year: int, month: int, *, made_on: date) -> RosterSheet:
    """The month of the grid as a printable sheet, grouped as on screen, dated ``made_on``."""

    grid = load_month(db, year, month)
    working = {s.code for s in grid.shift_types if s.working}
    groups: list[SheetGroup] = []
    for group in grid.group_order:
        rows = []
        for person in (p for p in grid.people if p.group == group):
            codes = [
                "/".join(c.code for c in grid.cells.get((person.id, day), ()))
                or (grid.absences.get((person.id, day), "") or "")[:2].upper()
                for day in grid.days
            ]
            days_on = sum(
                1
                for day in grid.days
                if any(c.code in working for c in grid.cells.get((person.id, day), ()))
            )
            rows.append(SheetRow(person.name, person.identity, codes, days_on))
        groups.append(SheetGroup(group, rows))
    legend = []
    for shift in grid.shift_types:
        hours = ""
        if shift.start is not None and shift.end is not None:
            hours = f" {clock(shift.start, zone=False)}–{clock(shift.end, zone=False)}"
        legend.append(f"{shift.code} {shift.name}{hours}")
    profile = get_profile(db)
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


def roster_sheet_pdf(db: Database, year: int, month: int, *, made_on: date) -> bytes:
    return render_roster_sheet(roster_sheet(db, year, month, made_on=made_on), get_profile(db))
