"""The obligations of several agreements at once, one line each, for the list the agreements
tab exports: what is owed, by whom, by when, how far it is, whether it is late (as the warnings
above the list count it) and when it was last done. Two queries whatever the number of
agreements: the obligations (with their lateness and last evidence) and the parties."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.agreements import (
    OBLIGATION_STATUS_LABELS,
    RECURRENCE_LABELS,
    RECURRING,
    ObligationStatus,
    Recurrence,
    Responsible,
)
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.agreements.obligations import responsible_name
from rutan_desk.services.agreements.warnings import overdue_condition
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    ObligationEvidenceRow,
    ObligationRow,
    PartnerRow,
)
from rutan_desk.store.models.patrols import PatrolVisitRow


@dataclass(frozen=True)
class ObligationLine:
    """One obligation with the agreement it belongs to."""

    id: int
    agreement_id: int
    agreement_title: str
    numbers: tuple[str, ...]  # the parties' document numbers of the agreement, as given
    partners: tuple[str, ...]  # short names of the agreement's partners
    text: str
    responsible: Responsible
    responsible_name: str  # our unit, the partner's short name, or "Bersama"
    owner: str  # who sees to it
    recurrence: Recurrence
    due_on: date | None  # a one-off's
    status: ObligationStatus
    overdue: bool
    last_done_on: date | None  # the latest evidence: entered, or a patrol visit of its agency

    @property
    def status_label(self) -> str:
        return OBLIGATION_STATUS_LABELS[self.status]

    @property
    def recurrence_label(self) -> str:
        return RECURRENCE_LABELS[self.recurrence]


def list_obligations(
    db: Database, agreement_ids: Sequence[int], today: date
) -> list[ObligationLine]:
    """The obligations of ``agreement_ids``, agreement by agreement in the order given, each
    agreement's in its own order; lateness and evidence as of ``today`` (``ctx.today()``)."""
    ids = list(dict.fromkeys(agreement_ids))
    if not ids:
        return []
    with db.read() as session:
        rows = _obligation_rows(session, ids, today)
        parties = _parties(session, ids)
    place = {agreement_id: index for index, agreement_id in enumerate(ids)}
    rows.sort(key=lambda row: place[row[0].agreement_id])  # stable: keeps each one's order
    lines = []
    for obligation, title, partner, overdue, entered, patrolled in rows:
        partners, numbers = parties.get(obligation.agreement_id, ((), ()))
        done = [day for day in (entered, patrolled.date() if patrolled else None) if day]
        responsible = Responsible(obligation.responsible)
        lines.append(
            ObligationLine(
                id=obligation.id,
                agreement_id=obligation.agreement_id,
                agreement_title=title,
                numbers=numbers,
                partners=partners,
                text=obligation.text,
                responsible=responsible,
                responsible_name=responsible_name(responsible, partner),
                owner=obligation.owner,
                recurrence=Recurrence(obligation.recurrence),
                due_on=obligation.due_on,
                status=ObligationStatus(obligation.status),
                overdue=bool(overdue),
                last_done_on=max(done, default=None),
            )
        )
    return lines


def _obligation_rows(
    session: Session, ids: list[int], today: date
) -> list[tuple[ObligationRow, str, PartnerRow | None, int, date | None, datetime | None]]:
    entered = (
        select(func.max(ObligationEvidenceRow.done_on))
        .where(ObligationEvidenceRow.obligation_id == ObligationRow.id)
        .scalar_subquery()
    )
    # A patrol visit of the named agency is the evidence of a recurring obligation, from the
    # obligation's first period on (as its periods and its lateness count it).
    patrolled = (
        select(func.max(PatrolVisitRow.arrived_at))
        .where(
            ObligationRow.recurrence.in_([recurrence.value for recurrence in RECURRING]),
            ObligationRow.evidence_agency != "",
            PatrolVisitRow.agency == ObligationRow.evidence_agency,
            PatrolVisitRow.kind == VisitKind.SAMBANG.value,
            PatrolVisitRow.arrived_at
            >= func.coalesce(ObligationRow.starts_on, AgreementRow.valid_from),
            PatrolVisitRow.arrived_at < datetime.combine(today + timedelta(days=1), time()),
        )
        .scalar_subquery()
    )
    query = (
        select(
            ObligationRow,
            AgreementRow.title,
            PartnerRow,
            case((overdue_condition(today), 1), else_=0),
            entered,
            patrolled,
        )
        .join(AgreementRow, AgreementRow.id == ObligationRow.agreement_id)
        .outerjoin(PartnerRow, PartnerRow.id == ObligationRow.partner_id)
        .where(ObligationRow.agreement_id.in_(ids))
        .order_by(ObligationRow.sort_order, ObligationRow.id)
    )
    return [
        (obligation, title, partner, late, entered_on, patrolled_at)
        for obligation, title, partner, late, entered_on, patrolled_at in session.execute(query)
    ]


def _parties(
    session: Session, ids: list[int]
) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each agreement's partners (short names) and document numbers, in the parties' order."""
    partners: dict[int, list[str]] = defaultdict(list)
    numbers: dict[int, list[str]] = defaultdict(list)
    for agreement_id, partner_id, short, name, number in session.execute(
        select(
            AgreementPartyRow.agreement_id,
            AgreementPartyRow.partner_id,
            PartnerRow.short_name,
            PartnerRow.name,
            AgreementPartyRow.document_number,
        )
        .outerjoin(PartnerRow, PartnerRow.id == AgreementPartyRow.partner_id)
        .where(AgreementPartyRow.agreement_id.in_(ids))
        .order_by(AgreementPartyRow.id)
    ):
        if partner_id is not None:
            partners[agreement_id].append(short or name or "")
        if number:
            numbers[agreement_id].append(number)
    return {
        agreement_id: (tuple(partners[agreement_id]), tuple(numbers[agreement_id]))
        for agreement_id in ids
    }
