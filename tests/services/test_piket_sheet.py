"""The day's piket sheet from the roster: those not at a post named by their role, police with
rank, NRP and unit, and the Karupam of each shift and the Ka KPR to sign."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.sheets import piket_sheet, piket_sheet_pdf
from rutan_desk.services.roster.grid import set_cell
from rutan_desk.services.staff.records import HEAD_OF_SECURITY, get_staff
from rutan_desk.services.staff.registry import update_staff
from tests.conftest import ROSTER_TESTS_BEGIN
from tests.services.test_handover import JAN_31, make_rutan, planned


def test_the_piket_sheet_names_roles_police_and_who_signs(ctx: ActionContext) -> None:
    rutan = make_rutan(ctx)
    planned(ctx)
    set_cell(
        ctx.on_morning_of(ROSTER_TESTS_BEGIN), rutan.police, JAN_31, "M"
    )  # a police officer on the night, not at a post
    sheet = piket_sheet(ctx.db, JAN_31)
    assert [shift.label for shift in sheet.shifts] == [
        "Pagi 07.00–13.00 WIB",
        "Siang 13.00–19.00 WIB",
        "Malam 19.00 WIB – 1 Februari 2024 07.00 WIB",  # the night ends the next day
    ]
    night = {crew.post: list(crew.people) for crew in sheet.shifts[2].posts}
    assert night == {
        "Karupam Regu I": ["Regu I Anggota 0"],
        "Bantuan": ["Bripka Agus Wibowo, NRP 87053286, Polres Blora"],
        "Anggota regu": ["Regu I Anggota 1", "Regu I Anggota 2"],
    }
    assert [(s.role, s.title, s.name, s.identity) for s in sheet.signers] == [
        ("Karupam Dinas Pagi", "Regu III", "Regu III Anggota 0", "NIP. 19850310 201003 1 007"),
        ("Karupam Dinas Siang", "Regu IV", "Regu IV Anggota 0", "NIP. 19850410 201003 1 010"),
        ("Karupam Dinas Malam", "Regu I", "Regu I Anggota 0", "NIP. 19850110 201003 1 001"),
    ]
    # Nobody is the Ka KPR yet: a line to write the name by hand.
    assert sheet.acknowledged_by is not None
    assert (sheet.acknowledged_by.title, sheet.acknowledged_by.name) == (HEAD_OF_SECURITY, "")

    head = get_staff(ctx.db, rutan.karupam("Regu II"))
    draft = replace(head.to_draft(), position=HEAD_OF_SECURITY)
    update_staff(ctx, head.id, draft, expected_version=head.version)
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(piket_sheet_pdf(ctx.db, JAN_31))).pages
    )
    assert "Karupam Regu I Regu I Anggota 0" in text
    assert "Bantuan Bripka Agus Wibowo, NRP 87053286, Polres Blora" in text
    assert "Mengetahui, Kepala Kesatuan Pengamanan Rutan Regu II Anggota 0" in text
    assert "—" not in text
