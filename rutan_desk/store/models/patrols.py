"""Tables of patrol visits (patroli sambang) and other security visits: the visit and the
officers who came.

Times of the visit are wall-clock times in WIB, as the visit book writes them; ``created_at``
is UTC like every other record time.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import staff as _staff  # noqa: F401  (staff)

_KINDS = "'sambang', 'koordinasi', 'sidak', 'lain'"


class PatrolVisitRow(Versioned, Base):
    """A visit: when they came and left, the agency and unit, what they checked, notes, and
    the Rutan officer who received them."""

    __tablename__ = "patrol_visit"
    __area__ = Area.PATROLS
    __table_args__ = (
        CheckConstraint(f"kind IN ({_KINDS})", name="kind"),
        CheckConstraint("left_at IS NULL OR left_at >= arrived_at", name="left_after_arrived"),
        Index("ix_patrol_visit_arrived_at", "arrived_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default="sambang")
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    agency: Mapped[str] = mapped_column(String(120))  # Polres Blora
    unit: Mapped[str] = mapped_column(String(120), default="")  # Sat Samapta
    areas_checked: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    received_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class PatrolOfficerRow(Base):
    """An officer who came: from the staff registry's external personnel, or written by
    name, rank and NRP."""

    __tablename__ = "patrol_officer"
    __area__ = Area.PATROLS
    __audit_parent__ = "visit_id"
    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL AND name = '') OR (staff_id IS NULL AND name <> '')",
            name="registry_or_name",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("patrol_visit.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    rank: Mapped[str] = mapped_column(String(60), default="")
    nrp: Mapped[str] = mapped_column(String(30), default="")
