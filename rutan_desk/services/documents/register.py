"""The letter register: issuing numbered documents, reprinting, cancelling, searching.

Issuing takes the next serial of the year inside the writing transaction (BEGIN IMMEDIATE on
SQLite; a row lock on PostgreSQL), renders the document with its number, and stores the exact PDF
bytes with their SHA-256 and the data they were made from. Reprinting gives those bytes back, so
every copy of a number is the same document.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, defer

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.numbering import NumberPatternError, check_pattern, format_number
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change, text_errors, text_limits
from rutan_desk.store.anchors import current_head, verification_code
from rutan_desk.store.audit import to_json
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import DocumentSettingsRow, IssuedDocumentRow
from rutan_desk.store.versions import check_version, stale_record_error

DOCUMENT_LIMITS = text_limits(IssuedDocumentRow)
SETTINGS_LIMITS = text_limits(DocumentSettingsRow)
DEFAULT_PATTERN = "SP-{nomor:04d}/{bulan_romawi}/{tahun}"
DEFAULT_COMMAND_WORD = "MEMERINTAHKAN"


@dataclass(frozen=True)
class DocumentSettings:
    number_pattern: str = DEFAULT_PATTERN
    command_word: str = DEFAULT_COMMAND_WORD
    version: int = 0  # 0 while never saved


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    number: str
    kind: str
    title: str
    issued_at: datetime
    issued_by: str
    sha256: str
    cancelled: bool
    cancelled_reason: str
    version: int = 1


def _issued(row: IssuedDocumentRow) -> IssuedDocument:
    return IssuedDocument(
        row.id,
        row.number,
        row.kind,
        row.title,
        row.issued_at,
        row.issued_by,
        row.sha256,
        row.status == "cancelled",
        row.cancelled_reason,
        row.version,
    )


def document_settings(db: Database) -> DocumentSettings:
    with db.read() as session:
        row = session.get(DocumentSettingsRow, 1)
        if row is None:
            return DocumentSettings()
        return DocumentSettings(row.number_pattern, row.command_word, row.version)


def save_document_settings(ctx: ActionContext, settings: DocumentSettings) -> None:
    """Save the numbering settings read at ``settings.version``."""
    try:
        pattern = check_pattern(settings.number_pattern)
    except NumberPatternError as error:
        raise ValidationError(
            [FieldError("number_pattern", error.code, dict(error.params))]
        ) from error
    word = " ".join(settings.command_word.split()).upper()
    errors = text_errors("command_word", word, DocumentSettingsRow.command_word, required=True)
    errors += text_errors("number_pattern", pattern, DocumentSettingsRow.number_pattern)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        row = session.get(DocumentSettingsRow, 1)
        if row is None:
            if settings.version != 0:
                raise stale_record_error(session, "document_settings", 1, settings.version)
            row = DocumentSettingsRow(id=1)
            session.add(row)
        else:
            check_version(session, row, settings.version)
        row.number_pattern, row.command_word = pattern, word


def issue_document(
    ctx: ActionContext,
    *,
    kind: str,
    title: str,
    on: date,
    source: Mapping[str, Any],
    render: Callable[[str, str], bytes],
    within: Callable[[Session, int], None] | None = None,
) -> IssuedDocument:
    """Take the next number of ``on``'s year, render with it and with the code of the audit
    trail's head (``render(number, audit_code)``: the code goes in the footer), and register
    the bytes. If the rendering fails nothing is written and the number is not used up.
    ``within`` runs in the same transaction with the new document's id, for the record that
    points at it."""
    title = title.strip()
    errors = text_errors("title", title, IssuedDocumentRow.title, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.DOCUMENTS_ISSUE) as session:
        settings = session.get(DocumentSettingsRow, 1, with_for_update=True)
        pattern = settings.number_pattern if settings else DEFAULT_PATTERN
        last = session.scalar(
            select(func.max(IssuedDocumentRow.serial)).where(IssuedDocumentRow.year == on.year)
        )
        serial = (last or 0) + 1
        number = format_number(pattern, serial, on)
        head = current_head(session)
        pdf = render(number, verification_code(head.entry_id, head.hash) if head else "")
        row = IssuedDocumentRow(
            year=on.year,
            serial=serial,
            number=number,
            kind=kind,
            title=title,
            issued_at=ctx.utc_now(),
            issued_by=ctx.actor.label,
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            source=to_json(dict(source)) or "{}",
            status="issued",
            cancelled_reason="",
            audit_head_id=head.entry_id if head else None,
            audit_head_hash=head.hash if head else None,
        )
        session.add(row)
        session.flush()
        if within is not None:
            within(session, row.id)
        return _issued(row)


def issued_document(db: Database, document_id: int) -> IssuedDocument:
    with db.read() as session:
        row = session.get(
            IssuedDocumentRow,
            document_id,
            options=[defer(IssuedDocumentRow.pdf), defer(IssuedDocumentRow.source)],
        )
        if row is None:
            raise NotFoundError(f"document {document_id}")
        return _issued(row)


def document_pdf(db: Database, document_id: int) -> bytes:
    """The exact bytes that were issued (checked against their SHA-256)."""
    with db.read() as session:
        row = session.get(IssuedDocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"document {document_id}")
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise ValueError(f"document {row.number}: the stored file does not match its hash")
        return row.pdf


def document_source(db: Database, document_id: int) -> dict[str, Any]:
    with db.read() as session:
        row = session.get(IssuedDocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"document {document_id}")
        data: dict[str, Any] = json.loads(row.source)
        return data


def cancel_document(
    ctx: ActionContext, document_id: int, reason: str, *, expected_version: int
) -> IssuedDocument:
    """Mark an issued document "dibatalkan": it keeps its number, which is not given again."""
    reason = reason.strip()
    errors = text_errors("reason", reason, IssuedDocumentRow.cancelled_reason, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.DOCUMENTS_CANCEL) as session:
        row = get_for_change(session, IssuedDocumentRow, document_id, expected_version)
        if row.status != "cancelled":
            row.status, row.cancelled_reason = "cancelled", reason
            row.cancelled_at = ctx.utc_now()
            session.flush()
        return _issued(row)


def register_years(db: Database) -> list[int]:
    """The years that have issued documents, newest first."""
    with db.read() as session:
        years = session.scalars(
            select(IssuedDocumentRow.year).distinct().order_by(IssuedDocumentRow.year.desc())
        )
        return list(years)


def register(db: Database, *, year: int | None = None, search: str = "") -> list[IssuedDocument]:
    """The register, newest first; ``search`` matches the number or the title."""
    with db.read() as session:
        # The files stay in the database: a list of years of letters reads only their lines.
        query = (
            select(IssuedDocumentRow)
            .options(
                defer(IssuedDocumentRow.pdf, raiseload=True),
                defer(IssuedDocumentRow.source, raiseload=True),
            )
            .order_by(IssuedDocumentRow.year.desc(), IssuedDocumentRow.serial.desc())
        )
        if year is not None:
            query = query.where(IssuedDocumentRow.year == year)
        if search.strip():
            like = f"%{search.strip()}%"
            query = query.where(
                or_(IssuedDocumentRow.number.ilike(like), IssuedDocumentRow.title.ilike(like))
            )
        return [_issued(row) for row in session.scalars(query)]
