"""The handover's settings: cell blocks, inmate categories, equipment and standing
instructions. Nothing is deleted: a block, category or item is deactivated, an instruction
removed from a day, so the handovers that named them keep their lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.handover import MAX_SORT_ORDER, EquipmentKind
from rutan_desk.domain.identifiers import (
    FOREIGN_CHARACTER,
    character_name,
    fold_identifier,
    foreign_character,
)
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import range_errors
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change, text_errors, text_limits
from rutan_desk.store.base import Base
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import (
    CellBlockRow,
    EquipmentItemRow,
    HandoverCountRow,
    HandoverRow,
    InmateCategoryRow,
    StandingInstructionRow,
)

RowT = TypeVar("RowT", bound=Base)
BLOCK_LIMITS = text_limits(CellBlockRow)
CATEGORY_LIMITS = text_limits(InmateCategoryRow)
ITEM_LIMITS = text_limits(EquipmentItemRow)
INSTRUCTION_LIMITS = text_limits(StandingInstructionRow)
MAX_INSTRUCTION_LENGTH = 4000  # the text column is unlimited; a handover page is not
MAX_QUANTITY = 99_999  # capacities and expected quantities


@dataclass(frozen=True)
class BlockInfo:
    id: int
    name: str
    capacity: int
    sort_order: int
    active: bool
    version: int = 1


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    name: str
    sort_order: int
    active: bool
    version: int = 1


@dataclass(frozen=True)
class EquipmentItemInfo:
    id: int
    name: str
    kind: EquipmentKind
    serial: str
    expected_quantity: int
    sort_order: int
    active: bool
    version: int = 1


@dataclass(frozen=True)
class InstructionInfo:
    id: int
    text: str
    given_by: str
    from_day: date
    removed_on: date | None
    removed_by: str
    version: int = 1


# -- shared -------------------------------------------------------------------------------


def _quantity_errors(field: str, number: int) -> list[FieldError]:
    if number < 0:
        return [FieldError(field, "number_negative")]
    if number > MAX_QUANTITY:
        return [FieldError(field, "number_out_of_range", {"low": 0, "high": MAX_QUANTITY})]
    return []


def _order_errors(sort_order: int | None) -> list[FieldError]:
    """None (a new entry goes to the end of its list) is always right."""
    return range_errors("sort_order", sort_order, 0, MAX_SORT_ORDER)


def _taken(field: str, name: str) -> ValidationError:
    return ValidationError([FieldError(field, "name_duplicate", {"name": name})])


def _added(session: Session, row: Base) -> int:
    session.add(row)
    session.flush()
    return int(row.id)  # type: ignore[attr-defined]


def _for_change(
    session: Session, model: type[RowT], record_id: int, expected_version: int | None
) -> RowT:
    if expected_version is None:
        raise TypeError("changing a record needs the version its form was opened on")
    return get_for_change(session, model, record_id, expected_version)


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
            BlockInfo(r.id, r.name, r.capacity, r.sort_order, r.active, r.version)
            for r in session.scalars(query)
        ]


def save_block(
    ctx: ActionContext,
    name: str,
    capacity: int,
    *,
    block_id: int | None = None,
    expected_version: int | None = None,
    sort_order: int | None = None,
) -> int:
    """Add a block (``block_id`` None) or change the one read at ``expected_version``; a new
    block goes to the end of the list."""
    name = tidy(name)
    errors = text_errors("name", name, CellBlockRow.name, required=True)
    errors += _quantity_errors("capacity", capacity)
    errors += _order_errors(sort_order)
    try:
        with ctx.write(Permission.HANDOVER_SETUP) as session:
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
                return _added(session, row)
            existing = _for_change(session, CellBlockRow, block_id, expected_version)
            existing.name, existing.capacity = name, capacity
            if sort_order is not None:
                existing.sort_order = sort_order
            return existing.id
    except IntegrityError as error:  # another PC took the name between check and write
        raise _taken("name", name) from error


def set_block_active(
    ctx: ActionContext, block_id: int, active: bool, *, expected_version: int
) -> None:
    """A block with inmates in the latest count cannot be deactivated (move them first)."""
    with ctx.write(Permission.HANDOVER_SETUP) as session:
        row = get_for_change(session, CellBlockRow, block_id, expected_version)
        if row.active == active:
            return
        if not active:
            present = sum(n for (block, _), n in _last_counts(session).items() if block == block_id)
            if present:
                raise ValidationError(
                    [FieldError("active", "not_empty", {"name": row.name, "count": present})]
                )
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
            CategoryInfo(r.id, r.code, r.name, r.sort_order, r.active, r.version)
            for r in session.scalars(query)
        ]


def save_category(
    ctx: ActionContext,
    code: str,
    name: str,
    *,
    category_id: int | None = None,
    expected_version: int | None = None,
    sort_order: int | None = None,
) -> int:
    code, name = tidy(code), tidy(name)
    errors = text_errors("code", code, InmateCategoryRow.code, required=True)
    errors += text_errors("name", name, InmateCategoryRow.name, required=True)
    errors += _order_errors(sort_order)
    try:
        with ctx.write(Permission.HANDOVER_SETUP) as session:
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
                return _added(session, row)
            existing = _for_change(session, InmateCategoryRow, category_id, expected_version)
            existing.code, existing.name = code, name
            if sort_order is not None:
                existing.sort_order = sort_order
            return existing.id
    except IntegrityError as error:
        raise _taken("code", code) from error


def set_category_active(
    ctx: ActionContext, category_id: int, active: bool, *, expected_version: int
) -> None:
    """A category with inmates in the latest count cannot be deactivated."""
    with ctx.write(Permission.HANDOVER_SETUP) as session:
        row = get_for_change(session, InmateCategoryRow, category_id, expected_version)
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
                r.version,
            )
            for r in session.scalars(query)
        ]


def save_equipment_item(
    ctx: ActionContext,
    name: str,
    kind: EquipmentKind,
    expected_quantity: int,
    *,
    serial: str = "",
    item_id: int | None = None,
    expected_version: int | None = None,
    sort_order: int | None = None,
) -> int:
    """Add or change an item. A firearm needs its serial number, and two firearms cannot share
    one (each weapon is its own item)."""
    # A serial is compared as an identifier: full-width or Arabic-Indic digits as ASCII.
    name, serial = tidy(name), tidy(fold_identifier(serial))
    errors = text_errors("name", name, EquipmentItemRow.name, required=True)
    errors += _quantity_errors("expected_quantity", expected_quantity)
    errors += _order_errors(sort_order)
    foreign = foreign_character(serial)
    if kind == EquipmentKind.SENJATA and not serial:
        errors.append(FieldError("serial", "serial_required"))
    elif foreign is not None:
        errors.append(FieldError("serial", FOREIGN_CHARACTER, {"char": character_name(foreign)}))
    else:
        errors += text_errors("serial", serial, EquipmentItemRow.serial)
    firearm = kind == EquipmentKind.SENJATA and bool(serial) and foreign is None
    try:
        with ctx.write(Permission.HANDOVER_SETUP) as session:
            other = _firearm_with_serial(session, serial, item_id) if firearm else None
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
                return _added(session, row)
            existing = _for_change(session, EquipmentItemRow, item_id, expected_version)
            existing.name, existing.kind, existing.serial = name, kind.value, serial
            existing.expected_quantity = expected_quantity
            if sort_order is not None:
                existing.sort_order = sort_order
            return existing.id
    except IntegrityError as error:
        if not firearm:
            raise
        # Another PC gave a firearm this serial between our check and our write: the
        # database's unique index (uq_equipment_item_firearm_serial) refused ours.
        with ctx.db.read() as session:
            other = _firearm_with_serial(session, serial, item_id)
        raise ValidationError(
            [FieldError("serial", "serial_duplicate", {"name": other or "?"})]
        ) from error


def _firearm_with_serial(session: Session, serial: str, item_id: int | None) -> str | None:
    """The name of another firearm (active or not) with this serial, if there is one."""
    same = select(EquipmentItemRow.name).where(
        EquipmentItemRow.kind == EquipmentKind.SENJATA.value, EquipmentItemRow.serial == serial
    )
    if item_id is not None:
        same = same.where(EquipmentItemRow.id != item_id)
    return session.scalar(same.limit(1))


def set_equipment_item_active(
    ctx: ActionContext, item_id: int, active: bool, *, expected_version: int
) -> None:
    """An inactive item is no longer checked; handovers that checked it keep their line."""
    with ctx.write(Permission.HANDOVER_SETUP) as session:
        row = get_for_change(session, EquipmentItemRow, item_id, expected_version)
        row.active = active


# -- standing instructions ----------------------------------------------------------------


def _info(row: StandingInstructionRow) -> InstructionInfo:
    return InstructionInfo(
        row.id, row.text, row.given_by, row.from_day, row.removed_on, row.removed_by, row.version
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


def add_instruction(ctx: ActionContext, text: str, given_by: str, from_day: date) -> int:
    """A standing instruction, passed on by every handover from ``from_day`` on."""
    text, given_by = text.strip(), tidy(given_by)
    errors = text_errors("text", text, StandingInstructionRow.text, required=True)
    if len(text) > MAX_INSTRUCTION_LENGTH:
        errors.append(FieldError("text", "text_too_long", {"max": MAX_INSTRUCTION_LENGTH}))
    errors += text_errors("given_by", given_by, StandingInstructionRow.given_by, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.HANDOVER_SETUP) as session:
        row = StandingInstructionRow(
            text=text,
            given_by=given_by,
            from_day=from_day,
            removed_by="",
            created_by=ctx.actor.label,
        )
        return _added(session, row)


def remove_instruction(
    ctx: ActionContext,
    instruction_id: int,
    removed_on: date,
    removed_by: str,
    *,
    expected_version: int,
) -> None:
    """The instruction is no longer passed on from ``removed_on``; handovers that carried it
    keep it. ``removed_by`` is who ordered the removal (e.g. "Ka KPR")."""
    removed_by = tidy(removed_by)
    errors = text_errors("removed_by", removed_by, StandingInstructionRow.removed_by, required=True)
    with ctx.write(Permission.HANDOVER_SETUP) as session:
        row = get_for_change(session, StandingInstructionRow, instruction_id, expected_version)
        if row.removed_on is not None:
            errors.append(FieldError("removed_on", "instruction_removed"))
        elif removed_on < row.from_day:
            errors.append(FieldError("removed_on", "end_before_start"))
        if errors:
            raise ValidationError(errors)
        row.removed_on, row.removed_by = removed_on, removed_by
