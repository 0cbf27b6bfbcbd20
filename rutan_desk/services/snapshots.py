"""Plain-dict pictures of rows for the audit trail's before and after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from rutan_desk.store.audit import record_change
from rutan_desk.store.base import Base

_NOT_AUDITED = frozenset({"created_at", "updated_at"})


def snapshot(row: Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {
        attr.key: getattr(row, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in _NOT_AUDITED
    }


@contextmanager
def audited_update(session: Session, actor: str, entity: str, row: Base) -> Iterator[None]:
    """Change ``row`` inside the block; the change is audited with the row before and after
    (nothing is recorded when nothing changed)."""
    before = snapshot(row)
    yield
    session.flush()
    after = snapshot(row)
    identity = inspect(row).identity
    if after != before and identity is not None:
        record_change(
            session,
            actor=actor,
            entity=entity,
            entity_id=identity[0],
            action="update",
            before=before,
            after=after,
        )


def audited_add(session: Session, actor: str, entity: str, row: Base) -> int:
    """Add ``row`` and audit its creation with the row as written; returns its id."""
    session.add(row)
    session.flush()
    identity = inspect(row).identity
    assert identity is not None
    record_change(
        session,
        actor=actor,
        entity=entity,
        entity_id=identity[0],
        action="create",
        before=None,
        after=snapshot(row),
    )
    return int(identity[0])
