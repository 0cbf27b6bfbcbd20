"""the short inmate records, and who may edit them

- ``inmate``: name, register number (unique, in its one written form), block, dates in and out;
- the permission ``inmates.edit`` for the Operator and the Karupam in the matrix
  (``rutan_desk.store.coverage.SEEDED_AFTER_BASELINE`` accounts for the two rows on the trail).

Revision ID: 0009_inmates
Revises: 0008_audit_anchors
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_inmates"
down_revision: str | None = "0008_audit_anchors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The roles that get the new permission (kept here: a migration never changes with the code).
PERMISSION = "inmates.edit"
ROLES = ("operator", "karupam")


def upgrade() -> None:
    op.create_table(
        "inmate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("register_number", sa.String(length=30), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("admitted_on", sa.Date(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "released_on IS NULL OR admitted_on IS NULL OR released_on >= admitted_on",
            name=op.f("ck_inmate_released_after_admitted"),
        ),
        sa.ForeignKeyConstraint(
            ["block_id"], ["cell_block.id"], name=op.f("fk_inmate_block_id_cell_block")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inmate")),
        sa.UniqueConstraint("register_number", name=op.f("uq_inmate_register_number")),
    )
    with op.batch_alter_table("inmate") as batch_op:
        batch_op.create_index(batch_op.f("ix_inmate_name"), ["name"], unique=False)
    matrix = sa.table("role_permission", sa.column("role"), sa.column("permission"))
    op.bulk_insert(matrix, [{"role": role, "permission": PERMISSION} for role in ROLES])


def downgrade() -> None:
    matrix = sa.table("role_permission", sa.column("permission"))
    op.execute(matrix.delete().where(matrix.c.permission == PERMISSION))
    with op.batch_alter_table("inmate") as batch_op:
        batch_op.drop_index(batch_op.f("ix_inmate_name"))
    op.drop_table("inmate")
