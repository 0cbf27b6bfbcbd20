"""The audit trail: an append-only log of every change, chained by SHA-256.

Each entry's hash covers its own fields and the previous entry's hash, so changing one character
of an old entry, removing an entry or cutting entries off the end is found by
``verify_audit_chain``. It is tamper-evidence, not secrecy: whoever can rewrite the whole file can
rewrite the chain, which is why backups are kept elsewhere too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.store.base import utc_now
from rutan_desk.store.models.audit import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64


def to_json(values: dict[str, Any] | None) -> str | None:
    """Canonical JSON (sorted keys, no spaces): the stored text is exactly what is hashed."""
    if values is None:
        return None
    return json.dumps(
        values, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_json_default
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    raise TypeError(f"cannot audit a {type(value).__name__}")


def entry_hash(
    *,
    entry_id: int,
    at: datetime,
    actor: str,
    entity: str,
    entity_id: str,
    action: str,
    before: str | None,
    after: str | None,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [entry_id, at.isoformat(), actor, entity, entity_id, action, before, after, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Change:
    """One entry to append: what happened to which record, with its values before and after."""

    entity: str
    entity_id: object
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def record_change(
    session: Session,
    *,
    actor: str,
    at: datetime | None = None,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditEntry:
    """Append one entry in the caller's transaction; it commits or rolls back with the change.
    Services do not call this: the store records their changes (see ``store.tracking``)."""
    (entry,) = append_changes(
        session, actor=actor, at=at, changes=[Change(entity, entity_id, action, before, after)]
    )
    return entry


def append_changes(
    session: Session, *, actor: str, at: datetime | None, changes: list[Change]
) -> list[AuditEntry]:
    """Append the entries of one transaction to the chain: the head is locked once and moved
    once, and the rows go in with one flush."""
    if not changes:
        return []
    head = session.execute(select(AuditHead).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS_HASH)
        session.add(head)
    moment = at or utc_now()
    entries = []
    last_id, last_hash = head.last_id, head.last_hash
    for change in changes:
        entry = AuditEntry(
            id=last_id + 1,
            at=moment,
            actor=actor,
            entity=change.entity,
            entity_id=str(change.entity_id),
            action=change.action,
            before=to_json(change.before),
            after=to_json(change.after),
            prev_hash=last_hash,
        )
        entry.hash = _hash_of(entry)
        entries.append(entry)
        last_id, last_hash = entry.id, entry.hash
    session.add_all(entries)
    head.last_id, head.last_hash = last_id, last_hash
    session.flush()
    return entries


def _hash_of(entry: AuditEntry, prev_hash: str | None = None) -> str:
    return entry_hash(
        entry_id=entry.id,
        at=entry.at,
        actor=entry.actor,
        entity=entry.entity,
        entity_id=entry.entity_id,
        action=entry.action,
        before=entry.before,
        after=entry.after,
        prev_hash=entry.prev_hash if prev_hash is None else prev_hash,
    )


@dataclass(frozen=True)
class AuditBreak:
    """The first place where the chain does not hold.

    ``reason`` is ``altered`` (the row's content no longer matches its hash), ``missing`` (a row
    with id ``entry_id`` was removed), ``relinked`` (the row points at a hash that is not its
    predecessor's) or ``head_mismatch`` (the recorded end of the chain is not its last row).
    """

    entry_id: int
    reason: str


def verify_audit_chain(session: Session, *, batch_size: int = 2000) -> AuditBreak | None:
    """Walk the whole log in order; return the first break, or None when the chain is whole."""
    expected_id = 1
    previous_hash = GENESIS_HASH
    rows = session.execute(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=batch_size)
    ).scalars()
    for entry in rows:
        if entry.id != expected_id:
            return AuditBreak(expected_id, "missing")
        if entry.prev_hash != previous_hash:
            return AuditBreak(entry.id, "relinked")
        if _hash_of(entry) != entry.hash:
            return AuditBreak(entry.id, "altered")
        previous_hash = entry.hash
        expected_id += 1
    last_id = expected_id - 1
    head = session.get(AuditHead, 1)
    if head is None:
        return None if last_id == 0 else AuditBreak(last_id, "head_mismatch")
    if head.last_id > last_id:
        return AuditBreak(last_id + 1, "missing")
    if head.last_id != last_id or head.last_hash != previous_hash:
        return AuditBreak(last_id, "head_mismatch")
    return None
