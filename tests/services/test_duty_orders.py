from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from rutan_desk.services import documents
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.duty_orders import draft_duty_order, issue_duty_order
from rutan_desk.store.engine import Database

NYE = date(2023, 12, 31)


def test_new_years_eve_order_from_the_roster(db: Database, actor: str) -> None:
    records = populate_demo(db)
    order = draft_duty_order(db, NYE, NYE, {"M"}, issued_on=date(2023, 12, 30))
    police = [r for r in records if r.is_external][:4]
    listed = {p.name for p in order.people}
    assert {p.name for p in police} <= listed
    officer = next(p for p in order.people if p.name == police[0].name)
    assert (officer.identity, officer.rank) == (police[0].external_id, police[0].external_rank)
    assert officer.duty == "Minggu, 31 Desember 2023 · Malam · P2U"
    assert any("PAS-2077.PK.08.05 Tahun 2023" in line for line in order.basis)
    assert order.signatory.name == records[0].name
    assert order.city == "Blora"

    issued = issue_duty_order(db, actor, order, "Piket malam tahun baru 2023")
    pdf = documents.document_pdf(db, issued.id)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert f"NOMOR {issued.number}" in text
    assert police[0].external_id in text and "Bripka" in text
    assert "PAS-2077.PK.08.05 Tahun 2023" in text
    assert documents.document_source(db, issued.id)["number"] == ""  # the draft it was made from


def test_the_daily_piket_sheet_lists_every_shift_and_post(db: Database) -> None:
    from rutan_desk.services.duty_orders import piket_sheet, piket_sheet_pdf

    records = populate_demo(db)
    sheet = piket_sheet(db, NYE)
    assert [shift.label for shift in sheet.shifts] == [
        "Pagi 07.00–13.00 WIB",
        "Siang 13.00–19.00 WIB",
        "Malam 19.00–07.00 WIB",
    ]
    assert sheet.note == "Siaga Nataru 2023/2024"
    night = sheet.shifts[2]
    assert night.posts[-1].post == ""  # the Karupam and piket staff come after the posts
    pages = [
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(piket_sheet_pdf(db, NYE))).pages
    ]
    text = " ".join(pages)
    assert "DAFTAR PIKET HARIAN" in text and "Minggu, 31 Desember 2023" in text
    assert "Jam datang" in text and "Tanda tangan" in text
    police = next(r for r in records if r.is_external)
    assert f"{police.name} (eksternal)" in text
    assert len(pages) == 2 and "Halaman 1 dari 2" in pages[0]


def test_the_monthly_roster_sheet(db: Database) -> None:
    from rutan_desk.services.duty_orders import roster_sheet, roster_sheet_pdf

    populate_demo(db)
    sheet = roster_sheet(db, 2023, 12, made_on=date(2023, 11, 28))
    assert [g.name for g in sheet.groups][:4] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    first = sheet.groups[0].rows[0]
    assert len(first.codes) == 31 and first.working_days == 23
    assert date(2023, 12, 25) in sheet.holidays and date(2023, 12, 20) in sheet.alert_days
    reader = PdfReader(io.BytesIO(roster_sheet_pdf(db, 2023, 12)))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    assert "JADWAL JAGA BULAN DESEMBER 2023" in pages[0]
    assert all("Nama / NIP" in page for page in pages)  # the header row repeats
    assert "Mengetahui" in pages[-1] and "Kepala Kesatuan Pengamanan Rutan" in pages[-1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
