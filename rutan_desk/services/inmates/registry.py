"""Changing the inmate registry: add an inmate, correct them, merge a record typed twice.

One register number is one person: a second record with the same number (however it was
typed) is refused naming who has it, by this service and, for two PCs saving at once, by the
UNIQUE constraint. A record entered twice under a mistyped number is merged: every record that
names the duplicate is made to name the one kept, found through the foreign keys of the whole
schema, so the incidents and searches added later are covered without changing this code.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import (
    Column,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    and_,
    func,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.inmates import InmateDraft, normalise_inmate, validate_inmate
from rutan_desk.services.audit.labels import entity_name
from rutan_desk.services.context import ActionContext
from rutan_desk.services.incidents.search import reindex_incidents_naming
from rutan_desk.services.inmates.records import InmateRecord, inmate_by_register_number, read_inmate
from rutan_desk.services.validation import get_for_change, length_errors
from rutan_desk.store.base import Base
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.tracking import record_event


def _checked(
    session: Session, draft: InmateDraft, *, own_id: int | None, today: date
) -> InmateDraft:
    """The draft as it will be stored, or ValidationError with every reason it cannot be."""
    draft = normalise_inmate(draft, today=today)
    errors = validate_inmate(draft, today=today)
    errors += length_errors(InmateRow, {"name": draft.name, "note": draft.note})
    if not any(error.field == "register_number" for error in errors):
        other = session.scalar(
            select(InmateRow).where(InmateRow.register_number == draft.register_number)
        )
        if other is not None and other.id != own_id:
            errors.append(
                FieldError("register_number", "register_number_duplicate", {"name": other.name})
            )
    if errors:
        raise ValidationError(errors)
    if draft.block_id is not None and session.get(CellBlockRow, draft.block_id) is None:
        raise NotFoundError(f"cell_block {draft.block_id}")
    return draft


def apply_draft(row: InmateRow, draft: InmateDraft) -> None:
    """Copy a checked draft onto its row (a new one or one read for change)."""
    row.name = draft.name
    row.register_number = draft.register_number
    row.block_id = draft.block_id
    row.admitted_on = draft.admitted_on
    row.released_on = draft.released_on
    row.note = draft.note


def _duplicate_from_integrity(
    ctx: ActionContext, draft: InmateDraft, error: IntegrityError
) -> ValidationError:
    """Another PC saved the same number between our check and our write: name who has it."""
    holder = inmate_by_register_number(ctx.db, draft.register_number)  # read as typed
    if holder is None:
        raise error
    return ValidationError(
        [FieldError("register_number", "register_number_duplicate", {"name": holder.name})]
    )


def create_inmate(ctx: ActionContext, draft: InmateDraft) -> InmateRecord:
    """Enter an inmate the first time a record needs them."""
    try:
        with ctx.write(Permission.INMATES_EDIT) as session:
            checked = _checked(session, draft, own_id=None, today=ctx.today())
            row = InmateRow()
            apply_draft(row, checked)
            session.add(row)
            session.flush()
            return read_inmate(session, row.id)
    except IntegrityError as error:
        raise _duplicate_from_integrity(ctx, draft, error) from error


def update_inmate(
    ctx: ActionContext, inmate_id: int, draft: InmateDraft, *, expected_version: int
) -> InmateRecord:
    """Save the form of an inmate opened at ``expected_version``; refused (StaleRecordError)
    when someone changed them since."""
    try:
        with ctx.write(Permission.INMATES_EDIT) as session:
            row = get_for_change(session, InmateRow, inmate_id, expected_version)
            checked = _checked(session, draft, own_id=inmate_id, today=ctx.today())
            apply_draft(row, checked)
            session.flush()
            reindex_incidents_naming(session, inmate_id=inmate_id)
            return read_inmate(session, inmate_id)
    except IntegrityError as error:
        raise _duplicate_from_integrity(ctx, draft, error) from error


# -- references and merging ---------------------------------------------------------------


def schema_tables() -> list[Table]:
    """Every table of the app (a module added later is found by ``load_all_models``)."""
    return list(load_all_models().sorted_tables)


def referencing_columns(tables: Iterable[Table]) -> list[tuple[Table, Column[object]]]:
    """(table, column) pairs holding a foreign key to ``inmate.id``."""
    inmate_id = InmateRow.__table__.c.id
    return [
        (table, foreign_key.parent)
        for table in tables
        for foreign_key in table.foreign_keys
        if foreign_key.column is inmate_id
    ]


def find_references(
    session: Session, inmate_id: int, tables: Iterable[Table] | None = None
) -> list[tuple[str, int]]:
    """Which tables name this inmate, and how often."""
    found: list[tuple[str, int]] = []
    for table, column in referencing_columns(schema_tables() if tables is None else tables):
        count = session.scalar(select(func.count()).select_from(table).where(column == inmate_id))
        if count:
            found.append((table.name, int(count)))
    return found


def _would_collide(
    session: Session, table: Table, column: Column[object], keep_id: int, duplicate_id: int
) -> bool:
    """Whether naming the kept inmate instead of the duplicate would make two rows of
    ``table`` alike where they must differ (both named in the same incident, say)."""
    unique_sets = [
        list(constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint)
    ]
    unique_sets += [list(index.columns) for index in table.indexes if index.unique]
    for columns in unique_sets:
        if column not in columns:
            continue
        kept = table.alias("kept")
        same_otherwise = [kept.c[other.name] == other for other in columns if other is not column]
        clash = (
            select(kept.c[column.name])
            .select_from(table)
            .join(kept, and_(kept.c[column.name] == keep_id, *same_otherwise))
            .where(column == duplicate_id)
            .limit(1)
        )
        if session.execute(clash).first() is not None:
            return True
    return False


def _mapped_class(table: Table) -> type[Base] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _repoint(
    session: Session, table: Table, column: Column[object], keep_id: int, duplicate_id: int
) -> int:
    """Make the rows of ``table`` that name the duplicate name the kept inmate. A mapped row is
    changed as a row, so that the store audits it (and raises the version of the record it is
    a line of); a table without a class (none in the app) by one statement."""
    model = _mapped_class(table)
    if model is None:
        result = session.execute(
            update(table).where(column == duplicate_id).values({column.name: keep_id})
        )
        return int(getattr(result, "rowcount", 0) or 0)
    key = model.__mapper__.get_property_by_column(column).key
    rows = session.scalars(select(model).where(column == duplicate_id)).all()
    for row in rows:
        setattr(row, key, keep_id)
    return len(rows)


def merge_inmates(
    ctx: ActionContext, keep_id: int, duplicate_id: int, *, expected_versions: tuple[int, int]
) -> InmateRecord:
    """Merge a record entered twice: every record that names ``duplicate_id`` names
    ``keep_id`` instead, and the duplicate is removed, in one transaction (audited, with an
    event that says what was merged into what). ``expected_versions`` are the versions of the
    kept record and of the duplicate as the clerk saw them. Refused when both are named in the
    same place where only one may be (the clerk resolves that record first)."""
    if keep_id == duplicate_id:
        raise ValidationError([FieldError("duplicate_id", "merge_same_inmate")])
    keep_version, duplicate_version = expected_versions
    with ctx.write(Permission.INMATES_EDIT) as session:
        get_for_change(session, InmateRow, keep_id, keep_version)
        duplicate = get_for_change(session, InmateRow, duplicate_id, duplicate_version)
        columns = referencing_columns(schema_tables())
        clashes = sorted(
            {
                table.name
                for table, column in columns
                if _would_collide(session, table, column, keep_id, duplicate_id)
            }
        )
        if clashes:
            raise ValidationError(
                [
                    FieldError("duplicate_id", "merge_conflict", {"record": entity_name(name)})
                    for name in clashes
                ]
            )
        moved: dict[str, int] = {}
        for table, column in columns:
            count = _repoint(session, table, column, keep_id, duplicate_id)
            if count:
                moved[f"{table.name}.{column.name}"] = count
        record_event(
            session,
            entity=InmateRow.__tablename__,
            entity_id=keep_id,
            details={
                "merged": {
                    "id": duplicate.id,
                    "name": duplicate.name,
                    "register_number": duplicate.register_number,
                },
                "references": moved,
            },
        )
        session.flush()  # the references first, then the row they named
        session.delete(duplicate)
        session.flush()
        reindex_incidents_naming(session, inmate_id=keep_id)
        return read_inmate(session, keep_id)
