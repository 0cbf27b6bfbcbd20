"""The Laporan Harian Kamtib through the services, on SQLite and PostgreSQL: the day's counts
at the handovers, its incidents, searches and patrol visits in the print and in the message
text, "NIHIL" on a quiet day, and issuing once under its own number pattern."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from rutan_desk.domain.errors import ValidationError
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.kamtib_reports.daily import (
    daily_kamtib_pdf,
    daily_kamtib_text,
    issue_daily_kamtib,
    issued_daily_kamtib,
)
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.searches.saving import save_search
from tests.services.test_handover import Rutan, make_rutan, opening_balance, planned, with_counted
from tests.services.test_incident_report import a_fight
from tests.services.test_patrols import a_visit
from tests.services.test_searches import a_search

NOW = datetime(2024, 2, 1, 9, 0)  # WIB
JAN_31 = date(2024, 1, 31)


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context at 1 February 2024, 09.00 WIB."""
    return ActionContext(
        ctx.db, ctx.actor, FixedClock((NOW - timedelta(hours=7)).replace(tzinfo=UTC))
    )


@pytest.fixture
def rutan(clocked: ActionContext) -> Rutan:
    found = make_rutan(clocked)
    planned(clocked)
    return found


def a_busy_day(ctx: ActionContext, rutan: Rutan) -> None:
    """31 January 2024: the afternoon hands over 48 inmates (one short, explained), a fight
    in Blok A at 21.40, a joint search at 22.00 that found a phone and a spoon, and a police
    patrol at 01.15 (on 31 January too, for this test)."""
    a, b = rutan.blocks
    tl, tp = rutan.categories[:2]
    draft = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 40, (b, tp): 9})
    draft = with_counted(draft, {(a, tl): 39, (b, tp): 9})
    save_handover(ctx, replace(draft, difference_explanation="1 WBP di poliklinik"))
    save_incident(ctx, a_fight(ctx, rutan))
    save_search(ctx, a_search(ctx, rutan))
    save_patrol_visit(
        ctx,
        a_visit(
            rutan, arrived_at=datetime(2024, 1, 31, 1, 15), left_at=datetime(2024, 1, 31, 1, 40)
        ),
    )


def test_the_report_of_a_busy_day_lists_the_count_incidents_searches_and_visits(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)
    text = pdf_text(daily_kamtib_pdf(clocked.db, JAN_31))
    expected_in_order = [
        "LAPORAN HARIAN KAMTIB",
        "Rabu, 31 Januari 2024",
        "I. JUMLAH PENGHUNI (SERAH TERIMA JAGA)",
        "1 Siang → Malam Regu IV → Regu I 48 orang 49 orang Selisih -1 (belum ditandatangani)",
        "II. GANGGUAN KAMTIB",
        "KMT.001/I/2024 21.40 WIB Perkelahian antar-WBP (Sedang) Blok A, kamar 3 "
        "Perkelahian di kamar 3 Blok A Draf",
        "III. PENGGELEDAHAN",
        "22.00 WIB Insidentil bersama TNI dan Polri Blok A, kamar 3; Blok B; Dapur "
        "Regu I Anggota 0 HP (Samsung hitam) 2 buah; Senjata tajam (sendok diasah) 1 buah",
        "IV. KUNJUNGAN PATROLI",
        "01.15 WIB Patroli sambang Polres Blora / Sat Samapta Bripka Agus Wibowo, Brigpol "
        "Dwi Santoso P2U, tembok luar sisi timur, pos atas Regu I Anggota 0",
        "Demikian laporan harian",
        "Blora, ..............................",
        "Dibuat oleh, Mengetahui,",
        "Kepala Kesatuan Pengamanan Rutan",
    ]
    position = 0
    for part in expected_in_order:
        found_at = text.find(part, position)
        assert found_at >= 0, f"{part!r} not found after {text[position : position + 300]!r}"
        position = found_at + len(part)
    assert "NIHIL" not in text.split("Demikian")[0]


def test_a_quiet_day_says_nihil_in_every_section(clocked: ActionContext, rutan: Rutan) -> None:
    text = pdf_text(daily_kamtib_pdf(clocked.db, date(2024, 1, 30)))
    assert (
        "I. JUMLAH PENGHUNI (SERAH TERIMA JAGA) NIHIL II. GANGGUAN KAMTIB NIHIL "
        "III. PENGGELEDAHAN NIHIL IV. KUNJUNGAN PATROLI NIHIL"
    ) in text
    message = daily_kamtib_text(clocked.db, date(2024, 1, 30))
    assert message.count("NIHIL") == 4


def test_the_message_to_the_kanwil_is_short_lines_in_the_same_order(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)
    message = daily_kamtib_text(clocked.db, JAN_31)
    assert message.splitlines() == [
        "*LAPORAN HARIAN KAMTIB*",
        "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
        "Rabu, 31 Januari 2024",
        "",
        "*I. JUMLAH PENGHUNI*",
        "- Siang → Malam (Regu IV → Regu I):",
        "  48 orang, selisih -1",
        "",
        "*II. GANGGUAN KAMTIB*",
        "- 21.40 WIB Perkelahian antar-WBP (Sedang), Blok A, kamar 3:",
        "  Perkelahian di kamar 3 Blok A [Draf]",
        "",
        "*III. PENGGELEDAHAN*",
        "- 22.00 WIB Insidentil bersama TNI dan Polri, Blok A, kamar 3; Blok B; Dapur",
        "  Temuan: HP (Samsung hitam) 2 buah; Senjata tajam (sendok diasah) 1 buah",
        "",
        "*IV. KUNJUNGAN PATROLI*",
        "- 01.15 WIB Patroli sambang, Polres Blora / Sat Samapta",
        "",
        "Demikian dilaporkan.",
    ]


def test_issuing_numbers_the_day_once_with_its_own_pattern(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)
    assert issued_daily_kamtib(clocked.db, JAN_31) is None

    issued = issue_daily_kamtib(clocked, JAN_31)

    assert (issued.kind, issued.number) == ("laporan_harian_kamtib", "LHK-001/II/2024")
    assert issued.title == "Laporan Harian Kamtib 31 Januari 2024"
    found = issued_daily_kamtib(clocked.db, JAN_31)
    assert found is not None and found[0] == issued
    text = pdf_text(found[1])
    assert "NOMOR LHK-001/II/2024" in text and "Kode jejak audit:" in text
    assert "Blora, 1 Februari 2024" in text
    assert documents.document_source(clocked.db, issued.id)["day"] == "2024-01-31"
    with pytest.raises(ValidationError) as raised:
        issue_daily_kamtib(clocked, JAN_31)
    assert raised.value.codes() == {"day": "daily_kamtib_already_issued"}
    # Cancelled, the day can be issued again, under the next number.
    documents.cancel_document(clocked, issued.id, "salah hitung", expected_version=issued.version)
    again = issue_daily_kamtib(clocked, JAN_31)
    assert again.number == "LHK-002/II/2024"
