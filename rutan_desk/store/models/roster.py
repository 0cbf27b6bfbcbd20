"""Tables of the guard duty roster (jadwal jaga)."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import staff as _staff  # noqa: F401  (the table the foreign keys name)


class ShiftTypeRow(Versioned, Base):
    """A roster code and its hours; no hours means a non-working code (lepas, libur)."""

    __tablename__ = "shift_type"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (
        CheckConstraint("(start_time IS NULL) = (end_time IS NULL)", name="both_times_or_none"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    colour: Mapped[str] = mapped_column(String(7), default="#ffffff")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ReguRow(Versioned, Base):
    __tablename__ = "regu"
    __area__ = Area.ROSTER_SETUP

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    karupam_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReguMemberRow(Versioned, Base):
    """A person's membership of a regu from ``start`` to ``end`` (inclusive, open while NULL)."""

    __tablename__ = "regu_member"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_regu_member_staff_dates", "staff_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    regu_id: Mapped[int] = mapped_column(ForeignKey("regu.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class RotationRow(Base):
    """A regu's cycle of codes from ``valid_from`` on, anchored where it works the first code."""

    __tablename__ = "rotation"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (UniqueConstraint("regu_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    regu_id: Mapped[int] = mapped_column(ForeignKey("regu.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    anchor: Mapped[date] = mapped_column(Date)
    cycle: Mapped[str] = mapped_column(String(120))  # codes separated by spaces: "P S M L"


class PostRow(Versioned, Base):
    __tablename__ = "post"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (CheckConstraint("min_women >= 1", name="min_women_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    needs_woman: Mapped[bool] = mapped_column(Boolean, default=False)  # women only
    # Women needed on each shift a women's post is manned (meaningless for the others).
    min_women: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PostMinimumRow(Base):
    """How many guards a post needs on a shift (no row: not manned on that shift)."""

    __tablename__ = "post_minimum"
    __area__ = Area.ROSTER_SETUP
    __audit_parent__ = "post_id"
    __table_args__ = (CheckConstraint("minimum >= 0", name="not_negative"),)

    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"), primary_key=True)
    shift_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    minimum: Mapped[int] = mapped_column(Integer)


class RosterEntryRow(Base):
    """One person on one roster code on one day, at a post or not."""

    __tablename__ = "roster_entry"
    __area__ = Area.ROSTER
    __table_args__ = (
        UniqueConstraint("day", "staff_id", "shift_code"),
        CheckConstraint("source IN ('generated', 'manual', 'pinned')", name="source"),
        Index("ix_roster_entry_staff_day", "staff_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    shift_code: Mapped[str] = mapped_column(String(4))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id"))
    source: Mapped[str] = mapped_column(String(10), default="generated")
    # "regu": the regu's rotation; "piket": staff added on a holiday or alert day.
    duty_kind: Mapped[str] = mapped_column(String(8), default="regu", server_default="regu")
    note: Mapped[str] = mapped_column(Text, default="")


class AbsenceRow(Versioned, Base):
    __tablename__ = "absence"
    __area__ = Area.ABSENCES
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("kind IN ('cuti', 'sakit', 'izin', 'diklat', 'dinas_luar')", name="kind"),
        Index("ix_absence_staff_dates", "staff_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(12))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class RosterSettingsRow(Versioned, Base):
    """The roster's rule settings (single row)."""

    __tablename__ = "roster_settings"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("min_rest_after_night_hours >= 0", name="rest_not_negative"),
        CheckConstraint("max_consecutive_days >= 1", name="days_positive"),
        CheckConstraint("min_rest_hours >= 0", name="rest_any_not_negative"),
        CheckConstraint("max_continuous_hours >= 1", name="duty_hours_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    min_rest_after_night_hours: Mapped[int] = mapped_column(Integer, default=24)
    max_consecutive_days: Mapped[int] = mapped_column(Integer, default=6)
    # Rest between any two shifts, and the longest stretch of back-to-back shifts (hours).
    min_rest_hours: Mapped[int] = mapped_column(Integer, default=8, server_default="8")
    max_continuous_hours: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    karupam_counts_for_posts: Mapped[bool] = mapped_column(Boolean, default=False)


class RosterSwapRow(Versioned, Base):
    """A tukar jaga: two people exchange what they had on two days (often the same day).
    ``before`` keeps both cells as they were, so the swap can be undone exactly."""

    __tablename__ = "roster_swap"
    __area__ = Area.ROSTER

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_a: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day_a: Mapped[date] = mapped_column(Date)
    staff_b: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day_b: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)  # JSON of both cells' entries
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class PiketPoolRow(Base):
    """Administrative staff who take piket on holidays and alert days."""

    __tablename__ = "piket_pool"
    __area__ = Area.ROSTER_SETUP

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    since: Mapped[date] = mapped_column(Date)


class PiketNeedRow(Base):
    """How many piket staff a shift of every holiday needs (alert days add their extra)."""

    __tablename__ = "piket_need"
    __area__ = Area.ROSTER_SETUP
    __table_args__ = (CheckConstraint("holiday_count >= 0", name="not_negative"),)

    shift_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    holiday_count: Mapped[int] = mapped_column(Integer)
