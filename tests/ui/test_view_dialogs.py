from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services.roster import generation, queries
from rutan_desk.services.roster.changes import record_absence, swap_duties, swaps_between
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.view_dialogs import (
    DayViewDialog,
    FairnessDialog,
    PersonMonthDialog,
    SwapsDialog,
)
from tests.services.test_roster_service import setup_rutan
from tests.ui.conftest import in_the_roster_era


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_the_roster_era(ctx)


@pytest.fixture
def people(ctx: AppContext) -> list[StaffRecord]:
    people, _ = setup_rutan(ctx.action())
    generation.generate_period(ctx.action(), date(2023, 11, 1), date(2023, 12, 31))
    return people


def test_day_view_lists_shifts_posts_and_the_absent(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord]
) -> None:
    guard = next(p for p in people if p.unit == "Regu I" and p.position == "Petugas Pengamanan")
    record_absence(ctx.action(), guard.id, AbsenceKind.CUTI, date(2023, 12, 20), date(2023, 12, 20))
    dialog = DayViewDialog(ctx, date(2023, 12, 20))
    qtbot.addWidget(dialog)
    tops = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert tops == [
        "P Pagi 07.00–13.00 WIB",
        "S Siang 13.00–19.00 WIB",
        "M Malam 19.00–07.00 WIB",
        "Absent",
    ]
    absent = dialog.tree.topLevelItem(3)
    # With the code the grid and the sheet show for it.
    assert (absent.child(0).text(0), absent.child(0).text(1)) == (guard.name, "C on leave (cuti)")


def test_person_month_shows_every_day(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord]
) -> None:
    guard = next(p for p in people if p.unit == "Regu II")
    dialog = PersonMonthDialog(ctx, guard.id, guard.name, 2023, 12)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 31
    assert dialog.table.item(0, 0).text() == "Jumat, 1 Desember 2023"
    assert {dialog.table.item(r, 1).text() for r in range(31)} == {"P", "S", "M", "L"}


def test_fairness_table_sorts_by_number(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord]
) -> None:
    dialog = FairnessDialog(ctx, 2023)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 40
    names = [dialog.table.item(r, 0).text() for r in range(40)]
    assert names == sorted(names)  # opens by name, A to Z
    dialog.table.sortItems(1, Qt.SortOrder.DescendingOrder)
    nights = [int(dialog.table.item(r, 1).text()) for r in range(40)]
    assert nights == sorted(nights, reverse=True)
    dialog.year.setValue(2022)
    assert dialog.table.rowCount() == 0


def test_a_swap_of_the_month_is_undone_from_the_list(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord]
) -> None:
    day = date(2023, 12, 12)
    cells = {e.person_id: e.shift for e in queries.entries_between(ctx.db, day, day)}
    a = next(pid for pid, code in cells.items() if code == "P")
    b = next(pid for pid, code in cells.items() if code == "S")
    swap_duties(ctx.action(), a, day, b, day, "urusan keluarga", override_reason="disetujui Ka KPR")
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    dialog = SwapsDialog(ctx, 2023, 12)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "urusan keluarga"
    assert dialog.table.item(0, 3).text() == "in force"
    dialog.table.selectRow(0)
    dialog.undo_button.click()
    assert dialog.table.item(0, 3).text() == "undone"
    after = {e.person_id: e.shift for e in queries.entries_between(ctx.db, day, day)}
    assert (after[a], after[b]) == ("P", "S")
    assert [changes.areas for changes in announced] == [frozenset({Area.ROSTER})]


def test_a_swap_undone_elsewhere_meanwhile_is_reported_and_the_list_read_again(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rutan_desk.services.roster.changes import undo_swap

    day = date(2023, 12, 12)
    cells = {e.person_id: e.shift for e in queries.entries_between(ctx.db, day, day)}
    a = next(pid for pid, code in cells.items() if code == "P")
    b = next(pid for pid, code in cells.items() if code == "S")
    swap = swap_duties(ctx.action(), a, day, b, day, "urusan keluarga", override_reason="ok")
    dialog = SwapsDialog(ctx, 2023, 12)
    qtbot.addWidget(dialog)
    undo_swap(ctx.action(), swap.id, expected_version=swap.version)  # on another PC
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    dialog.table.selectRow(0)
    dialog.undo_button.click()
    assert len(shown) == 1 and "changed this record after you opened it" in shown[0]
    assert dialog.table.item(0, 3).text() == "undone"
    (listing,) = swaps_between(ctx.db, day, day)
    assert listing.undone and listing.swap.version == swap.version + 1
