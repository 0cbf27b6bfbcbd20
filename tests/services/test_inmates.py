"""The light inmate registry on SQLite and PostgreSQL: one record per register number however
it is typed, found by a part of the name or the number, no lost updates, a record typed twice
merged with everything that names it, and only the roles that may write."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, UniqueConstraint, select

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.changes import Area
from rutan_desk.domain.inmates import InmateDraft, normalise_inmate
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.sign_in import change_own_password, sign_in
from rutan_desk.services.context import ActionContext, Actor, FixedClock
from rutan_desk.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    StaleRecordError,
    ValidationError,
)
from rutan_desk.services.handover.setup import save_block
from rutan_desk.services.inmates import records, registry
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.inmates import InmateRow
from tests.conftest import ACTOR, audit_check

NOON = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # 12.00 WIB, 2 December 2026
TODAY = date(2026, 12, 2)
AHMAD = InmateDraft(
    name="Ahmad  Fauzi bin Salim ",
    register_number="a.ii / 0123 / 2026",
    admitted_on=date(2026, 3, 14),
    note="pindahan dari Polres",
)
BUDI = InmateDraft(name="Budi Hartono", register_number="B.I/45/2025")
YANI = InmateDraft(name="Ahmad Yani", register_number="b.iia/7/2025")


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    """The app itself acting, on a fixed day (the dates' rules are about today)."""
    return ActionContext(db, ACTOR, FixedClock(NOON))


def _audit(db: Database, entity: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        )


def test_an_inmate_is_stored_in_the_one_written_form_and_audited(clerk: ActionContext) -> None:
    block = save_block(clerk, "Blok A", 40)
    clerk.take_changes()
    record = registry.create_inmate(clerk, replace(AHMAD, block_id=block))

    assert (record.name, record.register_number, record.block_name) == (
        "Ahmad Fauzi bin Salim",
        "A.II/123/2026",
        "Blok A",
    )
    assert record.status_label == "Tahanan Kejaksaan"
    assert (record.admitted_on, record.released_on, record.version) == (date(2026, 3, 14), None, 1)
    assert records.get_inmate(clerk.db, record.id) == record
    assert record.in_custody_on(TODAY) and not record.in_custody_on(date(2026, 3, 13))
    assert Area.INMATES in clerk.changes.areas
    assert clerk.changes.ids("inmate") == {record.id}
    (entry,) = _audit(clerk.db, "inmate")
    assert (entry.actor, entry.entity_id, entry.action) == (
        ACTOR.audit_name,
        str(record.id),
        "create",
    )
    assert json.loads(entry.after or "{}")["register_number"] == "A.II/123/2026"
    assert audit_check(clerk.db).intact


@pytest.mark.parametrize("typed", ["A.II/123/2026", "a . ii/00123/2026", " A.II / 123 / 2026"])
def test_a_register_number_is_recorded_once_however_it_is_typed(
    clerk: ActionContext, typed: str
) -> None:
    first = registry.create_inmate(clerk, AHMAD)
    with pytest.raises(ValidationError) as refused:
        registry.create_inmate(clerk, InmateDraft(name="Ahmad Fauzi", register_number=typed))
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("register_number", "register_number_duplicate")
    assert error.params == {"name": "Ahmad Fauzi bin Salim"}

    other = registry.create_inmate(clerk, BUDI)
    with pytest.raises(ValidationError) as taken:
        registry.update_inmate(
            clerk, other.id, replace(BUDI, register_number=typed), expected_version=other.version
        )
    assert taken.value.codes() == {"register_number": "register_number_duplicate"}
    # Saving a record with its own number is no duplicate.
    kept = registry.update_inmate(
        clerk, first.id, replace(AHMAD, register_number=typed), expected_version=first.version
    )
    assert kept.register_number == "A.II/123/2026"


def test_the_unique_constraint_refuses_a_duplicate_saved_at_the_same_moment(
    clerk: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another PC saves the same number between this one's check and its write: the
    database refuses it and the clerk is told who has the number."""
    registry.create_inmate(clerk, AHMAD)

    def unchecked(_session: object, draft: InmateDraft, **kwargs: object) -> InmateDraft:
        return normalise_inmate(draft, today=TODAY)  # as if the other PC had not saved yet

    monkeypatch.setattr(registry, "_checked", unchecked)
    with pytest.raises(ValidationError) as refused:
        registry.create_inmate(clerk, InmateDraft(name="Fauzi", register_number="A.II/123/2026"))
    assert refused.value.errors[0].params == {"name": "Ahmad Fauzi bin Salim"}
    assert len(records.find_inmates(clerk.db, "")) == 1


def test_inmates_are_found_by_parts_of_the_name_or_the_number(clerk: ActionContext) -> None:
    ahmad = registry.create_inmate(clerk, AHMAD)
    budi = registry.create_inmate(clerk, BUDI)
    yani = registry.create_inmate(clerk, YANI)
    db = clerk.db

    def names(text: str, *, limit: int = 50, newest_first: bool = False) -> list[str]:
        found = records.find_inmates(db, text, limit=limit, newest_first=newest_first)
        return [record.name for record in found]

    assert names("") == ["Ahmad Fauzi bin Salim", "Ahmad Yani", "Budi Hartono"]
    assert names("", newest_first=True) == ["Ahmad Yani", "Budi Hartono", "Ahmad Fauzi bin Salim"]
    assert names("", limit=2) == ["Ahmad Fauzi bin Salim", "Ahmad Yani"]
    assert names("AHMAD") == ["Ahmad Fauzi bin Salim", "Ahmad Yani"]
    assert names("fauzi ahmad") == ["Ahmad Fauzi bin Salim"]  # every word, in any order
    assert names("arto") == ["Budi Hartono"]
    assert names("b.i/45/2025") == ["Budi Hartono"]
    assert names(" b.i / 045 / 2025 ") == ["Budi Hartono"]  # the whole number, as typed
    assert names("123/2026") == ["Ahmad Fauzi bin Salim"]  # a part of it
    assert names("b.iia") == ["Ahmad Yani"]
    assert names("B.IIA/7") == ["Ahmad Yani"]
    assert names("a.i/123/2026") == []  # another number, not a part of A.II/123/2026
    assert names("%") == [] and names("_") == []  # typed text, not a pattern

    assert records.inmate_by_register_number(db, "a.ii/0123/2026") == ahmad
    assert records.inmate_by_register_number(db, "B.I/45/2025") == budi
    assert records.inmate_by_register_number(db, "B.IIa/8/2025") is None
    assert records.get_inmate(db, yani.id).status_label == "Narapidana B.IIa"
    with pytest.raises(NotFoundError):
        records.get_inmate(db, 999)
    assert records.TEXT_LIMITS == {"name": 120, "register_number": 30, "note": 200}


def test_a_save_from_an_old_version_is_refused(clerk: ActionContext) -> None:
    record = registry.create_inmate(clerk, AHMAD)
    other_pc = ActionContext(clerk.db, Actor.system("petugas.lain"), FixedClock(NOON))
    moved = registry.update_inmate(
        other_pc, record.id, replace(AHMAD, note="pindah ke Blok B"), expected_version=1
    )
    assert moved.version == 2
    with pytest.raises(StaleRecordError) as raised:
        registry.update_inmate(
            clerk, record.id, replace(AHMAD, name="Ahmad Fauzi"), expected_version=1
        )
    assert (raised.value.entity, raised.value.record_id) == ("inmate", record.id)
    assert raised.value.changed_by == "sistem:petugas.lain"
    assert raised.value.fields == ("note",)
    now = records.get_inmate(clerk.db, record.id)
    assert (now.name, now.note, now.version) == ("Ahmad Fauzi bin Salim", "pindah ke Blok B", 2)


def test_the_dates_in_and_out_are_checked_against_today(clerk: ActionContext) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.create_inmate(
            clerk,
            replace(AHMAD, admitted_on=date(2026, 12, 3), released_on=date(2026, 12, 1)),
        )
    assert refused.value.codes() == {
        "admitted_on": "date_in_future",
        "released_on": "released_before_admitted",
    }
    with pytest.raises(ValidationError) as backwards:
        registry.create_inmate(clerk, replace(AHMAD, released_on=date(2026, 3, 1)))
    assert backwards.value.codes() == {"released_on": "released_before_admitted"}
    released = registry.create_inmate(clerk, replace(AHMAD, released_on=TODAY))
    assert released.released_on == TODAY and not released.in_custody_on(TODAY)
    # Next year's register numbers are given in the last days of December; not later ones.
    assert registry.create_inmate(clerk, replace(BUDI, register_number="B.I/1/2027")).id
    with pytest.raises(ValidationError) as too_late:
        registry.create_inmate(clerk, replace(BUDI, register_number="B.I/1/2028"))
    assert too_late.value.codes() == {"register_number": "register_year_invalid"}


def test_what_cannot_be_stored_is_refused(clerk: ActionContext) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.create_inmate(
            clerk, InmateDraft(name="x" * 121, register_number="A.II/12", note="y" * 201)
        )
    assert refused.value.codes() == {
        "name": "text_too_long",
        "register_number": "register_number_invalid",
        "note": "text_too_long",
    }
    with pytest.raises(NotFoundError):
        registry.create_inmate(clerk, replace(AHMAD, block_id=999))
    assert records.find_inmates(clerk.db, "") == []


# -- merging a record typed twice ---------------------------------------------------------------


def _reference_table(*, unique: bool = False) -> Table:
    """A table of a later feature that names inmates (the incidents', say)."""
    table = Table(
        "incident_person_for_test",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("incident_id", Integer),
        Column("inmate_id", ForeignKey(InmateRow.__table__.c.id)),
    )
    if unique:
        table.append_constraint(UniqueConstraint("incident_id", "inmate_id"))
    return table


def _with_table(monkeypatch: pytest.MonkeyPatch, db: Database, table: Table) -> None:
    table.create(db.engine)
    schema = registry.schema_tables()
    monkeypatch.setattr(registry, "schema_tables", lambda: [*schema, table])


def test_a_merge_moves_every_reference_and_removes_the_duplicate(
    clerk: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = clerk.db
    keep = registry.create_inmate(clerk, AHMAD)
    typo = registry.create_inmate(
        clerk, InmateDraft(name="Ahmad Fauzy", register_number="A.II/132/2026")
    )
    people = _reference_table()
    _with_table(monkeypatch, db, people)
    with db.engine.begin() as connection:
        connection.execute(
            people.insert(),
            [
                {"incident_id": 1, "inmate_id": typo.id},
                {"incident_id": 2, "inmate_id": typo.id},
                {"incident_id": 2, "inmate_id": keep.id},
            ],
        )
    with db.read() as session:
        assert registry.find_references(session, typo.id) == [(people.name, 2)]
        assert registry.find_references(session, keep.id, [people]) == [(people.name, 1)]
    clerk.take_changes()

    kept = registry.merge_inmates(
        clerk, keep.id, typo.id, expected_versions=(keep.version, typo.version)
    )

    assert kept == keep
    with db.read() as session:
        named = session.execute(select(people.c.incident_id, people.c.inmate_id)).all()
        assert sorted(named) == [(1, keep.id), (2, keep.id), (2, keep.id)]
        assert registry.find_references(session, typo.id) == []
    with pytest.raises(NotFoundError):
        records.get_inmate(db, typo.id)
    assert [r.id for r in records.find_inmates(db, "ahmad")] == [keep.id]
    assert clerk.changes.ids("inmate") == {typo.id}
    *_, removed, merged = _audit(db, "inmate")
    assert (removed.action, removed.entity_id, removed.actor) == (
        "delete",
        str(typo.id),
        ACTOR.audit_name,
    )
    assert json.loads(removed.before or "{}")["register_number"] == "A.II/132/2026"
    assert (merged.action, merged.entity_id) == ("event", str(keep.id))
    assert json.loads(merged.after or "{}") == {
        "merged": {"id": typo.id, "name": "Ahmad Fauzy", "register_number": "A.II/132/2026"},
        "references": {f"{people.name}.inmate_id": 2},
    }
    assert audit_check(db).intact


def test_a_merge_is_refused_from_old_versions_or_into_itself(clerk: ActionContext) -> None:
    keep = registry.create_inmate(clerk, AHMAD)
    typo = registry.create_inmate(clerk, replace(AHMAD, register_number="A.II/132/2026"))
    registry.update_inmate(
        clerk,
        typo.id,
        replace(AHMAD, register_number="A.II/132/2026", note="dicek"),
        expected_version=typo.version,
    )
    with pytest.raises(StaleRecordError):
        registry.merge_inmates(clerk, keep.id, typo.id, expected_versions=(1, 1))
    with pytest.raises(ValidationError) as itself:
        registry.merge_inmates(clerk, keep.id, keep.id, expected_versions=(1, 1))
    assert itself.value.codes() == {"duplicate_id": "merge_same_inmate"}
    assert len(records.find_inmates(clerk.db, "")) == 2


def test_a_merge_is_refused_where_both_are_named_once_only(
    clerk: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both records named in one incident: the clerk keeps one of the two lines there first."""
    db = clerk.db
    keep = registry.create_inmate(clerk, AHMAD)
    typo = registry.create_inmate(clerk, replace(AHMAD, register_number="A.II/132/2026"))
    people = _reference_table(unique=True)
    _with_table(monkeypatch, db, people)
    with db.engine.begin() as connection:
        connection.execute(
            people.insert(),
            [
                {"incident_id": 1, "inmate_id": typo.id},
                {"incident_id": 2, "inmate_id": typo.id},
                {"incident_id": 2, "inmate_id": keep.id},
            ],
        )
    with pytest.raises(ValidationError) as refused:
        registry.merge_inmates(clerk, keep.id, typo.id, expected_versions=(1, 1))
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("duplicate_id", "merge_conflict")
    assert error.params == {"record": "Incident person for test"}  # the audit's name for it
    with db.read() as session:
        assert registry.find_references(session, typo.id) == [(people.name, 2)]

    with db.engine.begin() as connection:
        connection.execute(people.delete().where(people.c.incident_id == 2))
    registry.merge_inmates(clerk, keep.id, typo.id, expected_versions=(1, 1))
    with db.read() as session:
        assert registry.find_references(session, keep.id) == [(people.name, 1)]


# -- who may write ------------------------------------------------------------------------------


def _signed_in(ctx: ActionContext, login: str, role: Role) -> ActionContext:
    """An account of ``role`` that has chosen its own password, acting."""
    admin.create_account(ctx, login, login.title(), role, "sementara-123")
    signed = sign_in(ctx.db, login, "sementara-123")
    as_account = ActionContext(ctx.db, signed.account.actor())
    change_own_password(as_account, "sementara-123", f"sandi-{login}")
    return as_account


def test_a_reader_cannot_enter_an_inmate_a_karupam_can(ctx: ActionContext) -> None:
    reader = _signed_in(ctx, "tamu", Role.PEMBACA)
    with pytest.raises(PermissionDeniedError) as refused:
        registry.create_inmate(reader, AHMAD)
    assert refused.value.permission is Permission.INMATES_EDIT
    assert refused.value.roles == (Role.KARUPAM, Role.OPERATOR)
    assert records.find_inmates(ctx.db, "") == []

    karupam = _signed_in(ctx, "bayu", Role.KARUPAM)
    record = registry.create_inmate(karupam, AHMAD)
    assert records.find_inmates(reader.db, "ahmad") == [record]  # reading needs no permission
    with pytest.raises(PermissionDeniedError):
        registry.update_inmate(reader, record.id, BUDI, expected_version=record.version)
    with pytest.raises(PermissionDeniedError):
        registry.merge_inmates(reader, record.id, record.id + 1, expected_versions=(1, 1))
