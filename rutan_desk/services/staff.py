"""The staff registry: own staff and external personnel."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.nip import Gender, format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.domain.staff import (
    ExternalIdKind,
    StaffDraft,
    StaffKind,
    normalise_staff,
    validate_staff,
)
from rutan_desk.services.snapshots import audited_add, audited_update, snapshot
from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.staff import StaffRow

ENTITY = "staff"
HEAD_OF_SECURITY = "Kepala Kesatuan Pengamanan Rutan"  # the Ka KPR's jabatan


@dataclass(frozen=True)
class StaffRecord:
    id: int
    kind: StaffKind
    name: str
    nip: str
    golongan: str
    position: str
    unit: str
    gender: Gender
    phone: str
    agency: str
    external_id_kind: ExternalIdKind | None
    external_id: str
    external_rank: str
    active: bool
    status_since: date
    note: str

    @property
    def is_external(self) -> bool:
        return self.kind == StaffKind.EXTERNAL

    @property
    def identity(self) -> str:
        """NIP grouped for own staff, the external ID as given for the others."""
        return format_nip(self.nip) if self.kind == StaffKind.INTERNAL else self.external_id

    @property
    def rank_label(self) -> str:
        if self.kind == StaffKind.EXTERNAL:
            return self.external_rank
        rank = civil_service_rank(self.golongan)
        return rank.label() if rank else self.golongan

    def to_draft(self) -> StaffDraft:
        return StaffDraft(
            kind=self.kind,
            name=self.name,
            nip=self.nip,
            golongan=self.golongan,
            position=self.position,
            unit=self.unit,
            gender=self.gender,
            phone=self.phone,
            agency=self.agency,
            external_id_kind=self.external_id_kind,
            external_id=self.external_id,
            external_rank=self.external_rank,
            active=self.active,
            status_since=self.status_since,
            note=self.note,
        )


class StaffInUseError(Exception):
    """The person is referenced by other records: deactivate instead of deleting."""

    def __init__(self, references: list[tuple[str, int]]) -> None:
        super().__init__(", ".join(f"{table}: {count}" for table, count in references))
        self.references = references


def _record(row: StaffRow | Row[Any]) -> StaffRecord:
    """A record from a mapped row or from a plain row of the staff table (same names)."""
    return StaffRecord(
        id=row.id,
        kind=StaffKind(row.kind),
        name=row.name,
        nip=row.nip or "",
        golongan=row.golongan,
        position=row.position,
        unit=row.unit,
        gender=Gender(row.gender),
        phone=row.phone,
        agency=row.agency,
        external_id_kind=ExternalIdKind(row.external_id_kind) if row.external_id_kind else None,
        external_id=row.external_id or "",
        external_rank=row.external_rank,
        active=row.active,
        status_since=row.status_since,
        note=row.note,
    )


def head_of_security(staff: list[StaffRecord]) -> StaffRecord | None:
    """The active Ka KPR among ``staff`` (who signs the roster sheet and acknowledges handovers
    in office hours), found by jabatan."""
    return next((s for s in staff if s.active and s.position == HEAD_OF_SECURITY), None)


def list_staff(db: Database) -> list[StaffRecord]:
    """Everyone, own staff first, then by name."""
    table = StaffRow.__table__.c
    with db.read() as session:
        # Plain rows through the Core connection: the list is read at every start-up.
        rows = session.connection().execute(select(*table).order_by(table.kind.desc(), table.name))
        return [_record(row) for row in rows]


def get_staff(db: Database, staff_id: int) -> StaffRecord:
    with db.read() as session:
        row = session.get(StaffRow, staff_id)
        if row is None:
            raise NotFoundError(f"staff {staff_id}")
        return _record(row)


def known_units(db: Database) -> list[str]:
    """Units already in use, offered as suggestions in the form and as a filter."""
    with db.read() as session:
        units = session.scalars(
            select(StaffRow.unit).where(StaffRow.unit != "").distinct().order_by(StaffRow.unit)
        )
        return list(units)


def _checked(session: Session, draft: StaffDraft, *, own_id: int | None) -> StaffDraft:
    draft = normalise_staff(draft)
    errors = validate_staff(draft)
    if draft.kind == StaffKind.INTERNAL and not any(e.field == "nip" for e in errors):
        other = session.scalar(select(StaffRow).where(StaffRow.nip == draft.nip))
        if other is not None and other.id != own_id:
            errors.append(FieldError("nip", "nip_duplicate", {"name": other.name}))
    if draft.kind == StaffKind.EXTERNAL and draft.external_id and draft.external_id_kind:
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


def _apply(row: StaffRow, draft: StaffDraft) -> None:
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


def create_staff(db: Database, actor: str, draft: StaffDraft) -> StaffRecord:
    try:
        with db.write() as session:
            draft = _checked(session, draft, own_id=None)
            row = StaffRow()
            _apply(row, draft)
            audited_add(session, actor, ENTITY, row)
            return _record(row)
    except IntegrityError as error:
        raise _duplicate_from_integrity(error) from error


def update_staff(db: Database, actor: str, staff_id: int, draft: StaffDraft) -> StaffRecord:
    try:
        with db.write() as session:
            row = session.get(StaffRow, staff_id)
            if row is None:
                raise NotFoundError(f"staff {staff_id}")
            draft = _checked(session, draft, own_id=staff_id)
            before = snapshot(row)
            _apply(row, draft)
            after = snapshot(row)
            if after == before:
                return _record(row)
            session.flush()
            record_change(
                session,
                actor=actor,
                entity=ENTITY,
                entity_id=row.id,
                action="update",
                before=before,
                after=after,
            )
            return _record(row)
    except IntegrityError as error:
        raise _duplicate_from_integrity(error) from error


def set_staff_active(
    db: Database, actor: str, staff_id: int, *, active: bool, since: date
) -> StaffRecord:
    """Deactivate (or reactivate) from a date; the person stays in every record that names them."""
    with db.write() as session:
        row = session.get(StaffRow, staff_id)
        if row is None:
            raise NotFoundError(f"staff {staff_id}")
        if row.active == active:
            return _record(row)
        with audited_update(session, actor, ENTITY, row):
            row.active = active
            row.status_since = since
        return _record(row)


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


def delete_staff(db: Database, actor: str, staff_id: int) -> None:
    """Remove a person entered by mistake. Refused once any record refers to them."""
    with db.write() as session:
        row = session.get(StaffRow, staff_id)
        if row is None:
            raise NotFoundError(f"staff {staff_id}")
        references = find_references(session, staff_id)
        if references:
            raise StaffInUseError(references)
        before = snapshot(row)
        session.delete(row)
        session.flush()
        record_change(
            session,
            actor=actor,
            entity=ENTITY,
            entity_id=staff_id,
            action="delete",
            before=before,
            after=None,
        )
