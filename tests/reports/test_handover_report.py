from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.handover_report import (
    AddendumLine,
    CountLine,
    EquipmentLine,
    EventLine,
    HandoverReport,
    MovementLine,
    OfficerLine,
    SignatureLine,
    render_handover_report,
)
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say

ROLES = ("Yang Menyerahkan,", "Yang Menerima,", "Mengetahui,")
# The highlight of a row that needs a second look (#ffe3e3) as reportlab writes the fill colour.
ATTENTION_FILL = b"1 .890196 .890196 rg"


def report(
    *,
    movements: int = 2,
    events: int = 2,
    instructions: int = 2,
    addenda: int = 1,
    paper: PaperSize = PaperSize.A4,
) -> HandoverReport:
    return HandoverReport(
        number="W13.PAS.PAS11-PK.01.04.02-0456",
        day=date(2026, 11, 25),
        handed_at=datetime(2026, 11, 25, 13, 5),
        outgoing="Regu I · Pagi 07.00–13.00 · Karupam Budi Santoso",
        incoming="Regu II · Siang 13.00–19.00 · Karupam Hendra Gunawan",
        opening_balance=True,
        officers=[
            OfficerLine(
                "Budi Santoso",
                "19800312 200501 1 002",
                "Penata Muda (III/a)",
                "Regu Keluar",
                "Hadir",
            ),
            # Given as plain digits: the report groups it.
            OfficerLine(
                "Dewi Lestari, A.Md.",
                "199102152014022003",
                "Pengatur (II/c)",
                "Regu Keluar",
                "Tidak hadir – sakit",
            ),
            OfficerLine(
                "Hendra Gunawan", "19900909 201503 1 005", "Pengatur (II/c)", "Regu Masuk", "Hadir"
            ),
            OfficerLine("Agus Wibowo", "87053286", "Bripka", "Bantuan Polri", "Terlambat"),
        ],
        counts=[
            CountLine("Blok A", "Tahanan Laki-laki", 84, 2, 1, 85, 85),
            CountLine("Blok B", "Tahanan Laki-laki", 72, 1, 2, 71, 70),
            CountLine("Blok C", "Narapidana Perempuan", 9, 1, 0, 10, 11),
        ],
        difference_explanation="Satu tahanan Blok B dirawat di RSUD dengan pengawalan.",
        movements=[
            MovementLine(
                time(8 + i // 10, (i * 6) % 60),
                "Masuk" if i % 2 else "Keluar",
                "Kembali dari sidang" if i % 2 else "Berangkat sidang PN Blora",
                "Blok A",
                "Tahanan Laki-laki",
                1,
                f"SP-{i:03d}/PN.Bla/XI/2026",
            )
            for i in range(movements)
        ],
        equipment=[
            EquipmentLine("Senjata api laras panjang", "PIN 0012345", "2 unit: 2 baik", ""),
            EquipmentLine(
                "Handy talky (HT)",
                "HT-07",
                "6 unit: 5 baik, 1 hilang",
                "Dilaporkan ke Ka KPR",
                attention=True,
            ),
            EquipmentLine("Gembok kamar B-3", "", "12 unit: 11 baik, 1 rusak", "Macet", True),
        ],
        events=[
            EventLine(time(9 + i // 6, (i * 10) % 60), f"Kejadian nomor {i:02d} selama dinas.")
            for i in range(events)
        ],
        instructions=[f"Petunjuk pimpinan nomor {i}." for i in range(1, instructions + 1)],
        signatures=[
            SignatureLine(
                "Yang Menyerahkan",
                "Karupam Regu I",
                "Budi Santoso",
                "19800312 200501 1 002",
                datetime(2026, 11, 25, 13, 5),
            ),
            SignatureLine("Yang Menerima", "Karupam Regu II", "Hendra Gunawan", "", None),
            SignatureLine("Mengetahui", "Ka KPR", "", "", None),
        ],
        addenda=[
            AddendumLine(
                number,
                datetime(2026, 11, 26, 8, 10),
                "Budi Santoso",
                "HT ditemukan",
                f"HT-07 ditemukan di menara {number} dalam kondisi baik.",
                "198003122005011002",
            )
            for number in range(1, addenda + 1)
        ],
        city="Blora",
        paper=paper,
    )


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_the_report_says_everything_the_book_records() -> None:
    text = " ".join(pages(render_handover_report(report(), DEMO_PROFILE)))
    for expected in (
        "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
        "LAPORAN SERAH TERIMA JAGA",
        "NOMOR W13.PAS.PAS11-PK.01.04.02-0456",
        "Hari/tanggal : Rabu, 25 November 2026",
        "Regu yang menyerahkan : Regu I · Pagi 07.00–13.00 · Karupam Budi Santoso",
        "Waktu serah terima : Rabu, 25 November 2026 pukul 13.05 WIB",
        "I. Petugas Jaga",
        "Budi Santoso 19800312 200501 1 002 Penata Muda (III/a) Regu Keluar Hadir",
        "Dewi Lestari, A.Md. 19910215 201402 2 003",
        "Tidak hadir – sakit",
        "Agus Wibowo 87053286 Bripka Bantuan Polri Terlambat",
        "II. Jumlah Penghuni",
        "Blok B Tahanan Laki-laki 72 1 2 71 70 −1",
        "Blok C Narapidana Perempuan 9 1 0 10 11 +1",
        "Jumlah 165 4 3 166 166 0",  # −1 and +1 cancel out in the total
        "Jumlah awal dicatat sebagai saldo awal.",
        "Penjelasan selisih: Satu tahanan Blok B dirawat di RSUD dengan pengawalan.",
        "III. Mutasi Penghuni",
        "08.00 Keluar Berangkat sidang PN Blora Blok A Tahanan Laki-laki 1 SP-000/PN.Bla/XI/2026",
        "IV. Inventaris",
        "Barang No. Seri Jumlah dan kondisi Keterangan",
        "Senjata api laras panjang PIN 0012345 2 unit: 2 baik",
        "Handy talky (HT) HT-07 6 unit: 5 baik, 1 hilang",
        "Gembok kamar B-3 — 12 unit: 11 baik, 1 rusak Macet",
        "V. Kejadian Selama Dinas",
        "09.10 Kejadian nomor 01 selama dinas.",
        "VI. Petunjuk/Perintah Pimpinan",
        "2. Petunjuk pimpinan nomor 2.",
        "CATATAN TAMBAHAN (ADDENDUM) 1",
        "Waktu : Kamis, 26 November 2026 pukul 08.10 WIB",
        "Alasan : HT ditemukan",
        "HT-07 ditemukan di menara 1 dalam kondisi baik.",
        "Blora, 26 November 2026 Yang membuat catatan tambahan,",
        "Blora, 25 November 2026",
        "Karupam Regu I",
        "Karupam Regu II",
        "Ka KPR",
        "NIP. 19800312 200501 1 002",
        "ditandatangani 25 November 2026 13.05 WIB",
        *ROLES,
    ):
        assert expected in text, expected
    assert "ditandatangani" in text and text.count("ditandatangani") == 1  # only the one signed


def test_a_draft_without_data_says_so_and_leaves_lines_to_sign() -> None:
    draft = replace(
        report(movements=0, events=0, instructions=0, addenda=0),
        number="",
        handed_at=None,
        opening_balance=False,
        difference_explanation="",
        equipment=[],
        signatures=[
            SignatureLine("Yang Menyerahkan", "Karupam Regu I", "", "", None),
            SignatureLine("Yang Menerima", "Karupam Regu II", "", "", None),
            SignatureLine("Mengetahui", "Perwira Piket", "", "", None),
        ],
    )
    text = " ".join(pages(render_handover_report(draft, DEMO_PROFILE)))
    assert "Nomor" not in text
    assert "Waktu serah terima : ........ WIB" in text
    assert "Tidak ada mutasi." in text
    assert text.count("Nihil.") == 3  # equipment, events, instructions
    assert "ADDENDUM" not in text and "VII." not in text
    assert "saldo awal" not in text and "Penjelasan selisih" not in text
    assert "ditandatangani" not in text
    assert text.count("(................................)") == 3
    assert "Perwira Piket" in text


def test_a_night_shift_is_printed_in_the_order_it_was_lived() -> None:
    night = replace(
        report(addenda=0),
        handed_at=datetime(2026, 11, 26, 7, 2),
        events=[
            EventLine(time(2, 15), "Kedua."),
            EventLine(time(19, 10), "Pertama."),
            EventLine(time(6, 50), "Ketiga."),
        ],
        movements=[
            MovementLine(time(5, 0), "Masuk", "Tahanan baru", "Blok A", "Tahanan", 1, "M-3"),
            MovementLine(time(23, 40), "Keluar", "Rawat inap", "Blok A", "Tahanan", 1, "M-2"),
            MovementLine(time(20, 0), "Keluar", "Bebas", "Blok A", "Tahanan", 1, "M-1"),
        ],
    )
    text = " ".join(pages(render_handover_report(night, DEMO_PROFILE)))
    assert "Waktu serah terima : Kamis, 26 November 2026 pukul 07.02 WIB" in text
    assert text.index("Pertama.") < text.index("Kedua.") < text.index("Ketiga.")
    assert text.index("M-1") < text.index("M-2") < text.index("M-3")
    assert "Blora, 26 November 2026" in text


def test_only_rows_that_need_a_second_look_are_highlighted() -> None:
    reader = PdfReader(io.BytesIO(render_handover_report(report(), DEMO_PROFILE)))
    assert ATTENTION_FILL in reader.pages[0].get_contents().get_data()
    tidy = replace(
        report(),
        counts=[CountLine("Blok A", "Tahanan Laki-laki", 84, 2, 1, 85, 85)],
        equipment=[EquipmentLine("Borgol", "", "10 unit: 10 baik", "")],
        difference_explanation="",
    )
    reader = PdfReader(io.BytesIO(render_handover_report(tidy, DEMO_PROFILE)))
    assert all(ATTENTION_FILL not in page.get_contents().get_data() for page in reader.pages)


@pytest.mark.parametrize(
    ("paper", "size_points"),
    [
        (PaperSize.A4, (595.28, 841.89)),
        (PaperSize.F4, (215 / 25.4 * 72, 330 / 25.4 * 72)),
    ],
)
def test_page_size_is_exactly_the_paper(paper: PaperSize, size_points: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(render_handover_report(report(paper=paper), DEMO_PROFILE)))
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(size_points[0], abs=0.01)
        assert float(box.height) == pytest.approx(size_points[1], abs=0.01)


def test_the_bundled_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_handover_report(report(), DEMO_PROFILE)))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
        assert any("LiberationSerif" in name for name in names)
        assert not any("Helvetica" in name for name in names), names
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font.get("/FontDescriptor")
            )
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
def test_a_long_report_runs_over_numbered_pages_with_its_headers(paper: PaperSize) -> None:
    big = report(movements=60, events=40, instructions=3, addenda=2, paper=paper)
    pdf = render_handover_report(big, DEMO_PROFILE)
    text = pages(pdf)
    assert assert_numbered_as_the_rules_say(pdf) == len(text) >= 2
    movement_pages = [page for page in text if "/PN.Bla/XI/2026" in page]
    event_pages = [page for page in text if "selama dinas." in page]
    assert len(movement_pages) >= 2  # the table really runs over
    for page in movement_pages:  # and its header row comes with it onto every page
        assert "Jam Masuk/ Keluar Alasan Blok Kategori Jumlah Keterangan" in page
    for page in event_pages:
        assert "Jam Uraian kejadian" in page
    joined = " ".join(text)
    for i in range(60):
        assert f"SP-{i:03d}/PN.Bla/XI/2026" in joined
    for i in range(40):
        assert f"Kejadian nomor {i:02d} selama dinas." in joined
    signed = next(page for page in text if ROLES[0] in page)
    assert all(role in signed for role in ROLES)  # the three blocks on one page
    assert "3. Petunjuk pimpinan nomor 3." in signed  # with the end of the last section
    assert "HT-07 ditemukan di menara 2" in text[-1]  # the addenda after them


@pytest.mark.parametrize("count", range(20, 36))
def test_signatures_never_stand_alone_after_a_long_last_section(count: int) -> None:
    # Lists of every length from 20 to 35 long items: some of them end right at the foot of a
    # page, where the signatures alone would not fit.
    wordy = " ".join(["kewaspadaan ditingkatkan"] * 12)
    long_list = replace(
        report(addenda=0), instructions=[f"Petunjuk {i}: {wordy}." for i in range(1, count + 1)]
    )
    text = pages(render_handover_report(long_list, DEMO_PROFILE))
    assert len(text) >= 3
    last = text[-1]
    assert all(role in last for role in ROLES)
    assert f"Petunjuk {count}:" in last
    assert "VI. Petunjuk/Perintah Pimpinan" not in last  # the list fills the pages before


@pytest.mark.parametrize("addenda", [0, 1])
def test_an_ordinary_shift_fits_two_pages_and_signs_under_its_last_sections(addenda: int) -> None:
    text = pages(render_handover_report(report(addenda=addenda), DEMO_PROFILE))
    assert len(text) == 2
    last = text[-1]
    assert "IV. Inventaris" in last and "VI. Petunjuk/Perintah Pimpinan" in last
    assert all(role in last for role in ROLES)


def test_the_same_report_gives_the_same_bytes() -> None:
    assert render_handover_report(report(), DEMO_PROFILE) == render_handover_report(
        report(), DEMO_PROFILE
    )


def new_year_night(**changes: object) -> HandoverReport:
    """A night shift begun on 31 December 2025 and handed over on 1 January 2026."""
    night = replace(
        report(addenda=1),
        day=date(2025, 12, 31),
        handed_at=datetime(2026, 1, 1, 7, 5),
        shift_span="Malam, Rabu 31 Desember 2025 19.00 – Kamis 1 Januari 2026 07.00 WIB",
        shift_start=datetime(2025, 12, 31, 19, 0),
        change_at=datetime(2026, 1, 1, 7, 0),
        events=[
            EventLine(time(0, 5), "Kembang api di luar tembok, penghuni tenang."),
            EventLine(time(21, 30), "Kontrol blok, aman."),
        ],
        movements=[
            MovementLine(time(23, 40), "Keluar", "Ke rumah sakit", "Blok A", "Tahanan", 1, "M-1"),
        ],
        addenda=[
            AddendumLine(
                1,
                datetime(2026, 1, 1, 9, 30),
                "Agus Salim, S.H.",
                "Pengawalan belum dicatat",
                "Pengawal WBP yang dirujuk kembali pukul 05.10 WIB.",
                "198503102008011004",
            )
        ],
    )
    return replace(night, **changes)  # type: ignore[arg-type]


def test_a_night_across_new_year_names_both_days_and_dates_its_rows() -> None:
    text = " ".join(pages(render_handover_report(new_year_night(), DEMO_PROFILE)))
    assert (
        "Dinas jaga : Malam, Rabu 31 Desember 2025 19.00 – Kamis 1 Januari 2026 07.00 WIB" in text
    )
    assert "Waktu serah terima : Kamis, 1 Januari 2026 pukul 07.05 WIB" in text
    assert "Hari/tanggal" not in text
    # The rows stand under their dates, the one after midnight under 1 January.
    events = text[text.index("V. Kejadian Selama Dinas") :]
    assert events.index("Rabu, 31 Desember 2025 Jam Uraian kejadian 21.30 Kontrol blok") < (
        events.index("Kamis, 1 Januari 2026 Jam Uraian kejadian 00.05 Kembang api")
    )
    movements = text[text.index("III. Mutasi Penghuni") : text.index("IV. Inventaris")]
    assert "Rabu, 31 Desember 2025 Jam Masuk/ Keluar Alasan" in movements
    assert "Kamis" not in movements  # no date without rows
    assert "Blora, 1 Januari 2026" in text  # signed the day it was handed over


def test_a_day_of_a_night_running_over_a_page_repeats_its_date() -> None:
    many = [
        EventLine(time(0, minute), f"Kontrol ke-{minute:02d} setelah tengah malam.")
        for minute in range(50)
    ]
    text = pages(render_handover_report(new_year_night(events=many), DEMO_PROFILE))
    dated = [page for page in text if "setelah tengah malam" in page]
    assert len(dated) >= 2
    for page in dated:
        assert "Kamis, 1 Januari 2026 Jam Uraian kejadian" in page


def test_a_draft_of_a_night_shift_dates_the_handover_to_be_written_by_hand() -> None:
    draft = new_year_night(handed_at=None, number="", addenda=[])
    text = " ".join(pages(render_handover_report(draft, DEMO_PROFILE)))
    assert "Waktu serah terima : Kamis, 1 Januari 2026 pukul ........ WIB" in text
    assert "Blora, 1 Januari 2026" in text


def test_a_shift_within_one_day_has_no_date_rows() -> None:
    day = replace(
        report(),
        shift_span="Pagi, Rabu 25 November 2026 07.00–13.00 WIB",
        shift_start=datetime(2026, 11, 25, 7, 0),
        change_at=datetime(2026, 11, 25, 13, 0),
    )
    text = " ".join(pages(render_handover_report(day, DEMO_PROFILE)))
    assert "Dinas jaga : Pagi, Rabu 25 November 2026 07.00–13.00 WIB" in text
    assert "Jam Uraian kejadian 09.00 Kejadian nomor 00" in text


def test_an_addendum_is_its_own_signed_section_after_the_signatures() -> None:
    text = " ".join(pages(render_handover_report(new_year_night(), DEMO_PROFILE)))
    addendum = text.index("CATATAN TAMBAHAN (ADDENDUM) 1")
    assert text.index("Mengetahui,") < addendum
    assert text[addendum:].startswith(
        "CATATAN TAMBAHAN (ADDENDUM) 1 Waktu : Kamis, 1 Januari 2026 pukul 09.30 WIB "
        "Alasan : Pengawalan belum dicatat "
        "Pengawal WBP yang dirujuk kembali pukul 05.10 WIB. "
        "Blora, 1 Januari 2026 Yang membuat catatan tambahan, "
        "Agus Salim, S.H. NIP. 19850310 200801 1 004"
    )
