"""The "Pegawai" tab: search, the keyboard flow through its modal dialogs, reloads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.staff.staff_dialog import StaffDialog
from rutan_desk.ui.staff.staff_tab import StaffTab
from rutan_desk.ui.staff.status_dialog import StatusDialog
from rutan_desk.ui.staff.table_model import RECORD_ROLE
from tests.conftest import ACTOR
from tests.ui.conftest import follow_changes

DEMO_SIZE = 70


class ModalDriver:
    """Drives the next modal dialog: exec() blocks the test, so a timer does the typing.
    Gives up after ~5 s, and never leaves a dialog open (exec() would never return)."""

    def __init__(self, callback: Callable[[QWidget], None]) -> None:
        self.callback = callback
        self.seen: list[QWidget] = []
        self.attempts = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            self.attempts += 1
            if self.attempts < 500:
                QTimer.singleShot(10, self._poll)
            return
        self.seen.append(widget)
        try:
            self.callback(widget)
        finally:
            if widget.isVisible():
                widget.close()

    @property
    def dialog(self) -> QWidget:
        assert len(self.seen) == 1, "no modal dialog was opened"
        return self.seen[0]


class MessageBoxes:
    """Stands in for QMessageBox's static functions: records what would have been shown,
    answers like the user would (question: No unless a test says otherwise) and never blocks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.No
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def of(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def demo(db: Database) -> list[StaffRecord]:
    return populate_demo(db, with_roster=False)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]) -> StaffTab:
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "staff")
    tab.reload()
    return tab


@pytest.fixture
def active_tab(qtbot: QtBot, tab: StaffTab) -> StaffTab:
    """Shown and active, so that keyboard shortcuts reach it."""
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    return tab


def shown_ids(tab: StaffTab) -> list[int]:
    return [tab.proxy.index(row, 0).data(RECORD_ROLE).id for row in range(tab.proxy.rowCount())]


def select_all_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_reload_fills_table_and_count(tab: StaffTab) -> None:
    assert tab.model.rowCount() == DEMO_SIZE
    assert tab.proxy.rowCount() == DEMO_SIZE
    assert tab.count_label.text() == "70 of 70 people"
    assert tab.unit_filter.itemText(0) == "All units"
    units = [tab.unit_filter.itemText(i) for i in range(1, tab.unit_filter.count())]
    assert "P2U" in units
    assert units[-1] == "Polres Blora"  # agencies after the own units
    assert not tab.edit_button.isEnabled()
    assert not tab.delete_button.isEnabled()


def test_typing_in_search_filters_rows_and_updates_count(qtbot: QtBot, tab: StaffTab) -> None:
    qtbot.keyClicks(tab.search_edit, "pintu")
    assert tab.proxy.rowCount() == 5
    assert tab.count_label.text() == "5 of 70 people"

    qtbot.keyClicks(tab.search_edit, " zzz")
    assert tab.proxy.rowCount() == 0
    assert tab.count_label.text() == "0 of 70 people"

    tab.search_edit.clear()
    assert tab.proxy.rowCount() == DEMO_SIZE
    assert tab.count_label.text() == "70 of 70 people"


def test_search_by_nip_typed_grouped(qtbot: QtBot, tab: StaffTab, demo: list[StaffRecord]) -> None:
    person = demo[10]
    grouped = f"{person.nip[:8]} {person.nip[8:14]}"
    qtbot.keyClicks(tab.search_edit, grouped)
    expected = {r.id for r in demo if person.nip[:8] in r.nip and person.nip[8:14] in r.nip}
    assert person.id in expected
    assert set(shown_ids(tab)) == expected
    assert tab.count_label.text() == f"{len(expected)} of 70 people"


def test_filters_from_the_combos(qtbot: QtBot, tab: StaffTab) -> None:
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findText("External"))
    assert tab.proxy.rowCount() == 6
    assert tab.count_label.text() == "6 of 70 people"
    tab.kind_filter.setCurrentIndex(0)
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findText("P2U"))
    assert tab.proxy.rowCount() == 5


def test_insert_key_adds_a_person(
    qtbot: QtBot, active_tab: StaffTab, db: Database, message_boxes: MessageBoxes
) -> None:
    tab = active_tab

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        qtbot.keyClicks(dialog.name_edit, "Wahyu Adi Nugroho")
        qtbot.keyClicks(dialog.nip_edit, "19900215 201503 1 004")
        qtbot.keyClicks(dialog.golongan_combo, "Pengatur")
        qtbot.keyClicks(dialog.position_edit, "Petugas Pengamanan")
        qtbot.keyClicks(dialog.unit_combo.lineEdit(), "P2U")
        qtbot.keyClick(dialog.position_edit, Qt.Key.Key_Return)

    driver = ModalDriver(fill)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)

    assert isinstance(driver.dialog, StaffDialog)
    assert driver.dialog.result() == StaffDialog.DialogCode.Accepted
    added = [r for r in records.list_staff(db) if r.nip == "199002152015031004"]
    assert len(added) == 1
    assert added[0].name == "Wahyu Adi Nugroho"
    assert added[0].golongan == "II/a"  # first rank starting "Pengatur"
    assert added[0].unit == "P2U"
    assert tab.model.rowCount() == DEMO_SIZE + 1
    assert tab.count_label.text() == "71 of 71 people"
    assert tab.selected_record() == added[0]
    assert tab.edit_button.isEnabled()
    assert message_boxes.shown == []


def test_escape_in_the_add_dialog_saves_nothing(
    qtbot: QtBot, active_tab: StaffTab, db: Database
) -> None:
    def give_up(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name_edit, "Someone")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)

    driver = ModalDriver(give_up)
    qtbot.keyClick(active_tab.table, Qt.Key.Key_Insert)
    assert driver.dialog.result() == StaffDialog.DialogCode.Rejected
    assert len(records.list_staff(db)) == DEMO_SIZE
    assert active_tab.model.rowCount() == DEMO_SIZE


def test_added_person_hidden_by_search_is_shown_anyway(
    qtbot: QtBot, active_tab: StaffTab, db: Database
) -> None:
    tab = active_tab
    qtbot.keyClicks(tab.search_edit, "pintu")
    assert tab.proxy.rowCount() == 5

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name_edit, "Rina Kartika")
        qtbot.keyClicks(dialog.nip_edit, "199203102016042001")
        qtbot.keyClicks(dialog.golongan_combo, "Penata")
        qtbot.keyClicks(dialog.position_edit, "Pengadministrasi Umum")
        qtbot.keyClicks(dialog.unit_combo.lineEdit(), "Urusan Tata Usaha")
        qtbot.keyClick(dialog.position_edit, Qt.Key.Key_Return)

    ModalDriver(fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)

    assert tab.search_edit.text() == ""
    record = tab.selected_record()
    assert record is not None
    assert record.name == "Rina Kartika"
    assert tab.proxy.rowCount() == DEMO_SIZE + 1


def test_f2_edits_the_selected_person(
    qtbot: QtBot, active_tab: StaffTab, db: Database, demo: list[StaffRecord]
) -> None:
    tab = active_tab
    person = demo[12]
    tab.select_staff(person.id)
    assert tab.selected_record() == person

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        assert dialog.name_edit.text() == person.name
        select_all_and_type(qtbot, dialog.position_edit, "Petugas Kunjungan")
        qtbot.keyClick(dialog.position_edit, Qt.Key.Key_Return)

    driver = ModalDriver(change)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)

    assert driver.dialog.windowTitle() == "Edit person"
    updated = records.get_staff(db, person.id)
    assert updated.position == "Petugas Kunjungan"
    assert updated.nip == person.nip
    assert tab.selected_record() == updated
    row = tab.model.row_of(person.id)
    assert row is not None
    assert tab.model.record(row).position == "Petugas Kunjungan"
    assert tab.model.rowCount() == DEMO_SIZE


def test_deactivate_hides_the_person_by_default(
    qtbot: QtBot,
    ctx: AppContext,
    active_tab: StaffTab,
    db: Database,
    demo: list[StaffRecord],
    message_boxes: MessageBoxes,
) -> None:
    tab = active_tab
    person = demo[20]
    tab.select_staff(person.id)
    assert tab.status_button.text() == "&Deactivate…"

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusDialog)
        assert dialog.windowTitle() == "Deactivate person"
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    driver = ModalDriver(confirm)
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)

    assert driver.dialog.result() == StatusDialog.DialogCode.Accepted
    stored = records.get_staff(db, person.id)
    assert not stored.active
    assert stored.status_since == ctx.today()  # the office day (WIB), not the machine's
    assert person.id not in shown_ids(tab)
    assert tab.proxy.rowCount() == DEMO_SIZE - 1
    assert tab.count_label.text() == "69 of 70 people"

    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Inactive"))
    assert shown_ids(tab) == [person.id]
    tab.select_staff(person.id)
    assert tab.status_button.text() == "Re&activate…"
    assert message_boxes.shown == []


def test_cancelled_status_dialog_changes_nothing(
    qtbot: QtBot, active_tab: StaffTab, db: Database, demo: list[StaffRecord]
) -> None:
    person = demo[3]
    active_tab.select_staff(person.id)
    ModalDriver(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(active_tab.status_button, Qt.MouseButton.LeftButton)
    assert records.get_staff(db, person.id).active


def test_delete_unreferenced_person_after_confirmation(
    qtbot: QtBot,
    active_tab: StaffTab,
    db: Database,
    demo: list[StaffRecord],
    message_boxes: MessageBoxes,
) -> None:
    tab = active_tab
    person = demo[30]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    tab.select_staff(person.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)

    (question,) = message_boxes.of("question")
    assert person.name in question
    assert message_boxes.of("information") == []
    assert person.id not in [r.id for r in records.list_staff(db)]
    assert person.id not in shown_ids(tab)
    assert tab.model.rowCount() == DEMO_SIZE - 1
    assert tab.count_label.text() == "69 of 69 people"


def test_delete_answered_no_keeps_the_person(
    qtbot: QtBot,
    tab: StaffTab,
    db: Database,
    demo: list[StaffRecord],
    message_boxes: MessageBoxes,
) -> None:
    tab.select_staff(demo[30].id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.of("question")) == 1
    assert len(records.list_staff(db)) == DEMO_SIZE
    assert tab.model.rowCount() == DEMO_SIZE


def test_delete_of_a_person_on_the_roster_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, message_boxes: MessageBoxes
) -> None:
    people = populate_demo(db)  # with the roster: every regu member is on it
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    guard = next(r for r in people if r.unit == "Regu I" and r.position == "Petugas Pengamanan")
    assert not registry.can_delete_staff(db, guard.id)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    tab.select_staff(guard.id)

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)

    (refusal,) = message_boxes.of("information")
    assert guard.name in refusal
    assert "cannot be deleted" in refusal
    assert records.get_staff(db, guard.id) == guard
    assert tab.model.rowCount() == DEMO_SIZE
    assert tab.selected_record() == guard


def test_a_change_set_of_another_area_leaves_the_list_alone(
    tab: StaffTab, ctx: AppContext, db: Database
) -> None:
    created = registry.create_staff(
        ActionContext(db, ACTOR),
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name="Eko Prasetyo",
            nip="198501012010011002",
            golongan="III/a",
            position="Petugas Pengamanan",
            unit="Regu Baru",
        ),
    )
    ctx.events.changed.emit(ChangeSet(frozenset({Area.INSTITUTION})))
    assert tab.model.rowCount() == DEMO_SIZE  # another area: nothing read

    ctx.events.changed.emit(ChangeSet(frozenset({Area.STAFF}), {"staff": frozenset({created.id})}))
    assert tab.model.rowCount() == DEMO_SIZE + 1
    assert tab.count_label.text() == "71 of 71 people"
    assert tab.unit_filter.findText("Regu Baru") > 0


def test_a_change_set_updates_only_the_rows_it_names(
    tab: StaffTab, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    person = demo[12]
    tab.select_staff(person.id)
    resets: list[bool] = []
    tab.model.modelReset.connect(lambda: resets.append(True))
    registry.update_staff(
        ctx.action(),
        person.id,
        replace(person.to_draft(), phone="081298765432"),
        expected_version=person.version,
    )
    ctx.events.changed.emit(ChangeSet(frozenset({Area.STAFF}), {"staff": frozenset({person.id})}))
    assert resets == []  # no reset: one row changed in place
    assert tab.selected_record() is not None and tab.selected_record().phone == "081298765432"
    assert tab.model.rowCount() == DEMO_SIZE


def test_reload_keeps_selection_and_unit_filter(
    tab: StaffTab, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    person = demo[40]
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findText(person.unit))
    tab.select_staff(person.id)
    tab.reload()
    assert tab.unit_filter.currentText() == person.unit
    assert tab.selected_record() == person
