"""Saving an incident's form: checked as a whole, written in one action with its lines; a new
record takes the next number of its year. An approved (or closed) record is not edited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.incidents import (
    MAX_EVIDENCE_QUANTITY,
    IncidentStatus,
    PersonKind,
    time_errors,
)
from rutan_desk.domain.numbering import format_number
from rutan_desk.domain.stored_values import line_count_errors, range_errors
from rutan_desk.services.attachments import keep_file_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.handover.prefill import on_duty_in
from rutan_desk.services.incidents.forms import IncidentDraft
from rutan_desk.services.incidents.search import reindex_incidents
from rutan_desk.services.incidents.setup import number_pattern_in
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.validation import get_for_change, text_errors
from rutan_desk.store.counters import lock_counter
from rutan_desk.store.models.attachments import AttachmentRow
from rutan_desk.store.models.handover import CellBlockRow, HandoverRow
from rutan_desk.store.models.incidents import (
    EvidenceCustodyRow,
    IncidentActionRow,
    IncidentAttachmentRow,
    IncidentEvidenceRow,
    IncidentNotificationRow,
    IncidentPersonRow,
    IncidentRow,
    IncidentTaskRow,
    IncidentTypeRow,
)
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.staff import StaffRow

NUMBER_ATTEMPTS = 3  # another PC may take the same number at the same moment


def save_incident(ctx: ActionContext, draft: IncidentDraft) -> int:
    """Save the form (a new record, or the one ``draft.id`` names at ``draft.version``);
    returns its id. Everything is checked first and nothing is written when one thing is
    wrong."""
    attempt = 1
    while True:
        try:
            with ctx.write(Permission.INCIDENTS_EDIT) as session:
                return save_incident_in(session, ctx, draft)
        except IntegrityError:
            if draft.id is not None or attempt >= NUMBER_ATTEMPTS:
                raise
            attempt += 1


def save_incident_in(session: Session, ctx: ActionContext, draft: IncidentDraft) -> int:
    """``save_incident`` inside a transaction the caller holds (a finding that opens an
    incident writes both in one action); the caller has checked the permission. A new record's
    number may collide with one another PC took at the same moment: the caller retries."""
    now = ctx.wib_now().replace(tzinfo=None)
    errors = draft_errors(session, draft, now)
    row: IncidentRow | None = None
    if draft.id is not None:
        row = get_for_change(session, IncidentRow, draft.id, draft.version)
        if row.approved_at is not None:
            errors.insert(0, FieldError("incident", "incident_locked"))
        elif row.status == IncidentStatus.CLOSED.value:
            errors.insert(0, FieldError("incident", "incident_closed"))
    if errors:
        raise ValidationError(errors)
    assert draft.happened_at is not None and draft.reported_at is not None
    assert draft.type_id is not None
    duty = on_duty_in(session, draft.happened_at)
    values: dict[str, Any] = {
        "type_id": draft.type_id,
        "severity": draft.severity.value,
        "happened_at": draft.happened_at,
        "reported_at": draft.reported_at,
        "block_id": draft.block_id,
        "room": draft.room.strip(),
        "other_place": draft.other_place.strip(),
        "shift_code": duty.shift_code,
        "regu_id": duty.regu_id,
        "karupam_id": duty.karupam_id,
        "summary": draft.summary.strip(),
        "chronology": draft.chronology.rstrip(),
        "injuries": draft.injuries.strip(),
        "damage": draft.damage.strip(),
        "handover_id": draft.handover_id,
    }
    if row is None:
        year = draft.happened_at.year
        lock_counter(session, "incident_number")  # another PC saving a new one waits here
        serial = 1 + (
            session.scalar(select(func.max(IncidentRow.serial)).where(IncidentRow.year == year))
            or 0
        )
        number = format_number(number_pattern_in(session), serial, draft.happened_at.date())
        row = IncidentRow(year=year, serial=serial, number=number, status="draft", **values)
        session.add(row)
        session.flush()
    else:
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    _write_lines(session, row.id, draft)
    session.flush()
    reindex_incidents(session, [row.id])
    return row.id


def draft_errors(session: Session, draft: IncidentDraft, now: datetime) -> list[FieldError]:
    """What is wrong with the form, each beside its field (the lines under their table)."""
    errors = _line_count_errors(draft)
    if errors:  # the lines are not looked up one by one: there are too many of them
        return errors
    if draft.type_id is None:
        errors.append(FieldError("type", "incident_type_required"))
    else:
        kind = session.get(IncidentTypeRow, draft.type_id)
        if kind is None:
            errors.append(FieldError("type", "incident_type_required"))
        elif not kind.active and not _keeps_type(session, draft):
            errors.append(FieldError("type", "incident_type_retired", {"name": kind.name}))
    errors += time_errors(draft.happened_at, draft.reported_at, now)
    errors += text_errors("summary", draft.summary, IncidentRow.summary, required=True)
    errors += text_errors("room", draft.room, IncidentRow.room)
    errors += text_errors("other_place", draft.other_place, IncidentRow.other_place)
    if (draft.block_id is None and not draft.other_place.strip()) or (
        draft.block_id is not None and session.get(CellBlockRow, draft.block_id) is None
    ):
        errors.append(FieldError("place", "incident_place_required"))
    if draft.handover_id is not None and session.get(HandoverRow, draft.handover_id) is None:
        errors.append(FieldError("handover", "record_missing"))
    errors += _people_errors(session, draft)
    errors += _timed_line_errors(draft, now)
    errors += _evidence_errors(draft, now)
    errors += _task_errors(session, draft)
    for line in draft.attachments:
        if session.get(AttachmentRow, line.attachment_id) is None:
            errors.append(FieldError("attachments", "record_missing"))
        errors += text_errors("attachments", line.caption, IncidentAttachmentRow.caption)
    return errors


def _line_count_errors(draft: IncidentDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    for field, lines in (
        ("people", draft.people),
        ("actions", draft.actions),
        ("notifications", draft.notifications),
        ("evidence", draft.evidence),
        ("tasks", draft.tasks),
        ("attachments", draft.attachments),
    ):
        errors += line_count_errors(field, lines)
    for item in draft.evidence:
        errors += line_count_errors("evidence", item.custody)
    return errors


def _keeps_type(session: Session, draft: IncidentDraft) -> bool:
    """A retired type stays on the records that already have it."""
    if draft.id is None:
        return False
    return session.scalar(select(IncidentRow.type_id).where(IncidentRow.id == draft.id)) == (
        draft.type_id
    )


def _people_errors(session: Session, draft: IncidentDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[tuple[str, object]] = set()
    for line in draft.people:
        if line.kind == PersonKind.INMATE:
            key: tuple[str, object] = ("inmate", line.inmate_id)
            if line.inmate_id is None or session.get(InmateRow, line.inmate_id) is None:
                errors.append(FieldError("people", "incident_person_missing"))
        elif line.kind == PersonKind.STAFF:
            key = ("staff", line.staff_id)
            if line.staff_id is None or session.get(StaffRow, line.staff_id) is None:
                errors.append(FieldError("people", "incident_person_missing"))
        else:
            key = ("outsider", line.name.strip().casefold())
            if not line.name.strip():
                errors.append(FieldError("people", "incident_outsider_name_required"))
            errors += text_errors("people", line.name, IncidentPersonRow.name)
            errors += text_errors("people", line.identity, IncidentPersonRow.identity)
        errors += text_errors("people", line.note, IncidentPersonRow.note)
        if (key, line.role) in seen:  # type: ignore[comparison-overlap]
            errors.append(FieldError("people", "line_duplicate", {"name": line.name}))
        seen.add((key, line.role))  # type: ignore[arg-type]
    return errors


def _timed_line_errors(draft: IncidentDraft, now: datetime) -> list[FieldError]:
    """Actions and notifications come after the incident, and not in the future."""
    errors: list[FieldError] = []
    # (against a time of happening that is itself wrong, the lines would all be wrong)
    start = draft.happened_at if draft.happened_at and draft.happened_at <= now else None
    for field, lines in (("actions", draft.actions), ("notifications", draft.notifications)):
        for line in lines:
            if line.at > now:
                errors.append(FieldError(field, "incident_time_future"))
            elif start is not None and line.at < start:
                errors.append(FieldError(field, "incident_line_before_incident"))
    for action in draft.actions:
        errors += text_errors("actions", action.text, IncidentActionRow.text, required=True)
    for note in draft.notifications:
        errors += text_errors(
            "notifications", note.whom, IncidentNotificationRow.whom, required=True
        )
        errors += text_errors("notifications", note.how, IncidentNotificationRow.how)
    return errors


def _evidence_errors(draft: IncidentDraft, now: datetime) -> list[FieldError]:
    errors: list[FieldError] = []
    for item in draft.evidence:
        errors += text_errors(
            "evidence", item.description, IncidentEvidenceRow.description, required=True
        )
        errors += text_errors("evidence", item.note, IncidentEvidenceRow.note)
        if item.quantity <= 0:
            errors.append(FieldError("evidence", "quantity_positive"))
        else:
            errors += range_errors("evidence", item.quantity, 1, MAX_EVIDENCE_QUANTITY)
        for custody in item.custody:
            errors += text_errors(
                "evidence", custody.holder, EvidenceCustodyRow.holder, required=True
            )
            if custody.since > now:
                errors.append(FieldError("evidence", "incident_time_future"))
    return errors


def _task_errors(session: Session, draft: IncidentDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    for task in draft.tasks:
        errors += text_errors("tasks", task.text, IncidentTaskRow.text, required=True)
        if task.owner_id is not None and session.get(StaffRow, task.owner_id) is None:
            errors.append(FieldError("tasks", "incident_person_missing"))
    return errors


def _write_lines(session: Session, incident_id: int, draft: IncidentDraft) -> None:
    sync_lines(
        session,
        IncidentPersonRow,
        "incident_id",
        incident_id,
        [
            {
                "role": line.role.value,
                "kind": line.kind.value,
                "inmate_id": line.inmate_id if line.kind == PersonKind.INMATE else None,
                "staff_id": line.staff_id if line.kind == PersonKind.STAFF else None,
                "name": line.name.strip() if line.kind == PersonKind.OUTSIDER else "",
                "identity": line.identity.strip() if line.kind == PersonKind.OUTSIDER else "",
                "note": line.note.strip(),
            }
            for line in draft.people
        ],
    )
    sync_lines(
        session,
        IncidentActionRow,
        "incident_id",
        incident_id,
        [
            {"at": a.at, "text": a.text.strip(), "staff_id": a.staff_id}
            for a in sorted(draft.actions, key=lambda a: a.at)
        ],
    )
    sync_lines(
        session,
        IncidentNotificationRow,
        "incident_id",
        incident_id,
        [
            {"level": n.level.value, "whom": n.whom.strip(), "at": n.at, "how": n.how.strip()}
            for n in sorted(draft.notifications, key=lambda n: n.at)
        ],
    )
    # Evidence lines are matched by position; the custody of a line that goes, goes first.
    evidence_ids = session.scalars(
        select(IncidentEvidenceRow.id)
        .where(IncidentEvidenceRow.incident_id == incident_id)
        .order_by(IncidentEvidenceRow.id)
    ).all()
    leaving = evidence_ids[len(draft.evidence) :]
    if leaving:
        for row in session.scalars(
            select(EvidenceCustodyRow).where(EvidenceCustodyRow.evidence_id.in_(leaving))
        ):
            session.delete(row)
        session.flush()
    evidence_rows = sync_lines(
        session,
        IncidentEvidenceRow,
        "incident_id",
        incident_id,
        [
            {"description": e.description.strip(), "quantity": e.quantity, "note": e.note.strip()}
            for e in draft.evidence
        ],
    )
    session.flush()
    for item, evidence in zip(draft.evidence, evidence_rows, strict=True):
        sync_lines(
            session,
            EvidenceCustodyRow,
            "evidence_id",
            evidence.id,
            [
                {
                    "incident_id": incident_id,
                    "holder": c.holder.strip(),
                    "since": c.since,
                    "place": c.place.strip(),
                }
                for c in sorted(item.custody, key=lambda c: c.since)
            ],
        )
    sync_lines(
        session,
        IncidentTaskRow,
        "incident_id",
        incident_id,
        [
            {
                "text": t.text.strip(),
                "owner_id": t.owner_id,
                "due_on": t.due_on,
                "status": t.status.value,
            }
            for t in draft.tasks
        ],
    )
    sync_lines(
        session,
        IncidentAttachmentRow,
        "incident_id",
        incident_id,
        [
            {"attachment_id": a.attachment_id, "caption": a.caption.strip()}
            for a in draft.attachments
        ],
        key=("attachment_id",),
    )


def keep_incident_file(ctx: ActionContext, file_name: str, data: bytes) -> int:
    """Keep a photo or scan for an incident (checked, with its SHA-256); returns the attachment's
    id for the form's ``AttachmentLine``. It belongs to the incident once the form is saved."""
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        return keep_file_in(session, file_name, data, field="file").id
