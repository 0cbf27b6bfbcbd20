from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.roster import EntrySource
from rutan_desk.services.roster import generation
from rutan_desk.services.roster.checks import check_period
from rutan_desk.services.roster.grid import load_month
from rutan_desk.services.roster.queries import entries_between
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import install_translator
from rutan_desk.ui.roster.absence_dialog import AbsenceDialog, ReplacementDialog
from rutan_desk.ui.roster.month_model import RosterMonthModel
from rutan_desk.ui.roster.roster_tab import RosterTab
from rutan_desk.ui.roster.swap_dialog import SwapDialog
from tests.services.test_roster_service import setup_rutan
from tests.ui.conftest import follow_changes, in_the_roster_era

NYE = date(2023, 12, 31)


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_the_roster_era(ctx)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> RosterTab:
    setup_rutan(ctx.action())
    generation.generate_period(ctx.action(), date(2023, 12, 1), date(2024, 1, 31))
    widget = RosterTab(ctx, today=date(2023, 12, 15))
    qtbot.addWidget(widget)
    follow_changes(ctx, widget, "roster")
    widget.resize(1200, 700)
    widget.show()
    widget.reload()
    return widget


def codes(db: Database, person_id: int, day: date) -> list[str]:
    grid = load_month(db, day.year, day.month)
    return [cell.code for cell in grid.cells.get((person_id, day), ())]


def select(tab: RosterTab, person_id: int, day: date) -> None:
    index = tab.model.index_of(person_id, day)
    assert index.isValid()
    tab.table.setCurrentIndex(index)
    tab.table.setFocus()


def type_code(qtbot: QtBot, tab: RosterTab, text: str) -> None:
    """Typing in the grid opens the cell editor with the first key; Enter saves."""
    qtbot.keyClick(tab.table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tab.table
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])
    saved = len(tab.undo_stack)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The save runs once the editor has closed; wait for it (or for a refusal to settle).
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(50)
    assert len(tab.undo_stack) in (saved, saved + 1)


def test_model_passes_the_model_tester(qtmodeltester: object, tab: RosterTab) -> None:
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    empty = RosterMonthModel()
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_grid_groups_people_under_their_regu_karupam_first(tab: RosterTab) -> None:
    model = tab.model
    assert model.rowCount() == 44 and model.columnCount() == 31
    assert model.group_rows() == [0, 11, 22, 32]  # regu of 10, 10, 9 and 11
    assert model.headerData(0, Qt.Orientation.Vertical) == "Regu I"
    assert str(model.headerData(1, Qt.Orientation.Vertical)).endswith(" ★")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "1\nJum"  # 1 Dec 2023, a Friday
    assert tab.table.columnSpan(0, 0) == 31
    assert (tab.month_combo.currentText(), tab.year_spin.value()) == ("Desember", 2023)
    assert tab.conflicts_list.count() == 0


def test_filter_by_regu(tab: RosterTab) -> None:
    tab.group_filter.setCurrentIndex(tab.group_filter.findData("Regu III"))
    assert tab.model.rowCount() == 10
    assert tab.model.headerData(0, Qt.Orientation.Vertical) == "Regu III"


def test_typing_a_code_saves_it_and_ctrl_z_undoes_it(qtbot: QtBot, tab: RosterTab) -> None:
    person = tab.model.person_at(2)
    assert person is not None
    day = next(d for d in tab.model.grid.days if codes(tab._ctx.db, person.id, d) == ["L"])
    select(tab, person.id, day)
    type_code(qtbot, tab, "lb")
    assert codes(tab._ctx.db, person.id, day) == ["Lb"]
    grid = load_month(tab._ctx.db, 2023, 12)
    assert grid.cells[(person.id, day)][0].source is EntrySource.MANUAL
    assert tab.model.data(tab.model.index_of(person.id, day)) == "Lb"
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert codes(tab._ctx.db, person.id, day) == ["L"]


def test_delete_clears_a_cell(qtbot: QtBot, tab: RosterTab) -> None:
    person = tab.model.person_at(3)
    assert person is not None
    select(tab, person.id, date(2023, 12, 5))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert codes(tab._ctx.db, person.id, date(2023, 12, 5)) == []
    assert tab.model.data(tab.model.index_of(person.id, date(2023, 12, 5))) == ""


def test_a_post_left_short_is_named_in_the_conflicts(qtbot: QtBot, tab: RosterTab) -> None:
    day = date(2023, 12, 5)
    month = load_month(tab._ctx.db, 2023, 12)
    on_the_tower = [
        (staff_id, cells[0].code)
        for (staff_id, cell_day), cells in month.cells.items()
        if cell_day == day and cells and cells[0].post == "Menara"
    ]
    shift = on_the_tower[0][1]
    for staff_id, code in on_the_tower:
        if code == shift:  # everyone at the tower on that shift goes
            select(tab, staff_id, day)
            qtbot.keyClick(tab.table, Qt.Key.Key_Delete)

    def texts() -> list[str]:
        return [tab.conflicts_list.item(i).text() for i in range(tab.conflicts_list.count())]

    qtbot.waitUntil(lambda: any(f"Post Menara, shift {shift}" in text for text in texts()))


def test_a_hard_rule_needs_a_reason(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    night = next(p for p in tab.model.grid.people if codes(tab._ctx.db, p.id, NYE) == ["M"])
    new_year = date(2024, 1, 1)
    before = codes(tab._ctx.db, night.id, new_year)
    asked: list[str] = []

    def refuse(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", refuse)
    tab.show_month(2024, 1)
    select(tab, night.id, new_year)
    type_code(qtbot, tab, "P")
    assert codes(tab._ctx.db, night.id, new_year) == before
    assert "night shift" in asked[0]

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_args: ("Perintah Karutan, siaga tahun baru", True)
    )
    select(tab, night.id, new_year)
    type_code(qtbot, tab, "P")
    assert codes(tab._ctx.db, night.id, new_year) == ["P"]
    texts = [tab.conflicts_list.item(i).text() for i in range(tab.conflicts_list.count())]
    assert any(night.name in text and "Must fix" in text for text in texts)
    assert tab.conflicts_list.isVisible()


def test_conflicts_are_explained_in_indonesian(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    translator = install_translator(qapp, "id")
    try:
        night = next(p for p in tab.model.grid.people if codes(tab._ctx.db, p.id, NYE) == ["M"])
        monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("Perintah Karutan", True))
        tab.show_month(2024, 1)
        select(tab, night.id, date(2024, 1, 1))
        type_code(qtbot, tab, "P")
        texts = [tab.conflicts_list.item(i).text() for i in range(tab.conflicts_list.count())]
        expected = (
            f"Harus diperbaiki — {night.name} masuk dinas P pada 1 Januari 2024 hanya "
            "0 jam setelah dinas malam; istirahat minimal 24 jam."
        )
        assert expected in texts
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("ConflictText", "Warning") == "Warning"


def test_month_navigation_by_keyboard(qtbot: QtBot, tab: RosterTab) -> None:
    qtbot.keyClick(tab.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert (tab.year, tab.month) == (2024, 1)
    assert (tab.month_combo.currentText(), tab.year_spin.value()) == ("Januari", 2024)
    qtbot.keyClick(tab.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert (tab.year, tab.month) == (2023, 11)


def test_a_month_is_chosen_directly_and_the_grid_gets_the_room_when_nothing_conflicts(
    qtbot: QtBot, tab: RosterTab
) -> None:
    tab.month_combo.setFocus()
    qtbot.keyClicks(tab.month_combo, "Jan")  # a combo finds the month by its first letters
    tab.month_combo.activated.emit(tab.month_combo.currentIndex())
    assert (tab.year, tab.month) == (2023, 1)
    tab.year_spin.setValue(2024)
    assert (tab.year, tab.month) == (2024, 1)
    assert tab.model.grid is not None and tab.model.grid.days[0] == date(2024, 1, 1)

    tab.show_month(2023, 12)
    qtbot.waitUntil(lambda: tab.conflicts_label.text() != "Checking the rules…")
    assert tab.conflicts_list.count() == 0 and not tab.conflicts_list.isVisible()
    box_height = tab.splitter.sizes()[1]
    assert box_height < tab.fontMetrics().height() * 2  # the label only
    # A whole month of 31 days fits an office screen beside the names.
    days = tab.table.horizontalHeader().defaultSectionSize() * 31
    assert days + tab.table.verticalHeader().width() < 1366 - 60


def test_planning_a_month_runs_off_the_gui_thread(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    tab.show_month(2024, 2)
    assert tab.model.grid is not None and tab.model.grid.cells == {}  # nothing planned yet
    tab.generate_button.click()
    assert tab._task is not None
    with qtbot.waitSignal(tab._task.done, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(tab.model.grid and tab.model.grid.cells))
    assert tab.model.data(tab.model.index(1, 0)) in {"P", "S", "M", "L"}
    assert len(entries_between(tab._ctx.db, date(2024, 2, 1), date(2024, 2, 29))) == 29 * 40


def test_planning_in_mid_month_says_which_days_it_left_alone(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab._ctx.clock = tab._ctx.action().on_morning_of(date(2023, 12, 15)).clock
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    tab.show_month(2023, 12)
    tab.generate_button.click()
    assert tab._task is not None
    with qtbot.waitSignal(tab._task.done, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(told))
    # The dates are Indonesian in either language; the sentence is the UI's (English here).
    assert told == ["1–14 Desember 2023 not changed: already passed."]


def test_a_past_cell_is_corrected_with_a_reason(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab._ctx.clock = tab._ctx.action().on_morning_of(date(2023, 12, 15)).clock
    day = date(2023, 12, 5)
    guard = next(p for p in tab.model.grid.people if codes(tab._ctx.db, p.id, day) == ["P"])
    asked: list[str] = []

    def refuse(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", refuse)
    select(tab, guard.id, day)
    type_code(qtbot, tab, "L")
    assert codes(tab._ctx.db, guard.id, day) == ["P"]
    assert "has passed" in asked[0] and "5 Desember 2023" in asked[0]

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("Izin mendadak", True))
    select(tab, guard.id, day)
    type_code(qtbot, tab, "L")
    assert codes(tab._ctx.db, guard.id, day) == ["L"]


def test_a_late_sick_note_for_a_past_day_is_saved_with_a_reason(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab._ctx.clock = tab._ctx.action().on_morning_of(date(2023, 12, 15)).clock
    day = date(2023, 12, 5)
    guard = next(p for p in tab.model.grid.people if codes(tab._ctx.db, p.id, day) == ["P"])
    answers = iter([("", False), ("Surat dokter datang terlambat", True)])
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = AbsenceDialog(tab._ctx, tab.model.grid.people, guard.id, day, tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("sakit"))

    dialog._save()  # the reason asked for and refused: nothing saved, the dialog stays
    assert codes(tab._ctx.db, guard.id, day) == ["P"] and dialog.result() == 0
    assert "5 Desember 2023" in asked[0]

    dialog._save()  # asked again, given: saved
    assert codes(tab._ctx.db, guard.id, day) == [] and len(asked) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted


def _when_modal(qtbot: QtBot, action: object) -> None:
    """Run ``action(dialog)`` on the next modal dialog, once it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        action(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def test_an_absence_is_recorded_and_a_replacement_chosen_by_keyboard(
    qtbot: QtBot, tab: RosterTab
) -> None:
    day = date(2023, 12, 12)
    guard = next(p for p in tab.model.grid.people if codes(tab._ctx.db, p.id, day) == ["P"])
    on_p_before = sum(codes(tab._ctx.db, p.id, day) == ["P"] for p in tab.model.grid.people)
    select(tab, guard.id, day)
    chosen: list[str] = []

    def pick_first(dialog: ReplacementDialog) -> None:
        chosen.append(dialog.table.item(0, 0).text())
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    def fill_absence(dialog: AbsenceDialog) -> None:
        assert dialog.person.person_id() == guard.id  # the selected cell's person and day
        dialog.kind.setCurrentIndex(dialog.kind.findData("sakit"))
        qtbot.keyClicks(dialog.reference, "surat dokter")
        _when_modal(qtbot, pick_first)
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)

    _when_modal(qtbot, fill_absence)
    qtbot.keyClick(tab.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert codes(tab._ctx.db, guard.id, day) == []
    grid = load_month(tab._ctx.db, 2023, 12)
    assert grid.absences[(guard.id, day)] == "sakit"
    replacement = (
        next(p for p in grid.people if p.name == chosen[0])
        if any(p.name == chosen[0] for p in grid.people)
        else None
    )
    # The replacement may double up (siang and pagi): P is one of the codes of their cell.
    on_p = [
        pid
        for (pid, d), cells in grid.cells.items()
        if d == day and any(cell.code == "P" for cell in cells)
    ]
    assert len(on_p) == on_p_before  # the regu on P is whole again
    assert replacement is None or replacement.id in on_p


def test_a_swap_by_keyboard_and_its_undo(qtbot: QtBot, tab: RosterTab) -> None:
    day = date(2023, 12, 12)
    people = tab.model.grid.people
    a = next(p for p in people if codes(tab._ctx.db, p.id, day) == ["P"] and not p.karupam)
    b = next(p for p in people if codes(tab._ctx.db, p.id, day) == ["S"] and not p.karupam)
    select(tab, a.id, day)

    def fill_swap(dialog: SwapDialog) -> None:
        dialog.other.select_person(b.id)
        assert "After the swap" in dialog.preview.text()
        qtbot.keyClicks(dialog.reason, "acara keluarga, disetujui Karupam")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    _when_modal(qtbot, fill_swap)
    qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert (codes(tab._ctx.db, a.id, day), codes(tab._ctx.db, b.id, day)) == (["S"], ["P"])
    assert len(tab.undo_stack) == 1
    tab.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (codes(tab._ctx.db, a.id, day), codes(tab._ctx.db, b.id, day)) == (["P"], ["S"])


def test_police_officers_are_added_to_the_night_shift(
    qtbot: QtBot, tab: RosterTab, ctx: AppContext
) -> None:
    from rutan_desk.services.staff.records import list_staff
    from rutan_desk.ui.roster.duty_dialog import DutyDialog

    officers = [r for r in list_staff(ctx.db) if r.is_external][:4]
    for officer in officers:

        def fill(dialog: DutyDialog, officer_id: int = officer.id) -> None:
            dialog.person.select_person(officer_id)
            dialog.day.setDate(QDate(2023, 12, 31))
            dialog.shift.setCurrentIndex(dialog.shift.findData("M"))
            dialog.post.setCurrentIndex(dialog.post.findText("P2U"))
            qtbot.keyClick(dialog.post, Qt.Key.Key_Return)

        _when_modal(qtbot, fill)
        tab.activateWindow()  # as the window manager does when a dialog closes
        qtbot.waitUntil(tab.isActiveWindow)
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    grid = load_month(ctx.db, 2023, 12)
    for officer in officers:
        (cell,) = grid.cells[(officer.id, NYE)]
        assert (cell.code, cell.post) == ("M", "P2U")
    external_rows = [p for p in grid.people if p.external]
    assert {p.id for p in external_rows} == {o.id for o in officers}
    assert all(p.group == "Polres Blora" for p in external_rows)
    assert [c for c in check_period(ctx.db, NYE, NYE) if c.hard] == []


def test_ctrl_k_pins_a_cell(qtbot: QtBot, tab: RosterTab) -> None:
    person = tab.model.person_at(4)
    assert person is not None
    select(tab, person.id, date(2023, 12, 9))
    qtbot.keyClick(tab.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    grid = load_month(tab._ctx.db, 2023, 12)
    assert grid.cells[(person.id, date(2023, 12, 9))][0].source is EntrySource.PINNED
    index = tab.model.index_of(person.id, date(2023, 12, 9))
    assert tab.model.data(index, Qt.ItemDataRole.FontRole).italic()


def test_filter_by_post_shows_who_stands_there(tab: RosterTab) -> None:
    assert [tab.post_filter.itemText(i) for i in range(1, tab.post_filter.count())] == [
        "Blok Hunian",
        "Menara",
        "P2U",
    ]
    tab.post_filter.setCurrentIndex(tab.post_filter.findData("Menara"))
    grid = tab.model.grid
    assert grid is not None
    shown = [tab.model.person_at(r) for r in range(tab.model.rowCount())]
    people = [p for p in shown if p is not None]
    assert people and all(
        any(
            c.post == "Menara"
            for (pid, _), cells in grid.cells.items()
            if pid == p.id
            for c in cells
        )
        for p in people
    )
    assert len(people) < 40


def test_a_typed_code_updates_its_cell_without_reading_the_month_again(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = tab.model.person_at(2)
    assert person is not None
    day = next(d for d in tab.model.grid.days if codes(tab._ctx.db, person.id, d) == ["L"])
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    tab.model.modelReset.connect(lambda: resets.append(True))
    tab.model.dataChanged.connect(
        lambda first, _last, *_: changed.append((first.row(), first.column()))
    )
    monkeypatch.setattr(
        "rutan_desk.ui.roster.roster_tab.grid.load_month",
        lambda *_args: pytest.fail("the whole month was read again"),
    )
    select(tab, person.id, day)
    type_code(qtbot, tab, "lb")

    assert resets == []
    index = tab.model.index_of(person.id, day)
    assert (index.row(), index.column()) in changed
    assert tab.model.data(index) == "Lb"
    assert tab.table.currentIndex() == index  # the clerk stays on the cell


def test_a_cell_changed_on_another_pc_is_not_overwritten(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.services.context import ActionContext, Actor, ActorKind
    from rutan_desk.services.roster.grid import set_cell

    person = tab.model.person_at(2)
    assert person is not None
    day = next(d for d in tab.model.grid.days if codes(tab._ctx.db, person.id, d) == ["L"])
    other_pc = ActionContext(tab._ctx.db, Actor(ActorKind.SYSTEM, "operator.dua"), tab._ctx.clock)
    set_cell(other_pc, person.id, day, "Lb")  # the grid on this PC still shows L
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: warnings.append((title, text))
    )
    select(tab, person.id, day)
    type_code(qtbot, tab, "s")

    assert codes(tab._ctx.db, person.id, day) == ["Lb"]  # theirs is kept
    (title, text) = warnings[0]
    assert "Changed by someone else" in title
    assert "operator.dua" in text
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index_of(person.id, day)) == "Lb")


def test_a_failing_roster_sheet_is_explained_and_logged(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise RuntimeError("font file missing")

    monkeypatch.setattr("rutan_desk.services.documents.sheets.roster_sheet_pdf", broken)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: warnings.append((title, text))
    )
    with caplog.at_level("ERROR", logger="rutan_desk"):
        tab.preview_month_sheet(date(2023, 11, 30))  # after the date was chosen
        assert tab._task is not None
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)

    (title, text) = warnings[0]
    assert "Unexpected error" in title
    assert str(tab._ctx.paths.log_file) in text
    assert tab.preview is None
    assert any(
        "font file missing" in str(record.exc_info[1])
        for record in caplog.records
        if record.exc_info
    )


def test_the_print_menu_shows_ctrl_p_and_it_prints_the_month(
    qtbot: QtBot, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.month_sheet_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    printed: list[tuple[int, int]] = []
    monkeypatch.setattr(tab, "print_month_sheet", lambda: printed.append((tab.year, tab.month)))
    tab.month_sheet_action.triggered.disconnect()
    tab.month_sheet_action.triggered.connect(tab.print_month_sheet)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [(2023, 12)]
