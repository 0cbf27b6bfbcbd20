"""The partners (the institutions the unit has agreements and meetings with) and their
contact persons: the list, one whole, saving, retiring."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.institution import looks_like_email
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import line_count_errors, name_key
from rutan_desk.services.agreements.forms import (
    ContactLine,
    PartnerDraft,
    PartnerRecord,
    PartnerSummary,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import AgreementPartyRow, PartnerContactRow, PartnerRow


def list_partners(db: Database, *, include_retired: bool = False) -> list[PartnerSummary]:
    """The partners by name, each with the number of agreements it is a party to."""
    with db.read() as session:
        counts = (
            select(
                AgreementPartyRow.partner_id,
                func.count(func.distinct(AgreementPartyRow.agreement_id)).label("n"),
            )
            .where(AgreementPartyRow.partner_id.is_not(None))
            .group_by(AgreementPartyRow.partner_id)
            .subquery()
        )
        query = (
            select(PartnerRow, counts.c.n)
            .outerjoin(counts, counts.c.partner_id == PartnerRow.id)
            .order_by(func.lower(PartnerRow.name))  # SQLite and PostgreSQL alike
        )
        if not include_retired:
            query = query.where(PartnerRow.retired.is_(False))
        return [
            PartnerSummary(
                row.id, row.name, row.short_name, row.phone, row.retired, n or 0, row.version
            )
            for row, n in session.execute(query)
        ]


def load_partner(db: Database, partner_id: int) -> PartnerRecord:
    with db.read() as session:
        row = session.get(PartnerRow, partner_id)
        if row is None:
            raise NotFoundError(f"partner {partner_id}")
        contacts = session.scalars(
            select(PartnerContactRow)
            .where(PartnerContactRow.partner_id == partner_id)
            .order_by(PartnerContactRow.id)
        )
        draft = PartnerDraft(
            name=row.name,
            short_name=row.short_name,
            address=row.address,
            phone=row.phone,
            email=row.email,
            note=row.note,
            contacts=tuple(ContactLine(c.name, c.position, c.rank, c.phone) for c in contacts),
            id=row.id,
            version=row.version,
        )
        return PartnerRecord(draft, row.retired)


def save_partner(ctx: ActionContext, draft: PartnerDraft) -> int:
    """Save the form (a new partner, or the one ``draft.id`` names at ``draft.version``);
    returns its id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row: PartnerRow | None = None
        if draft.id is not None:
            row = get_for_change(session, PartnerRow, draft.id, draft.version)
        errors = partner_errors(session, draft)
        if errors:
            raise ValidationError(errors)
        values = {
            "name": tidy(draft.name),
            "short_name": tidy(draft.short_name),
            "address": draft.address.strip(),
            "phone": tidy(draft.phone),
            "email": draft.email.strip(),
            "note": draft.note.rstrip(),
        }
        if row is None:
            row = PartnerRow(**values, retired=False)
            session.add(row)
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        try:
            session.flush()
        except IntegrityError as error:  # another PC saved the same name meanwhile
            duplicate = FieldError("name", "name_duplicate", {"name": values["name"]})
            raise ValidationError([duplicate]) from error
        sync_lines(
            session,
            PartnerContactRow,
            "partner_id",
            row.id,
            [
                {
                    "name": tidy(c.name),
                    "position": tidy(c.position),
                    "rank": tidy(c.rank),
                    "phone": tidy(c.phone),
                }
                for c in draft.contacts
            ],
        )
        return row.id


def partner_errors(session: Session, draft: PartnerDraft) -> list[FieldError]:
    name = tidy(draft.name)
    errors = text_errors("name", name, PartnerRow.name, required=True)
    errors += length_errors(
        PartnerRow,
        {
            "short_name": tidy(draft.short_name),
            "address": draft.address.strip(),
            "phone": tidy(draft.phone),
            "email": draft.email.strip(),
        },
    )
    if draft.email.strip() and not looks_like_email(draft.email.strip()):
        errors.append(FieldError("email", "email_invalid"))
    if name and not errors:
        taken = session.scalar(
            select(PartnerRow.id).where(
                PartnerRow.name_key == name_key(name), PartnerRow.id != (draft.id or 0)
            )
        )
        if taken is not None:
            errors.append(FieldError("name", "name_duplicate", {"name": name}))
    too_many = line_count_errors("contacts", draft.contacts)
    if too_many:
        return errors + too_many
    for contact in draft.contacts:
        if not contact.name.strip():
            errors.append(FieldError("contacts", "name_required"))
        texts = {
            "name": tidy(contact.name),
            "position": tidy(contact.position),
            "rank": tidy(contact.rank),
            "phone": tidy(contact.phone),
        }
        errors += length_errors(PartnerContactRow, texts, fields=dict.fromkeys(texts, "contacts"))
    return errors


def set_partner_retired(
    ctx: ActionContext, partner_id: int, retired: bool, *, expected_version: int
) -> None:
    """Retire a partner (no longer offered for new agreements and meetings; what names it
    keeps it) or bring it back."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, PartnerRow, partner_id, expected_version)
        row.retired = retired
