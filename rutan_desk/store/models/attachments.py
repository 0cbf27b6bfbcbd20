"""Files kept with the records: scans of signatures on paper (later photos and scans of
incidents and agreements). They live inside the database, so every backup carries them, and
each keeps its SHA-256 so a changed file is found."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, utc_now
from rutan_desk.store.models import staff as _staff  # noqa: F401  (the table the foreign key names)


class AttachmentRow(Base):
    __tablename__ = "attachment"
    __area__ = Area.ATTACHMENTS
    __table_args__ = (CheckConstraint("size >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Read only when the file is opened: a list of attachments stays light.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class PaperSignatureRow(Base):
    """A signature or approval given on paper and recorded by the clerk: who signed, on what
    day, with the scan of the signed page. The record then shows it as signed on paper, never
    as if that person had signed in."""

    __tablename__ = "paper_signature"
    __area__ = Area.ATTACHMENTS
    __table_args__ = (
        CheckConstraint("role IN ('hand_over', 'receive', 'acknowledge', 'approve')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))  # the signed record's table
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    role: Mapped[str] = mapped_column(String(12))
    signer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_on: Mapped[date] = mapped_column(Date)
    scan_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
