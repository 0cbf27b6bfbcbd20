"""The errors a service call can end with, for the UI to word (it does not import the store)."""

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.store.errors import (
    BackupError,
    DatabaseBusyError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    StoreError,
)

__all__ = [
    "BackupError",
    "DatabaseBusyError",
    "DatabaseLockedError",
    "DatabaseUnavailableError",
    "FieldError",
    "ForeignDatabaseError",
    "MigrationFailedError",
    "NewerDatabaseError",
    "NotFoundError",
    "StoreError",
    "ValidationError",
]
