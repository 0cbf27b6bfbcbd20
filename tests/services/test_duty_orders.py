from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import DEFAULT_PROFILE
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.documents.duty_orders import (
    DEFAULT_COPIES,
    TASK_TEMPLATES,
    DutyOrderRequest,
    Signing,
    default_copies,
    draft_duty_order,
    duty_order_draft_pdf,
    issue_duty_order,
    prepare_duty_order,
)
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.institution import get_profile
from rutan_desk.store.engine import Database
from tests.reports.pdf_pages import assert_numbered_as_the_rules_say

NYE = date(2023, 12, 31)


def test_new_years_eve_order_from_the_roster(ctx: ActionContext) -> None:
    db = ctx.db
    records = populate_demo(db)
    order = draft_duty_order(db, NYE, NYE, {"M"}, issued_on=date(2023, 12, 30))
    police = [r for r in records if r.is_external][:4]
    listed = {p.name for p in order.people}
    assert {p.name for p in police} <= listed
    officer = next(p for p in order.people if p.name == police[0].name)
    assert (officer.identity, officer.rank) == (police[0].external_id, police[0].external_rank)
    # One day: said once, above the table; each duty is the shift with its hours, and the post.
    assert order.duty_day == NYE
    assert officer.duty == "Malam 19.00–07.00 WIB · P2U"
    # The Kanwil of the letterhead in force on the order's date (the demo renamed it in 2024).
    assert order.copies == [
        "Kepala Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"
    ]
    assert any("PAS-2077.PK.08.05 Tahun 2023" in line for line in order.basis)
    assert order.signatory.name == records[0].name
    assert order.city == "Blora"

    issued = issue_duty_order(ctx, order, "Piket malam tahun baru 2023")
    pdf = documents.document_pdf(db, issued.id)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert f"NOMOR {issued.number}" in text
    assert police[0].external_id in text and "Bripka" in text
    assert "PAS-2077.PK.08.05 Tahun 2023" in text
    assert documents.document_source(db, issued.id)["number"] == ""  # the draft it was made from
    # Sixteen people: the body points to the Lampiran, which lists them.
    assert "Nama-nama sebagaimana tersebut dalam Lampiran Surat Perintah ini." in text
    assert f"LAMPIRAN SURAT PERINTAH {get_profile(db).head_title}" in text
    assert "Hari/tanggal: Minggu, 31 Desember 2023" in text
    assert (
        "Tembusan: 1. Kepala Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"
        in text
    )
    assert "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA" in text  # 2023's kop
    assert "Arsip" not in text


def test_an_order_over_several_days_gives_the_day_on_every_row(db: Database) -> None:
    populate_demo(db)
    order = prepare_duty_order(db, _request(first=date(2023, 12, 30)))
    assert order.duty_day is None
    assert {p.duty.split(" · ")[0] for p in order.people} == {
        "Sabtu, 30 Desember 2023",
        "Minggu, 31 Desember 2023",
    }
    assert all(p.duty.split(" · ")[1] == "Malam 19.00–07.00 WIB" for p in order.people)
    # The Tembusan the clerk left as it was: the office's, from its letterhead of that date.
    assert order.copies == list(default_copies(get_profile(db, date(2023, 12, 30))))


def test_the_tembusan_names_the_kanwil_of_the_profile_in_full() -> None:
    jakarta = replace(
        DEFAULT_PROFILE,
        regional_office="KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN DKI JAKARTA",
    )
    assert default_copies(jakarta) == (
        "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan DKI Jakarta",
    )
    assert default_copies(replace(DEFAULT_PROFILE, regional_office=" ")) == DEFAULT_COPIES
    # The Kemenkumham's letterhead wrote the Kanwil under the ministry: the Tembusan names it.
    before_2024 = replace(
        DEFAULT_PROFILE,
        ministry="KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
        regional_office="KANTOR WILAYAH JAWA TENGAH",
    )
    assert default_copies(before_2024) == (
        "Kepala Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah",
    )
    assert "Arsip" not in DEFAULT_COPIES


def test_the_daily_piket_sheet_lists_every_shift_and_post(db: Database) -> None:
    from rutan_desk.services.documents.sheets import piket_sheet, piket_sheet_pdf

    records = populate_demo(db)
    sheet = piket_sheet(db, NYE)
    assert [shift.label for shift in sheet.shifts] == [
        "Pagi 07.00–13.00 WIB",
        "Siang 13.00–19.00 WIB",
        "Malam 19.00 WIB – 1 Januari 2024 07.00 WIB",  # the night ends the next day
    ]
    assert sheet.note == "Siaga Nataru 2023/2024"
    night = sheet.shifts[2]
    # The Karupam and piket staff come after the posts, named by their role.
    assert [crew.post for crew in night.posts[-2:]] == ["Karupam Regu III", "Piket"]
    pdf = piket_sheet_pdf(db, NYE)
    pages = [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]
    text = " ".join(pages)
    assert "DAFTAR PIKET HARIAN" in text and "Minggu, 31 Desember 2023" in text
    assert "Jam datang" in text and "Tanda tangan" in text
    police = next(r for r in records if r.is_external)
    assert f"{police.external_rank} {police.name}, NRP {police.external_id}" in text
    assert assert_numbered_as_the_rules_say(pdf) == len(pages) == 2


def test_the_monthly_roster_sheet(db: Database) -> None:
    from rutan_desk.services.documents.sheets import roster_sheet, roster_sheet_pdf

    populate_demo(db)
    sheet = roster_sheet(db, 2023, 12, made_on=date(2023, 11, 28))
    assert [g.name for g in sheet.groups][:4] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    first = sheet.groups[0].rows[0]
    assert len(first.codes) == 31 and first.working_days == 23
    assert date(2023, 12, 25) in sheet.holidays and date(2023, 12, 20) in sheet.alert_days
    pdf = roster_sheet_pdf(db, 2023, 12, made_on=date(2023, 11, 28))
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    assert "JADWAL JAGA BULAN DESEMBER 2023" in pages[0]
    assert all("Nama / NIP" in page for page in pages)  # the header row repeats
    assert "Mengetahui" in pages[-1] and "Kepala Kesatuan Pengamanan Rutan" in pages[-1]
    assert assert_numbered_as_the_rules_say(pdf) == len(pages)  # landscape: its own centre


def _request(**changes: object) -> DutyOrderRequest:
    request = DutyOrderRequest(
        first=NYE,
        last=NYE,
        shifts=frozenset({"M"}),
        issued_on=date(2023, 12, 30),
        title="Jaga malam tahun baru",
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def test_a_request_with_its_own_wording_and_a_signer_on_behalf(db: Database) -> None:
    records = populate_demo(db)
    ka_kpr = next(r for r in records if r.position == "Kepala Kesatuan Pengamanan Rutan")
    order = prepare_duty_order(
        db,
        _request(
            considering=("bahwa menjelang pergantian tahun perlu peningkatan pengamanan;", " "),
            tasks=TASK_TEMPLATES["Siaga / hari besar"],
            copies=("Arsip",),
            signing=Signing.ON_BEHALF,
            signer_id=ka_kpr.id,
        ),
    )
    assert order.considering == ["bahwa menjelang pergantian tahun perlu peningkatan pengamanan;"]
    assert order.copies == ["Arsip"]
    assert order.signatory.prefix == "a.n." and order.signatory.name == ka_kpr.name
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(duty_order_draft_pdf(db, order))).pages
    )
    assert "Menimbang" in text and "peningkatan pengamanan" in text
    assert "a.n. KEPALA RUMAH TAHANAN NEGARA" in text
    assert "KEPALA KESATUAN PENGAMANAN RUTAN," in text
    assert "NOMOR ……" in text  # a draft: the number's place is left open
    assert "kontrol keliling" in text


def test_a_stand_in_signs_under_the_heads_title(db: Database) -> None:
    records = populate_demo(db)
    ka_kpr = next(r for r in records if r.position == "Kepala Kesatuan Pengamanan Rutan")
    order = prepare_duty_order(db, _request(signing=Signing.STAND_IN, signer_id=ka_kpr.id))
    assert order.signatory.prefix == "Plh." and order.signatory.own_title == ""
    assert order.signatory.title == get_profile(db).head_title


def test_a_request_that_cannot_make_an_order_names_its_fields(db: Database) -> None:
    populate_demo(db)
    with pytest.raises(ValidationError) as refused:
        prepare_duty_order(
            db,
            _request(
                last=date(2023, 12, 1),
                shifts=frozenset(),
                title=" ",
                tasks=("", "  "),
                signing=Signing.STAND_IN,
            ),
        )
    assert refused.value.codes() == {
        "last": "end_before_start",
        "shifts": "order_shifts_required",
        "title": "field_required",
        "tasks": "order_tasks_required",
        "signer": "order_signer_required",
    }
    with pytest.raises(ValidationError) as too_long:
        prepare_duty_order(db, _request(first=date(2023, 12, 1), last=date(2024, 1, 1)))
    assert too_long.value.codes() == {"last": "order_period_too_long"}
    with pytest.raises(ValidationError) as nobody:
        prepare_duty_order(db, _request(first=date(2020, 1, 1), last=date(2020, 1, 1)))
    assert nobody.value.codes() == {"shifts": "order_nobody_on_duty"}
