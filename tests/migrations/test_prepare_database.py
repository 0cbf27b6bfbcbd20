"""prepare_database: create, leave alone, refuse, or back up and upgrade, never half-way."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sqlite3
import threading
import time
import types
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.paths import migrations_dir
from rutan_desk.services.context import ActionContext
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store import migrate
from rutan_desk.store.backup import read_revision
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
)
from rutan_desk.store.migrate import prepare_database, read_database_revision
from rutan_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from tests.conftest import ACTOR

EXTRA = "9000_test_extra"
EXTRA_REVISION = '''"""test: an extra column on staff"""

import sqlalchemy as sa
from alembic import op

revision = "9000_test_extra"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.add_column(sa.Column("test_extra", sa.String(20), nullable=True))
{failure}


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.drop_column("test_extra")
'''


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "rutan-desk.sqlite"


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        return read_revision(connection)


def staff_columns(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[1] for row in connection.execute("PRAGMA table_info(staff)")]


def staff_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])


def assert_no_wal_content(path: Path) -> None:
    """The read-only probe of a WAL database may leave an empty -wal (and a -shm) behind, but
    never a frame: nothing was written."""
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


def make_database(path: Path, *, people: int = 2) -> None:
    """A database at the current head, with a few people (and so audit entries) in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    prepare_database(sqlite_url(path), path.parent / "setup-backups")
    shutil.rmtree(path.parent / "setup-backups", ignore_errors=True)
    db = Database(sqlite_url(path))
    ctx = ActionContext(db, ACTOR)
    try:
        for nip, name in [("196804111993031009", "Budi Santoso"), ("199001152015032001", "Siti")][
            :people
        ]:
            create_staff(
                ctx,
                StaffDraft(
                    kind=StaffKind.INTERNAL,
                    name=name,
                    nip=nip,
                    golongan="III/a",
                    position="Petugas Pengamanan",
                    unit="Regu I",
                ),
            )
    finally:
        db.dispose()
    assert not Path(f"{path}-wal").exists()


def migrations_with_extra(tmp_path: Path, *, failing: bool) -> Path:
    """A copy of the migrations folder with one more revision on top of the head."""
    copy = tmp_path / ("migrations-failing" if failing else "migrations-extra")
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    failure = '    raise RuntimeError("boom")' if failing else ""
    (copy / "versions" / f"{EXTRA}.py").write_text(
        EXTRA_REVISION.format(failure=failure, head=HEAD_REVISION), encoding="utf-8"
    )
    return copy


# --- new and current databases -------------------------------------------------------------------


def test_new_file_is_created_at_head_without_backup(path: Path, backups: Path) -> None:
    path.parent.mkdir(parents=True)

    result = prepare_database(sqlite_url(path), backups)

    assert result.revision_before is None
    assert result.upgraded is True
    assert result.backup is None
    assert revision_of(path) == HEAD_REVISION
    with closing(sqlite3.connect(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"staff", "audit_log", "audit_head", "institution_profile"} <= tables
    assert files_in(backups) == []


def test_database_at_head_is_left_alone(path: Path, backups: Path) -> None:
    make_database(path)
    before = sha256(path)

    result = prepare_database(sqlite_url(path), backups)

    assert result.revision_before == HEAD_REVISION
    assert result.upgraded is False
    assert result.backup is None
    assert sha256(path) == before
    assert_no_wal_content(path)
    assert files_in(backups) == []


# --- refused databases ---------------------------------------------------------------------------


def test_newer_database_is_refused_untouched(path: Path, backups: Path) -> None:
    make_database(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert not Path(f"{path}-wal").exists()
    before = sha256(path)

    with pytest.raises(NewerDatabaseError) as raised:
        prepare_database(sqlite_url(path), backups)

    assert raised.value.revision == "9999_future"
    assert sha256(path) == before
    assert_no_wal_content(path)
    assert files_in(backups) == []
    assert revision_of(path) == "9999_future"


def test_foreign_database_is_refused_untouched(path: Path, backups: Path) -> None:
    path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipes (title) VALUES ('nasi goreng')")
    before = sha256(path)

    with pytest.raises(ForeignDatabaseError):
        prepare_database(sqlite_url(path), backups)

    assert sha256(path) == before
    assert files_in(path.parent) == [path]
    assert files_in(backups) == []


def test_file_that_is_not_a_database_is_refused_untouched(path: Path, backups: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(4096))
    before = sha256(path)

    with pytest.raises(ForeignDatabaseError):
        prepare_database(sqlite_url(path), backups)

    assert sha256(path) == before
    assert files_in(backups) == []


# --- upgrades ------------------------------------------------------------------------------------


def test_database_behind_head_is_backed_up_then_upgraded(
    path: Path, backups: Path, tmp_path: Path
) -> None:
    make_database(path)
    people = staff_count(path)
    scripts = migrations_with_extra(tmp_path, failing=False)
    days = {(datetime.now(UTC) + WIB_OFFSET).strftime("%Y%m%d")}  # named on the office's clock

    result = prepare_database(
        sqlite_url(path),
        backups,
        script_location=scripts,
        known_revisions=(*KNOWN_REVISIONS, EXTRA),
    )

    days.add((datetime.now(UTC) + WIB_OFFSET).strftime("%Y%m%d"))
    assert result.revision_before == HEAD_REVISION
    assert result.upgraded is True
    backup = result.backup
    assert backup is not None
    assert files_in(backups) == [backup, backup.with_name(f"{backup.name}.json")]  # + sidecar
    assert HEAD_REVISION in backup.name
    assert any(day in backup.name for day in days)
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert read_revision(connection) == HEAD_REVISION
        assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] == people
    assert "test_extra" not in staff_columns(backup)

    assert revision_of(path) == EXTRA
    assert "test_extra" in staff_columns(path)
    assert staff_count(path) == people


def test_failing_upgrade_leaves_the_file_as_it_was(
    path: Path, backups: Path, tmp_path: Path
) -> None:
    make_database(path)
    before = dump(path)
    scripts = migrations_with_extra(tmp_path, failing=True)

    with pytest.raises(MigrationFailedError) as raised:
        prepare_database(
            sqlite_url(path),
            backups,
            script_location=scripts,
            known_revisions=(*KNOWN_REVISIONS, EXTRA),
        )

    error = raised.value
    assert isinstance(error.cause, RuntimeError)
    assert str(error.cause) == "boom"
    assert error.backup is not None and error.backup.exists()
    assert revision_of(error.backup) == HEAD_REVISION
    assert revision_of(path) == HEAD_REVISION
    assert "test_extra" not in staff_columns(path)
    assert dump(path) == before


# --- locks ---------------------------------------------------------------------------------------

SHORT_TIMEOUT_S = 0.2


@pytest.fixture
def short_probe_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """read_database_revision waits 5 s for a lock; the tests wait SHORT_TIMEOUT_S instead."""

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        kwargs["timeout"] = SHORT_TIMEOUT_S
        return sqlite3.connect(*args, **kwargs)  # type: ignore[arg-type]

    proxy = types.SimpleNamespace(connect=connect, DatabaseError=sqlite3.DatabaseError)
    monkeypatch.setattr(migrate, "sqlite3", proxy)


@pytest.fixture(params=["rollback_journal_begin_exclusive", "wal_exclusive_locking_mode"])
def locked(request: pytest.FixtureRequest, path: Path) -> Iterator[Path]:
    """A database at head that another connection holds exclusively."""
    make_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    if request.param == "rollback_journal_begin_exclusive":
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
    else:
        # In WAL mode only EXCLUSIVE locking mode keeps readers out (BEGIN EXCLUSIVE does not).
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE alembic_version SET version_num = version_num")
        holder.execute("COMMIT")
    try:
        yield path
    finally:
        holder.close()


@pytest.mark.usefixtures("short_probe_timeout")
def test_locked_database_is_reported_by_the_revision_check(locked: Path) -> None:
    db = Database(sqlite_url(locked))
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseLockedError):
            read_database_revision(db)
    finally:
        db.dispose()
    assert time.monotonic() - started >= SHORT_TIMEOUT_S * 0.9  # waited for the lock first


@pytest.mark.usefixtures("short_probe_timeout")
def test_locked_database_is_refused_by_prepare(locked: Path, backups: Path) -> None:
    with pytest.raises(DatabaseLockedError):
        prepare_database(sqlite_url(locked), backups)
    assert files_in(backups) == []


def test_writer_in_wal_mode_does_not_block_the_check(path: Path, backups: Path) -> None:
    make_database(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")  # a writer mid-transaction; WAL readers go on
        holder.execute("DELETE FROM staff")
        result = prepare_database(sqlite_url(path), backups)
        holder.execute("ROLLBACK")
    assert result.upgraded is False
    assert result.revision_before == HEAD_REVISION


def test_upgrade_waits_for_another_writer_to_finish(
    path: Path, backups: Path, tmp_path: Path
) -> None:
    make_database(path)
    scripts = migrations_with_extra(tmp_path, failing=False)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE staff SET phone = '081234567890'")
    release = threading.Timer(0.3, holder.execute, args=("COMMIT",))
    release.start()
    try:
        result = prepare_database(
            sqlite_url(path),
            backups,
            script_location=scripts,
            known_revisions=(*KNOWN_REVISIONS, EXTRA),
        )
    finally:
        release.join()
        holder.close()

    assert result.upgraded is True
    assert revision_of(path) == EXTRA
    with closing(sqlite3.connect(path)) as connection:
        phones = {row[0] for row in connection.execute("SELECT phone FROM staff")}
    assert phones == {"081234567890"}


def test_upgrade_blocked_by_a_writer_fails_with_the_file_intact(
    path: Path, backups: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lock met during the upgrade is reported as MigrationFailedError whose cause is SQLite's
    # "database is locked" (not DatabaseLockedError); the backup was made before.
    make_database(path)
    before = dump(path)
    scripts = migrations_with_extra(tmp_path, failing=False)
    timeout_ms = 200
    monkeypatch.setattr(
        migrate, "Database", functools.partial(Database, busy_timeout_ms=timeout_ms)
    )

    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(MigrationFailedError) as raised:
            prepare_database(
                sqlite_url(path),
                backups,
                script_location=scripts,
                known_revisions=(*KNOWN_REVISIONS, EXTRA),
            )
        waited = time.monotonic() - started
        holder.execute("ROLLBACK")

    assert waited >= timeout_ms / 1000 * 0.9  # it queued on the busy timeout before giving up
    assert "locked" in str(raised.value.cause)
    assert raised.value.backup is not None and raised.value.backup.exists()
    assert revision_of(path) == HEAD_REVISION
    assert dump(path) == before


def test_unreachable_server_is_reported_as_unavailable(backups: Path) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseUnavailableError):
        prepare_database("postgresql+psycopg://rutan@127.0.0.1:1/rutan", backups)
    assert not backups.exists() or not any(backups.iterdir())
