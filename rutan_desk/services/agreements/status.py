"""An agreement's status as stored rows give it, and the effective last day kept on the row
(``agreement.ends_on``) whenever the agreement or one of its addenda changes."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from rutan_desk.domain.agreements import (
    AgreementFacts,
    AgreementKind,
    AgreementStatus,
    Amendment,
    agreement_status,
    effective_end,
)
from rutan_desk.store.models.agreements import AgreementRow


def facts_of(row: AgreementRow, renewed: bool) -> AgreementFacts:
    return AgreementFacts(
        draft=row.draft, valid_to=row.ends_on, revoked_on=row.revoked_on, renewed=renewed
    )


def status_of(row: AgreementRow, renewed: bool, today: date, window: int) -> AgreementStatus:
    return agreement_status(facts_of(row, renewed), today, window)


def renewed_among(session: Session, ids: Collection[int] | None = None) -> set[int]:
    """The agreements (of ``ids``, or all) that a finalised renewal follows."""
    successor = aliased(AgreementRow)
    query = select(successor.predecessor_id).where(
        successor.predecessor_id.is_not(None), successor.draft.is_(False)
    )
    if ids is not None:
        query = query.where(successor.predecessor_id.in_(list(ids)))
    return {value for value in session.scalars(query) if value is not None}


def end_of(
    session: Session, agreement_id: int | None, kind: str, valid_to: date | None
) -> date | None:
    """The effective last day of an agreement with its own ``valid_to``: the one its latest
    finalised, unrevoked addendum sets, if any. An addendum itself has none: it lasts as long
    as the agreement it amends."""
    if kind == AgreementKind.ADDENDUM.value:
        return None
    if agreement_id is None:
        return valid_to
    addenda = session.execute(
        select(AgreementRow.signed_on, AgreementRow.valid_to).where(
            AgreementRow.parent_id == agreement_id,
            AgreementRow.kind == AgreementKind.ADDENDUM.value,
            AgreementRow.draft.is_(False),
            AgreementRow.revoked_on.is_(None),
        )
    ).all()
    return effective_end(
        valid_to, [Amendment(signed_on, end) for signed_on, end in addenda if signed_on]
    )


def refresh_end(session: Session, agreement: AgreementRow) -> None:
    """Set ``ends_on`` again after one of the agreement's addenda changed."""
    ends_on = end_of(session, agreement.id, agreement.kind, agreement.valid_to)
    if agreement.ends_on != ends_on:
        agreement.ends_on = ends_on
