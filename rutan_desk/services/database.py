"""Opening the store for the app: check, back up, migrate, then hand out the Database handle."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.errors import ViewOnlyReason
from rutan_desk.store.migrate import PrepareResult, check_for_viewing, prepare_database
from rutan_desk.store.models.staff import StaffRow

__all__ = ["Database", "is_empty", "open_database", "open_for_viewing", "sqlite_url"]


def open_database(url: str, backups_dir: Path) -> tuple[Database, PrepareResult]:
    """Raises a StoreError (see rutan_desk.services.errors) when the database cannot be used."""
    result = prepare_database(url, backups_dir)
    return Database(url), result


def open_for_viewing(url: str, reason: ViewOnlyReason) -> Database:
    """The database as it is, every write refused (ViewOnlyError): nothing is upgraded or
    backed up, and a SQLite file is opened read-only. Raises a StoreError when it cannot be
    shown as it is (missing, of another version, not a Rutan Desk database)."""
    check_for_viewing(url)
    return Database(url, view_only=reason)


def is_empty(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(StaffRow.id).limit(1)) is None


def remove_sqlite_file(path: Path) -> None:
    """Delete a SQLite database with its WAL and shared-memory files (used for the demo)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
