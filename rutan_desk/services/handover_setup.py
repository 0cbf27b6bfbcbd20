"""Setting up the shift handover: the blocks (and rooms) whose inmates are counted, the inmate
categories, the equipment checked at each handover, and the standing instructions of the Karutan
and Ka KPR that every handover passes on until they are removed.

Nothing here is ever deleted once a handover may refer to it: blocks, categories and items are
deactivated instead, and an instruction is removed from a day on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.domain.staff import tidy
from rutan_desk.services.snapshots import audited_add, audited_update
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import (
    CellBlockRow,
    EquipmentItemRow,
    HandoverCountRow,
    HandoverRow,
    InmateCategoryRow,
    StandingInstructionRow,
)

BLOCK_NAME_MAX = 60
CATEGORY_CODE_MAX = 12
CATEGORY_NAME_MAX = 60
ITEM_NAME_MAX = 80
SERIAL_MAX = 60
GIVEN_BY_MAX = 120


@dataclass(frozen=True)
class BlockInfo:
    id: int
    name: str
    capacity: int
    sort_order: int
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    name: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class EquipmentItemInfo:
    id: int
    name: str
    kind: EquipmentKind
    serial: str
    expected_quantity: int
    sort_order: int
    active: bool


@dataclass(frozen=True)
class InstructionInfo:
    id: int
    text: str
    given_by: str
    from_day: date
    removed_on: date | None
    removed_by: str


# -- shared -------------------------------------------------------------------------------


def _text_errors(field: str, text: str, maximum: int) -> list[FieldError]:
    if not text:
        return [FieldError(field, "field_required")]
    if len(text) > maximum:
        return [FieldError(field, "text_too_long", {"max": maximum})]
    return []


def _taken(field: str, name: str) -> ValidationError:
    return ValidationError([FieldError(field, "name_duplicate", {"name": name})])


def _next_order(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0) + 1


def _last_counts(session: Session) -> dict[tuple[int, int], int]:
    """The numbers counted at the latest handover: who is in which block and category now."""
    latest = session.scalar(
        select(HandoverRow.id).order_by(HandoverRow.outgoing_start.desc()).limit(1)
    )
    if latest is None:
        return {}
    rows = session.execute(
        select(
            HandoverCountRow.block_id, HandoverCountRow.category_id, HandoverCountRow.counted
        ).where(HandoverCountRow.handover_id == latest)
    )
    return {(block, category): counted for block, category, counted in rows}


# -- blocks -------------------------------------------------------------------------------


def list_blocks(db: Database, *, active_only: bool = False) -> list[BlockInfo]:
    with db.read() as session:
        query = select(CellBlockRow).order_by(CellBlockRow.sort_order, CellBlockRow.id)
        if active_only:
            query = query.where(CellBlockRow.active)
        return [
            BlockInfo(r.id, r.name, r.capacity, r.sort_order, r.active)
            for r in session.scalars(query)
        ]


def save_block(
    db: Database,
    actor: str,
    name: str,
    capacity: int,
    *,
    block_id: int | None = None,
    sort_order: int | None = None,
) -> int:
    """Add a block (``block_id`` None) or change one; a new block goes to the end of the list."""
    name = tidy(name)
    errors = _text_errors("name", name, BLOCK_NAME_MAX)
    if capacity < 0:
        errors.append(FieldError("capacity", "number_negative"))
    try:
        with db.write() as session:
            duplicate = select(CellBlockRow.id).where(CellBlockRow.name == name)
            if block_id is not None:
                duplicate = duplicate.where(CellBlockRow.id != block_id)
            if name and session.scalar(duplicate) is not None:
                errors.append(FieldError("name", "name_duplicate", {"name": name}))
            if errors:
                raise ValidationError(errors)
            if block_id is None:
                order = _next_order(session, CellBlockRow.sort_order)
                row = CellBlockRow(
                    name=name,
                    capacity=capacity,
                    sort_order=order if sort_order is None else sort_order,
                    active=True,
                )
                return audited_add(session, actor, "cell_block", row)
            existing = session.get(CellBlockRow, block_id)
            if existing is None:
                raise NotFoundError(f"cell block {block_id}")
            with audited_update(session, actor, "cell_block", existing):
                existing.name, existing.capacity = name, capacity
                if sort_order is not None:
                    existing.sort_order = sort_order
            return existing.id
    except IntegrityError as error:  # another PC took the name between check and write
        raise _taken("name", name) from error


def set_block_active(db: Database, actor: str, block_id: int, active: bool) -> None:
    """A block with inmates in the latest count cannot be deactivated (move them first)."""
    with db.write() as session:
        row = session.get(CellBlockRow, block_id)
        if row is None:
            raise NotFoundError(f"cell block {block_id}")
        if row.active == active:
            return
        if not active:
            present = sum(n for (block, _), n in _last_counts(session).items() if block == block_id)
            if present:
                raise ValidationError(
                    [FieldError("active", "not_empty", {"name": row.name, "count": present})]
                )
        with audited_update(session, actor, "cell_block", row):
            row.active = active


# -- inmate categories --------------------------------------------------------------------


def list_categories(db: Database, *, active_only: bool = False) -> list[CategoryInfo]:
    with db.read() as session:
        query = select(InmateCategoryRow).order_by(
            InmateCategoryRow.sort_order, InmateCategoryRow.id
        )
        if active_only:
            query = query.where(InmateCategoryRow.active)
        return [
            CategoryInfo(r.id, r.code, r.name, r.sort_order, r.active)
            for r in session.scalars(query)
        ]


def save_category(
    db: Database,
    actor: str,
    code: str,
    name: str,
    *,
    category_id: int | None = None,
    sort_order: int | None = None,
) -> int:
    code, name = tidy(code), tidy(name)
    errors = _text_errors("code", code, CATEGORY_CODE_MAX) + _text_errors(
        "name", name, CATEGORY_NAME_MAX
    )
    try:
        with db.write() as session:
            duplicate = select(InmateCategoryRow.id).where(InmateCategoryRow.code == code)
            if category_id is not None:
                duplicate = duplicate.where(InmateCategoryRow.id != category_id)
            if code and session.scalar(duplicate) is not None:
                errors.append(FieldError("code", "name_duplicate", {"name": code}))
            if errors:
                raise ValidationError(errors)
            if category_id is None:
                order = _next_order(session, InmateCategoryRow.sort_order)
                row = InmateCategoryRow(
                    code=code,
                    name=name,
                    sort_order=order if sort_order is None else sort_order,
                    active=True,
                )
                return audited_add(session, actor, "inmate_category", row)
            existing = session.get(InmateCategoryRow, category_id)
            if existing is None:
                raise NotFoundError(f"inmate category {category_id}")
            with audited_update(session, actor, "inmate_category", existing):
                existing.code, existing.name = code, name
                if sort_order is not None:
                    existing.sort_order = sort_order
            return existing.id
    except IntegrityError as error:
        raise _taken("code", code) from error


def set_category_active(db: Database, actor: str, category_id: int, active: bool) -> None:
    """A category with inmates in the latest count cannot be deactivated."""
    with db.write() as session:
        row = session.get(InmateCategoryRow, category_id)
        if row is None:
            raise NotFoundError(f"inmate category {category_id}")
        if row.active == active:
            return
        if not active:
            present = sum(
                n for (_, category), n in _last_counts(session).items() if category == category_id
            )
            if present:
                raise ValidationError(
                    [FieldError("active", "not_empty", {"name": row.name, "count": present})]
                )
        with audited_update(session, actor, "inmate_category", row):
            row.active = active


# -- equipment ----------------------------------------------------------------------------


def list_equipment_items(db: Database, *, active_only: bool = False) -> list[EquipmentItemInfo]:
    with db.read() as session:
        query = select(EquipmentItemRow).order_by(EquipmentItemRow.sort_order, EquipmentItemRow.id)
        if active_only:
            query = query.where(EquipmentItemRow.active)
        return [
            EquipmentItemInfo(
                r.id,
                r.name,
                EquipmentKind(r.kind),
                r.serial,
                r.expected_quantity,
                r.sort_order,
                r.active,
            )
            for r in session.scalars(query)
        ]


def save_equipment_item(
    db: Database,
    actor: str,
    name: str,
    kind: EquipmentKind,
    expected_quantity: int,
    *,
    serial: str = "",
    item_id: int | None = None,
    sort_order: int | None = None,
) -> int:
    """Add or change an item. A firearm needs its serial number, and two firearms cannot share
    one (each weapon is its own item)."""
    name, serial = tidy(name), tidy(serial)
    errors = _text_errors("name", name, ITEM_NAME_MAX)
    if expected_quantity < 0:
        errors.append(FieldError("expected_quantity", "number_negative"))
    if kind == EquipmentKind.SENJATA and not serial:
        errors.append(FieldError("serial", "serial_required"))
    elif len(serial) > SERIAL_MAX:
        errors.append(FieldError("serial", "text_too_long", {"max": SERIAL_MAX}))
    with db.write() as session:
        if kind == EquipmentKind.SENJATA and serial:
            same = select(EquipmentItemRow.name).where(
                EquipmentItemRow.kind == kind.value, EquipmentItemRow.serial == serial
            )
            if item_id is not None:
                same = same.where(EquipmentItemRow.id != item_id)
            other = session.scalar(same.limit(1))
            if other is not None:
                errors.append(FieldError("serial", "serial_duplicate", {"name": other}))
        if errors:
            raise ValidationError(errors)
        if item_id is None:
            order = _next_order(session, EquipmentItemRow.sort_order)
            row = EquipmentItemRow(
                name=name,
                kind=kind.value,
                serial=serial,
                expected_quantity=expected_quantity,
                sort_order=order if sort_order is None else sort_order,
                active=True,
            )
            return audited_add(session, actor, "equipment_item", row)
        existing = session.get(EquipmentItemRow, item_id)
        if existing is None:
            raise NotFoundError(f"equipment item {item_id}")
        with audited_update(session, actor, "equipment_item", existing):
            existing.name, existing.kind, existing.serial = name, kind.value, serial
            existing.expected_quantity = expected_quantity
            if sort_order is not None:
                existing.sort_order = sort_order
        return existing.id


def set_equipment_item_active(db: Database, actor: str, item_id: int, active: bool) -> None:
    """An inactive item is no longer checked; handovers that checked it keep their line."""
    with db.write() as session:
        row = session.get(EquipmentItemRow, item_id)
        if row is None:
            raise NotFoundError(f"equipment item {item_id}")
        if row.active == active:
            return
        with audited_update(session, actor, "equipment_item", row):
            row.active = active


# -- standing instructions ----------------------------------------------------------------


def _info(row: StandingInstructionRow) -> InstructionInfo:
    return InstructionInfo(
        row.id, row.text, row.given_by, row.from_day, row.removed_on, row.removed_by
    )


def in_force(day: date) -> Any:
    """The condition of an instruction in force on ``day``."""
    return (StandingInstructionRow.from_day <= day) & (
        StandingInstructionRow.removed_on.is_(None) | (StandingInstructionRow.removed_on > day)
    )


def list_instructions(db: Database, *, on: date | None = None) -> list[InstructionInfo]:
    """The instructions in force on ``on``, or every instruction ever given (None); oldest first."""
    with db.read() as session:
        query = select(StandingInstructionRow).order_by(
            StandingInstructionRow.from_day, StandingInstructionRow.id
        )
        if on is not None:
            query = query.where(in_force(on))
        return [_info(row) for row in session.scalars(query)]


def add_instruction(db: Database, actor: str, text: str, given_by: str, from_day: date) -> int:
    """A standing instruction, passed on by every handover from ``from_day`` on."""
    text, given_by = text.strip(), tidy(given_by)
    errors = _text_errors("text", text, 4000) + _text_errors("given_by", given_by, GIVEN_BY_MAX)
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        row = StandingInstructionRow(
            text=text, given_by=given_by, from_day=from_day, removed_by="", created_by=actor
        )
        return audited_add(session, actor, "standing_instruction", row)


def remove_instruction(
    db: Database, actor: str, instruction_id: int, removed_on: date, removed_by: str
) -> None:
    """The instruction is no longer passed on from ``removed_on``; handovers that carried it
    keep it. ``removed_by`` is who ordered the removal (e.g. "Ka KPR")."""
    removed_by = tidy(removed_by)
    errors = _text_errors("removed_by", removed_by, GIVEN_BY_MAX)
    with db.write() as session:
        row = session.get(StandingInstructionRow, instruction_id)
        if row is None:
            raise NotFoundError(f"standing instruction {instruction_id}")
        if row.removed_on is not None:
            errors.append(FieldError("removed_on", "instruction_removed"))
        elif removed_on < row.from_day:
            errors.append(FieldError("removed_on", "end_before_start"))
        if errors:
            raise ValidationError(errors)
        with audited_update(session, actor, "standing_instruction", row):
            row.removed_on, row.removed_by = removed_on, removed_by
