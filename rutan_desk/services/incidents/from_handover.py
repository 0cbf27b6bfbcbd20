"""An incident opened from a handover's equipment warning: a missing firearm or short
ammunition found at the change of shift is a security incident, filed in one step with what
the handover already says (when, which regu, which item, how many) and linked to it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.formatting import clock, short_date
from rutan_desk.domain.handover import EquipmentWarning
from rutan_desk.domain.incidents import (
    EQUIPMENT_LOSS_TYPE,
    PersonKind,
    PersonRole,
    Severity,
)
from rutan_desk.services.handover.forms import HandoverRecord
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.incidents.forms import IncidentDraft, PersonLine
from rutan_desk.store.engine import Database
from rutan_desk.store.models.incidents import IncidentRow, IncidentTypeRow

HANDOVER_PLACE = "Pos penjagaan (serah terima jaga)"


def _warnings_to_file(record: HandoverRecord) -> list[EquipmentWarning]:
    """The hard warnings (a firearm, ammunition); without them, the other missing items."""
    hard = [w for w in record.warnings if w.propose_incident]
    if hard:
        return hard
    return [w for w in record.warnings if w.code == "equipment_missing"]


def _shortage(warning: EquipmentWarning) -> str:
    missing = warning.expected - warning.quantity
    if missing > 0:
        return f"{warning.name} kurang {missing} (ada {warning.quantity} dari {warning.expected})"
    return f"{warning.name} hilang"


def incident_draft_for_handover(db: Database, handover_id: int, *, now: datetime) -> IncidentDraft:
    """A new incident's form prefilled from the handover's equipment warnings (refused when
    the handover has none). ``now`` is the office's wall clock: the record is reported now,
    and happened when the shift changed (not later than now)."""
    record = load_handover(db, handover_id)
    warnings = _warnings_to_file(record)
    if not warnings:
        raise ValidationError([FieldError("equipment", "handover_no_missing_equipment")])
    draft = record.draft
    change = min(record.change_at, now).replace(second=0, microsecond=0)
    shortages = "; ".join(_shortage(w) for w in warnings)
    hard = any(w.propose_incident for w in warnings)
    names = record.names
    chronology = (
        f"Pada serah terima jaga tanggal {short_date(record.change_at.date())} pukul "
        f"{clock(record.change_at, zone=False)} WIB dari {record.outgoing_regu or 'regu jaga'} "
        f"({record.outgoing.name}) kepada {record.incoming_regu or 'regu jaga'} "
        f"({record.incoming.name}), pemeriksaan inventaris mendapati: {shortages}."
    )
    people: list[PersonLine] = []
    for staff_id, role in (
        (draft.incoming_karupam_id, PersonRole.PELAPOR),
        (draft.outgoing_karupam_id, PersonRole.SAKSI),
    ):
        if staff_id is not None and all(p.staff_id != staff_id for p in people):
            people.append(
                PersonLine(role, PersonKind.STAFF, staff_id=staff_id, name=names.get(staff_id, ""))
            )
    with db.read() as session:
        type_id = session.scalar(
            select(IncidentTypeRow.id).where(
                IncidentTypeRow.name == EQUIPMENT_LOSS_TYPE, IncidentTypeRow.active
            )
        )
    return IncidentDraft(
        type_id=type_id,
        severity=Severity.BERAT if hard else Severity.SEDANG,
        happened_at=change,
        reported_at=now.replace(second=0, microsecond=0),
        summary=f"Inventaris tidak lengkap saat serah terima jaga: {shortages}"[:200],
        other_place=HANDOVER_PLACE,
        chronology=chronology,
        people=tuple(people),
        handover_id=handover_id,
    )


def incidents_of_handover(db: Database, handover_id: int) -> list[tuple[int, str]]:
    """(id, number) of the incidents opened from this handover, oldest first."""
    with db.read() as session:
        rows = session.execute(
            select(IncidentRow.id, IncidentRow.number)
            .where(IncidentRow.handover_id == handover_id)
            .order_by(IncidentRow.id)
        )
        return [(incident_id, number) for incident_id, number in rows]
