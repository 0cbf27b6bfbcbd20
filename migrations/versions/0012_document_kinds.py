"""each kind of document with its own number pattern and serial; an incident's issued report

- ``document_kind``: one row per kind of numbered document with its number pattern, seeded for
  the seven kinds (``rutan_desk.store.coverage.SEEDED_AFTER_BASELINE`` accounts for them). In a
  database that has numbered before (a saved pattern, or issued documents), the pattern all
  kinds shared becomes the pattern of the kinds that existed then (Surat Perintah, Laporan
  Serah Terima Jaga), so their next numbers look as before; every other kind, and every kind of
  a new database, starts on its own default. ``document_settings.number_pattern`` goes;
- ``issued_document``: the serial is unique per kind and year (the number stays unique per
  year, whatever the kind), and its kind is one of ``document_kind``;
- ``incident.document_id``: the incident's report (Laporan Kejadian) as issued.

Downgrading gives the shared pattern back from the Surat Perintah's, and fails where two kinds
have taken the same serial in a year (the older schema cannot hold them).

Revision ID: 0012_document_kinds
Revises: 0011_searches_patrols
Create Date: 2026-11-30 19:04:41
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_document_kinds"
down_revision: str | None = "0011_searches_patrols"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported: a migration never changes with the code.
KINDS = (
    ("surat_perintah", "SP-{nomor:04d}/{bulan_romawi}/{tahun}"),
    ("serah_terima", "STJ-{nomor:04d}/{bulan_romawi}/{tahun}"),
    ("laporan_kejadian", "LK-{nomor:03d}/{bulan_romawi}/{tahun}"),
    ("ba_penggeledahan", "BA.GLD-{nomor:03d}/{bulan_romawi}/{tahun}"),
    ("ba_pemusnahan", "BA.MSN-{nomor:03d}/{bulan_romawi}/{tahun}"),
    ("laporan_harian_kamtib", "LHK-{nomor:03d}/{bulan_romawi}/{tahun}"),
    ("rekap_kamtib", "REKAP-{nomor:02d}/{bulan_romawi}/{tahun}"),
)
# The kinds that were numbered with the one shared pattern, and that pattern's default.
EARLIER_KINDS = ("surat_perintah", "serah_terima")
SHARED_DEFAULT = "SP-{nomor:04d}/{bulan_romawi}/{tahun}"


def _shared_pattern(bind: sa.Connection) -> str | None:
    """The pattern every kind shared, if this database ever numbered with it."""
    saved = bind.execute(sa.text("SELECT number_pattern FROM document_settings WHERE id = 1"))
    pattern = saved.scalar()
    if pattern is not None:
        return str(pattern)
    issued = bind.execute(sa.text("SELECT count(*) FROM issued_document")).scalar()
    return SHARED_DEFAULT if issued else None


def upgrade() -> None:
    bind = op.get_bind()
    shared = _shared_pattern(bind)
    op.create_table(
        "document_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("number_pattern", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_kind")),
        sa.UniqueConstraint("kind", name=op.f("uq_document_kind_kind")),
    )
    kinds = sa.table(
        "document_kind",
        sa.column("id", sa.Integer()),
        sa.column("kind"),
        sa.column("number_pattern"),
    )
    op.bulk_insert(
        kinds,
        [
            {
                "id": number,
                "kind": kind,
                "number_pattern": shared if shared and kind in EARLIER_KINDS else default,
            }
            for number, (kind, default) in enumerate(KINDS, start=1)
        ],
    )
    if bind.dialect.name == "postgresql":  # the ids above were given, not drawn
        op.execute("SELECT setval('document_kind_id_seq', (SELECT max(id) FROM document_kind))")
    with op.batch_alter_table("document_settings", schema=None) as batch_op:
        batch_op.drop_column("number_pattern")

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_incident_document_id_issued_document"),
            "issued_document",
            ["document_id"],
            ["id"],
        )

    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_issued_document_year_serial"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_issued_document_kind_year_serial"), ["kind", "year", "serial"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_document_kind_document_kind"),
            "document_kind",
            ["kind"],
            ["kind"],
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_issued_document_kind_document_kind"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_issued_document_kind_year_serial"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_issued_document_year_serial"), ["year", "serial"]
        )

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_incident_document_id_issued_document"), type_="foreignkey"
        )
        batch_op.drop_column("document_id")

    with op.batch_alter_table("document_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "number_pattern",
                sa.String(length=120),
                server_default=SHARED_DEFAULT,
                nullable=False,
            )
        )
    op.execute(
        "UPDATE document_settings SET number_pattern = (SELECT number_pattern FROM"
        " document_kind WHERE kind = 'surat_perintah') WHERE EXISTS (SELECT 1 FROM"
        " document_kind WHERE kind = 'surat_perintah')"
    )
    with op.batch_alter_table("document_settings", schema=None) as batch_op:
        batch_op.alter_column("number_pattern", server_default=None)

    op.drop_table("document_kind")
