"""security incidents (gangguan kamtib), their kinds and the full-text search over them

- ``incident`` with its lines (people, actions, notifications, evidence and its custody,
  follow-up tasks, attachments), numbered supplements and reopenings;
- ``incident_type``, seeded with the kamtib kinds, and ``incident_settings`` (the number
  pattern); the permissions ``incidents.edit`` (Operator, Karupam), ``incidents.approve``
  (Pimpinan) and ``incidents.setup`` (Operator, Administrator)
  (``rutan_desk.store.coverage.SEEDED_AFTER_BASELINE`` accounts for the seeded rows);
- ``incident_text``, the words of each incident, indexed by FTS5 on SQLite (``incident_fts``,
  kept in step by triggers) and by a GIN index on its tsvector on PostgreSQL.

Revision ID: 0010_incidents
Revises: 0009_inmates
Create Date: 2026-11-30 18:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_incidents"
down_revision: str | None = "0009_inmates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported: a migration never changes with the code.
INCIDENT_TYPES = (
    "Pencurian/pemerasan/ancaman",
    "Perkelahian antar-WBP",
    "Pemberontakan/perlawanan terhadap petugas",
    "Kebakaran",
    "Unjuk rasa/mogok makan",
    "Pelarian",
    "Percobaan pelarian",
    "Bencana alam",
    "Serangan dari luar",
    "Penyelundupan barang terlarang",
    "Kematian",
    "Percobaan bunuh diri",
    "Kehilangan senjata api/amunisi/inventaris",
    "Lain-lain",
)
GRANTS = (
    ("operator", "incidents.edit"),
    ("karupam", "incidents.edit"),
    ("pimpinan", "incidents.approve"),
    ("operator", "incidents.setup"),
    ("administrator", "incidents.setup"),
)

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE incident_fts USING fts5(body, content='incident_text',"
    " content_rowid='incident_id', tokenize='unicode61 remove_diacritics 2',"
    # The first letters of a word typed (p, pe, per) are looked up in an index of their own,
    # not by merging the lists of every word starting so; the search asks only whether an
    # incident holds each word, never for a phrase, so no positions are kept.
    " prefix='1 2 3', detail=none)",
    "CREATE TRIGGER incident_text_ai AFTER INSERT ON incident_text BEGIN"
    " INSERT INTO incident_fts(rowid, body) VALUES (new.incident_id, new.body); END",
    "CREATE TRIGGER incident_text_ad AFTER DELETE ON incident_text BEGIN"
    " INSERT INTO incident_fts(incident_fts, rowid, body)"
    " VALUES ('delete', old.incident_id, old.body); END",
    "CREATE TRIGGER incident_text_au AFTER UPDATE ON incident_text BEGIN"
    " INSERT INTO incident_fts(incident_fts, rowid, body)"
    " VALUES ('delete', old.incident_id, old.body);"
    " INSERT INTO incident_fts(rowid, body) VALUES (new.incident_id, new.body); END",
)
POSTGRESQL_SEARCH = (
    "CREATE INDEX ix_incident_text_search ON incident_text USING gin (to_tsvector('simple', body))",
)


def upgrade() -> None:
    op.create_table(
        "incident_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number_pattern", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_settings")),
    )
    op.create_table(
        "incident_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_type")),
        sa.UniqueConstraint("name", name=op.f("uq_incident_type_name")),
    )
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(length=60), nullable=False),
        sa.Column("other_place", sa.String(length=80), nullable=False),
        sa.Column("shift_code", sa.String(length=4), nullable=False),
        sa.Column("regu_id", sa.Integer(), nullable=True),
        sa.Column("karupam_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("chronology", sa.Text(), nullable=False),
        sa.Column("injuries", sa.Text(), nullable=False),
        sa.Column("damage", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approval_paper_id", sa.Integer(), nullable=True),
        sa.Column("handover_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "severity IN ('ringan', 'sedang', 'berat')", name=op.f("ck_incident_severity")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'reported', 'handled', 'closed')", name=op.f("ck_incident_status")
        ),
        sa.CheckConstraint(
            "reported_at >= happened_at", name=op.f("ck_incident_reported_after_happened")
        ),
        sa.CheckConstraint("serial > 0", name=op.f("ck_incident_serial_positive")),
        sa.ForeignKeyConstraint(
            ["approval_paper_id"],
            ["paper_signature.id"],
            name=op.f("fk_incident_approval_paper_id_paper_signature"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["staff.id"], name=op.f("fk_incident_approved_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["block_id"], ["cell_block.id"], name=op.f("fk_incident_block_id_cell_block")
        ),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_incident_handover_id_handover")
        ),
        sa.ForeignKeyConstraint(
            ["karupam_id"], ["staff.id"], name=op.f("fk_incident_karupam_id_staff")
        ),
        sa.ForeignKeyConstraint(["regu_id"], ["regu.id"], name=op.f("fk_incident_regu_id_regu")),
        sa.ForeignKeyConstraint(
            ["type_id"], ["incident_type.id"], name=op.f("fk_incident_type_id_incident_type")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("year", "serial", name=op.f("uq_incident_year_serial")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_happened_at", ["happened_at"], unique=False)
        batch_op.create_index("ix_incident_type_happened", ["type_id", "happened_at"], unique=False)
        batch_op.create_index(
            "ix_incident_status_happened", ["status", "happened_at"], unique=False
        )

    op.create_table(
        "incident_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_action_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_incident_action_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_action")),
    )
    with op.batch_alter_table("incident_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_action_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_incident_attachment_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_attachment_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_attachment")),
    )
    with op.batch_alter_table("incident_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_attachment_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_incident_evidence_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_evidence_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_evidence")),
    )
    with op.batch_alter_table("incident_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_evidence_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=14), nullable=False),
        sa.Column("whom", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("how", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "level IN ('karupam', 'ka_kpr', 'perwira_piket', 'karutan', 'kanwil', 'polres')",
            name=op.f("ck_incident_notification_level"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_notification_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_notification")),
    )
    with op.batch_alter_table("incident_notification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_notification_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("inmate_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("identity", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "(kind = 'inmate' AND inmate_id IS NOT NULL AND staff_id IS NULL)"
            " OR (kind = 'staff' AND staff_id IS NOT NULL AND inmate_id IS NULL)"
            " OR (kind = 'outsider' AND inmate_id IS NULL AND staff_id IS NULL AND name <> '')",
            name=op.f("ck_incident_person_kind_matches"),
        ),
        sa.CheckConstraint(
            "role IN ('pelaku', 'korban', 'saksi', 'pelapor')", name=op.f("ck_incident_person_role")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_person_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_incident_person_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_incident_person_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_person")),
    )
    with op.batch_alter_table("incident_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_person_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incident_person_inmate_id"), ["inmate_id"], unique=False
        )

    op.create_table(
        "incident_reopening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_reopening_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_reopening")),
    )
    with op.batch_alter_table("incident_reopening", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_reopening_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_supplement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("author_staff_id", sa.Integer(), nullable=True),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("number > 0", name=op.f("ck_incident_supplement_number_positive")),
        sa.ForeignKeyConstraint(
            ["author_staff_id"],
            ["staff.id"],
            name=op.f("fk_incident_supplement_author_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_supplement_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_supplement")),
        sa.UniqueConstraint(
            "incident_id", "number", name=op.f("uq_incident_supplement_incident_id_number")
        ),
    )
    with op.batch_alter_table("incident_supplement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_supplement_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'cancelled')", name=op.f("ck_incident_task_status")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_task_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_incident_task_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_task")),
    )
    with op.batch_alter_table("incident_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_task_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_text",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_text_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("incident_id", name=op.f("pk_incident_text")),
    )
    op.create_table(
        "evidence_custody",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["incident_evidence.id"],
            name=op.f("fk_evidence_custody_evidence_id_incident_evidence"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_evidence_custody_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_custody")),
    )
    with op.batch_alter_table("evidence_custody", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_custody_incident_id"), ["incident_id"], unique=False
        )
    kinds = sa.table(
        "incident_type",
        sa.column("id", sa.Integer()),
        sa.column("name"),
        sa.column("sort_order", sa.Integer()),
        sa.column("active", sa.Boolean()),
    )
    op.bulk_insert(
        kinds,
        [
            {"id": number, "name": name, "sort_order": number, "active": True}
            for number, name in enumerate(INCIDENT_TYPES, start=1)
        ],
    )
    if op.get_bind().dialect.name == "postgresql":  # the ids above were given, not drawn
        op.execute("SELECT setval('incident_type_id_seq', (SELECT max(id) FROM incident_type))")
    matrix = sa.table("role_permission", sa.column("role"), sa.column("permission"))
    op.bulk_insert(matrix, [{"role": role, "permission": p} for role, p in GRANTS])
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRESQL_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    matrix = sa.table("role_permission", sa.column("permission"))
    op.execute(matrix.delete().where(matrix.c.permission.in_({p for _, p in GRANTS})))
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("incident_text_ai", "incident_text_ad", "incident_text_au"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE incident_fts")
    with op.batch_alter_table("evidence_custody", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_custody_incident_id"))

    op.drop_table("evidence_custody")
    op.drop_table("incident_text")
    with op.batch_alter_table("incident_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_task_incident_id"))

    op.drop_table("incident_task")
    with op.batch_alter_table("incident_supplement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_supplement_incident_id"))

    op.drop_table("incident_supplement")
    with op.batch_alter_table("incident_reopening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_reopening_incident_id"))

    op.drop_table("incident_reopening")
    with op.batch_alter_table("incident_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_person_inmate_id"))
        batch_op.drop_index(batch_op.f("ix_incident_person_incident_id"))

    op.drop_table("incident_person")
    with op.batch_alter_table("incident_notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_notification_incident_id"))

    op.drop_table("incident_notification")
    with op.batch_alter_table("incident_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_evidence_incident_id"))

    op.drop_table("incident_evidence")
    with op.batch_alter_table("incident_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_attachment_incident_id"))

    op.drop_table("incident_attachment")
    with op.batch_alter_table("incident_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_action_incident_id"))

    op.drop_table("incident_action")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_status_happened")
        batch_op.drop_index("ix_incident_type_happened")
        batch_op.drop_index("ix_incident_happened_at")

    op.drop_table("incident")
    op.drop_table("incident_type")
    op.drop_table("incident_settings")
