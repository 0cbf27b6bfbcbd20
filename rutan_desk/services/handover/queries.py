"""Reading handovers: one with everything its form and report show, and the history list;
and the queries the other handover services share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Executable, func, or_, select
from sqlalchemy.orm import Session, aliased

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.handover import (
    Condition,
    CountKey,
    Direction,
    EquipmentCheck,
    EquipmentKind,
    HandoverStatus,
    Movement,
    MovementReason,
    OfficerSide,
    OfficerStatus,
    SignRole,
    Tally,
    differences,
    equipment_warnings,
    minutes_into_shift,
)
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.handover.forms import (
    SIDE_ORDER,
    AddendumRecord,
    CountLine,
    EquipmentLine,
    EventLine,
    HandoverDraft,
    HandoverRecord,
    HandoverSummary,
    InstructionLine,
    OfficerLine,
    Signature,
)
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.attachments import PaperSignatureRow
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
from rutan_desk.store.models.roster import ReguRow
from rutan_desk.store.models.staff import StaffRow


def working_shift(shifts: Sequence[ShiftType], code: str, field_name: str) -> ShiftType:
    for shift in shifts:
        if shift.code == code and shift.working:
            return shift
    raise ValidationError([FieldError(field_name, "shift_not_working", {"code": code})])


def previous_in(
    session: Session, outgoing_start: datetime, *, own_id: int | None = None
) -> HandoverRow | None:
    """The latest handover of a shift that started before ``outgoing_start``."""
    query = select(HandoverRow).where(HandoverRow.outgoing_start < outgoing_start)
    if own_id is not None:
        query = query.where(HandoverRow.id != own_id)
    return session.scalars(
        query.order_by(HandoverRow.outgoing_start.desc(), HandoverRow.id.desc()).limit(1)
    ).first()


def pairs(session: Session, query: Executable) -> dict[Any, Any]:
    """The two columns of ``query`` as a dictionary (id → name, id → total)."""
    return {key: value for key, value in session.execute(query)}


def counted_in(session: Session, handover_id: int) -> dict[CountKey, int]:
    rows = session.execute(
        select(
            HandoverCountRow.block_id, HandoverCountRow.category_id, HandoverCountRow.counted
        ).where(HandoverCountRow.handover_id == handover_id)
    )
    return {(block, category): counted for block, category, counted in rows}


def order_maps(session: Session) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    blocks = {
        r.id: (r.sort_order, r.id)
        for r in session.execute(select(CellBlockRow.id, CellBlockRow.sort_order))
    }
    categories = {
        r.id: (r.sort_order, r.id)
        for r in session.execute(select(InmateCategoryRow.id, InmateCategoryRow.sort_order))
    }
    return blocks, categories


def load_handover(db: Database, handover_id: int) -> HandoverRecord:
    with db.read() as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        shifts = {shift.code: shift for shift in shift_types_in(session)}
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
        names = pairs(session, select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(named)))
        regu_ids = [r for r in (row.outgoing_regu_id, row.incoming_regu_id) if r is not None]
        regu_names = pairs(
            session, select(ReguRow.id, ReguRow.name).where(ReguRow.id.in_(regu_ids))
        )
        blocks = pairs(session, select(CellBlockRow.id, CellBlockRow.name))
        categories = pairs(session, select(InmateCategoryRow.id, InmateCategoryRow.name))
        block_order, category_order = order_maps(session)
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
        papers = {
            paper.role: paper
            for paper in session.scalars(
                select(PaperSignatureRow).where(
                    PaperSignatureRow.entity == HandoverRow.__tablename__,
                    PaperSignatureRow.entity_id == handover_id,
                )
            )
        }
        addenda = session.scalars(
            select(HandoverAddendumRow)
            .where(HandoverAddendumRow.handover_id == handover_id)
            .order_by(HandoverAddendumRow.number)
        ).all()
        author_ids = [a.author_id for a in addenda if a.author_id is not None]
        author_nips = pairs(
            session, select(StaffRow.id, StaffRow.nip).where(StaffRow.id.in_(author_ids))
        )

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
            line.damaged,
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
                    SIDE_ORDER[o.side],
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
        version=row.version,
    )
    tallies = {
        (c.block_id, c.category_id): Tally(c.opening, c.came_in, c.went_out, c.closing)
        for c in count_rows
    }
    counted = {(c.block_id, c.category_id): c.counted for c in count_rows}

    def signature(
        sign_role: SignRole,
        staff_id: int | None,
        at: datetime | None,
        karupam: int | None,
        role: str = "",
    ) -> Signature | None:
        if staff_id is None or at is None:
            return None
        stand_in = not role and staff_id != karupam
        paper = papers.get(sign_role.value)
        return Signature(
            staff_id,
            names.get(staff_id, "?"),
            at,
            stand_in,
            role,
            paper.signed_on if paper else None,
            paper.scan_id if paper else None,
        )

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
        handed=signature(
            SignRole.HAND_OVER, row.handed_by_id, row.handed_at, row.outgoing_karupam_id
        ),
        received=signature(
            SignRole.RECEIVE, row.received_by_id, row.received_at, row.incoming_karupam_id
        ),
        acknowledged=signature(
            SignRole.ACKNOWLEDGE,
            row.acknowledged_by_id,
            row.acknowledged_at,
            None,
            row.acknowledged_role or "",
        ),
        addenda=tuple(
            AddendumRecord(
                a.number,
                a.reason,
                a.text,
                a.author,
                a.written_at,
                format_nip(author_nips.get(a.author_id) or ""),
            )
            for a in addenda
        ),
        document_id=row.document_id,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def last_handover_day(db: Database, on_or_before: date) -> date | None:
    """The day of the latest handover on or before ``on_or_before`` (None: there is none)."""
    with db.read() as session:
        return session.scalar(
            select(func.max(HandoverRow.day)).where(HandoverRow.day <= on_or_before)
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
            HandoverRow.version,
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
        counted = pairs(
            session,
            select(HandoverCountRow.handover_id, func.sum(HandoverCountRow.counted))
            .where(HandoverCountRow.handover_id.in_(in_range))
            .group_by(HandoverCountRow.handover_id),
        )
        addenda = pairs(
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
            version=r.version,
        )
        for r in rows
    ]
