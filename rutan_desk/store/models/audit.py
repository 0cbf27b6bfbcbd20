from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.store.base import Base


class AuditEntry(Base):
    """One change made by a service. ``hash`` covers the row and the previous row's hash."""

    __tablename__ = "audit_log"
    __audited__ = False
    __table_args__ = (
        CheckConstraint("action IN ('create', 'update', 'delete', 'event')", name="action"),
        # One record's history, and the trail filtered by kind of record, without a full scan.
        Index("ix_audit_log_entity_record", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """The last entry of the chain, updated in the same transaction, so that cutting rows off
    the end of the log is noticed too. Locking this row serialises writers on PostgreSQL."""

    __tablename__ = "audit_head"
    __audited__ = False
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
