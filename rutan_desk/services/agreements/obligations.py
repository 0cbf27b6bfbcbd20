"""The obligations of an agreement: saving one, its status, its evidence (a note, a file, a
patrol visit), and the periods of a recurring one with the months that show no evidence; the
patrol visits of the agency it names count as evidence without being entered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.agreements import (
    RECURRING,
    AgreementKind,
    AgreementStatus,
    ObligationStatus,
    Recurrence,
    Responsible,
    gaps,
    last_complete_period,
    obligation_errors,
    obligation_overdue,
    period_evidence,
)
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import clock
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import MAX_RECORD_LINES
from rutan_desk.services.agreements.forms import (
    EvidenceDraft,
    EvidenceLine,
    ObligationDraft,
    ObligationRecord,
)
from rutan_desk.services.agreements.status import renewed_among, status_of
from rutan_desk.services.attachments import keep_file_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    ObligationEvidenceRow,
    ObligationRow,
    PartnerRow,
)
from rutan_desk.store.models.attachments import AttachmentRow
from rutan_desk.store.models.patrols import PatrolVisitRow

IN_FORCE = frozenset({AgreementStatus.BERLAKU, AgreementStatus.SEGERA_BERAKHIR})
JOINT_NAME = "Bersama"
OWN_NAME = "Rutan"


# -- writing --------------------------------------------------------------------------------


def save_obligation(ctx: ActionContext, draft: ObligationDraft) -> int:
    """Save the form (a new obligation of ``draft.agreement_id``, or the one ``draft.id``
    names at ``draft.version``); returns its id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row: ObligationRow | None = None
        if draft.id is not None:
            row = get_for_change(session, ObligationRow, draft.id, draft.version)
        errors = draft_errors(session, draft)
        if errors:
            raise ValidationError(errors)
        recurrence = Recurrence(draft.recurrence)
        responsible = Responsible(draft.responsible)
        values: dict[str, Any] = {
            "text": tidy(draft.text),
            "responsible": responsible.value,
            "partner_id": draft.partner_id if responsible is Responsible.PARTNER else None,
            "owner": tidy(draft.owner),
            "recurrence": recurrence.value,
            "due_on": draft.due_on if recurrence is Recurrence.ONCE else None,
            "starts_on": draft.starts_on if recurrence in RECURRING else None,
            "status": ObligationStatus(draft.status).value,
            "evidence_agency": tidy(draft.evidence_agency),
            "note": draft.note.rstrip(),
        }
        if row is None:
            last = session.scalar(
                select(func.max(ObligationRow.sort_order)).where(
                    ObligationRow.agreement_id == draft.agreement_id
                )
            )
            row = ObligationRow(
                agreement_id=draft.agreement_id, sort_order=(last or 0) + 1, **values
            )
            session.add(row)
            session.flush()
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        return row.id


def draft_errors(session: Session, draft: ObligationDraft) -> list[FieldError]:
    responsible = Responsible(draft.responsible)
    errors = obligation_errors(
        draft.text, Recurrence(draft.recurrence), draft.due_on, responsible, draft.partner_id
    )
    errors += length_errors(
        ObligationRow,
        {
            "text": tidy(draft.text),
            "owner": tidy(draft.owner),
            "evidence_agency": tidy(draft.evidence_agency),
        },
    )
    if session.get(AgreementRow, draft.agreement_id) is None:
        errors.append(FieldError("agreement", "record_missing"))
    elif draft.id is None and _obligation_count(session, draft.agreement_id) >= MAX_RECORD_LINES:
        errors.append(FieldError("agreement", "too_many_lines", {"max": MAX_RECORD_LINES}))
    elif responsible is Responsible.PARTNER and draft.partner_id is not None:
        party = session.scalar(
            select(AgreementPartyRow.id).where(
                AgreementPartyRow.agreement_id == draft.agreement_id,
                AgreementPartyRow.partner_id == draft.partner_id,
            )
        )
        if party is None:
            errors.append(FieldError("responsible", "obligation_partner_not_party"))
    return errors


def _obligation_count(session: Session, agreement_id: int) -> int:
    count = select(func.count()).where(ObligationRow.agreement_id == agreement_id)
    return session.scalar(count) or 0


def set_obligation_status(
    ctx: ActionContext, obligation_id: int, status: ObligationStatus, *, expected_version: int
) -> None:
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, ObligationRow, obligation_id, expected_version)
        row.status = ObligationStatus(status).value


def delete_obligation(ctx: ActionContext, obligation_id: int, *, expected_version: int) -> None:
    """Delete an obligation entered by mistake, with its evidence. One a renewal carried over
    stays on the old agreement."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, ObligationRow, obligation_id, expected_version)
        carried = session.scalar(
            select(ObligationRow.id).where(ObligationRow.carried_from_id == obligation_id)
        )
        if carried is not None:
            raise ValidationError([FieldError("obligation", "obligation_carried_over")])
        for line in session.scalars(
            select(ObligationEvidenceRow).where(
                ObligationEvidenceRow.obligation_id == obligation_id
            )
        ):
            session.delete(line)
        session.flush()
        session.delete(row)


def add_evidence(ctx: ActionContext, obligation_id: int, evidence: EvidenceDraft) -> int:
    """Record evidence that the obligation was carried out; returns the evidence's id. It
    raises the obligation's version (a form opened before reads it again)."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        if session.get(ObligationRow, obligation_id) is None:
            raise NotFoundError(f"obligation {obligation_id}")
        errors = text_errors("note", evidence.note.strip(), ObligationEvidenceRow.note)
        if evidence.done_on is None:
            errors.append(FieldError("done_on", "date_required"))
        elif evidence.done_on > ctx.today():
            errors.append(FieldError("done_on", "date_in_future", {"today": ctx.today()}))
        has_file = bool(evidence.file_data or evidence.file_name)
        if not (evidence.note.strip() or has_file or evidence.patrol_visit_id):
            errors.append(FieldError("note", "evidence_empty"))
        if (
            evidence.patrol_visit_id is not None
            and session.get(PatrolVisitRow, evidence.patrol_visit_id) is None
        ):
            errors.append(FieldError("patrol_visit", "record_missing"))
        if errors:
            raise ValidationError(errors)
        assert evidence.done_on is not None
        attachment_id = None
        if has_file:
            attachment_id = keep_file_in(
                session, evidence.file_name, evidence.file_data, field="file"
            ).id
        row = ObligationEvidenceRow(
            obligation_id=obligation_id,
            done_on=evidence.done_on,
            note=evidence.note.strip(),
            attachment_id=attachment_id,
            patrol_visit_id=evidence.patrol_visit_id,
        )
        session.add(row)
        session.flush()
        return row.id


def remove_evidence(ctx: ActionContext, obligation_id: int, evidence_id: int) -> None:
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = session.get(ObligationEvidenceRow, evidence_id)
        if row is None or row.obligation_id != obligation_id:
            raise NotFoundError(f"obligation_evidence {evidence_id}")
        session.delete(row)


# -- reading --------------------------------------------------------------------------------


def patrol_agencies(db: Database) -> list[str]:
    """The agencies of the patrol visits recorded, for the obligation's evidence field."""
    with db.read() as session:
        return list(
            session.scalars(
                select(PatrolVisitRow.agency)
                .where(PatrolVisitRow.kind == VisitKind.SAMBANG.value)
                .distinct()
                .order_by(PatrolVisitRow.agency)
            )
        )


def patrol_days_in(session: Session, agency: str, first: date, last: date) -> list[date]:
    """The days the patrol of ``agency`` called, from ``first`` to ``last``."""
    if not agency:
        return []
    rows = session.scalars(
        select(PatrolVisitRow.arrived_at).where(
            PatrolVisitRow.agency == agency,
            PatrolVisitRow.kind == VisitKind.SAMBANG.value,
            PatrolVisitRow.arrived_at >= datetime.combine(first, time()),
            PatrolVisitRow.arrived_at < datetime.combine(last + timedelta(days=1), time()),
        )
    )
    return [arrived.date() for arrived in rows]


def responsible_name(responsible: Responsible, partner: PartnerRow | None) -> str:
    if responsible is Responsible.PARTNER and partner is not None:
        return partner.short_name or partner.name
    return JOINT_NAME if responsible is Responsible.JOINT else OWN_NAME


def agreement_span(agreement: AgreementRow) -> tuple[date | None, date | None]:
    """The first and last day the agreement's obligations run (the last: its effective
    end, or the day before its revocation)."""
    last = agreement.ends_on
    if agreement.revoked_on is not None:
        before = agreement.revoked_on - timedelta(days=1)
        last = before if last is None else min(last, before)
    return agreement.valid_from, last


def overdue_among(
    session: Session, agreement: AgreementRow, rows: Iterable[ObligationRow], today: date
) -> dict[int, bool]:
    """Which of the agreement's obligations are late on ``today`` (only while it is in
    force: the obligations of a renewed, ended or revoked agreement are not chased)."""
    rows = list(rows)
    living = agreement  # an addendum's obligations live as long as the agreement it amends
    if agreement.kind == AgreementKind.ADDENDUM.value and agreement.parent_id is not None:
        living = session.get(AgreementRow, agreement.parent_id) or agreement
    renewed = living.id in renewed_among(session, [living.id])
    if status_of(living, renewed, today, 0) not in IN_FORCE:
        return dict.fromkeys((row.id for row in rows), False)
    evidence = _evidence_days(session, [row.id for row in rows])
    result: dict[int, bool] = {}
    for row in rows:
        recurrence = Recurrence(row.recurrence)
        start = row.starts_on or agreement.valid_from
        days = list(evidence.get(row.id, []))
        if recurrence in RECURRING and row.evidence_agency:
            period = last_complete_period(recurrence, today)
            days += patrol_days_in(session, row.evidence_agency, period.first, period.last)
        result[row.id] = obligation_overdue(
            ObligationStatus(row.status), recurrence, row.due_on, start, days, today
        )
    return result


def _evidence_days(session: Session, obligation_ids: list[int]) -> dict[int, list[date]]:
    found: dict[int, list[date]] = defaultdict(list)
    if not obligation_ids:
        return found
    for obligation_id, done_on in session.execute(
        select(ObligationEvidenceRow.obligation_id, ObligationEvidenceRow.done_on).where(
            ObligationEvidenceRow.obligation_id.in_(obligation_ids)
        )
    ):
        found[obligation_id].append(done_on)
    return found


def load_obligation(db: Database, obligation_id: int, today: date) -> ObligationRecord:
    """One obligation with its evidence and, when it recurs, its periods from the
    agreement's first day (or its own) to today: a period over without evidence (entered, or
    a patrol visit of its agency) is a gap."""
    with db.read() as session:
        row = session.get(ObligationRow, obligation_id)
        if row is None:
            raise NotFoundError(f"obligation {obligation_id}")
        agreement = session.get(AgreementRow, row.agreement_id)
        assert agreement is not None
        partner = session.get(PartnerRow, row.partner_id) if row.partner_id else None
        evidence = _evidence_lines(session, obligation_id)
        recurrence = Recurrence(row.recurrence)
        first, last = agreement_span(agreement)
        start = row.starts_on or first
        periods = []
        if recurrence in RECURRING and start is not None and not agreement.draft:
            days = [line.done_on for line in evidence]
            days += patrol_days_in(session, row.evidence_agency, start, min(last or today, today))
            periods = period_evidence(recurrence, start, last, days, today)
        draft = ObligationDraft(
            agreement_id=row.agreement_id,
            text=row.text,
            responsible=Responsible(row.responsible),
            partner_id=row.partner_id,
            owner=row.owner,
            recurrence=recurrence,
            due_on=row.due_on,
            starts_on=row.starts_on,
            status=ObligationStatus(row.status),
            evidence_agency=row.evidence_agency,
            note=row.note,
            id=row.id,
            version=row.version,
        )
        overdue = overdue_among(session, agreement, [row], today)[row.id]
        return ObligationRecord(
            draft=draft,
            agreement_title=agreement.title,
            responsible_name=responsible_name(Responsible(row.responsible), partner),
            overdue=overdue,
            evidence=tuple(evidence),
            periods=tuple(periods),
            gaps=tuple(gaps(periods)),
        )


def _evidence_lines(session: Session, obligation_id: int) -> list[EvidenceLine]:
    rows = session.execute(
        select(ObligationEvidenceRow, AttachmentRow.file_name, PatrolVisitRow)
        .outerjoin(AttachmentRow, AttachmentRow.id == ObligationEvidenceRow.attachment_id)
        .outerjoin(PatrolVisitRow, PatrolVisitRow.id == ObligationEvidenceRow.patrol_visit_id)
        .where(ObligationEvidenceRow.obligation_id == obligation_id)
        .order_by(ObligationEvidenceRow.done_on, ObligationEvidenceRow.id)
    ).all()
    lines = []
    for evidence, file_name, visit in rows:
        visit_text = ""
        if visit is not None:
            agency = f"{visit.agency} / {visit.unit}" if visit.unit else visit.agency
            visit_text = f"{agency}, {visit.arrived_at:%d-%m-%Y} {clock(visit.arrived_at.time())}"
        lines.append(
            EvidenceLine(
                id=evidence.id,
                done_on=evidence.done_on,
                note=evidence.note,
                attachment_id=evidence.attachment_id,
                file_name=file_name or "",
                patrol_visit_id=evidence.patrol_visit_id,
                patrol_visit=visit_text,
            )
        )
    return lines
