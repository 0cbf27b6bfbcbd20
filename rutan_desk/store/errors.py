"""Why the store refused: each type is worded for the user by the UI."""

from __future__ import annotations

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
