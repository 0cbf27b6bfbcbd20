from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now


class InstitutionRow(Versioned, Base):
    """The single row of the institution profile (letterhead, signatory, paper)."""

    __tablename__ = "institution_profile"
    __area__ = Area.INSTITUTION
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("paper_size IN ('A4', 'F4')", name="paper_size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    ministry: Mapped[str] = mapped_column(String(200), default="")
    directorate: Mapped[str] = mapped_column(String(200), default="")
    regional_office: Mapped[str] = mapped_column(String(200), default="")
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    head_title: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_nip: Mapped[str] = mapped_column(String(200), default="")
    head_golongan: Mapped[str] = mapped_column(String(200), default="")
    paper_size: Mapped[str] = mapped_column(String(2), default="A4")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class LetterheadVersionRow(Versioned, Base):
    """The names on the letterhead from ``valid_from`` on (a ministry renamed, a Kanwil
    reorganised): a letter prints the names in force on its own date."""

    __tablename__ = "letterhead_version"
    __area__ = Area.INSTITUTION

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    ministry: Mapped[str] = mapped_column(String(200), default="")
    directorate: Mapped[str] = mapped_column(String(200), default="")
    regional_office: Mapped[str] = mapped_column(String(200), default="")
    unit_name: Mapped[str] = mapped_column(String(200), default="")
