from __future__ import annotations

from datetime import date

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.services import documents
from rutan_desk.services.documents import DocumentSettings
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.store.engine import Database

PATTERN = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"


def fake_pdf(number: str) -> bytes:
    return f"%PDF-1.4 Surat Perintah {number}".encode()


def issue(db: Database, actor: str, on: date = date(2023, 12, 30)) -> documents.IssuedDocument:
    return documents.issue_document(
        db,
        actor,
        kind="surat_perintah",
        title="Piket malam tahun baru",
        on=on,
        source={"people": [1, 2]},
        render=fake_pdf,
    )


def test_numbers_follow_the_pattern_and_run_per_year(db: Database, actor: str) -> None:
    documents.save_document_settings(db, actor, DocumentSettings(PATTERN, "memerintahkan"))
    assert documents.document_settings(db).command_word == "MEMERINTAHKAN"
    first, second = issue(db, actor), issue(db, actor)
    assert (first.number, second.number) == (
        "W13.PAS.PAS11-PK.01.04.01-0001",
        "W13.PAS.PAS11-PK.01.04.01-0002",
    )
    next_year = issue(db, actor, date(2024, 1, 2))
    assert next_year.number == "W13.PAS.PAS11-PK.01.04.01-0001"  # a new year starts again


def test_reprint_gives_the_issued_bytes(db: Database, actor: str) -> None:
    issued = issue(db, actor)
    assert documents.document_pdf(db, issued.id) == fake_pdf(issued.number)
    assert documents.document_source(db, issued.id) == {"people": [1, 2]}


def test_a_cancelled_number_is_kept_and_not_reused(db: Database, actor: str) -> None:
    first = issue(db, actor)
    cancelled = documents.cancel_document(db, actor, first.id, "salah tanggal")
    assert cancelled.cancelled and cancelled.cancelled_reason == "salah tanggal"
    again = issue(db, actor)
    assert again.number != first.number
    listed = documents.register(db, year=2023)
    assert [(d.number, d.cancelled) for d in listed] == [
        (again.number, False),
        (first.number, True),
    ]
    with pytest.raises(ValidationError):
        documents.cancel_document(db, actor, again.id, " ")


def test_a_failed_rendering_uses_up_no_number(db: Database, actor: str) -> None:
    def broken(_number: str) -> bytes:
        raise RuntimeError("printer font missing")

    before = check_audit_trail(db).entries
    with pytest.raises(RuntimeError):
        documents.issue_document(
            db,
            actor,
            kind="surat_perintah",
            title="x",
            on=date(2023, 12, 30),
            source={},
            render=broken,
        )
    assert documents.register(db) == []
    assert check_audit_trail(db).entries == before
    assert issue(db, actor).number.startswith("SP-0001/")


def test_search_the_register(db: Database, actor: str) -> None:
    issue(db, actor)
    documents.issue_document(
        db,
        actor,
        kind="surat_perintah",
        title="Piket Lebaran",
        on=date(2023, 12, 30),
        source={},
        render=fake_pdf,
    )
    assert [d.title for d in documents.register(db, search="lebaran")] == ["Piket Lebaran"]


def test_bad_patterns_are_refused(db: Database, actor: str) -> None:
    with pytest.raises(ValidationError) as raised:
        documents.save_document_settings(db, actor, DocumentSettings("SP/{tahun}"))
    assert raised.value.codes() == {"number_pattern": "pattern_without_serial"}
