"""Backups on demand and the audit-trail check (menu Berkas and Bantuan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from rutan_desk.store.audit import AuditBreak, verify_audit_chain
from rutan_desk.store.backup import backup_sqlite
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry


class BackupNotSupportedError(RuntimeError):
    """A shared PostgreSQL server is backed up by its administrator (pg_dump), not by a PC."""


def backup_now(db: Database, backups_dir: Path) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupNotSupportedError(db.describe())
    return backup_sqlite(path, backups_dir, label="manual")


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    last_change: datetime | None
    first_break: AuditBreak | None


def check_audit_trail(db: Database) -> AuditCheck:
    with db.read() as session:
        count, last = session.execute(
            select(func.count(AuditEntry.id), func.max(AuditEntry.at))
        ).one()
        return AuditCheck(int(count), last, verify_audit_chain(session))
