"""Reading the inmate registry: a record as the rest of the app sees it, and the search the
forms use to pick an inmate (by a part of the name, or by the register number as typed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, false, or_, select
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.identifiers import fold_identifier
from rutan_desk.domain.inmates import InmateDraft, read_register_number, register_search_key
from rutan_desk.domain.staff import tidy
from rutan_desk.services.search_text import contains_text, search_text
from rutan_desk.services.validation import text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.inmates import InmateRow

TEXT_LIMITS = text_limits(InmateRow)  # field → longest text the registry keeps
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class InmateRecord:
    id: int
    name: str
    register_number: str  # in its one written form, e.g. A.II/123/2026
    block_id: int | None
    block_name: str  # "" without a block
    admitted_on: date | None
    released_on: date | None
    note: str
    version: int = 1

    @property
    def status_label(self) -> str:
        """The legal status the number shows ("Tahanan Kejaksaan", "Narapidana B.I")."""
        number = read_register_number(self.register_number)
        return number.label if number is not None else ""

    def in_custody_on(self, day: date) -> bool:
        """Whether the record places the inmate here on ``day`` (an unknown date in is taken
        as "already here")."""
        arrived = self.admitted_on is None or self.admitted_on <= day
        return arrived and (self.released_on is None or day < self.released_on)

    def to_draft(self) -> InmateDraft:
        return InmateDraft(
            name=self.name,
            register_number=self.register_number,
            block_id=self.block_id,
            admitted_on=self.admitted_on,
            released_on=self.released_on,
            note=self.note,
        )


def inmate_record(row: InmateRow | Row[Any], block_name: str | None) -> InmateRecord:
    return InmateRecord(
        id=row.id,
        name=row.name,
        register_number=row.register_number,
        block_id=row.block_id,
        block_name=block_name or "",
        admitted_on=row.admitted_on,
        released_on=row.released_on,
        note=row.note,
        version=row.version,
    )


def _with_block() -> Select[InmateRow, str]:  # the block's name is None without one
    return select(InmateRow, CellBlockRow.name).outerjoin(
        CellBlockRow, InmateRow.block_id == CellBlockRow.id
    )


def read_inmate(session: Session, inmate_id: int) -> InmateRecord:
    """The record in an open session (a service returns it after its change)."""
    found = session.execute(_with_block().where(InmateRow.id == inmate_id)).first()
    if found is None:
        raise NotFoundError(f"inmate {inmate_id}")
    return inmate_record(found[0], found[1])


def get_inmate(db: Database, inmate_id: int) -> InmateRecord:
    with db.read() as session:
        return read_inmate(session, inmate_id)


def inmate_by_register_number(db: Database, text: str) -> InmateRecord | None:
    """The inmate with this register number, typed in any spacing or case (None if nobody)."""
    number = read_register_number(text)
    wanted = number.text if number is not None else tidy(fold_identifier(text))
    if search_text(wanted) is None:  # a control character: no stored number holds one
        return None
    with db.read() as session:
        found = session.execute(_with_block().where(InmateRow.register_number == wanted)).first()
        return inmate_record(found[0], found[1]) if found is not None else None


def search_condition(text: str) -> ColumnElement[bool] | None:
    """Every word in the name (in any order, any case), or the register number: the whole
    number as typed finds exactly it, a part (``123/2026``, ``b.iia``) finds those containing
    it. None for an empty text (everything)."""
    typed = search_text(text)
    if typed is None:
        return false()
    words = typed.split()
    if not words:
        return None
    by_name = and_(*(contains_text(InmateRow.name, word) for word in words))
    number = read_register_number(typed)
    if number is not None:
        return or_(InmateRow.register_number == number.text, by_name)
    key = register_search_key(typed)
    return or_(contains_text(InmateRow.register_number, key), by_name)


def find_inmates(
    db: Database, text: str, *, limit: int = SEARCH_LIMIT, newest_first: bool = False
) -> list[InmateRecord]:
    """The inmates ``text`` names (see ``search_condition``), by name or the newest entered
    first; at most ``limit`` of them (the form refines as the clerk types)."""
    query = _with_block()
    condition = search_condition(text)
    if condition is not None:
        query = query.where(condition)
    order = (InmateRow.id.desc(),) if newest_first else (InmateRow.name, InmateRow.id)
    with db.read() as session:
        found = session.execute(query.order_by(*order).limit(limit))
        return [inmate_record(row, block_name) for row, block_name in found]
