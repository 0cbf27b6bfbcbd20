"""Renewing an agreement and amending it: each begins a new DRAFT for the clerk to check and
finalise, carrying over what the old one holds.

A renewal follows its predecessor (``predecessor_id``): the same kind, parties (without their
document numbers: the new agreement gets new ones), signatories, scope and the obligations not
yet done; it runs from the day after the old one's last day, for as many whole years as the
old one ran. An addendum names the agreement it amends as its parent.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.agreements import OPEN_STATUSES, AgreementKind, last_day_after
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change, max_length
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    AgreementScopeRow,
    ObligationRow,
)

ADDENDUM_TITLE = "Adendum {title}"


def renew_agreement(ctx: ActionContext, agreement_id: int, *, expected_version: int) -> int:
    """Begin the renewal of a finalised agreement; returns the new draft's id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        old = get_for_change(session, AgreementRow, agreement_id, expected_version)
        errors = _source_errors(old)
        if old.kind == AgreementKind.ADDENDUM.value:
            errors.append(FieldError("agreement", "addendum_not_renewable"))
        successor = session.scalar(
            select(AgreementRow).where(AgreementRow.predecessor_id == agreement_id)
        )
        if successor is not None:
            errors.append(
                FieldError("agreement", "agreement_already_renewed", {"title": successor.title})
            )
        if errors:
            raise ValidationError(errors)
        valid_from = old.ends_on + timedelta(days=1) if old.ends_on else None
        valid_to = _same_years(old, valid_from)
        new = AgreementRow(
            kind=old.kind,
            title=old.title,
            place_signed=old.place_signed,
            valid_from=valid_from,
            valid_to=valid_to,
            ends_on=valid_to,
            until_revoked=old.until_revoked,
            parent_id=old.parent_id,
            predecessor_id=old.id,
            draft=True,
            note="",
        )
        session.add(new)
        session.flush()
        _copy_parties(session, old.id, new.id)
        for scope in session.scalars(
            select(AgreementScopeRow)
            .where(AgreementScopeRow.agreement_id == old.id)
            .order_by(AgreementScopeRow.id)
        ):
            session.add(AgreementScopeRow(agreement_id=new.id, text=scope.text))
        _carry_open_obligations(session, old.id, new.id)
        return new.id


def start_addendum(ctx: ActionContext, agreement_id: int, *, expected_version: int) -> int:
    """Begin an addendum to a finalised agreement (the parties and their signatories carried
    over); returns the new draft's id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        parent = get_for_change(session, AgreementRow, agreement_id, expected_version)
        errors = _source_errors(parent)
        if parent.kind == AgreementKind.ADDENDUM.value:
            errors.append(FieldError("agreement", "addendum_of_addendum"))
        if errors:
            raise ValidationError(errors)
        limit = max_length(AgreementRow.title) or 300
        new = AgreementRow(
            kind=AgreementKind.ADDENDUM.value,
            title=ADDENDUM_TITLE.format(title=parent.title)[:limit],
            place_signed=parent.place_signed,
            until_revoked=False,
            parent_id=parent.id,
            draft=True,
            note="",
        )
        session.add(new)
        session.flush()
        _copy_parties(session, parent.id, new.id)
        return new.id


def _source_errors(row: AgreementRow) -> list[FieldError]:
    if row.draft:
        return [FieldError("agreement", "agreement_still_draft")]
    if row.revoked_on is not None:
        return [FieldError("agreement", "agreement_revoked", {"day": row.revoked_on})]
    return []


def _same_years(old: AgreementRow, valid_from: date | None) -> date | None:
    """The new last day when the old agreement ran whole years (the usual 2 to 5), else
    None for the clerk to fill in."""
    if old.valid_from is None or old.ends_on is None or valid_from is None:
        return None
    for years in range(1, 11):
        if last_day_after(old.valid_from, years) == old.ends_on:
            return last_day_after(valid_from, years)
    return None


def _copy_parties(session: Session, source_id: int, target_id: int) -> None:
    """The parties in their order with their signatories; the numbers are the new
    document's, so they are left for the clerk."""
    for party in session.scalars(
        select(AgreementPartyRow)
        .where(AgreementPartyRow.agreement_id == source_id)
        .order_by(AgreementPartyRow.id)
    ):
        session.add(
            AgreementPartyRow(
                agreement_id=target_id,
                own=party.own,
                partner_id=party.partner_id,
                document_number="",
                signatory_name=party.signatory_name,
                signatory_position=party.signatory_position,
                signatory_id_number=party.signatory_id_number,
            )
        )


def _carry_open_obligations(session: Session, source_id: int, target_id: int) -> None:
    """The obligations not yet done or dropped, as they stand; a recurring one's periods
    start again with the new agreement."""
    for obligation in session.scalars(
        select(ObligationRow)
        .where(
            ObligationRow.agreement_id == source_id,
            ObligationRow.status.in_([status.value for status in OPEN_STATUSES]),
        )
        .order_by(ObligationRow.sort_order, ObligationRow.id)
    ):
        session.add(
            ObligationRow(
                agreement_id=target_id,
                sort_order=obligation.sort_order,
                text=obligation.text,
                responsible=obligation.responsible,
                partner_id=obligation.partner_id,
                owner=obligation.owner,
                recurrence=obligation.recurrence,
                due_on=obligation.due_on,
                starts_on=None,
                status=obligation.status,
                evidence_agency=obligation.evidence_agency,
                note=obligation.note,
                carried_from_id=obligation.id,
            )
        )
