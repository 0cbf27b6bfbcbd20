"""The printed register of agreements, its Excel copy, and the one-agreement summary: read back
from the PDF's text and the workbook's cells."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.agreement_register import (
    AgreementRegister,
    RegisterLine,
    render_agreement_register,
)
from rutan_desk.reports.agreement_register_xlsx import HEADER_ROW, render_agreement_register_xlsx
from rutan_desk.reports.agreement_sheet import (
    AgreementSheet,
    ObligationLine,
    PartyBlock,
    render_agreement_sheet,
)
from rutan_desk.reports.incident_report import Signer
from rutan_desk.services.demo import DEMO_PROFILE

TODAY = date(2026, 11, 30)
KARUTAN = Signer("", "Kepala Rutan", "Kukuh Nugroho, S.Kom.", "NIP. 19800103 200801 1 375")
POLRES = RegisterLine(
    "PKS",
    "Perjanjian Kerja Sama tentang Pengamanan dan Penanganan Gangguan Kamtib",
    "Polres Blora",
    "W13.PAS.PAS11-HM.05.01-12\nB/34/I/2026",
    date(2026, 1, 27),
    date(2026, 1, 27),
    date(2031, 1, 26),
    False,
    "Berlaku",
    2,
)
MOU = RegisterLine(
    "MoU",
    "Nota Kesepahaman tentang Pelayanan Publik Terpadu",
    "Pemda Kab. Blora",
    "",
    date(2022, 3, 1),
    date(2022, 3, 1),
    None,
    True,
    "Berlaku",
    0,
)


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def a_register(*lines: RegisterLine, signer: Signer | None = KARUTAN) -> AgreementRegister:
    return AgreementRegister(lines, TODAY, PaperSize.A4, "Blora", signer)


def test_the_register_lists_each_agreement_with_its_validity_and_status() -> None:
    pdf = render_agreement_register(a_register(POLRES, MOU), DEMO_PROFILE)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape: nine columns
    text = " ".join(pages_text(pdf))
    assert "DAFTAR PERJANJIAN KERJA SAMA" in text and "Keadaan 30 November 2026" in text
    assert "Penanganan Gangguan Kamtib" in text and "B/34/I/2026" in text
    assert "27-01-2026 s.d. 26-01-2031" in text
    assert "01-03-2022, sampai dicabut" in text
    assert "Blora, 30 November 2026" in text and "Kukuh Nugroho, S.Kom." in text


def test_a_register_without_agreements_says_nihil() -> None:
    text = " ".join(pages_text(render_agreement_register(a_register(), DEMO_PROFILE)))
    assert "NIHIL" in text and "Judul" not in text


def test_the_excel_register_has_real_dates_and_a_filtered_frozen_header() -> None:
    data = render_agreement_register_xlsx(a_register(POLRES, MOU), DEMO_PROFILE.unit_name)
    sheet = load_workbook(io.BytesIO(data)).active
    header = [cell.value for cell in sheet[HEADER_ROW]]
    assert header[:3] == ["No", "Jenis", "Judul"] and header[-1] == "Kewajiban terbuka"
    first = [cell.value for cell in sheet[HEADER_ROW + 1]]
    assert first[0] == 1 and first[3] == "Polres Blora"
    assert first[5] == datetime(2026, 1, 27) and first[7] == datetime(2031, 1, 26)
    assert sheet.cell(row=HEADER_ROW + 1, column=8).number_format == "DD-MM-YYYY"
    second = [cell.value for cell in sheet[HEADER_ROW + 2]]
    assert second[7] == "sampai dicabut" and second[9] == 0
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:J{HEADER_ROW + 2}"
    assert sheet["A3"].value == "Keadaan 30 November 2026"


def test_the_summary_sheet_has_parties_scope_obligations_and_chain() -> None:
    sheet = AgreementSheet(
        kind="Perjanjian Kerja Sama",
        title="PKS Pengamanan dengan Polres Blora",
        status="Berlaku",
        place_signed="Blora",
        signed_on=date(2026, 1, 27),
        validity="27 Januari 2026 s.d. 26 Januari 2031",
        parties=[
            PartyBlock(
                "Rutan Kelas IIB Blora", "W13.PAS.PAS11-HM.05.01-12", "Kukuh", "Karutan", "-"
            ),
            PartyBlock("Polres Blora", "B/34/I/2026", "AKBP Wawan", "Kapolres Blora", "NRP. 1"),
        ],
        scope=["Pengamanan", "Penanganan gangguan kamtib", "Dukungan tugas kepolisian"],
        obligations=[
            ObligationLine(
                "CCTV area steril tembok luar terhubung ke monitor Polres",
                "Rutan",
                "Ka KPR",
                "Paling lambat 30 Juni 2026",
                "Berjalan",
                "",
            ),
            ObligationLine(
                "Patroli sambang rutin",
                "Polres Blora",
                "",
                "Setiap bulan",
                "Berjalan",
                "9 kunjungan; bulan tanpa bukti: Mei 2026",
            ),
        ],
        chain=["Induk: MoU Kementerian dengan Polri (Berlaku)"],
        note="",
        as_of=TODAY,
        paper=PaperSize.F4,
        city="Blora",
        signer=KARUTAN,
    )
    text = " ".join(pages_text(render_agreement_sheet(sheet, DEMO_PROFILE)))
    assert "RINGKASAN PERJANJIAN KERJA SAMA" in text
    assert "I. PARA PIHAK" in text and "B/34/I/2026" in text and "Kapolres Blora" in text
    assert "2. Penanganan gangguan kamtib" in text
    assert "terhubung ke monitor Polres" in text and "bulan tanpa bukti: Mei 2026" in text
    assert "IV. RIWAYAT PERJANJIAN" in text and "Induk: MoU Kementerian" in text
