"""Saving an agreement (a draft, or finalised once it is complete), revoking it, deleting a
draft, and keeping the scans of the signed agreement."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.agreements import AgreementKind, agreement_date_errors
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import line_count_errors
from rutan_desk.services.agreements.forms import AgreementDraft
from rutan_desk.services.agreements.status import end_of, refresh_end
from rutan_desk.services.attachments import keep_file_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
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


def save_agreement(ctx: ActionContext, draft: AgreementDraft, *, finalise: bool = False) -> int:
    """Save the form (a new agreement, or the one ``draft.id`` names at ``draft.version``);
    returns its id. A draft may lack what is not known yet (dates, the parties' numbers);
    ``finalise`` (and every later save of a finalised agreement) needs it complete. Nothing is
    written when one thing is wrong."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row: AgreementRow | None = None
        if draft.id is not None:
            row = get_for_change(session, AgreementRow, draft.id, draft.version)
        final = finalise or (row is not None and not row.draft)
        errors = agreement_errors(session, draft, ctx.today(), final=final)
        if errors:
            raise ValidationError(errors)
        kind = AgreementKind(draft.kind)
        values: dict[str, Any] = {
            "kind": kind.value,
            "title": tidy(draft.title),
            "place_signed": tidy(draft.place_signed),
            "signed_on": draft.signed_on,
            "valid_from": draft.valid_from,
            "valid_to": None if draft.until_revoked else draft.valid_to,
            "until_revoked": draft.until_revoked and kind is not AgreementKind.ADDENDUM,
            "parent_id": draft.parent_id,
            "note": draft.note.rstrip(),
            "draft": not final,
        }
        # Set with the rest: a second change of the row would raise its version twice.
        values["ends_on"] = end_of(session, draft.id, kind.value, values["valid_to"])
        if row is None:
            row = AgreementRow(**values)
            session.add(row)
            session.flush()
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        sync_lines(
            session,
            AgreementPartyRow,
            "agreement_id",
            row.id,
            [
                {
                    "own": party.partner_id is None,
                    "partner_id": party.partner_id,
                    "document_number": tidy(party.document_number),
                    "signatory_name": tidy(party.signatory_name),
                    "signatory_position": tidy(party.signatory_position),
                    "signatory_id_number": tidy(party.signatory_id_number),
                }
                for party in draft.parties
            ],
        )
        sync_lines(
            session,
            AgreementScopeRow,
            "agreement_id",
            row.id,
            [{"text": tidy(text)} for text in draft.scope if text.strip()],
        )
        session.flush()
        if row.parent_id is not None and kind is AgreementKind.ADDENDUM:
            parent = session.get(AgreementRow, row.parent_id)
            assert parent is not None
            refresh_end(session, parent)
        return row.id


def agreement_errors(
    session: Session, draft: AgreementDraft, today: date, *, final: bool
) -> list[FieldError]:
    """What is wrong with the form, each beside its field (the parties under their table)."""
    too_many = [
        *line_count_errors("parties", draft.parties),
        *line_count_errors("scope", draft.scope),
    ]
    if too_many:  # the lines are not looked up one by one: there are too many of them
        return too_many
    kind = AgreementKind(draft.kind)
    errors = text_errors("title", tidy(draft.title), AgreementRow.title, required=True)
    errors += length_errors(AgreementRow, {"place_signed": tidy(draft.place_signed)})
    if final and not draft.place_signed.strip():
        errors.append(FieldError("place_signed", "field_required"))
    errors += agreement_date_errors(
        draft.signed_on,
        draft.valid_from,
        draft.valid_to,
        draft.until_revoked,
        today,
        final=final,
        end_required=kind is not AgreementKind.ADDENDUM,
    )
    errors += _parent_errors(session, draft, kind)
    errors += _party_errors(session, draft, final=final)
    for text in draft.scope:
        errors += length_errors(AgreementScopeRow, {"text": tidy(text)}, fields={"text": "scope"})
    return errors


def _parent_errors(
    session: Session, draft: AgreementDraft, kind: AgreementKind
) -> list[FieldError]:
    if draft.parent_id is None:
        if kind is AgreementKind.ADDENDUM:
            return [FieldError("parent", "addendum_parent_required")]
        return []
    parent = session.get(AgreementRow, draft.parent_id)
    if parent is None:
        return [FieldError("parent", "record_missing")]
    # An agreement under itself, directly or through its parents, would never end the walk.
    seen: set[int] = set()
    current: AgreementRow | None = parent
    while current is not None and current.id not in seen:
        if draft.id is not None and current.id == draft.id:
            return [FieldError("parent", "agreement_parent_loop")]
        seen.add(current.id)
        current = session.get(AgreementRow, current.parent_id) if current.parent_id else None
    return []


def _party_errors(session: Session, draft: AgreementDraft, *, final: bool) -> list[FieldError]:
    """Our unit once and at least one partner, each partner once; in a finalised agreement
    every party has its document number."""
    errors: list[FieldError] = []
    own = [p for p in draft.parties if p.partner_id is None]
    partners = [p for p in draft.parties if p.partner_id is not None]
    if not own or not partners:
        errors.append(FieldError("parties", "agreement_parties_required"))
    if len(own) > 1:
        errors.append(FieldError("parties", "line_duplicate", {"name": "Rutan"}))
    named_before = set(
        session.scalars(
            select(AgreementPartyRow.partner_id).where(
                AgreementPartyRow.agreement_id == (draft.id or 0)
            )
        )
    )
    seen: set[int] = set()
    for party in partners:
        assert party.partner_id is not None
        partner = session.get(PartnerRow, party.partner_id)
        if partner is None:
            errors.append(FieldError("parties", "record_missing"))
            continue
        if partner.retired and party.partner_id not in named_before:
            # A retired partner stays on what names it, and is not named anew.
            errors.append(FieldError("parties", "partner_retired", {"name": partner.name}))
        if party.partner_id in seen:
            errors.append(FieldError("parties", "line_duplicate", {"name": partner.name}))
        seen.add(party.partner_id)
    for row, party in enumerate(draft.parties, start=1):
        if final and not party.document_number.strip():
            errors.append(FieldError("parties", "party_number_required", {"row": row}))
        texts = {
            "document_number": tidy(party.document_number),
            "signatory_name": tidy(party.signatory_name),
            "signatory_position": tidy(party.signatory_position),
            "signatory_id_number": tidy(party.signatory_id_number),
        }
        errors += length_errors(AgreementPartyRow, texts, fields=dict.fromkeys(texts, "parties"))
    return errors


def revoke_agreement(
    ctx: ActionContext,
    agreement_id: int,
    *,
    revoked_on: date | None,
    reason: str,
    expected_version: int,
) -> None:
    """Record that a finalised agreement was revoked (dicabut) from ``revoked_on``, and why.
    Revoking an addendum gives its parent back the end it had without it."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, AgreementRow, agreement_id, expected_version)
        errors = text_errors("reason", reason.strip(), AgreementRow.revoked_reason, required=True)
        if row.draft:
            errors.append(FieldError("revoked_on", "agreement_draft_not_revocable"))
        elif row.revoked_on is not None:
            errors.append(FieldError("revoked_on", "agreement_already_revoked"))
        if revoked_on is None:
            errors.append(FieldError("revoked_on", "date_required"))
        elif row.signed_on is not None and revoked_on < row.signed_on:
            errors.append(FieldError("revoked_on", "revoked_before_signed", {"day": row.signed_on}))
        if errors:
            raise ValidationError(errors)
        row.revoked_on = revoked_on
        row.revoked_reason = reason.strip()
        session.flush()
        if row.kind == AgreementKind.ADDENDUM.value and row.parent_id is not None:
            parent = session.get(AgreementRow, row.parent_id)
            assert parent is not None
            refresh_end(session, parent)


def delete_draft_agreement(ctx: ActionContext, agreement_id: int, *, expected_version: int) -> None:
    """Delete a draft (a renewal or addendum begun by mistake) with its lines, obligations
    and the links to its scans. A finalised agreement is never deleted: it is revoked."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, AgreementRow, agreement_id, expected_version)
        if not row.draft:
            raise ValidationError([FieldError("agreement", "agreement_not_draft")])
        in_use = session.scalar(
            select(AgreementRow.id).where(
                (AgreementRow.parent_id == agreement_id)
                | (AgreementRow.predecessor_id == agreement_id)
            )
        ) or session.scalar(
            select(CoordinationRow.id).where(CoordinationRow.agreement_id == agreement_id)
        )
        if in_use is not None:
            raise ValidationError([FieldError("agreement", "agreement_in_use")])
        obligations = list(
            session.scalars(select(ObligationRow).where(ObligationRow.agreement_id == agreement_id))
        )
        for obligation in obligations:
            for evidence in session.scalars(
                select(ObligationEvidenceRow).where(
                    ObligationEvidenceRow.obligation_id == obligation.id
                )
            ):
                session.delete(evidence)
        session.flush()
        for obligation in obligations:
            session.delete(obligation)
        scans = list(
            session.scalars(
                select(AgreementScanRow).where(AgreementScanRow.agreement_id == agreement_id)
            )
        )
        for model in (AgreementPartyRow, AgreementScopeRow):
            for line in session.scalars(select(model).where(model.agreement_id == agreement_id)):
                session.delete(line)
        for scan in scans:  # the files stay kept, as every file once attached does
            session.delete(scan)
        session.flush()
        session.delete(row)


def attach_agreement_scan(
    ctx: ActionContext, agreement_id: int, file_name: str, data: bytes, *, caption: str = ""
) -> int:
    """Keep a scan of the signed agreement (PDF, PNG or JPEG, with its SHA-256); returns the
    scan's id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        if session.get(AgreementRow, agreement_id) is None:
            raise NotFoundError(f"agreement {agreement_id}")
        errors = text_errors("caption", tidy(caption), AgreementScanRow.caption)
        if errors:
            raise ValidationError(errors)
        attachment = keep_file_in(session, file_name, data, field="scan")
        scan = AgreementScanRow(
            agreement_id=agreement_id, attachment_id=attachment.id, caption=tidy(caption)
        )
        session.add(scan)
        session.flush()
        return scan.id


def remove_agreement_scan(ctx: ActionContext, agreement_id: int, scan_id: int) -> None:
    """Take a scan attached by mistake (the wrong file) off the agreement."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        scan = session.get(AgreementScanRow, scan_id)
        if scan is None or scan.agreement_id != agreement_id:
            raise NotFoundError(f"agreement_scan {scan_id}")
        session.delete(scan)
