"""The engine: pragmas on every connection, all-or-nothing writes, busy writers, describe()."""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.errors import DatabaseBusyError
from rutan_desk.store.models.audit import AuditEntry, AuditHead
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.store.tracking import UnattributedWriteError
from tests.conftest import ACTOR


def _pragmas(db: Database) -> list[tuple[str, int, int, int]]:
    """journal_mode, foreign_keys, synchronous, busy_timeout of two connections open at once."""
    with db.engine.connect() as first, db.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        return [
            (
                connection.execute(text("PRAGMA journal_mode")).scalar_one(),
                connection.execute(text("PRAGMA foreign_keys")).scalar_one(),
                connection.execute(text("PRAGMA synchronous")).scalar_one(),
                connection.execute(text("PRAGMA busy_timeout")).scalar_one(),
            )
            for connection in (first, second)
        ]


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    assert _pragmas(db) == [("wal", 1, 2, 5000)] * 2


def test_foreign_keys_can_be_switched_off(db_url: str, db: Database) -> None:
    unchecked = Database(db_url, foreign_keys=False, busy_timeout_ms=1234)
    try:
        assert _pragmas(unchecked) == [("wal", 0, 2, 1234)] * 2
    finally:
        unchecked.dispose()


def _staff_row(nip: str = "196804111993031009") -> StaffRow:
    return StaffRow(
        kind="internal",
        nip=nip,
        name="Budi Santoso",
        golongan="III/a",
        position="Petugas Pengamanan",
        unit="Regu I",
        gender="L",
        status_since=date(2023, 1, 2),
    )


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(StaffRow)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_failed_write_leaves_nothing_written(db: Database) -> None:
    with pytest.raises(RuntimeError, match="half-way"), db.write(ACTOR.audit_name) as session:
        row = _staff_row()
        session.add(row)
        session.flush()
        # An entry already on the chain inside the transaction goes with it too.
        record_change(
            session,
            actor=ACTOR.audit_name,
            entity="staff",
            entity_id=row.id,
            action="event",
            before=None,
            after={"name": row.name},
        )
        raise RuntimeError("half-way")

    assert _counts(db) == (0, 0)
    with db.read() as session:
        assert session.get(AuditHead, 1) is None  # the chain's end did not move either


def test_successful_write_commits_everything(db: Database) -> None:
    """The row and its audit entry, which the store writes by itself in the same commit."""
    with db.write(ACTOR.audit_name) as session:
        session.add(_staff_row())
    assert _counts(db) == (1, 1)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.actor, entry.entity, entry.action) == (ACTOR.audit_name, "staff", "create")


def test_a_write_must_say_who_acts(db: Database) -> None:
    with pytest.raises(UnattributedWriteError), db.write("") as session:
        session.add(_staff_row())
    assert _counts(db) == (0, 0)


def test_writer_blocked_by_another_writer_raises_busy(db_url: str, db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    impatient = Database(db_url, busy_timeout_ms=100)
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as holder:
            holder.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError), impatient.write(ACTOR.audit_name) as session:
                session.add(_staff_row())
            waited = time.monotonic() - started
            holder.execute("ROLLBACK")
        assert waited >= 0.09  # it waited for the busy timeout, then gave up
        # Once the other writer is gone the same action goes through.
        with impatient.write(ACTOR.audit_name) as session:
            session.add(_staff_row())
    finally:
        impatient.dispose()
    assert _counts(db) == (1, 1)


def test_write_session_takes_the_write_lock_at_begin(db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer cannot start while a write session is open, even before
    the first one wrote anything."""
    path = db.sqlite_path
    assert path is not None
    with db.write(ACTOR.audit_name) as session:
        session.execute(select(1))
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            # Readers are not blocked (WAL).
            assert other.execute("SELECT count(*) FROM staff").fetchone() == (0,)


def test_describe_gives_the_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "rutan-desk.sqlite"
    db = Database(sqlite_url(path))
    try:
        assert db.sqlite_path == path
        assert db.describe() == str(path)
    finally:
        db.dispose()
    assert not path.exists()  # the engine is lazy: describing does not create the file


def test_in_memory_database_has_no_file() -> None:
    db = Database("sqlite+pysqlite:///:memory:")
    assert db.sqlite_path is None
    assert "memory" in db.describe()


def _postgres_driver() -> str | None:
    for module, driver in (("psycopg", "psycopg"), ("psycopg2", "psycopg2")):
        if importlib.util.find_spec(module) is not None:
            return driver
    return None


@pytest.mark.skipif(_postgres_driver() is None, reason="no PostgreSQL driver installed")
def test_describe_hides_the_postgres_password() -> None:
    db = Database(f"postgresql+{_postgres_driver()}://rutan:rahasia@server.lan:5432/rutan")
    try:
        described = db.describe()
    finally:
        db.dispose()
    assert "rahasia" not in described
    assert described == f"postgresql+{_postgres_driver()}://rutan:***@server.lan:5432/rutan"
    assert db.sqlite_path is None
