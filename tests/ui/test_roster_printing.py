"""Printing from the roster: the month's sheet dated as chosen, the day view's piket sheet."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services.calendar.edits import import_year
from rutan_desk.services.documents import sheets
from rutan_desk.services.roster import generation
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.roster.grid import load_month
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.roster.month_model import RosterMonthModel, legend_html
from rutan_desk.ui.roster.roster_tab import RosterTab
from rutan_desk.ui.roster.sheet_dialog import RosterSheetDialog
from rutan_desk.ui.roster.view_dialogs import DayViewDialog
from rutan_desk.ui.widgets.dates import to_qdate
from tests.services.test_roster_service import setup_rutan
from tests.ui.conftest import in_the_roster_era


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_the_roster_era(ctx)


@pytest.fixture
def people(ctx: AppContext) -> list[StaffRecord]:
    people, _ = setup_rutan(ctx.action())
    generation.generate_period(ctx.action(), date(2023, 12, 1), date(2023, 12, 31))
    return people


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_the_print_dialog_proposes_the_last_working_day_and_prints_the_chosen_one(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    import_year(ctx.action(), 2023)
    tab = RosterTab(ctx, today=date(2024, 1, 10))  # January 2024: 31 Dec 2023 is a Sunday
    qtbot.addWidget(tab)
    proposed: list[date] = []

    def choose(dialog: RosterSheetDialog) -> int:
        proposed.append(dialog.made_on)
        dialog.made_on_edit.setDate(to_qdate(date(2023, 12, 27)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RosterSheetDialog, "exec", choose)
    printed: list[bytes] = []
    real = sheets.roster_sheet_pdf

    def keep(*args: object, **kwargs: object) -> bytes:
        printed.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return printed[-1]

    monkeypatch.setattr(sheets, "roster_sheet_pdf", keep)
    tab.print_month_sheet()
    # Friday 29 December 2023 (the 25th and 26th are Natal and its cuti bersama).
    assert proposed == [date(2023, 12, 29)]
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15000)
    assert "Blora, 27 Desember 2023" in _text(printed[0])
    tab.preview.close()


def test_the_print_dialog_shows_the_proposed_date(qtbot: QtBot) -> None:
    dialog = RosterSheetDialog(2026, 1, date(2025, 12, 31))
    qtbot.addWidget(dialog)
    assert dialog.made_on == date(2025, 12, 31)
    assert dialog.made_on_edit.text() == "31-12-2025"
    assert dialog.windowTitle() == "Roster sheet Januari 2026"


@pytest.mark.parametrize("kind", list(AbsenceKind))
def test_the_grid_shows_the_absence_code_the_sheet_prints(
    ctx: AppContext, people: list[StaffRecord], kind: AbsenceKind
) -> None:
    day = date(2023, 12, 12)
    guard = next(p for p in people if p.unit == "Regu I" and p.position == "Petugas Pengamanan")
    record_absence(ctx.action(), guard.id, kind, day, day)
    model = RosterMonthModel()
    model.set_grid(load_month(ctx.db, 2023, 12))
    shown = model.data(model.index_of(guard.id, day))
    sheet = sheets.roster_sheet(ctx.db, 2023, 12, made_on=day)
    printed = next(row for g in sheet.groups for row in g.rows if row.name == guard.name)
    assert shown == printed.codes[day.day - 1] == kind.code
    # The cell editor opens empty: Enter does not try to save the absence's code as a shift.
    assert model.data(model.index_of(guard.id, day), Qt.ItemDataRole.EditRole) == ""
    # The legend under the grid names it as the sheet's legend does.
    assert f"<b>{kind.code}</b> {kind.label}" in legend_html(model.grid)  # type: ignore[arg-type]
    assert f"{kind.code} = {kind.label}" in sheet.legend


def test_the_day_view_gives_every_name_its_room_and_prints_the_piket_sheet(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = date(2023, 12, 20)
    dialog = DayViewDialog(ctx, day)
    qtbot.addWidget(dialog)
    dialog.show()
    metrics = dialog.tree.fontMetrics()
    names = [
        name
        for top in range(dialog.tree.topLevelItemCount())
        for post in range(dialog.tree.topLevelItem(top).childCount())
        for name in dialog.tree.topLevelItem(top).child(post).text(1).split("\n")
    ]
    assert len(names) >= 15  # one name a line
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert dialog.tree.columnWidth(1) > widest
    assert dialog.tree.columnWidth(0) + dialog.tree.columnWidth(1) <= dialog.tree.viewport().width()

    printed: list[tuple[date, bytes]] = []
    real = sheets.piket_sheet_pdf

    def keep(db: Database, when: date) -> bytes:
        printed.append((when, real(db, when)))
        return printed[-1][1]

    monkeypatch.setattr(sheets, "piket_sheet_pdf", keep)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert isinstance(dialog.preview, DocumentPreview)
    assert printed[0][0] == day and "Rabu, 20 Desember 2023" in _text(printed[0][1])
    assert dialog.preview.parent() is dialog  # over the day view, which stays open
    assert dialog.isVisible()
    dialog.preview.close()
