"""searches (penggeledahan) with their findings, and patrol visits (patroli sambang)

- ``search`` (when, rutin or insidentil, joint with which agencies, the order from the letter
  register it was carried out under, who led it) with its lines: ``search_member`` (the team:
  the staff registry or people written by name, rank and NRP), ``search_place`` (the blocks,
  rooms and other places searched) and ``search_finding`` (what was found, how many, where,
  whose, its photo, its fate — disimpan, dimusnahkan with the berita acara, diserahkan ke
  Polres — and the incident it opened);
- ``patrol_visit`` (when they came and left, agency and unit, areas checked, notes, the Rutan
  officer who received them) with its ``patrol_officer`` lines.

Nothing is seeded: writing them needs the existing permission ``incidents.edit``.

Revision ID: 0011_searches_patrols
Revises: 0010_incidents
Create Date: 2026-11-30 18:52:21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_searches_patrols"
down_revision: str | None = "0010_incidents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "patrol_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("areas_checked", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("received_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "kind IN ('sambang', 'koordinasi', 'sidak', 'lain')", name=op.f("ck_patrol_visit_kind")
        ),
        sa.CheckConstraint(
            "left_at IS NULL OR left_at >= arrived_at",
            name=op.f("ck_patrol_visit_left_after_arrived"),
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["staff.id"], name=op.f("fk_patrol_visit_received_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_visit")),
    )
    with op.batch_alter_table("patrol_visit", schema=None) as batch_op:
        batch_op.create_index("ix_patrol_visit_arrived_at", ["arrived_at"], unique=False)

    op.create_table(
        "search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("agencies", sa.String(length=300), nullable=False),
        sa.Column("order_document_id", sa.Integer(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("kind IN ('rutin', 'insidentil')", name=op.f("ck_search_kind")),
        sa.CheckConstraint(
            "ended_at IS NULL OR ended_at >= started_at", name=op.f("ck_search_ended_after_started")
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["staff.id"], name=op.f("fk_search_leader_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["order_document_id"],
            ["issued_document.id"],
            name=op.f("fk_search_order_document_id_issued_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search")),
    )
    with op.batch_alter_table("search", schema=None) as batch_op:
        batch_op.create_index("ix_search_started_at", ["started_at"], unique=False)

    op.create_table(
        "patrol_officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("rank", sa.String(length=60), nullable=False),
        sa.Column("nrp", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name=op.f("ck_patrol_officer_registry_or_name"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_patrol_officer_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["patrol_visit.id"], name=op.f("fk_patrol_officer_visit_id_patrol_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_officer")),
    )
    with op.batch_alter_table("patrol_officer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patrol_officer_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "search_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("search_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("rank", sa.String(length=60), nullable=False),
        sa.Column("nrp", sa.String(length=30), nullable=False),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name=op.f("ck_search_member_registry_or_name"),
        ),
        sa.ForeignKeyConstraint(
            ["search_id"], ["search.id"], name=op.f("fk_search_member_search_id_search")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_search_member_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_member")),
    )
    with op.batch_alter_table("search_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_member_search_id"), ["search_id"], unique=False)

    op.create_table(
        "search_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("search_id", sa.Integer(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(length=60), nullable=False),
        sa.Column("other_place", sa.String(length=80), nullable=False),
        sa.CheckConstraint(
            "block_id IS NOT NULL OR other_place <> ''", name=op.f("ck_search_place_block_or_place")
        ),
        sa.ForeignKeyConstraint(
            ["block_id"], ["cell_block.id"], name=op.f("fk_search_place_block_id_cell_block")
        ),
        sa.ForeignKeyConstraint(
            ["search_id"], ["search.id"], name=op.f("fk_search_place_search_id_search")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_place")),
    )
    with op.batch_alter_table("search_place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_place_search_id"), ["search_id"], unique=False)

    op.create_table(
        "search_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("search_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(length=60), nullable=False),
        sa.Column("other_place", sa.String(length=80), nullable=False),
        sa.Column("owner_inmate_id", sa.Integer(), nullable=True),
        sa.Column("photo_id", sa.Integer(), nullable=True),
        sa.Column("fate", sa.String(length=12), nullable=False),
        sa.Column("fate_on", sa.Date(), nullable=True),
        sa.Column("berita_acara", sa.String(length=80), nullable=False),
        sa.Column("handed_to", sa.String(length=120), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "block_id IS NOT NULL OR other_place <> ''",
            name=op.f("ck_search_finding_block_or_place"),
        ),
        sa.CheckConstraint(
            "fate <> 'dimusnahkan' OR (fate_on IS NOT NULL AND berita_acara <> '')",
            name=op.f("ck_search_finding_destroyed_with_berita_acara"),
        ),
        sa.CheckConstraint(
            "fate <> 'diserahkan' OR (fate_on IS NOT NULL AND handed_to <> '')",
            name=op.f("ck_search_finding_handed_over_to_someone"),
        ),
        sa.CheckConstraint(
            "fate IN ('disimpan', 'dimusnahkan', 'diserahkan')", name=op.f("ck_search_finding_fate")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_search_finding_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["block_id"], ["cell_block.id"], name=op.f("fk_search_finding_block_id_cell_block")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_search_finding_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["owner_inmate_id"],
            ["inmate.id"],
            name=op.f("fk_search_finding_owner_inmate_id_inmate"),
        ),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["attachment.id"], name=op.f("fk_search_finding_photo_id_attachment")
        ),
        sa.ForeignKeyConstraint(
            ["search_id"], ["search.id"], name=op.f("fk_search_finding_search_id_search")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_finding")),
    )
    with op.batch_alter_table("search_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_finding_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_search_finding_owner_inmate_id"), ["owner_inmate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_search_finding_search_id"), ["search_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("search_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_finding_search_id"))
        batch_op.drop_index(batch_op.f("ix_search_finding_owner_inmate_id"))
        batch_op.drop_index(batch_op.f("ix_search_finding_incident_id"))

    op.drop_table("search_finding")
    with op.batch_alter_table("search_place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_place_search_id"))

    op.drop_table("search_place")
    with op.batch_alter_table("search_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_member_search_id"))

    op.drop_table("search_member")
    with op.batch_alter_table("patrol_officer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patrol_officer_visit_id"))

    op.drop_table("patrol_officer")
    with op.batch_alter_table("search", schema=None) as batch_op:
        batch_op.drop_index("ix_search_started_at")

    op.drop_table("search")
    with op.batch_alter_table("patrol_visit", schema=None) as batch_op:
        batch_op.drop_index("ix_patrol_visit_arrived_at")

    op.drop_table("patrol_visit")
