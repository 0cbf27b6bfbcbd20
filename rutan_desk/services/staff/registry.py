"""Changing the staff registry: add a person, correct them, deactivate them from a date, or
remove one entered by mistake. Each is one transaction; the store audits it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.identifiers import FOREIGN_CHARACTER, character_name, foreign_character
from rutan_desk.domain.staff import StaffDraft, StaffKind, normalise_staff, validate_staff
from rutan_desk.services.context import ActionContext
from rutan_desk.services.incidents.search import reindex_incidents_naming
from rutan_desk.services.staff.records import StaffRecord, staff_record
from rutan_desk.services.validation import get_for_change, length_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.staff import StaffRow


class StaffInUseError(Exception):
    """The person is referenced by other records: deactivate instead of deleting."""

    def __init__(self, references: list[tuple[str, int]]) -> None:
        super().__init__(", ".join(f"{table}: {count}" for table, count in references))
        self.references = references


def draft_errors(draft: StaffDraft, *, today: date) -> tuple[StaffDraft, list[FieldError]]:
    """The draft as it would be stored, and every reason it cannot be that needs no look at
    the other people (the import checks thousands of rows against a registry read once)."""
    draft = normalise_staff(draft, today=today)
    errors = validate_staff(draft, today=today)
    errors += length_errors(
        StaffRow,
        {
            "name": draft.name,
            "position": draft.position,
            "unit": draft.unit,
            "phone": draft.phone,
            "agency": draft.agency,
            "external_id": draft.external_id,
            "external_rank": draft.external_rank,
        },
    )
    errors += _external_id_character_errors(draft, errors)
    return draft, errors


def _checked(session: Session, draft: StaffDraft, *, own_id: int | None, today: date) -> StaffDraft:
    """The draft as it will be stored, or ValidationError with every reason it cannot be."""
    draft, errors = draft_errors(draft, today=today)
    if draft.kind == StaffKind.INTERNAL and not any(e.field == "nip" for e in errors):
        other = session.scalar(select(StaffRow).where(StaffRow.nip == draft.nip))
        if other is not None and other.id != own_id:
            errors.append(FieldError("nip", "nip_duplicate", {"name": other.name}))
    if (
        draft.kind == StaffKind.EXTERNAL
        and draft.external_id
        and draft.external_id_kind
        and not any(e.field == "external_id" for e in errors)
    ):
        other = session.scalar(
            select(StaffRow).where(
                StaffRow.external_id_kind == draft.external_id_kind.value,
                StaffRow.external_id == draft.external_id,
            )
        )
        if other is not None and other.id != own_id:
            errors.append(FieldError("external_id", "external_id_duplicate", {"name": other.name}))
    if errors:
        raise ValidationError(errors)
    return draft


def _external_id_character_errors(draft: StaffDraft, found: list[FieldError]) -> list[FieldError]:
    """A card number of another kind than an NRP (checked with it) holding a character with
    no ASCII form: refused, so that one number is stored and compared one way."""
    if draft.kind != StaffKind.EXTERNAL or any(e.field == "external_id" for e in found):
        return []
    character = foreign_character(draft.external_id)
    if character is None:
        return []
    return [FieldError("external_id", FOREIGN_CHARACTER, {"char": character_name(character)})]


def apply_draft(row: StaffRow, draft: StaffDraft) -> None:
    """Write a checked draft into a row (a new one, or one read for change)."""
    assert draft.gender is not None and draft.status_since is not None  # ensured by validation
    row.kind = draft.kind.value
    row.name = draft.name
    row.nip = draft.nip if draft.kind == StaffKind.INTERNAL else None
    row.golongan = draft.golongan
    row.position = draft.position
    row.unit = draft.unit
    row.gender = draft.gender.value
    row.phone = draft.phone
    row.agency = draft.agency
    row.external_id_kind = draft.external_id_kind.value if draft.external_id_kind else None
    row.external_id = draft.external_id or None
    row.external_rank = draft.external_rank
    row.active = draft.active
    row.status_since = draft.status_since
    row.note = draft.note


def _duplicate_from_integrity(error: IntegrityError) -> ValidationError:
    # Another PC saved the same number between our check and our insert.
    text = str(error.orig).lower()
    field = "nip" if "nip" in text else "external_id"
    return ValidationError([FieldError(field, f"{field}_duplicate", {"name": "?"})])


def create_staff(ctx: ActionContext, draft: StaffDraft) -> StaffRecord:
    try:
        with ctx.write(Permission.STAFF_EDIT) as session:
            draft = _checked(session, draft, own_id=None, today=ctx.today())
            row = StaffRow()
            apply_draft(row, draft)
            session.add(row)
            session.flush()
            return staff_record(row)
    except IntegrityError as error:
        raise _duplicate_from_integrity(error) from error


def update_staff(
    ctx: ActionContext, staff_id: int, draft: StaffDraft, *, expected_version: int
) -> StaffRecord:
    """Save the form of a person opened at ``expected_version``; refused (StaleRecordError)
    when someone changed them since, so that their change is not silently undone."""
    try:
        with ctx.write(Permission.STAFF_EDIT) as session:
            row = get_for_change(session, StaffRow, staff_id, expected_version)
            draft = _checked(session, draft, own_id=staff_id, today=ctx.today())
            renamed = row.name != draft.name
            apply_draft(row, draft)
            session.flush()
            if renamed:
                reindex_incidents_naming(session, staff_id=row.id)
            return staff_record(row)
    except IntegrityError as error:
        raise _duplicate_from_integrity(error) from error


def set_staff_active(
    ctx: ActionContext, staff_id: int, *, active: bool, since: date, expected_version: int
) -> StaffRecord:
    """Deactivate (or reactivate) from a date; the person stays in every record that names them."""
    with ctx.write(Permission.STAFF_EDIT) as session:
        row = get_for_change(session, StaffRow, staff_id, expected_version)
        if row.active != active:
            row.active = active
            row.status_since = since
            session.flush()
        return staff_record(row)


def referencing_tables(tables: Iterable[Table]) -> list[tuple[Table, str]]:
    """(table, column) pairs holding a foreign key to ``staff.id``."""
    staff_id = StaffRow.__table__.c.id
    found: list[tuple[Table, str]] = []
    for table in tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column is staff_id:
                found.append((table, foreign_key.parent.name))
    return found


def find_references(
    session: Session, staff_id: int, tables: Iterable[Table] | None = None
) -> list[tuple[str, int]]:
    """Which tables name this person, and how often. Every table that will ever reference staff
    is found through its foreign key, so a new feature cannot forget to protect its rows."""
    tables = load_all_models().sorted_tables if tables is None else tables
    result: list[tuple[str, int]] = []
    for table, column in referencing_tables(tables):
        count = session.scalar(
            select(func.count()).select_from(table).where(table.c[column] == staff_id)
        )
        if count:
            result.append((table.name, int(count)))
    return result


def can_delete_staff(db: Database, staff_id: int) -> bool:
    with db.read() as session:
        return not find_references(session, staff_id)


def delete_staff(ctx: ActionContext, staff_id: int, *, expected_version: int) -> None:
    """Remove a person entered by mistake. Refused once any record refers to them, or when
    someone changed them since the list was read."""
    with ctx.write(Permission.STAFF_EDIT) as session:
        row = get_for_change(session, StaffRow, staff_id, expected_version)
        references = find_references(session, staff_id)
        if references:
            raise StaffInUseError(references)
        session.delete(row)
