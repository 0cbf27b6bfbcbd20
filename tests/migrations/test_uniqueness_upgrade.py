"""Migration 0018 on a database that already holds what its new unique indexes refuse (saved
before the rule, or by two PCs at once): the upgrade does not fail and deletes nothing; the
oldest row keeps its value, the later ones are marked " (duplikat #id)" with their version
raised, and each mark is on the audit trail, whose chain stays whole. On SQLite and on
PostgreSQL."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from rutan_desk.store.audit import verify_audit_chain
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import alembic_config
from rutan_desk.store.models.audit import AuditEntry

PG_URL_VARIABLE = "RUTAN_DESK_TEST_PG_URL"
BEFORE = "0017_roster_history"
AFTER = "0018_uniqueness"
LONG = "S" * 60  # a serial as long as the column allows: the mark shortens it


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "uniqueness.sqlite")
        return
    found = os.environ.get(PG_URL_VARIABLE, "")
    if not found:
        pytest.skip(f"{PG_URL_VARIABLE} is not set")
    engine = create_engine(found, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield found


def migrate(url: str, revision: str, *, down: bool = False) -> None:
    database = Database(url, foreign_keys=False)
    try:
        with database.write_connection() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        database.dispose()


def plant(url: str, sql: str, rows: list[dict[str, object]] | None = None) -> None:
    """Rows written by hand, as a race or an older version left them (no audit entries)."""
    database = Database(url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text(sql), rows or {})
    finally:
        database.dispose()


EQUIPMENT = (
    "INSERT INTO equipment_item (id, name, kind, serial, expected_quantity, sort_order, active,"
    " version) VALUES (:id, :name, :kind, :serial, 1, :id, :active, 1)"
)
HOLIDAY = (
    "INSERT INTO holiday (id, day, name, kind, source, package_day, package_name, active,"
    " version) VALUES (:id, :day, :name, 'national', :source, :day, :name, true, 1)"
)
NEW_YEAR = date(2024, 1, 1)


def planted_duplicates(url: str) -> None:
    plant(
        url,
        EQUIPMENT,
        [
            {"id": 1, "name": "Pistol", "kind": "senjata", "serial": "P-7", "active": True},
            {"id": 2, "name": "Pistol lama", "kind": "senjata", "serial": "P-7", "active": False},
            {"id": 3, "name": "Pistol 3", "kind": "senjata", "serial": "P-7", "active": True},
            {"id": 4, "name": "Senter", "kind": "senter", "serial": "P-7", "active": True},
            {"id": 5, "name": "Laras", "kind": "senjata", "serial": LONG, "active": True},
            {"id": 6, "name": "Laras 2", "kind": "senjata", "serial": LONG, "active": True},
            {"id": 7, "name": "Pistol 7", "kind": "senjata", "serial": "Q-1", "active": True},
        ],
    )
    plant(url, "UPDATE equipment_item SET version = id")  # each row at its own version
    plant(
        url,
        HOLIDAY,
        [
            {"id": 1, "day": NEW_YEAR, "name": "Tahun Baru Masehi", "source": "package"},
            {"id": 2, "day": NEW_YEAR, "name": "Tahun Baru Masehi", "source": "package"},
            {"id": 3, "day": NEW_YEAR, "name": "Tahun Baru Masehi", "source": "user"},
        ],
    )


def test_0018_marks_the_later_duplicates_keeps_every_row_and_audits_each_mark(url: str) -> None:
    migrate(url, BEFORE)
    planted_duplicates(url)
    migrate(url, AFTER)
    database = Database(url)
    try:
        with database.read() as session:
            equipment = session.execute(
                text("SELECT id, serial, version FROM equipment_item ORDER BY id")
            ).all()
            holidays = session.execute(
                text("SELECT id, name, package_name, version FROM holiday ORDER BY id")
            ).all()
            entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            assert verify_audit_chain(session) is None
        long_marked = "S" * (60 - len(" (duplikat #6)")) + " (duplikat #6)"
        assert [tuple(row) for row in equipment] == [
            (1, "P-7", 1),  # the oldest keeps its serial
            (2, "P-7 (duplikat #2)", 3),  # a retired firearm is still that weapon
            (3, "P-7 (duplikat #3)", 4),
            (4, "P-7", 4),  # a torch may share it: not a firearm
            (5, LONG, 5),
            (6, long_marked, 7),  # shortened to fit its 60 characters
            (7, "Q-1", 7),
        ]
        assert len(long_marked) == 60
        assert [tuple(row) for row in holidays] == [
            (1, "Tahun Baru Masehi", "Tahun Baru Masehi", 1),
            # What the calendar shows stays; the package's key is marked, so that the next
            # import of 2024 still finds holiday 1 and adds nothing.
            (2, "Tahun Baru Masehi", "Tahun Baru Masehi (duplikat #2)", 2),
            (3, "Tahun Baru Masehi", "Tahun Baru Masehi", 1),  # typed by the clerk
        ]
        assert [
            (e.actor, e.entity, e.entity_id, e.action, json.loads(e.before or ""), e.after)
            for e in entries
        ] == [
            (
                "sistem:migrasi",
                "equipment_item",
                "2",
                "update",
                {"serial": "P-7", "version": 2},
                '{"serial":"P-7 (duplikat #2)","version":3}',
            ),
            (
                "sistem:migrasi",
                "equipment_item",
                "3",
                "update",
                {"serial": "P-7", "version": 3},
                '{"serial":"P-7 (duplikat #3)","version":4}',
            ),
            (
                "sistem:migrasi",
                "equipment_item",
                "6",
                "update",
                {"serial": LONG, "version": 6},
                json.dumps({"serial": long_marked, "version": 7}, separators=(",", ":")),
            ),
            (
                "sistem:migrasi",
                "holiday",
                "2",
                "update",
                {"package_name": "Tahun Baru Masehi", "version": 1},
                '{"package_name":"Tahun Baru Masehi (duplikat #2)","version":2}',
            ),
        ]
        # From now on the database itself refuses what the services refuse.
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.execute(
                text(EQUIPMENT),
                {"id": 8, "name": "Pistol 8", "kind": "senjata", "serial": "Q-1", "active": False},
            )
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.execute(
                text(HOLIDAY),
                {"id": 4, "day": NEW_YEAR, "name": "Tahun Baru Masehi", "source": "package"},
            )
    finally:
        database.dispose()
    # Going back drops the indexes; the marks stay (the trail says what each was).
    migrate(url, BEFORE, down=True)
    plant(
        url,
        EQUIPMENT,
        [{"id": 8, "name": "Pistol 8", "kind": "senjata", "serial": "Q-1", "active": True}],
    )


def test_0018_on_a_database_without_duplicates_writes_nothing_to_the_trail(url: str) -> None:
    migrate(url, BEFORE)
    plant(
        url,
        EQUIPMENT,
        [
            {"id": 1, "name": "Pistol", "kind": "senjata", "serial": "P-7", "active": True},
            {"id": 2, "name": "Senter", "kind": "senter", "serial": "P-7", "active": True},
        ],
    )
    migrate(url, AFTER)
    database = Database(url)
    try:
        with database.read() as session:
            assert session.scalar(text("SELECT count(*) FROM audit_log")) == 0
            assert session.scalars(text("SELECT serial FROM equipment_item")).all() == [
                "P-7",
                "P-7",
            ]
    finally:
        database.dispose()
