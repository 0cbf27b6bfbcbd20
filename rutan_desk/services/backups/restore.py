"""Restoring a backup (Administrator): the database goes back to the state of a verified
backup, after the current state was saved aside.

The app cannot keep working on a database whose content was replaced under it, so the screen
does: ``restore_backup`` (on a worker thread is fine) → on success, close the main window and
open the database anew (``RestoreResult.database``); a backup of an older schema is then
upgraded by the ordinary start-up (``needs_upgrade``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.backups import BackupReason
from rutan_desk.services.backups.making import LABELS, database_file
from rutan_desk.services.backups.records import (
    NEWER_REVISION,
    NOT_VERIFIED,
    BackupInfo,
    backup_info,
    read_backup,
)
from rutan_desk.services.backups.rotation import rotate
from rutan_desk.services.context import ActionContext
from rutan_desk.store.backup import (
    BackupFile,
    file_sha256,
    make_backup_file,
    restore_into,
    set_aside_raw,
)
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.errors import BackupError, classify_database_error
from rutan_desk.store.schema import HEAD_REVISION
from rutan_desk.store.tracking import record_event

# Why a restore is refused (besides NEWER_REVISION and NOT_VERIFIED of ``records``).
NOT_A_BACKUP = "not_a_backup"  # no readable sidecar beside the file
WRONG_CONFIRMATION = "wrong_confirmation"  # the date typed is not the backup's date
CHANGED_SINCE = "changed_since"  # the file is no longer the one that was verified

RESTORE_EVENT_ENTITY = "database"
RESTORE_EVENT_ID = "restore"


class RestoreRefusedError(Exception):
    """The restore was refused before anything was written: ``reason`` is one of
    ``WRONG_CONFIRMATION``, ``NEWER_REVISION``, ``NOT_VERIFIED``, ``CHANGED_SINCE``,
    ``NOT_A_BACKUP``; ``backup`` the backup when it could be read."""

    def __init__(self, reason: str, backup: BackupInfo | None = None, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.backup = backup
        self.detail = detail


@dataclass(frozen=True)
class RestoreResult:
    """What the screen needs to reopen: the database file (now holding the backup's data),
    the backup restored, and the copy of the database as it was before."""

    database: Path
    restored: BackupInfo
    saved_aside: BackupInfo | None  # None when there was no database file to save
    revision: str
    needs_upgrade: bool  # the backup is of an older schema: the start-up upgrades it


def restore_backup(
    ctx: ActionContext,
    backup_path: Path,
    confirm_text: str,
    current_path: Path,
    *,
    backups_dir: Path | None = None,
) -> RestoreResult:
    """Replace the database at ``current_path`` with the backup at ``backup_path``.

    Refused (RestoreRefusedError, nothing written) unless ``confirm_text`` is the backup's date
    as the list shows it (``BackupInfo.confirmation``, e.g. ``30-11-2026``), the backup is of a
    schema this version knows, its verification found nothing, and the file is still the one
    verified (size and SHA-256). Needs BACKUP_RESTORE (checked first).

    Then: ``ctx.db``'s pooled connections are closed; the current database is saved aside as a
    backup of reason ``before_restore`` in ``backups_dir`` (the backup's folder by default) —
    verified when SQLite can still read it, its raw bytes otherwise; the backup's content
    replaces the database in one transaction; the result is checked (integrity, rows); and the
    restore is recorded in the restored audit trail (which backup, its audit head, where the
    previous state went), when the backup is of the current schema.

    Nothing else may use the database meanwhile: the caller keeps its windows from reading
    (a modal dialog and a worker thread are fine) and reopens the database afterwards.
    Raises DatabaseBusyError when another program still holds the file."""
    ctx.check(Permission.BACKUP_RESTORE)
    database_file(ctx.db)  # BackupNotSupportedError on a server
    try:
        backup = read_backup(backup_path)
    except BackupError as error:
        raise RestoreRefusedError(NOT_A_BACKUP, None, str(error)) from error
    if confirm_text.strip() != backup.confirmation:
        raise RestoreRefusedError(WRONG_CONFIRMATION, backup)
    if backup.newer:
        raise RestoreRefusedError(NEWER_REVISION, backup, str(backup.revision))
    if not backup.verified:
        raise RestoreRefusedError(NOT_VERIFIED, backup, ", ".join(backup.failures))
    if not _unchanged(backup):
        raise RestoreRefusedError(CHANGED_SINCE, backup)
    assert backup.revision is not None  # verified

    ctx.db.dispose()
    folder = backups_dir or backup_path.parent
    now = ctx.utc_now()
    saved = _save_current(current_path, folder, ctx) if current_path.exists() else None
    try:
        check = restore_into(backup_path, current_path)
    except sqlite3.Error as error:
        known = classify_database_error(error)
        raise (known or BackupError(str(error))) from error
    if check.integrity != "ok" or check.counts != backup.row_counts:
        where = saved.path if saved is not None else "-"
        raise BackupError(
            f"the restored database does not match {backup.name} ({check.integrity}); the "
            f"database as it was is in {where}"
        )
    if backup.revision == HEAD_REVISION:
        # Strictly after the set-aside copy was made: its anchor then belongs to the state
        # this restore replaced (the audit check sets such anchors aside).
        at = ctx.utc_now()
        if saved is not None and at <= saved.made_at:
            at = saved.made_at + timedelta(seconds=1)
        _record_restore(ctx, current_path, backup, saved, at)
    # The backup the database now holds stays too, even when a later copy of its day exists.
    kept = {backup.name} | ({saved.path.name} if saved is not None else set())
    rotate(folder, now, also_keep=kept)
    return RestoreResult(
        database=current_path,
        restored=backup,
        saved_aside=saved,
        revision=backup.revision,
        needs_upgrade=backup.revision != HEAD_REVISION,
    )


def _unchanged(backup: BackupInfo) -> bool:
    try:
        return (
            backup.path.stat().st_size == backup.size and file_sha256(backup.path) == backup.sha256
        )
    except OSError:
        return False


def _save_current(current: Path, folder: Path, ctx: ActionContext) -> BackupInfo:
    """The database as it is now, set aside: verified when SQLite can copy it; when it cannot
    (a damaged file, often the reason for the restore), its raw bytes, marked unreadable."""
    reason = BackupReason.BEFORE_RESTORE
    saved: BackupFile
    try:
        saved = make_backup_file(
            current, folder, reason=reason, label=LABELS[reason], made_at=ctx.utc_now()
        )
    except BackupError as error:
        if not folder.is_dir():
            raise
        saved = set_aside_raw(
            current,
            folder,
            reason=reason,
            label=LABELS[reason],
            made_at=ctx.utc_now(),
            problem=str(error),
        )
    return backup_info(saved)


def _record_restore(
    ctx: ActionContext,
    database: Path,
    backup: BackupInfo,
    saved: BackupInfo | None,
    at: datetime,
) -> None:
    """An event at the end of the restored chain: who restored which backup, the head that
    backup saw and the head the set-aside state had, so that a later check of the audit trail
    can tell a restore from a chain cut back behind the app's back.

    Written in the name of the one who restored, on the restored database (their permission
    was checked on the database they replaced: their account may not exist in the backup)."""
    details = {
        "backup": backup.name,
        "backup_made_at": backup.made_at,
        "backup_head": _head(backup),
        "saved_aside": saved.name if saved is not None else None,
        "saved_aside_head": _head(saved) if saved is not None else None,
    }
    restored = Database(sqlite_url(database))
    try:
        with restored.write(ctx.actor.audit_name, at=at) as session:
            record_event(
                session, entity=RESTORE_EVENT_ENTITY, entity_id=RESTORE_EVENT_ID, details=details
            )
    finally:
        restored.dispose()


def _head(backup: BackupInfo) -> dict[str, object] | None:
    head = backup.audit_head
    return None if head is None else {"last_id": head.last_id, "last_hash": head.last_hash}
