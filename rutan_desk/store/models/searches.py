"""Tables of searches (penggeledahan): the search, its team, the places searched and the
findings with their fate (kept, destroyed, handed over to the police) and the incident a
finding opened.

Times of the search are wall-clock times in WIB, as the berita acara writes them;
``created_at`` is UTC like every other record time.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import attachments as _attachments  # noqa: F401  (attachment)
from rutan_desk.store.models import documents as _documents  # noqa: F401  (issued_document)
from rutan_desk.store.models import handover as _handover  # noqa: F401  (cell_block)
from rutan_desk.store.models import incidents as _incidents  # noqa: F401  (incident)
from rutan_desk.store.models import inmates as _inmates  # noqa: F401  (inmate)
from rutan_desk.store.models import staff as _staff  # noqa: F401  (staff)

_FATES = "'disimpan', 'dimusnahkan', 'diserahkan'"


class SearchRow(Versioned, Base):
    """A search: when, routine or incidental, joint with which agencies, under which order,
    led by whom."""

    __tablename__ = "search"
    __area__ = Area.SEARCHES
    __table_args__ = (
        CheckConstraint("kind IN ('rutin', 'insidentil')", name="kind"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ended_after_started"),
        Index("ix_search_started_at", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(10))
    agencies: Mapped[str] = mapped_column(String(300), default="")  # one a line: TNI, Polri
    # The order (surat perintah) it was carried out under, from the letter register.
    order_document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"))
    leader_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SearchMemberRow(Base):
    """A member of the team: from the staff registry (own staff or external personnel), or
    someone from another agency written by name, rank and NRP."""

    __tablename__ = "search_member"
    __area__ = Area.SEARCHES
    __audit_parent__ = "search_id"
    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name="registry_or_name",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    rank: Mapped[str] = mapped_column(String(60), default="")
    nrp: Mapped[str] = mapped_column(String(30), default="")
    agency: Mapped[str] = mapped_column(String(120), default="")


class SearchPlaceRow(Base):
    """A block (and room) searched, or another place (dapur, lapangan)."""

    __tablename__ = "search_place"
    __area__ = Area.SEARCHES
    __audit_parent__ = "search_id"
    __table_args__ = (
        CheckConstraint("block_id IS NOT NULL OR other_place <> ''", name="block_or_place"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id"), index=True)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("cell_block.id"))
    room: Mapped[str] = mapped_column(String(60), default="")
    other_place: Mapped[str] = mapped_column(String(80), default="")


class FindingRow(Base):
    """A thing found: its kind (``domain.searches.FindingItem``), how many, where, whose when
    known, a photo; then its fate, and the incident it opened."""

    __tablename__ = "search_finding"
    __area__ = Area.SEARCHES
    __audit_parent__ = "search_id"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("block_id IS NOT NULL OR other_place <> ''", name="block_or_place"),
        CheckConstraint(f"fate IN ({_FATES})", name="fate"),
        CheckConstraint(
            "fate <> 'dimusnahkan' OR (fate_on IS NOT NULL AND berita_acara <> '')",
            name="destroyed_with_berita_acara",
        ),
        CheckConstraint(
            "fate <> 'diserahkan' OR (fate_on IS NOT NULL AND handed_to <> '')",
            name="handed_over_to_someone",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id"), index=True)
    item: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(20), default="buah")
    block_id: Mapped[int | None] = mapped_column(ForeignKey("cell_block.id"))
    room: Mapped[str] = mapped_column(String(60), default="")
    other_place: Mapped[str] = mapped_column(String(80), default="")
    owner_inmate_id: Mapped[int | None] = mapped_column(ForeignKey("inmate.id"), index=True)
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    fate: Mapped[str] = mapped_column(String(12), default="disimpan")
    fate_on: Mapped[date | None] = mapped_column(Date)
    berita_acara: Mapped[str] = mapped_column(String(80), default="")  # its number
    handed_to: Mapped[str] = mapped_column(String(120), default="")
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), index=True)
