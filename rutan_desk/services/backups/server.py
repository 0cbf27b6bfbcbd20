"""A database on a PostgreSQL server is not copied by the PCs: the server's administrator runs
pg_dump on a schedule. The app shows the commands and keeps one record: when the last dump was
done, as the Administrator reports it.

That record needs no table: it is an event of the audit trail (entity ``server_backup``), so
it carries who recorded it and when, and cannot be changed unseen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.context import ActionContext
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.tracking import record_event

SERVER_BACKUP_ENTITY = "server_backup"
SERVER_BACKUP_ID = "pg_dump"
DUMP_NAME = "rutan-desk-TTTTBBHH.dump"  # TTTT year, BB month, HH day: the file of one dump


@dataclass(frozen=True)
class ServerBackupRecord:
    done_on: date  # the day the dump was made, as reported
    recorded_at: datetime  # naive UTC
    recorded_by: str  # the audit name of who recorded it


@dataclass(frozen=True)
class ServerBackupCommands:
    dump: str
    restore: str


def server_backup_commands(db: Database) -> ServerBackupCommands:
    """The commands for the server's administrator (no password: pg_dump asks for it, or
    reads it from the server's ~/.pgpass)."""
    url = db.url
    target = (
        f"--host={url.host or 'localhost'} --port={url.port or 5432} "
        f"--username={url.username or 'postgres'}"
    )
    name = url.database or "rutan"
    return ServerBackupCommands(
        dump=f"pg_dump --format=custom {target} --file={DUMP_NAME} {name}",
        restore=f"pg_restore --clean --if-exists {target} --dbname={name} {DUMP_NAME}",
    )


def record_server_backup(ctx: ActionContext, done_on: date) -> None:
    """Record that the server's dump of ``done_on`` was made (needs BACKUP_MAKE). A day
    after today is refused (``done_on``: ``server_backup_in_future``)."""
    if done_on > ctx.today():
        raise ValidationError([FieldError("done_on", "server_backup_in_future")])
    with ctx.write(Permission.BACKUP_MAKE) as session:
        record_event(
            session,
            entity=SERVER_BACKUP_ENTITY,
            entity_id=SERVER_BACKUP_ID,
            details={"done_on": done_on.isoformat()},
        )


def last_server_backup(db: Database) -> ServerBackupRecord | None:
    """The last record of a server dump, or None when none was ever recorded."""
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity == SERVER_BACKUP_ENTITY,
                AuditEntry.action == "event",
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if entry is None or entry.after is None:
            return None
        details = json.loads(entry.after)
        return ServerBackupRecord(
            date.fromisoformat(str(details["done_on"])), entry.at, entry.actor
        )
