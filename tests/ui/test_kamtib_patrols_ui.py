"""The patrol visits (patroli sambang) of the Kamtib tab, driven as a clerk does: a visit filed
by keyboard with its officers, a refused form, the next visit prefilled from the last, the list
of a period."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.patrols.forms import OfficerLine, PatrolVisitDraft
from rutan_desk.services.patrols.queries import list_patrol_visits, load_patrol_visit
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab
from rutan_desk.ui.kamtib.patrol_dialog import PatrolDialog
from rutan_desk.ui.kamtib.patrols_page import OFFICERS, PatrolsPage
from rutan_desk.ui.widgets.record_table import RECORD_ROLE
from tests.ui.conftest import follow_changes
from tests.ui.test_kamtib_ui import Answer, shown


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@pytest.fixture
def staff(ctx: AppContext) -> list[StaffRecord]:
    return populate_demo(ctx.db, with_handovers=False)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, staff: list[StaffRecord]) -> PatrolsPage:
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "kamtib")
    tab.resize(1280, 700)
    shown(qtbot, tab)
    tab.reload()
    tab.pages.setCurrentWidget(tab.patrols)  # read when first shown
    return tab.patrols


def receiver(staff: list[StaffRecord]) -> StaffRecord:
    """An officer whose first name nobody else has (a combo finds them by it)."""
    own = [s for s in staff if s.active and not s.is_external]
    first = [s.name.split()[0] for s in own]
    return next(s for s, name in zip(own, first, strict=True) if first.count(name) == 1)


def a_visit(ctx: AppContext, staff: list[StaffRecord], arrived: datetime) -> int:
    return save_patrol_visit(
        ctx.action(),
        PatrolVisitDraft(
            arrived_at=arrived,
            left_at=arrived + timedelta(minutes=30),
            agency="Polres Blora",
            unit="Sat Samapta",
            received_by_id=receiver(staff).id,
            officers=(OfficerLine(name="Agus Wibowo", rank="Bripka", nrp="87053286"),),
        ),
    )


def now(ctx: AppContext) -> datetime:
    return ctx.action().wib_now().replace(second=0, microsecond=0, tzinfo=None)


def open_dialog(qtbot: QtBot, page: PatrolsPage) -> PatrolDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def type_into_cell(qtbot: QtBot, table: QWidget, text: str) -> None:
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_file_a_patrol_visit_by_keyboard(
    qtbot: QtBot, ctx: AppContext, page: PatrolsPage, staff: list[StaffRecord]
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New visit"
    assert dialog.kind_combo.currentData() == VisitKind.SAMBANG

    arrived = dialog.arrived_edit.dateTime().addSecs(-3600)
    dialog.arrived_edit.setDateTime(arrived)
    qtbot.keyClick(dialog.left_box, Qt.Key.Key_Space)
    dialog.left_edit.setDateTime(arrived.addSecs(40 * 60))
    qtbot.keyClicks(dialog.agency_combo, "Polres Blora")
    qtbot.keyClick(dialog.agency_combo, Qt.Key.Key_Return)  # presses no button
    assert dialog.isVisible() and dialog.officers_grid.lines() == []
    qtbot.keyClicks(dialog.unit_combo, "Sat Samapta")
    officer = receiver(staff)
    qtbot.keyClicks(dialog.received_combo, officer.name.split()[0])
    assert dialog.received_combo.currentData() == officer.id
    qtbot.keyClicks(dialog.areas_edit, "Pos atas, tembok luar")
    qtbot.keyClicks(dialog.note_edit, "Situasi aman terkendali")
    police = next(s for s in staff if s.active and s.is_external)

    def pick_police(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(dialog._staff_text(police))
        widget.accept()

    Answer(QInputDialog, pick_police)
    qtbot.mouseClick(dialog.add_officer_button, Qt.MouseButton.LeftButton)
    shown(qtbot, dialog)
    grid = dialog.officers_grid.table
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Insert)  # the second, not in the registry
    type_into_cell(qtbot, grid, "Dwi Santoso")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    type_into_cell(qtbot, grid, "Brigpol")
    qtbot.waitUntil(lambda: dialog.officers_grid.lines()[1]["rank"] == "Brigpol")

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.record is not None, (
        dialog.general_error.text(),
        [dialog.errors.text(n) for n in ("arrived_at", "left_at", "agency", "received_by")],
        dialog.officers_grid.error_label.text(),
    )
    record = load_patrol_visit(ctx.db, dialog.record.id)
    draft = record.draft
    assert (draft.agency, draft.unit, draft.kind) == (
        "Polres Blora",
        "Sat Samapta",
        VisitKind.SAMBANG,
    )
    assert draft.arrived_at is not None and draft.left_at is not None
    assert draft.left_at - draft.arrived_at == timedelta(minutes=40)
    assert record.received_by_name == officer.name
    assert (draft.areas_checked, draft.note) == ("Pos atas, tembok luar", "Situasi aman terkendali")
    assert [(o.staff_id, o.name, o.rank) for o in draft.officers] == [
        (police.id, police.name, police.external_rank),
        (None, "Dwi Santoso", "Brigpol"),
    ]
    assert dialog.windowTitle().startswith("Visit of ")

    # The list follows; the next visit starts from the same agency and unit.
    assert page.model.rowCount() == 1
    assert page.proxy.index(0, OFFICERS).data() == (
        f"{police.external_rank} {police.name}, Brigpol Dwi Santoso"
    )
    dialog.reject()
    page.new_visit()
    again = open_dialog(qtbot, page)
    assert (again.agency_combo.currentText(), again.unit_combo.currentText()) == (
        "Polres Blora",
        "Sat Samapta",
    )


def test_a_refused_visit_shows_why_beside_the_field_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, page: PatrolsPage
) -> None:
    page.new_visit()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClick(dialog.left_box, Qt.Key.Key_Space)
    dialog.left_edit.setDateTime(dialog.arrived_edit.dateTime().addSecs(-600))  # before

    assert not dialog.save()

    assert dialog.errors.text("agency") == "This field is required."
    assert dialog.errors.text("received_by") != ""
    assert dialog.errors.text("left_at") != ""
    assert dialog.record is None and list_patrol_visits(ctx.db) == []


def test_the_list_follows_the_period(
    qtbot: QtBot, ctx: AppContext, page: PatrolsPage, staff: list[StaffRecord]
) -> None:
    recent = a_visit(ctx, staff, now(ctx) - timedelta(hours=2))
    older = a_visit(ctx, staff, now(ctx) - timedelta(days=30))
    old = a_visit(ctx, staff, now(ctx) - timedelta(days=700))
    page.reload()

    def shown_ids() -> list[int]:
        return [page.proxy.index(r, 0).data(RECORD_ROLE).id for r in range(page.proxy.rowCount())]

    assert shown_ids() == [recent, older]  # the last year, newest first
    today = ctx.today()
    page.period_bar.set_period(today - timedelta(days=7), today)
    assert shown_ids() == [recent]
    assert page.count_label.text() == "1 visits"
    page.period_bar.all_dates_box.setChecked(True)
    assert shown_ids() == [recent, older, old]
