from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import NotFoundError, ValidationError
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.services import handover_setup as setup
from rutan_desk.services.handover import prefill_handover, save_handover
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry

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


def test_blocks_are_listed_in_order_and_every_change_is_audited(db: Database, actor: str) -> None:
    first = setup.save_block(db, actor, "  Blok   A ", 120)
    second = setup.save_block(db, actor, "Blok B (Wanita)", 30)
    setup.save_block(db, actor, "Blok A1", 110, block_id=first)
    setup.save_block(db, actor, "Blok A1", 110, block_id=first)  # no change: nothing recorded
    assert [(b.id, b.name, b.capacity) for b in setup.list_blocks(db)] == [
        (first, "Blok A1", 110),
        (second, "Blok B (Wanita)", 30),
    ]
    entries = audit_of(db, "cell_block")
    assert [e.action for e in entries] == ["create", "create", "update"]
    change = entries[-1]
    assert json.loads(change.before or "{}")["name"] == "Blok A"
    assert json.loads(change.after or "{}")["capacity"] == 110
    assert check_audit_trail(db).first_break is None


def test_a_block_needs_a_unique_name_and_a_capacity_not_below_zero(
    db: Database, actor: str
) -> None:
    setup.save_block(db, actor, "Blok A", 100)
    with pytest.raises(ValidationError) as raised:
        setup.save_block(db, actor, " ", -1)
    assert raised.value.codes() == {"name": "field_required", "capacity": "number_negative"}
    with pytest.raises(ValidationError) as raised:
        setup.save_block(db, actor, "Blok A", 10)
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(NotFoundError):
        setup.save_block(db, actor, "Blok Z", 10, block_id=999)
    assert len(setup.list_blocks(db)) == 1


def test_a_block_with_inmates_in_the_latest_count_stays_active(db: Database, actor: str) -> None:
    full = setup.save_block(db, actor, "Blok A", 100)
    empty = setup.save_block(db, actor, "Blok B", 100)
    draft = prefill_handover(db, DAY, "P")
    draft = replace(
        draft,
        counts=tuple(
            replace(c, opening=7 if c.block_id == full and c.category_id == 1 else 0)
            for c in draft.counts
        ),
    )
    save_handover(
        db, actor, replace(draft, counts=tuple(replace(c, counted=c.opening) for c in draft.counts))
    )

    with pytest.raises(ValidationError) as raised:
        setup.set_block_active(db, actor, full, False)
    assert raised.value.codes() == {"active": "not_empty"}
    assert raised.value.errors[0].params == {"name": "Blok A", "count": 7}
    setup.set_block_active(db, actor, empty, False)
    assert [b.name for b in setup.list_blocks(db, active_only=True)] == ["Blok A"]
    # The next handover still lists the block whose people were counted, not the empty one.
    assert {c.block_id for c in prefill_handover(db, DAY, "S").counts} == {full}
    setup.set_block_active(db, actor, empty, True)
    assert len(setup.list_blocks(db, active_only=True)) == 2


# -- categories ---------------------------------------------------------------------------


def test_categories_can_be_added_renamed_and_deactivated(db: Database, actor: str) -> None:
    added = setup.save_category(db, actor, "WNA", "Tahanan WNA")
    assert setup.list_categories(db)[-1].id == added
    with pytest.raises(ValidationError) as raised:
        setup.save_category(db, actor, "TL", "")
    assert raised.value.codes() == {"code": "name_duplicate", "name": "field_required"}
    child = next(c for c in setup.list_categories(db) if c.code == "AN")
    setup.set_category_active(db, actor, child.id, False)
    assert "AN" not in [c.code for c in setup.list_categories(db, active_only=True)]
    assert [e.action for e in audit_of(db, "inmate_category")] == ["create", "update"]


# -- equipment ----------------------------------------------------------------------------


def test_a_firearm_needs_its_own_serial_number(db: Database, actor: str) -> None:
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(db, actor, "Pistol", EquipmentKind.SENJATA, 1)
    assert raised.value.codes() == {"serial": "serial_required"}
    pistol = setup.save_equipment_item(
        db, actor, "Pistol", EquipmentKind.SENJATA, 1, serial="P1-0001"
    )
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(db, actor, "Pistol 2", EquipmentKind.SENJATA, 1, serial="P1-0001")
    assert raised.value.codes() == {"serial": "serial_duplicate"}
    assert raised.value.errors[0].params == {"name": "Pistol"}
    # Saving the same firearm again keeps its own serial.
    setup.save_equipment_item(
        db, actor, "Pistol G2", EquipmentKind.SENJATA, 1, serial="P1-0001", item_id=pistol
    )
    with pytest.raises(ValidationError) as raised:
        setup.save_equipment_item(db, actor, "Senter", EquipmentKind.SENTER, -2)
    assert raised.value.codes() == {"expected_quantity": "number_negative"}


def test_equipment_items_in_order_deactivated_items_are_not_checked(
    db: Database, actor: str
) -> None:
    keys = setup.save_equipment_item(db, actor, "Kunci ring 1 (Blok A)", EquipmentKind.KUNCI, 12)
    radios = setup.save_equipment_item(db, actor, "HT", EquipmentKind.HT, 4)
    book = setup.save_equipment_item(db, actor, "Buku laporan jaga", EquipmentKind.BUKU, 1)
    setup.set_equipment_item_active(db, actor, radios, False)
    items = setup.list_equipment_items(db)
    assert [(i.id, i.kind, i.expected_quantity, i.active) for i in items] == [
        (keys, EquipmentKind.KUNCI, 12, True),
        (radios, EquipmentKind.HT, 4, False),
        (book, EquipmentKind.BUKU, 1, True),
    ]
    assert [line.item_id for line in prefill_handover(db, DAY, "P").equipment] == [keys, book]
    assert [e.action for e in audit_of(db, "equipment_item")] == [
        "create",
        "create",
        "create",
        "update",
    ]


# -- standing instructions ----------------------------------------------------------------


def test_an_instruction_is_in_force_from_its_day_until_removed(db: Database, actor: str) -> None:
    instruction = setup.add_instruction(
        db, actor, "Penggeledahan kamar setiap Jumat", "Karutan", date(2024, 1, 10)
    )
    assert setup.list_instructions(db, on=date(2024, 1, 9)) == []
    assert [i.id for i in setup.list_instructions(db, on=date(2024, 1, 10))] == [instruction]
    with pytest.raises(ValidationError) as raised:
        setup.remove_instruction(db, actor, instruction, date(2024, 1, 5), "Karutan")
    assert raised.value.codes() == {"removed_on": "end_before_start"}

    setup.remove_instruction(db, actor, instruction, date(2024, 2, 1), "Ka KPR")
    assert [i.id for i in setup.list_instructions(db, on=date(2024, 1, 31))] == [instruction]
    assert setup.list_instructions(db, on=date(2024, 2, 1)) == []
    (everything,) = setup.list_instructions(db)
    assert (everything.removed_on, everything.removed_by) == (date(2024, 2, 1), "Ka KPR")
    with pytest.raises(ValidationError) as raised:
        setup.remove_instruction(db, actor, instruction, date(2024, 3, 1), "Ka KPR")
    assert raised.value.codes() == {"removed_on": "instruction_removed"}
    assert [e.action for e in audit_of(db, "standing_instruction")] == ["create", "update"]


def test_an_instruction_needs_its_text_and_who_gave_it(db: Database, actor: str) -> None:
    with pytest.raises(ValidationError) as raised:
        setup.add_instruction(db, actor, "  ", "", date(2024, 1, 1))
    assert raised.value.codes() == {"text": "field_required", "given_by": "field_required"}
    assert setup.list_instructions(db) == []
