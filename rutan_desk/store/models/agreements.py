"""Tables of cooperation agreements: the partners and their contact persons; the agreement
with its parties (each with its own document number and signatory), its scope and its signed
scans; its obligations with their evidence; the coordination meetings and visits with the
partners and their follow-up actions; the warning window.

``agreement.ends_on`` is the effective last valid day (the agreement's own, or the one its
latest addendum set), kept by the services so the tab's list and the expiry warnings are one
indexed query.
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
)
from sqlalchemy.orm import Mapped, mapped_column, validates

from rutan_desk.domain.changes import Area
from rutan_desk.domain.stored_values import name_key
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import attachments as _attachments  # noqa: F401  (attachment)
from rutan_desk.store.models import staff as _staff  # noqa: F401  (staff)
from rutan_desk.store.models.patrols import PatrolVisitRow

_KINDS = "'pks', 'mou', 'addendum'"
_RESPONSIBLE = "'own', 'partner', 'joint'"
_RECURRENCES = "'none', 'once', 'monthly', 'quarterly', 'yearly'"
_OBLIGATION_STATUSES = "'belum', 'berjalan', 'selesai', 'tidak_berlaku'"


# -- partners -------------------------------------------------------------------------------


class PartnerRow(Versioned, Base):
    """An institution the unit works with (Polres Blora, Kodim 0721/Blora, Pemda). Retired,
    not deleted, once an agreement names it."""

    __tablename__ = "partner"
    __area__ = Area.AGREEMENTS

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    # The name as compared (name_key): unique, so that case variants are one name here too.
    name_key: Mapped[str] = mapped_column(String(160), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    @validates("name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name


class PartnerContactRow(Base):
    """A contact person of a partner."""

    __tablename__ = "partner_contact"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "partner_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(120), default="")
    rank: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")


# -- agreements -----------------------------------------------------------------------------


class AgreementRow(Versioned, Base):
    """An agreement: a draft until finalised; renewed by a successor that names it as its
    predecessor; an addendum names the agreement it amends as its parent, as a PKS names the
    MoU it implements."""

    __tablename__ = "agreement"
    __area__ = Area.AGREEMENTS
    __table_args__ = (
        CheckConstraint(f"kind IN ({_KINDS})", name="kind"),
        CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name="valid_to_after_from",
        ),
        CheckConstraint(
            "NOT (until_revoked AND valid_to IS NOT NULL)", name="end_or_until_revoked"
        ),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint("predecessor_id IS NULL OR predecessor_id <> id", name="not_own_renewal"),
        # The expiry warnings: finalised agreements by their last valid day.
        Index("ix_agreement_draft_ends_on", "draft", "ends_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    place_signed: Mapped[str] = mapped_column(String(120), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)  # its own last valid day
    until_revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    ends_on: Mapped[date | None] = mapped_column(Date)  # effective, after the addenda
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    # One renewal per agreement: the chain of renewals is a line.
    predecessor_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), unique=True)
    draft: Mapped[bool] = mapped_column(Boolean, default=True)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoked_reason: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class AgreementPartyRow(Base):
    """A party to the agreement, in the order of the text (PIHAK PERTAMA, PIHAK KEDUA, ...):
    our unit (no partner) or a partner, with the number it gave the document and who signed
    for it."""

    __tablename__ = "agreement_party"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "agreement_id"
    __table_args__ = (
        CheckConstraint(
            "(own AND partner_id IS NULL) OR (NOT own AND partner_id IS NOT NULL)",
            name="own_or_partner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    document_number: Mapped[str] = mapped_column(String(120), default="")
    signatory_name: Mapped[str] = mapped_column(String(120), default="")
    signatory_position: Mapped[str] = mapped_column(String(160), default="")
    signatory_id_number: Mapped[str] = mapped_column(String(30), default="")  # NIP or NRP


class AgreementScopeRow(Base):
    """A field of the scope (ruang lingkup), in order."""

    __tablename__ = "agreement_scope"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "agreement_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))


class AgreementScanRow(Base):
    """A scan of the signed agreement (a PDF, or the pages as images)."""

    __tablename__ = "agreement_scan"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "agreement_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    caption: Mapped[str] = mapped_column(String(200), default="")


# -- obligations ----------------------------------------------------------------------------


class ObligationRow(Versioned, Base):
    """A commitment of the agreement: what, which side, who sees to it, by when or how often,
    how far it is; the patrol visits of ``evidence_agency`` count as its evidence."""

    __tablename__ = "obligation"
    __area__ = Area.AGREEMENTS
    __table_args__ = (
        CheckConstraint(f"responsible IN ({_RESPONSIBLE})", name="responsible"),
        CheckConstraint(
            "(responsible = 'partner') = (partner_id IS NOT NULL)", name="partner_when_partners"
        ),
        CheckConstraint(f"recurrence IN ({_RECURRENCES})", name="recurrence"),
        CheckConstraint("recurrence <> 'once' OR due_on IS NOT NULL", name="once_has_due_date"),
        CheckConstraint(f"status IN ({_OBLIGATION_STATUSES})", name="status"),
        # The open obligations of an agreement (the list's count, the overdue warnings).
        Index("ix_obligation_agreement_status", "agreement_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))
    responsible: Mapped[str] = mapped_column(String(8), default="own")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    owner: Mapped[str] = mapped_column(String(120), default="")  # who sees to it
    recurrence: Mapped[str] = mapped_column(String(10), default="none")
    due_on: Mapped[date | None] = mapped_column(Date)  # a one-off's
    starts_on: Mapped[date | None] = mapped_column(Date)  # a recurring one's first period
    status: Mapped[str] = mapped_column(String(14), default="belum")
    evidence_agency: Mapped[str] = mapped_column(String(120), default="")  # as patrol visits
    note: Mapped[str] = mapped_column(Text, default="")
    # The obligation of the predecessor it was carried over from at a renewal.
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("obligation.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ObligationEvidenceRow(Base):
    """Evidence that an obligation was carried out on a day: a note, a file, or a record
    elsewhere in the app (a patrol visit)."""

    __tablename__ = "obligation_evidence"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "obligation_id"
    __table_args__ = (Index("ix_obligation_evidence_obligation_on", "obligation_id", "done_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(ForeignKey("obligation.id"))
    done_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    patrol_visit_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_visit.id"))


# The patrol visits of one agency by day: the evidence of a patrol obligation (patrol_visit
# belongs to the Kamtib tab; the index is this area's need).
Index("ix_patrol_visit_agency_arrived_at", PatrolVisitRow.agency, PatrolVisitRow.arrived_at)


# -- coordination ---------------------------------------------------------------------------


class CoordinationRow(Versioned, Base):
    """A meeting or visit with partners (the visit to the Pemda about the PTSP building):
    when, where, about what, what came of it; linked to an agreement where it concerns one."""

    __tablename__ = "coordination"
    __area__ = Area.AGREEMENTS

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(160), default="")
    subject: Mapped[str] = mapped_column(String(300))
    outcome: Mapped[str] = mapped_column(Text, default="")
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class CoordinationPartnerRow(Base):
    """A partner the meeting was with."""

    __tablename__ = "coordination_partner"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "coordination_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    coordination_id: Mapped[int] = mapped_column(ForeignKey("coordination.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)


class CoordinationAttendeeRow(Base):
    """Someone who attended: of the staff registry, or written by name (and position)."""

    __tablename__ = "coordination_attendee"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "coordination_id"
    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name="registry_or_name",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coordination_id: Mapped[int] = mapped_column(ForeignKey("coordination.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[str] = mapped_column(String(160), default="")  # Sekretaris Daerah


class CoordinationActionRow(Base):
    """A follow-up agreed at the meeting: what, who, by when, and when it was done."""

    __tablename__ = "coordination_action"
    __area__ = Area.AGREEMENTS
    __audit_parent__ = "coordination_id"
    __table_args__ = (
        # The overdue follow-ups: the open ones by due date.
        Index("ix_coordination_action_done_due", "done_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coordination_id: Mapped[int] = mapped_column(ForeignKey("coordination.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


# -- settings -------------------------------------------------------------------------------


class AgreementSettingsRow(Versioned, Base):
    """The window of the expiry warnings (one row; absent until first changed)."""

    __tablename__ = "agreement_settings"
    __area__ = Area.AGREEMENTS
    __table_args__ = (CheckConstraint("warning_days > 0", name="warning_days_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warning_days: Mapped[int] = mapped_column(Integer)
