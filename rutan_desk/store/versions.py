"""No lost updates: a change made from an old version of a record is refused, and the refusal
says who changed the record meanwhile and what they changed (read from the audit trail)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from rutan_desk.store.base import Base, Versioned
from rutan_desk.store.errors import StaleRecordError
from rutan_desk.store.models.audit import AuditEntry

_RECENT_ENTRIES = 50


def check_version(session: Session, row: Versioned, expected: int) -> None:
    """Raise StaleRecordError unless ``row`` (read in this transaction) is still at the version
    the user's form was opened with."""
    if row.version == expected:
        return
    assert isinstance(row, Base)
    identity = inspect(row).identity
    record_id = identity[0] if identity else None
    raise stale_record_error(session, type(row).__tablename__, record_id, expected)


def stale_record_error(
    session: Session, table: str, record_id: object, expected: int, *, removed: bool = False
) -> StaleRecordError:
    """What happened to the record since ``expected``: the latest author and time, and the
    fields that differ between that version and now."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == table, AuditEntry.entity_id == str(record_id))
        .order_by(AuditEntry.id.desc())
        .limit(_RECENT_ENTRIES)
    ).all()
    fields: set[str] = set()
    latest: AuditEntry | None = None
    for entry in entries:
        before = _values(entry.before)
        after = _values(entry.after)
        if entry.action != "delete" and int(after.get("version", 0)) <= expected:
            break  # this and older entries are the version the form was opened with
        latest = latest or entry
        for key in set(before) | set(after):
            if key != "version" and before.get(key) != after.get(key):
                fields.add(key)
    return StaleRecordError(
        table,
        record_id,
        changed_by=latest.actor if latest else "",
        changed_at=latest.at if latest else None,
        fields=tuple(sorted(fields)),
        removed=removed or (latest is not None and latest.action == "delete"),
    )


def _values(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {}
