from __future__ import annotations

import io

from pypdf import PdfReader

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.audit_trail import AuditTrailReport, AuditTrailRow, render_audit_trail
from rutan_desk.reports.page import page_size
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say


def row(number: int, changes: list[str], *, one_per_line: bool = True) -> AuditTrailRow:
    return AuditTrailRow(
        number,
        "27-01-2026 08.15 WIB",
        "Anisa Susanti (operator)",
        f"Pegawai: Petugas Nomor {number}",
        "diubah",
        changes,
        one_per_line,
    )


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_view_repeats_its_header_and_numbers_its_pages() -> None:
    rows = [row(n, [f"Jabatan: Staf {n} → Karupam {n}"]) for n in range(300, 0, -1)]
    report = AuditTrailReport(["Periode: seluruhnya"], rows, "Dicetak 27-01-2026 09.00 WIB")
    pdf = render_audit_trail(report, DEMO_PROFILE)
    texts = pages(pdf)
    assert assert_numbered_as_the_rules_say(pdf) > 3  # landscape: the same place, its width
    for text in texts:
        assert "Waktu Akun Catatan Tindakan Perubahan" in text
    assert texts[0].startswith("Jejak Audit Periode: seluruhnya Dicetak 27-01-2026 09.00 WIB")
    assert "Jabatan: Staf 300 → Karupam 300" in texts[0]
    assert "Jabatan: Staf 1 → Karupam 1" in texts[-1]


def test_an_entry_taller_than_a_page_continues_on_the_rows_below() -> None:
    lines = [f"Jumlah penghuni Blok {n} (diubah): Dihitung: {n} → {n + 1}" for n in range(150)]
    values = [f"Isi {n}: " + "kata " * 40 for n in range(60)]
    report = AuditTrailReport(
        ["Periode: seluruhnya"],
        [row(2, lines), row(1, values, one_per_line=False)],
        "Dicetak 27-01-2026 09.00 WIB",
        paper=PaperSize.F4,
    )
    pdf = render_audit_trail(report, DEMO_PROFILE)
    texts = pages(pdf)
    text = " ".join(texts)
    assert "Blok 0 (diubah)" in text and "Blok 149 (diubah)" in text
    assert "Isi 59:" in text
    assert "Pegawai: Petugas Nomor 2 (lanjutan)" in text
    width, height = page_size(PaperSize.F4, landscape=True)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(width), round(height))


def test_a_very_long_value_is_cut_on_paper() -> None:
    report = AuditTrailReport(
        [], [row(1, ["Catatan: " + "x" * 5000])], "Dicetak 27-01-2026 09.00 WIB"
    )
    text = " ".join(pages(render_audit_trail(report, DEMO_PROFILE)))
    assert "…" in text and text.count("x") < 400
