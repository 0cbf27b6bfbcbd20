"""The coordination history: meetings and visits with partners (who attended, the subject, the
outcome, the follow-up actions with their owner and due date), linked to an agreement where
they concern one."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import tidy
from rutan_desk.services.agreements.forms import (
    AttendeeLine,
    CoordinationDraft,
    CoordinationRecord,
    CoordinationSummary,
    FollowUpLine,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import (
    AgreementRow,
    CoordinationActionRow,
    CoordinationAttendeeRow,
    CoordinationPartnerRow,
    CoordinationRow,
    PartnerRow,
)
from rutan_desk.store.models.staff import StaffRow

# -- writing --------------------------------------------------------------------------------


def save_coordination(ctx: ActionContext, draft: CoordinationDraft) -> int:
    """Save the form (a new entry, or the one ``draft.id`` names at ``draft.version``);
    returns its id."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row: CoordinationRow | None = None
        if draft.id is not None:
            row = get_for_change(session, CoordinationRow, draft.id, draft.version)
        errors = draft_errors(session, draft, ctx.today())
        if errors:
            raise ValidationError(errors)
        assert draft.held_on is not None
        values: dict[str, Any] = {
            "held_on": draft.held_on,
            "place": tidy(draft.place),
            "subject": tidy(draft.subject),
            "outcome": draft.outcome.strip(),
            "agreement_id": draft.agreement_id,
        }
        if row is None:
            row = CoordinationRow(**values)
            session.add(row)
            session.flush()
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        sync_lines(
            session,
            CoordinationPartnerRow,
            "coordination_id",
            row.id,
            [{"partner_id": partner_id} for partner_id in draft.partner_ids],
            key=("partner_id",),
        )
        sync_lines(
            session,
            CoordinationAttendeeRow,
            "coordination_id",
            row.id,
            [
                {"staff_id": a.staff_id, "name": "", "position": tidy(a.position)}
                if a.staff_id is not None
                else {"staff_id": None, "name": tidy(a.name), "position": tidy(a.position)}
                for a in draft.attendees
            ],
        )
        _sync_follow_ups(session, row.id, draft.follow_ups)
        return row.id


def _sync_follow_ups(
    session: Session, coordination_id: int, lines: tuple[FollowUpLine, ...]
) -> None:
    """The saved follow-ups keep their ids (they are marked done later); new ones are added,
    those left out removed."""
    existing = {
        row.id: row
        for row in session.scalars(
            select(CoordinationActionRow).where(
                CoordinationActionRow.coordination_id == coordination_id
            )
        )
    }
    for line in lines:
        values = {
            "text": tidy(line.text),
            "owner": tidy(line.owner),
            "due_on": line.due_on,
            "done_on": line.done_on,
        }
        row = existing.pop(line.id, None) if line.id is not None else None
        if row is None:
            session.add(CoordinationActionRow(coordination_id=coordination_id, **values))
            continue
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    for row in existing.values():
        session.delete(row)


def draft_errors(session: Session, draft: CoordinationDraft, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if draft.held_on is None:
        errors.append(FieldError("held_on", "date_required"))
    elif draft.held_on > today:
        errors.append(FieldError("held_on", "date_in_future", {"today": today}))
    errors += text_errors("subject", tidy(draft.subject), CoordinationRow.subject, required=True)
    errors += length_errors(CoordinationRow, {"place": tidy(draft.place)})
    if not draft.partner_ids:
        errors.append(FieldError("partners", "coordination_partner_required"))
    if len(set(draft.partner_ids)) != len(draft.partner_ids):
        errors.append(FieldError("partners", "line_duplicate", {"name": ""}))
    named_before = set(
        session.scalars(
            select(CoordinationPartnerRow.partner_id).where(
                CoordinationPartnerRow.coordination_id == (draft.id or 0)
            )
        )
    )
    for partner_id in set(draft.partner_ids):
        partner = session.get(PartnerRow, partner_id)
        if partner is None:
            errors.append(FieldError("partners", "record_missing"))
        elif partner.retired and partner_id not in named_before:
            # A retired partner stays on what names it, and is not named anew.
            errors.append(FieldError("partners", "partner_retired", {"name": partner.name}))
    if draft.agreement_id is not None and session.get(AgreementRow, draft.agreement_id) is None:
        errors.append(FieldError("agreement", "record_missing"))
    for attendee in draft.attendees:
        if attendee.staff_id is None and not attendee.name.strip():
            errors.append(FieldError("attendees", "member_name_required"))
        elif attendee.staff_id is not None and session.get(StaffRow, attendee.staff_id) is None:
            errors.append(FieldError("attendees", "record_missing"))
        texts = {"name": tidy(attendee.name), "position": tidy(attendee.position)}
        errors += length_errors(
            CoordinationAttendeeRow, texts, fields=dict.fromkeys(texts, "attendees")
        )
    for follow_up in draft.follow_ups:
        if not follow_up.text.strip():
            errors.append(FieldError("follow_ups", "field_required"))
        texts = {"text": tidy(follow_up.text), "owner": tidy(follow_up.owner)}
        errors += length_errors(
            CoordinationActionRow, texts, fields=dict.fromkeys(texts, "follow_ups")
        )
        if follow_up.done_on is not None and follow_up.done_on > today:
            errors.append(FieldError("follow_ups", "date_in_future", {"today": today}))
    return errors


def set_follow_up_done(
    ctx: ActionContext,
    coordination_id: int,
    follow_up_id: int,
    done_on: date | None,
    *,
    expected_version: int,
) -> None:
    """Mark a follow-up done on ``done_on`` (None: not done after all)."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        get_for_change(session, CoordinationRow, coordination_id, expected_version)
        row = session.get(CoordinationActionRow, follow_up_id)
        if row is None or row.coordination_id != coordination_id:
            raise NotFoundError(f"coordination_action {follow_up_id}")
        if done_on is not None and done_on > ctx.today():
            raise ValidationError([FieldError("done_on", "date_in_future", {"today": ctx.today()})])
        row.done_on = done_on


def delete_coordination(ctx: ActionContext, coordination_id: int, *, expected_version: int) -> None:
    """Delete an entry made by mistake, with its lines."""
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        row = get_for_change(session, CoordinationRow, coordination_id, expected_version)
        for model in (CoordinationPartnerRow, CoordinationAttendeeRow, CoordinationActionRow):
            for line in session.scalars(
                select(model).where(model.coordination_id == coordination_id)
            ):
                session.delete(line)
        session.flush()
        session.delete(row)


# -- reading --------------------------------------------------------------------------------


def load_coordination(db: Database, coordination_id: int) -> CoordinationRecord:
    with db.read() as session:
        row = session.get(CoordinationRow, coordination_id)
        if row is None:
            raise NotFoundError(f"coordination {coordination_id}")
        partners = session.execute(
            select(PartnerRow.id, PartnerRow.short_name, PartnerRow.name)
            .join(CoordinationPartnerRow, CoordinationPartnerRow.partner_id == PartnerRow.id)
            .where(CoordinationPartnerRow.coordination_id == coordination_id)
            .order_by(CoordinationPartnerRow.id)
        ).all()
        attendees = session.execute(
            select(CoordinationAttendeeRow, StaffRow.name)
            .outerjoin(StaffRow, StaffRow.id == CoordinationAttendeeRow.staff_id)
            .where(CoordinationAttendeeRow.coordination_id == coordination_id)
            .order_by(CoordinationAttendeeRow.id)
        ).all()
        follow_ups = session.scalars(
            select(CoordinationActionRow)
            .where(CoordinationActionRow.coordination_id == coordination_id)
            .order_by(CoordinationActionRow.id)
        )
        agreement = session.get(AgreementRow, row.agreement_id) if row.agreement_id else None
        draft = CoordinationDraft(
            held_on=row.held_on,
            subject=row.subject,
            partner_ids=tuple(p.id for p in partners),
            place=row.place,
            outcome=row.outcome,
            agreement_id=row.agreement_id,
            attendees=tuple(
                AttendeeLine(a.staff_id, staff_name if a.staff_id else a.name, a.position)
                for a, staff_name in attendees
            ),
            follow_ups=tuple(
                FollowUpLine(f.text, f.owner, f.due_on, f.done_on, f.id) for f in follow_ups
            ),
            id=row.id,
            version=row.version,
        )
        return CoordinationRecord(
            draft,
            tuple(short or name for _, short, name in partners),
            agreement.title if agreement else "",
            row.created_at,
        )


def list_coordination(
    db: Database,
    *,
    partner_id: int | None = None,
    agreement_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[CoordinationSummary]:
    """The entries, newest first: with a partner, about an agreement, in a period."""
    conditions: list[ColumnElement[bool]] = []
    if partner_id is not None:
        conditions.append(
            CoordinationRow.id.in_(
                select(CoordinationPartnerRow.coordination_id).where(
                    CoordinationPartnerRow.partner_id == partner_id
                )
            )
        )
    if agreement_id is not None:
        conditions.append(CoordinationRow.agreement_id == agreement_id)
    if first is not None:
        conditions.append(CoordinationRow.held_on >= first)
    if last is not None:
        conditions.append(CoordinationRow.held_on <= last)
    with db.read() as session:
        return summaries_where(session, conditions)


def summaries_where(
    session: Session, conditions: list[ColumnElement[bool]]
) -> list[CoordinationSummary]:
    open_count = (
        select(
            CoordinationActionRow.coordination_id,
            func.count(CoordinationActionRow.id).label("n"),
        )
        .where(CoordinationActionRow.done_on.is_(None))
        .group_by(CoordinationActionRow.coordination_id)
        .subquery()
    )
    rows = session.execute(
        select(CoordinationRow, AgreementRow.title, open_count.c.n)
        .outerjoin(AgreementRow, AgreementRow.id == CoordinationRow.agreement_id)
        .outerjoin(open_count, open_count.c.coordination_id == CoordinationRow.id)
        .where(*conditions)
        .order_by(CoordinationRow.held_on.desc(), CoordinationRow.id.desc())
    ).all()
    partners: dict[int, list[str]] = defaultdict(list)
    ids = [row.id for row, _, _ in rows]
    if ids:
        for coordination_id, short, name in session.execute(
            select(CoordinationPartnerRow.coordination_id, PartnerRow.short_name, PartnerRow.name)
            .join(PartnerRow, PartnerRow.id == CoordinationPartnerRow.partner_id)
            .where(CoordinationPartnerRow.coordination_id.in_(ids))
            .order_by(CoordinationPartnerRow.id)
        ):
            partners[coordination_id].append(short or name)
    return [
        CoordinationSummary(
            id=row.id,
            held_on=row.held_on,
            place=row.place,
            subject=row.subject,
            partners=tuple(partners.get(row.id, [])),
            agreement_id=row.agreement_id,
            agreement_title=title or "",
            open_follow_ups=n or 0,
            version=row.version,
        )
        for row, title, n in rows
    ]
