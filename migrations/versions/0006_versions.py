"""record versions (no lost updates) and audit events

Every record that users edit gets a version counter; an update or delete made from an older
version matches no row and is refused. The audit trail gets a fourth action, ``event``, for
what is not a row change (a hard roster rule overridden with a reason, a number issued).

Revision ID: 0006_versions
Revises: 0005_handover
Create Date: 2026-11-30 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_versions"
down_revision: str | None = "0005_handover"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "absence",
    "alert_period",
    "cell_block",
    "document_settings",
    "equipment_item",
    "handover",
    "holiday",
    "inmate_category",
    "institution_profile",
    "issued_document",
    "post",
    "regu",
    "regu_member",
    "roster_settings",
    "roster_swap",
    "shift_type",
    "staff",
    "standing_instruction",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
            )
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_constraint(op.f("ck_audit_log_action"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_audit_log_action"), "action IN ('create', 'update', 'delete', 'event')"
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_constraint(op.f("ck_audit_log_action"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_audit_log_action"), "action IN ('create', 'update', 'delete')"
        )
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
