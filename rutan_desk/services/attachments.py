"""Files kept with records (scans of signatures on paper; later photos of incidents and scans
of agreements), and signatures given on paper.

A file is checked before it is kept: not empty, not larger than ``MAX_FILE_BYTES``, and a PDF,
PNG or JPEG by its first bytes. It is kept inside the database with its SHA-256, so a backup
carries it and a changed file is found when it is opened.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.services.validation import text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.attachments import AttachmentRow, PaperSignatureRow

MAX_FILE_BYTES = 10 * 1024 * 1024
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


@dataclass(frozen=True)
class PaperSignature:
    """A signature given on paper, as the clerk records it: the day on the paper and the scan
    of the signed page."""

    signed_on: date
    scan: bytes
    file_name: str


@dataclass(frozen=True)
class PaperRecord:
    """How a record shows a signature on paper."""

    signer_id: int
    signed_on: date
    scan_id: int
    file_name: str


def media_type_of(data: bytes) -> str | None:
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def keep_file_in(session: Session, file_name: str, data: bytes, *, field: str) -> AttachmentRow:
    """Check and keep a file in the caller's transaction."""
    errors = text_errors(field, file_name, AttachmentRow.file_name, required=True)
    kind = media_type_of(data)
    if not data:
        errors.append(FieldError(field, "file_empty"))
    elif len(data) > MAX_FILE_BYTES:
        errors.append(FieldError(field, "file_too_large", {"max_mb": MAX_FILE_BYTES // 2**20}))
    elif kind is None:
        errors.append(FieldError(field, "file_not_scan"))
    if errors:
        raise ValidationError(errors)
    assert kind is not None
    row = AttachmentRow(
        file_name=file_name,
        media_type=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
    session.add(row)
    session.flush()
    return row


def record_paper_signature_in(
    session: Session,
    *,
    entity: str,
    entity_id: int,
    role: str,
    signer_id: int,
    paper: PaperSignature,
) -> PaperSignatureRow:
    scan = keep_file_in(session, paper.file_name, paper.scan, field="scan")
    row = PaperSignatureRow(
        entity=entity,
        entity_id=entity_id,
        role=role,
        signer_id=signer_id,
        signed_on=paper.signed_on,
        scan_id=scan.id,
    )
    session.add(row)
    session.flush()
    return row


def file_bytes(db: Database, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) of a kept file, checked against its SHA-256."""
    with db.read() as session:
        row = session.get(AttachmentRow, attachment_id)
        if row is None:
            raise NotFoundError(f"attachment {attachment_id}")
        if hashlib.sha256(row.data).hexdigest() != row.sha256:
            # Changed behind the app's back (the database edited by hand, a damaged disk):
            # a legal record's scan is never shown as if it were the one kept.
            raise ValidationError([FieldError("file", "file_damaged")])
        return row.file_name, row.media_type, row.data
