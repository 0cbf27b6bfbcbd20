"""The daily backup, made at the first start of each day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rutan_desk.domain.backups import BackupReason
from rutan_desk.domain.formatting import from_utc
from rutan_desk.services.backups.making import BackupMade, BackupWarning, make_backup
from rutan_desk.services.context import ActionContext, Actor, Clock, SystemClock
from rutan_desk.store.backup import backup_files, remove_unfinished
from rutan_desk.store.engine import Database

SCHEDULE = Actor.system("cadangan")  # who acts for the scheduled backups


@dataclass(frozen=True)
class DailyBackup:
    """What ``backup_if_due`` did: ``made`` is None when today's backup existed already (or
    the database is on a server: ``on_server``)."""

    made: BackupMade | None
    cleaned: tuple[Path, ...]  # unfinished copies removed
    on_server: bool = False

    @property
    def warnings(self) -> tuple[BackupWarning, ...]:
        return self.made.warnings if self.made is not None else ()


def daily_backup_exists(backups_dir: Path, today: date) -> bool:
    return any(
        backup.manifest.reason == BackupReason.DAILY
        and from_utc(backup.manifest.made_at).date() == today
        for backup in backup_files(backups_dir)
    )


def backup_if_due(
    db: Database,
    backups_dir: Path,
    second_dir: Path | None,
    today: date,
    *,
    clock: Clock | None = None,
) -> DailyBackup:
    """At start-up: remove unfinished copies, then, when there is no daily backup of ``today``
    (the office's day, ``AppContext.today()``) yet, make one (verified, rotated, copied to
    ``second_dir`` when set: its absence is a warning in the result, not an error).

    Safe on a worker thread: it opens its own SQLite connections and reads nothing through
    ``db``'s engine but its file name. Does nothing on PostgreSQL (``on_server``). Raises
    BackupError when the copy could not be made at all."""
    if db.sqlite_path is None:
        return DailyBackup(None, (), on_server=True)
    cleaned = tuple(remove_unfinished(backups_dir))
    if daily_backup_exists(backups_dir, today):
        return DailyBackup(None, cleaned)
    ctx = ActionContext(db, SCHEDULE, clock or SystemClock())
    made = make_backup(ctx, backups_dir, reason=BackupReason.DAILY, second_dir=second_dir)
    return DailyBackup(made, cleaned)
