"""Reading the staff registry: a person as the rest of the app sees them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, select

from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.nip import Gender, format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services.validation import text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.staff import StaffRow

HEAD_OF_SECURITY = "Kepala Kesatuan Pengamanan Rutan"  # the Ka KPR's jabatan
TEXT_LIMITS = text_limits(StaffRow)  # field → longest text the registry keeps


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
    version: int = 1

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


def staff_record(row: StaffRow | Row[Any]) -> StaffRecord:
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
        version=row.version,
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
        return [staff_record(row) for row in rows]


def get_staff(db: Database, staff_id: int) -> StaffRecord:
    with db.read() as session:
        row = session.get(StaffRow, staff_id)
        if row is None:
            raise NotFoundError(f"staff {staff_id}")
        return staff_record(row)


def staff_by_ids(db: Database, ids: Iterable[int]) -> list[StaffRecord]:
    """The people with these ids that still exist (a removed one is simply not returned)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    with db.read() as session:
        rows = session.scalars(select(StaffRow).where(StaffRow.id.in_(wanted)))
        return [staff_record(row) for row in rows]


def known_units(db: Database) -> list[str]:
    """Units already in use, offered as suggestions in the form and as a filter."""
    with db.read() as session:
        units = session.scalars(
            select(StaffRow.unit).where(StaffRow.unit != "").distinct().order_by(StaffRow.unit)
        )
        return list(units)
