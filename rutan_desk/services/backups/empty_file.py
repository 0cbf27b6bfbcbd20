"""A database file found empty at start-up (zero bytes): its data was lost, so nothing is created
over it quietly. The clerk chooses (the start-up screen asks):

- ``restore_into_empty``: the latest verified backup becomes the database; the empty file is
  kept beside it under another name;
- ``set_empty_file_aside``: the empty file is renamed, and the ordinary start-up then creates a
  new database where it was.

Both run before anyone has signed in (there is no account to sign in with): they act as the app
itself, and the restore is recorded in the restored audit trail under that name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rutan_desk.domain.formatting import from_utc
from rutan_desk.services.backups.records import BackupInfo, list_backups
from rutan_desk.services.backups.restore import restore_backup
from rutan_desk.services.context import ActionContext, Actor, Clock, SystemClock
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import EmptyDatabaseFileError

__all__ = [
    "EmptyDatabaseFileError",
    "EmptyFileRestored",
    "latest_verified_backup",
    "restore_into_empty",
    "set_empty_file_aside",
]

EMPTY_FILE_RESTORER = Actor.system("pemulihan-awal")  # who restores before anyone signs in
_STAGING_SUFFIX = ".memulihkan"
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class EmptyFileRestored:
    restored: BackupInfo
    empty_file_kept_as: Path
    needs_upgrade: bool  # the backup is of an older schema: the start-up upgrades it


def latest_verified_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that a restore would accept (verified, of a schema this version
    knows), or None."""
    return next((b for b in list_backups(backups_dir) if b.refusal is None), None)


def empty_file_aside_name(path: Path, at: datetime) -> Path:
    """Where the empty file goes: ``<name>.kosong-YYYYMMDD-HHMMSS`` beside it (``at`` on the
    office's clock), with ``-n`` added when that name is taken."""
    first = path.with_name(f"{path.name}.kosong-{at:%Y%m%d-%H%M%S}")
    target, counter = first, 1
    while target.exists():
        target = first.with_name(f"{first.name}-{counter}")
        counter += 1
    return target


def set_empty_file_aside(path: Path, *, clock: Clock | None = None) -> Path:
    """Rename the empty database file (and what SQLite kept beside it) so that a new database
    can be created at ``path``; return its new name. Nothing is deleted. Refuses a file that
    is no longer empty (ValueError): only what was shown to the clerk is moved."""
    if path.stat().st_size != 0:
        raise ValueError(f"{path} is no longer empty")
    now = from_utc((clock or SystemClock()).now().astimezone(UTC).replace(tzinfo=None))
    kept = empty_file_aside_name(path, now)
    for suffix in _SQLITE_COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{kept}{suffix}"))
    os.replace(path, kept)
    return kept


def restore_into_empty(
    path: Path, backup: BackupInfo, backups_dir: Path, *, clock: Clock | None = None
) -> EmptyFileRestored:
    """Put ``backup`` where the empty database file ``path`` is, with the checks of any restore
    (``restore_backup``: the file is still the one verified, its content checked once copied).

    The backup is restored into a file beside ``path`` first; only when that succeeded is the
    empty file renamed aside and the restored one moved in its place. On any failure the
    empty file is left where it was (the next start asks again). Raises what
    ``restore_backup`` raises (RestoreRefusedError, BackupError, a StoreError) or OSError."""
    clock = clock or SystemClock()
    staging = path.with_name(path.name + _STAGING_SUFFIX)
    _remove_database_files(staging)  # left by an attempt that was cut short
    ctx = ActionContext(Database(sqlite_url(staging)), EMPTY_FILE_RESTORER, clock)
    kept: Path | None = None
    try:
        result = restore_backup(
            ctx, backup.path, backup.confirmation, staging, backups_dir=backups_dir
        )
        ctx.db.dispose()
        kept = set_empty_file_aside(path, clock=clock)
        wal = Path(f"{staging}-wal")
        if wal.exists():  # normally checkpointed and gone once the last connection closed
            os.replace(wal, Path(f"{path}-wal"))
        os.replace(staging, path)
    except BaseException:
        ctx.db.dispose()
        if kept is not None and not path.exists():
            os.replace(kept, path)  # the empty file back: never a missing file, made anew
        _remove_database_files(staging)
        raise
    return EmptyFileRestored(result.restored, kept, result.needs_upgrade)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", *_SQLITE_COMPANIONS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
