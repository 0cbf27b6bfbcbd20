"""cooperation agreements (PKS, MoU, addenda), their obligations, and coordination with partners

- ``partner`` (the institutions, retired rather than deleted) with its ``partner_contact``
  lines;
- ``agreement`` (kind, title, dates, "until revoked", the effective last day ``ends_on``, the
  parent it implements or amends, the predecessor it renews, draft, revocation) with its lines
  ``agreement_party`` (our unit or a partner, each with its document number and signatory),
  ``agreement_scope`` and ``agreement_scan``;
- ``obligation`` (what, which side, who, due date or recurrence, status, the agency whose
  patrol visits are its evidence) with its ``obligation_evidence`` lines;
- ``coordination`` (meetings and visits with partners) with ``coordination_partner``,
  ``coordination_attendee`` and ``coordination_action`` (the follow-ups) lines;
- ``agreement_settings`` (the window of the expiry warnings; absent until first changed);
- the index of the patrol visits by agency and time (the evidence of patrol obligations);
- the permissions ``agreements.edit`` (Operator) and ``agreements.setup`` (Operator,
  Administrator) (``rutan_desk.store.coverage.SEEDED_AFTER_BASELINE`` accounts for them).

Revision ID: 0013_agreements
Revises: 0012_document_kinds
Create Date: 2026-11-30 22:38:09
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_agreements"
down_revision: str | None = "0012_document_kinds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported: a migration never changes with the code.
GRANTS = (
    ("operator", "agreements.edit"),
    ("operator", "agreements.setup"),
    ("administrator", "agreements.setup"),
)


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("place_signed", sa.String(length=120), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("until_revoked", sa.Boolean(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("predecessor_id", sa.Integer(), nullable=True),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("kind IN ('pks', 'mou', 'addendum')", name=op.f("ck_agreement_kind")),
        sa.CheckConstraint(
            "NOT (until_revoked AND valid_to IS NOT NULL)",
            name=op.f("ck_agreement_end_or_until_revoked"),
        ),
        sa.CheckConstraint(
            "parent_id IS NULL OR parent_id <> id", name=op.f("ck_agreement_not_own_parent")
        ),
        sa.CheckConstraint(
            "predecessor_id IS NULL OR predecessor_id <> id",
            name=op.f("ck_agreement_not_own_renewal"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name=op.f("ck_agreement_valid_to_after_from"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["agreement.id"], name=op.f("fk_agreement_parent_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["predecessor_id"], ["agreement.id"], name=op.f("fk_agreement_predecessor_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("predecessor_id", name=op.f("uq_agreement_predecessor_id")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index("ix_agreement_draft_ends_on", ["draft", "ends_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "agreement_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warning_days", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "warning_days > 0", name=op.f("ck_agreement_settings_warning_days_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_settings")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "agreement_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("document_number", sa.String(length=120), nullable=False),
        sa.Column("signatory_name", sa.String(length=120), nullable=False),
        sa.Column("signatory_position", sa.String(length=160), nullable=False),
        sa.Column("signatory_id_number", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "(own AND partner_id IS NULL) OR (NOT own AND partner_id IS NOT NULL)",
            name=op.f("ck_agreement_party_own_or_partner"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_agreement_party_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_party")),
    )
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_party_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_party_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "agreement_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_scan_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_agreement_scan_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_scan")),
    )
    with op.batch_alter_table("agreement_scan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_scan_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "agreement_scope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_scope_agreement_id_agreement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_scope")),
    )
    with op.batch_alter_table("agreement_scope", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_scope_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "coordination",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=160), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_coordination_agreement_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination")),
    )
    with op.batch_alter_table("coordination", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coordination_held_on"), ["held_on"], unique=False)

    op.create_table(
        "obligation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("responsible", sa.String(length=8), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("recurrence", sa.String(length=10), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=14), nullable=False),
        sa.Column("evidence_agency", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(responsible = 'partner') = (partner_id IS NOT NULL)",
            name=op.f("ck_obligation_partner_when_partners"),
        ),
        sa.CheckConstraint(
            "recurrence <> 'once' OR due_on IS NOT NULL",
            name=op.f("ck_obligation_once_has_due_date"),
        ),
        sa.CheckConstraint(
            "recurrence IN ('none', 'once', 'monthly', 'quarterly', 'yearly')",
            name=op.f("ck_obligation_recurrence"),
        ),
        sa.CheckConstraint(
            "responsible IN ('own', 'partner', 'joint')", name=op.f("ck_obligation_responsible")
        ),
        sa.CheckConstraint(
            "status IN ('belum', 'berjalan', 'selesai', 'tidak_berlaku')",
            name=op.f("ck_obligation_status"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_obligation_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["obligation.id"],
            name=op.f("fk_obligation_carried_from_id_obligation"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_obligation_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation")),
    )
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_obligation_agreement_status", ["agreement_id", "status"], unique=False
        )

    op.create_table(
        "partner_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=120), nullable=False),
        sa.Column("rank", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_contact_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contact")),
    )
    with op.batch_alter_table("partner_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_contact_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "coordination_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coordination_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["coordination_id"],
            ["coordination.id"],
            name=op.f("fk_coordination_action_coordination_id_coordination"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination_action")),
    )
    with op.batch_alter_table("coordination_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_action_coordination_id"), ["coordination_id"], unique=False
        )
        batch_op.create_index(
            "ix_coordination_action_done_due", ["done_on", "due_on"], unique=False
        )

    op.create_table(
        "coordination_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coordination_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=160), nullable=False),
        sa.CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name=op.f("ck_coordination_attendee_registry_or_name"),
        ),
        sa.ForeignKeyConstraint(
            ["coordination_id"],
            ["coordination.id"],
            name=op.f("fk_coordination_attendee_coordination_id_coordination"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_coordination_attendee_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination_attendee")),
    )
    with op.batch_alter_table("coordination_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_attendee_coordination_id"),
            ["coordination_id"],
            unique=False,
        )

    op.create_table(
        "coordination_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coordination_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordination_id"],
            ["coordination.id"],
            name=op.f("fk_coordination_partner_coordination_id_coordination"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_coordination_partner_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination_partner")),
    )
    with op.batch_alter_table("coordination_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_partner_coordination_id"), ["coordination_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coordination_partner_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "obligation_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("patrol_visit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_obligation_evidence_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["obligation_id"],
            ["obligation.id"],
            name=op.f("fk_obligation_evidence_obligation_id_obligation"),
        ),
        sa.ForeignKeyConstraint(
            ["patrol_visit_id"],
            ["patrol_visit.id"],
            name=op.f("fk_obligation_evidence_patrol_visit_id_patrol_visit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_evidence")),
    )
    with op.batch_alter_table("obligation_evidence", schema=None) as batch_op:
        batch_op.create_index(
            "ix_obligation_evidence_obligation_on", ["obligation_id", "done_on"], unique=False
        )

    with op.batch_alter_table("patrol_visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_patrol_visit_agency_arrived_at", ["agency", "arrived_at"], unique=False
        )

    matrix = sa.table("role_permission", sa.column("role"), sa.column("permission"))
    op.bulk_insert(matrix, [{"role": role, "permission": p} for role, p in GRANTS])


def downgrade() -> None:
    matrix = sa.table("role_permission", sa.column("permission"))
    op.execute(matrix.delete().where(matrix.c.permission.in_({p for _, p in GRANTS})))
    with op.batch_alter_table("patrol_visit", schema=None) as batch_op:
        batch_op.drop_index("ix_patrol_visit_agency_arrived_at")

    with op.batch_alter_table("obligation_evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_obligation_evidence_obligation_on")

    op.drop_table("obligation_evidence")
    with op.batch_alter_table("coordination_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordination_partner_partner_id"))
        batch_op.drop_index(batch_op.f("ix_coordination_partner_coordination_id"))

    op.drop_table("coordination_partner")
    with op.batch_alter_table("coordination_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordination_attendee_coordination_id"))

    op.drop_table("coordination_attendee")
    with op.batch_alter_table("coordination_action", schema=None) as batch_op:
        batch_op.drop_index("ix_coordination_action_done_due")
        batch_op.drop_index(batch_op.f("ix_coordination_action_coordination_id"))

    op.drop_table("coordination_action")
    with op.batch_alter_table("partner_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contact_partner_id"))

    op.drop_table("partner_contact")
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.drop_index("ix_obligation_agreement_status")

    op.drop_table("obligation")
    with op.batch_alter_table("coordination", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordination_held_on"))
        batch_op.drop_index(batch_op.f("ix_coordination_agreement_id"))

    op.drop_table("coordination")
    with op.batch_alter_table("agreement_scope", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_scope_agreement_id"))

    op.drop_table("agreement_scope")
    with op.batch_alter_table("agreement_scan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_scan_agreement_id"))

    op.drop_table("agreement_scan")
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_party_partner_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_party_agreement_id"))

    op.drop_table("agreement_party")
    op.drop_table("partner")
    op.drop_table("agreement_settings")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_parent_id"))
        batch_op.drop_index("ix_agreement_draft_ends_on")

    op.drop_table("agreement")
