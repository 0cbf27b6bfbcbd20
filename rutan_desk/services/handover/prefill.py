"""A new handover, filled in from the roster (both regu and Karupam, who is present and who is
absent with the reason), the previous handover (opening count, equipment as last checked) and
the standing instructions in force."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rutan_desk.domain.handover import (
    Condition,
    EquipmentKind,
    HandoverStatus,
    OfficerSide,
    OfficerStatus,
    next_shift,
)
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.handover.forms import (
    SIDE_ORDER,
    CountLine,
    EquipmentLine,
    HandoverDraft,
    InstructionLine,
    OfficerLine,
)
from rutan_desk.services.handover.queries import (
    counted_in,
    previous_in,
    working_shift,
)
from rutan_desk.services.handover.setup import in_force
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import (
    CellBlockRow,
    EquipmentItemRow,
    HandoverEquipmentRow,
    HandoverRow,
    InmateCategoryRow,
    StandingInstructionRow,
)
from rutan_desk.store.models.roster import AbsenceRow, ReguMemberRow, ReguRow, RosterEntryRow
from rutan_desk.store.models.staff import StaffRow


def _absence_reason(kind: str, reference: str) -> str:
    text = AbsenceKind(kind).value.replace("_", " ")
    return f"{text} ({reference})" if reference else text


def prefill_handover(
    db: Database, day: date, outgoing_shift_code: str, *, incoming_shift_code: str | None = None
) -> HandoverDraft:
    """A new handover for the outgoing shift of ``day``, filled in from the roster, the
    absences, the previous handover (opening count, equipment as last checked) and the standing
    instructions in force. The incoming shift is the one that follows (see ``next_shift``)
    unless given."""
    with db.read() as session:
        shifts = shift_types_in(session)
        outgoing = working_shift(shifts, outgoing_shift_code, "outgoing_shift")
        incoming_day, incoming = next_shift(
            shifts, day, outgoing.code, incoming_code=incoming_shift_code
        )
        sides = {
            OfficerSide.OUTGOING: (day, outgoing.code),
            OfficerSide.INCOMING: (incoming_day, incoming.code),
        }
        officers, regu_ids, karupam_ids = _officers_in(session, sides)
        outgoing_start, _ = outgoing.interval(day)
        previous = previous_in(session, outgoing_start)
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


@dataclass(frozen=True)
class DutyAt:
    """The working shift whose hours hold a moment, and the regu and Karupam on it by the
    roster (None where the roster does not say)."""

    day: date | None = None
    shift_code: str = ""
    regu_id: int | None = None
    karupam_id: int | None = None


def on_duty_in(session: Session, moment: datetime) -> DutyAt:
    """Who was on duty at ``moment`` (WIB): a night shift that began the evening before holds
    the early morning."""
    # The evening before the first day a date can hold is no day at all (a typed year 1).
    days = [moment.date()]
    if moment.date() > date.min:
        days.append(moment.date() - timedelta(days=1))
    for shift in shift_types_in(session):
        if not shift.working:
            continue
        for day in days:
            begin, end = shift.interval(day)
            if begin <= moment < end:
                side = {OfficerSide.OUTGOING: (day, shift.code)}
                _, regu_ids, karupam_ids = _officers_in(session, side)
                return DutyAt(
                    day,
                    shift.code,
                    regu_ids.get(OfficerSide.OUTGOING),
                    karupam_ids.get(OfficerSide.OUTGOING),
                )
    return DutyAt()


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
            lines.append(((SIDE_ORDER[side], staff_id != karupam, name, staff_id), line))
    for staff_id, name in externals.items():
        line = OfficerLine(staff_id, OfficerSide.EXTERNAL, OfficerStatus.HADIR, "", name)
        lines.append(((SIDE_ORDER[OfficerSide.EXTERNAL], True, name, staff_id), line))
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
    opening = {} if previous is None else counted_in(session, previous.id)
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
                0 if seen is None else seen.damaged,
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
