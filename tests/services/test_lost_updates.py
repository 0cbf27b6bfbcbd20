"""No lost updates: two clerks (two windows, two PCs) editing the same record. The second save is
refused with what changed and who changed it, nothing of the first is undone, and the audit's
before and after are the rows as they really were. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import grid
from rutan_desk.services.staff import registry
from rutan_desk.services.staff.records import StaffRecord, get_staff
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.staff import StaffRow
from tests.conftest import before_the_roster

OTHER = Actor(ActorKind.SYSTEM, "operator.dua")
DRAFT = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Budi Santoso",
    nip="196804111993031009",
    golongan="II/b",
    position="Petugas Pengamanan",
    unit="Regu I",
    status_since=date(2020, 1, 2),
)


@pytest.fixture
def person(ctx: ActionContext) -> StaffRecord:
    return registry.create_staff(ctx, DRAFT)


def updates(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.id)
            )
        )


def test_the_second_of_two_forms_is_refused_and_the_first_is_kept(
    db: Database, ctx: ActionContext, person: StaffRecord
) -> None:
    other = ActionContext(db, OTHER)
    # Both clerks opened the form on the same version; the other one saves first.
    registry.update_staff(
        other, person.id, replace(DRAFT, phone="081234567890"), expected_version=person.version
    )
    with pytest.raises(StaleRecordError) as refused:
        registry.update_staff(
            ctx, person.id, replace(DRAFT, position="Karupam"), expected_version=person.version
        )

    error = refused.value
    assert error.changed_by == "sistem:operator.dua"
    assert error.fields == ("phone",)
    stored = get_staff(db, person.id)
    assert (stored.phone, stored.position) == ("081234567890", "Petugas Pengamanan")
    (entry,) = updates(db)
    assert entry.actor == "sistem:operator.dua"
    assert json.loads(entry.before or "{}")["phone"] == ""
    assert json.loads(entry.after or "{}")["phone"] == "081234567890"

    # Opened again, the form carries the new version and saves.
    fresh = get_staff(db, person.id)
    registry.update_staff(
        ctx,
        person.id,
        replace(fresh.to_draft(), position="Karupam"),
        expected_version=fresh.version,
    )
    final = get_staff(db, person.id)
    assert (final.phone, final.position) == ("081234567890", "Karupam")


def test_deactivating_or_deleting_a_person_changed_meanwhile_is_refused(
    db: Database, ctx: ActionContext, person: StaffRecord
) -> None:
    other = ActionContext(db, OTHER)
    registry.update_staff(
        other, person.id, replace(DRAFT, note="baru pindah"), expected_version=person.version
    )
    with pytest.raises(StaleRecordError):
        registry.set_staff_active(
            ctx, person.id, active=False, since=date(2024, 1, 1), expected_version=person.version
        )
    with pytest.raises(StaleRecordError):
        registry.delete_staff(ctx, person.id, expected_version=person.version)
    assert get_staff(db, person.id).active


def test_a_roster_cell_changed_meanwhile_is_not_overwritten(
    db: Database, person: StaffRecord
) -> None:
    day = date(2024, 1, 10)
    ctx = before_the_roster(db)  # January 2024 still ahead: a cell edited without a reason
    other = before_the_roster(db, OTHER)
    grid.set_cell(other, person.id, day, "P", expected=())
    with pytest.raises(StaleRecordError) as refused:
        grid.set_cell(ctx, person.id, day, "M", expected=())  # the clerk still saw it empty
    assert refused.value.changed_by == "sistem:operator.dua"
    assert [c.code for c in grid.load_cells(db, [(person.id, day)])[(person.id, day)]] == ["P"]


def test_a_write_between_our_read_and_our_write_is_refused(
    db: Database, person: StaffRecord
) -> None:
    """Two PCs on the shared server read the same row in their transactions; the one that
    writes second is refused by the version counter even though its own check had passed."""
    if db.is_sqlite:
        pytest.skip("on SQLite writing transactions are serialised (BEGIN IMMEDIATE)")
    second = Database(db.url)
    try:
        with pytest.raises(StaleRecordError), db.write("sistem:petugas.uji") as session:
            row = session.get(StaffRow, person.id)
            assert row is not None and row.version == person.version
            with second.write("sistem:operator.dua") as other:
                theirs = other.get(StaffRow, person.id)
                assert theirs is not None
                theirs.phone = "081234567890"
            row.note = "catatan kami"
        stored = get_staff(db, person.id)
        assert (stored.phone, stored.note) == ("081234567890", "")
        (entry,) = updates(db)
        assert entry.actor == "sistem:operator.dua"
    finally:
        second.dispose()
