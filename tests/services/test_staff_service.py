from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.staff import records, registry
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.staff import StaffRow
from tests.conftest import ACTOR, audit_check

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


def test_create_stores_the_person_and_audits_it(ctx: ActionContext) -> None:
    db = ctx.db
    record = registry.create_staff(ctx, BUDI)
    assert record.nip == "196804111993031009"
    assert record.identity == "19680411 199303 1 009"
    assert record.gender is Gender.MALE
    assert record.rank_label == "Penata (III/c)"
    assert record.version == 1
    assert records.list_staff(db) == [record]
    (entry,) = _audit(db)
    assert (entry.actor, entry.entity, entry.entity_id, entry.action) == (
        ACTOR.audit_name,
        "staff",
        str(record.id),
        "create",
    )
    assert entry.before is None
    assert json.loads(entry.after or "{}")["nip"] == "196804111993031009"


def test_duplicate_nip_is_refused_naming_the_holder(ctx: ActionContext) -> None:
    registry.create_staff(ctx, BUDI)
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, StaffDraft(**{**BUDI.__dict__, "name": "Lain"}))
    (error,) = raised.value.errors
    assert (error.field, error.code, error.params["name"]) == (
        "nip",
        "nip_duplicate",
        "Budi Santoso, S.H.",
    )
    assert len(records.list_staff(ctx.db)) == 1
    assert audit_check(ctx.db).entries == 1


def test_invalid_input_saves_nothing(ctx: ActionContext) -> None:
    bad = StaffDraft(**{**BUDI.__dict__, "nip": "196813111993031009", "unit": ""})
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, bad)
    assert raised.value.codes() == {"nip": "nip_birth_date_invalid", "unit": "unit_required"}
    assert records.list_staff(ctx.db) == []
    assert audit_check(ctx.db).entries == 0


def test_text_longer_than_its_column_is_refused(ctx: ActionContext) -> None:
    """The lengths come from the columns (records.TEXT_LIMITS), checked by the service."""
    limits = records.TEXT_LIMITS
    too_long = StaffDraft(
        **{
            **BUDI.__dict__,
            "name": "Budi " + "a" * limits["name"],
            "position": "P" * (limits["position"] + 1),
            "unit": "U" * (limits["unit"] + 1),
        }
    )
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, too_long)
    assert raised.value.codes() == {
        "name": "text_too_long",
        "position": "text_too_long",
        "unit": "text_too_long",
    }
    assert {e.field: e.params for e in raised.value.errors}["name"] == {"max": limits["name"]}
    external = StaffDraft(
        **{
            **POLRES.__dict__,
            "agency": "A" * (limits["agency"] + 1),
            "external_rank": "R" * (limits["external_rank"] + 1),
        }
    )
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, external)
    assert raised.value.codes() == {"agency": "text_too_long", "external_rank": "text_too_long"}
    other = StaffDraft(
        **{
            **POLRES.__dict__,
            "external_id_kind": ExternalIdKind.OTHER,
            "external_id": "X" * (limits["external_id"] + 1),
        }
    )
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, other)
    assert raised.value.codes() == {"external_id": "text_too_long"}
    assert records.list_staff(ctx.db) == []
    exactly = StaffDraft(**{**BUDI.__dict__, "unit": "U" * limits["unit"]})
    assert registry.create_staff(ctx, exactly).unit == "U" * limits["unit"]


def test_update_records_before_and_after(ctx: ActionContext) -> None:
    record = registry.create_staff(ctx, BUDI)
    changed = registry.update_staff(
        ctx,
        record.id,
        StaffDraft(**{**BUDI.__dict__, "unit": "Regu III"}),
        expected_version=record.version,
    )
    assert changed.unit == "Regu III"
    assert changed.version == record.version + 1
    entry = _audit(ctx.db)[-1]
    assert (entry.action, entry.actor, entry.entity_id) == (
        "update",
        ACTOR.audit_name,
        str(record.id),
    )
    before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    assert (before["unit"], after["unit"]) == ("Regu I", "Regu III")
    assert (before["version"], after["version"]) == (record.version, changed.version)


def test_saving_without_a_change_writes_no_audit_row(ctx: ActionContext) -> None:
    record = registry.create_staff(ctx, BUDI)
    same = registry.update_staff(ctx, record.id, record.to_draft(), expected_version=record.version)
    assert same.version == record.version
    assert audit_check(ctx.db).entries == 1


def test_a_change_made_meanwhile_elsewhere_is_not_undone(ctx: ActionContext) -> None:
    """Two clerks open the same person; the second save is refused, naming who changed what."""
    record = registry.create_staff(ctx, BUDI)
    other = ActionContext(ctx.db, Actor(ActorKind.SYSTEM, "petugas.lain"))
    registry.update_staff(
        other,
        record.id,
        StaffDraft(**{**BUDI.__dict__, "unit": "Regu II"}),
        expected_version=record.version,
    )
    with pytest.raises(StaleRecordError) as raised:
        registry.update_staff(
            ctx,
            record.id,
            StaffDraft(**{**BUDI.__dict__, "phone": "081299998888"}),
            expected_version=record.version,
        )
    stale = raised.value
    assert (stale.entity, stale.record_id) == ("staff", record.id)
    assert stale.changed_by == "sistem:petugas.lain"
    assert stale.fields == ("unit",)
    assert not stale.removed
    now = records.get_staff(ctx.db, record.id)
    assert (now.unit, now.phone) == ("Regu II", BUDI.phone)
    with pytest.raises(StaleRecordError):
        registry.set_staff_active(
            ctx, record.id, active=False, since=date(2026, 3, 1), expected_version=record.version
        )
    with pytest.raises(StaleRecordError):
        registry.delete_staff(ctx, record.id, expected_version=record.version)
    assert audit_check(ctx.db).entries == 2


def test_a_person_may_keep_their_own_nip_on_edit(ctx: ActionContext) -> None:
    record = registry.create_staff(ctx, BUDI)
    other = registry.create_staff(ctx, SITI)
    registry.update_staff(ctx, record.id, record.to_draft(), expected_version=record.version)
    with pytest.raises(ValidationError) as raised:
        registry.update_staff(
            ctx,
            other.id,
            StaffDraft(**{**SITI.__dict__, "nip": BUDI.nip}),
            expected_version=other.version,
        )
    assert raised.value.codes() == {"nip": "nip_duplicate"}


def test_external_personnel_with_duplicate_nrp_refused(ctx: ActionContext) -> None:
    officer = registry.create_staff(ctx, POLRES)
    assert officer.is_external
    assert officer.identity == "87053286"
    assert officer.rank_label == "Bripka"
    with pytest.raises(ValidationError) as raised:
        registry.create_staff(ctx, StaffDraft(**{**POLRES.__dict__, "name": "X Y"}))
    assert raised.value.codes() == {"external_id": "external_id_duplicate"}


def test_deactivate_and_reactivate_keep_the_person(ctx: ActionContext) -> None:
    record = registry.create_staff(ctx, BUDI)
    inactive = registry.set_staff_active(
        ctx, record.id, active=False, since=date(2026, 3, 1), expected_version=record.version
    )
    assert (inactive.active, inactive.status_since) == (False, date(2026, 3, 1))
    assert records.get_staff(ctx.db, record.id).active is False
    again = registry.set_staff_active(
        ctx, record.id, active=True, since=date(2026, 4, 1), expected_version=inactive.version
    )
    assert again.active
    entries = _audit(ctx.db)
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert [json.loads(e.after or "{}")["active"] for e in entries[1:]] == [False, True]


def test_unreferenced_person_can_be_deleted_and_the_deletion_is_audited(
    ctx: ActionContext,
) -> None:
    record = registry.create_staff(ctx, BUDI)
    assert registry.can_delete_staff(ctx.db, record.id)
    registry.delete_staff(ctx, record.id, expected_version=record.version)
    assert records.list_staff(ctx.db) == []
    entry = _audit(ctx.db)[-1]
    assert (entry.action, entry.after, entry.entity_id) == ("delete", None, str(record.id))
    assert json.loads(entry.before or "{}")["name"] == "Budi Santoso, S.H."


def test_references_are_found_through_foreign_keys(ctx: ActionContext) -> None:
    """Any later table with a foreign key to staff (roster, handover...) protects its people."""
    db = ctx.db
    record = registry.create_staff(ctx, BUDI)
    other = registry.create_staff(ctx, SITI)
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
        assert registry.find_references(session, record.id, [duty]) == [("duty_for_test", 2)]
        assert registry.find_references(session, other.id, [duty]) == []


def test_delete_refuses_a_person_in_a_regu(ctx: ActionContext) -> None:
    from rutan_desk.services.roster import setup

    record = registry.create_staff(ctx, BUDI)
    regu_id = setup.create_regu(ctx, "Regu I")
    setup.add_regu_member(ctx, regu_id, record.id, date(2024, 1, 1))
    entries = audit_check(ctx.db).entries
    assert not registry.can_delete_staff(ctx.db, record.id)
    with pytest.raises(registry.StaffInUseError) as raised:
        registry.delete_staff(ctx, record.id, expected_version=record.version)
    assert raised.value.references == [("regu_member", 1)]
    assert records.get_staff(ctx.db, record.id).name == "Budi Santoso, S.H."
    assert audit_check(ctx.db).entries == entries


def test_list_puts_own_staff_first_then_by_name(ctx: ActionContext) -> None:
    registry.create_staff(ctx, POLRES)
    registry.create_staff(ctx, SITI)
    registry.create_staff(ctx, BUDI)
    names = [r.name for r in records.list_staff(ctx.db)]
    assert names == ["Budi Santoso, S.H.", "Siti Rahayu", "Agus Wibowo"]
    assert records.known_units(ctx.db) == ["Regu I", "Regu II", "Sat Samapta"]
