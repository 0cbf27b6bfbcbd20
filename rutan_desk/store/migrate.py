"""Bring a database to the schema of this version, safely.

- A new (empty) database is created at head.
- A database behind head is first copied into the backups folder (verified, with its sidecar:
  see ``store.backup``), then upgraded in one transaction; if the upgrade fails the transaction
  is rolled back, so the file is as it was, and the error names the backup.
- A database from a newer version of the app, or a file that is not a Rutan Desk database, is
  refused without being written to.
- A database file that exists but is empty (zero bytes) is refused too (EmptyDatabaseFileError):
  the data it held is gone, and a new database must not quietly take its place.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from rutan_desk.domain.backups import BackupReason
from rutan_desk.paths import migrations_dir
from rutan_desk.store.backup import backup_sqlite, read_revision
from rutan_desk.store.engine import Database, read_only_uri
from rutan_desk.store.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    StoreError,
    UpgradeNeedsWritingError,
)
from rutan_desk.store.schema import KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config


class EmptyDatabaseFileError(StoreError):
    """The database file exists but holds nothing: its data was lost (a failed copy, a sync
    tool, a disk fault). Nothing was created in its place; ``path`` is the file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the database file {path} is empty (0 bytes)")
        self.path = path


def refuse_empty_file(path: Path) -> None:
    """EmptyDatabaseFileError when ``path`` exists with no bytes. SQLite never leaves a
    database so (even a new one in WAL mode writes its first page into the file), and a
    ``-wal`` beside it cannot bring the lost pages back. A missing file is fine: it is a new
    database."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        raise EmptyDatabaseFileError(path)


@dataclass(frozen=True)
class PrepareResult:
    revision_before: str | None
    upgraded: bool
    backup: Path | None


def read_database_revision(database: Database) -> tuple[str | None, bool]:
    """(revision, has_other_tables) without writing anything and, for SQLite, without Alembic."""
    path = database.sqlite_path
    if path is not None:
        if not path.exists():
            return None, False
        try:
            uri = read_only_uri(path)
            with closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
                revision = read_revision(connection)
                tables = connection.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                ).fetchone()[0]
        except sqlite3.DatabaseError as error:
            if "locked" in str(error):
                raise DatabaseLockedError(str(error)) from error
            raise ForeignDatabaseError(str(error)) from error
        return revision, tables > (1 if revision else 0)
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        if "alembic_version" not in names:
            return None, bool(names)
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return revision, len(names) > 1


def prepare_database(
    url: str,
    backups_dir: Path,
    *,
    script_location: Path | None = None,
    known_revisions: tuple[str, ...] = KNOWN_REVISIONS,
) -> PrepareResult:
    """Check the revision; back up and upgrade when behind. Raises a StoreError otherwise
    (EmptyDatabaseFileError for a SQLite file of zero bytes: nothing is created over it)."""
    revision, sqlite_path = _known_revision(url, known_revisions)
    if revision == known_revisions[-1]:
        return PrepareResult(revision, upgraded=False, backup=None)

    backup: Path | None = None
    if revision is not None and sqlite_path is not None:
        backup = backup_sqlite(
            sqlite_path,
            backups_dir,
            label=f"sebelum-upgrade-{revision}",
            reason=BackupReason.MIGRATION,
        )
    try:
        upgrade_to_head(url, script_location=script_location)
    except Exception as error:
        raise MigrationFailedError(error, backup) from error
    return PrepareResult(revision, upgraded=True, backup=backup)


def check_for_viewing(url: str, *, known_revisions: tuple[str, ...] = KNOWN_REVISIONS) -> None:
    """Whether the database at ``url`` can be opened for viewing only, as it is: it exists and
    is of this version's schema. Raises a StoreError otherwise; nothing is written."""
    revision, _path = _known_revision(url, known_revisions)
    if revision != known_revisions[-1]:
        raise UpgradeNeedsWritingError(revision)


def _known_revision(url: str, known_revisions: tuple[str, ...]) -> tuple[str | None, Path | None]:
    """The database's revision (None: a new, empty database) and its SQLite file, read
    without writing; a StoreError for what this version must not open: an empty file, an
    unreachable server, a newer schema, a database that is not Rutan Desk's."""
    try:
        probe = Database(url)
    except ImportError as error:  # e.g. the PostgreSQL driver is not installed
        raise DatabaseUnavailableError(str(error)) from error
    if probe.sqlite_path is not None:
        refuse_empty_file(probe.sqlite_path)
    try:
        revision, has_tables = read_database_revision(probe)
    except SQLAlchemyError as error:
        raise DatabaseUnavailableError(str(error)) from error
    finally:
        probe.dispose()
    if revision is not None and revision not in known_revisions:
        raise NewerDatabaseError(revision, known_revisions[-1])
    if revision is None and has_tables:
        raise ForeignDatabaseError("the database has tables but no Rutan Desk schema revision")
    return revision, probe.sqlite_path


def alembic_config(url: str, script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(url: str, *, script_location: Path | None = None) -> None:
    """Run every pending migration in a single transaction, foreign keys off (SQLite batch mode
    rebuilds tables, which would otherwise trip the checks half-way)."""
    from alembic import command

    config = alembic_config(url, script_location)
    database = Database(url, foreign_keys=False)
    try:
        # BEGIN IMMEDIATE: a deferred transaction that has read and then meets another writer
        # fails at once instead of waiting on the busy timeout.
        with database.write_connection() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        database.dispose()
