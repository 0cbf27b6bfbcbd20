"""The incident report (Laporan Kejadian) through the services, on SQLite and PostgreSQL: what
the print says, numbering from its own pattern once approved, issuing once, the incident
pointing at the issued file, and supplements written afterwards on a new print."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.incidents import (
    IncidentStatus,
    NotifyLevel,
    PersonKind,
    PersonRole,
    Severity,
)
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.attachments import PaperSignature
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents import register as documents
from rutan_desk.services.incidents.forms import (
    ActionLine,
    CustodyLine,
    EvidenceLine,
    IncidentDraft,
    NotificationLine,
    PersonLine,
    TaskLine,
)
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.incidents.report import (
    incident_report_pdf,
    issue_incident_report,
    issued_incident_report,
)
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.incidents.setup import list_incident_types
from rutan_desk.services.incidents.workflow import (
    add_custody,
    add_supplement,
    advance_incident,
    approve_incident,
)
from rutan_desk.services.inmates.registry import create_inmate
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.models.incidents import IncidentRow
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say
from tests.services.test_handover import Rutan, make_rutan, planned

NOW = datetime(2024, 2, 1, 9, 0)  # WIB, a Thursday
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


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


@pytest.fixture
def ka_kpr(clocked: ActionContext) -> int:
    return create_staff(
        clocked,
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name="Slamet Riyadi",
            nip="197203151995031002",
            golongan="III/d",
            position="Kepala Kesatuan Pengamanan Rutan",
            unit="KPR",
            status_since=date(2020, 1, 1),
        ),
    ).id


def a_fight(ctx: ActionContext, rutan: Rutan) -> IncidentDraft:
    """A fight in Blok A on Regu I's night, with every part of a record filled in."""
    budi = create_inmate(ctx, InmateDraft("Budi Hartono", "A.II/123/2023", rutan.blocks[0]))
    eko = create_inmate(ctx, InmateDraft("Eko Prasetyo", "B.I/45/2023", rutan.blocks[0]))
    fight = next(t.id for t in list_incident_types(ctx.db) if t.name == "Perkelahian antar-WBP")
    karupam = rutan.karupam("Regu I")
    return IncidentDraft(
        type_id=fight,
        severity=Severity.SEDANG,
        happened_at=datetime(2024, 1, 31, 21, 40),
        reported_at=datetime(2024, 1, 31, 21, 55),
        summary="Perkelahian di kamar 3 Blok A",
        block_id=rutan.blocks[0],
        room="3",
        chronology=(
            "Pukul 21.40 WIB WBP Budi Hartono memukul WBP Eko Prasetyo karena berebut tempat "
            "tidur.\n\nPetugas blok segera melerai keduanya dan melapor kepada Karupam."
        ),
        injuries="Eko Prasetyo luka memar di pelipis kiri.",
        damage="Satu gagang sapu patah.",
        people=(
            PersonLine(PersonRole.SAKSI, PersonKind.STAFF, staff_id=rutan.members["Regu I"][1]),
            PersonLine(PersonRole.KORBAN, PersonKind.INMATE, inmate_id=eko.id),
            PersonLine(PersonRole.PELAKU, PersonKind.INMATE, inmate_id=budi.id),
            PersonLine(PersonRole.SAKSI, PersonKind.STAFF, staff_id=rutan.police),
            PersonLine(
                PersonRole.PELAPOR,
                PersonKind.OUTSIDER,
                name="Sri Wahyuni",
                identity="NIK 3316014507800002",
                note="pengunjung",
            ),
        ),
        actions=(
            ActionLine(datetime(2024, 1, 31, 21, 45), "Dilerai dan dipisahkan", karupam),
            ActionLine(datetime(2024, 2, 1, 7, 30), "Korban diperiksa di klinik"),
        ),
        notifications=(
            NotificationLine(
                NotifyLevel.PERWIRA_PIKET, "Perwira piket", datetime(2024, 1, 31, 21, 50), "HT"
            ),
        ),
        evidence=(
            EvidenceLine(
                "Gagang sapu patah",
                1,
                custody=(CustodyLine("Karupam Regu I", datetime(2024, 1, 31, 22, 0), "Pos P2U"),),
            ),
        ),
        tasks=(TaskLine("Pindahkan WBP Budi ke kamar isolasi", karupam, date(2024, 2, 2)),),
    )


def reported(ctx: ActionContext, rutan: Rutan) -> int:
    incident_id = save_incident(ctx, a_fight(ctx, rutan))
    advance_incident(ctx, incident_id, IncidentStatus.REPORTED, expected_version=1)
    return incident_id


def approved(ctx: ActionContext, rutan: Rutan, ka_kpr: int, **paper: PaperSignature) -> int:
    incident_id = reported(ctx, rutan)
    version = load_incident(ctx.db, incident_id).draft.version
    approve_incident(
        ctx, incident_id, ka_kpr, datetime(2024, 2, 1, 8, 0), expected_version=version, **paper
    )
    return incident_id


def test_an_unapproved_incident_prints_as_a_draft_and_is_not_issued(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = reported(clocked, rutan)
    text = _text(incident_report_pdf(clocked.db, incident_id))
    assert "LAPORAN KEJADIAN" in text and "KONSEP" in text
    assert "Nomor:" not in text
    assert "Belum disetujui." in text
    # The Karupam on duty made it; who acknowledges signs by hand, on a date written by hand.
    assert (
        "Blora, .............................. Dibuat oleh, Mengetahui, Karupam Regu I "
        "Ka KPR / Karutan Regu I Anggota 0 (................................)"
    ) in text
    assert text.count("KONSEP – belum disetujui pimpinan, bukan laporan resmi") == 2  # each page

    with pytest.raises(ValidationError) as raised:
        issue_incident_report(clocked, incident_id)
    assert raised.value.codes() == {"incident": "incident_report_needs_approval"}
    assert documents.register(clocked.db) == []
    assert issued_incident_report(clocked.db, incident_id) is None


def test_the_issued_report_says_what_happened_who_was_involved_and_who_approved(
    clocked: ActionContext, rutan: Rutan, ka_kpr: int
) -> None:
    incident_id = approved(clocked, rutan, ka_kpr)
    add_supplement(clocked, incident_id, "Korban dirujuk ke RSUD Blora pukul 08.30 WIB.")

    issued = issue_incident_report(clocked, incident_id)

    assert (issued.kind, issued.number) == ("laporan_kejadian", "LK-001/II/2024")
    found = issued_incident_report(clocked.db, incident_id)
    assert found is not None and found[0] == issued
    with clocked.db.read() as session:
        row = session.get(IncidentRow, incident_id)
        assert row is not None and row.document_id == issued.id
    text = _text(found[1])
    expected_in_order = [
        "LAPORAN KEJADIAN",
        "NOMOR LK-001/II/2024",
        "Nomor kejadian : KMT.001/I/2024",
        "Apa : Perkelahian antar-WBP — Perkelahian di kamar 3 Blok A",
        "Tingkat : Sedang",
        "Kapan : Rabu, 31 Januari 2024, pukul 21.40 WIB",
        "Dilaporkan : Rabu, 31 Januari 2024, pukul 21.55 WIB",
        "Di mana : Blok A, kamar 3",
        # Who, by role: pelaku, korban, saksi, pelapor; inmates by register number.
        "1. Pelaku Budi Hartono WBP A.II/123/2023",
        "2. Korban Eko Prasetyo WBP B.I/45/2023",
        "3. Saksi Regu I Anggota 1 Petugas NIP. 19850111 201003 1 002",
        "4. Saksi Agus Wibowo Bripka Polres Blora NRP. 87053286",
        "5. Pelapor Sri Wahyuni Pihak luar NIK 3316014507800002 pengunjung",
        "Pukul 21.40 WIB WBP Budi Hartono memukul WBP Eko Prasetyo",
        "Petugas blok segera melerai keduanya",
        "Regu : Regu I",
        "Karupam : Regu I Anggota 0 (NIP. 19850110 201003 1 001)",
        "Shift : Malam 19.00–07.00",
        "31 Januari 2024 21.45 WIB Dilerai dan dipisahkan Regu I Anggota 0",
        "1 Februari 2024 07.30 WIB Korban diperiksa di klinik",
        "21.50 WIB Perwira Piket Perwira piket HT",
        "Korban luka : Eko Prasetyo luka memar di pelipis kiri.",
        "Kerusakan : Satu gagang sapu patah.",
        "Gagang sapu patah 1",
        "Sejak 31 Januari 2024 22.00 WIB: Karupam Regu I, Pos P2U",
        "Pindahkan WBP Budi ke kamar isolasi Regu I Anggota 0 2 Februari 2024 Belum selesai",
        "Status : Dilaporkan",
        "Slamet Riyadi (NIP. 19720315 199503 1 002), Kepala Kesatuan Pengamanan Rutan",
        "disetujui pada Kamis, 1 Februari 2024, pukul 08.00 WIB",
        # (written_at is stamped by the store's clock, not the context's: not pinned here)
        "SUPLEMEN 1 — ditulis ",
        " WIB oleh petugas.uji",
        "Korban dirujuk ke RSUD Blora pukul 08.30 WIB.",
        "Dibuat oleh, Mengetahui,",
        "Kepala Kesatuan Pengamanan Rutan",
        "Regu I Anggota 0 Slamet Riyadi",
        "disetujui 1 Februari 2024 08.00 WIB",
        "Kode jejak audit:",
    ]
    position = 0
    for part in expected_in_order:
        found_at = text.find(part, position)
        assert found_at >= 0, f"{part!r} not found after {text[position : position + 200]!r}"
        position = found_at + len(part)
    assert "KONSEP" not in text and "Cetakan tanpa nomor" not in text
    # The register has the very same bytes, and the data they were made from.
    assert documents.document_pdf(clocked.db, issued.id) == found[1]
    assert documents.document_source(clocked.db, issued.id)["incident_id"] == incident_id

    with pytest.raises(ValidationError) as raised:
        issue_incident_report(clocked, incident_id)
    assert raised.value.codes() == {"incident": "incident_report_already_issued"}
    assert [d.id for d in documents.register(clocked.db)] == [issued.id]


def test_supplements_after_the_issued_report_come_on_a_new_print_that_says_so(
    clocked: ActionContext, rutan: Rutan, ka_kpr: int
) -> None:
    incident_id = approved(clocked, rutan, ka_kpr)
    add_supplement(clocked, incident_id, "Korban dirujuk ke RSUD Blora.")
    issued = issue_incident_report(clocked, incident_id)
    issued_pdf = documents.document_pdf(clocked.db, issued.id)
    add_supplement(clocked, incident_id, "Korban kembali ke blok pukul 15.00 WIB.")
    add_supplement(clocked, incident_id, "WBP Budi dipindahkan ke kamar isolasi.")
    evidence = load_incident(clocked.db, incident_id).draft.evidence[0].id
    assert evidence is not None
    add_custody(clocked, evidence, "Polres Blora (Bripka Agus)", datetime(2024, 2, 1, 8, 45))

    found = issued_incident_report(clocked.db, incident_id)
    assert found is not None and found[1] == issued_pdf  # the issued file stays as it was
    assert "Korban kembali ke blok" not in _text(issued_pdf)

    text = _text(incident_report_pdf(clocked.db, incident_id))
    assert "Nomor:" not in text and "KONSEP" not in text
    assert (
        "Cetakan tanpa nomor. Laporan Kejadian ini telah diterbitkan dengan Nomor "
        "LK-001/II/2024 tanggal 1 Februari 2024. Suplemen 2 dan 3 ditulis sesudah laporan "
        "bernomor itu diterbitkan."
    ) in text
    leads = re.findall(r"SUPLEMEN (\d) — ditulis [^()]*?oleh petugas\.uji( \(sesudah)?", text)
    assert leads == [("1", ""), ("2", " (sesudah"), ("3", " (sesudah")]
    assert text.index("Korban dirujuk") < text.index("Korban kembali") < text.index("isolasi.")
    # Custody moves on after approval: the print shows who holds the evidence now.
    assert "Sejak 1 Februari 2024 08.45 WIB: Polres Blora (Bripka Agus)" in text


def test_an_approval_given_on_paper_is_printed_with_its_scan(
    clocked: ActionContext, rutan: Rutan, ka_kpr: int
) -> None:
    paper = PaperSignature(date(2024, 2, 1), PNG, "persetujuan-kakpr.png")
    incident_id = approved(clocked, rutan, ka_kpr, paper=paper)
    text = _text(incident_report_pdf(clocked.db, incident_id))
    assert (
        "disetujui di atas kertas pada Kamis, 1 Februari 2024 (dicatat dalam aplikasi; "
        "pindaian tersimpan: persetujuan-kakpr.png)"
    ) in text
    assert "disetujui di atas kertas 1 Februari 2024" in text  # under the signature
    assert "Blora, 1 Februari 2024" in text or "1 Februari 2024" in text


def test_each_kind_counts_its_own_serial(clocked: ActionContext, rutan: Rutan, ka_kpr: int) -> None:
    """A Surat Perintah and a Laporan Kejadian issued the same year both get number 1."""
    order = documents.issue_document(
        clocked,
        kind=DocumentKind.SURAT_PERINTAH,
        title="Piket",
        on=clocked.today(),
        source={},
        render=lambda number, _code: f"%PDF-1.4 {number}".encode(),
    )
    report = issue_incident_report(clocked, approved(clocked, rutan, ka_kpr))
    assert (order.number, report.number) == ("SP-0001/II/2024", "LK-001/II/2024")
    next_order = documents.next_number(clocked.db, DocumentKind.SURAT_PERINTAH, clocked.today())
    assert next_order == "SP-0002/II/2024"


def test_a_long_incident_breaks_across_pages_with_page_numbers(
    clocked: ActionContext, rutan: Rutan, ka_kpr: int
) -> None:
    incident_id = approved(clocked, rutan, ka_kpr)
    for number in range(1, 4):
        add_supplement(clocked, incident_id, f"Suplemen nomor {number}. " + "Keterangan. " * 80)
    with clocked.db.write("sistem:uji") as session:  # a chronology of two pages and more
        row = session.get(IncidentRow, incident_id)
        assert row is not None
        row.chronology = "\n".join(
            f"Baris kronologi {n}: " + "petugas mencatat keadaan blok dengan teliti. " * 6
            for n in range(1, 41)
        )
    pdf = incident_report_pdf(clocked.db, incident_id)
    pages = _pages(pdf)
    assert pages >= 4 and assert_numbered_as_the_rules_say(pdf) == pages
    text = _text(pdf)
    assert text.index("Baris kronologi 1:") < text.index("Baris kronologi 40:")
    assert text.index("Suplemen nomor 1.") < text.index("Suplemen nomor 3.")
