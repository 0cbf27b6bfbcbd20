"""The steps of an incident: reported, handled, closed, reopened with a reason; approved (by a
Pimpinan in the app, or recorded from paper by the clerk with its scan), which locks it; then
new facts as numbered supplements. Custody of evidence and the state of follow-up tasks move on
after approval too: they are not what the report said, but what happened since."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.incidents import (
    IncidentStatus,
    TaskStatus,
    next_supplement_number,
    reopen_errors,
    step_errors,
)
from rutan_desk.services.attachments import PaperSignature, record_paper_signature_in
from rutan_desk.services.context import ActionContext, ActorKind
from rutan_desk.services.incidents.search import reindex_incidents
from rutan_desk.services.validation import get_for_change, text_errors
from rutan_desk.store.models.incidents import (
    EvidenceCustodyRow,
    IncidentEvidenceRow,
    IncidentReopeningRow,
    IncidentRow,
    IncidentSupplementRow,
    IncidentTaskRow,
)
from rutan_desk.store.models.staff import StaffRow


def advance_incident(
    ctx: ActionContext, incident_id: int, target: IncidentStatus, *, expected_version: int
) -> IncidentStatus:
    """One step forward: Draf → Dilaporkan → Ditangani → Selesai. Reporting needs the
    chronology."""
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row = get_for_change(session, IncidentRow, incident_id, expected_version)
        errors = step_errors(IncidentStatus(row.status), target)
        if target == IncidentStatus.REPORTED and not row.chronology.strip():
            errors.append(FieldError("chronology", "incident_chronology_required"))
        if errors:
            raise ValidationError(errors)
        row.status = target.value
        return target


def reopen_incident(
    ctx: ActionContext, incident_id: int, reason: str, *, expected_version: int
) -> IncidentStatus:
    """A closed incident back to Ditangani, with the reason kept on the record."""
    errors = text_errors("reason", reason, IncidentReopeningRow.reason)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row = get_for_change(session, IncidentRow, incident_id, expected_version)
        errors = reopen_errors(IncidentStatus(row.status), reason) + errors
        if errors:
            raise ValidationError(errors)
        row.status = IncidentStatus.HANDLED.value
        session.add(
            IncidentReopeningRow(
                incident_id=row.id,
                reason=reason.strip(),
                author=ctx.actor.audit_name,
                written_at=ctx.utc_now(),
            )
        )
        return IncidentStatus.HANDLED


def approve_incident(
    ctx: ActionContext,
    incident_id: int,
    staff_id: int,
    at: datetime | None = None,
    *,
    expected_version: int,
    paper: PaperSignature | None = None,
) -> None:
    """Approve (or acknowledge) the record, which locks it. In the app a Pimpinan approves in
    their own name; an approval given on paper is recorded by the clerk with the scan
    (Permission.PAPER_RECORD) and shows as such. ``at`` is WIB (now when None)."""
    now = ctx.wib_now().replace(tzinfo=None)
    at = (at or now).replace(microsecond=0)
    permission = Permission.PAPER_RECORD if paper is not None else Permission.INCIDENTS_APPROVE
    with ctx.write(permission) as session:
        row = get_for_change(session, IncidentRow, incident_id, expected_version)
        if paper is None and ctx.actor.kind == ActorKind.ACCOUNT and ctx.actor.staff_id != staff_id:
            raise ValidationError([FieldError("staff", "sign_as_yourself")])
        errors: list[FieldError] = []
        if row.approved_at is not None:
            errors.append(FieldError("incident", "incident_already_approved"))
        if row.status == IncidentStatus.DRAFT.value:
            errors.append(FieldError("status", "incident_approve_draft"))
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        if at > now:
            errors.append(FieldError("at", "incident_time_future"))
        elif at < row.reported_at:
            errors.append(FieldError("at", "incident_approved_before_report"))
        if errors:
            raise ValidationError(errors)
        row.approved_at = at
        row.approved_by_id = staff_id
        if paper is not None:
            signature = record_paper_signature_in(
                session,
                entity="incident",
                entity_id=row.id,
                role="approve",
                signer_id=staff_id,
                paper=paper,
            )
            row.approval_paper_id = signature.id


def add_supplement(ctx: ActionContext, incident_id: int, text: str) -> int:
    """A new fact for an approved record: the next number, the author, never edited.
    Returns its number."""
    errors = text_errors("text", text, IncidentSupplementRow.text, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row = session.get(IncidentRow, incident_id)
        if row is None:
            raise NotFoundError(f"incident {incident_id}")
        if row.approved_at is None:
            raise ValidationError([FieldError("text", "incident_supplement_before_approval")])
        numbers = session.scalars(
            select(IncidentSupplementRow.number).where(
                IncidentSupplementRow.incident_id == incident_id
            )
        )
        number = next_supplement_number(numbers)
        session.add(
            IncidentSupplementRow(
                incident_id=incident_id,
                number=number,
                text=text.strip(),
                author=ctx.actor.audit_name,
                author_staff_id=ctx.actor.staff_id,
                written_at=ctx.utc_now(),
            )
        )
        session.flush()
        reindex_incidents(session, [incident_id])
        return number


def add_custody(
    ctx: ActionContext, evidence_id: int, holder: str, since: datetime, place: str = ""
) -> None:
    """Who holds a piece of evidence from now on (handed to the police, stored, ...)."""
    errors = text_errors("holder", holder, EvidenceCustodyRow.holder, required=True)
    errors += text_errors("place", place, EvidenceCustodyRow.place)
    if since > ctx.wib_now().replace(tzinfo=None):
        errors.append(FieldError("since", "incident_time_future"))
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        evidence = session.get(IncidentEvidenceRow, evidence_id)
        if evidence is None:
            raise NotFoundError(f"evidence {evidence_id}")
        last = session.scalar(
            select(EvidenceCustodyRow.since)
            .where(EvidenceCustodyRow.evidence_id == evidence_id)
            .order_by(EvidenceCustodyRow.since.desc())
            .limit(1)
        )
        if last is not None and since < last:
            errors.append(FieldError("since", "custody_before_previous"))
        if errors:
            raise ValidationError(errors)
        session.add(
            EvidenceCustodyRow(
                incident_id=evidence.incident_id,
                evidence_id=evidence_id,
                holder=holder.strip(),
                since=since.replace(microsecond=0),
                place=place.strip(),
            )
        )


def set_task_status(ctx: ActionContext, task_id: int, status: TaskStatus) -> None:
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        task = session.get(IncidentTaskRow, task_id)
        if task is None:
            raise NotFoundError(f"task {task_id}")
        task.status = status.value
