"""The audit trail: every service action is logged, chained, and tampering is found."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.staff.registry import (
    create_staff,
    delete_staff,
    set_staff_active,
    update_staff,
)
from rutan_desk.store.audit import GENESIS_HASH, AuditBreak, entry_hash, verify_audit_chain
from rutan_desk.store.engine import Database

BUDI = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Budi Santoso",
    nip="196804111993031009",
    golongan="III/b",
    position="Kepala Regu Pengamanan",
    unit="Regu I",
)
SITI = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Siti Rahayu",
    nip="199001152015032001",
    golongan="II/c",
    position="Petugas Pengamanan",
    unit="Regu II",
)


def chain_break(db: Database) -> AuditBreak | None:
    with db.read() as session:
        return verify_audit_chain(session)


def audit_rows(path: Path) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute("SELECT * FROM audit_log ORDER BY id")]


@pytest.fixture
def history(db: Database, ctx: ActionContext) -> Iterator[Path]:
    """Five entries: create Budi, create Siti, update Budi, deactivate Siti, delete Budi.

    Yields the database file with every pooled connection closed, ready to be tampered with.
    """
    budi = create_staff(ctx, BUDI)
    siti = create_staff(ctx, SITI)
    budi = update_staff(
        ctx, budi.id, replace(budi.to_draft(), position="Kepala KPR"), expected_version=1
    )
    set_staff_active(
        ctx, siti.id, active=False, since=date(2024, 3, 1), expected_version=siti.version
    )
    delete_staff(ctx, budi.id, expected_version=budi.version)
    db.dispose()
    assert db.sqlite_path is not None
    yield db.sqlite_path


def tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        for sql, params in statements:
            assert connection.execute(sql, params).rowcount == 1


# --- what is recorded ----------------------------------------------------------------------------


def test_service_actions_leave_a_whole_chain(db: Database, history: Path, actor: Actor) -> None:
    assert chain_break(db) is None
    rows = audit_rows(history)
    assert [(row["id"], row["entity"], row["action"]) for row in rows] == [
        (1, "staff", "create"),
        (2, "staff", "create"),
        (3, "staff", "update"),
        (4, "staff", "update"),
        (5, "staff", "delete"),
    ]
    assert {row["actor"] for row in rows} == {actor.audit_name} == {"sistem:petugas.uji"}
    assert [row["entity_id"] for row in rows] == ["1", "2", "1", "2", "1"]


def test_each_entry_points_at_the_hash_before_it(history: Path) -> None:
    rows = audit_rows(history)
    assert rows[0]["prev_hash"] == GENESIS_HASH
    for previous, row in itertools.pairwise(rows):
        assert row["prev_hash"] == previous["hash"]
    assert len({row["hash"] for row in rows}) == len(rows)
    with closing(sqlite3.connect(history)) as connection:
        head = connection.execute("SELECT id, last_id, last_hash FROM audit_head").fetchall()
    assert head == [(1, 5, rows[-1]["hash"])]


def test_entries_hold_before_and_after(history: Path) -> None:
    create_budi, create_siti, update_budi, deactivate_siti, delete_budi = audit_rows(history)

    assert create_budi["before"] is None
    created = json.loads(create_budi["after"])
    assert created["name"] == "Budi Santoso"
    assert created["nip"] == "196804111993031009"
    assert created["position"] == "Kepala Regu Pengamanan"
    assert "created_at" not in created and "updated_at" not in created

    before, after = json.loads(update_budi["before"]), json.loads(update_budi["after"])
    assert before["position"] == "Kepala Regu Pengamanan"
    assert after["position"] == "Kepala KPR"
    # The row's version counter goes up with the change (no lost updates).
    assert {key for key in before if before[key] != after[key]} == {"position", "version"}
    assert (before["version"], after["version"]) == (1, 2)

    before, after = json.loads(deactivate_siti["before"]), json.loads(deactivate_siti["after"])
    assert (before["active"], after["active"]) == (True, False)
    assert after["status_since"] == "2024-03-01"

    assert delete_budi["after"] is None
    assert json.loads(delete_budi["before"])["position"] == "Kepala KPR"

    # Stored as canonical JSON: sorted keys, no spaces.
    assert create_siti["after"] == json.dumps(
        json.loads(create_siti["after"]), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def test_validation_error_writes_no_audit_entry(db: Database, ctx: ActionContext) -> None:
    create_staff(ctx, BUDI)
    with pytest.raises(ValidationError) as raised:
        create_staff(ctx, replace(SITI, nip="199013452015032001"))  # month 13
    assert [error.field for error in raised.value.errors] == ["nip"]
    path = db.sqlite_path
    assert path is not None
    assert len(audit_rows(path)) == 1
    assert chain_break(db) is None


def test_unchanged_update_writes_no_audit_entry(db: Database, ctx: ActionContext) -> None:
    budi = create_staff(ctx, BUDI)
    update_staff(ctx, budi.id, budi.to_draft(), expected_version=budi.version)
    set_staff_active(
        ctx, budi.id, active=True, since=date(2024, 3, 1), expected_version=budi.version
    )
    path = db.sqlite_path
    assert path is not None
    assert len(audit_rows(path)) == 1


# --- tampering -----------------------------------------------------------------------------------


def test_one_changed_character_is_found(db: Database, history: Path) -> None:
    after = audit_rows(history)[1]["after"]
    changed = after.replace("Siti", "Sita", 1)
    assert changed != after and len(changed) == len(after)
    tamper(history, ("UPDATE audit_log SET after = ? WHERE id = 2", (changed,)))
    assert chain_break(db) == AuditBreak(2, "altered")


def test_changed_actor_is_found(db: Database, history: Path) -> None:
    tamper(history, ("UPDATE audit_log SET actor = 'orang.lain' WHERE id = 3", ()))
    assert chain_break(db) == AuditBreak(3, "altered")


def test_changed_time_is_found(db: Database, history: Path) -> None:
    tamper(history, ("UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = 4", ()))
    assert chain_break(db) == AuditBreak(4, "altered")


def test_removed_entry_is_found(db: Database, history: Path) -> None:
    tamper(history, ("DELETE FROM audit_log WHERE id = 2", ()))
    assert chain_break(db) == AuditBreak(2, "missing")


def test_removed_last_entry_is_found(db: Database, history: Path) -> None:
    tamper(history, ("DELETE FROM audit_log WHERE id = 5", ()))
    assert chain_break(db) == AuditBreak(5, "missing")


def test_cut_off_end_with_head_moved_back_is_found(db: Database, history: Path) -> None:
    """Removing the last entry and moving last_id back still leaves last_hash wrong."""
    tamper(
        history,
        ("DELETE FROM audit_log WHERE id = 5", ()),
        ("UPDATE audit_head SET last_id = 4", ()),
    )
    assert chain_break(db) == AuditBreak(4, "head_mismatch")


@pytest.mark.parametrize(
    ("statement", "params"),
    [
        ("UPDATE audit_head SET last_hash = (SELECT hash FROM audit_log WHERE id = 3)", ()),
        ("UPDATE audit_head SET last_hash = ?", ("f" * 64,)),
        ("UPDATE audit_head SET last_id = 3", ()),
    ],
    ids=["hash-of-another-entry", "made-up-hash", "earlier-id"],
)
def test_moved_head_is_found(
    db: Database, history: Path, statement: str, params: tuple[object, ...]
) -> None:
    tamper(history, (statement, params))
    assert chain_break(db) == AuditBreak(5, "head_mismatch")


def test_removed_head_is_found(db: Database, history: Path) -> None:
    tamper(history, ("DELETE FROM audit_head", ()))
    assert chain_break(db) == AuditBreak(5, "head_mismatch")


def test_rehashed_entry_breaks_the_link_to_the_next(db: Database, history: Path) -> None:
    """An attacker who edits entry 2 and recomputes its hash is caught at entry 3."""
    row = audit_rows(history)[1]
    after = row["after"].replace("Siti", "Sita", 1)
    new_hash = entry_hash(
        entry_id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        actor=row["actor"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        action=row["action"],
        before=row["before"],
        after=after,
        prev_hash=row["prev_hash"],
    )
    tamper(history, ("UPDATE audit_log SET after = ?, hash = ? WHERE id = 2", (after, new_hash)))
    assert chain_break(db) == AuditBreak(3, "relinked")
