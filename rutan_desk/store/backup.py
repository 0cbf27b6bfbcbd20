"""Copies of the SQLite file, taken with SQLite's online backup API and verified before use."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from rutan_desk.store.errors import BackupError


def backup_file_name(source: Path, label: str, moment: datetime | None = None) -> str:
    moment = moment or datetime.now()
    safe_label = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in label)
    return f"{source.stem}-{moment:%Y%m%d-%H%M%S}-{safe_label}.sqlite"


def read_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def backup_sqlite(source: Path, backups_dir: Path, *, label: str) -> Path:
    """Copy ``source`` into ``backups_dir`` and check the copy; return the copy's path.

    The copy is written under a temporary name and renamed only once it passed
    ``PRAGMA integrity_check`` and carries the same schema revision, so a file in the backups
    folder is always a usable database.
    """
    if not source.is_file():
        raise BackupError(f"no database file at {source}")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(str(error)) from error
    first = backups_dir / backup_file_name(source, label)
    target = first
    counter = 1
    while target.exists():
        target = first.with_name(f"{first.stem}-{counter}.sqlite")
        counter += 1
    partial = target.with_suffix(".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            source_revision = read_revision(src)
            dst.execute("PRAGMA journal_mode = DELETE")
            integrity = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise BackupError(f"integrity check of the copy failed: {integrity}")
            if read_revision(dst) != source_revision:
                raise BackupError("the copy does not carry the schema revision of the original")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(str(error)) from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    return target
