"""who wrote a handover addendum, and how many of an item are damaged

``handover_addendum`` gets ``author_id`` (the person of the staff registry who wrote it, so the
report prints the addendum as its own signed section with the author's name and NIP) and its
``author`` holds a full name (120 characters, as a person's name in the registry).
``handover_equipment`` gets ``damaged``: how many of the units present are damaged, so the
report reads "8 unit: 7 baik, 1 rusak". Lines saved before keep 0 (a line marked damaged
then says only "rusak").

Revision ID: 0016_handover_addendum_author
Revises: 0015_letterhead_versions
Create Date: 2026-12-01 03:05:31
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_handover_addendum_author"
down_revision: str | None = "0015_letterhead_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("handover_addendum", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.alter_column(
            "author",
            existing_type=sa.VARCHAR(length=64),
            type_=sa.String(length=120),
            existing_nullable=False,
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_handover_addendum_author_id_staff"), "staff", ["author_id"], ["id"]
        )

    with op.batch_alter_table("handover_equipment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("damaged", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_check_constraint(
            op.f("ck_handover_equipment_damaged_within_quantity"),
            "damaged >= 0 AND damaged <= quantity",
        )


def downgrade() -> None:
    with op.batch_alter_table("handover_equipment", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("ck_handover_equipment_damaged_within_quantity"), type_="check"
        )
        batch_op.drop_column("damaged")

    with op.batch_alter_table("handover_addendum", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_handover_addendum_author_id_staff"), type_="foreignkey"
        )
        batch_op.alter_column(
            "author",
            existing_type=sa.String(length=120),
            type_=sa.VARCHAR(length=64),
            existing_nullable=False,
        )
        batch_op.drop_column("author_id")
