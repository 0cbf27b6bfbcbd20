"""The month's roster sheet from the database: absence codes as on screen, every code in the
legend, and the date under the signatures."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services.calendar.edits import add_holiday, import_year
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.documents.sheets import roster_sheet, roster_sheet_date, roster_sheet_pdf
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster import generation, queries
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.store.engine import Database
from tests.conftest import before_the_roster
from tests.services.test_roster_service import setup_rutan


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    return before_the_roster(db, actor)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_every_absence_prints_its_own_code_and_the_legend_names_every_code(
    ctx: ActionContext,
) -> None:
    people, _ = setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 31))
    names = {person.id: person.name for person in people}
    # Each kind of absence for a different guard, on a day they were on a pagi shift.
    day = date(2023, 12, 12)
    on_pagi = [e.person_id for e in queries.entries_between(ctx.db, day, day) if e.shift == "P"]
    absent = dict(zip(AbsenceKind, on_pagi, strict=False))
    assert len(absent) == len(AbsenceKind)
    for kind, person_id in absent.items():
        record_absence(ctx, person_id, kind, day, day)

    sheet = roster_sheet(ctx.db, 2023, 12, made_on=date(2023, 11, 30))
    rows = {row.name: row for group in sheet.groups for row in group.rows}
    for kind, person_id in absent.items():
        assert rows[names[person_id]].codes[day.day - 1] == kind.code
    shown = {code for row in rows.values() for cell in row.codes for code in cell.split("/")}
    shown.discard("")
    listed = {entry.split(" = ")[0] for entry in sheet.legend}
    assert shown == listed
    assert {kind.code for kind in AbsenceKind} <= listed

    text = _text(roster_sheet_pdf(ctx.db, 2023, 12, made_on=date(2023, 11, 30)))
    legend = text[text.index("Keterangan:") :]
    assert legend.startswith(
        "Keterangan: P = Pagi 07.00–13.00 WIB; S = Siang 13.00–19.00 WIB; "
        "M = Malam 19.00–07.00 WIB; L = Lepas; C = Cuti; SK = Sakit; I = Izin; DK = Diklat; "
        "DL = Dinas Luar"
    )


def test_the_sheet_is_dated_the_last_working_day_before_the_month(ctx: ActionContext) -> None:
    setup_rutan(ctx)
    import_year(ctx, 2025)
    # January 2026: Wednesday 31 December 2025 (Natal and its cuti bersama are the 25th, 26th).
    assert roster_sheet_date(ctx.db, 2026, 1) == date(2025, 12, 31)
    # June 2025: Friday 30 May is cuti bersama, Thursday 29 May Kenaikan Yesus Kristus.
    assert roster_sheet_date(ctx.db, 2025, 6) == date(2025, 5, 28)
    # September 2025 starts on a Monday; the Friday before is made a local holiday.
    assert roster_sheet_date(ctx.db, 2025, 9) == date(2025, 8, 29)
    add_holiday(ctx, date(2025, 8, 29), "Hari Jadi Kabupaten Blora")
    assert roster_sheet_date(ctx.db, 2025, 9) == date(2025, 8, 28)


def test_the_date_chosen_is_the_one_under_the_sheet(ctx: ActionContext) -> None:
    setup_rutan(ctx)
    city = get_profile(ctx.db).city
    text = _text(roster_sheet_pdf(ctx.db, 2025, 9, made_on=date(2025, 8, 27)))
    assert f"{city}, 27 Agustus 2025 Kepala Kesatuan Pengamanan Rutan" in text
