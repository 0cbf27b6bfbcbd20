"""The month grid of the roster: reading a month at once, and the clerk's edits of one cell.

An edit replaces what a person has on a day with one code typed by the clerk (a manual entry,
kept by regeneration) or with nothing. Edits that break a hard rule are refused unless the clerk
gives a reason to override; the reason is in the audit trail. Each edit returns what the cell held
before, which is what Ctrl+Z puts back.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.roster import Duty, EntrySource
from rutan_desk.domain.roster_rules import Conflict, RosterFacts, check_roster
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services import roster
from rutan_desk.services.calendar import alerts_in, holidays_in
from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import (
    AbsenceRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RosterEntryRow,
)
from rutan_desk.store.models.staff import StaffRow

RULE_MARGIN = timedelta(days=14)  # duties around the edited day that the rules look at


@dataclass(frozen=True)
class GridPerson:
    id: int
    name: str
    identity: str
    group: str  # the regu on the first day of the month, else the unit or agency
    external: bool
    karupam: bool = False


class Cell(NamedTuple):
    """One code in a person's cell (a tuple: a month holds thousands of them)."""

    code: str
    post: str = ""
    source: EntrySource = EntrySource.GENERATED


_SOURCES = {source.value: source for source in EntrySource}


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    days: tuple[date, ...]
    people: tuple[GridPerson, ...]
    cells: dict[tuple[int, date], tuple[Cell, ...]]
    absences: dict[tuple[int, date], str]  # (person, day) → kind
    shift_types: tuple[ShiftType, ...]
    group_order: tuple[str, ...] = field(default=())
    holidays: dict[date, str] = field(default_factory=dict)  # day → names, joined
    alerts: dict[date, str] = field(default_factory=dict)  # day → alert period names


@dataclass(frozen=True)
class CellEntry:
    """What a cell held, to put it back on undo."""

    code: str
    post_id: int | None
    source: EntrySource
    note: str


@dataclass(frozen=True)
class CellEdit:
    staff_id: int
    day: date
    before: tuple[CellEntry, ...]
    after: tuple[CellEntry, ...]
    conflicts: tuple[Conflict, ...]


class HardRuleError(Exception):
    """The edit would break a hard rule; nothing was written. Retry with a reason to override."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(", ".join(c.rule.value for c in conflicts))
        self.conflicts = conflicts


def month_days(year: int, month: int) -> tuple[date, ...]:
    count = calendar.monthrange(year, month)[1]
    return tuple(date(year, month, day) for day in range(1, count + 1))


def load_month(db: Database, year: int, month: int) -> MonthGrid:
    """Everything the grid shows for a month, read in a few queries. The conflicts take longer
    to work out than the cells take to read, so they come only when asked for (the grid asks
    right after it has painted the month: ``month_conflicts``)."""
    days = month_days(year, month)
    first, last = days[0], days[-1]
    with db.read() as session:
        groups = _groups_on(session, first)
        post_names: dict[int, str] = {
            post_id: name for post_id, name in session.execute(select(PostRow.id, PostRow.name))
        }
        cells: dict[tuple[int, date], tuple[Cell, ...]] = {}
        # Thousands of rows: read through the Core connection (no ORM loading machinery), the
        # day as ISO text looked up among the month's days rather than parsed row by row.
        day_of = {day.isoformat(): day for day in days}
        rows = session.connection().execute(
            select(
                RosterEntryRow.staff_id,
                cast(RosterEntryRow.day, String(10)),
                RosterEntryRow.shift_code,
                RosterEntryRow.post_id,
                RosterEntryRow.source,
            ).where(RosterEntryRow.day.between(first, last))
        )
        # A month has thousands of cells but few different ones: share equal Cell tuples.
        shared: dict[tuple[str, int | None, str], Cell] = {}
        for staff_id, day_text, code, post_id, source in rows:
            cell = shared.get((code, post_id, source))
            if cell is None:
                cell = Cell(code, post_names.get(post_id, "") if post_id else "", _SOURCES[source])
                shared[(code, post_id, source)] = cell
            key = (staff_id, day_of[day_text])
            cells[key] = (*cells[key], cell) if key in cells else (cell,)
        absences: dict[tuple[int, date], str] = {}
        for absence in session.scalars(
            select(AbsenceRow).where(AbsenceRow.start_date <= last, AbsenceRow.end_date >= first)
        ):
            day = max(absence.start_date, first)
            while day <= min(absence.end_date, last):
                absences[(absence.staff_id, day)] = absence.kind
                day += timedelta(days=1)
        karupam = set(
            session.scalars(select(ReguRow.karupam_id).where(ReguRow.karupam_id.is_not(None)))
        )
        on_roster = {staff_id for staff_id, _ in cells} | {staff_id for staff_id, _ in absences}
        people = []
        staff = session.execute(
            select(
                StaffRow.id,
                StaffRow.name,
                StaffRow.nip,
                StaffRow.external_id,
                StaffRow.kind,
                StaffRow.unit,
                StaffRow.agency,
            )
        )
        for sid, name, nip, external_id, kind, unit, agency in staff:
            if sid not in groups and sid not in on_roster:
                continue  # not in a regu and nothing this month: not a row of the grid
            external = kind == "external"
            group = groups.get(sid) or (agency if external else unit)
            identity = external_id or "" if external else format_nip(nip or "")
            people.append(GridPerson(sid, name, identity, group, external, sid in karupam))
        order = sorted({p.group for p in people}, key=lambda g: (not g.startswith("Regu"), g))
        rank = {group: index for index, group in enumerate(order)}
        # The Karupam heads the regu's rows; then the members by name, external last.
        people.sort(key=lambda p: (rank[p.group], not p.karupam, p.external, p.name))
        shift_types = tuple(roster.shift_types_in(session))
        holidays: dict[date, str] = {}
        for holiday in holidays_in(session, first, last):
            holidays[holiday.day] = "; ".join(
                filter(None, (holidays.get(holiday.day), holiday.name))
            )
        alerts: dict[date, str] = {}
        for alert in alerts_in(session, first, last):
            for day in alert.period.days():
                if first <= day <= last:
                    alerts[day] = "; ".join(filter(None, (alerts.get(day), alert.period.name)))
    return MonthGrid(
        year,
        month,
        days,
        tuple(people),
        cells,
        absences,
        shift_types,
        tuple(order),
        holidays,
        alerts,
    )


def month_conflicts(db: Database, year: int, month: int) -> tuple[Conflict, ...]:
    days = month_days(year, month)
    return tuple(roster.check_period(db, days[0], days[-1]))


def _groups_on(session: Session, day: date) -> dict[int, str]:
    rows = session.execute(
        select(ReguMemberRow.staff_id, ReguRow.name)
        .join(ReguRow, ReguRow.id == ReguMemberRow.regu_id)
        .where(
            ReguMemberRow.start_date <= day,
            (ReguMemberRow.end_date.is_(None)) | (ReguMemberRow.end_date >= day),
        )
    )
    return {staff_id: name for staff_id, name in rows}


def _entries(session: Session, staff_id: int, day: date) -> list[RosterEntryRow]:
    return list(
        session.scalars(
            select(RosterEntryRow)
            .where(RosterEntryRow.staff_id == staff_id, RosterEntryRow.day == day)
            .order_by(RosterEntryRow.id)
        )
    )


def _as_entry(row: RosterEntryRow) -> CellEntry:
    return CellEntry(row.shift_code, row.post_id, EntrySource(row.source), row.note)


def set_cell(
    db: Database,
    actor: str,
    staff_id: int,
    day: date,
    code: str | None,
    *,
    post_id: int | None = None,
    override_reason: str = "",
) -> CellEdit:
    """Put ``code`` (or nothing, for None) in a person's cell of ``day``, as a manual entry."""
    entries = () if code is None else (CellEntry(code, post_id, EntrySource.MANUAL, ""),)
    return _replace_cell(db, actor, staff_id, day, entries, override_reason=override_reason)


def pin_cell(db: Database, actor: str, staff_id: int, day: date) -> CellEdit:
    """Keep a generated cell as it is when the month is planned again."""
    with db.write() as session:
        before = cell_in(session, staff_id, day)
        pinned = tuple(
            CellEntry(e.code, e.post_id, EntrySource.PINNED, e.note)
            if e.source is EntrySource.GENERATED
            else e
            for e in before
        )
        if pinned != before:
            write_cell_in(session, staff_id, day, pinned)
            record_change(
                session,
                actor=actor,
                entity="roster_cell",
                entity_id=f"{staff_id}@{day}",
                action="update",
                before={"entries": [e.code for e in before], "pinned": False},
                after={"entries": [e.code for e in pinned], "pinned": True},
            )
        return CellEdit(staff_id, day, before, pinned, ())


def posts(db: Database) -> list[tuple[int, str]]:
    """The active posts, for choosing where someone added to a shift stands."""
    with db.read() as session:
        return [(p.id, p.name) for p in roster.posts_in(session)]


def restore_cell(db: Database, actor: str, edit: CellEdit) -> CellEdit:
    """Undo ``edit``: the cell gets back exactly what it held (no rule check: it was there)."""
    return _replace_cell(db, actor, edit.staff_id, edit.day, edit.before, check=False)


def _replace_cell(
    db: Database,
    actor: str,
    staff_id: int,
    day: date,
    entries: tuple[CellEntry, ...],
    *,
    override_reason: str = "",
    check: bool = True,
) -> CellEdit:
    with db.write() as session:
        before = write_cell_in(session, staff_id, day, entries)
        conflicts = conflicts_around_in(session, staff_id, day) if check else []
        hard = refuse_hard_conflicts(conflicts, override_reason)
        record_change(
            session,
            actor=actor,
            entity="roster_cell",
            entity_id=f"{staff_id}@{day}",
            action="update",
            before={"entries": [e.code for e in before]},
            after={
                "entries": [e.code for e in entries],
                "override_reason": override_reason.strip() or None,
                "overridden": [c.rule.value for c in hard],
            },
        )
        return CellEdit(staff_id, day, before, entries, tuple(conflicts))


def refuse_hard_conflicts(conflicts: list[Conflict], override_reason: str) -> list[Conflict]:
    """The hard conflicts, when the clerk gave a reason to override them; without a reason they
    end the transaction (HardRuleError rolls it back, so nothing is written)."""
    hard = [c for c in conflicts if c.hard]
    if hard and not override_reason.strip():
        raise HardRuleError(hard)
    return hard


def write_cell_in(
    session: Session, staff_id: int, day: date, entries: tuple[CellEntry, ...]
) -> tuple[CellEntry, ...]:
    """Replace what a person has on a day with ``entries`` in the caller's transaction; return
    what was there."""
    if session.get(StaffRow, staff_id) is None:
        raise NotFoundError(f"staff {staff_id}")
    codes = {shift.code for shift in roster.shift_types_in(session)}
    for entry in entries:
        if entry.code not in codes:
            raise ValidationError([FieldError("code", "cycle_unknown_code", {"text": entry.code})])
    old_rows = _entries(session, staff_id, day)
    before = tuple(_as_entry(row) for row in old_rows)
    for row in old_rows:
        session.delete(row)
    session.flush()
    for entry in entries:
        session.add(
            RosterEntryRow(
                day=day,
                staff_id=staff_id,
                shift_code=entry.code,
                post_id=entry.post_id,
                source=entry.source.value,
                note=entry.note,
            )
        )
    session.flush()
    return before


def cell_in(session: Session, staff_id: int, day: date) -> tuple[CellEntry, ...]:
    return tuple(_as_entry(row) for row in _entries(session, staff_id, day))


def conflicts_around_in(session: Session, staff_id: int, day: date) -> list[Conflict]:
    """The conflicts on ``day`` (and the days its rules reach) that concern this person."""
    first, last = day - RULE_MARGIN, day + RULE_MARGIN
    settings, _ = roster.settings_in(session)
    facts = RosterFacts(
        shift_types={shift.code: shift for shift in roster.shift_types_in(session)},
        people=roster.people_in(session),
        posts={p.id: p for p in roster.posts_in(session)},
        absences=roster.absences_in(session, first, last),
        settings=settings,
    )
    duties: list[Duty] = roster.duties_in(session, first, last)
    window = (day - timedelta(days=1), day + timedelta(days=settings.max_consecutive_days + 1))
    return [c for c in check_roster(duties, facts, days=window) if staff_id in c.person_ids]
