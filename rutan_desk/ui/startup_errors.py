"""Plain explanations of a database that cannot be opened at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from rutan_desk.paths import AppPaths
from rutan_desk.services.errors import (
    BackupError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    StoreError,
)


def store_error_text(error: StoreError, paths: AppPaths) -> str:
    if isinstance(error, NewerDatabaseError):
        return QCoreApplication.translate(
            "StartupErrors",
            "This database was made by a newer version of Rutan Desk (schema {revision}). "
            "It has not been changed. Install the newer version to open it.",
        ).format(revision=error.revision)
    if isinstance(error, ForeignDatabaseError):
        return QCoreApplication.translate(
            "StartupErrors",
            "This file is not a Rutan Desk database, or it is damaged. It has not been changed.",
        )
    if isinstance(error, DatabaseLockedError):
        return QCoreApplication.translate(
            "StartupErrors",
            "The database is locked by another program. Close it and start Rutan Desk again.",
        )
    if isinstance(error, DatabaseUnavailableError):
        return QCoreApplication.translate(
            "StartupErrors",
            "The database cannot be reached. Check that the server is on and the address is "
            "right, then start Rutan Desk again.\n\nReason: {reason}",
        ).format(reason=error)
    if isinstance(error, MigrationFailedError):
        backup = str(error.backup) if error.backup else "-"
        return QCoreApplication.translate(
            "StartupErrors",
            "The database could not be upgraded to this version. It was left exactly as it "
            "was, and a copy made before the attempt is at:\n{backup}\n\nReason: {reason}\n"
            "Details are in the log: {log}",
        ).format(backup=backup, reason=error.cause, log=paths.log_file)
    if isinstance(error, BackupError):
        return QCoreApplication.translate(
            "StartupErrors",
            "The database was not upgraded because the safety copy could not be made: {reason}",
        ).format(reason=error)
    return QCoreApplication.translate(
        "StartupErrors", "The database cannot be opened: {reason}"
    ).format(reason=error)


def show_store_error(error: StoreError, paths: AppPaths) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("StartupErrors", "Rutan Desk"),
        store_error_text(error, paths),
    )
