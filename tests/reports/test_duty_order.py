from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.duty_order import DutyOrder, OrderedPerson, Signatory, render_duty_order
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say, placed
from tests.reports.pdf_pages import pages as pages_of

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
            "Malam 19.00–07.00 WIB · P2U",
        )
        for i in range(1, people + 1)
    ]
    crew.append(
        OrderedPerson(
            "Agus Wibowo",
            "87053286",
            "Bripka",
            "Samapta Polres Blora",
            "Malam 19.00–07.00 WIB · P2U",
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
        considering=[
            "bahwa menjelang pergantian tahun perlu peningkatan pengamanan;",
            "bahwa untuk itu perlu menetapkan petugas jaga dan piket;",
        ],
        copies=[
            "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah",
            "Kapolres Blora",
        ],
        paper=paper,
        with_duty_column=True,
        duty_day=date(2023, 12, 31),
    )


LABELS = ("Menimbang", "Dasar", "Kepada", "Untuk")


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
    # One page: no page number.
    short = replace(order(0), considering=[])
    assert assert_numbered_as_the_rules_say(render_duty_order(short, DEMO_PROFILE)) == 1


@pytest.mark.parametrize(
    ("paper", "size_mm"), [(PaperSize.A4, (210, 297)), (PaperSize.F4, (215, 330))]
)
def test_page_size_is_exactly_the_paper(paper: PaperSize, size_mm: tuple[int, int]) -> None:
    reader = PdfReader(io.BytesIO(render_duty_order(order(2, paper=paper), DEMO_PROFILE)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == size_mm


def test_long_tables_continue_with_their_header_and_pages_are_numbered() -> None:
    pdf = render_duty_order(order(40), DEMO_PROFILE)
    text = pages(pdf)
    assert assert_numbered_as_the_rules_say(pdf) >= 3
    lampiran = [page for page in text if "Petugas Nomor" in page]
    assert len(lampiran) >= 2
    assert all(page.count("NIP/NRP") == 1 for page in lampiran)  # the header row repeats
    last = text[-1]
    assert "Drs. Heru Santoso" in last and "Petugas Nomor" in last  # signed under the table


@pytest.mark.parametrize("people", range(1, 16))
def test_the_signature_never_stands_alone_at_the_top_of_a_page(people: int) -> None:
    """With the tasks in the body; with the last rows of the table in the Lampiran."""
    text = pages(render_duty_order(order(people), DEMO_PROFILE))
    signed = [page for page in text if "Drs. Heru Santoso" in page]
    assert "Melaporkan pelaksanaan tugas." in signed[0]
    if len(signed) == 2:  # the Lampiran's
        assert "Agus Wibowo" in signed[1]


def test_menimbang_is_lettered_and_dasar_and_untuk_are_numbered() -> None:
    text = " ".join(pages(render_duty_order(order(3), DEMO_PROFILE)))
    assert (
        "Menimbang : a. bahwa menjelang pergantian tahun perlu peningkatan pengamanan; "
        "b. bahwa untuk itu perlu menetapkan petugas jaga dan piket;"
    ) in text
    assert "Dasar : 1. Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan; 2. " in text
    assert "Untuk : 1. Melaksanakan piket pengamanan; 2. Melaporkan pelaksanaan tugas." in text


@pytest.mark.parametrize("people", [3, 30])
def test_kepada_keeps_the_label_and_colon_column_of_the_others(people: int) -> None:
    first = pages_of(render_duty_order(order(people), DEMO_PROFILE))[0]
    runs = placed(first)
    labels = {run.text: run for run in runs if run.text in LABELS}
    assert set(labels) == set(LABELS)
    assert {round(run.x, 1) for run in labels.values()} == {round(labels["Dasar"].x, 1)}
    # Each label's colon, on its line, in one column.
    colons = [
        next(run for run in runs if run.text == ":" and abs(run.y - label.y) < 1)
        for label in labels.values()
    ]
    assert len({round(colon.x, 1) for colon in colons}) == 1
    assert colons[0].x > max(label.x + 40 for label in labels.values())


def test_up_to_ten_people_are_listed_in_the_body() -> None:
    text = " ".join(pages(render_duty_order(order(9), DEMO_PROFILE)))  # with the police: 10
    assert "LAMPIRAN" not in text and "Lampiran" not in text
    assert "Kepada : Hari/tanggal: Minggu, 31 Desember 2023 No Nama / Jabatan" in text


def test_more_than_ten_people_go_to_a_lampiran_signed_again() -> None:
    pdf = render_duty_order(order(10), DEMO_PROFILE)  # with the police: 11
    text = pages(pdf)
    start = next(n for n, page in enumerate(text) if "LAMPIRAN SURAT PERINTAH" in page)
    body, lampiran = " ".join(text[:start]), " ".join(text[start:])
    assert (
        "Kepada : Nama-nama sebagaimana tersebut dalam Lampiran Surat Perintah ini. Untuk" in body
    )
    assert "Petugas Nomor" not in body and "NIP/NRP" not in body
    assert "Dikeluarkan di Blora" in body and "Tembusan:" in body
    # The Lampiran starts a page: whose it is, its number and date, then the day and table.
    assert text[start].startswith(
        "LAMPIRAN SURAT PERINTAH KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA "
        "NOMOR : W13.PAS.PAS11-PK.01.04.01-0123 TANGGAL : 30 Desember 2023 "
        "Hari/tanggal: Minggu, 31 Desember 2023 No Nama / Jabatan"
    )
    assert "Petugas Nomor 01, S.H." in lampiran and "Agus Wibowo" in lampiran
    # Signed again: the same signatory, without "Dikeluarkan di" (the head gives the date).
    assert lampiran.endswith(  # then only the page number, drawn last
        "Malam 19.00–07.00 WIB P2U KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA, "
        f"Drs. Heru Santoso Pembina (IV/a) NIP. 19680411 199303 1 009 - {len(text)} -"
    )
    assert "Dikeluarkan di" not in lampiran


def test_a_one_day_order_says_its_day_once_and_the_shift_with_its_hours() -> None:
    text = " ".join(pages(render_duty_order(order(3), DEMO_PROFILE)))
    assert text.count("31 Desember 2023") == 1
    assert text.count("Malam 19.00–07.00 WIB P2U") == 4
    several_days = replace(
        order(3),
        duty_day=None,
        people=[replace(p, duty=f"Minggu, 31 Desember 2023 · {p.duty}") for p in order(3).people],
    )
    text = " ".join(pages(render_duty_order(several_days, DEMO_PROFILE)))
    assert "Hari/tanggal" not in text
    assert text.count("31 Desember 2023") == 4


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
