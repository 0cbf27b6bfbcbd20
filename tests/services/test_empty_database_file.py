"""A database file found empty (zero bytes) is a sign of loss: the store refuses it instead of
making a new database over it, and the clerk's two ways on (the latest verified backup, or a
new database beside the empty file kept aside) never delete anything. SQLite only: a server
database is not a file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from rutan_desk.services.backups.empty_file import (
    EmptyDatabaseFileError,
    latest_verified_backup,
    restore_into_empty,
    set_empty_file_aside,
)
from rutan_desk.services.backups.making import make_backup
from rutan_desk.services.backups.records import list_backups
from rutan_desk.services.backups.restore import (
    CHANGED_SINCE,
    RESTORE_EVENT_ENTITY,
    RestoreRefusedError,
)
from rutan_desk.store.backup import sidecar_of
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database, read_database_revision
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.schema import HEAD_REVISION
from tests.services.test_backups import NOV_30, PEOPLE, acting_at, add_people, clock_at

NEXT_MORNING = NOV_30.replace(day=1, month=12, hour=7, minute=5)


def revision_of(path: Path) -> str | None:
    database = Database(sqlite_url(path))
    try:
        return read_database_revision(database)[0]
    finally:
        database.dispose()


def staff_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(str(name) for (name,) in connection.execute("SELECT name FROM staff"))


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def office(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_an_empty_database_file_is_refused_and_left_as_it_is(office: Path) -> None:
    empty = office / "rutan-desk.sqlite"
    empty.touch()

    with pytest.raises(EmptyDatabaseFileError) as refused:
        prepare_database(sqlite_url(empty), office / "backups")

    assert refused.value.path == empty
    assert "0 bytes" in str(refused.value)
    assert empty.stat().st_size == 0
    assert files_in(office) == ["rutan-desk.sqlite"]  # no -wal, no backups folder, nothing


def test_a_missing_file_still_becomes_a_new_database(office: Path) -> None:
    path = office / "rutan-desk.sqlite"

    result = prepare_database(sqlite_url(path), office / "backups")

    assert result.revision_before is None and result.upgraded
    assert revision_of(path) == HEAD_REVISION


def test_a_new_database_is_made_only_beside_the_empty_file_kept_aside(office: Path) -> None:
    empty = office / "rutan-desk.sqlite"
    empty.touch()
    Path(f"{empty}-wal").write_bytes(b"")

    kept = set_empty_file_aside(empty, clock=clock_at(NOV_30))

    assert kept.name == "rutan-desk.sqlite.kosong-20261130-081500"
    assert kept.stat().st_size == 0
    assert Path(f"{kept}-wal").exists() and not Path(f"{empty}-wal").exists()
    prepare_database(sqlite_url(empty), office / "backups")
    assert revision_of(empty) == HEAD_REVISION
    # a second time on the same second gets a name of its own; a file no longer empty stays
    other = office / "other.sqlite"
    other.touch()
    second = set_empty_file_aside(other, clock=clock_at(NOV_30))
    assert second.name == "other.sqlite.kosong-20261130-081500"
    with pytest.raises(ValueError, match="no longer empty"):
        set_empty_file_aside(empty, clock=clock_at(NOV_30))
    assert revision_of(empty) == HEAD_REVISION


def made_unverified(backup_path: Path) -> None:
    """Mark a backup's verification as failed (what a damaged copy's sidecar says)."""
    sidecar = sidecar_of(backup_path)
    values = json.loads(sidecar.read_text(encoding="utf-8"))
    values["integrity"] = "*** in database main ***"
    sidecar.write_text(json.dumps(values), encoding="utf-8")


@pytest.fixture
def lost(db: Database, tmp_path: Path) -> tuple[Path, Path, str]:
    """A database with people, backed up twice (the later copy failed its verification), then
    found empty: (the file, the backups folder, the name of the backup to expect)."""
    if db.sqlite_path is None:
        pytest.skip("an empty database file is a SQLite matter")
    path = db.sqlite_path
    backups = tmp_path / "cadangan"
    add_people(acting_at(db, NOV_30))
    good = make_backup(acting_at(db, NOV_30), backups).backup
    later = make_backup(acting_at(db, NOV_30.replace(hour=9)), backups).backup
    made_unverified(later.path)
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"")
    return path, backups, good.name


def test_the_latest_verified_backup_is_restored_over_an_empty_file(
    lost: tuple[Path, Path, str],
) -> None:
    path, backups, expected = lost
    backup = latest_verified_backup(backups)
    assert backup is not None and backup.name == expected  # the later one failed its check

    done = restore_into_empty(path, backup, backups, clock=clock_at(NEXT_MORNING))

    assert done.restored.name == expected and not done.needs_upgrade
    assert done.empty_file_kept_as.name == "rutan-desk.sqlite.kosong-20261201-070500"
    assert done.empty_file_kept_as.stat().st_size == 0
    assert staff_names(path) == sorted(name for _nip, name in PEOPLE)
    assert not list(path.parent.glob("*.memulihkan*"))
    prepare_database(sqlite_url(path), backups)  # opens as any database does
    restored = Database(sqlite_url(path))
    try:
        with restored.read() as session:
            event = session.scalars(
                select(AuditEntry).where(AuditEntry.entity == RESTORE_EVENT_ENTITY)
            ).one()
        assert event.actor == "sistem:pemulihan-awal"
        assert expected in (event.after or "")
    finally:
        restored.dispose()
    assert [b.name for b in list_backups(backups)][-1] == expected


def test_a_refused_restore_leaves_the_empty_file_where_it_was(
    lost: tuple[Path, Path, str],
) -> None:
    path, backups, _expected = lost
    backup = latest_verified_backup(backups)
    assert backup is not None
    with backup.path.open("ab") as handle:  # changed since it was verified
        handle.write(b"\x00")

    with pytest.raises(RestoreRefusedError) as refused:
        restore_into_empty(path, backup, backups, clock=clock_at(NEXT_MORNING))

    assert refused.value.reason == CHANGED_SINCE
    assert path.stat().st_size == 0
    assert not [name for name in files_in(path.parent) if name.startswith(f"{path.name}.")]


def test_no_backup_means_nothing_to_offer(tmp_path: Path) -> None:
    assert latest_verified_backup(tmp_path / "cadangan") is None
