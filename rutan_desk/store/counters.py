"""Taking the next number of a counter one writer at a time.

A number taken as "the highest so far, plus one" is safe only when no other writer can take
the same one between the read and the commit. SQLite gives that already: a writing transaction
is ``BEGIN IMMEDIATE``, so writers queue. PostgreSQL's writers run side by side, and a counter
with no row to lock (its settings never saved) needs a lock of its own: a transaction-scoped
advisory lock, released by the commit or the rollback.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def counter_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (PostgreSQL's advisory locks take a bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def lock_counter(session: Session, name: str) -> None:
    """Hold the counter ``name`` until the session's transaction ends: another writer taking a
    number of the same counter waits, and then reads the number this one took."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": counter_key(name)})
