"""Reading incidents: one record whole, and the list with its filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.incidents import (
    IncidentStatus,
    NotifyLevel,
    PersonKind,
    PersonRole,
    Severity,
    TaskStatus,
)
from rutan_desk.services.incidents.forms import (
    ActionLine,
    Approval,
    AttachmentLine,
    CustodyLine,
    EvidenceLine,
    IncidentDraft,
    IncidentRecord,
    IncidentSummary,
    NotificationLine,
    OnDuty,
    PersonLine,
    ReopeningRecord,
    SupplementRecord,
    TaskLine,
)
from rutan_desk.services.incidents.search import matching_incidents
from rutan_desk.store.base import Base
from rutan_desk.store.engine import Database
from rutan_desk.store.models.attachments import AttachmentRow, PaperSignatureRow
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import (
    EvidenceCustodyRow,
    IncidentActionRow,
    IncidentAttachmentRow,
    IncidentEvidenceRow,
    IncidentNotificationRow,
    IncidentPersonRow,
    IncidentReopeningRow,
    IncidentRow,
    IncidentSupplementRow,
    IncidentTaskRow,
    IncidentTypeRow,
)
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.roster import ReguRow
from rutan_desk.store.models.staff import StaffRow

LineT = TypeVar("LineT", bound=Base)


@dataclass(frozen=True)
class IncidentQuery:
    """The list's filters; empty ones do not filter."""

    first: date | None = None
    last: date | None = None
    type_id: int | None = None
    severity: Severity | None = None
    block_id: int | None = None
    status: IncidentStatus | None = None
    regu_id: int | None = None
    shift_code: str = ""
    person_inmate_id: int | None = None  # incidents naming this inmate, in any role
    person_staff_id: int | None = None  # ... or this person of the staff
    text: str = ""  # words looked for in the full text (``search``)


def place_text(block: str, room: str, other: str) -> str:
    """``Blok A, kamar 3``; ``P2U (pintu utama)``."""
    if block:
        return f"{block}, kamar {room}" if room else block
    return other


def load_incident(db: Database, incident_id: int) -> IncidentRecord:
    with db.read() as session:
        row = session.get(IncidentRow, incident_id)
        if row is None:
            raise NotFoundError(f"incident {incident_id}")
        return _record(session, row)


def _names(
    session: Session, model: type[StaffRow] | type[InmateRow], ids: set[int]
) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    if model is InmateRow:
        rows = session.execute(
            select(InmateRow.id, InmateRow.name, InmateRow.register_number).where(
                InmateRow.id.in_(ids)
            )
        )
    else:
        rows = session.execute(
            select(
                StaffRow.id, StaffRow.name, func.coalesce(StaffRow.nip, StaffRow.external_id, "")
            ).where(StaffRow.id.in_(ids))
        )
    return {key: (name, identity or "") for key, name, identity in rows}


def _record(session: Session, row: IncidentRow) -> IncidentRecord:
    def lines(model: type[LineT], *order: InstrumentedAttribute[Any]) -> list[LineT]:
        parent = model.__table__.c.incident_id
        return list(session.scalars(select(model).where(parent == row.id).order_by(*order)))

    people_rows = lines(IncidentPersonRow, IncidentPersonRow.id)
    action_rows = lines(IncidentActionRow, IncidentActionRow.at, IncidentActionRow.id)
    notice_rows = lines(
        IncidentNotificationRow, IncidentNotificationRow.at, IncidentNotificationRow.id
    )
    evidence_rows = lines(IncidentEvidenceRow, IncidentEvidenceRow.id)
    custody_rows = lines(EvidenceCustodyRow, EvidenceCustodyRow.since, EvidenceCustodyRow.id)
    task_rows = lines(IncidentTaskRow, IncidentTaskRow.id)
    attachment_rows = lines(IncidentAttachmentRow, IncidentAttachmentRow.id)
    staff_ids = {
        *(p.staff_id for p in people_rows if p.staff_id is not None),
        *(a.staff_id for a in action_rows if a.staff_id is not None),
        *(t.owner_id for t in task_rows if t.owner_id is not None),
        *(i for i in (row.karupam_id, row.approved_by_id) if i is not None),
    }
    staff = _names(session, StaffRow, staff_ids)
    inmates = _names(session, InmateRow, {p.inmate_id for p in people_rows if p.inmate_id})
    people = []
    for p in people_rows:
        kind = PersonKind(p.kind)
        name, identity = p.name, p.identity
        if kind == PersonKind.INMATE and p.inmate_id is not None:
            name, identity = inmates.get(p.inmate_id, ("", ""))
        elif kind == PersonKind.STAFF and p.staff_id is not None:
            name, identity = staff.get(p.staff_id, ("", ""))
        people.append(
            PersonLine(PersonRole(p.role), kind, p.inmate_id, p.staff_id, name, identity, p.note)
        )
    custody: dict[int, list[CustodyLine]] = {}
    for c in custody_rows:
        custody.setdefault(c.evidence_id, []).append(CustodyLine(c.holder, c.since, c.place))
    files = {
        a.id: a
        for a in session.execute(
            select(
                AttachmentRow.id,
                AttachmentRow.file_name,
                AttachmentRow.media_type,
                AttachmentRow.size,
            ).where(AttachmentRow.id.in_([r.attachment_id for r in attachment_rows]))
        )
    }
    draft = IncidentDraft(
        type_id=row.type_id,
        severity=Severity(row.severity),
        happened_at=row.happened_at,
        reported_at=row.reported_at,
        summary=row.summary,
        block_id=row.block_id,
        room=row.room,
        other_place=row.other_place,
        chronology=row.chronology,
        injuries=row.injuries,
        damage=row.damage,
        people=tuple(people),
        actions=tuple(
            ActionLine(
                a.at, a.text, a.staff_id, staff.get(a.staff_id, ("", ""))[0] if a.staff_id else ""
            )
            for a in action_rows
        ),
        notifications=tuple(
            NotificationLine(NotifyLevel(n.level), n.whom, n.at, n.how) for n in notice_rows
        ),
        evidence=tuple(
            EvidenceLine(e.description, e.quantity, e.note, tuple(custody.get(e.id, ())), e.id)
            for e in evidence_rows
        ),
        tasks=tuple(
            TaskLine(
                t.text,
                t.owner_id,
                t.due_on,
                TaskStatus(t.status),
                staff.get(t.owner_id, ("", ""))[0] if t.owner_id else "",
                t.id,
            )
            for t in task_rows
        ),
        attachments=tuple(
            AttachmentLine(
                a.attachment_id,
                a.caption,
                files[a.attachment_id].file_name,
                files[a.attachment_id].media_type,
                files[a.attachment_id].size,
            )
            for a in attachment_rows
        ),
        handover_id=row.handover_id,
        id=row.id,
        version=row.version,
    )
    block = session.get(CellBlockRow, row.block_id) if row.block_id else None
    regu = session.get(ReguRow, row.regu_id) if row.regu_id else None
    approval = None
    if row.approved_at is not None and row.approved_by_id is not None:
        paper = (
            session.get(PaperSignatureRow, row.approval_paper_id) if row.approval_paper_id else None
        )
        approval = Approval(
            row.approved_by_id,
            staff.get(row.approved_by_id, ("", ""))[0],
            row.approved_at,
            paper.signed_on if paper else None,
            paper.scan_id if paper else None,
        )
    incident_type = session.get(IncidentTypeRow, row.type_id)
    return IncidentRecord(
        draft=draft,
        number=row.number,
        status=IncidentStatus(row.status),
        type_name=incident_type.name if incident_type else "",
        place=place_text(block.name if block else "", row.room, row.other_place),
        on_duty=OnDuty(
            None,
            row.shift_code,
            row.regu_id,
            regu.name if regu else "",
            row.karupam_id,
            staff.get(row.karupam_id, ("", ""))[0] if row.karupam_id else "",
        ),
        approval=approval,
        supplements=tuple(
            SupplementRecord(s.number, s.text, s.author, s.written_at)
            for s in lines(IncidentSupplementRow, IncidentSupplementRow.number)
        ),
        reopenings=tuple(
            ReopeningRecord(r.reason, r.author, r.written_at)
            for r in lines(IncidentReopeningRow, IncidentReopeningRow.id)
        ),
        created_at=row.created_at,
    )


def list_incidents(
    db: Database, query: IncidentQuery = IncidentQuery(), *, limit: int = 500
) -> list[IncidentSummary]:
    """The incidents the filters let through, newest first."""
    with db.read() as session:
        statement = (
            _searched(session, query)
            .order_by(IncidentRow.happened_at.desc(), IncidentRow.id.desc())
            .limit(limit)
        )
        return [
            IncidentSummary(
                r.id,
                r.number,
                r.happened_at,
                r.type_name,
                Severity(r.severity),
                place_text(r.block_name or "", r.room, r.other_place),
                r.summary,
                IncidentStatus(r.status),
                r.approved_at is not None,
                r.shift_code,
                r.regu_name or "",
                r.version,
            )
            for r in session.execute(statement)
        ]


def _filtered(query: IncidentQuery) -> Select:  # type: ignore[type-arg]
    statement = (
        select(
            IncidentRow.id,
            IncidentRow.number,
            IncidentRow.happened_at,
            IncidentTypeRow.name.label("type_name"),
            IncidentRow.severity,
            CellBlockRow.name.label("block_name"),
            IncidentRow.room,
            IncidentRow.other_place,
            IncidentRow.summary,
            IncidentRow.status,
            IncidentRow.approved_at,
            IncidentRow.shift_code,
            ReguRow.name.label("regu_name"),
            IncidentRow.version,
        )
        .join(IncidentTypeRow, IncidentTypeRow.id == IncidentRow.type_id)
        .outerjoin(CellBlockRow, CellBlockRow.id == IncidentRow.block_id)
        .outerjoin(ReguRow, ReguRow.id == IncidentRow.regu_id)
    )
    if query.first is not None:
        statement = statement.where(
            IncidentRow.happened_at >= datetime.combine(query.first, time())
        )
    if query.last is not None:
        statement = statement.where(
            IncidentRow.happened_at < datetime.combine(query.last + timedelta(days=1), time())
        )
    if query.type_id is not None:
        statement = statement.where(IncidentRow.type_id == query.type_id)
    if query.severity is not None:
        statement = statement.where(IncidentRow.severity == query.severity.value)
    if query.block_id is not None:
        statement = statement.where(IncidentRow.block_id == query.block_id)
    if query.status is not None:
        statement = statement.where(IncidentRow.status == query.status.value)
    if query.regu_id is not None:
        statement = statement.where(IncidentRow.regu_id == query.regu_id)
    if query.shift_code:
        statement = statement.where(IncidentRow.shift_code == query.shift_code)
    return statement


def _searched(session: Session, query: IncidentQuery) -> Select:  # type: ignore[type-arg]
    statement = _filtered(query)
    if query.person_inmate_id is not None:
        statement = statement.where(
            IncidentRow.id.in_(
                select(IncidentPersonRow.incident_id).where(
                    IncidentPersonRow.inmate_id == query.person_inmate_id
                )
            )
        )
    if query.person_staff_id is not None:
        statement = statement.where(
            IncidentRow.id.in_(
                select(IncidentPersonRow.incident_id).where(
                    IncidentPersonRow.staff_id == query.person_staff_id
                )
            )
        )
    condition = matching_incidents(session, query.text)
    if condition is not None:
        statement = statement.where(condition)
    return statement
