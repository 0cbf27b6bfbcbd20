from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import register as documents
from rutan_desk.services.documents.register import DocumentSettings
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, audit_check

PATTERN = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"


def fake_pdf(number: str, _audit_code: str = "") -> bytes:
    return f"%PDF-1.4 Surat Perintah {number}".encode()


def issue(ctx: ActionContext, on: date = date(2023, 12, 30)) -> documents.IssuedDocument:
    return documents.issue_document(
        ctx,
        kind="surat_perintah",
        title="Piket malam tahun baru",
        on=on,
        source={"people": [1, 2]},
        render=fake_pdf,
    )


def test_numbers_follow_the_pattern_and_run_per_year(ctx: ActionContext) -> None:
    db = ctx.db
    assert documents.document_settings(db).version == 0  # never saved
    documents.save_document_settings(ctx, DocumentSettings(PATTERN, "memerintahkan"))
    saved = documents.document_settings(db)
    assert (saved.command_word, saved.version) == ("MEMERINTAHKAN", 1)
    first, second = issue(ctx), issue(ctx)
    assert (first.number, second.number) == (
        "W13.PAS.PAS11-PK.01.04.01-0001",
        "W13.PAS.PAS11-PK.01.04.01-0002",
    )
    assert first.issued_by == ACTOR.label
    next_year = issue(ctx, date(2024, 1, 2))
    assert next_year.number == "W13.PAS.PAS11-PK.01.04.01-0001"  # a new year starts again


def test_settings_saved_meanwhile_elsewhere_are_not_overwritten(ctx: ActionContext) -> None:
    db = ctx.db
    opened = documents.document_settings(db)
    documents.save_document_settings(ctx, replace(opened, number_pattern=PATTERN))
    with pytest.raises(StaleRecordError):
        documents.save_document_settings(ctx, replace(opened, command_word="PERINTAH"))
    current = documents.document_settings(db)
    assert (current.number_pattern, current.command_word) == (PATTERN, "MEMERINTAHKAN")
    documents.save_document_settings(ctx, replace(current, command_word="perintah"))
    assert documents.document_settings(db).command_word == "PERINTAH"


def test_reprint_gives_the_issued_bytes(ctx: ActionContext) -> None:
    issued = issue(ctx)
    assert documents.document_pdf(ctx.db, issued.id) == fake_pdf(issued.number)
    assert documents.document_source(ctx.db, issued.id) == {"people": [1, 2]}
    assert documents.issued_document(ctx.db, issued.id) == issued


def test_issuing_and_cancelling_are_audited(ctx: ActionContext) -> None:
    db = ctx.db
    issued = issue(ctx)
    documents.cancel_document(ctx, issued.id, "salah tanggal", expected_version=issued.version)
    with db.read() as session:
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "issued_document")
                .order_by(AuditEntry.id)
            )
        )
    assert [(e.entity_id, e.action, e.actor) for e in entries] == [
        (str(issued.id), "create", ACTOR.audit_name),
        (str(issued.id), "update", ACTOR.audit_name),
    ]
    created = json.loads(entries[0].after or "{}")
    assert created["number"] == issued.number
    assert created["pdf"]["sha256"] == issued.sha256  # the file by its hash, not copied
    before, after = json.loads(entries[1].before or "{}"), json.loads(entries[1].after or "{}")
    assert (before["status"], after["status"]) == ("issued", "cancelled")
    assert after["cancelled_reason"] == "salah tanggal"


def test_a_cancelled_number_is_kept_and_not_reused(ctx: ActionContext) -> None:
    db = ctx.db
    first = issue(ctx)
    cancelled = documents.cancel_document(
        ctx, first.id, "salah tanggal", expected_version=first.version
    )
    assert cancelled.cancelled and cancelled.cancelled_reason == "salah tanggal"
    again = issue(ctx)
    assert again.number != first.number
    listed = documents.register(db, year=2023)
    assert [(d.number, d.cancelled) for d in listed] == [
        (again.number, False),
        (first.number, True),
    ]
    with pytest.raises(ValidationError):
        documents.cancel_document(ctx, again.id, " ", expected_version=again.version)
    with pytest.raises(StaleRecordError):  # cancelled already, from a list read before
        documents.cancel_document(ctx, first.id, "lain", expected_version=first.version)


def test_a_failed_rendering_uses_up_no_number(ctx: ActionContext) -> None:
    def broken(_number: str, _audit_code: str) -> bytes:
        raise RuntimeError("printer font missing")

    before = audit_check(ctx.db).entries
    with pytest.raises(RuntimeError):
        documents.issue_document(
            ctx,
            kind="surat_perintah",
            title="x",
            on=date(2023, 12, 30),
            source={},
            render=broken,
        )
    assert documents.register(ctx.db) == []
    assert audit_check(ctx.db).entries == before
    assert issue(ctx).number.startswith("SP-0001/")


def test_search_the_register(ctx: ActionContext) -> None:
    issue(ctx)
    documents.issue_document(
        ctx,
        kind="surat_perintah",
        title="Piket Lebaran",
        on=date(2023, 12, 30),
        source={},
        render=fake_pdf,
    )
    assert [d.title for d in documents.register(ctx.db, search="lebaran")] == ["Piket Lebaran"]


def test_bad_patterns_are_refused(ctx: ActionContext) -> None:
    with pytest.raises(ValidationError) as raised:
        documents.save_document_settings(ctx, DocumentSettings("SP/{tahun}"))
    assert raised.value.codes() == {"number_pattern": "pattern_without_serial"}
