from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now


class StaffRow(Versioned, Base):
    """A person in the registry: own staff with a NIP, or external personnel with their own ID."""

    __tablename__ = "staff"
    __area__ = Area.STAFF
    __table_args__ = (
        CheckConstraint("kind IN ('internal', 'external')", name="kind"),
        CheckConstraint("gender IN ('L', 'P')", name="gender"),
        CheckConstraint(
            "(kind = 'internal' AND nip IS NOT NULL) OR (kind = 'external' AND nip IS NULL)",
            name="nip_for_internal_only",
        ),
        UniqueConstraint("external_id_kind", "external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    golongan: Mapped[str] = mapped_column(String(6), default="")
    position: Mapped[str] = mapped_column(String(120), default="")
    unit: Mapped[str] = mapped_column(String(120), default="", index=True)
    gender: Mapped[str] = mapped_column(String(1))
    phone: Mapped[str] = mapped_column(String(24), default="")
    agency: Mapped[str] = mapped_column(String(120), default="")
    external_id_kind: Mapped[str | None] = mapped_column(String(12))
    external_id: Mapped[str | None] = mapped_column(String(30))
    external_rank: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    status_since: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
