from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.duty_order import DutyOrder, OrderedPerson, Signatory, render_duty_order
from rutan_desk.services.demo import DEMO_PROFILE

CIRCULAR = (
    "Surat Edaran Direktur Jenderal Pemasyarakatan Nomor PAS-2077.PK.08.05 Tahun 2023 tentang "
    "Peningkatan Kewaspadaan dan Kesiapsiagaan Pengamanan Menjelang Perayaan Natal 2023 dan "
    "Tahun Baru 2024."
)


def order(people: int, *, paper: PaperSize = PaperSize.A4) -> DutyOrder:
    crew = [
        OrderedPerson(
            f"Petugas Nomor {i:02d}, S.H.",
            "196804111993031009",
            "Penata Muda (III/a)",
            "Petugas Pengamanan",
            "Minggu, 31 Desember 2023 · Malam · P2U",
        )
        for i in range(1, people + 1)
    ]
    crew.append(
        OrderedPerson(
            "Agus Wibowo",
            "87053286",
            "Bripka",
            "Samapta Polres Blora",
            "Minggu, 31 Desember 2023 · Malam · P2U",
        )
    )
    return DutyOrder(
        number="W13.PAS.PAS11-PK.01.04.01-0123",
        basis=["Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;", CIRCULAR],
        people=crew,
        tasks=["Melaksanakan piket pengamanan;", "Melaporkan pelaksanaan tugas."],
        city="Blora",
        issued_on=date(2023, 12, 30),
        signatory=Signatory(
            "KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
            "Drs. Heru Santoso",
            "196804111993031009",
            "IV/a",
        ),
        copies=["Kapolres Blora", "Arsip"],
        paper=paper,
        with_duty_column=True,
    )


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_the_order_says_everything_a_reviewer_looks_for() -> None:
    text = " ".join(pages(render_duty_order(order(3), DEMO_PROFILE)))
    for expected in (
        "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
        "SURAT PERINTAH",
        "NOMOR W13.PAS.PAS11-PK.01.04.01-0123",
        "Dasar",
        "PAS-2077.PK.08.05 Tahun 2023",
        "MEMERINTAHKAN",
        "Kepada",
        "Petugas Nomor 03, S.H.",
        "19680411 199303 1 009",
        "87053286",
        "Bripka",
        "Untuk",
        "Dikeluarkan di Blora",
        "Pada tanggal 30 Desember 2023",
        "KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA,",
        "Drs. Heru Santoso",
        "Pembina (IV/a)",
        "NIP. 19680411 199303 1 009",
        "Tembusan",
        "Kapolres Blora",
    ):
        assert expected in text, expected
    single = pages(render_duty_order(order(0), DEMO_PROFILE))
    assert len(single) == 1 and "Halaman" not in single[0]  # one page: no page numbers


@pytest.mark.parametrize(
    ("paper", "size_mm"), [(PaperSize.A4, (210, 297)), (PaperSize.F4, (215, 330))]
)
def test_page_size_is_exactly_the_paper(paper: PaperSize, size_mm: tuple[int, int]) -> None:
    reader = PdfReader(io.BytesIO(render_duty_order(order(2, paper=paper), DEMO_PROFILE)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == size_mm


def test_long_tables_continue_with_their_header_and_pages_are_numbered() -> None:
    text = pages(render_duty_order(order(40), DEMO_PROFILE))
    assert len(text) >= 2
    for number, page in enumerate(text, start=1):
        assert f"Halaman {number} dari {len(text)}" in page
    assert all("NIP/NRP" in page for page in text[:-1])  # the header row repeats
    last = text[-1]
    assert "Drs. Heru Santoso" in last
    assert "Untuk" in last  # the signature travels with the tasks, never alone


def test_the_bundled_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_duty_order(order(1), DEMO_PROFILE)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert any("LiberationSerif" in name for name in names)
    for key in fonts:
        descriptor = (
            fonts[key].get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in fonts[key].get_object()
            else fonts[key].get_object().get("/FontDescriptor")
        )
        assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_the_same_order_gives_the_same_bytes() -> None:
    assert render_duty_order(order(5), DEMO_PROFILE) == render_duty_order(order(5), DEMO_PROFILE)
