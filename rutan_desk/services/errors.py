"""The errors a service call can end with, for the UI to word (it does not import the store)."""

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.store.errors import (
    BackupError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StaleRecordError,
    StoreError,
)

__all__ = [
    "BackupError",
    "DatabaseBusyError",
    "DatabaseDamagedError",
    "DatabaseLockedError",
    "DatabaseUnavailableError",
    "DiskFullError",
    "FieldError",
    "ForeignDatabaseError",
    "MigrationFailedError",
    "NewerDatabaseError",
    "NotFoundError",
    "ReadOnlyDatabaseError",
    "StaleRecordError",
    "StoreError",
    "ValidationError",
]
