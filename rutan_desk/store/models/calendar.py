"""Tables of the roster calendar: holidays and alert periods."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned


class HolidayRow(Versioned, Base):
    """A holiday the roster knows. ``source`` says whether it came from the holidays package
    or was typed by the clerk; a package holiday the clerk removed stays as ``active`` False so
    that importing the year again does not bring it back."""

    __tablename__ = "holiday"
    __area__ = Area.CALENDAR
    __table_args__ = (
        CheckConstraint("kind IN ('national', 'cuti_bersama', 'local')", name="kind"),
        CheckConstraint("source IN ('package', 'user')", name="source"),
        # A year imported twice at once (two PCs) adds each package holiday once.
        Index(
            "uq_holiday_package",
            "package_day",
            "package_name",
            unique=True,
            sqlite_where=text("source = 'package'"),
            postgresql_where=text("source = 'package'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(12))
    source: Mapped[str] = mapped_column(String(8))
    # What the package proposed, so that a corrected holiday is recognised on a new import.
    package_day: Mapped[date | None] = mapped_column(Date)
    package_name: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AlertPeriodRow(Versioned, Base):
    __tablename__ = "alert_period"
    __area__ = Area.CALENDAR
    __table_args__ = (CheckConstraint("end_date >= start_date", name="end_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    circular_number: Mapped[str] = mapped_column(String(120), default="")
    circular_title: Mapped[str] = mapped_column(Text, default="")


class AlertExtraRow(Base):
    """Extra guards an alert period asks for on a shift."""

    __tablename__ = "alert_extra"
    __area__ = Area.CALENDAR
    __audit_parent__ = "alert_id"
    __table_args__ = (CheckConstraint("extra >= 0", name="not_negative"),)

    alert_id: Mapped[int] = mapped_column(
        ForeignKey("alert_period.id", ondelete="CASCADE"), primary_key=True
    )
    shift_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    extra: Mapped[int] = mapped_column(Integer)
