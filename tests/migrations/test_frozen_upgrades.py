"""Databases as shipped by earlier versions (``frozen/*.sqlite``) upgrade to head intact.

The files are written once by ``frozen/make_frozen.py`` and never regenerated.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rutan_desk.domain.accounts import Permission
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.staff import records, registry
from rutan_desk.store.audit import verify_audit_chain
from rutan_desk.store.backup import read_revision
from rutan_desk.store.base import Base, Versioned
from rutan_desk.store.coverage import coverage_gaps
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from rutan_desk.store.tracking import record_event
from tests.conftest import ACTOR

FROZEN_DIR = Path(__file__).parent / "frozen"
FROZEN_FILES = sorted(FROZEN_DIR.glob("*.sqlite"))


def test_frozen_files_are_named_after_known_revisions() -> None:
    # A new revision gets its file when it ships (make_frozen.py), not while in development.
    assert FROZEN_FILES
    assert {path.stem for path in FROZEN_FILES} <= set(KNOWN_REVISIONS)


def test_frozen_files_are_single_files() -> None:
    assert not list(FROZEN_DIR.glob("*-wal")) and not list(FROZEN_DIR.glob("*-shm"))


def _contents(path: Path) -> tuple[str | None, list[str], list[tuple[object, ...]], int]:
    with closing(sqlite3.connect(path)) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(staff)")]
        staff = connection.execute(f"SELECT {', '.join(columns)} FROM staff ORDER BY id").fetchall()
        audit_count = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        return read_revision(connection), columns, staff, audit_count


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[path.stem for path in FROZEN_FILES])
def test_frozen_database_upgrades_to_head(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    revision, columns, staff, audit_count = _contents(path)
    assert revision == frozen.stem
    assert staff and audit_count

    result = prepare_database(sqlite_url(path), tmp_path / "backups")

    assert result.revision_before == frozen.stem
    assert result.upgraded == (frozen.stem != HEAD_REVISION)
    if result.upgraded:
        assert result.backup is not None and result.backup.exists()
    with closing(sqlite3.connect(path)) as connection:
        assert read_revision(connection) == HEAD_REVISION
        staff_after = connection.execute(
            f"SELECT {', '.join(columns)} FROM staff ORDER BY id"
        ).fetchall()
        audit_count_after = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert staff_after == staff
    # Upgrading through 0008 appends the baseline (the rows that were there); nothing else.
    assert audit_count_after == audit_count + (frozen.stem < "0008_audit_anchors")

    db = Database(sqlite_url(path))
    try:
        with db.read() as session:
            assert verify_audit_chain(session) is None
            assert coverage_gaps(session) == []  # every row there was is accounted for
    finally:
        db.dispose()


def _versioned_tables() -> list[str]:
    load_all_models()
    return sorted(
        mapper.local_table.name  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Versioned)
    )


BEFORE_VERSIONS = [path for path in FROZEN_FILES if path.stem < "0006"]


@pytest.mark.parametrize("frozen", BEFORE_VERSIONS, ids=[path.stem for path in BEFORE_VERSIONS])
def test_an_upgraded_database_works_with_versions_and_events(frozen: Path, tmp_path: Path) -> None:
    """After 0006 every record users edit has a version (1 for the rows that were there), a
    change from an old version is refused, and the audit trail takes 'event' entries, chained
    on to the entries the older version wrote."""
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    prepare_database(sqlite_url(path), tmp_path / "backups")
    with closing(sqlite3.connect(path)) as connection:
        for table in _versioned_tables():
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            assert "version" in columns, table
            found = {row[0] for row in connection.execute(f"SELECT DISTINCT version FROM {table}")}
            assert found <= {1}, table
        audit_count = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    db = Database(sqlite_url(path))
    try:
        ctx = ActionContext(db, ACTOR)
        person = next(p for p in records.list_staff(db) if p.active and not p.is_external)
        assert person.version == 1
        changed = registry.update_staff(
            ctx, person.id, replace(person.to_draft(), note="dicek"), expected_version=1
        )
        assert changed.version == 2
        with pytest.raises(StaleRecordError) as raised:
            registry.update_staff(
                ctx, person.id, replace(person.to_draft(), note="lagi"), expected_version=1
            )
        assert (raised.value.changed_by, raised.value.fields) == (ACTOR.audit_name, ("note",))
        with ctx.write(Permission.STAFF_EDIT) as session:
            record_event(session, entity="check", entity_id=frozen.stem, details={"ok": True})
        with db.read() as session:
            assert verify_audit_chain(session) is None
            newest = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            total = session.scalar(select(func.count()).select_from(AuditEntry))
        assert newest is not None
        assert (newest.entity, newest.action, newest.actor) == ("check", "event", ACTOR.audit_name)
        assert total == audit_count + 2
    finally:
        db.dispose()
