"""The Kamtib documents as printed: long lists run over pages with their header repeated and
page numbers, an empty destruction says NIHIL, the office's paper size is used."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.berita_acara import DestructionDocument, render_destruction_record
from rutan_desk.reports.daily_kamtib import DailyKamtib, render_daily_kamtib
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.kamtib_parts import (
    CELL_PADDING,
    CELL_SIZE,
    CountLine,
    IncidentLine,
    Signer,
    wrapped,
)
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say

DAY = date(2026, 11, 24)
F4 = (215 / 25.4 * 72, 330 / 25.4 * 72)
SIGNERS = [
    Signer("Dibuat oleh", "Kepala Kesatuan Pengamanan Rutan", "", ""),
    Signer("Mengetahui", "Kepala Rutan", "Budi Hardiono", "NIP. 19700101 199003 1 001"),
]


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def a_day(**changes: object) -> DailyKamtib:
    incidents = [
        IncidentLine(
            f"KMT.{n:03d}/XI/2026",
            datetime.combine(DAY, datetime.min.time()) + timedelta(minutes=20 * n),
            "Perkelahian antar-WBP",
            "Blok A, kamar 3",
            f"Kejadian nomor {n}",
            "Dilaporkan",
            "Ringan",
        )
        for n in range(1, 61)
    ]
    values: dict[str, object] = {
        "day": DAY,
        "counts": [CountLine("Pagi → Siang", "Regu I → Regu II", 312, 312, "diterima")],
        "incidents": incidents,
        "searches": [],
        "visits": [],
        "signatures": SIGNERS,
        "dated": DAY,
        "city": "Blora",
    }
    values.update(changes)
    return DailyKamtib(**values)  # type: ignore[arg-type]


def test_a_long_day_runs_over_pages_with_the_header_repeated() -> None:
    pdf = render_daily_kamtib(a_day(), DEMO_PROFILE)
    pages = pages_text(pdf)
    total = len(pages)
    assert total >= 2 and assert_numbered_as_the_rules_say(pdf) == total
    with_incidents = [p for p in pages if "Kejadian nomor" in p]
    assert len(with_incidents) >= 2
    assert all("No Nomor Waktu Jenis Tempat Uraian singkat Status" in p for p in with_incidents)
    text = " ".join(pages)
    assert text.index("Kejadian nomor 1 ") < text.index("Kejadian nomor 60 ")
    assert "1 Pagi → Siang Regu I → Regu II 312 orang 312 orang Sesuai (diterima)" in text
    # The signatures end the report, after the last sections.
    assert pages[-1].index("IV. KUNJUNGAN PATROLI NIHIL") < pages[-1].index("Budi Hardiono")


def test_the_paper_of_the_office() -> None:
    pdf = render_daily_kamtib(a_day(paper=PaperSize.F4, incidents=[]), DEMO_PROFILE)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(F4, abs=0.5)


def test_a_destruction_without_items_says_nihil() -> None:
    document = DestructionDocument(
        on=DAY, reference="", items=[], signatures=SIGNERS, dated=DAY, city="Blora"
    )
    text = " ".join(pages_text(render_destruction_record(document, DEMO_PROFILE)))
    assert "BERITA ACARA PEMUSNAHAN BARANG TERLARANG" in text
    assert "berupa barang-barang sebagai berikut: NIHIL" in text


@given(
    text=st.text(alphabet=st.sampled_from("abcdefghijWMP /-.\n"), max_size=120),
    width=st.floats(min_value=40, max_value=200),
)
def test_a_list_cell_fits_its_column_and_keeps_every_letter(text: str, width: float) -> None:
    cell = wrapped(text, width)
    room = width - 2 * CELL_PADDING
    assert all(
        stringWidth(line, SERIF, CELL_SIZE) <= room or len(line) == 1 for line in cell.splitlines()
    )
    assert "".join(cell.split()) == "".join(text.split())


def test_a_long_kind_breaks_after_its_slash_not_into_the_next_column() -> None:
    assert wrapped("Pencurian/pemerasan/ancaman (Ringan)", 25 * mm).splitlines() == [
        "Pencurian/",
        "pemerasan/",
        "ancaman",
        "(Ringan)",
    ]
