"""Accounts of the app, and the matrix of what each role may do."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned, utc_now
from rutan_desk.store.models import staff as _staff  # noqa: F401  (the table the foreign key names)

_ROLES = "'administrator', 'operator', 'karupam', 'pimpinan', 'pembaca'"


class AccountRow(Versioned, Base):
    """Someone who signs in. Linked to a person of the staff registry, their signatures carry
    that person's name, rank and NIP. The password is kept only as an Argon2id hash (and the
    audit trail shows only that it changed)."""

    __tablename__ = "account"
    __area__ = Area.ACCOUNTS
    __audit_redacted__ = frozenset({"password_hash"})
    __table_args__ = (
        CheckConstraint(f"role IN ({_ROLES})", name="role"),
        CheckConstraint("failed_sign_ins >= 0", name="failures_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class RolePermissionRow(Base):
    """One permission of one role (the matrix the Administrator can adjust)."""

    __tablename__ = "role_permission"
    __area__ = Area.ACCOUNTS
    __table_args__ = (CheckConstraint(f"role IN ({_ROLES})", name="role"),)

    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    permission: Mapped[str] = mapped_column(String(40), primary_key=True)
