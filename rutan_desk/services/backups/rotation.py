"""Rotation of the backups in a folder: what ``domain.backups`` says to keep stays, the rest
is removed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from rutan_desk.domain.backups import (
    ROTATED_REASONS,
    SET_ASIDE_REASONS,
    rotation_keeps,
    set_aside_keeps,
)
from rutan_desk.domain.formatting import from_utc
from rutan_desk.store.backup import BackupFile, backup_files, remove_backup


def backups_to_remove(
    backups: Iterable[BackupFile], now: datetime, *, also_keep: Iterable[str] = ()
) -> list[BackupFile]:
    """The backups rotation removes at ``now`` (naive UTC). ``also_keep`` names copies kept
    whatever the rules say (the one just made: a PC clock set back in time must not have it
    rotated away at once)."""
    items = list(backups)
    keep = set(also_keep)
    rotated = [
        (b.path.name, from_utc(b.manifest.made_at))
        for b in items
        if b.manifest.reason in ROTATED_REASONS
    ]
    keep |= rotation_keeps(rotated, today=from_utc(now).date())
    for reason in SET_ASIDE_REASONS:
        aside = [
            (b.path.name, from_utc(b.manifest.made_at))
            for b in items
            if b.manifest.reason == reason
        ]
        keep |= set_aside_keeps(aside, from_utc(now))
    return [backup for backup in items if backup.path.name not in keep]


def rotate(folder: Path, now: datetime, *, also_keep: Iterable[str] = ()) -> list[Path]:
    """Remove the backups of ``folder`` that rotation does not keep; return their paths."""
    removed = []
    for backup in backups_to_remove(backup_files(folder), now, also_keep=also_keep):
        remove_backup(backup.path)
        removed.append(backup.path)
    return removed
