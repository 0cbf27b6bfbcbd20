"""names unique whatever their case: incident kinds and partners

The services refuse a kind of incident or a partner whose name differs from another one only in
case or spacing ("Polres Blora", "POLRES  BLORA"), but the database held only the exact name, so
two PCs saving such names at the same moment could both get in. Each table gets ``name_key``,
the name as compared (``domain.stored_values.name_key``: case-folded, spaces collapsed; the
model keeps it with the name), with a unique constraint.

Rows already differing only in case keep their names as they are: the oldest gets the plain key,
every later one its key followed by `` #<id>`` (a hidden column; nothing a clerk sees changes,
so nothing is written to the audit trail). Renaming such a row to a name in use is then refused
as for every other name.

Revision ID: 0019_name_keys
Revises: 0018_uniqueness
Create Date: 2026-12-01 08:42:10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_name_keys"
down_revision: str | None = "0018_uniqueness"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {"incident_type": 80, "partner": 160}


def name_key(name: str) -> str:
    """A frozen copy of domain.stored_values.name_key (a migration must not change later)."""
    return " ".join(name.casefold().split())


def upgrade() -> None:
    for table, length in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("name_key", sa.String(length=length), nullable=True))
        _fill_keys(table, length)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "name_key", existing_type=sa.String(length=length), nullable=False
            )
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_name_key"), ["name_key"])


def _fill_keys(table: str, length: int) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, name FROM {table} ORDER BY id")).all()
    taken: set[str] = set()
    for row_id, name in rows:
        key = name_key(name)
        if key in taken:
            suffix = f" #{row_id}"
            key = key[: length - len(suffix)] + suffix
        taken.add(key)
        connection.execute(
            sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id"),
            {"key": key, "id": row_id},
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_name_key"), type_="unique")
            batch_op.drop_column("name_key")
