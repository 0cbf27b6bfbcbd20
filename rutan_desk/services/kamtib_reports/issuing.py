"""Issuing a Kamtib document of a day or a month through the letter register, once: a second
one for the same day (or month) is refused while the first is not cancelled, so the Kanwil
never receives two numbers for one report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import (
    IssuedDocument,
    document_pdf,
    issue_document,
    issued_document,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import IssuedDocumentRow


def _issued_id(session: Session, kind: DocumentKind, title: str) -> int | None:
    return session.scalar(
        select(IssuedDocumentRow.id)
        .where(
            IssuedDocumentRow.kind == kind.value,
            IssuedDocumentRow.title == title,
            IssuedDocumentRow.status != "cancelled",
        )
        .order_by(IssuedDocumentRow.id.desc())
        .limit(1)
    )


def issued_with_title(
    db: Database, kind: DocumentKind, title: str
) -> tuple[IssuedDocument, bytes] | None:
    """The document of ``kind`` issued under ``title`` (not cancelled) and its exact bytes."""
    with db.read() as session:
        document_id = _issued_id(session, kind, title)
    if document_id is None:
        return None
    return issued_document(db, document_id), document_pdf(db, document_id)


def issue_once(
    ctx: ActionContext,
    *,
    kind: DocumentKind,
    title: str,
    on: date,
    source: Mapping[str, Any],
    render: Callable[[str, str], bytes],
    field: str,
    code: str,
) -> IssuedDocument:
    """Issue a document of ``kind`` under ``title`` unless one is issued already (refused
    with ``code`` on ``field``, also when another PC issued it a moment before)."""

    def refuse() -> ValidationError:
        return ValidationError([FieldError(field, code)])

    if issued_with_title(ctx.db, kind, title) is not None:
        raise refuse()

    def check(session: Session, document_id: int) -> None:
        found = session.scalars(
            select(IssuedDocumentRow.id).where(
                IssuedDocumentRow.kind == kind.value,
                IssuedDocumentRow.title == title,
                IssuedDocumentRow.status != "cancelled",
                IssuedDocumentRow.id != document_id,
            )
        ).first()
        if found is not None:
            raise refuse()

    return issue_document(
        ctx, kind=kind, title=title, on=on, source=source, render=render, within=check
    )
