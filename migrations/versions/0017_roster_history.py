"""women's posts with their minimum of women; the roster days an issued document covers

``post`` gets ``min_women`` (the women a women's post needs on each shift it is manned; 1, as
the single woman the rule asked for before). ``issued_document`` gets ``covers_first`` and
``covers_last``: the roster days a duty order puts on paper, which planning then leaves alone.
Orders issued before this revision have no such days recorded; they were for days that have
passed, which planning leaves alone anyway.

Revision ID: 0017_roster_history
Revises: 0016_handover_addendum_author
Create Date: 2026-12-01 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_roster_history"
down_revision: str | None = "0016_handover_addendum_author"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("min_women", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.create_check_constraint(op.f("ck_post_min_women_positive"), "min_women >= 1")
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covers_first", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("covers_last", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_column("covers_last")
        batch_op.drop_column("covers_first")
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_post_min_women_positive"), type_="check")
        batch_op.drop_column("min_women")
