"""every uniqueness the services promise is held by the database

Two uniquenesses were checked only in code, so two PCs saving at the same moment could both
pass the check:

- ``equipment_item``: a firearm's serial (``uq_equipment_item_firearm_serial``, over the
  firearms, active or not, as the service checks it);
- ``holiday``: a holiday of the holidays package, by the date and name the package proposed
  (``uq_holiday_package``, over the package's rows), which two imports of one year at once
  added twice.

A database may already hold rows the new index would refuse (saved before the rule, or by such
a race). Nothing is deleted: the oldest row keeps its value, and every later one gets
`` (duplikat #<id>)`` after it in the indexed column (shortened in front of the suffix when
the column would overflow), its version raised so that a form opened on it is refused as
stale. Each rewritten row gets an ``update`` entry on the audit trail by ``sistem:migrasi``
with the value before and after, so the change shows in the record's history and a clerk can
give the row its right value. No row is added or removed, so the audit coverage needs no seeded
rows (``SEEDED_AFTER_BASELINE``).

Revision ID: 0018_uniqueness
Revises: 0017_roster_history
Create Date: 2026-12-01 07:30:00
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0018_uniqueness"
down_revision: str | None = "0017_roster_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR = "sistem:migrasi"
GENESIS = "0" * 64
FIREARMS = "kind = 'senjata'"
PACKAGE_HOLIDAYS = "source = 'package'"


def upgrade() -> None:
    _mark_duplicates("equipment_item", ("serial",), "serial", 60, FIREARMS)
    _mark_duplicates(
        "holiday", ("package_day", "package_name"), "package_name", 120, PACKAGE_HOLIDAYS
    )
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        batch_op.create_index(
            "uq_equipment_item_firearm_serial",
            ["serial"],
            unique=True,
            sqlite_where=sa.text(FIREARMS),
            postgresql_where=sa.text(FIREARMS),
        )
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.create_index(
            "uq_holiday_package",
            ["package_day", "package_name"],
            unique=True,
            sqlite_where=sa.text(PACKAGE_HOLIDAYS),
            postgresql_where=sa.text(PACKAGE_HOLIDAYS),
        )


def downgrade() -> None:
    # The marked duplicates keep their marks: the audit trail says what each was before.
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_holiday_package",
            sqlite_where=sa.text(PACKAGE_HOLIDAYS),
            postgresql_where=sa.text(PACKAGE_HOLIDAYS),
        )
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_equipment_item_firearm_serial",
            sqlite_where=sa.text(FIREARMS),
            postgresql_where=sa.text(FIREARMS),
        )


# -- duplicates made before the rule ---------------------------------------------------------


def marked(value: str, row_id: int, length: int) -> str:
    """``value`` with the mark of duplicate ``row_id``, within ``length`` characters."""
    suffix = f" (duplikat #{row_id})"
    return value[: max(length - len(suffix), 0)].rstrip() + suffix


def _mark_duplicates(
    table: str, key: tuple[str, ...], column: str, length: int, where: str
) -> None:
    """Every row of ``table`` (under ``where``) whose ``key`` an older row has gets its
    ``column`` marked, its version raised and an audit entry."""
    bind = op.get_bind()
    columns = ", ".join(dict.fromkeys((*key, column)))
    rows = bind.execute(
        sa.text(f"SELECT id, version, {columns} FROM {table} WHERE {where} ORDER BY id")
    ).mappings()
    seen: set[tuple[Any, ...]] = set()
    changes: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    for row in rows:
        value = tuple(row[name] for name in key)
        if any(part is None for part in value):
            continue  # NULL never collides in a unique index
        if value not in seen:
            seen.add(value)
            continue
        before = {column: row[column], "version": row["version"]}
        after = {column: marked(row[column], row["id"], length), "version": row["version"] + 1}
        changes.append((row["id"], before, after))
    for row_id, _before, after in changes:
        bind.execute(
            sa.text(f"UPDATE {table} SET {column} = :value, version = :version WHERE id = :id"),
            {"value": after[column], "version": after["version"], "id": row_id},
        )
    _audit(bind, [(table, str(row_id), before, after) for row_id, before, after in changes])


# -- the audit trail: a frozen copy of the chain's hashing (rutan_desk.store.audit) -----------


def _canonical(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _audit(
    bind: sa.Connection, changes: list[tuple[str, str, dict[str, Any], dict[str, Any]]]
) -> None:
    """Append an ``update`` entry per change to the hash chain and move its head."""
    if not changes:
        return
    head = bind.execute(sa.text("SELECT last_id, last_hash FROM audit_head WHERE id = 1")).first()
    last_id, last_hash = (head[0], head[1]) if head is not None else (0, GENESIS)
    at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),
        sa.column("actor"),
        sa.column("entity"),
        sa.column("entity_id"),
        sa.column("action"),
        sa.column("before"),
        sa.column("after"),
        sa.column("prev_hash"),
        sa.column("hash"),
    )
    entries = []
    for entity, entity_id, before_values, after_values in changes:
        entry_id = last_id + 1
        before, after = _canonical(before_values), _canonical(after_values)
        payload = json.dumps(
            [
                entry_id,
                at.isoformat(),
                ACTOR,
                entity,
                entity_id,
                "update",
                before,
                after,
                last_hash,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        entries.append(
            {
                "id": entry_id,
                "at": at,
                "actor": ACTOR,
                "entity": entity,
                "entity_id": entity_id,
                "action": "update",
                "before": before,
                "after": after,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_id, last_hash = entry_id, digest
    op.bulk_insert(log, entries)
    if head is None:
        bind.execute(
            sa.text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, :i, :h)"),
            {"i": last_id, "h": last_hash},
        )
    else:
        bind.execute(
            sa.text("UPDATE audit_head SET last_id = :i, last_hash = :h WHERE id = 1"),
            {"i": last_id, "h": last_hash},
        )
