"""Plain explanations of a database that cannot be opened at start-up, and the one case where
the clerk decides what happens next: a database file found empty."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from rutan_desk.paths import AppPaths
from rutan_desk.services.backups.empty_file import (
    EmptyDatabaseFileError,
    latest_verified_backup,
    restore_into_empty,
    set_empty_file_aside,
)
from rutan_desk.services.backups.records import BackupInfo
from rutan_desk.services.backups.restore import RestoreRefusedError
from rutan_desk.services.errors import (
    BackupError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    StoreError,
    UpgradeNeedsWritingError,
)
from rutan_desk.services.storage_check import StorageProblem, StorageProblemKind

log = logging.getLogger(__name__)


def store_error_text(error: StoreError, paths: AppPaths) -> str:
    if isinstance(error, EmptyDatabaseFileError):
        return empty_database_text(error, None, paths)
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
    if isinstance(error, UpgradeNeedsWritingError):
        if error.revision is None:
            return QCoreApplication.translate(
                "StartupErrors", "There is no database here yet, so there is nothing to view."
            )
        return QCoreApplication.translate(
            "StartupErrors",
            "This database is of an older version of Rutan Desk (schema {revision}) and must "
            "be upgraded before it can be shown, which needs writing. It has not been changed.",
        ).format(revision=error.revision)
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


def empty_database_text(
    error: EmptyDatabaseFileError, backup: BackupInfo | None, paths: AppPaths
) -> str:
    text = QCoreApplication.translate(
        "StartupErrors",
        "The database file is empty (0 bytes):\n{path}\n\nThis usually means that its data "
        "was lost (an interrupted copy, a disk or synchronisation fault). Nothing has been "
        "created in its place. Tell the Administrator.",
    ).format(path=error.path)
    if backup is None:
        return (
            text
            + "\n\n"
            + QCoreApplication.translate(
                "StartupErrors", "There is no verified backup in {folder}."
            ).format(folder=paths.backups_dir)
        )
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "StartupErrors",
            "The latest verified backup was made on {date} at {time} ({name}). Restoring it "
            "brings the data back as it was then; what was entered after it must be entered again.",
        ).format(
            date=backup.confirmation,
            time=f"{backup.made_at_local:%H:%M}",
            name=backup.name,
        )
    )


def resolve_empty_database(error: EmptyDatabaseFileError, paths: AppPaths) -> bool:
    """Ask what to do with an empty database file: restore the latest verified backup, start a
    new empty database (confirmed once more; the empty file is kept under another name), or
    quit. True when the database can now be opened."""
    backup = latest_verified_backup(paths.backups_dir)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupErrors", "Rutan Desk"),
        empty_database_text(error, backup, paths),
    )
    restore = None
    if backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("StartupErrors", "Restore the backup of {date}").format(
                date=backup.confirmation
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    start_new = box.addButton(
        QCoreApplication.translate("StartupErrors", "Start a new empty database…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("StartupErrors", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    chosen = box.clickedButton()
    if restore is not None and chosen is restore:
        assert backup is not None
        return _restore(error, backup, paths)
    if chosen is start_new:
        return _start_new(error, paths)
    return False


def _restore(error: EmptyDatabaseFileError, backup: BackupInfo, paths: AppPaths) -> bool:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = restore_into_empty(error.path, backup, paths.backups_dir)
    except (StoreError, RestoreRefusedError, OSError) as failure:
        log.exception("restoring %s over the empty database file failed", backup.name)
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("StartupErrors", "Rutan Desk"),
            QCoreApplication.translate(
                "StartupErrors",
                "The backup could not be restored: {reason}\n\nThe empty database file was "
                "left as it was. Details are in the log: {log}",
            ).format(reason=failure, log=paths.log_file),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    log.warning(
        "empty database file %s: restored %s, the empty file kept as %s",
        error.path,
        backup.name,
        done.empty_file_kept_as,
    )
    QMessageBox.information(
        None,
        QCoreApplication.translate("StartupErrors", "Rutan Desk"),
        QCoreApplication.translate(
            "StartupErrors",
            "The backup of {date} was restored. What was entered after it is not in the "
            "database: enter it again. The empty file was kept as:\n{kept}",
        ).format(date=backup.confirmation, kept=done.empty_file_kept_as),
    )
    return True


def _start_new(error: EmptyDatabaseFileError, paths: AppPaths) -> bool:
    answer = QMessageBox.warning(
        None,
        QCoreApplication.translate("StartupErrors", "Rutan Desk"),
        QCoreApplication.translate(
            "StartupErrors",
            "Start a new, empty database?\n\nEverything the lost database held stays lost "
            "unless a copy of it exists elsewhere. The empty file is not deleted: it is kept "
            "beside the new database under another name.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        kept = set_empty_file_aside(error.path)
    except (OSError, ValueError) as failure:
        log.exception("setting the empty database file %s aside failed", error.path)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("StartupErrors", "Rutan Desk"),
            store_error_text(StoreError(failure), paths),
        )
        return False
    log.warning("empty database file %s kept as %s; a new database is made", error.path, kept)
    return True


def storage_problem_text(problem: StorageProblem) -> str:
    """What is wrong with the disk or the folders, found before the database was opened."""
    if problem.kind is StorageProblemKind.DISK_FULL:
        free_mb = (problem.free_bytes or 0) / (1024 * 1024)
        return QCoreApplication.translate(
            "StartupErrors",
            "The disk holding the data of Rutan Desk is full ({free} MB free in {path}). "
            "Nothing can be saved until space is freed: empty the recycle bin or move old "
            "files elsewhere, then start Rutan Desk again.",
        ).format(free=f"{free_mb:.1f}", path=problem.path)
    if problem.kind is StorageProblemKind.FOLDER_READ_ONLY:
        return QCoreApplication.translate(
            "StartupErrors",
            "The folder {path} cannot be written to (a read-only disk or folder, or no "
            "permission). Rutan Desk keeps its database, backups and audit anchors there. Ask "
            "the administrator of this PC for permission to write there, then start Rutan Desk "
            "again.",
        ).format(path=problem.path)
    return QCoreApplication.translate(
        "StartupErrors",
        "The database file {path} is write-protected (read-only). Ask the administrator of this "
        "PC to remove the protection, then start Rutan Desk again.",
    ).format(path=problem.path)


def ask_to_view(problem: StorageProblem, *, can_view: bool) -> bool:
    """Say what is wrong before anything else; True when the clerk chooses to open the data
    for viewing only (offered when there is a database to view)."""
    text = storage_problem_text(problem)
    if can_view:
        text += "\n\n" + QCoreApplication.translate(
            "StartupErrors",
            "Meanwhile the data can be opened for viewing and printing only: nothing is saved, "
            "nothing is backed up.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("StartupErrors", "Rutan Desk"), text
    )
    view = None
    if can_view:
        view = box.addButton(
            QCoreApplication.translate("StartupErrors", "Open for viewing only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    quit_button = box.addButton(
        QCoreApplication.translate("StartupErrors", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(view or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    return view is not None and box.clickedButton() is view
