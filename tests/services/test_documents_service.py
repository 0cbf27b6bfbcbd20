from __future__ import annotations

import hashlib
import io
import json
import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from sqlalchemy import select

from rutan_desk.domain.documents import DEFAULT_PATTERNS, DocumentKind
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.page import audit_footer, build_pdf, styles
from rutan_desk.services.context import ActionContext, Actor, ActorKind, FixedClock
from rutan_desk.services.demo import DEMO_PROFILE
from rutan_desk.services.documents import register as documents
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.documents import IssuedDocumentRow
from tests.conftest import ACTOR, audit_check

PATTERN = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"
ORDER = DocumentKind.SURAT_PERINTAH
OTHER = Actor(ActorKind.SYSTEM, "operator.dua")  # at another PC


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
    opened = documents.document_settings(db)
    assert opened.version == 0  # never saved
    assert opened.pattern(ORDER) == DEFAULT_PATTERNS[ORDER]
    documents.save_document_settings(
        ctx, replace(opened.with_pattern(ORDER, PATTERN), command_word="memerintahkan")
    )
    saved = documents.document_settings(db)
    assert (saved.command_word, saved.version) == ("MEMERINTAHKAN", 1)
    assert saved.pattern(ORDER) == PATTERN
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
    documents.save_document_settings(ctx, opened.with_pattern(ORDER, PATTERN))
    with pytest.raises(StaleRecordError):
        documents.save_document_settings(ctx, replace(opened, command_word="PERINTAH"))
    current = documents.document_settings(db)
    assert (current.pattern(ORDER), current.command_word) == (PATTERN, "MEMERINTAHKAN")
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


def test_bad_patterns_are_refused_with_their_kind(ctx: ActionContext) -> None:
    opened = documents.document_settings(ctx.db)
    with pytest.raises(ValidationError) as raised:
        documents.save_document_settings(
            ctx, opened.with_pattern(DocumentKind.LAPORAN_KEJADIAN, "LK/{tahun}")
        )
    assert raised.value.codes() == {"number_pattern": "pattern_without_serial"}
    assert raised.value.errors[0].params == {"kind": "laporan_kejadian"}
    assert documents.document_settings(ctx.db) == opened


# -- each kind with its own pattern and serial ----------------------------------------------


def issue_kind(ctx: ActionContext, kind: DocumentKind) -> documents.IssuedDocument:
    return documents.issue_document(
        ctx, kind=kind, title=f"Uji {kind}", on=date(2023, 12, 30), source={}, render=fake_pdf
    )


def test_each_kind_counts_its_own_serial_in_its_own_pattern(ctx: ActionContext) -> None:
    opened = documents.document_settings(ctx.db)
    documents.save_document_settings(
        ctx,
        opened.with_pattern(ORDER, PATTERN).with_pattern(
            DocumentKind.LAPORAN_KEJADIAN, "W13.PAS.PAS11-PK.04.02-{nomor:03d}"
        ),
    )
    issued = [
        issue(ctx),
        issue_kind(ctx, DocumentKind.LAPORAN_KEJADIAN),
        issue(ctx),
        issue_kind(ctx, DocumentKind.LAPORAN_HARIAN_KAMTIB),
        issue_kind(ctx, DocumentKind.LAPORAN_KEJADIAN),
    ]
    assert [d.number for d in issued] == [
        "W13.PAS.PAS11-PK.01.04.01-0001",
        "W13.PAS.PAS11-PK.04.02-001",
        "W13.PAS.PAS11-PK.01.04.01-0002",
        "LHK-001/XII/2023",  # a kind the office has not set up yet: its default
        "W13.PAS.PAS11-PK.04.02-002",
    ]
    # The register lists them in the order they were issued, newest first.
    assert [d.id for d in documents.register(ctx.db, year=2023)] == [d.id for d in reversed(issued)]
    assert (
        documents.next_number(ctx.db, DocumentKind.LAPORAN_KEJADIAN, date(2023, 12, 31))
        == "W13.PAS.PAS11-PK.04.02-003"
    )
    assert documents.next_number(ctx.db, DocumentKind.REKAP_KAMTIB, date(2024, 1, 5)) == (
        "REKAP-01/I/2024"
    )
    # As the clerk types a pattern: the next serial of the kind in it.
    assert documents.next_number(ctx.db, ORDER, date(2023, 12, 31), "SP.{nomor}") == "SP.3"


def test_kinds_that_share_a_pattern_never_give_a_number_twice(ctx: ActionContext) -> None:
    opened = documents.document_settings(ctx.db)
    documents.save_document_settings(
        ctx, opened.with_pattern(ORDER, PATTERN).with_pattern(DocumentKind.SERAH_TERIMA, PATTERN)
    )
    order = issue(ctx)
    report = issue_kind(ctx, DocumentKind.SERAH_TERIMA)  # its serial 1 is taken: skipped
    order_again = issue(ctx)
    assert [d.number[-4:] for d in (order, report, order_again)] == ["0001", "0002", "0003"]
    assert documents.next_number(ctx.db, DocumentKind.SERAH_TERIMA, date(2023, 12, 30)) == (
        "W13.PAS.PAS11-PK.01.04.01-0004"
    )


def test_a_pattern_saved_meanwhile_elsewhere_is_not_overwritten(ctx: ActionContext) -> None:
    opened = documents.document_settings(ctx.db)
    documents.save_document_settings(ctx, opened.with_pattern(DocumentKind.SERAH_TERIMA, PATTERN))
    with pytest.raises(StaleRecordError):  # the other form still shows the old pattern
        documents.save_document_settings(ctx, replace(opened, command_word="MENUGASKAN"))
    assert documents.document_settings(ctx.db).pattern(DocumentKind.SERAH_TERIMA) == PATTERN


@pytest.mark.parametrize("second_kind", [ORDER, DocumentKind.SERAH_TERIMA])
def test_two_pcs_issuing_at_once_take_one_number_each(
    ctx: ActionContext, second_kind: DocumentKind
) -> None:
    """The first PC is still rendering when the second asks for a number: the second waits for
    the kind's lock (the same kind), or collides on the number and tries again (another kind
    sharing the pattern)."""
    opened = documents.document_settings(ctx.db)
    documents.save_document_settings(
        ctx, opened.with_pattern(ORDER, PATTERN).with_pattern(DocumentKind.SERAH_TERIMA, PATTERN)
    )
    rendering = threading.Event()

    def slow(number: str, code: str) -> bytes:
        rendering.set()
        time.sleep(0.4)
        return fake_pdf(number, code)

    first: list[documents.IssuedDocument] = []
    thread = threading.Thread(
        target=lambda: first.append(
            documents.issue_document(
                ctx, kind=ORDER, title="PC 1", on=date(2023, 12, 30), source={}, render=slow
            )
        )
    )
    thread.start()
    assert rendering.wait(10)
    second = issue_kind(ActionContext(ctx.db, OTHER), second_kind)
    thread.join(10)
    assert first and {first[0].number, second.number} == {
        "W13.PAS.PAS11-PK.01.04.01-0001",
        "W13.PAS.PAS11-PK.01.04.01-0002",
    }


def test_a_cancelled_document_prints_as_its_stored_pages_stamped(ctx: ActionContext) -> None:
    """Re-printed or saved after cancelling: the issued pages, never rendered again, with
    DIBATALKAN, the office's date of the cancelling and the reason on every page; the stored
    file stays byte for byte what was issued, and its SHA-256 still checks."""
    story = [Paragraph(f"Baris {n} surat perintah.", styles()["body"]) for n in range(1, 90)]

    def render(number: str, code: str) -> bytes:
        return build_pdf(story, DEMO_PROFILE, paper=PaperSize.A4, footer=audit_footer(code))

    issued = documents.issue_document(
        ctx, kind="surat_perintah", title="Piket", on=date(2024, 1, 2), source={}, render=render
    )
    stored = documents.stored_document_pdf(ctx.db, issued.id)
    assert documents.document_pdf(ctx.db, issued.id) == stored  # not cancelled: as issued
    # 5 January 2024 at 18.00 UTC is already the 6th in the office (WIB).
    late = ActionContext(ctx.db, ctx.actor, FixedClock(datetime(2024, 1, 5, 18, 0, tzinfo=UTC)))
    documents.cancel_document(
        late, issued.id, "Regu diganti dengan surat yang baru.", expected_version=issued.version
    )
    printed = documents.document_pdf(ctx.db, issued.id)
    original = [page.extract_text() or "" for page in PdfReader(io.BytesIO(stored)).pages]
    copies = [page.extract_text() or "" for page in PdfReader(io.BytesIO(printed)).pages]
    assert len(copies) == len(original) >= 2
    for before, after in zip(original, copies, strict=True):
        after_text = " ".join(after.split())
        assert " ".join(before.split()) in after_text  # the issued page, all of it
        assert (
            "DIBATALKAN tanggal 6 Januari 2024. Alasan: Regu diganti dengan surat yang baru."
        ) in after_text
    kept = documents.stored_document_pdf(ctx.db, issued.id)
    assert kept == stored and hashlib.sha256(kept).hexdigest() == issued.sha256
    with ctx.db.read() as session:
        row = session.get(IssuedDocumentRow, issued.id)
        assert row is not None and row.pdf == stored
