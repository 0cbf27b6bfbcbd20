from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services import staff as staff_service
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.staff import StaffRow

BUDI = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Budi Santoso, S.H.",
    nip="19680411 199303 1 009",
    golongan="III/c",
    position="Kepala Regu Pengamanan",
    unit="Regu I",
    phone="081234567890",
)
SITI = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Siti Rahayu",
    nip="199001152015032001",
    golongan="II/c",
    position="Petugas Pengamanan",
    unit="Regu II",
)
POLRES = StaffDraft(
    kind=StaffKind.EXTERNAL,
    name="Agus Wibowo",
    gender=Gender.MALE,
    agency="Polres Blora",
    unit="Sat Samapta",
    external_id_kind=ExternalIdKind.NRP_POLRI,
    external_id="87053286",
    external_rank="Bripka",
)


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_create_stores_the_person_and_audits_it(db: Database, actor: str) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    assert record.nip == "196804111993031009"
    assert record.identity == "19680411 199303 1 009"
    assert record.gender is Gender.MALE
    assert record.rank_label == "Penata (III/c)"
    assert staff_service.list_staff(db) == [record]
    (entry,) = _audit(db)
    assert (entry.actor, entry.entity, entry.entity_id, entry.action) == (
        actor,
        "staff",
        str(record.id),
        "create",
    )
    assert entry.before is None
    assert json.loads(entry.after or "{}")["nip"] == "196804111993031009"


def test_duplicate_nip_is_refused_naming_the_holder(db: Database, actor: str) -> None:
    staff_service.create_staff(db, actor, BUDI)
    with pytest.raises(ValidationError) as raised:
        staff_service.create_staff(db, actor, StaffDraft(**{**BUDI.__dict__, "name": "Lain"}))
    (error,) = raised.value.errors
    assert (error.field, error.code, error.params["name"]) == (
        "nip",
        "nip_duplicate",
        "Budi Santoso, S.H.",
    )
    assert len(staff_service.list_staff(db)) == 1
    assert check_audit_trail(db).entries == 1


def test_invalid_input_saves_nothing(db: Database, actor: str) -> None:
    bad = StaffDraft(**{**BUDI.__dict__, "nip": "196813111993031009", "unit": ""})
    with pytest.raises(ValidationError) as raised:
        staff_service.create_staff(db, actor, bad)
    assert raised.value.codes() == {"nip": "nip_birth_date_invalid", "unit": "unit_required"}
    assert staff_service.list_staff(db) == []
    assert check_audit_trail(db).entries == 0


def test_update_records_before_and_after(db: Database, actor: str) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    changed = staff_service.update_staff(
        db, actor, record.id, StaffDraft(**{**BUDI.__dict__, "unit": "Regu III"})
    )
    assert changed.unit == "Regu III"
    entry = _audit(db)[-1]
    assert entry.action == "update"
    assert json.loads(entry.before or "{}")["unit"] == "Regu I"
    assert json.loads(entry.after or "{}")["unit"] == "Regu III"


def test_saving_without_a_change_writes_no_audit_row(db: Database, actor: str) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    staff_service.update_staff(db, actor, record.id, record.to_draft())
    assert check_audit_trail(db).entries == 1


def test_a_person_may_keep_their_own_nip_on_edit(db: Database, actor: str) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    other = staff_service.create_staff(db, actor, SITI)
    staff_service.update_staff(db, actor, record.id, record.to_draft())
    with pytest.raises(ValidationError) as raised:
        staff_service.update_staff(
            db, actor, other.id, StaffDraft(**{**SITI.__dict__, "nip": BUDI.nip})
        )
    assert raised.value.codes() == {"nip": "nip_duplicate"}


def test_external_personnel_with_duplicate_nrp_refused(db: Database, actor: str) -> None:
    officer = staff_service.create_staff(db, actor, POLRES)
    assert officer.is_external
    assert officer.identity == "87053286"
    assert officer.rank_label == "Bripka"
    with pytest.raises(ValidationError) as raised:
        staff_service.create_staff(db, actor, StaffDraft(**{**POLRES.__dict__, "name": "X Y"}))
    assert raised.value.codes() == {"external_id": "external_id_duplicate"}


def test_deactivate_and_reactivate_keep_the_person(db: Database, actor: str) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    inactive = staff_service.set_staff_active(
        db, actor, record.id, active=False, since=date(2026, 3, 1)
    )
    assert (inactive.active, inactive.status_since) == (False, date(2026, 3, 1))
    assert staff_service.get_staff(db, record.id).active is False
    again = staff_service.set_staff_active(
        db, actor, record.id, active=True, since=date(2026, 4, 1)
    )
    assert again.active
    assert [e.action for e in _audit(db)] == ["create", "update", "update"]


def test_unreferenced_person_can_be_deleted_and_the_deletion_is_audited(
    db: Database, actor: str
) -> None:
    record = staff_service.create_staff(db, actor, BUDI)
    assert staff_service.can_delete_staff(db, record.id)
    staff_service.delete_staff(db, actor, record.id)
    assert staff_service.list_staff(db) == []
    entry = _audit(db)[-1]
    assert (entry.action, entry.after) == ("delete", None)
    assert json.loads(entry.before or "{}")["name"] == "Budi Santoso, S.H."


def test_references_are_found_through_foreign_keys(db: Database, actor: str) -> None:
    """Any later table with a foreign key to staff (roster, handover...) protects its people."""
    record = staff_service.create_staff(db, actor, BUDI)
    other = staff_service.create_staff(db, actor, SITI)
    duty = Table(
        "duty_for_test",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("staff_id", ForeignKey(StaffRow.__table__.c.id)),
    )
    duty.create(db.engine)
    with db.engine.begin() as connection:
        connection.execute(duty.insert(), [{"staff_id": record.id}, {"staff_id": record.id}])
    with db.read() as session:
        assert staff_service.find_references(session, record.id, [duty]) == [("duty_for_test", 2)]
        assert staff_service.find_references(session, other.id, [duty]) == []


def test_delete_refuses_a_person_in_a_regu(db: Database, actor: str) -> None:
    from rutan_desk.services import roster

    record = staff_service.create_staff(db, actor, BUDI)
    regu_id = roster.create_regu(db, actor, "Regu I")
    roster.add_regu_member(db, actor, regu_id, record.id, date(2024, 1, 1))
    entries = check_audit_trail(db).entries
    assert not staff_service.can_delete_staff(db, record.id)
    with pytest.raises(staff_service.StaffInUseError) as raised:
        staff_service.delete_staff(db, actor, record.id)
    assert raised.value.references == [("regu_member", 1)]
    assert staff_service.get_staff(db, record.id).name == "Budi Santoso, S.H."
    assert check_audit_trail(db).entries == entries


def test_list_puts_own_staff_first_then_by_name(db: Database, actor: str) -> None:
    staff_service.create_staff(db, actor, POLRES)
    staff_service.create_staff(db, actor, SITI)
    staff_service.create_staff(db, actor, BUDI)
    names = [r.name for r in staff_service.list_staff(db)]
    assert names == ["Budi Santoso, S.H.", "Siti Rahayu", "Agus Wibowo"]
    assert staff_service.known_units(db) == ["Regu I", "Regu II", "Sat Samapta"]
