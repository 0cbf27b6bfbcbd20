"""The Rekapitulasi Gangguan Kamtib through the services, on SQLite and PostgreSQL: the
month's incidents counted by type, place, shift and severity and listed, the searches with
their findings and fate, the patrol visits, "NIHIL" for an empty month, and issuing once
under its own number pattern."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.searches import Disposition, FindingFate, FindingItem
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.kamtib_reports.monthly import (
    issue_kamtib_recap,
    issued_kamtib_recap,
    kamtib_recap_pdf,
)
from rutan_desk.services.searches.queries import findings_between
from rutan_desk.services.searches.saving import set_findings_fate
from tests.services.test_handover import Rutan, make_rutan, planned
from tests.services.test_kamtib_daily import (
    JAN_31,
    NOW,
    a_busy_day,
    pdf_text,
)

DESTROYED = Disposition(FindingFate.DIMUSNAHKAN, date(2024, 2, 1), "BA.MSN-001/II/2024")


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


def in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found_at = text.find(part, position)
        assert found_at >= 0, f"{part!r} not found after {text[position : position + 300]!r}"
        position = found_at + len(part)


def test_the_recap_of_a_month_counts_and_lists_what_happened(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)
    phone = next(
        f for f in findings_between(clocked.db, JAN_31, JAN_31) if f.item == FindingItem.HP
    )
    set_findings_fate(clocked, {phone.id: phone.search_version}, DESTROYED)

    text = pdf_text(kamtib_recap_pdf(clocked.db, 2024, 1))

    in_order(
        text,
        [
            "REKAPITULASI GANGGUAN KAMTIB",
            "Bulan Januari 2024",
            "I. JUMLAH GANGGUAN KAMTIB",
            "Jenis gangguan Jumlah Perkelahian antar-WBP 1 Jumlah 1",
            "Tingkat Jumlah Ringan 0 Sedang 1 Berat 0 Jumlah 1",
            "Tempat Jumlah Blok A 1 Jumlah 1",
            "Shift Jumlah Malam 1 Jumlah 1",
            "II. DAFTAR GANGGUAN KAMTIB",
            "KMT.001/I/2024 31 Januari 2024 21.40 WIB Perkelahian antar-WBP (Sedang)",
            "III. PENGGELEDAHAN DAN TEMUAN",
            "31 Januari 2024 22.00 WIB Insidentil bersama TNI dan Polri",
            "HP (Samsung hitam) 2 buah; Senjata tajam (sendok diasah) 1 buah",
            "Temuan menurut barang dan nasibnya:",
            "Barang Jumlah Disimpan Dimusnahkan Diserahkan ke Polres",
            "HP 2 buah 0 2 0",
            "Senjata tajam 1 buah 1 0 0",
            "IV. KUNJUNGAN PATROLI",
            "31 Januari 2024 01.15 WIB Patroli sambang Polres Blora / Sat Samapta",
            "Demikian rekapitulasi",
            "Dibuat oleh, Mengetahui,",
        ],
    )
    assert "NIHIL" not in text.split("Demikian")[0]


def test_an_empty_month_says_nihil_and_is_still_reported(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)  # in January: December is empty
    text = pdf_text(kamtib_recap_pdf(clocked.db, 2023, 12))
    assert "Bulan Desember 2023" in text
    assert (
        "I. JUMLAH GANGGUAN KAMTIB NIHIL II. DAFTAR GANGGUAN KAMTIB NIHIL "
        "III. PENGGELEDAHAN DAN TEMUAN NIHIL IV. KUNJUNGAN PATROLI NIHIL"
    ) in text


def test_issuing_numbers_the_month_once_with_its_own_pattern(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_busy_day(clocked, rutan)
    issued = issue_kamtib_recap(clocked, 2024, 1)
    assert (issued.kind, issued.number) == ("rekap_kamtib", "REKAP-01/II/2024")
    assert issued.title == "Rekapitulasi Gangguan Kamtib Januari 2024"
    found = issued_kamtib_recap(clocked.db, 2024, 1)
    assert found is not None and found[0] == issued
    text = pdf_text(found[1])
    assert "NOMOR REKAP-01/II/2024" in text and "Blora, 1 Februari 2024" in text
    assert issued_kamtib_recap(clocked.db, 2023, 12) is None
    with pytest.raises(ValidationError) as raised:
        issue_kamtib_recap(clocked, 2024, 1)
    assert raised.value.codes() == {"month": "kamtib_recap_already_issued"}
    assert issue_kamtib_recap(clocked, 2023, 12).number == "REKAP-02/II/2024"
