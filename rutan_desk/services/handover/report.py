"""The printed handover report (Laporan Serah Terima Jaga) and its place in the letter register.

A handover that is still open prints as a draft without a number. Once received (locked), the
report is issued through the register: it takes the next number, the exact PDF is kept, and the
handover points at it, so every later print is that same file. Addenda written after issuing
are printed on a new draft print of the report; the issued file stays as it was.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import clock, from_utc
from rutan_desk.domain.handover import (
    REASON_LABELS,
    Condition,
    Direction,
    OfficerSide,
    OfficerStatus,
    equipment_summary,
    shift_span_short,
    shift_span_text,
)
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffKind
from rutan_desk.reports.handover_report import (
    AddendumLine,
    CountLine,
    EquipmentLine,
    EventLine,
    HandoverReport,
    MovementLine,
    OfficerLine,
    SignatureLine,
    render_handover_report,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import (
    IssuedDocument,
    document_pdf,
    issue_document,
    issued_document,
)
from rutan_desk.services.handover.forms import HandoverRecord, Signature
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.institution import get_profile
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import HandoverRow
from rutan_desk.store.models.staff import StaffRow

KIND = "serah_terima"
SIDE_LABELS = {
    OfficerSide.OUTGOING: "Regu Keluar",
    OfficerSide.INCOMING: "Regu Masuk",
    OfficerSide.EXTERNAL: "Bantuan",
}


def _shift_text(shift: ShiftType) -> str:
    if shift.start is None or shift.end is None:
        return shift.name
    return f"{shift.name} {clock(shift.start, zone=False)}–{clock(shift.end, zone=False)}"


def _side(regu: str, shift: ShiftType, karupam: str) -> str:
    parts = [regu, _shift_text(shift), f"Karupam {karupam}" if karupam else ""]
    return " · ".join(part for part in parts if part)


def _status(status: OfficerStatus, reason: str) -> str:
    if status == OfficerStatus.HADIR:
        return "Hadir"
    label = "Terlambat" if status == OfficerStatus.TERLAMBAT else "Tidak hadir"
    return f"{label} – {reason}" if reason else label


def _officers(session: Session, record: HandoverRecord) -> list[OfficerLine]:
    ids = [line.staff_id for line in record.draft.officers]
    people = {row.id: row for row in session.scalars(select(StaffRow).where(StaffRow.id.in_(ids)))}
    lines = []
    for line in record.draft.officers:
        person = people.get(line.staff_id)
        if person is None:
            continue
        if person.kind == StaffKind.EXTERNAL.value:
            identity, rank = person.external_id or "", person.external_rank
            side = person.agency or SIDE_LABELS[OfficerSide.EXTERNAL]
        else:
            identity = format_nip(person.nip or "")
            label = civil_service_rank(person.golongan)
            rank = label.label() if label else person.golongan
            side = SIDE_LABELS[line.side]
        lines.append(
            OfficerLine(person.name, identity, rank, side, _status(line.status, line.reason))
        )
    return lines


def _signature(
    role: str, title: str, signed: Signature | None, identities: dict[int, str]
) -> SignatureLine:
    if signed is None:
        return SignatureLine(role, title, "", "", None)
    return SignatureLine(
        role,
        title,
        signed.name,
        identities.get(signed.staff_id, ""),
        signed.at,
        on_paper=signed.on_paper,
    )


def handover_report(db: Database, handover_id: int, *, number: str = "") -> HandoverReport:
    """Everything the printed report shows, from the saved handover."""
    record = load_handover(db, handover_id)
    draft = record.draft
    profile = get_profile(db, draft.day)
    signers = [s.staff_id for s in (record.handed, record.received, record.acknowledged) if s]
    with db.read() as session:
        officers = _officers(session, record)
        rows = session.execute(select(StaffRow.id, StaffRow.nip).where(StaffRow.id.in_(signers)))
        identities = {staff_id: format_nip(nip or "") for staff_id, nip in rows}
    names = record.names
    counts = []
    for line in draft.counts:
        key = (line.block_id, line.category_id)
        tally = record.tallies.get(key)
        numbers = (line.opening, line.counted or 0) + (
            (tally.came_in, tally.went_out, tally.closing) if tally else ()
        )
        if not any(numbers):
            continue  # a block and category nobody was in, entered or left: not printed
        counts.append(
            CountLine(
                block=record.blocks.get(line.block_id, "?"),
                category=record.categories.get(line.category_id, "?"),
                opening=line.opening,
                came_in=tally.came_in if tally else 0,
                went_out=tally.went_out if tally else 0,
                closing=tally.closing if tally else line.opening,
                counted=line.counted if line.counted is not None else 0,
            )
        )
    movements = [
        MovementLine(
            at=m.at,
            direction="Masuk" if m.direction == Direction.MASUK else "Keluar",
            reason=REASON_LABELS[m.reason],
            block=record.blocks.get(m.block_id, "?"),
            category=record.categories.get(m.category_id, "?"),
            count=m.count,
            note=m.note,
        )
        for m in draft.movements
    ]
    equipment = [
        EquipmentLine(
            item=e.name,
            serial=e.serial,
            state=equipment_summary(e.expected, e.quantity, e.condition, e.damaged),
            note=e.note,
            attention=e.condition != Condition.BAIK or e.quantity < e.expected,
        )
        for e in draft.equipment
    ]
    acknowledger = record.acknowledged.role if record.acknowledged else "Ka KPR"
    outgoing_karupam = names.get(draft.outgoing_karupam_id or 0, "")
    incoming_karupam = names.get(draft.incoming_karupam_id or 0, "")
    handed_at = record.received.at if record.received else None
    return HandoverReport(
        number=number,
        day=draft.day,
        handed_at=handed_at,
        outgoing=_side(record.outgoing_regu, record.outgoing, outgoing_karupam),
        incoming=_side(record.incoming_regu, record.incoming, incoming_karupam),
        opening_balance=draft.opening_balance,
        officers=officers,
        counts=counts,
        difference_explanation=draft.difference_explanation,
        movements=movements,
        equipment=equipment,
        events=[EventLine(e.at, e.text) for e in draft.events],
        instructions=[i.text for i in draft.instructions],
        signatures=[
            _signature(
                "Yang Menyerahkan",
                f"Karupam {record.outgoing_regu}".strip(),
                record.handed,
                identities,
            ),
            _signature(
                "Yang Menerima",
                f"Karupam {record.incoming_regu}".strip(),
                record.received,
                identities,
            ),
            _signature("Mengetahui", acknowledger, record.acknowledged, identities),
        ],
        addenda=[
            AddendumLine(
                a.number, from_utc(a.written_at), a.author, a.reason, a.text, a.author_identity
            )
            for a in record.addenda
        ],
        city=profile.city,
        paper=profile.paper_size,
        shift_span=shift_span_text(draft.day, record.outgoing),
        shift_start=record.outgoing_start,
        change_at=record.change_at,
    )


def handover_report_pdf(db: Database, handover_id: int) -> bytes:
    """A print of the handover as it stands now, without a number."""
    report = handover_report(db, handover_id)
    return render_handover_report(report, get_profile(db, report.day))


def issued_report(db: Database, handover_id: int) -> tuple[IssuedDocument, bytes] | None:
    """The issued report of a handover and its exact bytes, or None if it was not issued."""
    record = load_handover(db, handover_id)
    if record.document_id is None:
        return None
    return issued_document(db, record.document_id), document_pdf(db, record.document_id)


def issue_handover_report(ctx: ActionContext, handover_id: int) -> IssuedDocument:
    """Number the report of a received handover and keep its exact file in the register; the
    handover then points at it. Refused while the handover can still change."""
    db = ctx.db
    record = load_handover(db, handover_id)
    if not record.locked:
        raise ValidationError([FieldError("handover", "report_needs_receipt")])
    if record.document_id is not None:
        raise ValidationError([FieldError("handover", "report_already_issued")])
    profile = get_profile(db, record.draft.day)
    day = record.draft.day
    span = shift_span_short(day, record.outgoing)  # both dates for a night, as in the history
    title = f"Serah terima jaga {record.outgoing.name} {span} → {record.incoming.name}"
    report = handover_report(db, handover_id)  # locked: it cannot change before it is issued

    def render(number: str, code: str) -> bytes:
        return render_handover_report(replace(report, number=number, audit_code=code), profile)

    def link(session: Session, document_id: int) -> None:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        if row.document_id is not None:  # issued meanwhile on another PC
            raise ValidationError([FieldError("handover", "report_already_issued")])
        row.document_id = document_id

    return issue_document(
        ctx,
        kind=KIND,
        title=title,
        on=day,
        source={"handover_id": handover_id, **asdict(report)},
        render=render,
        within=link,
    )
