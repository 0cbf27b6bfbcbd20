"""signatures on paper with their scans, the audit head on issued documents, the audit baseline

- ``attachment`` keeps files (scans) inside the database, with their SHA-256;
- ``paper_signature`` records a signature given on paper and entered by the clerk;
- ``audit_log`` gets an index on the record an entry is about (a record's history);
- ``issued_document`` keeps the head of the audit trail when it was issued (printed as a code);
- an audit entry ``audit``/``baseline`` says which rows every table held at this revision: from
  here on the trail must account for every row (``rutan_desk.store.coverage``). A database that
  holds only what a new one is made with needs no baseline.

Revision ID: 0008_audit_anchors
Revises: 0007_accounts
Create Date: 2026-11-30 17:00:00
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008_audit_anchors"
down_revision: str | None = "0007_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_AUDITED = {"audit_log", "audit_head", "alembic_version"}
# Tables whose rows are lines of a record (recorded in their parent's entry): counted.
LINES = {
    "alert_extra",
    "handover_count",
    "handover_equipment",
    "handover_event",
    "handover_instruction",
    "handover_movement",
    "handover_officer",
    "post_minimum",
}
GENESIS = "0" * 64
# What a new database holds at this revision: the shift codes, inmate categories and roster
# settings of 0002 and 0005, the permission matrix of 0007.
NEW_DATABASE: dict[str, dict[str, Any]] = {
    "inmate_category": {"count": 5, "ids": "1-5"},
    "role_permission": {"count": 20},
    "roster_settings": {"count": 1, "ids": "1"},
    "shift_type": {"count": 5, "ids": "1-5"},
}


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index(op.f("ix_attachment_sha256"), "attachment", ["sha256"], unique=False)
    op.create_table(
        "paper_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('hand_over', 'receive', 'acknowledge', 'approve')",
            name=op.f("ck_paper_signature_role"),
        ),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["attachment.id"], name=op.f("fk_paper_signature_scan_id_attachment")
        ),
        sa.ForeignKeyConstraint(
            ["signer_id"], ["staff.id"], name=op.f("fk_paper_signature_signer_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_signature")),
    )
    op.create_index(
        op.f("ix_paper_signature_entity_id"), "paper_signature", ["entity_id"], unique=False
    )
    with op.batch_alter_table("issued_document") as batch_op:
        batch_op.add_column(sa.Column("audit_head_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("audit_head_hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_entity_record", "audit_log", ["entity", "entity_id"])
    _write_baseline()


def downgrade() -> None:
    op.drop_index("ix_audit_log_entity_record", table_name="audit_log")
    with op.batch_alter_table("issued_document") as batch_op:
        batch_op.drop_column("audit_head_hash")
        batch_op.drop_column("audit_head_id")
    op.drop_index(op.f("ix_paper_signature_entity_id"), table_name="paper_signature")
    op.drop_table("paper_signature")
    op.drop_index(op.f("ix_attachment_sha256"), table_name="attachment")
    op.drop_table("attachment")


# -- the baseline: what every table holds now, appended to the hash chain -------------------
# A frozen copy of the chain's hashing (rutan_desk.store.audit): a migration never changes
# with the code.


def _ranges(ids: list[int]) -> str:
    parts: list[str] = []
    start = previous = None
    for value in sorted(ids):
        if previous is not None and value == previous + 1:
            previous = value
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = value
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return ",".join(parts)


def _picture(bind: sa.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    inspector = sa.inspect(bind)
    tables: dict[str, dict[str, Any]] = {}
    for name in sorted(set(inspector.get_table_names()) - NOT_AUDITED):
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        key = inspector.get_pk_constraint(name).get("constrained_columns") or []
        single = (
            len(key) == 1 and isinstance(columns[key[0]]["type"], sa.Integer) and name not in LINES
        )
        if single:
            ids = [row[0] for row in bind.execute(sa.text(f'SELECT "{key[0]}" FROM "{name}"'))]
            tables[name] = {"count": len(ids), "ids": _ranges(ids)}
        else:
            count = bind.execute(sa.text(f'SELECT count(*) FROM "{name}"')).scalar() or 0
            tables[name] = {"count": int(count)}
    return {"tables": tables}


def _canonical(values: object) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _write_baseline() -> None:
    bind = op.get_bind()
    picture = _picture(bind)
    if all(
        seen == NEW_DATABASE.get(name, {"count": 0, "ids": ""} if "ids" in seen else {"count": 0})
        for name, seen in picture["tables"].items()
    ):
        return  # nothing to account for beyond what every new database holds
    head = bind.execute(sa.text("SELECT last_id, last_hash FROM audit_head WHERE id = 1")).first()
    last_id, last_hash = (head[0], head[1]) if head is not None else (0, GENESIS)
    entry_id = last_id + 1
    at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    after = _canonical(picture)
    actor, entity, entity_id, action = "sistem:migrasi", "audit", "baseline", "event"
    payload = json.dumps(
        [entry_id, at.isoformat(), actor, entity, entity_id, action, None, after, last_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),
        sa.column("actor"),
        sa.column("entity"),
        sa.column("entity_id"),
        sa.column("action"),
        sa.column("before"),
        sa.column("after"),
        sa.column("prev_hash"),
        sa.column("hash"),
    )
    op.bulk_insert(
        log,
        [
            {
                "id": entry_id,
                "at": at,
                "actor": actor,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "before": None,
                "after": after,
                "prev_hash": last_hash,
                "hash": digest,
            }
        ],
    )
    if head is None:
        bind.execute(
            sa.text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, :i, :h)"),
            {"i": entry_id, "h": digest},
        )
    else:
        bind.execute(
            sa.text("UPDATE audit_head SET last_id = :i, last_hash = :h WHERE id = 1"),
            {"i": entry_id, "h": digest},
        )
