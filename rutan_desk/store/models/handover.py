"""Tables of the shift handover (serah terima jaga) and its settings: blocks, inmate categories,
equipment and standing instructions.

Signature times (``handed_at``, ``received_at``, ``acknowledged_at``) and the times of movements
and events are wall-clock times in WIB, as written in the security report book; ``created_at``
and ``written_at`` are UTC like every other record time.
"""

from __future__ import annotations

from datetime import date, datetime, time

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
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import documents as _documents  # noqa: F401  (issued_document)
from rutan_desk.store.models import roster as _roster  # noqa: F401  (regu, and staff through it)

_KINDS = "'kunci', 'gembok', 'senjata', 'amunisi', 'ht', 'borgol', 'senter', 'buku', 'lain'"
_MASUK = "'baru', 'kembali_sidang', 'kembali_rs', 'kembali_cuti', 'pindahan_masuk'"
_KELUAR = "'bebas', 'pindah', 'sidang', 'rumah_sakit', 'kawal', 'meninggal'"


# -- settings -----------------------------------------------------------------------------


class CellBlockRow(Versioned, Base):
    """A block (blok) or room (kamar) whose inmates are counted at each handover."""

    __tablename__ = "cell_block"
    __area__ = Area.HANDOVER_SETUP
    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InmateCategoryRow(Versioned, Base):
    """Tahanan or narapidana, men or women, children: the columns of the count."""

    __tablename__ = "inmate_category"
    __area__ = Area.HANDOVER_SETUP

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class EquipmentItemRow(Versioned, Base):
    """An item checked at every handover, with the quantity that should be there."""

    __tablename__ = "equipment_item"
    __area__ = Area.HANDOVER_SETUP
    __table_args__ = (
        CheckConstraint(f"kind IN ({_KINDS})", name="kind"),
        CheckConstraint("expected_quantity >= 0", name="expected_not_negative"),
        CheckConstraint("kind <> 'senjata' OR serial <> ''", name="firearm_serial"),
        # Each firearm is its own item: two cannot share a serial (active or not, as the
        # service checks it), even when two PCs save at the same moment.
        Index(
            "uq_equipment_item_firearm_serial",
            "serial",
            unique=True,
            sqlite_where=text("kind = 'senjata'"),
            postgresql_where=text("kind = 'senjata'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))
    serial: Mapped[str] = mapped_column(String(60), default="")
    expected_quantity: Mapped[int] = mapped_column(Integer, default=1)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StandingInstructionRow(Versioned, Base):
    """An instruction of the Karutan or Ka KPR, carried from handover to handover from
    ``from_day`` until it is removed (in force on days before ``removed_on``)."""

    __tablename__ = "standing_instruction"
    __area__ = Area.HANDOVER_SETUP
    __table_args__ = (
        CheckConstraint("removed_on IS NULL OR removed_on >= from_day", name="removed_after_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    given_by: Mapped[str] = mapped_column(String(120))
    from_day: Mapped[date] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)
    removed_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64))


# -- the handover -------------------------------------------------------------------------


class HandoverRow(Versioned, Base):
    """One shift change: the outgoing shift of ``day`` hands over to the incoming shift."""

    __tablename__ = "handover"
    __area__ = Area.HANDOVER
    __table_args__ = (
        UniqueConstraint("day", "outgoing_shift"),
        CheckConstraint(
            "status IN ('draft', 'handed_over', 'received', 'acknowledged')", name="status"
        ),
        CheckConstraint(
            "acknowledged_role IS NULL OR acknowledged_role IN ('Ka KPR', 'Perwira Piket')",
            name="acknowledged_role",
        ),
        CheckConstraint("(status = 'draft') = (handed_at IS NULL)", name="handed_when_signed"),
        CheckConstraint(
            "(status IN ('received', 'acknowledged')) = (received_at IS NOT NULL)",
            name="received_when_signed",
        ),
        CheckConstraint(
            "(status = 'acknowledged') = (acknowledged_at IS NOT NULL)",
            name="acknowledged_when_signed",
        ),
        CheckConstraint("change_at > outgoing_start", name="change_after_start"),
        Index("ix_handover_outgoing_start", "outgoing_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # the day the outgoing shift started
    outgoing_shift: Mapped[str] = mapped_column(String(4))
    outgoing_start: Mapped[datetime] = mapped_column(DateTime)  # orders the chain of counts
    change_at: Mapped[datetime] = mapped_column(DateTime)  # the end of the outgoing shift
    incoming_day: Mapped[date] = mapped_column(Date)
    incoming_shift: Mapped[str] = mapped_column(String(4))
    outgoing_regu_id: Mapped[int | None] = mapped_column(ForeignKey("regu.id"))
    incoming_regu_id: Mapped[int | None] = mapped_column(ForeignKey("regu.id"))
    outgoing_karupam_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    incoming_karupam_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"))
    opening_balance: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    difference_explanation: Mapped[str] = mapped_column(Text, default="")
    unsigned_previous_reason: Mapped[str] = mapped_column(Text, default="")
    handed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handed_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_role: Mapped[str | None] = mapped_column(String(16))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64))


class HandoverOfficerRow(Base):
    __tablename__ = "handover_officer"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"
    __table_args__ = (
        UniqueConstraint("handover_id", "side", "staff_id"),
        CheckConstraint("side IN ('outgoing', 'incoming', 'external')", name="side"),
        CheckConstraint("status IN ('hadir', 'tidak_hadir', 'terlambat')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    side: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")


class HandoverCountRow(Base):
    """The count of one block and category: opening + in − out = closing, and what was counted."""

    __tablename__ = "handover_count"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"
    __table_args__ = (
        UniqueConstraint("handover_id", "block_id", "category_id"),
        CheckConstraint(
            "opening >= 0 AND came_in >= 0 AND went_out >= 0 AND closing >= 0 AND counted >= 0",
            name="not_negative",
        ),
        CheckConstraint("closing = opening + came_in - went_out", name="closing_adds_up"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"))
    block_id: Mapped[int] = mapped_column(ForeignKey("cell_block.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("inmate_category.id"))
    opening: Mapped[int] = mapped_column(Integer)
    came_in: Mapped[int] = mapped_column(Integer, default=0)
    went_out: Mapped[int] = mapped_column(Integer, default=0)
    closing: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int] = mapped_column(Integer)


class HandoverMovementRow(Base):
    __tablename__ = "handover_movement"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"
    __table_args__ = (
        CheckConstraint("count > 0", name="count_positive"),
        CheckConstraint(
            f"(direction = 'masuk' AND reason IN ({_MASUK})) "
            f"OR (direction = 'keluar' AND reason IN ({_KELUAR}))",
            name="reason_fits_direction",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    at: Mapped[time] = mapped_column(Time)
    direction: Mapped[str] = mapped_column(String(6))
    reason: Mapped[str] = mapped_column(String(16))
    block_id: Mapped[int] = mapped_column(ForeignKey("cell_block.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("inmate_category.id"))
    count: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class HandoverEquipmentRow(Base):
    """One item as checked; ``expected`` is the quantity the settings asked for that day."""

    __tablename__ = "handover_equipment"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"
    __table_args__ = (
        UniqueConstraint("handover_id", "item_id"),
        CheckConstraint("quantity >= 0 AND expected >= 0", name="not_negative"),
        CheckConstraint("condition IN ('baik', 'rusak', 'hilang')", name="condition"),
        CheckConstraint("damaged >= 0 AND damaged <= quantity", name="damaged_within_quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("equipment_item.id"))
    expected: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(8))
    # How many of those present are damaged (condition "rusak"); 0 on lines marked damaged
    # before the count was kept.
    damaged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="")


class HandoverEventRow(Base):
    """An event of the shift; ``sort`` keeps the clerk's order among events at the same time."""

    __tablename__ = "handover_event"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    at: Mapped[time] = mapped_column(Time)
    text: Mapped[str] = mapped_column(Text)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class HandoverInstructionRow(Base):
    """The standing instructions a handover passed on, kept as they were when it was saved."""

    __tablename__ = "handover_instruction"
    __area__ = Area.HANDOVER
    __audit_parent__ = "handover_id"

    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), primary_key=True)
    instruction_id: Mapped[int] = mapped_column(
        ForeignKey("standing_instruction.id"), primary_key=True
    )


class HandoverAddendumRow(Base):
    """A correction to a locked handover: numbered 1, 2, ... per handover, never edited."""

    __tablename__ = "handover_addendum"
    __area__ = Area.HANDOVER
    __table_args__ = (
        UniqueConstraint("handover_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"))
    number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(120))  # the person's full name, as printed
    # The person of the staff registry who wrote it (the account's person), for the NIP.
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    written_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
