"""Changes to a planned roster: absences and their replacements, and swaps (tukar jaga).

An absence removes the person from the shifts it covers and leaves a gap. For each gap the app
proposes replacements from the guards of the regu and the piket pool (structural officials only
when the clerk asks, and after the guards) that break no hard rule, best first: people with no
duty that day before people who would do a second shift, the rested (a day off on both sides)
before the others, where the post needs a woman officer the absent guard's gender first, then
those who have worked fewest shifts this month, then those the rules warn least about. The
clerk picks one.
A swap exchanges two cells in one action, with a reason; it is recorded and can be undone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.roster import AbsenceKind, Duty, EntrySource
from rutan_desk.domain.roster_rules import Conflict, RosterFacts, check_people, check_shifts
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.calendar.queries import alert_strength_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.checks import (
    RULE_MARGIN,
    conflicts_around_in,
    refuse_hard_conflicts,
)
from rutan_desk.services.roster.grid import CellEntry, cell_in, write_cell_in
from rutan_desk.services.roster.history import refuse_history_edit
from rutan_desk.services.roster.queries import (
    absences_in,
    duties_in,
    guards_on,
    people_in,
    posts_in,
    settings_in,
    shift_types_in,
)
from rutan_desk.services.validation import get_for_change, length_errors, text_errors, text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import AbsenceRow, RosterEntryRow, RosterSwapRow
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.store.tracking import record_event

ABSENCE_LIMITS = text_limits(AbsenceRow)
SWAP_LIMITS = text_limits(RosterSwapRow)


@dataclass(frozen=True)
class AbsenceRecord:
    id: int
    staff_id: int
    name: str
    kind: AbsenceKind
    start: date
    end: date
    reference: str
    version: int = 1


@dataclass(frozen=True)
class Gap:
    """A working shift the absent person would have had."""

    staff_id: int
    day: date
    shift: str
    post_id: int | None


FULL_REST_HOURS = 24  # a day off on both sides of the gap: the candidate is rested


@dataclass(frozen=True)
class Proposal:
    staff_id: int
    name: str
    current: str  # what the candidate has that day ("" for nothing; a shift: a second shift)
    shifts_this_month: int
    warnings: tuple[Conflict, ...]  # soft rules the replacement would trigger
    rest_hours: float | None = None  # the shorter rest next to the gap; None: no duty near
    official: bool = False  # neither in a regu nor in the piket pool (asked for explicitly)

    @property
    def rested(self) -> bool:
        return self.rest_hours is None or self.rest_hours >= FULL_REST_HOURS


@dataclass(frozen=True)
class SwapRecord:
    id: int
    staff_a: int
    day_a: date
    staff_b: int
    day_b: date
    reason: str
    version: int = 1


# -- absences -----------------------------------------------------------------------------


def record_absence(
    ctx: ActionContext,
    staff_id: int,
    kind: AbsenceKind,
    start: date,
    end: date,
    *,
    reference: str = "",
    correction_reason: str = "",
) -> tuple[int, list[Gap]]:
    """Record the absence and take the person off the working shifts it covers (their codes
    are kept in the audit trail); return the gaps left behind, for the replacement dialog.
    Taking someone off a shift of a day that is history (passed, handed over, covered by an
    issued order: a sick note that comes late) needs a ``correction_reason``, which is
    recorded; without one, HistoryEditError and nothing is written."""
    reference = reference.strip()
    errors = length_errors(AbsenceRow, {"reference": reference})
    if end < start:
        errors.append(FieldError("end", "end_before_start"))
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.ROSTER_EDIT) as session:
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        row = AbsenceRow(
            staff_id=staff_id,
            kind=kind.value,
            start_date=start,
            end_date=end,
            reference=reference,
            note="",
        )
        session.add(row)
        session.flush()
        working = {s.code for s in shift_types_in(session) if s.working}
        entries = session.scalars(
            select(RosterEntryRow).where(
                RosterEntryRow.staff_id == staff_id, RosterEntryRow.day.between(start, end)
            )
        ).all()
        gaps = [
            Gap(staff_id, e.day, e.shift_code, e.post_id)
            for e in entries
            if e.shift_code in working
        ]
        history = refuse_history_edit(
            session, [gap.day for gap in gaps], ctx.today(), correction_reason
        )
        if history is not None:
            record_event(
                session,
                entity="roster_absence",
                entity_id=str(row.id),
                details={
                    "override_reason": correction_reason.strip(),
                    "history": history.value,
                    "days_taken_off": sorted({gap.day.isoformat() for gap in gaps}),
                },
            )
        for entry in entries:
            session.delete(entry)
        return row.id, sorted(gaps, key=lambda gap: (gap.day, gap.shift))


def absences_between(db: Database, first: date, last: date) -> list[AbsenceRecord]:
    with db.read() as session:
        rows = session.execute(
            select(AbsenceRow, StaffRow.name)
            .join(StaffRow, StaffRow.id == AbsenceRow.staff_id)
            .where(AbsenceRow.start_date <= last, AbsenceRow.end_date >= first)
            .order_by(AbsenceRow.start_date, StaffRow.name)
        ).all()
        return [
            AbsenceRecord(
                a.id,
                a.staff_id,
                name,
                AbsenceKind(a.kind),
                a.start_date,
                a.end_date,
                a.reference,
                a.version,
            )
            for a, name in rows
        ]


def delete_absence(ctx: ActionContext, absence_id: int, *, expected_version: int) -> None:
    """Remove an absence entered by mistake; the roster is not re-planned by this (regenerate
    the month, or type the codes back)."""
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.delete(get_for_change(session, AbsenceRow, absence_id, expected_version))


# -- replacements -------------------------------------------------------------------------


def _with_duty(duties: list[Duty], gap: Gap, staff_id: int, working: set[str]) -> list[Duty]:
    """The roster with the replacement added on the gap; a lepas or libur code they had that
    day gives way, a shift they work stays (they would do both)."""
    kept = [
        d
        for d in duties
        if not (d.person_id == staff_id and d.day == gap.day and d.shift not in working)
    ]
    return [*kept, Duty(staff_id, gap.day, gap.shift, gap.post_id, EntrySource.MANUAL)]


def propose_replacements(
    db: Database, gap: Gap, *, limit: int = 10, include_officials: bool = False
) -> list[Proposal]:
    """Who could take ``gap`` without breaking a hard rule, best first (the order: see the
    module). The guards of the regu and the piket pool are proposed; the Karutan, the Ka KPR
    and the other staff outside them only with ``include_officials``."""
    first, last = gap.day - RULE_MARGIN, gap.day + RULE_MARGIN
    with db.read() as session:
        settings, _ = settings_in(session)
        shift_types = {s.code: s for s in shift_types_in(session)}
        facts = RosterFacts(
            shift_types=shift_types,
            people=people_in(session),
            posts={p.id: p for p in posts_in(session)},
            absences=absences_in(session, first, last),
            settings=settings,
            extra_strength=alert_strength_in(session, first, last),
        )
        duties = duties_in(session, first, last)
        worked = _working_counts(session, gap.day.replace(day=1), gap.day, shift_types)
        guards = guards_on(session, gap.day)
    working = {code for code, shift in shift_types.items() if shift.working}
    own: dict[int, list[Duty]] = defaultdict(list)
    for duty in duties:
        own[duty.person_id].append(duty)
    on_the_day = [d for d in duties if d.day == gap.day]
    window = (gap.day - timedelta(days=1), gap.day + timedelta(days=settings.max_consecutive_days))
    absent = facts.people.get(gap.staff_id)
    post = facts.posts.get(gap.post_id) if gap.post_id is not None else None
    ranked: list[tuple[tuple[bool, bool, bool, bool, int, int, str], Proposal]] = []
    for person in facts.people.values():
        if person.id == gap.staff_id or person.external or not person.available_on(gap.day):
            continue
        official = person.id not in guards
        if official and not include_officials:
            continue
        if facts.absence_on(person.id, gap.day) is not None:
            continue
        trial = _with_duty(own.get(person.id, []), gap, person.id, working)
        mine = check_people(trial, facts, days=window)
        day_trial = _with_duty(on_the_day, gap, person.id, working)
        mine += [
            c for c in check_shifts(day_trial, facts, days={gap.day}) if person.id in c.person_ids
        ]
        if any(c.hard for c in mine):
            continue
        codes = [d.shift for d in own.get(person.id, []) if d.day == gap.day]
        proposal = Proposal(
            person.id,
            person.name,
            "/".join(codes),
            worked.get(person.id, 0),
            tuple(mine),
            _rest_around(gap, own.get(person.id, []), shift_types),
            official,
        )
        other_gender = (
            post is not None
            and post.needs_woman
            and absent is not None
            and person.gender != absent.gender
        )
        second_shift = any(code in working for code in codes)
        ranked.append(
            (
                (
                    official,
                    second_shift,
                    not proposal.rested,
                    other_gender,
                    proposal.shifts_this_month,
                    len(mine),
                    person.name,
                ),
                proposal,
            )
        )
    ranked.sort(key=lambda item: item[0])
    return [proposal for _, proposal in ranked[:limit]]


def _rest_around(gap: Gap, own: list[Duty], shift_types: dict[str, ShiftType]) -> float | None:
    """The shorter of the rests before and after ``gap`` the person would have, in hours
    (None when they have no other duty within the days looked at)."""
    start, end = shift_types[gap.shift].interval(gap.day)
    rests = []
    for duty in own:
        shift = shift_types.get(duty.shift)
        if shift is None or not shift.working or (duty.day, duty.shift) == (gap.day, gap.shift):
            continue
        other_start, other_end = shift.interval(duty.day)
        if other_end <= start:
            rests.append(start - other_end)
        elif other_start >= end:
            rests.append(other_start - end)
        else:
            rests.append(timedelta(0))
    return round(min(rests).total_seconds() / 3600, 1) if rests else None


def _working_counts(
    session: Session, first: date, last: date, shift_types: dict[str, ShiftType]
) -> dict[int, int]:
    working = [code for code, shift in shift_types.items() if shift.working]
    rows = session.execute(
        select(RosterEntryRow.staff_id, func.count())
        .where(RosterEntryRow.day.between(first, last), RosterEntryRow.shift_code.in_(working))
        .group_by(RosterEntryRow.staff_id)
    )
    return {staff_id: int(count) for staff_id, count in rows}


def assign_replacement(ctx: ActionContext, gap: Gap, replacement_id: int) -> list[Conflict]:
    """Put the replacement on the gap's shift and post (a manual entry, kept by regeneration).
    Refused if a hard rule would break (the roster may have changed since the proposal)."""
    with ctx.write(Permission.ROSTER_EDIT) as session:
        working = {s.code for s in shift_types_in(session) if s.working}
        entry = CellEntry(gap.shift, gap.post_id, EntrySource.MANUAL, f"pengganti {gap.staff_id}")
        kept = tuple(e for e in cell_in(session, replacement_id, gap.day) if e.code in working)
        write_cell_in(session, replacement_id, gap.day, (*kept, entry))
        conflicts = conflicts_around_in(session, replacement_id, gap.day)
        refuse_hard_conflicts(conflicts, "")
        return conflicts


# -- swaps --------------------------------------------------------------------------------


def _entries_json(entries: tuple[CellEntry, ...]) -> list[dict[str, object]]:
    return [
        {
            "code": e.code,
            "post_id": e.post_id,
            "source": e.source.value,
            "note": e.note,
            "duty_kind": e.duty_kind,
        }
        for e in entries
    ]


def _entries_from(data: list[dict[str, object]]) -> tuple[CellEntry, ...]:
    return tuple(
        CellEntry(
            str(item["code"]),
            item["post_id"] if isinstance(item["post_id"], int) else None,
            EntrySource(str(item["source"])),
            str(item["note"]),
            str(item.get("duty_kind", "regu")),
        )
        for item in data
    )


def _as_swapped(cell: tuple[CellEntry, ...], reason: str) -> tuple[CellEntry, ...]:
    return tuple(
        CellEntry(e.code, e.post_id, EntrySource.MANUAL, f"tukar jaga: {reason}", e.duty_kind)
        for e in cell
    )


def swap_duties(
    ctx: ActionContext,
    staff_a: int,
    day_a: date,
    staff_b: int,
    day_b: date,
    reason: str,
    *,
    override_reason: str = "",
) -> SwapRecord:
    """A takes B's cell and B takes A's, in one transaction. A reason is required."""
    reason = reason.strip()
    errors = text_errors("reason", reason, RosterSwapRow.reason, required=True)
    if (staff_a, day_a) == (staff_b, day_b) or staff_a == staff_b:
        errors.append(FieldError("other", "swap_same_person"))
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.ROSTER_EDIT) as session:
        cell_a, cell_b = cell_in(session, staff_a, day_a), cell_in(session, staff_b, day_b)
        if not cell_a and not cell_b:
            raise ValidationError([FieldError("other", "swap_nothing")])
        write_cell_in(session, staff_a, day_a, _as_swapped(cell_b, reason))
        write_cell_in(session, staff_b, day_b, _as_swapped(cell_a, reason))
        conflicts = conflicts_around_in(session, staff_a, day_a)
        conflicts += conflicts_around_in(session, staff_b, day_b)
        hard = refuse_hard_conflicts(conflicts, override_reason)
        row = RosterSwapRow(
            staff_a=staff_a,
            day_a=day_a,
            staff_b=staff_b,
            day_b=day_b,
            reason=reason,
            before=json.dumps({"a": _entries_json(cell_a), "b": _entries_json(cell_b)}),
        )
        session.add(row)
        session.flush()
        if hard:
            record_event(
                session,
                entity="roster_swap",
                entity_id=row.id,
                details={
                    "override_reason": override_reason.strip(),
                    "overridden": [c.rule.value for c in hard],
                },
            )
        return SwapRecord(row.id, staff_a, day_a, staff_b, day_b, reason, row.version)


def undo_swap(ctx: ActionContext, swap_id: int, *, expected_version: int) -> None:
    """Put both cells back as they were before the swap, and mark the swap undone."""
    with ctx.write(Permission.ROSTER_EDIT) as session:
        row = get_for_change(session, RosterSwapRow, swap_id, expected_version)
        if row.undone_at is not None:
            raise NotFoundError(f"swap {swap_id}")
        before = json.loads(row.before)
        write_cell_in(session, row.staff_a, row.day_a, _entries_from(before["a"]))
        write_cell_in(session, row.staff_b, row.day_b, _entries_from(before["b"]))
        row.undone_at = ctx.utc_now()


@dataclass(frozen=True)
class SwapListing:
    swap: SwapRecord
    name_a: str
    name_b: str
    undone: bool


def swaps_between(db: Database, first: date, last: date) -> list[SwapListing]:
    """The swaps touching a day between ``first`` and ``last``, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(RosterSwapRow)
            .where(
                (RosterSwapRow.day_a.between(first, last))
                | (RosterSwapRow.day_b.between(first, last))
            )
            .order_by(RosterSwapRow.id.desc())
        ).all()
        names = {
            staff_id: name
            for staff_id, name in session.execute(
                select(StaffRow.id, StaffRow.name).where(
                    StaffRow.id.in_({r.staff_a for r in rows} | {r.staff_b for r in rows})
                )
            )
        }
        return [
            SwapListing(
                SwapRecord(r.id, r.staff_a, r.day_a, r.staff_b, r.day_b, r.reason, r.version),
                names.get(r.staff_a, "?"),
                names.get(r.staff_b, "?"),
                r.undone_at is not None,
            )
            for r in rows
        ]
