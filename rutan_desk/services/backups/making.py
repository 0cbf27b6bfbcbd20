"""Making a backup: the verified copy in the backups folder, rotation, and a copy in a second
folder (a USB disk) when one is set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.backups import ROTATED_REASONS, BackupReason
from rutan_desk.services.backups.records import BackupInfo, backup_info
from rutan_desk.services.backups.rotation import rotate
from rutan_desk.services.context import ActionContext
from rutan_desk.store.backup import BackupFile, copy_backup, make_backup_file, remove_unfinished
from rutan_desk.store.engine import Database
from rutan_desk.store.errors import BackupError


class BackupNotSupportedError(RuntimeError):
    """A shared PostgreSQL server is backed up by its administrator (pg_dump), not by a PC."""


# The label in a backup's file name, for people browsing the folder.
LABELS = {
    BackupReason.DAILY: "harian",
    BackupReason.MANUAL: "manual",
    BackupReason.BEFORE_RESTORE: "sebelum-pemulihan",
    BackupReason.MIGRATION: "sebelum-upgrade",
}

SECOND_DIR_MISSING = "second_dir_missing"  # not there (the USB disk is not plugged in)
SECOND_DIR_FAILED = "second_dir_failed"  # there, but the copy could not be written


@dataclass(frozen=True)
class BackupWarning:
    """Something to tell, that did not stop the backup: ``code`` is ``SECOND_DIR_MISSING`` or
    ``SECOND_DIR_FAILED``; ``detail`` the system's words, for the log."""

    code: str
    folder: Path
    detail: str = ""


@dataclass(frozen=True)
class BackupMade:
    backup: BackupInfo
    second_copy: Path | None  # the copy in the second folder, when it was written
    warnings: tuple[BackupWarning, ...]
    removed: tuple[Path, ...]  # rotated away (both folders)
    cleaned: tuple[Path, ...] = ()  # what an interrupted backup had left, removed first


def database_file(db: Database) -> Path:
    """The SQLite file of ``db``; BackupNotSupportedError for a PostgreSQL server."""
    path = db.sqlite_path
    if path is None:
        raise BackupNotSupportedError(db.describe())
    return path


def make_backup(
    ctx: ActionContext,
    backups_dir: Path,
    *,
    reason: BackupReason = BackupReason.MANUAL,
    second_dir: Path | None = None,
) -> BackupMade:
    """A verified backup of the database now (see ``store.backup``), then rotation of the
    folder; a daily or manual copy also goes to ``second_dir`` when given (its absence is a
    warning in the result). What an interrupted backup left in ``backups_dir`` is removed
    first (``remove_unfinished``: not what a backup running now is writing). Needs BACKUP_MAKE;
    BackupNotSupportedError on PostgreSQL, BackupError when no copy could be made."""
    source = database_file(ctx.db)
    ctx.check(Permission.BACKUP_MAKE)
    now = ctx.utc_now()
    cleaned = tuple(remove_unfinished(backups_dir))
    backup = make_backup_file(source, backups_dir, reason=reason, label=LABELS[reason], made_at=now)
    removed: list[Path] = []
    warnings: list[BackupWarning] = []
    second_copy = None
    if reason in ROTATED_REASONS:
        removed += rotate(backups_dir, now, also_keep={backup.path.name})
        if second_dir is not None:
            second_copy, warning, rotated = copy_to_second_dir(backup, second_dir, now)
            removed += rotated
            if warning is not None:
                warnings.append(warning)
    return BackupMade(backup_info(backup), second_copy, tuple(warnings), tuple(removed), cleaned)


def copy_to_second_dir(
    backup: BackupFile, folder: Path, now: datetime
) -> tuple[Path | None, BackupWarning | None, list[Path]]:
    """Copy ``backup`` into ``folder`` and rotate that folder too. The folder is never
    created: a path whose disk is not plugged in would otherwise be created on the PC's own
    disk. Returns (the copy, a warning, the rotated paths)."""
    if not folder.is_dir():
        return None, BackupWarning(SECOND_DIR_MISSING, folder), []
    try:
        remove_unfinished(folder)
        copy = copy_backup(backup, folder)
        removed = rotate(folder, now, also_keep={copy.name})
    except (OSError, BackupError) as error:
        return None, BackupWarning(SECOND_DIR_FAILED, folder, str(error)), []
    return copy, None, removed
