"""The errors a service call can end with, for the UI to word (it does not import the store)."""

from rutan_desk.domain.accounts import Permission, Role
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
    UpgradeNeedsWritingError,
    ViewOnlyError,
    ViewOnlyReason,
)


class PermissionDeniedError(Exception):
    """The one who acts may not do this: ``roles`` are those that may (for the message).
    ``signed_in`` False: the account is gone, deactivated or locked out; ``password_change``:
    the account must first set its own password."""

    def __init__(
        self,
        permission: Permission,
        roles: tuple[Role, ...],
        *,
        signed_in: bool = True,
        password_change: bool = False,
    ) -> None:
        super().__init__(f"{permission.value} needs one of {[r.value for r in roles]}")
        self.permission = permission
        self.roles = roles
        self.signed_in = signed_in
        self.password_change = password_change


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
    "PermissionDeniedError",
    "ReadOnlyDatabaseError",
    "StaleRecordError",
    "StoreError",
    "UpgradeNeedsWritingError",
    "ValidationError",
    "ViewOnlyError",
    "ViewOnlyReason",
]
