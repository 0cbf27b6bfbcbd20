"""Saving a patrol visit with its officers (checked as a whole, written in one action), and
deleting one entered by mistake."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.patrols import VisitKind, visit_time_errors
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import line_count_errors
from rutan_desk.services.context import ActionContext
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.patrols.forms import PatrolVisitDraft
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.models.patrols import PatrolOfficerRow, PatrolVisitRow
from rutan_desk.store.models.staff import StaffRow


def save_patrol_visit(ctx: ActionContext, draft: PatrolVisitDraft) -> int:
    """Save the form (a new visit, or the one ``draft.id`` names at ``draft.version``);
    returns its id. Nothing is written when one thing is wrong."""
    now = ctx.wib_now().replace(tzinfo=None)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row: PatrolVisitRow | None = None
        if draft.id is not None:
            row = get_for_change(session, PatrolVisitRow, draft.id, draft.version)
        errors = draft_errors(session, draft, now)
        if errors:
            raise ValidationError(errors)
        assert draft.arrived_at is not None and draft.received_by_id is not None
        values: dict[str, Any] = {
            "kind": VisitKind(draft.kind).value,
            "arrived_at": draft.arrived_at.replace(microsecond=0),
            "left_at": draft.left_at.replace(microsecond=0) if draft.left_at else None,
            "agency": tidy(draft.agency),
            "unit": tidy(draft.unit),
            "areas_checked": draft.areas_checked.strip(),
            "note": draft.note.rstrip(),
            "received_by_id": draft.received_by_id,
        }
        if row is None:
            row = PatrolVisitRow(**values)
            session.add(row)
            session.flush()
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        sync_lines(
            session,
            PatrolOfficerRow,
            "visit_id",
            row.id,
            [
                {"staff_id": o.staff_id, "name": "", "rank": "", "nrp": ""}
                if o.staff_id is not None
                else {
                    "staff_id": None,
                    "name": tidy(o.name),
                    "rank": tidy(o.rank),
                    "nrp": tidy(o.nrp),
                }
                for o in draft.officers
            ],
        )
        return row.id


def draft_errors(session: Session, draft: PatrolVisitDraft, now: datetime) -> list[FieldError]:
    """What is wrong with the form, each beside its field (the officers under their table)."""
    too_many = line_count_errors("officers", draft.officers)
    if too_many:  # the officers are not looked up one by one: there are too many of them
        return too_many
    errors = visit_time_errors(draft.arrived_at, draft.left_at, now)
    errors += text_errors("agency", tidy(draft.agency), PatrolVisitRow.agency, required=True)
    errors += length_errors(
        PatrolVisitRow, {"unit": tidy(draft.unit), "areas_checked": draft.areas_checked.strip()}
    )
    if draft.received_by_id is None:
        errors.append(FieldError("received_by", "staff_not_chosen"))
    elif session.get(StaffRow, draft.received_by_id) is None:
        errors.append(FieldError("received_by", "incident_person_missing"))
    seen: set[tuple[str, object]] = set()
    for line in draft.officers:
        if line.staff_id is not None:
            key: tuple[str, object] = ("staff", line.staff_id)
            if session.get(StaffRow, line.staff_id) is None:
                errors.append(FieldError("officers", "incident_person_missing"))
        else:
            key = ("name", tidy(line.name).casefold())
            if not line.name.strip():
                errors.append(FieldError("officers", "member_name_required"))
            texts = {"name": tidy(line.name), "rank": tidy(line.rank), "nrp": tidy(line.nrp)}
            errors += length_errors(
                PatrolOfficerRow, texts, fields=dict.fromkeys(texts, "officers")
            )
        if key in seen:
            errors.append(FieldError("officers", "line_duplicate", {"name": line.name}))
        seen.add(key)
    return errors


def delete_patrol_visit(ctx: ActionContext, visit_id: int, *, expected_version: int) -> None:
    """Delete a visit entered by mistake, with its officers."""
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row = get_for_change(session, PatrolVisitRow, visit_id, expected_version)
        for line in session.scalars(
            select(PatrolOfficerRow).where(PatrolOfficerRow.visit_id == visit_id)
        ):
            session.delete(line)
        session.delete(row)
