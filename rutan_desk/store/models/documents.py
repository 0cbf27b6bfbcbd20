"""Tables of the letter register: every issued document, its number and its exact bytes; the
kinds of document, each with its own number pattern."""

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
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from rutan_desk.domain.changes import Area
from rutan_desk.store.base import Base, Versioned


class DocumentSettingsRow(Versioned, Base):
    """The operative word of duty orders (single row)."""

    __tablename__ = "document_settings"
    __area__ = Area.DOCUMENTS
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    command_word: Mapped[str] = mapped_column(String(40), default="MEMERINTAHKAN")


class DocumentKindRow(Versioned, Base):
    """A kind of numbered document (``domain.documents.DocumentKind``) and its number pattern.
    Migrations seed a row for every kind; issuing locks the row of its kind, so that two PCs
    issuing the same kind at once take one serial after the other."""

    __tablename__ = "document_kind"
    __area__ = Area.DOCUMENTS

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), unique=True)
    number_pattern: Mapped[str] = mapped_column(String(120))


class IssuedDocumentRow(Versioned, Base):
    """An issued document. Its number is taken once and never reused; a cancelled one keeps
    its number and says why. ``pdf`` holds the exact bytes that were issued."""

    __tablename__ = "issued_document"
    __area__ = Area.DOCUMENTS
    __table_args__ = (
        # Each kind counts its own serial per year.
        UniqueConstraint("kind", "year", "serial"),
        # Patterns often carry no year (W13.PAS.PAS11-PK.01.04.01-0123): a number is unique
        # within its year, whatever its kind, and the year is always read with it (the date
        # of the letter).
        UniqueConstraint("year", "number"),
        CheckConstraint("status IN ('issued', 'cancelled')", name="status"),
        CheckConstraint("serial > 0", name="serial_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(ForeignKey("document_kind.kind"))
    title: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)  # JSON of the data the document was made from
    status: Mapped[str] = mapped_column(String(10), default="issued")
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The head of the audit trail when it was issued: printed in its footer as a code, and an
    # anchor the audit verification checks the chain against.
    audit_head_id: Mapped[int | None] = mapped_column(Integer)
    audit_head_hash: Mapped[str | None] = mapped_column(String(64))
    # The roster days the document puts on paper (a duty order's period): planning never
    # changes them while the document stands.
    covers_first: Mapped[date | None] = mapped_column(Date)
    covers_last: Mapped[date | None] = mapped_column(Date)
