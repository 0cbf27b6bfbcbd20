"""The daily piket sheet on paper: the roles of those not at a post, police with rank, NRP and
unit, and the signatures that never stand alone at the top of a page."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.kamtib_parts import Signer
from rutan_desk.reports.piket_sheet import PiketSheet, PostCrew, ShiftCrew, render_piket_sheet
from rutan_desk.services.demo import DEMO_PROFILE

KARUPAM = [
    Signer("Karupam Dinas Pagi", "Regu I", "Bayu Wibowo, S.H.", "NIP. 19740815 200206 1 515"),
    Signer("Karupam Dinas Malam", "Regu III", "", ""),
]
KA_KPR = Signer("Mengetahui", "Kepala Kesatuan Pengamanan Rutan", "Joko Riyadi", "NIP. 1974")


def sheet(rows: int = 4, paper: PaperSize = PaperSize.A4) -> PiketSheet:
    return PiketSheet(
        day=date(2023, 12, 31),
        shifts=[
            ShiftCrew(
                "Pagi 07.00–13.00 WIB",
                [
                    PostCrew("P2U", [f"Penjaga Pagi {i:02d}" for i in range(rows)]),
                    PostCrew("Karupam Regu I", ["Bayu Wibowo, S.H."]),
                ],
            ),
            ShiftCrew(
                "Malam 19.00 WIB – 1 Januari 2024 07.00 WIB",
                [
                    PostCrew("P2U", ["Bripka Hadi Kusuma, NRP 91021861, Polres Blora"]),
                    PostCrew("Menara", [f"Penjaga Malam {i:02d}" for i in range(rows)]),
                    PostCrew("Piket", ["Imam Kurniawan, S.Sos."]),
                ],
            ),
        ],
        note="Siaga Nataru 2023/2024",
        paper=paper,
        signers=KARUPAM,
        acknowledged_by=KA_KPR,
        city="Blora",
    )


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_roles_police_and_signatures_are_printed() -> None:
    text = " ".join(pages(render_piket_sheet(sheet(), DEMO_PROFILE)))
    for expected in (
        "Dinas Malam 19.00 WIB – 1 Januari 2024 07.00 WIB",
        "Karupam Regu I Bayu Wibowo, S.H.",
        "P2U Bripka Hadi Kusuma, NRP 91021861, Polres Blora",
        "Piket Imam Kurniawan, S.Sos.",
        "Blora, 31 Desember 2023",
        "Karupam Dinas Pagi, Karupam Dinas Malam, Regu I Regu III",
        "Bayu Wibowo, S.H. (................................)",
        "NIP. 19740815 200206 1 515",
        "Mengetahui, Kepala Kesatuan Pengamanan Rutan Joko Riyadi NIP. 1974",
    ):
        assert expected in text, expected
    assert "—" not in text  # every row has its post or role


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
@pytest.mark.parametrize("rows", range(8, 30))
def test_the_signatures_never_start_a_page_alone(paper: PaperSize, rows: int) -> None:
    # Crews of every size: some end right at the foot of a page.
    text = pages(render_piket_sheet(sheet(rows, paper), DEMO_PROFILE))
    signed = next(page for page in text if "Karupam Dinas Pagi," in page)
    assert "Mengetahui," in signed
    assert "Jam datang" in signed and "Piket Imam Kurniawan" in signed  # with the table's end
