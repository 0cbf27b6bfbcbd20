"""The store audits every write by itself and collects what it changed (store/tracking.py).

These tests write the way a new service would — through ``ActionContext.write(permission)``
and the ORM, without any audit helper — and find the audit entries and the change set."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.changes import Area
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.store.audit import verify_audit_chain
from rutan_desk.store.engine import Database
from rutan_desk.store.errors import StaleRecordError
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.roster import PostMinimumRow, PostRow, RosterEntryRow, ShiftTypeRow
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.store.tracking import ReadSessionWriteError, UnattributedWriteError
from rutan_desk.store.versions import check_version


def entries(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def values(text: str | None) -> dict[str, object]:
    return json.loads(text) if text else {}


def person(name: str = "Budi Santoso") -> StaffRow:
    return StaffRow(
        kind="internal",
        name=name,
        nip="196804111993031009",
        gender="L",
        status_since=date(2020, 1, 2),
    )


def test_a_write_that_calls_no_audit_helper_is_audited(db: Database, ctx: ActionContext) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())

    (entry,) = entries(db)
    assert (entry.actor, entry.entity, entry.entity_id, entry.action) == (
        "sistem:petugas.uji",
        "staff",
        "1",
        "create",
    )
    after = values(entry.after)
    assert after["name"] == "Budi Santoso" and after["version"] == 1
    assert after["external_id"] is None  # a column never set is recorded as NULL
    assert entry.before is None
    assert ctx.changes.areas == {Area.STAFF} and ctx.changes.ids("staff") == {1}


def test_before_and_after_of_an_update_flushed_twice_are_one_entry(
    db: Database, ctx: ActionContext
) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
    with ctx.write(Permission.ROSTER_EDIT) as session:
        row = session.get(StaffRow, 1)
        assert row is not None
        row.phone = "081234567890"
        session.flush()
        row.note = "pindah regu"

    update = entries(db)[-1]
    assert update.action == "update"
    before, after = values(update.before), values(update.after)
    assert (before["phone"], before["note"], before["version"]) == ("", "", 1)
    assert (after["phone"], after["note"], after["version"]) == ("081234567890", "pindah regu", 3)
    with db.read() as session:
        assert verify_audit_chain(session) is None


def test_created_and_removed_in_one_action_leaves_no_entry(
    db: Database, ctx: ActionContext
) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        row = person()
        session.add(row)
        session.flush()
        session.delete(row)
    assert entries(db) == []


def test_the_lines_of_a_record_are_recorded_in_its_entry_and_raise_its_version(
    db: Database, ctx: ActionContext
) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        post = PostRow(name="P2U", needs_woman=False, active=True, sort_order=1)
        session.add(post)
        session.flush()
        session.add(PostMinimumRow(post_id=post.id, shift_code="P", minimum=2))
    created = entries(db)[-1]
    assert (created.entity, created.action) == ("post", "create")
    assert values(created.after)["post_minimum"] == [
        {"minimum": 2, "post_id": 1, "shift_code": "P"}
    ]

    with ctx.write(Permission.ROSTER_EDIT) as session:
        line = session.scalars(select(PostMinimumRow)).one()
        line.minimum = 3  # only a line changes
    changed = entries(db)[-1]
    assert (changed.entity, changed.entity_id, changed.action) == ("post", "1", "update")
    assert values(changed.before)["post_minimum"] == [
        {"minimum": 2, "post_id": 1, "shift_code": "P"}
    ]
    assert values(changed.after)["post_minimum"] == [
        {"minimum": 3, "post_id": 1, "shift_code": "P"}
    ]
    assert values(changed.after)["version"] == values(changed.before)["version"] + 1
    assert ctx.changes.ids("post") == {1}


def test_bulk_statements_are_one_entry_each_with_their_rows_counted(
    db: Database, ctx: ActionContext
) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
    ctx.take_changes()
    rows = [
        {
            "day": date(2024, 1, day),
            "staff_id": 1,
            "shift_code": "P",
            "post_id": None,
            "source": "generated",
            "duty_kind": "regu",
            "note": "",
        }
        for day in range(1, 4)
    ]
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.execute(insert(RosterEntryRow), rows)
        session.execute(delete(RosterEntryRow).where(RosterEntryRow.day == date(2024, 1, 2)))
        session.execute(delete(RosterEntryRow).where(RosterEntryRow.day == date(2030, 1, 1)))

    inserted, deleted = entries(db)[-2:]  # a statement that touched nothing is not recorded
    assert (inserted.entity, inserted.entity_id, inserted.action) == ("roster_entry", "*", "create")
    assert values(inserted.after)["rows"] == 3
    assert len(str(values(inserted.after)["sha256"])) == 64
    assert (deleted.action, values(deleted.before)["rows"]) == ("delete", 1)
    assert "2024-01-02" in str(values(deleted.before)["where"])
    changes = ctx.take_changes()
    assert changes.areas == {Area.ROSTER}
    assert changes.roster_cells == {(1, date(2024, 1, d)) for d in range(1, 4)}


def test_a_roster_cell_change_names_the_cell(db: Database, ctx: ActionContext) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
        session.add(ShiftTypeRow(code="X", name="Uji", sort_order=9))
        session.flush()
        session.add(
            RosterEntryRow(day=date(2024, 1, 5), staff_id=1, shift_code="X", source="manual")
        )
    assert ctx.take_changes().roster_cells == {(1, date(2024, 1, 5))}


def test_nothing_is_recorded_or_announced_when_the_action_fails(
    db: Database, ctx: ActionContext
) -> None:
    with pytest.raises(RuntimeError), ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
        session.flush()
        raise RuntimeError("refused half-way")
    assert entries(db) == []
    assert ctx.changes.empty


def test_the_clock_of_the_action_dates_the_entries(db: Database, ctx: ActionContext) -> None:
    fixed = ActionContext(db, ctx.actor, FixedClock(datetime(2023, 12, 31, 16, 30, tzinfo=UTC)))
    with fixed.write(Permission.STAFF_EDIT) as session:
        session.add(person())
    (entry,) = entries(db)
    assert entry.at == datetime(2023, 12, 31, 16, 30)
    assert fixed.today() == date(2023, 12, 31)  # 23.30 WIB
    assert fixed.wib_now() == datetime(2023, 12, 31, 23, 30)


def test_a_write_without_an_actor_is_refused(db: Database) -> None:
    with pytest.raises(UnattributedWriteError), db.write("") as session:
        session.add(person())
    assert entries(db) == []


def test_a_reading_session_cannot_write(db: Database) -> None:
    with pytest.raises(ReadSessionWriteError), db.read() as session:
        session.add(person())
        session.flush()
    with pytest.raises(ReadSessionWriteError), db.read() as session:
        session.execute(delete(StaffRow))


def test_a_stale_version_is_refused_naming_who_changed_what(
    db: Database, ctx: ActionContext
) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
    with ctx.write(Permission.ROSTER_EDIT) as session:
        row = session.get(StaffRow, 1)
        assert row is not None
        row.phone = "081234567890"
    with pytest.raises(StaleRecordError) as refused, ctx.write(Permission.ROSTER_EDIT) as session:
        row = session.get(StaffRow, 1)
        assert row is not None
        check_version(session, row, 1)  # the form was opened before the phone was changed
    error = refused.value
    assert (error.entity, error.record_id) == ("staff", 1)
    assert error.changed_by == "sistem:petugas.uji"
    assert error.fields == ("phone",)
    assert error.changed_at is not None
