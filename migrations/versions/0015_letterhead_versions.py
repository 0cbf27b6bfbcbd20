"""versions of the letterhead, each in force from a date

``letterhead_version`` keeps the names a reorganisation changes (ministry, directorate
general, Kanwil, unit), each set valid from a date: the ministry over Ditjen PAS was renamed on
21 October 2024, and a letter prints the names in force on its own date. Nothing is seeded: an
office without versions prints the names of its profile, as before.

Revision ID: 0015_letterhead_versions
Revises: 0014_roster_rest
Create Date: 2026-12-01 03:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_letterhead_versions"
down_revision: str | None = "0014_roster_rest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letterhead_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("ministry", sa.String(length=200), nullable=False),
        sa.Column("directorate", sa.String(length=200), nullable=False),
        sa.Column("regional_office", sa.String(length=200), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letterhead_version")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_letterhead_version_valid_from")),
    )


def downgrade() -> None:
    op.drop_table("letterhead_version")
