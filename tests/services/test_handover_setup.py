from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import NotFoundError, ValidationError
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.handover import setup
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, audit_check

DAY = date(2024, 1, 31)


def audit_of(db: Database, entity: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        )


def test_the_default_inmate_categories_come_with_the_database(db: Database) -> None:
    assert [(c.code, c.name, c.active) for c in setup.list_categories(db)] == [
        ("TL", "Tahanan Laki-laki", True),
        ("TP", "Tahanan Perempuan", True),
        ("NL", "Narapidana Laki-laki", True),
        ("NP", "Narapidana Perempuan", True),
        ("AN", "Anak", True),
    ]


# -- blocks -------------------------------------------------------------------------------


def block(db: Database, block_id: int) -> setup.BlockInfo:
    return next(b for b in setup.list_blocks(db) if b.id == block_id)


def test_blocks_are_listed_in_order_and_every_change_is_audited(ctx: ActionContext) -> None:
    db = ctx.db
    first = setup.save_block(ctx, "  Blok   A ", 120)
    second = setup.save_block(ctx, "Blok B (Wanita)", 30)
    setup.save_block(ctx, "Blok A1", 110, block_id=first, expected_version=1)
    version = block(db, first).version
    assert version == 2
    # no change: nothing recorded
    setup.save_block(ctx, "Blok A1", 110, block_id=first, expected_version=version)
    assert block(db, first).version == version
    assert [(b.id, b.name, b.capacity) for b in setup.list_blocks(db)] == [
        (first, "Blok A1", 110),
        (second, "Blok B (Wanita)", 30),
    ]
    entries = audit_of(db, "cell_block")
    assert [(e.action, e.entity_id, e.actor) for e in entries] == [
        ("create", str(first), ACTOR.audit_name),
        ("create", str(second), ACTOR.audit_name),
        ("update", str(first), ACTOR.audit_name),
    ]
    change = entries[-1]
    assert json.loads(change.before or "{}")["name"] == "Blok A"
    assert json.loads(change.after or "{}")["capacity"] == 110
    with pytest.raises(StaleRecordError):  # a form opened before the change
        setup.save_block(ctx, "Blok A2", 110, block_id=first, expected_version=1)
    assert audit_check(db).chain_break is None


def test_a_block_needs_a_unique_name_and_a_capacity_not_below_zero(ctx: ActionContext) -> None:
    setup.save_block(ctx, "Blok A", 100)
    with pytest.raises(ValidationError) as raised:
        setup.save_block(ctx, " ", -1)
    assert raised.value.codes() == {"name": "field_required", "capacity": "number_negative"}
    with pytest.raises(ValidationError) as raised:
        setup.save_block(ctx, "Blok A", 10)
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        setup.save_block(ctx, "Blok Z", setup.MAX_QUANTITY + 1)
    assert raised.value.codes() == {"capacity": "number_out_of_range"}
    limit = setup.BLOCK_LIMITS["name"]
    with pytest.raises(ValidationError) as raised:
        setup.save_block(ctx, "B" * (limit + 1), 10)
    assert raised.value.codes() == {"name": "text_too_long"}
    with pytest.raises(NotFoundError):
        setup.save_block(ctx, "Blok Z", 10, block_id=999, expected_version=1)
    assert len(setup.list_blocks(ctx.db)) == 1


def test_a_block_with_inmates_in_the_latest_count_stays_active(ctx: ActionContext) -> None:
    db = ctx.db
    full = setup.save_block(ctx, "Blok A", 100)
    empty = setup.save_block(ctx, "Blok B", 100)
    draft = prefill_handover(db, DAY, "P")
    draft = replace(
        draft,
        counts=tuple(
            replace(c, opening=7 if c.block_id == full and c.category_id == 1 else 0)
            for c in draft.counts
        ),
    )
    save_handover(
        ctx, replace(draft, counts=tuple(replace(c, counted=c.opening) for c in draft.counts))
    )

    with pytest.raises(ValidationError) as raised:
        setup.set_block_active(ctx, full, False, expected_version=block(db, full).version)
    assert raised.value.codes() == {"active": "not_empty"}
    assert raised.value.errors[0].params == {"name": "Blok A", "count": 7}
    setup.set_block_active(ctx, empty, False, expected_version=block(db, empty).version)
    assert [b.name for b in setup.list_blocks(db, active_only=True)] == ["Blok A"]
    # The next handover still lists the block whose people were counted, not the empty one.
    assert {c.block_id for c in prefill_handover(db, DAY, "S").counts} == {full}
    setup.set_block_active(ctx, empty, True, expected_version=block(db, empty).version)
    assert len(setup.list_blocks(db, active_only=True)) == 2


# -- categories ---------------------------------------------------------------------------


def test_categories_can_be_added_renamed_and_deactivated(ctx: ActionContext) -> None:
    db = ctx.db
    added = setup.save_category(ctx, "WNA", "Tahanan WNA")
    assert setup.list_categories(db)[-1].id == added
    with pytest.raises(ValidationError) as raised:
        setup.save_category(ctx, "TL", "")
    assert raised.value.codes() == {"code": "name_duplicate", "name": "field_required"}
    setup.save_category(
        ctx, "WNA", "Tahanan Warga Negara Asing", category_id=added, expected_version=1
    )
    assert setup.list_categories(db)[-1].name == "Tahanan Warga Negara Asing"
    child = next(c for c in setup.list_categories(db) if c.code == "AN")
    setup.set_category_active(ctx, child.id, False, expected_version=child.version)
    assert "AN" not in [c.code for c in setup.list_categories(db, active_only=True)]
    assert [(e.action, e.entity_id) for e in audit_of(db, "inmate_category")] == [
        ("create", str(added)),
        ("update", str(added)),
        ("update", str(child.id)),
    ]


# -- equipment ----------------------------------------------------------------------------


def test_a_firearm_needs_its_own_serial_number(ctx: ActionContext) -> None:
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(ctx, "Pistol", EquipmentKind.SENJATA, 1)
    assert raised.value.codes() == {"serial": "serial_required"}
    pistol = setup.save_equipment_item(ctx, "Pistol", EquipmentKind.SENJATA, 1, serial="P1-0001")
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(ctx, "Pistol 2", EquipmentKind.SENJATA, 1, serial="P1-0001")
    assert raised.value.codes() == {"serial": "serial_duplicate"}
    assert raised.value.errors[0].params == {"name": "Pistol"}
    # Saving the same firearm again keeps its own serial.
    setup.save_equipment_item(
        ctx,
        "Pistol G2",
        EquipmentKind.SENJATA,
        1,
        serial="P1-0001",
        item_id=pistol,
        expected_version=1,
    )
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(ctx, "Senter", EquipmentKind.SENTER, -2)
    assert raised.value.codes() == {"expected_quantity": "number_negative"}


def test_equipment_items_in_order_deactivated_items_are_not_checked(ctx: ActionContext) -> None:
    db = ctx.db
    keys = setup.save_equipment_item(ctx, "Kunci ring 1 (Blok A)", EquipmentKind.KUNCI, 12)
    radios = setup.save_equipment_item(ctx, "HT", EquipmentKind.HT, 4)
    book = setup.save_equipment_item(ctx, "Buku laporan jaga", EquipmentKind.BUKU, 1)
    setup.set_equipment_item_active(ctx, radios, False, expected_version=1)
    items = setup.list_equipment_items(db)
    assert [(i.id, i.kind, i.expected_quantity, i.active) for i in items] == [
        (keys, EquipmentKind.KUNCI, 12, True),
        (radios, EquipmentKind.HT, 4, False),
        (book, EquipmentKind.BUKU, 1, True),
    ]
    assert [line.item_id for line in prefill_handover(db, DAY, "P").equipment] == [keys, book]
    assert [(e.action, e.entity_id) for e in audit_of(db, "equipment_item")] == [
        ("create", str(keys)),
        ("create", str(radios)),
        ("create", str(book)),
        ("update", str(radios)),
    ]
    with pytest.raises(StaleRecordError):
        setup.set_equipment_item_active(ctx, radios, True, expected_version=1)


# -- standing instructions ----------------------------------------------------------------


def test_an_instruction_is_in_force_from_its_day_until_removed(ctx: ActionContext) -> None:
    db = ctx.db
    instruction = setup.add_instruction(
        ctx, "Penggeledahan kamar setiap Jumat", "Karutan", date(2024, 1, 10)
    )
    assert setup.list_instructions(db, on=date(2024, 1, 9)) == []
    (listed,) = setup.list_instructions(db, on=date(2024, 1, 10))
    assert listed.id == instruction
    with pytest.raises(ValidationError) as raised:
        setup.remove_instruction(
            ctx, instruction, date(2024, 1, 5), "Karutan", expected_version=listed.version
        )
    assert raised.value.codes() == {"removed_on": "end_before_start"}

    setup.remove_instruction(
        ctx, instruction, date(2024, 2, 1), "Ka KPR", expected_version=listed.version
    )
    assert [i.id for i in setup.list_instructions(db, on=date(2024, 1, 31))] == [instruction]
    assert setup.list_instructions(db, on=date(2024, 2, 1)) == []
    (everything,) = setup.list_instructions(db)
    assert (everything.removed_on, everything.removed_by) == (date(2024, 2, 1), "Ka KPR")
    with pytest.raises(ValidationError) as raised:
        setup.remove_instruction(
            ctx, instruction, date(2024, 3, 1), "Ka KPR", expected_version=everything.version
        )
    assert raised.value.codes() == {"removed_on": "instruction_removed"}
    assert [e.action for e in audit_of(db, "standing_instruction")] == ["create", "update"]


def test_an_instruction_needs_its_text_and_who_gave_it(ctx: ActionContext) -> None:
    with pytest.raises(ValidationError) as raised:
        setup.add_instruction(ctx, "  ", "", date(2024, 1, 1))
    assert raised.value.codes() == {"text": "field_required", "given_by": "field_required"}
    with pytest.raises(ValidationError) as raised:
        setup.add_instruction(
            ctx, "x" * (setup.MAX_INSTRUCTION_LENGTH + 1), "Karutan", date(2024, 1, 1)
        )
    assert raised.value.codes() == {"text": "text_too_long"}
    assert setup.list_instructions(ctx.db) == []
