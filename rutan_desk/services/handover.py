"""The shift handover (serah terima jaga): prefilled from the roster, counted, checked, signed.

A handover belongs to one shift change: the outgoing shift of a day hands over to the shift that
follows it. Its opening count is the previous handover's counted numbers (the very first one is
typed in as the opening balance), so the counts form one chain across days and months. A
handover is a draft until the outgoing Karupam hands it over and the incoming Karupam receives
it; from then on it is locked, and a later correction is a numbered addendum. Each function is
one transaction and audits what it changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

from sqlalchemy import Executable, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import TIME_ZONE_LABEL, WIB_OFFSET, clock
from rutan_desk.domain.handover import (
    Acknowledger,
    Condition,
    CountKey,
    Direction,
    EquipmentCheck,
    EquipmentKind,
    EquipmentWarning,
    HandoverStatus,
    Movement,
    MovementReason,
    OfficerSide,
    OfficerStatus,
    SignRole,
    Tally,
    acknowledger_at,
    differences,
    equipment_warnings,
    minutes_into_shift,
    next_shift,
    status_after,
    tally,
    within_shift,
)
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services import roster
from rutan_desk.services.handover_setup import in_force
from rutan_desk.services.snapshots import audited_add, snapshot
from rutan_desk.store.audit import record_change, to_json
from rutan_desk.store.engine import Database
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.handover import (
    CellBlockRow,
    EquipmentItemRow,
    HandoverAddendumRow,
    HandoverCountRow,
    HandoverEquipmentRow,
    HandoverEventRow,
    HandoverInstructionRow,
    HandoverMovementRow,
    HandoverOfficerRow,
    HandoverRow,
    InmateCategoryRow,
    StandingInstructionRow,
)
from rutan_desk.store.models.roster import AbsenceRow, ReguMemberRow, ReguRow, RosterEntryRow
from rutan_desk.store.models.staff import StaffRow

WIB = timezone(WIB_OFFSET, TIME_ZONE_LABEL)
ENTITY = "handover"
_SIDE_ORDER = {OfficerSide.OUTGOING: 0, OfficerSide.INCOMING: 1, OfficerSide.EXTERNAL: 2}


def wib_now() -> datetime:
    """The wall-clock time in Asia/Jakarta (no daylight saving), as the report book writes it."""
    return datetime.now(WIB).replace(tzinfo=None, microsecond=0)


# -- what the form edits ------------------------------------------------------------------


@dataclass(frozen=True)
class OfficerLine:
    staff_id: int
    side: OfficerSide
    status: OfficerStatus = OfficerStatus.HADIR
    reason: str = ""  # why absent or late
    name: str = ""  # shown only; not saved


@dataclass(frozen=True)
class CountLine:
    block_id: int
    category_id: int
    opening: int = 0  # typed only for the opening balance; otherwise the previous count
    counted: int | None = None  # the number physically counted at the handover


@dataclass(frozen=True)
class EquipmentLine:
    item_id: int
    quantity: int
    condition: Condition = Condition.BAIK
    note: str = ""
    # Shown only; the item's settings are read again when saving.
    name: str = ""
    kind: EquipmentKind = EquipmentKind.LAIN
    serial: str = ""
    expected: int = 0


@dataclass(frozen=True)
class EventLine:
    at: time
    text: str


@dataclass(frozen=True)
class InstructionLine:
    id: int
    text: str
    given_by: str
    from_day: date


@dataclass(frozen=True)
class HandoverDraft:
    """Everything the handover form shows and edits. ``previous_id``, ``opening_balance``,
    ``previous_unsigned`` and ``instructions`` are worked out by the service (on saving too)."""

    day: date  # the day the outgoing shift started
    outgoing_shift: str
    incoming_day: date
    incoming_shift: str
    outgoing_regu_id: int | None = None
    incoming_regu_id: int | None = None
    outgoing_karupam_id: int | None = None
    incoming_karupam_id: int | None = None
    officers: tuple[OfficerLine, ...] = ()
    counts: tuple[CountLine, ...] = ()
    movements: tuple[Movement, ...] = ()
    equipment: tuple[EquipmentLine, ...] = ()
    events: tuple[EventLine, ...] = ()
    instructions: tuple[InstructionLine, ...] = ()
    difference_explanation: str = ""
    unsigned_previous_reason: str = ""
    id: int | None = None
    previous_id: int | None = None
    opening_balance: bool = False
    previous_unsigned: bool = False


@dataclass(frozen=True)
class Signature:
    staff_id: int
    name: str
    at: datetime
    stand_in: bool = False  # signed by someone other than that side's Karupam
    role: str = ""  # acknowledgement only: "Ka KPR" or "Perwira Piket"


@dataclass(frozen=True)
class AddendumRecord:
    number: int
    reason: str
    text: str
    author: str
    written_at: datetime


@dataclass(frozen=True)
class HandoverRecord:
    """A saved handover with everything the form and the printed report show."""

    draft: HandoverDraft
    status: HandoverStatus
    outgoing: ShiftType
    incoming: ShiftType
    outgoing_start: datetime
    change_at: datetime
    outgoing_regu: str
    incoming_regu: str
    names: Mapping[int, str]  # staff id → name, for everyone the handover names
    blocks: Mapping[int, str]
    categories: Mapping[int, str]
    tallies: Mapping[CountKey, Tally]
    differences: Mapping[CountKey, int]
    warnings: tuple[EquipmentWarning, ...]
    handed: Signature | None
    received: Signature | None
    acknowledged: Signature | None
    addenda: tuple[AddendumRecord, ...]
    document_id: int | None
    created_at: datetime
    created_by: str

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def locked(self) -> bool:
        return self.status.locked


@dataclass(frozen=True)
class HandoverSummary:
    id: int
    day: date
    outgoing_shift: str
    incoming_shift: str
    outgoing_regu: str
    incoming_regu: str
    outgoing_karupam: str
    incoming_karupam: str
    status: HandoverStatus
    counted: int  # inmates counted at the handover, all blocks and categories
    has_difference: bool
    missing_equipment: bool
    addenda: int


# -- shared queries -----------------------------------------------------------------------


def _shift(shifts: Sequence[ShiftType], code: str, field_name: str) -> ShiftType:
    for shift in shifts:
        if shift.code == code and shift.working:
            return shift
    raise ValidationError([FieldError(field_name, "shift_not_working", {"code": code})])


def _previous_in(
    session: Session, outgoing_start: datetime, *, own_id: int | None = None
) -> HandoverRow | None:
    """The latest handover of a shift that started before ``outgoing_start``."""
    query = select(HandoverRow).where(HandoverRow.outgoing_start < outgoing_start)
    if own_id is not None:
        query = query.where(HandoverRow.id != own_id)
    return session.scalars(
        query.order_by(HandoverRow.outgoing_start.desc(), HandoverRow.id.desc()).limit(1)
    ).first()


def _pairs(session: Session, query: Executable) -> dict[Any, Any]:
    """The two columns of ``query`` as a dictionary (id → name, id → total)."""
    return {key: value for key, value in session.execute(query)}


def _counted_in(session: Session, handover_id: int) -> dict[CountKey, int]:
    rows = session.execute(
        select(
            HandoverCountRow.block_id, HandoverCountRow.category_id, HandoverCountRow.counted
        ).where(HandoverCountRow.handover_id == handover_id)
    )
    return {(block, category): counted for block, category, counted in rows}


def _order_maps(session: Session) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    blocks = {
        r.id: (r.sort_order, r.id)
        for r in session.execute(select(CellBlockRow.id, CellBlockRow.sort_order))
    }
    categories = {
        r.id: (r.sort_order, r.id)
        for r in session.execute(select(InmateCategoryRow.id, InmateCategoryRow.sort_order))
    }
    return blocks, categories


def _absence_reason(kind: str, reference: str) -> str:
    text = AbsenceKind(kind).value.replace("_", " ")
    return f"{text} ({reference})" if reference else text


# -- prefill ------------------------------------------------------------------------------


def prefill_handover(
    db: Database, day: date, outgoing_shift_code: str, *, incoming_shift_code: str | None = None
) -> HandoverDraft:
    """A new handover for the outgoing shift of ``day``, filled in from the roster, the
    absences, the previous handover (opening count, equipment as last checked) and the standing
    instructions in force. The incoming shift is the one that follows (see ``next_shift``)
    unless given."""
    with db.read() as session:
        shifts = roster.shift_types_in(session)
        outgoing = _shift(shifts, outgoing_shift_code, "outgoing_shift")
        incoming_day, incoming = next_shift(
            shifts, day, outgoing.code, incoming_code=incoming_shift_code
        )
        sides = {
            OfficerSide.OUTGOING: (day, outgoing.code),
            OfficerSide.INCOMING: (incoming_day, incoming.code),
        }
        officers, regu_ids, karupam_ids = _officers_in(session, sides)
        outgoing_start, _ = outgoing.interval(day)
        previous = _previous_in(session, outgoing_start)
        counts = _prefilled_counts(session, previous)
        equipment = _prefilled_equipment(session, previous)
        instructions = _instructions_in(session, day)
        return HandoverDraft(
            day=day,
            outgoing_shift=outgoing.code,
            incoming_day=incoming_day,
            incoming_shift=incoming.code,
            outgoing_regu_id=regu_ids.get(OfficerSide.OUTGOING),
            incoming_regu_id=regu_ids.get(OfficerSide.INCOMING),
            outgoing_karupam_id=karupam_ids.get(OfficerSide.OUTGOING),
            incoming_karupam_id=karupam_ids.get(OfficerSide.INCOMING),
            officers=officers,
            counts=counts,
            equipment=equipment,
            instructions=instructions,
            previous_id=None if previous is None else previous.id,
            opening_balance=previous is None,
            previous_unsigned=previous is not None and not HandoverStatus(previous.status).locked,
        )


def _officers_in(
    session: Session, sides: Mapping[OfficerSide, tuple[date, str]]
) -> tuple[tuple[OfficerLine, ...], dict[OfficerSide, int], dict[OfficerSide, int]]:
    """Who is on each side, the regu most of them belong to, and its Karupam if on duty."""
    first = min(day for day, _ in sides.values())
    last = max(day for day, _ in sides.values())
    entries = session.execute(
        select(
            RosterEntryRow.day,
            RosterEntryRow.shift_code,
            RosterEntryRow.staff_id,
            RosterEntryRow.duty_kind,
            StaffRow.name,
            StaffRow.kind,
        )
        .join(StaffRow, StaffRow.id == RosterEntryRow.staff_id)
        .where(
            or_(
                *(
                    (RosterEntryRow.day == day) & (RosterEntryRow.shift_code == code)
                    for day, code in sides.values()
                )
            )
        )
    ).all()
    on_side: dict[OfficerSide, dict[int, str]] = {side: {} for side in sides}
    externals: dict[int, str] = {}
    regu_votes: dict[OfficerSide, list[int]] = {side: [] for side in sides}
    for side, (day, code) in sides.items():
        for entry in entries:
            if (entry.day, entry.shift_code) != (day, code):
                continue
            if entry.kind == StaffKind.EXTERNAL.value:
                externals[entry.staff_id] = entry.name
            else:
                on_side[side][entry.staff_id] = entry.name
                if entry.duty_kind == "regu":
                    regu_votes[side].append(entry.staff_id)
    voters = {staff_id for votes in regu_votes.values() for staff_id in votes}
    memberships = session.execute(
        select(
            ReguMemberRow.regu_id,
            ReguMemberRow.staff_id,
            ReguMemberRow.start_date,
            ReguMemberRow.end_date,
        ).where(
            ReguMemberRow.staff_id.in_(voters),
            ReguMemberRow.start_date <= last,
            or_(ReguMemberRow.end_date.is_(None), ReguMemberRow.end_date >= first),
        )
    ).all()
    regu_ids: dict[OfficerSide, int] = {}
    for side, (day, _) in sides.items():
        members_of = {
            m.staff_id: m.regu_id
            for m in memberships
            if m.start_date <= day and (m.end_date is None or m.end_date >= day)
        }
        votes = Counter(members_of[sid] for sid in regu_votes[side] if sid in members_of)
        if votes:
            regu_ids[side] = min(votes, key=lambda regu_id: (-votes[regu_id], regu_id))
    karupam_of: dict[int, int | None] = {}
    members: dict[OfficerSide, dict[int, str]] = {side: {} for side in sides}
    if regu_ids:
        karupam_of = {
            r.id: r.karupam_id
            for r in session.execute(
                select(ReguRow.id, ReguRow.karupam_id).where(ReguRow.id.in_(regu_ids.values()))
            )
        }
        regu_members = session.execute(
            select(
                ReguMemberRow.regu_id,
                ReguMemberRow.staff_id,
                ReguMemberRow.start_date,
                ReguMemberRow.end_date,
                StaffRow.name,
            )
            .join(StaffRow, StaffRow.id == ReguMemberRow.staff_id)
            .where(
                ReguMemberRow.regu_id.in_(regu_ids.values()),
                ReguMemberRow.start_date <= last,
                or_(ReguMemberRow.end_date.is_(None), ReguMemberRow.end_date >= first),
            )
        ).all()
        for side, (day, _) in sides.items():
            for m in regu_members:
                if (
                    m.regu_id == regu_ids.get(side)
                    and m.start_date <= day
                    and (m.end_date is None or m.end_date >= day)
                ):
                    members[side][m.staff_id] = m.name
    people = {sid for side in sides for sid in (*on_side[side], *members[side])}
    absences: dict[int, list[AbsenceRow]] = defaultdict(list)
    for found in session.scalars(
        select(AbsenceRow).where(
            AbsenceRow.staff_id.in_(people),
            AbsenceRow.start_date <= last,
            AbsenceRow.end_date >= first,
        )
    ):
        absences[found.staff_id].append(found)

    def absence_on(staff_id: int, day: date) -> AbsenceRow | None:
        return next((a for a in absences[staff_id] if a.start_date <= day <= a.end_date), None)

    karupam_ids: dict[OfficerSide, int] = {}
    lines: list[tuple[tuple[int, bool, str, int], OfficerLine]] = []
    for side, (day, _) in sides.items():
        karupam = karupam_of.get(regu_ids[side]) if side in regu_ids else None
        if karupam is not None and karupam in on_side[side]:
            karupam_ids[side] = karupam
        listed = {**members[side], **on_side[side]}
        for staff_id, name in listed.items():
            absence = absence_on(staff_id, day)
            if absence is None and staff_id not in on_side[side]:
                continue  # a member swapped out of this shift: not expected here
            line = OfficerLine(
                staff_id,
                side,
                OfficerStatus.HADIR if absence is None else OfficerStatus.TIDAK_HADIR,
                "" if absence is None else _absence_reason(absence.kind, absence.reference),
                name,
            )
            lines.append(((_SIDE_ORDER[side], staff_id != karupam, name, staff_id), line))
    for staff_id, name in externals.items():
        line = OfficerLine(staff_id, OfficerSide.EXTERNAL, OfficerStatus.HADIR, "", name)
        lines.append(((_SIDE_ORDER[OfficerSide.EXTERNAL], True, name, staff_id), line))
    lines.sort(key=lambda item: item[0])
    return tuple(line for _, line in lines), regu_ids, karupam_ids


def _prefilled_counts(session: Session, previous: HandoverRow | None) -> tuple[CountLine, ...]:
    """Every active block × active category, with the previous handover's counted numbers as
    the opening; a block or category no longer active still shows while people are in it."""
    blocks = session.execute(
        select(CellBlockRow.id, CellBlockRow.sort_order, CellBlockRow.active)
    ).all()
    categories = session.execute(
        select(InmateCategoryRow.id, InmateCategoryRow.sort_order, InmateCategoryRow.active)
    ).all()
    opening = {} if previous is None else _counted_in(session, previous.id)
    keys = {(b.id, c.id) for b in blocks if b.active for c in categories if c.active}
    keys |= {key for key, number in opening.items() if number > 0}
    block_order = {b.id: (b.sort_order, b.id) for b in blocks}
    category_order = {c.id: (c.sort_order, c.id) for c in categories}
    ordered = sorted(keys, key=lambda k: (block_order[k[0]], category_order[k[1]]))
    return tuple(
        CountLine(block, category, opening.get((block, category), 0)) for block, category in ordered
    )


def _prefilled_equipment(
    session: Session, previous: HandoverRow | None
) -> tuple[EquipmentLine, ...]:
    """Each active item, as the previous handover left it (a radio reported broken stays
    broken until someone says otherwise), or as expected when it was not checked before."""
    last: dict[int, HandoverEquipmentRow] = {}
    if previous is not None:
        last = {
            row.item_id: row
            for row in session.scalars(
                select(HandoverEquipmentRow).where(HandoverEquipmentRow.handover_id == previous.id)
            )
        }
    lines = []
    items = session.scalars(
        select(EquipmentItemRow)
        .where(EquipmentItemRow.active)
        .order_by(EquipmentItemRow.sort_order, EquipmentItemRow.id)
    )
    for item in items:
        seen = last.get(item.id)
        lines.append(
            EquipmentLine(
                item.id,
                item.expected_quantity if seen is None else seen.quantity,
                Condition.BAIK if seen is None else Condition(seen.condition),
                "" if seen is None else seen.note,
                item.name,
                EquipmentKind(item.kind),
                item.serial,
                item.expected_quantity,
            )
        )
    return tuple(lines)


def _instructions_in(session: Session, day: date) -> tuple[InstructionLine, ...]:
    rows = session.scalars(
        select(StandingInstructionRow)
        .where(in_force(day))
        .order_by(StandingInstructionRow.from_day, StandingInstructionRow.id)
    )
    return tuple(InstructionLine(r.id, r.text, r.given_by, r.from_day) for r in rows)


# -- saving -------------------------------------------------------------------------------


def save_handover(db: Database, actor: str, draft: HandoverDraft) -> int:
    """Create the handover (``draft.id`` None) or change its draft; return its id.

    Refused when it is locked (received), when a count is missing or a difference has no
    explanation, when a movement would take more people out of a block than were there, when a
    time lies outside the outgoing shift, when an active equipment item was not checked, and
    when the previous handover is still unsigned and no reason is given. The opening count is
    the previous handover's counted numbers (typed in only for the very first, the opening
    balance). Changing a handover the outgoing Karupam has already signed withdraws that
    signature: they sign again what they hand over."""
    try:
        return _save_handover(db, actor, draft)
    except IntegrityError as error:
        # Another PC saved the same shift change between our check and our write.
        raise _exists(draft.day, draft.outgoing_shift) from error


def _exists(day: date, shift: str) -> ValidationError:
    return ValidationError(
        [FieldError("outgoing_shift", "handover_exists", {"day": day, "shift": shift})]
    )


def _locked(row: HandoverRow) -> ValidationError:
    return ValidationError(
        [FieldError("handover", "handover_locked", {"day": row.day, "shift": row.outgoing_shift})]
    )


def _save_handover(db: Database, actor: str, draft: HandoverDraft) -> int:
    with db.write() as session:
        shifts = roster.shift_types_in(session)
        outgoing = _shift(shifts, draft.outgoing_shift, "outgoing_shift")
        incoming = _shift(shifts, draft.incoming_shift, "incoming_shift")
        outgoing_start, change_at = outgoing.interval(draft.day)
        errors: list[FieldError] = []
        if incoming.interval(draft.incoming_day)[0] <= outgoing_start:
            errors.append(FieldError("incoming_day", "end_before_start"))
        row: HandoverRow | None = None
        before: dict[str, Any] | None = None
        if draft.id is not None:
            row = session.get(HandoverRow, draft.id)
            if row is None:
                raise NotFoundError(f"handover {draft.id}")
            if HandoverStatus(row.status).locked:
                raise _locked(row)
            before = _picture(session, row)
        same = select(HandoverRow.id).where(
            HandoverRow.day == draft.day, HandoverRow.outgoing_shift == outgoing.code
        )
        if draft.id is not None:
            same = same.where(HandoverRow.id != draft.id)
        if session.scalar(same) is not None:
            raise _exists(draft.day, outgoing.code)
        previous = _previous_in(session, outgoing_start, own_id=draft.id)
        if (
            previous is not None
            and not HandoverStatus(previous.status).locked
            and not draft.unsigned_previous_reason.strip()
        ):
            errors.append(
                FieldError(
                    "unsigned_previous_reason",
                    "previous_unsigned",
                    {"day": previous.day, "shift": previous.outgoing_shift},
                )
            )
        _check_references(session, draft)
        blocks = _pairs(session, select(CellBlockRow.id, CellBlockRow.name))
        categories = _pairs(session, select(InmateCategoryRow.id, InmateCategoryRow.name))
        counts, count_errors = _checked_counts(
            session, draft, previous, outgoing, blocks, categories
        )
        errors += count_errors
        items = {item.id: item for item in session.scalars(select(EquipmentItemRow))}
        errors += _equipment_errors(draft.equipment, items)
        errors += _event_errors(draft.events, outgoing)
        errors += _officer_errors(draft.officers)
        if errors:
            raise ValidationError(errors)

        if row is None:
            row = HandoverRow(created_by=actor, status=HandoverStatus.DRAFT.value)
            session.add(row)
        else:
            for child in (
                HandoverOfficerRow,
                HandoverCountRow,
                HandoverMovementRow,
                HandoverEquipmentRow,
                HandoverEventRow,
                HandoverInstructionRow,
            ):
                session.execute(delete(child).where(child.handover_id == row.id))
        row.day, row.outgoing_shift = draft.day, outgoing.code
        row.outgoing_start, row.change_at = outgoing_start, change_at
        row.incoming_day, row.incoming_shift = draft.incoming_day, incoming.code
        row.outgoing_regu_id, row.incoming_regu_id = draft.outgoing_regu_id, draft.incoming_regu_id
        row.outgoing_karupam_id = draft.outgoing_karupam_id
        row.incoming_karupam_id = draft.incoming_karupam_id
        row.previous_id = None if previous is None else previous.id
        row.opening_balance = previous is None
        row.difference_explanation = draft.difference_explanation.strip()
        row.unsigned_previous_reason = draft.unsigned_previous_reason.strip()
        session.flush()
        _write_lines(session, row, draft, counts, items)
        session.flush()
        after = _picture(session, row)
        if after == before:
            return row.id  # nothing changed: a signature stands, nothing is recorded
        if row.status == HandoverStatus.HANDED_OVER.value:
            # The outgoing Karupam signs again what they now hand over.
            row.status = HandoverStatus.DRAFT.value
            row.handed_by_id = row.handed_at = None
            session.flush()
            after = _picture(session, row)
        record_change(
            session,
            actor=actor,
            entity=ENTITY,
            entity_id=row.id,
            action="create" if before is None else "update",
            before=before,
            after=after,
        )
        return row.id


def _check_references(session: Session, draft: HandoverDraft) -> None:
    staff_ids = {line.staff_id for line in draft.officers}
    staff_ids |= {
        sid for sid in (draft.outgoing_karupam_id, draft.incoming_karupam_id) if sid is not None
    }
    known = set(session.scalars(select(StaffRow.id).where(StaffRow.id.in_(staff_ids))))
    if staff_ids - known:
        raise NotFoundError(f"staff {sorted(staff_ids - known)}")
    regu_ids = {rid for rid in (draft.outgoing_regu_id, draft.incoming_regu_id) if rid is not None}
    known = set(session.scalars(select(ReguRow.id).where(ReguRow.id.in_(regu_ids))))
    if regu_ids - known:
        raise NotFoundError(f"regu {sorted(regu_ids - known)}")


def _checked_counts(
    session: Session,
    draft: HandoverDraft,
    previous: HandoverRow | None,
    outgoing: ShiftType,
    blocks: Mapping[int, str],
    categories: Mapping[int, str],
) -> tuple[dict[CountKey, tuple[Tally, int]], list[FieldError]]:
    """(tally, counted) per block and category, and what is wrong with them."""
    errors: list[FieldError] = []

    def names(key: CountKey) -> dict[str, Any]:
        return {"block": blocks[key[0]], "category": categories[key[1]]}

    for block, category in [(line.block_id, line.category_id) for line in draft.counts] + [
        m.key for m in draft.movements
    ]:
        if block not in blocks:
            raise NotFoundError(f"cell block {block}")
        if category not in categories:
            raise NotFoundError(f"inmate category {category}")
    lines: dict[CountKey, CountLine] = {}
    for line in draft.counts:
        key = (line.block_id, line.category_id)
        if key in lines:
            errors.append(FieldError("counts", "line_duplicate", names(key)))
        lines[key] = line
    if previous is None:  # the opening balance
        opening = {key: line.opening for key, line in lines.items()}
        errors += [
            FieldError("counts", "count_negative", names(key))
            for key, number in opening.items()
            if number < 0
        ]
    else:
        carried = _counted_in(session, previous.id)
        opening = {key: carried.get(key, 0) for key in lines}
        opening |= {key: number for key, number in carried.items() if number > 0}
    for row, movement in enumerate(draft.movements):
        assert outgoing.start is not None and outgoing.end is not None
        if not within_shift(movement.at, outgoing.start, outgoing.end):
            errors.append(
                FieldError(
                    "movements",
                    "time_outside_shift",
                    {"row": row, "time": clock(movement.at, zone=False), "shift": outgoing.name},
                )
            )
    try:
        tallies = tally({k: max(n, 0) for k, n in opening.items()}, draft.movements, outgoing.start)
    except ValidationError as refused:
        errors += [_named(error, blocks, categories) for error in refused.errors]
        return {}, errors
    counted: dict[CountKey, int] = {}
    for key in sorted(tallies):
        entered = lines.get(key)
        if entered is None or entered.counted is None:
            errors.append(FieldError("counts", "count_required", names(key)))
        elif entered.counted < 0:
            errors.append(FieldError("counts", "count_negative", names(key)))
        else:
            counted[key] = entered.counted
    if (
        len(counted) == len(tallies)
        and differences(tallies, counted)
        and not draft.difference_explanation.strip()
    ):
        errors.append(FieldError("difference_explanation", "difference_needs_explanation"))
    return {key: (tallies[key], counted.get(key, 0)) for key in tallies}, errors


def _named(
    error: FieldError, blocks: Mapping[int, str], categories: Mapping[int, str]
) -> FieldError:
    """The domain names a block and category by id; the form shows their names."""
    params = dict(error.params)
    if "block" in params:
        params["block"] = blocks.get(params["block"], params["block"])
    if "category" in params:
        params["category"] = categories.get(params["category"], params["category"])
    return FieldError(error.field, error.code, params)


def _equipment_errors(
    lines: Sequence[EquipmentLine], items: Mapping[int, EquipmentItemRow]
) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[int] = set()
    for line in lines:
        item = items.get(line.item_id)
        if item is None:
            raise NotFoundError(f"equipment item {line.item_id}")
        if line.item_id in seen:
            errors.append(FieldError("equipment", "line_duplicate", {"name": item.name}))
        seen.add(line.item_id)
        if line.quantity < 0:
            errors.append(FieldError("equipment", "count_negative", {"name": item.name}))
    errors += [
        FieldError("equipment", "equipment_not_checked", {"name": item.name})
        for item in items.values()
        if item.active and item.id not in seen
    ]
    return errors


def _event_errors(events: Sequence[EventLine], outgoing: ShiftType) -> list[FieldError]:
    assert outgoing.start is not None and outgoing.end is not None
    errors: list[FieldError] = []
    for row, event in enumerate(events):
        if not event.text.strip():
            errors.append(FieldError("events", "field_required", {"row": row}))
        if not within_shift(event.at, outgoing.start, outgoing.end):
            errors.append(
                FieldError(
                    "events",
                    "time_outside_shift",
                    {"row": row, "time": clock(event.at, zone=False), "shift": outgoing.name},
                )
            )
    return errors


def _officer_errors(officers: Sequence[OfficerLine]) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[tuple[OfficerSide, int]] = set()
    for line in officers:
        if (line.side, line.staff_id) in seen:
            errors.append(FieldError("officers", "line_duplicate", {"name": line.name}))
        seen.add((line.side, line.staff_id))
        if line.status == OfficerStatus.TIDAK_HADIR and not line.reason.strip():
            errors.append(FieldError("officers", "absence_reason_required", {"name": line.name}))
    return errors


def _write_lines(
    session: Session,
    row: HandoverRow,
    draft: HandoverDraft,
    counts: Mapping[CountKey, tuple[Tally, int]],
    items: Mapping[int, EquipmentItemRow],
) -> None:
    session.add_all(
        HandoverOfficerRow(
            handover_id=row.id,
            staff_id=line.staff_id,
            side=line.side.value,
            status=line.status.value,
            reason=line.reason.strip(),
        )
        for line in draft.officers
    )
    session.add_all(
        HandoverCountRow(
            handover_id=row.id,
            block_id=block,
            category_id=category,
            opening=counted_tally.opening,
            came_in=counted_tally.came_in,
            went_out=counted_tally.went_out,
            closing=counted_tally.closing,
            counted=counted,
        )
        for (block, category), (counted_tally, counted) in sorted(counts.items())
    )
    session.add_all(
        HandoverMovementRow(
            handover_id=row.id,
            at=m.at,
            direction=m.direction.value,
            reason=m.reason.value,
            block_id=m.block_id,
            category_id=m.category_id,
            count=m.count,
            note=m.note.strip(),
        )
        for m in draft.movements
    )
    session.add_all(
        HandoverEquipmentRow(
            handover_id=row.id,
            item_id=line.item_id,
            expected=items[line.item_id].expected_quantity,
            quantity=line.quantity,
            condition=line.condition.value,
            note=line.note.strip(),
        )
        for line in draft.equipment
    )
    # Events are kept in the order of the shift; ``sort`` keeps the clerk's order within a minute.
    in_order = sorted(
        draft.events, key=lambda e: minutes_into_shift(e.at, row.outgoing_start.time())
    )
    session.add_all(
        HandoverEventRow(handover_id=row.id, at=event.at, text=event.text.strip(), sort=number)
        for number, event in enumerate(in_order)
    )
    # The instructions in force that day, as they stand now: the record keeps them even after
    # they are removed.
    session.add_all(
        HandoverInstructionRow(handover_id=row.id, instruction_id=instruction_id)
        for instruction_id in session.scalars(
            select(StandingInstructionRow.id).where(in_force(row.day))
        )
    )


def _lines_of(session: Session, model: Any, handover_id: int) -> list[dict[str, Any]]:
    """The lines of one kind, without their ids, in a fixed order (saving the same lines again
    gives the same picture)."""
    rows = session.scalars(select(model).where(model.handover_id == handover_id))
    pictures = [snapshot(r) for r in rows]
    for picture in pictures:
        picture.pop("id", None)
        picture.pop("handover_id", None)
    return sorted(pictures, key=lambda picture: to_json(picture) or "")


def _picture(session: Session, row: HandoverRow) -> dict[str, Any]:
    """The whole handover with its lines, for the audit trail."""
    return {
        **snapshot(row),
        "officers": _lines_of(session, HandoverOfficerRow, row.id),
        "counts": _lines_of(session, HandoverCountRow, row.id),
        "movements": _lines_of(session, HandoverMovementRow, row.id),
        "equipment": _lines_of(session, HandoverEquipmentRow, row.id),
        "events": _lines_of(session, HandoverEventRow, row.id),
        "instructions": sorted(
            session.scalars(
                select(HandoverInstructionRow.instruction_id).where(
                    HandoverInstructionRow.handover_id == row.id
                )
            )
        ),
    }


# -- signing and addenda ------------------------------------------------------------------


def sign_handover(
    db: Database,
    actor: str,
    handover_id: int,
    role: SignRole | str,
    staff_id: int,
    at: datetime | None = None,
    *,
    acknowledger: Acknowledger | None = None,
) -> HandoverStatus:
    """Record a signature: the outgoing Karupam hands over, then the incoming Karupam receives
    (which locks the handover), then the Ka KPR (or the duty officer outside office hours)
    acknowledges. Someone standing in for a Karupam may sign; the record says so. ``at`` is the
    WIB time of the signature (now when None). Returns the new status."""
    role = SignRole(role)
    if at is not None and at.tzinfo is not None:
        at = at.astimezone(WIB).replace(tzinfo=None)
    at = (at or wib_now()).replace(microsecond=0)
    with db.write() as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        status = status_after(HandoverStatus(row.status), role)
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        earlier = {SignRole.RECEIVE: row.handed_at, SignRole.ACKNOWLEDGE: row.received_at}
        signed_before = {
            SignRole.HAND_OVER: set(),
            SignRole.RECEIVE: {row.handed_by_id},
            SignRole.ACKNOWLEDGE: {row.handed_by_id, row.received_by_id},
        }[role]
        errors: list[FieldError] = []
        if staff_id in signed_before:
            errors.append(FieldError("staff", "sign_same_person"))
        if at < row.outgoing_start:
            errors.append(FieldError("at", "sign_time_before_shift"))
        elif (previous_at := earlier.get(role)) is not None and at < previous_at:
            errors.append(FieldError("at", "sign_time_order", {"time": previous_at}))
        if errors:
            raise ValidationError(errors)
        before = snapshot(row)
        stand_in = False
        if role == SignRole.HAND_OVER:
            stand_in = staff_id != row.outgoing_karupam_id
            row.handed_by_id, row.handed_at = staff_id, at
        elif role == SignRole.RECEIVE:
            stand_in = staff_id != row.incoming_karupam_id
            row.received_by_id, row.received_at = staff_id, at
        else:
            if acknowledger is None:
                holiday = session.scalar(
                    select(HolidayRow.id).where(HolidayRow.day == at.date(), HolidayRow.active)
                )
                acknowledger = acknowledger_at(at, holiday=holiday is not None)
            row.acknowledged_by_id, row.acknowledged_at = staff_id, at
            row.acknowledged_role = acknowledger.value
        row.status = status.value
        session.flush()
        record_change(
            session,
            actor=actor,
            entity=ENTITY,
            entity_id=row.id,
            action="update",
            before=before,
            after={**snapshot(row), "signed": role.value, "stand_in": stand_in},
        )
        return status


def add_addendum(db: Database, actor: str, handover_id: int, reason: str, text: str) -> int:
    """A correction to a received (locked) handover, written by ``actor``: numbered 1, 2, ...
    per handover, and never edited. Returns its number."""
    reason, text = reason.strip(), text.strip()
    errors = [
        FieldError(name, "field_required")
        for name, value in (("reason", reason), ("text", text))
        if not value
    ]
    with db.write() as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        if not HandoverStatus(row.status).locked:
            errors.insert(0, FieldError("handover", "handover_not_locked"))
        if errors:
            raise ValidationError(errors)
        number = 1 + int(
            session.scalar(
                select(func.max(HandoverAddendumRow.number)).where(
                    HandoverAddendumRow.handover_id == handover_id
                )
            )
            or 0
        )
        addendum = HandoverAddendumRow(
            handover_id=handover_id, number=number, reason=reason, text=text, author=actor
        )
        audited_add(session, actor, "handover_addendum", addendum)
        return number


# -- reading ------------------------------------------------------------------------------


def load_handover(db: Database, handover_id: int) -> HandoverRecord:
    with db.read() as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        shifts = {shift.code: shift for shift in roster.shift_types_in(session)}
        officer_rows = session.scalars(
            select(HandoverOfficerRow)
            .where(HandoverOfficerRow.handover_id == handover_id)
            .order_by(HandoverOfficerRow.id)
        ).all()
        named = {line.staff_id for line in officer_rows} | {
            sid
            for sid in (
                row.outgoing_karupam_id,
                row.incoming_karupam_id,
                row.handed_by_id,
                row.received_by_id,
                row.acknowledged_by_id,
            )
            if sid is not None
        }
        names = _pairs(session, select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(named)))
        regu_ids = [r for r in (row.outgoing_regu_id, row.incoming_regu_id) if r is not None]
        regu_names = _pairs(
            session, select(ReguRow.id, ReguRow.name).where(ReguRow.id.in_(regu_ids))
        )
        blocks = _pairs(session, select(CellBlockRow.id, CellBlockRow.name))
        categories = _pairs(session, select(InmateCategoryRow.id, InmateCategoryRow.name))
        block_order, category_order = _order_maps(session)
        count_rows = sorted(
            session.scalars(
                select(HandoverCountRow).where(HandoverCountRow.handover_id == handover_id)
            ),
            key=lambda c: (block_order[c.block_id], category_order[c.category_id]),
        )
        outgoing = shifts.get(row.outgoing_shift, ShiftType(row.outgoing_shift, row.outgoing_shift))
        movements = tuple(
            Movement(
                m.at,
                Direction(m.direction),
                MovementReason(m.reason),
                m.block_id,
                m.category_id,
                m.count,
                m.note,
            )
            for m in session.scalars(
                select(HandoverMovementRow)
                .where(HandoverMovementRow.handover_id == handover_id)
                .order_by(HandoverMovementRow.id)
            )
        )
        equipment_rows = session.execute(
            select(HandoverEquipmentRow, EquipmentItemRow)
            .join(EquipmentItemRow, EquipmentItemRow.id == HandoverEquipmentRow.item_id)
            .where(HandoverEquipmentRow.handover_id == handover_id)
            .order_by(EquipmentItemRow.sort_order, EquipmentItemRow.id)
        ).all()
        events = sorted(
            session.scalars(
                select(HandoverEventRow).where(HandoverEventRow.handover_id == handover_id)
            ),
            key=lambda e: (minutes_into_shift(e.at, row.outgoing_start.time()), e.sort, e.id),
        )
        instructions = session.scalars(
            select(StandingInstructionRow)
            .join(
                HandoverInstructionRow,
                HandoverInstructionRow.instruction_id == StandingInstructionRow.id,
            )
            .where(HandoverInstructionRow.handover_id == handover_id)
            .order_by(StandingInstructionRow.from_day, StandingInstructionRow.id)
        ).all()
        addenda = session.scalars(
            select(HandoverAddendumRow)
            .where(HandoverAddendumRow.handover_id == handover_id)
            .order_by(HandoverAddendumRow.number)
        ).all()

    equipment = tuple(
        EquipmentLine(
            line.item_id,
            line.quantity,
            Condition(line.condition),
            line.note,
            item.name,
            EquipmentKind(item.kind),
            item.serial,
            line.expected,
        )
        for line, item in equipment_rows
    )
    draft = HandoverDraft(
        day=row.day,
        outgoing_shift=row.outgoing_shift,
        incoming_day=row.incoming_day,
        incoming_shift=row.incoming_shift,
        outgoing_regu_id=row.outgoing_regu_id,
        incoming_regu_id=row.incoming_regu_id,
        outgoing_karupam_id=row.outgoing_karupam_id,
        incoming_karupam_id=row.incoming_karupam_id,
        officers=tuple(
            sorted(
                (
                    OfficerLine(
                        o.staff_id,
                        OfficerSide(o.side),
                        OfficerStatus(o.status),
                        o.reason,
                        names.get(o.staff_id, "?"),
                    )
                    for o in officer_rows
                ),
                key=lambda o: (
                    _SIDE_ORDER[o.side],
                    o.staff_id
                    != {
                        OfficerSide.OUTGOING: row.outgoing_karupam_id,
                        OfficerSide.INCOMING: row.incoming_karupam_id,
                    }.get(o.side),
                    o.name,
                    o.staff_id,
                ),
            )
        ),
        counts=tuple(
            CountLine(c.block_id, c.category_id, c.opening, c.counted) for c in count_rows
        ),
        movements=movements,
        equipment=equipment,
        events=tuple(EventLine(e.at, e.text) for e in events),
        instructions=tuple(
            InstructionLine(i.id, i.text, i.given_by, i.from_day) for i in instructions
        ),
        difference_explanation=row.difference_explanation,
        unsigned_previous_reason=row.unsigned_previous_reason,
        id=row.id,
        previous_id=row.previous_id,
        opening_balance=row.opening_balance,
    )
    tallies = {
        (c.block_id, c.category_id): Tally(c.opening, c.came_in, c.went_out, c.closing)
        for c in count_rows
    }
    counted = {(c.block_id, c.category_id): c.counted for c in count_rows}

    def signature(
        staff_id: int | None, at: datetime | None, karupam: int | None, role: str = ""
    ) -> Signature | None:
        if staff_id is None or at is None:
            return None
        stand_in = not role and staff_id != karupam
        return Signature(staff_id, names.get(staff_id, "?"), at, stand_in, role)

    return HandoverRecord(
        draft=draft,
        status=HandoverStatus(row.status),
        outgoing=outgoing,
        incoming=shifts.get(row.incoming_shift, ShiftType(row.incoming_shift, row.incoming_shift)),
        outgoing_start=row.outgoing_start,
        change_at=row.change_at,
        outgoing_regu=regu_names.get(row.outgoing_regu_id, "") if row.outgoing_regu_id else "",
        incoming_regu=regu_names.get(row.incoming_regu_id, "") if row.incoming_regu_id else "",
        names=names,
        blocks=blocks,
        categories=categories,
        tallies=tallies,
        differences=differences(tallies, counted),
        warnings=tuple(
            equipment_warnings(
                EquipmentCheck(
                    line.item_id,
                    line.name,
                    line.kind,
                    line.expected,
                    line.quantity,
                    line.condition,
                    line.serial,
                )
                for line in equipment
            )
        ),
        handed=signature(row.handed_by_id, row.handed_at, row.outgoing_karupam_id),
        received=signature(row.received_by_id, row.received_at, row.incoming_karupam_id),
        acknowledged=signature(
            row.acknowledged_by_id, row.acknowledged_at, None, row.acknowledged_role or ""
        ),
        addenda=tuple(
            AddendumRecord(a.number, a.reason, a.text, a.author, a.written_at) for a in addenda
        ),
        document_id=row.document_id,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def list_handovers(
    db: Database,
    first: date,
    last: date,
    regu_id: int | None = None,
    with_differences: bool = False,
    with_missing_equipment: bool = False,
) -> list[HandoverSummary]:
    """The handovers of days ``first`` to ``last``, newest first: those of a regu (handing over
    or taking over), those whose count differed, those with equipment missing."""
    out_regu, in_regu = aliased(ReguRow), aliased(ReguRow)
    out_karupam, in_karupam = aliased(StaffRow), aliased(StaffRow)
    differs = (
        select(HandoverCountRow.id)
        .where(
            HandoverCountRow.handover_id == HandoverRow.id,
            HandoverCountRow.counted != HandoverCountRow.closing,
        )
        .exists()
    )
    missing = (
        select(HandoverEquipmentRow.id)
        .where(
            HandoverEquipmentRow.handover_id == HandoverRow.id,
            or_(
                HandoverEquipmentRow.quantity < HandoverEquipmentRow.expected,
                HandoverEquipmentRow.condition == Condition.HILANG.value,
            ),
        )
        .exists()
    )
    query = (
        select(
            HandoverRow.id,
            HandoverRow.day,
            HandoverRow.outgoing_shift,
            HandoverRow.incoming_shift,
            HandoverRow.status,
            out_regu.name.label("outgoing_regu"),
            in_regu.name.label("incoming_regu"),
            out_karupam.name.label("outgoing_karupam"),
            in_karupam.name.label("incoming_karupam"),
            differs.label("has_difference"),
            missing.label("missing_equipment"),
        )
        .outerjoin(out_regu, out_regu.id == HandoverRow.outgoing_regu_id)
        .outerjoin(in_regu, in_regu.id == HandoverRow.incoming_regu_id)
        .outerjoin(out_karupam, out_karupam.id == HandoverRow.outgoing_karupam_id)
        .outerjoin(in_karupam, in_karupam.id == HandoverRow.incoming_karupam_id)
        .where(HandoverRow.day.between(first, last))
        .order_by(HandoverRow.outgoing_start.desc(), HandoverRow.id.desc())
    )
    if regu_id is not None:
        query = query.where(
            or_(HandoverRow.outgoing_regu_id == regu_id, HandoverRow.incoming_regu_id == regu_id)
        )
    if with_differences:
        query = query.where(differs)
    if with_missing_equipment:
        query = query.where(missing)
    in_range = select(HandoverRow.id).where(HandoverRow.day.between(first, last))
    with db.read() as session:
        rows = session.execute(query).all()
        counted = _pairs(
            session,
            select(HandoverCountRow.handover_id, func.sum(HandoverCountRow.counted))
            .where(HandoverCountRow.handover_id.in_(in_range))
            .group_by(HandoverCountRow.handover_id),
        )
        addenda = _pairs(
            session,
            select(HandoverAddendumRow.handover_id, func.count())
            .where(HandoverAddendumRow.handover_id.in_(in_range))
            .group_by(HandoverAddendumRow.handover_id),
        )
    return [
        HandoverSummary(
            id=r.id,
            day=r.day,
            outgoing_shift=r.outgoing_shift,
            incoming_shift=r.incoming_shift,
            outgoing_regu=r.outgoing_regu or "",
            incoming_regu=r.incoming_regu or "",
            outgoing_karupam=r.outgoing_karupam or "",
            incoming_karupam=r.incoming_karupam or "",
            status=HandoverStatus(r.status),
            counted=int(counted.get(r.id, 0) or 0),
            has_difference=bool(r.has_difference),
            missing_equipment=bool(r.missing_equipment),
            addenda=int(addenda.get(r.id, 0)),
        )
        for r in rows
    ]
