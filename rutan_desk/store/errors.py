"""Why the store refused: each type is worded for the user by the UI."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path


class StoreError(RuntimeError):
    """The database cannot be used as it is."""


class NewerDatabaseError(StoreError):
    def __init__(self, revision: str, head: str) -> None:
        super().__init__(f"database revision {revision} is newer than this app ({head})")
        self.revision = revision


class ForeignDatabaseError(StoreError):
    """The file is damaged or holds tables but is not a Rutan Desk database."""


class DatabaseLockedError(StoreError):
    """Another program holds the database and did not let go within the busy timeout."""


class DatabaseUnavailableError(StoreError):
    """The database cannot be reached: server down, wrong address or password, driver missing."""


class BackupError(StoreError):
    """A backup could not be written or did not pass its check; nothing else was done."""


class MigrationFailedError(StoreError):
    def __init__(self, cause: BaseException, backup: Path | None) -> None:
        super().__init__(f"upgrade failed: {cause}")
        self.cause = cause
        self.backup = backup


class DatabaseBusyError(StoreError):
    """Another program (or PC) held the database longer than the busy timeout; nothing was
    written, and the same action can simply be tried again."""


class StaleRecordError(StoreError):
    """The record was changed (or removed) by someone else since it was read: the change was
    refused so that theirs is not undone. ``changed_by``/``changed_at``/``fields`` say what
    happened meanwhile, when the audit trail knows it."""

    def __init__(
        self,
        entity: str,
        record_id: object,
        *,
        changed_by: str = "",
        changed_at: datetime | None = None,
        fields: tuple[str, ...] = (),
        removed: bool = False,
    ) -> None:
        super().__init__(f"{entity} {record_id} was changed by someone else")
        self.entity = entity
        self.record_id = record_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.fields = fields
        self.removed = removed


class DiskFullError(StoreError):
    """The disk (or the server's) is full: nothing of the action was saved."""


class ReadOnlyDatabaseError(StoreError):
    """The database file, its folder or its disk cannot be written to: nothing was saved."""


class DatabaseDamagedError(StoreError):
    """SQLite reports the file as damaged (malformed, not a database, I/O error)."""


class UpgradeNeedsWritingError(StoreError):
    """The database is of an older version of the app: it must be upgraded before this
    version can show it, and a database open for viewing only cannot be upgraded."""

    def __init__(self, revision: str | None) -> None:
        super().__init__(f"database revision {revision} needs an upgrade, which writes")
        self.revision = revision


class ViewOnlyReason(StrEnum):
    """Why a database is open for viewing only."""

    FOLDER_READ_ONLY = "folder_read_only"  # its folder cannot be written to
    FILE_READ_ONLY = "file_read_only"  # the file itself is write-protected
    DISK_FULL = "disk_full"  # no room on the disk for a write (nor its journal)
    DAMAGED = "damaged"  # the start-up check found the file damaged


class ViewOnlyError(ReadOnlyDatabaseError):
    """The database is open for viewing only (``reason``): the action was not tried."""

    def __init__(self, reason: ViewOnlyReason) -> None:
        super().__init__(f"the database is open for viewing only ({reason.value})")
        self.reason = reason


def classify_database_error(error: BaseException) -> StoreError | None:
    """The store's own error for a driver error a user can do something about, or None."""
    orig = getattr(error, "orig", error)
    text = str(orig).lower()
    state = getattr(orig, "sqlstate", None) or ""
    if "locked" in text or "busy" in text or "could not obtain lock" in text or state == "55P03":
        return DatabaseBusyError(str(orig))
    if "database or disk is full" in text or state == "53100" or "no space left" in text:
        return DiskFullError(str(orig))
    if (
        "readonly database" in text
        or "read-only" in text
        or "unable to open database file" in text
        or state == "25006"
    ):
        return ReadOnlyDatabaseError(str(orig))
    if "malformed" in text or "file is not a database" in text or "disk i/o error" in text:
        return DatabaseDamagedError(str(orig))
    return None
