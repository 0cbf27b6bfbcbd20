"""Migration 0012 on databases as shipped: the pattern all kinds shared becomes the pattern of
the kinds that existed then, the numbers already issued stay, and no number is given twice."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from rutan_desk.domain.documents import DEFAULT_PATTERNS, DocumentKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import register as documents
from rutan_desk.store.coverage import coverage_gaps
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.models.documents import IssuedDocumentRow
from tests.conftest import ACTOR

FROZEN_DIR = Path(__file__).parent / "frozen"
SHARED = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"  # what the frozen Rutan had set
NYE = date(2023, 12, 30)


def upgraded(name: str, tmp_path: Path) -> Database:
    path = tmp_path / name
    shutil.copyfile(FROZEN_DIR / name, path)
    prepare_database(sqlite_url(path), tmp_path / "backups")
    return Database(sqlite_url(path))


def fake_pdf(number: str, _code: str) -> bytes:
    return f"%PDF-1.4 {number}".encode()


def test_the_shared_pattern_stays_with_the_kinds_that_used_it(tmp_path: Path) -> None:
    db = upgraded("0008_audit_anchors.sqlite", tmp_path)
    try:
        with db.read() as session:
            before = [
                (row.kind, row.serial, row.number)
                for row in session.scalars(select(IssuedDocumentRow).order_by(IssuedDocumentRow.id))
            ]
        assert before == [
            ("surat_perintah", 1, "W13.PAS.PAS11-PK.01.04.01-0001"),
            ("surat_perintah", 2, "W13.PAS.PAS11-PK.01.04.01-0002"),
            ("surat_perintah", 3, "W13.PAS.PAS11-PK.01.04.01-0003"),
            ("serah_terima", 4, "W13.PAS.PAS11-PK.01.04.01-0004"),
        ]
        settings = documents.document_settings(db)
        assert settings.command_word == "MEMERINTAHKAN"  # kept
        assert {line.kind: line.pattern for line in settings.patterns} == {
            **DEFAULT_PATTERNS,
            DocumentKind.SURAT_PERINTAH: SHARED,
            DocumentKind.SERAH_TERIMA: SHARED,
        }

        ctx = ActionContext(db, ACTOR)

        def issue(kind: DocumentKind) -> str:
            return documents.issue_document(
                ctx, kind=kind, title="Uji", on=NYE, source={}, render=fake_pdf
            ).number

        # Serial 4 of the orders would be the handover report's number: it is skipped.
        assert issue(DocumentKind.SURAT_PERINTAH) == "W13.PAS.PAS11-PK.01.04.01-0005"
        assert issue(DocumentKind.SERAH_TERIMA) == "W13.PAS.PAS11-PK.01.04.01-0006"
        assert issue(DocumentKind.LAPORAN_KEJADIAN) == "LK-001/XII/2023"  # its own, from 1
        with db.read() as session:
            assert coverage_gaps(session) == []
    finally:
        db.dispose()


def test_a_database_that_never_numbered_starts_every_kind_on_its_own_default(
    tmp_path: Path,
) -> None:
    db = upgraded("0004_documents.sqlite", tmp_path)
    try:
        settings = documents.document_settings(db)
        assert {line.kind: line.pattern for line in settings.patterns} == DEFAULT_PATTERNS
        assert {line.version for line in settings.patterns} == {1}
    finally:
        db.dispose()
