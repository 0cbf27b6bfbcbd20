"""rest between any two shifts and the longest continuous duty

``roster_settings`` gets ``min_rest_hours`` (the rest between any two shifts of a person, 8 by
default) and ``max_continuous_hours`` (the longest stretch of back-to-back shifts, 12 by
default): a guard who worked siang is no longer put on that evening's malam. The single row
every database has takes the defaults.

Revision ID: 0014_roster_rest
Revises: 0013_agreements
Create Date: 2026-11-30 23:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_roster_rest"
down_revision: str | None = "0013_agreements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("roster_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("min_rest_hours", sa.Integer(), server_default="8", nullable=False)
        )
        batch_op.add_column(
            sa.Column("max_continuous_hours", sa.Integer(), server_default="12", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_roster_settings_rest_any_not_negative"), "min_rest_hours >= 0"
        )
        batch_op.create_check_constraint(
            op.f("ck_roster_settings_duty_hours_positive"), "max_continuous_hours >= 1"
        )


def downgrade() -> None:
    with op.batch_alter_table("roster_settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_roster_settings_duty_hours_positive"), type_="check")
        batch_op.drop_constraint(op.f("ck_roster_settings_rest_any_not_negative"), type_="check")
        batch_op.drop_column("max_continuous_hours")
        batch_op.drop_column("min_rest_hours")
