"""The handover report from the saved handover, and its issue through the letter register."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import time

import pytest
from pypdf import PdfReader

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import Condition, MovementReason
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover.forms import EventLine
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.handover.report import (
    handover_report,
    handover_report_pdf,
    issue_handover_report,
    issued_report,
)
from rutan_desk.services.handover.saving import add_addendum, save_handover
from tests.conftest import audit_check
from tests.services.test_handover import (
    JAN_31,
    Rutan,
    counted_as_expected,
    make_rutan,
    movement,
    planned,
    received,
)


@pytest.fixture
def rutan(ctx: ActionContext) -> Rutan:
    return make_rutan(ctx)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def _night_of_31_january(ctx: ActionContext, rutan: Rutan) -> int:
    """Regu I's night: one man back from hospital at 02.10, a radio found broken."""
    db = ctx.db
    planned(ctx)
    draft = prefill_handover(db, JAN_31, "M")
    block, category = rutan.blocks[0], rutan.categories[0]
    draft = replace(
        draft,
        movements=(movement(time(2, 10), MovementReason.KEMBALI_RS, 1, block, category),),
        equipment=tuple(
            replace(line, condition=Condition.RUSAK, damaged=1, note="Antena patah")
            if line.item_id == rutan.radios
            else line
            for line in draft.equipment
        ),
        events=(EventLine(time(23, 30), "Kontrol keliling Blok A dan B, aman."),),
    )
    draft = counted_as_expected(draft)
    draft = replace(
        draft,
        counts=tuple(
            replace(line, counted=1)
            if (line.block_id, line.category_id) == (block, category)
            else line
            for line in draft.counts
        ),
    )
    return save_handover(ctx, draft)


def test_the_report_shows_the_saved_handover(ctx: ActionContext, rutan: Rutan) -> None:
    db = ctx.db
    handover_id = _night_of_31_january(ctx, rutan)
    report = handover_report(db, handover_id)
    assert report.number == "" and report.day == JAN_31
    assert report.outgoing == "Regu I · Malam 19.00–07.00 · Karupam Regu I Anggota 0"
    assert report.incoming == "Regu II · Pagi 07.00–13.00 · Karupam Regu II Anggota 0"
    # Only the block and category with someone in it, or moving through it, is printed.
    assert [(c.block, c.category) for c in report.counts] == [("Blok A", "Tahanan Laki-laki")]
    first = report.counts[0]
    assert (first.opening, first.came_in, first.went_out, first.closing, first.counted) == (
        0,
        1,
        0,
        1,
        1,
    )
    assert [(m.direction, m.reason) for m in report.movements] == [
        ("Masuk", "Kembali dari rumah sakit")
    ]
    radio = next(e for e in report.equipment if e.item == "HT Motorola")
    assert (radio.state, radio.note, radio.attention) == (
        "2 unit: 1 baik, 1 rusak",
        "Antena patah",
        True,
    )
    # The night of 31 January is handed over on 1 February: both days, everywhere.
    assert report.shift_span == (
        "Malam, Rabu 31 Januari 2024 19.00 – Kamis 1 Februari 2024 07.00 WIB"
    )
    assert [s.role for s in report.signatures] == [
        "Yang Menyerahkan",
        "Yang Menerima",
        "Mengetahui",
    ]
    assert all(s.name == "" for s in report.signatures)  # nobody has signed yet
    karupam = next(o for o in report.officers if o.name == "Regu I Anggota 0")
    assert (karupam.identity, karupam.rank) == ("19850110 201003 1 001", "Pengatur (II/c)")
    assert (karupam.side, karupam.status) == ("Regu Keluar", "Hadir")
    assert {o.side for o in report.officers} == {"Regu Keluar", "Regu Masuk"}
    text = _text(handover_report_pdf(db, handover_id))
    assert "LAPORAN SERAH TERIMA JAGA" in text and "Antena patah" in text
    assert "Waktu serah terima : Kamis, 1 Februari 2024 pukul ........ WIB" in text
    # The return from hospital at 02.10 stands under 1 February, the round at 23.30 under 31.
    assert "Kamis, 1 Februari 2024 Jam Masuk/ Keluar Alasan" in text
    assert "Keterangan 02.10 Masuk Kembali dari rumah sakit" in text
    assert "Rabu, 31 Januari 2024 Jam Uraian kejadian 23.30 Kontrol keliling" in text
    assert "HT Motorola — 2 unit: 1 baik, 1 rusak Antena patah" in text


def test_an_open_handover_is_not_issued(ctx: ActionContext, rutan: Rutan) -> None:
    db = ctx.db
    handover_id = _night_of_31_january(ctx, rutan)
    with pytest.raises(ValidationError) as refused:
        issue_handover_report(ctx, handover_id)
    assert refused.value.codes() == {"handover": "report_needs_receipt"}
    assert documents.register(db) == [] and issued_report(db, handover_id) is None


def test_a_received_handover_is_issued_once_and_reprinted_byte_for_byte(
    ctx: ActionContext, rutan: Rutan
) -> None:
    db = ctx.db
    handover_id = _night_of_31_january(ctx, rutan)
    received(ctx, handover_id, rutan)
    issued = issue_handover_report(ctx, handover_id)
    assert (issued.kind, issued.number) == ("serah_terima", "STJ-0001/I/2024")  # its own pattern
    assert (
        issued.title == "Serah terima jaga Malam Rab 31-01-2024 19.00 – Kam 01-02-2024 07.00 → Pagi"
    )
    assert load_handover(db, handover_id).document_id == issued.id
    found = issued_report(db, handover_id)
    assert found is not None
    document, pdf = found
    assert document == issued and pdf == documents.document_pdf(db, issued.id)
    text = _text(pdf)
    assert f"LAPORAN SERAH TERIMA JAGA NOMOR {issued.number}" in text  # as on the orders
    assert "Regu I Anggota 0" in text  # the outgoing Karupam signed

    with pytest.raises(ValidationError) as again:
        issue_handover_report(ctx, handover_id)
    assert again.value.codes() == {"handover": "report_already_issued"}
    assert len(documents.register(db)) == 1

    # An addendum written later is on the next draft print; the issued file does not change.
    author = rutan.karupam("Regu I")
    add_addendum(ctx, handover_id, "Koreksi jam", "Kembali dari RS pukul 02.20.", author_id=author)
    text = _text(handover_report_pdf(db, handover_id))
    addendum = text.index("CATATAN TAMBAHAN (ADDENDUM) 1")
    assert text.index("Mengetahui,") < addendum  # after the signatures of the report
    assert "Alasan : Koreksi jam Kembali dari RS pukul 02.20." in text[addendum:]
    assert "Regu I Anggota 0 NIP. 19850110 201003 1 001" in text[addendum:]
    assert documents.document_pdf(db, issued.id) == pdf
    assert audit_check(db).chain_break is None
