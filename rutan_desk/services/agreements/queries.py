"""Reading agreements: the tab's list with each one's status, one agreement whole, and the
chain of renewals it belongs to. Statuses depend on the day, so the caller passes ``today``
(``ctx.today()``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.agreements import (
    OPEN_STATUSES,
    AgreementKind,
    AgreementStatus,
    ObligationStatus,
    Recurrence,
    Responsible,
    days_left,
)
from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.institution import DEFAULT_PROFILE
from rutan_desk.services.agreements.coordination import summaries_where
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    AgreementLink,
    AgreementRecord,
    AgreementSummary,
    ObligationSummary,
    PartyLine,
    ScanLine,
)
from rutan_desk.services.agreements.obligations import overdue_among, responsible_name
from rutan_desk.services.agreements.settings import warning_days_in
from rutan_desk.services.agreements.status import renewed_among, status_of
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    AgreementScanRow,
    AgreementScopeRow,
    CoordinationRow,
    ObligationEvidenceRow,
    ObligationRow,
    PartnerRow,
)
from rutan_desk.store.models.attachments import AttachmentRow
from rutan_desk.store.models.institution import InstitutionRow

_OPEN = [status.value for status in OPEN_STATUSES]


def _statuses(
    session: Session, rows: Collection[AgreementRow], today: date, window: int
) -> dict[int, AgreementStatus]:
    """Each agreement's status; an addendum that is neither a draft nor revoked reads as
    the agreement it amends."""
    by_id = {row.id: row for row in rows}
    renewed = renewed_among(session)
    statuses = {row.id: status_of(row, row.id in renewed, today, window) for row in rows}
    for row in rows:
        if (
            row.kind == AgreementKind.ADDENDUM.value
            and row.parent_id is not None
            and statuses[row.id] not in (AgreementStatus.DRAFT, AgreementStatus.DICABUT)
        ):
            parent = by_id.get(row.parent_id) or session.get(AgreementRow, row.parent_id)
            if parent is not None:
                statuses[row.id] = status_of(parent, parent.id in renewed, today, window)
    return statuses


def list_agreements(
    db: Database,
    today: date,
    *,
    statuses: Collection[AgreementStatus] = (),
    partner_id: int | None = None,
    text: str = "",
) -> list[AgreementSummary]:
    """The rows of the tab, newest signed first (drafts on top): filtered by status (any of
    ``statuses``; empty: all), by a partner among the parties, and by words found in the
    title, a partner's name or a document number."""
    with db.read() as session:
        window = warning_days_in(session)
        rows = list(
            session.scalars(
                select(AgreementRow).order_by(
                    AgreementRow.signed_on.desc().nulls_first(), AgreementRow.id.desc()
                )
            )
        )
        computed = _statuses(session, rows, today, window)
        parties: dict[int, list[tuple[int | None, str, str]]] = defaultdict(list)
        for agreement_id, partner, short, name, number in session.execute(
            select(
                AgreementPartyRow.agreement_id,
                AgreementPartyRow.partner_id,
                PartnerRow.short_name,
                PartnerRow.name,
                AgreementPartyRow.document_number,
            )
            .outerjoin(PartnerRow, PartnerRow.id == AgreementPartyRow.partner_id)
            .order_by(AgreementPartyRow.id)
        ):
            parties[agreement_id].append((partner, short or name or "", number))
        open_counts: dict[int, int] = {
            agreement_id: count
            for agreement_id, count in session.execute(
                select(ObligationRow.agreement_id, func.count(ObligationRow.id))
                .where(ObligationRow.status.in_(_OPEN))
                .group_by(ObligationRow.agreement_id)
            )
        }
    words = [word.casefold() for word in text.split()]
    wanted = set(statuses)
    result = []
    for row in rows:
        status = computed[row.id]
        lines = parties.get(row.id, [])
        if wanted and status not in wanted:
            continue
        if partner_id is not None and all(partner != partner_id for partner, _, _ in lines):
            continue
        partners = tuple(name for partner, name, _ in lines if partner is not None)
        numbers = tuple(number for _, _, number in lines if number)
        if words:
            haystack = " ".join((row.title, *partners, *numbers)).casefold()
            if not all(word in haystack for word in words):
                continue
        result.append(
            AgreementSummary(
                id=row.id,
                kind=AgreementKind(row.kind),
                title=row.title,
                partners=partners,
                numbers=numbers,
                signed_on=row.signed_on,
                valid_from=row.valid_from,
                ends_on=row.ends_on,
                until_revoked=row.until_revoked,
                status=status,
                days_left=days_left(row.ends_on, today),
                open_obligations=open_counts.get(row.id, 0),
                parent_id=row.parent_id,
                predecessor_id=row.predecessor_id,
                version=row.version,
            )
        )
    return result


def _link(row: AgreementRow, status: AgreementStatus) -> AgreementLink:
    return AgreementLink(
        id=row.id,
        kind=AgreementKind(row.kind),
        title=row.title,
        signed_on=row.signed_on,
        valid_from=row.valid_from,
        ends_on=row.ends_on,
        until_revoked=row.until_revoked,
        status=status,
    )


def _own_name(session: Session) -> str:
    profile = session.get(InstitutionRow, 1)
    return profile.unit_name if profile is not None else DEFAULT_PROFILE.unit_name


def load_agreement(db: Database, agreement_id: int, today: date) -> AgreementRecord:
    """One agreement whole: the form's content, its status and effective end, its parent,
    addenda and the agreements under it, its scans, obligations and coordination."""
    with db.read() as session:
        row = session.get(AgreementRow, agreement_id)
        if row is None:
            raise NotFoundError(f"agreement {agreement_id}")
        window = warning_days_in(session)
        related = list(
            session.scalars(
                select(AgreementRow).where(
                    (AgreementRow.parent_id == agreement_id)
                    | (AgreementRow.id == row.parent_id)
                    | (AgreementRow.predecessor_id == agreement_id)
                )
            )
        )
        statuses = _statuses(session, [row, *related], today, window)
        own_name = _own_name(session)
        parties = session.execute(
            select(AgreementPartyRow, PartnerRow.name)
            .outerjoin(PartnerRow, PartnerRow.id == AgreementPartyRow.partner_id)
            .where(AgreementPartyRow.agreement_id == agreement_id)
            .order_by(AgreementPartyRow.id)
        ).all()
        scope = session.scalars(
            select(AgreementScopeRow.text)
            .where(AgreementScopeRow.agreement_id == agreement_id)
            .order_by(AgreementScopeRow.id)
        ).all()
        draft = AgreementDraft(
            kind=AgreementKind(row.kind),
            title=row.title,
            parties=tuple(
                PartyLine(
                    partner_id=party.partner_id,
                    document_number=party.document_number,
                    signatory_name=party.signatory_name,
                    signatory_position=party.signatory_position,
                    signatory_id_number=party.signatory_id_number,
                    name=name if party.partner_id is not None else own_name,
                )
                for party, name in parties
            ),
            place_signed=row.place_signed,
            signed_on=row.signed_on,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            until_revoked=row.until_revoked,
            scope=tuple(scope),
            parent_id=row.parent_id,
            note=row.note,
            id=row.id,
            version=row.version,
        )
        parent = next((r for r in related if r.id == row.parent_id), None)
        successor = next((r for r in related if r.predecessor_id == agreement_id), None)
        children = sorted(
            (r for r in related if r.parent_id == agreement_id),
            key=lambda r: (r.signed_on or date.max, r.id),
        )
        return AgreementRecord(
            draft=draft,
            status=statuses[row.id],
            ends_on=row.ends_on,
            days_left=days_left(row.ends_on, today),
            revoked_on=row.revoked_on,
            revoked_reason=row.revoked_reason,
            predecessor_id=row.predecessor_id,
            successor_id=successor.id if successor else None,
            parent=_link(parent, statuses[parent.id]) if parent else None,
            addenda=tuple(
                _link(r, statuses[r.id]) for r in children if r.kind == AgreementKind.ADDENDUM.value
            ),
            implementing=tuple(
                _link(r, statuses[r.id]) for r in children if r.kind != AgreementKind.ADDENDUM.value
            ),
            scans=tuple(_scans(session, agreement_id)),
            obligations=tuple(_obligations(session, row, today)),
            coordination=tuple(
                summaries_where(session, [CoordinationRow.agreement_id == agreement_id])
            ),
            created_at=row.created_at,
        )


def _scans(session: Session, agreement_id: int) -> list[ScanLine]:
    rows = session.execute(
        select(
            AgreementScanRow.id,
            AgreementScanRow.attachment_id,
            AgreementScanRow.caption,
            AttachmentRow.file_name,
            AttachmentRow.media_type,
            AttachmentRow.size,
        )
        .join(AttachmentRow, AttachmentRow.id == AgreementScanRow.attachment_id)
        .where(AgreementScanRow.agreement_id == agreement_id)
        .order_by(AgreementScanRow.id)
    )
    return [ScanLine(*values) for values in rows]


def _obligations(session: Session, agreement: AgreementRow, today: date) -> list[ObligationSummary]:
    rows = session.execute(
        select(ObligationRow, PartnerRow)
        .outerjoin(PartnerRow, PartnerRow.id == ObligationRow.partner_id)
        .where(ObligationRow.agreement_id == agreement.id)
        .order_by(ObligationRow.sort_order, ObligationRow.id)
    ).all()
    overdue = overdue_among(session, agreement, [row for row, _ in rows], today)
    counts: dict[int, int] = {
        obligation_id: count
        for obligation_id, count in session.execute(
            select(ObligationEvidenceRow.obligation_id, func.count(ObligationEvidenceRow.id))
            .join(ObligationRow, ObligationRow.id == ObligationEvidenceRow.obligation_id)
            .where(ObligationRow.agreement_id == agreement.id)
            .group_by(ObligationEvidenceRow.obligation_id)
        )
    }
    return [
        ObligationSummary(
            id=row.id,
            text=row.text,
            responsible=Responsible(row.responsible),
            responsible_name=responsible_name(Responsible(row.responsible), partner),
            owner=row.owner,
            recurrence=Recurrence(row.recurrence),
            due_on=row.due_on,
            status=ObligationStatus(row.status),
            overdue=overdue[row.id],
            evidence_count=counts.get(row.id, 0),
            evidence_agency=row.evidence_agency,
            carried_from_id=row.carried_from_id,
            version=row.version,
        )
        for row, partner in rows
    ]


def agreement_chain(db: Database, agreement_id: int, today: date) -> list[AgreementLink]:
    """The renewals the agreement belongs to, oldest first: its predecessors, itself, its
    successors."""
    with db.read() as session:
        row = session.get(AgreementRow, agreement_id)
        if row is None:
            raise NotFoundError(f"agreement {agreement_id}")
        chain = [row]
        seen = {row.id}
        while chain[0].predecessor_id is not None and chain[0].predecessor_id not in seen:
            previous = session.get(AgreementRow, chain[0].predecessor_id)
            if previous is None:
                break
            chain.insert(0, previous)
            seen.add(previous.id)
        while True:
            following = session.scalar(
                select(AgreementRow).where(AgreementRow.predecessor_id == chain[-1].id)
            )
            if following is None or following.id in seen:
                break
            chain.append(following)
            seen.add(following.id)
        statuses = _statuses(session, chain, today, warning_days_in(session))
        return [_link(link, statuses[link.id]) for link in chain]
