"""The short inmate records: who an incident, a search or a handover is about.

The register number is kept in its one written form (``domain.inmates``), so the UNIQUE
constraint catches the same person entered twice, whatever spacing the clerk typed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import handover as _handover  # noqa: F401  (cell_block)


class InmateRow(Versioned, Base):
    """An inmate: name, register number (``A.II/123/2026``), block, dates in and out."""

    __tablename__ = "inmate"
    __area__ = Area.INMATES
    __table_args__ = (
        CheckConstraint(
            "released_on IS NULL OR admitted_on IS NULL OR released_on >= admitted_on",
            name="released_after_admitted",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    register_number: Mapped[str] = mapped_column(String(30), unique=True)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("cell_block.id"))
    admitted_on: Mapped[date | None] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
