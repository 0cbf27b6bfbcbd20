"""The month grid of the roster: reading a month at once, re-reading the cells a change touched,
and the clerk's edits of one cell.

An edit replaces what a person has on a day with one code typed by the clerk (a manual entry,
kept by regeneration) or with nothing. Edits that break a hard rule are refused unless the clerk
gives a reason to override; the reason is recorded in the audit trail. Each edit returns what
the cell held before, which is what Ctrl+Z puts back. A clerk's edit names what the cell showed
on screen, and is refused when someone else changed the cell meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.roster import EntrySource
from rutan_desk.domain.roster_rules import PERSON_RULES, Conflict
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.calendar.queries import alerts_in, holidays_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.checks import (
    check_period,
    conflicts_around_in,
    facts_in,
    person_conflicts_in,
    reach_of,
    refuse_hard_conflicts,
    shift_conflicts_in,
)
from rutan_desk.services.roster.history import refuse_history_edit
from rutan_desk.services.roster.queries import month_days, posts_in, shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.errors import StaleRecordError
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.roster import (
    AbsenceRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RosterEntryRow,
)
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.store.tracking import record_event

CellKey = tuple[int, date]  # (staff id, day)


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
    duty_kind: str = "regu"  # or "piket": staff added to guard duty


@dataclass(frozen=True)
class CellEdit:
    staff_id: int
    day: date
    before: tuple[CellEntry, ...]
    after: tuple[CellEntry, ...]
    conflicts: tuple[Conflict, ...]


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
        shift_types = tuple(shift_types_in(session))
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
    return tuple(check_period(db, days[0], days[-1]))


def load_cells(db: Database, keys: Iterable[CellKey]) -> dict[CellKey, tuple[Cell, ...]]:
    """What the given cells hold now (an empty tuple for an empty cell): what the grid re-reads
    after a change instead of the whole month."""
    wanted = set(keys)
    result: dict[CellKey, tuple[Cell, ...]] = dict.fromkeys(wanted, ())
    if not wanted:
        return result
    by_day: dict[date, set[int]] = {}
    for staff_id, day in wanted:
        by_day.setdefault(day, set()).add(staff_id)
    with db.read() as session:
        post_names: dict[int, str] = {
            post_id: name for post_id, name in session.execute(select(PostRow.id, PostRow.name))
        }
        rows = session.execute(
            select(
                RosterEntryRow.staff_id,
                RosterEntryRow.day,
                RosterEntryRow.shift_code,
                RosterEntryRow.post_id,
                RosterEntryRow.source,
            )
            .where(
                or_(
                    *(
                        (RosterEntryRow.day == day) & RosterEntryRow.staff_id.in_(staff_ids)
                        for day, staff_ids in by_day.items()
                    )
                )
            )
            .order_by(RosterEntryRow.id)
        )
        for staff_id, day, code, post_id, source in rows:
            cell = Cell(code, post_names.get(post_id, "") if post_id else "", _SOURCES[source])
            result[(staff_id, day)] = (*result[(staff_id, day)], cell)
    return result


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
    return CellEntry(row.shift_code, row.post_id, EntrySource(row.source), row.note, row.duty_kind)


def set_cell(
    ctx: ActionContext,
    staff_id: int,
    day: date,
    code: str | None,
    *,
    post_id: int | None = None,
    override_reason: str = "",
    expected: tuple[str, ...] | None = None,
) -> CellEdit:
    """Put ``code`` (or nothing, for None) in a person's cell of ``day``, as a manual entry.
    ``expected``: the codes the clerk saw in the cell; when it holds something else now (another
    PC changed it), the edit is refused with StaleRecordError. A day that is history (passed,
    handed over, covered by an issued order) is corrected only with a reason
    (``override_reason``, recorded): without one, HistoryEditError."""
    entries = () if code is None else (CellEntry(code, post_id, EntrySource.MANUAL, ""),)
    return _replace_cell(
        ctx, staff_id, day, entries, override_reason=override_reason, expected=expected
    )


def pin_cell(ctx: ActionContext, staff_id: int, day: date) -> CellEdit:
    """Keep a generated cell as it is when the month is planned again."""
    with ctx.write(Permission.ROSTER_EDIT) as session:
        before = cell_in(session, staff_id, day)
        pinned = tuple(
            CellEntry(e.code, e.post_id, EntrySource.PINNED, e.note, e.duty_kind)
            if e.source is EntrySource.GENERATED
            else e
            for e in before
        )
        if pinned != before:
            write_cell_in(session, staff_id, day, pinned)
        return CellEdit(staff_id, day, before, pinned, ())


def posts(db: Database) -> list[tuple[int, str]]:
    """The active posts, for choosing where someone added to a shift stands."""
    with db.read() as session:
        return [(p.id, p.name) for p in posts_in(session)]


def restore_cell(ctx: ActionContext, edit: CellEdit) -> CellEdit:
    """Undo ``edit``: the cell gets back exactly what it held (no rule check: it was there).
    Refused when someone else changed the cell after ``edit``."""
    expected = tuple(entry.code for entry in edit.after)
    return _replace_cell(ctx, edit.staff_id, edit.day, edit.before, check=False, expected=expected)


def _replace_cell(
    ctx: ActionContext,
    staff_id: int,
    day: date,
    entries: tuple[CellEntry, ...],
    *,
    override_reason: str = "",
    check: bool = True,
    expected: tuple[str, ...] | None = None,
) -> CellEdit:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        if expected is not None:
            _check_cell(session, staff_id, day, expected)
        history = (
            refuse_history_edit(session, [day], ctx.today(), override_reason) if check else None
        )
        before = write_cell_in(session, staff_id, day, entries)
        conflicts = conflicts_around_in(session, staff_id, day) if check else []
        hard = refuse_hard_conflicts(conflicts, override_reason)
        if hard or history is not None:
            record_event(
                session,
                entity="roster_cell",
                entity_id=f"{staff_id}@{day}",
                details={
                    "entries": [e.code for e in entries],
                    "override_reason": override_reason.strip(),
                    "overridden": [c.rule.value for c in hard],
                    "history": history.value if history else None,
                },
            )
        return CellEdit(staff_id, day, before, entries, tuple(conflicts))


def _check_cell(session: Session, staff_id: int, day: date, expected: tuple[str, ...]) -> None:
    rows = _entries(session, staff_id, day)
    if tuple(row.shift_code for row in rows) == expected:
        return
    ids = [str(row.id) for row in rows]
    latest = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == RosterEntryRow.__tablename__, AuditEntry.entity_id.in_(ids))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    raise StaleRecordError(
        entity="roster_cell",
        record_id=f"{staff_id}@{day}",
        changed_by=latest.actor if latest else "",
        changed_at=latest.at if latest else None,
        fields=("shift_code",),
    )


def write_cell_in(
    session: Session, staff_id: int, day: date, entries: tuple[CellEntry, ...]
) -> tuple[CellEntry, ...]:
    """Make a person's cell of ``day`` hold ``entries`` in the caller's transaction (rows are
    changed in place where they can be, so the audit shows one code becoming another); return
    what was there."""
    if session.get(StaffRow, staff_id) is None:
        raise NotFoundError(f"staff {staff_id}")
    codes = {shift.code for shift in shift_types_in(session)}
    for entry in entries:
        if entry.code not in codes:
            raise ValidationError([FieldError("code", "cycle_unknown_code", {"text": entry.code})])
    old_rows = _entries(session, staff_id, day)
    before = tuple(_as_entry(row) for row in old_rows)
    # A row keeps its code where it can; a new code takes over a row whose code goes. Never two
    # rows with one code, even for a moment (the day, person and code are unique).
    spare = list(old_rows)
    plan: list[tuple[RosterEntryRow | None, CellEntry]] = []
    for entry in entries:
        same = next((row for row in spare if row.shift_code == entry.code), None)
        if same is not None:
            spare.remove(same)
        plan.append((same, entry))
    for index, (row, entry) in enumerate(plan):
        if row is None and spare:
            plan[index] = (spare.pop(0), entry)
    for row in spare:
        session.delete(row)
    for row, entry in plan:
        if row is None:
            row = RosterEntryRow(day=day, staff_id=staff_id)
            session.add(row)
        row.shift_code, row.post_id = entry.code, entry.post_id
        row.source, row.note, row.duty_kind = entry.source.value, entry.note, entry.duty_kind
    session.flush()
    return before


def cell_in(session: Session, staff_id: int, day: date) -> tuple[CellEntry, ...]:
    return tuple(_as_entry(row) for row in _entries(session, staff_id, day))


@dataclass(frozen=True)
class Recheck:
    """The rules checked again after some cells changed: the person rules of ``people`` on
    ``first`` to ``last``, and the shift rules of ``days``. Their conflicts replace, in the
    grid's list, those it had for exactly these (see ``replaces``)."""

    people: frozenset[int]
    first: date
    last: date
    days: frozenset[date]
    conflicts: tuple[Conflict, ...]

    def replaces(self, conflict: Conflict) -> bool:
        if conflict.rule in PERSON_RULES:
            return self.first <= conflict.day <= self.last and not self.people.isdisjoint(
                conflict.person_ids
            )
        return conflict.day in self.days


def recheck(db: Database, cells: Iterable[CellKey], within: tuple[date, date]) -> Recheck:
    """Check again what a change of ``cells`` can have altered, kept ``within`` the days shown:
    the changed people's own rules on the days those reach (see ``reach_of``), read from their
    own duties, and the shift rules of the changed days, read from those days."""
    changed = set(cells)
    people = frozenset(staff_id for staff_id, _ in changed)
    days = frozenset(day for _, day in changed if within[0] <= day <= within[1])
    if not changed:
        return Recheck(people, within[0], within[0], days, ())
    with db.read() as session:
        first = max(reach_of(session, min(day for _, day in changed))[0], within[0])
        last = min(reach_of(session, max(day for _, day in changed))[1], within[1])
        facts = facts_in(session, min(first, *days), max(last, *days)) if days else None
        own = person_conflicts_in(session, people, first, last, facts) if first <= last else []
        shared = shift_conflicts_in(session, days, facts)
    return Recheck(people, first, last, days, (*own, *shared))
