"""Databases as shipped by earlier versions (``frozen/*.sqlite``) upgrade to head intact.

The files are written once by ``frozen/make_frozen.py`` and never regenerated.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from rutan_desk.store.audit import verify_audit_chain
from rutan_desk.store.backup import read_revision
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS

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
    assert audit_count_after == audit_count

    db = Database(sqlite_url(path))
    try:
        with db.read() as session:
            assert verify_audit_chain(session) is None
    finally:
        db.dispose()
