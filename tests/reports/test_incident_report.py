from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.incident_report import (
    ActionTaken,
    ApprovalNote,
    Custody,
    Evidence,
    FollowUp,
    IncidentReport,
    InvolvedPerson,
    IssuedBefore,
    Notice,
    Signer,
    SupplementNote,
    render_incident_report,
)
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say

HAPPENED = datetime(2026, 11, 24, 23, 10)
A4 = (210 / 25.4 * 72, 297 / 25.4 * 72)
F4 = (215 / 25.4 * 72, 330 / 25.4 * 72)


def long_report(*, chronology_lines: int = 40, **changes: object) -> IncidentReport:
    """A night of trouble in Blok B: 10 people, 8 actions, 3 supplements, a long chronology."""
    people = [
        InvolvedPerson("Pelaku", "WBP", f"Pelaku Nomor {n}", f"A.II/{100 + n}/2026")
        for n in range(1, 4)
    ]
    people += [
        InvolvedPerson("Korban", "WBP", "Eko Prasetyo", "B.I/45/2025", "luka memar"),
        InvolvedPerson("Korban", "WBP", "Joko Susilo", "B.IIa/7/2026"),
        InvolvedPerson("Saksi", "Petugas", "Budi Santoso", "NIP. 19800312 200501 1 002"),
        InvolvedPerson("Saksi", "Petugas", "Dewi Lestari, A.Md.", "NIP. 19910215 201402 2 003"),
        InvolvedPerson("Saksi", "Bripka Polres Blora", "Agus Wibowo", "NRP. 87053286"),
        InvolvedPerson("Saksi", "WBP", "Slamet", "A.III/12/2026", "tamping blok"),
        InvolvedPerson("Pelapor", "Pihak luar", "Sri Wahyuni", "NIK 3316014507800002"),
    ]
    actions = [
        ActionTaken(HAPPENED + timedelta(minutes=5 + 20 * n), f"Tindakan ke-{n + 1}: " + "x" * 60)
        for n in range(8)
    ]
    chronology = "\n".join(
        f"Baris kronologi {n}: petugas blok mendengar keributan di kamar 4, lalu "
        "memanggil Karupam dan menutup pintu blok sambil menunggu bantuan regu."
        for n in range(1, chronology_lines + 1)
    )
    report = IncidentReport(
        number="W13.PAS.PAS11-PK.04.02-0012",
        incident_number="KMT.012/XI/2026",
        type_name="Perkelahian antar-WBP",
        severity="Berat",
        summary="Perkelahian massal di kamar 4 Blok B",
        happened_at=HAPPENED,
        reported_at=HAPPENED + timedelta(minutes=15),
        place="Blok B, kamar 4",
        people=people,
        chronology=chronology,
        regu="Regu III",
        karupam="Hendra Gunawan (NIP. 19820101 200501 1 004)",
        shift="Malam 19.00–07.00",
        actions=actions,
        notifications=[
            Notice(HAPPENED + timedelta(minutes=12), "Perwira Piket", "Andi Saputra", "HT"),
            Notice(HAPPENED + timedelta(minutes=30), "Karutan", "Budi Hardiono", "telepon"),
            Notice(HAPPENED + timedelta(hours=1), "Polres", "Piket SPKT Polres Blora", "telepon"),
        ],
        injuries="Eko Prasetyo luka memar di pelipis kiri.\nJoko Susilo luka gores di lengan.",
        damage="Satu gembok pintu kamar 4 rusak.",
        evidence=[
            Evidence(
                "Potongan besi ranjang",
                2,
                "dari kolong ranjang",
                [
                    Custody(HAPPENED + timedelta(hours=1), "Karupam Regu III", "Pos P2U"),
                    Custody(HAPPENED + timedelta(hours=10), "Polres Blora", "Sat Reskrim"),
                ],
            )
        ],
        tasks=[
            FollowUp(
                "Pindahkan pelaku ke sel isolasi", "Hendra Gunawan", date(2026, 11, 26), "Selesai"
            )
        ],
        status="Ditangani",
        approval=ApprovalNote(
            "Slamet Riyadi",
            "NIP. 19720315 199503 1 002",
            "Kepala Kesatuan Pengamanan Rutan",
            datetime(2026, 11, 25, 8, 0),
        ),
        supplements=[
            SupplementNote(
                n,
                datetime(2026, 11, 25, 9 + n, 0),
                "Hendra Gunawan",
                f"Isi suplemen {n}. " + "Keterangan tambahan dari petugas. " * 12,
            )
            for n in range(1, 4)
        ],
        signatures=[
            Signer(
                "Dibuat oleh", "Karupam Regu III", "Hendra Gunawan", "NIP. 19820101 200501 1 004"
            ),
            Signer(
                "Mengetahui",
                "Kepala Kesatuan Pengamanan Rutan",
                "Slamet Riyadi",
                "NIP. 19720315 199503 1 002",
                "disetujui 25 November 2026 08.00 WIB",
            ),
        ],
        dated=date(2026, 11, 25),
        city="Blora",
        audit_code="RD-000123-9F3A2C1B",
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_incident_fills_its_pages_in_order_with_every_part() -> None:
    pdf = render_incident_report(long_report(), DEMO_PROFILE)
    pages = pages_text(pdf)
    total = len(pages)
    assert total >= 4
    text = " ".join(pages)
    assert assert_numbered_as_the_rules_say(pdf) == total
    for page in pages:
        assert "Kode jejak audit: RD-000123-9F3A2C1B" in page
    assert (
        pages[0].count("LAPORAN KEJADIAN") == 1 and "NOMOR W13.PAS.PAS11-PK.04.02-0012" in pages[0]
    )
    assert "RUMAH TAHANAN NEGARA KELAS IIB BLORA" in pages[0]  # the letterhead, first page only
    assert "RUMAH TAHANAN NEGARA KELAS IIB BLORA" not in pages[1]
    for n in range(1, 4):
        assert f"{n}. Pelaku Pelaku Nomor {n} WBP A.II/{100 + n}/2026" in text
    assert "10. Pelapor Sri Wahyuni Pihak luar NIK 3316014507800002" in text
    assert text.index("Baris kronologi 1:") < text.index("Baris kronologi 40:")
    assert all(f"Tindakan ke-{n}:" in text for n in range(1, 9))
    assert text.index("SUPLEMEN 1") < text.index("SUPLEMEN 2") < text.index("SUPLEMEN 3")
    # The signatures end the report on the page that carries the end of the last supplement.
    last = pages[-1]
    assert "Keterangan tambahan dari petugas." in last.split("Blora, 25 November 2026")[0]
    assert "Dibuat oleh, Mengetahui," in last and "Slamet Riyadi" in last


def test_a_long_table_repeats_its_header_on_the_next_page() -> None:
    many = [
        InvolvedPerson("Saksi", "WBP", f"Saksi Nomor {n}", f"B.I/{n}/2026") for n in range(1, 61)
    ]
    pages = pages_text(
        render_incident_report(long_report(people=many, chronology_lines=2), DEMO_PROFILE)
    )
    with_people = [page for page in pages if "Saksi Nomor" in page]
    assert len(with_people) >= 2
    assert all(
        "No Peran Nama Status No. Register/NIP/Identitas Keterangan" in page for page in with_people
    )


@pytest.mark.parametrize(("paper", "size"), [(PaperSize.A4, A4), (PaperSize.F4, F4)])
def test_the_paper_of_the_office(paper: PaperSize, size: tuple[float, float]) -> None:
    pdf = render_incident_report(long_report(paper=paper, chronology_lines=3), DEMO_PROFILE)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


def test_a_draft_and_a_later_print_say_what_they_are() -> None:
    draft = render_incident_report(
        long_report(
            number="", approval=None, draft=True, supplements=[], audit_code="", chronology_lines=3
        ),
        DEMO_PROFILE,
    )
    pages = pages_text(draft)
    assert "KONSEP — laporan ini belum disetujui pimpinan" in pages[0]
    assert all("KONSEP – belum disetujui pimpinan, bukan laporan resmi" in page for page in pages)
    assert "Persetujuan : Belum disetujui." in " ".join(pages)

    report = long_report(number="", audit_code="", chronology_lines=3)
    later = replace(
        report,
        issued_before=IssuedBefore("W13.PAS.PAS11-PK.04.02-0012", date(2026, 11, 25)),
        supplements=[replace(s, after_issue=s.number > 1) for s in report.supplements],
    )
    text = " ".join(pages_text(render_incident_report(later, DEMO_PROFILE)))
    assert (
        "Cetakan tanpa nomor. Laporan Kejadian ini telah diterbitkan dengan Nomor "
        "W13.PAS.PAS11-PK.04.02-0012 tanggal 25 November 2026. Suplemen 2 dan 3 ditulis "
        "sesudah laporan bernomor itu diterbitkan."
    ) in text
    assert text.count("(sesudah laporan bernomor diterbitkan)") == 2


def test_an_empty_section_says_nihil() -> None:
    bare = long_report(
        people=[],
        actions=[],
        notifications=[],
        evidence=[],
        tasks=[],
        supplements=[],
        injuries="",
        damage="",
        chronology_lines=1,
    )
    text = " ".join(pages_text(render_incident_report(bare, DEMO_PROFILE)))
    assert "II. Pihak yang Terlibat (Siapa) Nihil." in text
    assert "V. Tindakan yang Diambil Nihil." in text
    assert "Korban luka : Nihil. Kerusakan : Nihil." in text
    assert "SUPLEMEN" not in text and "XI." not in text


def test_a_long_last_supplement_leaves_only_its_last_lines_with_the_signatures() -> None:
    report = long_report(chronology_lines=3)
    text = " ".join(f"Kalimat suplemen nomor {n} tentang keadaan korban." for n in range(1, 150))
    last = replace(report.supplements[2], text=text)
    pages = pages_text(
        render_incident_report(
            replace(report, supplements=[*report.supplements[:2], last]), DEMO_PROFILE
        )
    )
    signed = pages[-1].split("Blora, 25 November 2026")[0]
    # The paragraph runs over the pages before; a few of its lines stand above the signatures.
    assert "Kalimat suplemen nomor 149 tentang keadaan korban." in signed
    assert "Kalimat suplemen nomor 1 tentang" not in signed
    assert "Kalimat suplemen nomor" in pages[-2]
