"""The letter register: issuing numbered documents, reprinting, cancelling, searching.

Every kind of document (``domain.documents.DocumentKind``) has its own number pattern and its
own serial per year. Issuing locks the row of its kind and takes the next serial inside the
writing transaction (BEGIN IMMEDIATE on SQLite; a row lock on PostgreSQL), renders the document
with its number, and stores the exact PDF bytes with their SHA-256 and the data they were made
from. A number is never given twice in a year, whatever the kind: the database refuses it, and
the rare collision of two PCs issuing kinds that share a pattern is tried again. Reprinting
gives the stored bytes back, so every copy of a number is the same document; a cancelled one
comes back with every stored page stamped DIBATALKAN, its date and reason, while the stored
file stays as it was issued.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.documents import DEFAULT_PATTERNS, DocumentKind, first_free_serial
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import from_utc
from rutan_desk.domain.numbering import NumberPatternError, check_pattern
from rutan_desk.domain.staff import tidy
from rutan_desk.reports.cancelled import stamp_cancelled
from rutan_desk.services.context import ActionContext
from rutan_desk.services.search_text import any_contains
from rutan_desk.services.validation import get_for_change, text_errors, text_limits
from rutan_desk.store.anchors import current_head, verification_code
from rutan_desk.store.audit import to_json
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import (
    DocumentKindRow,
    DocumentSettingsRow,
    IssuedDocumentRow,
)
from rutan_desk.store.versions import check_version, stale_record_error

DOCUMENT_LIMITS = text_limits(IssuedDocumentRow)
SETTINGS_LIMITS = {**text_limits(DocumentSettingsRow), **text_limits(DocumentKindRow)}
DEFAULT_COMMAND_WORD = "MEMERINTAHKAN"
# Two PCs issuing kinds that share a pattern may take the same number at the same moment.
ISSUE_ATTEMPTS = 3


@dataclass(frozen=True)
class KindPattern:
    """The number pattern of one kind of document, as read at ``version``."""

    kind: DocumentKind
    pattern: str
    version: int = 0  # 0: no row yet (a kind newer than the database's last upgrade)


@dataclass(frozen=True)
class DocumentSettings:
    command_word: str = DEFAULT_COMMAND_WORD
    patterns: tuple[KindPattern, ...] = ()  # every kind, in the order of DocumentKind
    version: int = 0  # of the command word's row; 0 while never saved

    def pattern(self, kind: DocumentKind) -> str:
        for line in self.patterns:
            if line.kind == kind:
                return line.pattern
        return DEFAULT_PATTERNS[kind]

    def with_pattern(self, kind: DocumentKind, pattern: str) -> DocumentSettings:
        """The same settings with ``kind`` numbered by ``pattern`` (to be saved)."""
        return replace(
            self,
            patterns=tuple(
                replace(line, pattern=pattern) if line.kind == kind else line
                for line in self.patterns
            ),
        )


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


# -- settings: the operative word, and the pattern of each kind ---------------------------------


def _patterns_in(session: Session) -> tuple[KindPattern, ...]:
    rows = {row.kind: row for row in session.scalars(select(DocumentKindRow))}
    patterns = []
    for kind in DocumentKind:
        row = rows.get(kind.value)
        if row is None:
            patterns.append(KindPattern(kind, DEFAULT_PATTERNS[kind]))
        else:
            patterns.append(KindPattern(kind, row.number_pattern, row.version))
    return tuple(patterns)


def document_settings(db: Database) -> DocumentSettings:
    with db.read() as session:
        patterns = _patterns_in(session)
        row = session.get(DocumentSettingsRow, 1)
        if row is None:
            return DocumentSettings(patterns=patterns)
        return DocumentSettings(row.command_word, patterns, row.version)


def _pattern_errors(
    patterns: tuple[KindPattern, ...],
) -> tuple[dict[DocumentKind, str], list[FieldError]]:
    """Each pattern checked (and trimmed), and what is wrong with the others."""
    checked: dict[DocumentKind, str] = {}
    errors: list[FieldError] = []
    for line in patterns:
        try:
            pattern = check_pattern(line.pattern)
        except NumberPatternError as error:
            errors.append(
                FieldError("number_pattern", error.code, {**error.params, "kind": line.kind.value})
            )
            continue
        found = text_errors("number_pattern", pattern, DocumentKindRow.number_pattern)
        errors += [
            FieldError(e.field, e.code, {**e.params, "kind": line.kind.value}) for e in found
        ]
        checked[line.kind] = pattern
    return checked, errors


def save_document_settings(ctx: ActionContext, settings: DocumentSettings) -> None:
    """Save the operative word and the patterns of ``settings.patterns``, each as read at its
    version (changed meanwhile on another PC: refused, nothing saved). An error about a
    pattern is on the field ``number_pattern`` with the kind in its parameters."""
    patterns, errors = _pattern_errors(settings.patterns)
    word = tidy(settings.command_word).upper()  # a control character stays, to be refused
    errors += text_errors("command_word", word, DocumentSettingsRow.command_word, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        row = session.get(DocumentSettingsRow, 1)
        if row is None:
            if settings.version != 0:
                raise stale_record_error(session, "document_settings", 1, settings.version)
            row = DocumentSettingsRow(id=1, command_word=word)
            session.add(row)
        else:
            check_version(session, row, settings.version)
            row.command_word = word
        rows = {r.kind: r for r in session.scalars(select(DocumentKindRow))}
        for line in settings.patterns:
            kind_row = rows.get(line.kind.value)
            if kind_row is None:
                if line.version != 0:
                    raise stale_record_error(session, "document_kind", line.kind, line.version)
                session.add(
                    DocumentKindRow(kind=line.kind.value, number_pattern=patterns[line.kind])
                )
                continue
            check_version(session, kind_row, line.version)
            kind_row.number_pattern = patterns[line.kind]


# -- numbers ----------------------------------------------------------------------------------


def _next_number_in(
    session: Session, kind: DocumentKind, pattern: str, on: date
) -> tuple[int, str]:
    """The serial and number the next document of ``kind`` dated ``on`` takes."""
    last = session.scalar(
        select(func.max(IssuedDocumentRow.serial)).where(
            IssuedDocumentRow.kind == kind.value, IssuedDocumentRow.year == on.year
        )
    )

    def taken(number: str) -> bool:
        found = session.scalar(
            select(IssuedDocumentRow.id)
            .where(IssuedDocumentRow.year == on.year, IssuedDocumentRow.number == number)
            .limit(1)
        )
        return found is not None

    return first_free_serial(pattern, last or 0, on, taken)


def next_number(db: Database, kind: DocumentKind, on: date, pattern: str | None = None) -> str:
    """The number the next document of ``kind`` dated ``on`` would take, with its saved
    pattern or with ``pattern`` (as the clerk types it; NumberPatternError if it is wrong)."""
    with db.read() as session:
        if pattern is None:
            row = session.scalar(select(DocumentKindRow).where(DocumentKindRow.kind == kind.value))
            pattern = row.number_pattern if row else DEFAULT_PATTERNS[kind]
        return _next_number_in(session, kind, check_pattern(pattern), on)[1]


def _kind_row_locked(session: Session, kind: DocumentKind) -> DocumentKindRow:
    """The row of ``kind``, locked until the transaction ends: issuing of one kind queues."""
    row = session.scalar(
        select(DocumentKindRow).where(DocumentKindRow.kind == kind.value).with_for_update()
    )
    if row is None:  # a kind newer than the database's last upgrade: it starts on its default
        row = DocumentKindRow(kind=kind.value, number_pattern=DEFAULT_PATTERNS[kind])
        session.add(row)
        session.flush()
    return row


def issue_document(
    ctx: ActionContext,
    *,
    kind: str,
    title: str,
    on: date,
    source: Mapping[str, Any],
    render: Callable[[str, str], bytes],
    within: Callable[[Session, int], None] | None = None,
    covers: tuple[date, date] | None = None,
) -> IssuedDocument:
    """Take the next number of ``kind`` (a ``DocumentKind``) in ``on``'s year, render with it
    and with the code of the audit trail's head (``render(number, audit_code)``: the code goes
    in the footer), and register the bytes. If the rendering fails nothing is written and the
    number is not used up. ``within`` runs in the same transaction with the new document's
    id, for the record that points at it. ``covers``: the roster days the document puts on
    paper (first, last), which planning then leaves alone."""
    document_kind = DocumentKind(kind)
    title = title.strip()
    errors = text_errors("title", title, IssuedDocumentRow.title, required=True)
    if errors:
        raise ValidationError(errors)
    attempt = 1
    while True:
        try:
            with ctx.write(Permission.DOCUMENTS_ISSUE) as session:
                return _issue_in(
                    session, ctx, document_kind, title, on, source, render, within, covers
                )
        except IntegrityError:
            if attempt >= ISSUE_ATTEMPTS:
                raise
            attempt += 1


def _issue_in(
    session: Session,
    ctx: ActionContext,
    kind: DocumentKind,
    title: str,
    on: date,
    source: Mapping[str, Any],
    render: Callable[[str, str], bytes],
    within: Callable[[Session, int], None] | None,
    covers: tuple[date, date] | None = None,
) -> IssuedDocument:
    pattern = _kind_row_locked(session, kind).number_pattern
    serial, number = _next_number_in(session, kind, pattern, on)
    head = current_head(session)
    pdf = render(number, verification_code(head.entry_id, head.hash) if head else "")
    row = IssuedDocumentRow(
        year=on.year,
        serial=serial,
        number=number,
        kind=kind.value,
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
        covers_first=covers[0] if covers else None,
        covers_last=covers[1] if covers else None,
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


def _checked_pdf(row: IssuedDocumentRow) -> bytes:
    if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
        raise ValueError(f"document {row.number}: the stored file does not match its hash")
    return row.pdf


def stored_document_pdf(db: Database, document_id: int) -> bytes:
    """The exact bytes that were issued (checked against their SHA-256), also when the
    document was cancelled since: the archive, to verify."""
    with db.read() as session:
        row = session.get(IssuedDocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"document {document_id}")
        return _checked_pdf(row)


def document_pdf(db: Database, document_id: int) -> bytes:
    """The document to show, print or save: the stored bytes (checked against their SHA-256),
    never rendered again. A cancelled document gives them with every page stamped
    DIBATALKAN, with the date and the reason; the stored file itself does not change."""
    with db.read() as session:
        row = session.get(IssuedDocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"document {document_id}")
        pdf = _checked_pdf(row)
        if row.status != "cancelled":
            return pdf
        cancelled_on = from_utc(row.cancelled_at).date() if row.cancelled_at else None
        reason = row.cancelled_reason
    return stamp_cancelled(pdf, cancelled_on, reason)


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
            # Each kind has its own serials: within a year, the order they were issued in.
            .order_by(IssuedDocumentRow.year.desc(), IssuedDocumentRow.id.desc())
        )
        if year is not None:
            query = query.where(IssuedDocumentRow.year == year)
        found = any_contains([IssuedDocumentRow.number, IssuedDocumentRow.title], search)
        if found is not None:
            query = query.where(found)
        return [_issued(row) for row in session.scalars(query)]
