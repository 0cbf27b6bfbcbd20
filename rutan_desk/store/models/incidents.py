"""Tables of security incidents (gangguan kamtib): the record, its lines (people, actions,
notifications, evidence and its custody, follow-up tasks, attachments), its numbered
supplements and reopenings, and the settings (types, the number pattern).

Times of the incident, of actions and notifications are wall-clock times in WIB, as written in
the report book; ``created_at`` and ``written_at`` are UTC like every other record time.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, validates

from rutan_desk.domain.changes import Area
from rutan_desk.domain.stored_values import name_key
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import attachments as _attachments  # noqa: F401  (attachment)
from rutan_desk.store.models import handover as _handover  # noqa: F401  (cell_block, handover)
from rutan_desk.store.models import inmates as _inmates  # noqa: F401  (inmate)

_SEVERITIES = "'ringan', 'sedang', 'berat'"
_STATUSES = "'draft', 'reported', 'handled', 'closed'"
_ROLES = "'pelaku', 'korban', 'saksi', 'pelapor'"
_LEVELS = "'karupam', 'ka_kpr', 'perwira_piket', 'karutan', 'kanwil', 'polres'"


# -- settings -----------------------------------------------------------------------------


class IncidentTypeRow(Versioned, Base):
    """A kind of kamtib disturbance. Retired, not deleted, once records use it."""

    __tablename__ = "incident_type"
    __area__ = Area.INCIDENT_SETUP

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # The name as compared (name_key): unique, so that case variants are one name here too.
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    @validates("name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name


class IncidentSettingsRow(Versioned, Base):
    """The pattern of the incidents' own numbers (one row; absent until first changed)."""

    __tablename__ = "incident_settings"
    __area__ = Area.INCIDENT_SETUP

    id: Mapped[int] = mapped_column(primary_key=True)
    number_pattern: Mapped[str] = mapped_column(String(80))


# -- the record ---------------------------------------------------------------------------


class IncidentRow(Versioned, Base):
    __tablename__ = "incident"
    __area__ = Area.INCIDENTS
    __table_args__ = (
        UniqueConstraint("year", "serial"),
        CheckConstraint(f"severity IN ({_SEVERITIES})", name="severity"),
        CheckConstraint(f"status IN ({_STATUSES})", name="status"),
        CheckConstraint("reported_at >= happened_at", name="reported_after_happened"),
        CheckConstraint("serial > 0", name="serial_positive"),
        Index("ix_incident_happened_at", "happened_at"),
        # A filter on a rare kind or a status, newest first, without walking every date.
        Index("ix_incident_type_happened", "type_id", "happened_at"),
        Index("ix_incident_status_happened", "status", "happened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(80))  # as the pattern of its year made it
    type_id: Mapped[int] = mapped_column(ForeignKey("incident_type.id"))
    severity: Mapped[str] = mapped_column(String(8))
    happened_at: Mapped[datetime] = mapped_column(DateTime)
    reported_at: Mapped[datetime] = mapped_column(DateTime)
    # Where: a block (and room) counted at the handovers, or another place (P2U, dapur, ...).
    block_id: Mapped[int | None] = mapped_column(ForeignKey("cell_block.id"))
    room: Mapped[str] = mapped_column(String(60), default="")
    other_place: Mapped[str] = mapped_column(String(80), default="")
    # Who was on duty at that moment, from the roster (kept as it was then).
    shift_code: Mapped[str] = mapped_column(String(4), default="")
    regu_id: Mapped[int | None] = mapped_column(ForeignKey("regu.id"))
    karupam_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    summary: Mapped[str] = mapped_column(String(200))
    chronology: Mapped[str] = mapped_column(Text, default="")
    injuries: Mapped[str] = mapped_column(Text, default="")
    damage: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    # Approval locks the record: by a Pimpinan in the app, or recorded from paper with its scan.
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approval_paper_id: Mapped[int | None] = mapped_column(ForeignKey("paper_signature.id"))
    # The handover whose equipment warning opened this record.
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"))
    # Its report (Laporan Kejadian) as issued through the letter register.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class IncidentPersonRow(Base):
    """Someone involved: an inmate (registry), an officer (staff registry) or an outsider."""

    __tablename__ = "incident_person"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"
    __table_args__ = (
        CheckConstraint(f"role IN ({_ROLES})", name="role"),
        CheckConstraint(
            "(kind = 'inmate' AND inmate_id IS NOT NULL AND staff_id IS NULL)"
            " OR (kind = 'staff' AND staff_id IS NOT NULL AND inmate_id IS NULL)"
            " OR (kind = 'outsider' AND inmate_id IS NULL AND staff_id IS NULL AND name <> '')",
            name="kind_matches",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    role: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    inmate_id: Mapped[int | None] = mapped_column(ForeignKey("inmate.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    name: Mapped[str] = mapped_column(String(120), default="")  # an outsider's
    identity: Mapped[str] = mapped_column(String(40), default="")  # an outsider's NIK or card
    note: Mapped[str] = mapped_column(String(200), default="")


class IncidentActionRow(Base):
    """What was done, when and by whom."""

    __tablename__ = "incident_action"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(String(300))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class IncidentNotificationRow(Base):
    """Who was told, when and how, up the ladder (and the police)."""

    __tablename__ = "incident_notification"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"
    __table_args__ = (CheckConstraint(f"level IN ({_LEVELS})", name="level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    level: Mapped[str] = mapped_column(String(14))
    whom: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime)
    how: Mapped[str] = mapped_column(String(40), default="")


class IncidentEvidenceRow(Base):
    """A piece of evidence (barang bukti)."""

    __tablename__ = "incident_evidence"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(200), default="")


class EvidenceCustodyRow(Base):
    """Who holds a piece of evidence, since when, where: the chain of custody, appended to even
    after the record is approved (a hand-over to the police is a new fact of custody)."""

    __tablename__ = "evidence_custody"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("incident_evidence.id"))
    holder: Mapped[str] = mapped_column(String(120))
    since: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(120), default="")


class IncidentTaskRow(Base):
    """A follow-up: what, who, by when, and whether it was done."""

    __tablename__ = "incident_task"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")


class IncidentAttachmentRow(Base):
    """A photo or scan kept with the record (the file itself is an ``attachment``)."""

    __tablename__ = "incident_attachment"
    __area__ = Area.INCIDENTS
    __audit_parent__ = "incident_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    caption: Mapped[str] = mapped_column(String(200), default="")


class IncidentSupplementRow(Base):
    """A new fact after approval: numbered 1, 2, ... per incident, never edited."""

    __tablename__ = "incident_supplement"
    __area__ = Area.INCIDENTS
    __table_args__ = (
        UniqueConstraint("incident_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))  # who wrote it (the actor's audit name)
    author_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    written_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class IncidentReopeningRow(Base):
    """A closed incident opened again, with the reason."""

    __tablename__ = "incident_reopening"
    __area__ = Area.INCIDENTS

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    reason: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class IncidentTextRow(Base):
    """The words of one incident for the full-text search: its number, summary, chronology,
    people, actions and supplements, rewritten by the services whenever one of them changes.
    Derived (rebuilt from the record), so not audited. On SQLite the FTS5 table
    ``incident_fts`` indexes it through triggers; on PostgreSQL a GIN index on its tsvector
    does (both made by migration 0010, not by the models)."""

    __tablename__ = "incident_text"
    __area__ = Area.INCIDENTS
    __audited__ = False

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
