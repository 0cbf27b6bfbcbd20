"""Identifiers typed in other scripts reach the services (issue 14, point 8): one number is
registered once however its digits were typed, and a character with no ASCII form gets a
message, never a crash."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.domain.identifiers import FOREIGN_CHARACTER
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.domain.staff import ExternalIdKind
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.handover import setup
from rutan_desk.services.inmates import records as inmate_records
from rutan_desk.services.inmates import registry as inmate_registry
from rutan_desk.services.staff import registry as staff_registry
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import EquipmentItemRow
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.ui.messages import message_for
from tests.conftest import ACTOR, audit_check
from tests.services.test_staff_service import BUDI, POLRES

NOON = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # 12.00 WIB, 2 December 2026
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    return ActionContext(db, ACTOR, FixedClock(NOON))


def _stored(db: Database, column: object) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(column)))  # type: ignore[call-overload]


def test_the_same_nip_typed_three_ways_is_registered_once(clerk: ActionContext) -> None:
    ascii_typed = staff_registry.create_staff(clerk, BUDI)
    for table in (FULL_WIDTH, ARABIC_INDIC):
        again = replace(BUDI, name="Budi Lagi", nip=BUDI.nip.translate(table))
        with pytest.raises(ValidationError) as refused:
            staff_registry.create_staff(clerk, again)
        assert refused.value.codes() == {"nip": "nip_duplicate"}
        assert refused.value.errors[0].params == {"name": BUDI.name}
    # Mixed in one number, as a paste in the middle of typing gives it.
    mixed = BUDI.nip[:9] + BUDI.nip[9:].translate(ARABIC_INDIC)
    with pytest.raises(ValidationError):
        staff_registry.create_staff(clerk, replace(BUDI, name="Budi Lagi", nip=mixed))
    assert _stored(clerk.db, StaffRow.nip) == ["196804111993031009"]
    assert ascii_typed.nip == "196804111993031009"


def test_a_nip_typed_in_full_width_is_stored_in_ascii(clerk: ActionContext) -> None:
    record = staff_registry.create_staff(clerk, replace(BUDI, nip=BUDI.nip.translate(FULL_WIDTH)))
    assert (record.nip, record.identity) == ("196804111993031009", "19680411 199303 1 009")
    assert _stored(clerk.db, StaffRow.nip) == ["196804111993031009"]
    assert audit_check(clerk.db).intact


def test_a_superscript_digit_in_a_nip_gets_a_message(clerk: ActionContext) -> None:
    typed = replace(BUDI, nip="19680411 199303 1 00\u00b9")
    with pytest.raises(ValidationError) as refused:
        staff_registry.create_staff(clerk, typed)
    (error,) = refused.value.errors
    assert (error.field, error.code, error.params) == ("nip", FOREIGN_CHARACTER, {"char": "\u00b9"})
    assert message_for(error) == (
        "The character \u00b9 cannot be part of this number: type it with ordinary letters and "
        "digits."
    )
    assert _stored(clerk.db, StaffRow.nip) == []


def test_an_nrp_or_another_card_number_holds_ascii_only(clerk: ActionContext) -> None:
    police = staff_registry.create_staff(
        clerk, replace(POLRES, external_id=POLRES.external_id.translate(ARABIC_INDIC))
    )
    assert police.external_id == "87053286"
    with pytest.raises(ValidationError) as refused:
        staff_registry.create_staff(clerk, replace(POLRES, name="Agus Lagi"))
    assert refused.value.codes() == {"external_id": "external_id_duplicate"}

    card = replace(POLRES, name="Dewi", external_id_kind=ExternalIdKind.OTHER, external_rank="")
    with pytest.raises(ValidationError) as refused:
        staff_registry.create_staff(clerk, replace(card, external_id="KTA-7\u00b2"))
    assert refused.value.codes() == {"external_id": FOREIGN_CHARACTER}
    with pytest.raises(ValidationError) as refused:  # PostgreSQL would refuse to compare NUL
        staff_registry.create_staff(clerk, replace(card, external_id="KTA\x0077"))
    # A control character is refused as in every other text (the store's rule), beside the field.
    assert refused.value.errors[0] == FieldError("external_id", "control_characters")
    kept = staff_registry.create_staff(clerk, replace(card, external_id="ＫＴＡ-７７"))
    assert kept.external_id == "KTA77"  # dashes go as they do for ASCII typing


def test_a_register_number_typed_in_full_width_is_the_same_inmate(clerk: ActionContext) -> None:
    first = inmate_registry.create_inmate(
        clerk, InmateDraft(name="Ahmad Fauzi", register_number="A.II/123/2026")
    )
    for typed in ("Ａ．ＩＩ／１２３／２０２６", "A.II/١٢٣/2026"):
        with pytest.raises(ValidationError) as refused:
            inmate_registry.create_inmate(clerk, InmateDraft(name="Fauzi", register_number=typed))
        assert refused.value.codes() == {"register_number": "register_number_duplicate"}
        assert inmate_records.inmate_by_register_number(clerk.db, typed) == first
    with pytest.raises(ValidationError) as refused:
        inmate_registry.create_inmate(
            clerk, InmateDraft(name="Fauzi", register_number="A.II/12\u00b3/2026")
        )
    assert refused.value.codes() == {"register_number": FOREIGN_CHARACTER}
    assert [r.name for r in inmate_records.find_inmates(clerk.db, "１２３/2026")] == ["Ahmad Fauzi"]


def test_a_firearm_serial_is_one_serial_in_any_digits(clerk: ActionContext) -> None:
    setup.save_equipment_item(clerk, "Pistol", EquipmentKind.SENJATA, 1, serial="P1-0001")
    for typed in ("Ｐ１-０００１", "P1-٠٠٠١", "\u3000P1-0001\u00a0"):
        with pytest.raises(ValidationError) as refused:
            setup.save_equipment_item(clerk, "Pistol 2", EquipmentKind.SENJATA, 1, serial=typed)
        assert refused.value.codes() == {"serial": "serial_duplicate"}
    with pytest.raises(ValidationError) as refused:
        setup.save_equipment_item(clerk, "Pistol 2", EquipmentKind.SENJATA, 1, serial="P1-0\u00b2")
    assert refused.value.codes() == {"serial": FOREIGN_CHARACTER}
    with pytest.raises(ValidationError) as refused:
        setup.save_equipment_item(clerk, "Pistol 2", EquipmentKind.SENJATA, 1, serial="P1\x00")
    assert refused.value.errors[0].params == {"char": "U+0000"}
    setup.save_equipment_item(clerk, "Pistol 2", EquipmentKind.SENJATA, 1, serial="Ｐ１-０００２")
    assert sorted(_stored(clerk.db, EquipmentItemRow.serial)) == ["P1-0001", "P1-0002"]
