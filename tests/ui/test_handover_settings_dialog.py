"""The handover settings dialog (blocks, inmate categories, equipment, standing instructions),
driven from the keyboard like a clerk would."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.services.errors import DatabaseBusyError, NotFoundError
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.settings_dialog import (
    GREYED,
    BlockDialog,
    CategoryDialog,
    EquipmentItemDialog,
    HandoverSettingsDialog,
    InstructionDialog,
    RemoveInstructionDialog,
)
from tests.conftest import audit_check

TODAY = date(2024, 1, 15)
SETUP = {Area.HANDOVER_SETUP}  # what every change of this dialog touches
ALT = Qt.KeyboardModifier.AltModifier
_MNEMONIC = re.compile(r"&([^&])")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warnings are recorded and answered at once, so none can block a test. (Confirmations
    are real message boxes with our own buttons; the tests answer them by keyboard.)"""
    shown: list[tuple[str, str]] = []

    def fake(kind: str) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> object:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown


@pytest.fixture
def changes(ctx: AppContext) -> list[set[Area]]:
    """The areas of every change set the operation runner announced."""
    areas: list[set[Area]] = []

    def collect(changes: ChangeSet) -> None:
        areas.append(set(changes.areas))

    ctx.events.changed.connect(collect)
    return areas


# -- driving the dialogs by keyboard (as in the roster setup dialog's tests) ---------------


def with_modal(qtbot: QtBot, trigger: Callable[[], None], fill: Callable[[QDialog], None]) -> None:
    """Run ``trigger``, which opens a modal sub-dialog, and ``fill`` that dialog once it is up.
    The sub-dialog is closed whatever ``fill`` does, so no test can hang on it."""
    state = {"done": False, "tries": 0}

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            state["tries"] += 1
            if state["tries"] < 300:
                QTimer.singleShot(10, handle)
            else:
                state["done"] = True
            return
        try:
            # As a window manager would: the new dialog is the active window. Offscreen, a
            # window left active by an earlier test can otherwise keep the keyboard.
            modal.activateWindow()
            qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
            focus = modal.focusWidget()
            if focus is not None:
                focus.setFocus()
            fill(modal)
        finally:
            if modal.isVisible():
                modal.reject()
            state["done"] = True

    window = QApplication.activeWindow()
    QTimer.singleShot(0, handle)
    trigger()
    qtbot.waitUntil(
        lambda: state["done"] and QApplication.activeModalWidget() is None, timeout=5000
    )
    assert state["tries"] < 300, "the sub-dialog did not open"
    if window is not None:
        # A window manager gives the focus back to the dialog; the offscreen platform does not.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def press_alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """Alt+key as the user types it: into the widget that has the focus."""
    qtbot.keyClick(window.focusWidget() or window, key, ALT)


def alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> Callable[[], None]:
    return lambda: press_alt(qtbot, window, key)


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def audit_count(db: Database) -> int:
    return audit_check(db).entries


def mnemonics(widgets: list[QWidget]) -> list[str]:
    letters = []
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            letters += [m.casefold() for m in _MNEMONIC.findall(text)]
    return letters


def open_dialog(qtbot: QtBot, ctx: AppContext) -> HandoverSettingsDialog:
    dialog = HandoverSettingsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def greyed(table: QTableWidget, row: int) -> bool:
    return all(
        table.item(row, column).foreground() == GREYED for column in range(table.columnCount())
    )


def focused_in(widget: QWidget) -> bool:
    """The focus is on ``widget`` or inside it (the line edit of an editable combo box)."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


# -- blocks -------------------------------------------------------------------------------


def test_add_and_edit_a_block_by_keyboard(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.tabs.currentWidget() is dialog.blocks_page
    assert dialog.blocks_table.hasFocus()
    assert dialog.blocks_table.rowCount() == 0
    assert not dialog.edit_block_button.isEnabled()
    before = audit_count(ctx.db)

    def add(modal: QDialog) -> None:
        assert isinstance(modal, BlockDialog)
        assert modal.windowTitle() == "Add block"
        assert modal.name_edit.hasFocus()
        qtbot.keyClicks(modal.name_edit, "Blok  A ")
        qtbot.keyClick(modal.name_edit, Qt.Key.Key_Tab)
        spin = modal.capacity_spin
        assert spin.hasFocus()
        assert spin.value() == 0
        qtbot.keyClick(spin, Qt.Key.Key_Down)  # the arrows do not go below zero
        assert spin.value() == 0
        spin.selectAll()
        qtbot.keyClicks(spin, "40")
        enter(qtbot, spin)
        assert not modal.isVisible(), modal.errors.text("name")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), add)
    assert rows(dialog.blocks_table) == [["Blok A", "40", "yes"]]
    block = dialog.selected_block()
    assert block is not None and block.name == "Blok A"
    assert dialog.blocks_table.hasFocus()
    assert [(b.name, b.capacity, b.active) for b in handover_setup.list_blocks(ctx.db)] == [
        ("Blok A", 40, True)
    ]
    assert changes == [SETUP]

    def edit(modal: QDialog) -> None:
        assert isinstance(modal, BlockDialog)
        assert modal.windowTitle() == "Edit block"
        assert (modal.name_edit.text(), modal.capacity_spin.value()) == ("Blok A", 40)
        press_alt(qtbot, modal, Qt.Key.Key_C)  # &Capacity
        assert modal.capacity_spin.hasFocus()
        modal.capacity_spin.selectAll()
        qtbot.keyClicks(modal.capacity_spin, "45")
        enter(qtbot, modal.capacity_spin)
        assert not modal.isVisible(), modal.errors.text("capacity")

    with_modal(qtbot, lambda: enter(qtbot, dialog.blocks_table), edit)  # Enter edits the row
    assert rows(dialog.blocks_table) == [["Blok A", "45", "yes"]]
    assert [(b.id, b.capacity) for b in handover_setup.list_blocks(ctx.db)] == [(block.id, 45)]
    assert changes == [SETUP, SETUP]
    assert audit_count(ctx.db) == before + 2


def test_a_duplicate_name_and_a_negative_capacity_are_shown_beside_their_fields(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]]
) -> None:
    handover_setup.save_block(ctx.action(), "Blok A", 40)
    dialog = open_dialog(qtbot, ctx)
    before = audit_count(ctx.db)

    def refused(modal: QDialog) -> None:
        assert isinstance(modal, BlockDialog)
        qtbot.keyClicks(modal.name_edit, "Blok A")
        qtbot.keyClick(modal.name_edit, Qt.Key.Key_Tab)
        modal.capacity_spin.selectAll()
        qtbot.keyClicks(modal.capacity_spin, "-3")
        enter(qtbot, modal.capacity_spin)
        assert modal.isVisible()
        assert modal.errors.text("name") == "The name Blok A is already in use."
        assert modal.errors.text("capacity") == "The number cannot be negative."
        assert modal.name_edit.hasFocus()  # the first field in error
        assert (modal.name_edit.text(), modal.capacity_spin.value()) == ("Blok A", -3)

        modal.name_edit.selectAll()
        qtbot.keyClicks(modal.name_edit, "Blok B")
        enter(qtbot, modal.name_edit)
        assert modal.isVisible()
        assert modal.errors.text("name") == ""
        assert modal.errors.text("capacity") == "The number cannot be negative."
        assert modal.capacity_spin.hasFocus()
        # Left with Escape (Cancel): nothing was saved on the way.

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), refused)
    assert [(b.name, b.capacity) for b in handover_setup.list_blocks(ctx.db)] == [("Blok A", 40)]
    assert rows(dialog.blocks_table) == [["Blok A", "40", "yes"]]
    assert audit_count(ctx.db) == before
    assert changes == []


def test_a_block_with_inmates_in_the_latest_count_stays_active(
    qtbot: QtBot,
    ctx: AppContext,
    changes: list[set[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    full = handover_setup.save_block(ctx.action(), "Blok A", 100)
    handover_setup.save_block(ctx.action(), "Blok B", 100)
    draft = prefill_handover(ctx.db, TODAY, "P")
    counts = tuple(
        replace(c, opening=7 if c.block_id == full and c.category_id == 1 else 0)
        for c in draft.counts
    )
    counts = tuple(replace(c, counted=c.opening) for c in counts)
    save_handover(ctx.action(), replace(draft, counts=counts))
    dialog = open_dialog(qtbot, ctx)
    dialog.blocks_table.selectRow(0)

    def confirm(modal: QDialog) -> None:
        assert isinstance(modal, QMessageBox)
        enter(qtbot, modal)

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_D), confirm)
    assert message_boxes == [
        ("warning", "Blok A still has 7 inmates in the latest count; move them first.")
    ]
    assert [b.active for b in handover_setup.list_blocks(ctx.db)] == [True, True]
    assert rows(dialog.blocks_table)[0] == ["Blok A", "100", "yes"]
    assert changes == []


# -- inmate categories --------------------------------------------------------------------


def test_the_seeded_categories_are_listed_and_a_code_is_kept_unique(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_C)
    assert dialog.tabs.currentWidget() is dialog.categories_page
    table = dialog.categories_table
    assert table.hasFocus()
    assert rows(table) == [
        ["TL", "Tahanan Laki-laki", "yes"],
        ["TP", "Tahanan Perempuan", "yes"],
        ["NL", "Narapidana Laki-laki", "yes"],
        ["NP", "Narapidana Perempuan", "yes"],
        ["AN", "Anak", "yes"],
    ]

    def duplicate_then_new(modal: QDialog) -> None:
        assert isinstance(modal, CategoryDialog)
        assert modal.code_edit.hasFocus()
        qtbot.keyClicks(modal.code_edit, "TP")
        qtbot.keyClick(modal.code_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(modal.name_edit, "Tahanan Pindahan")
        enter(qtbot, modal.name_edit)
        assert modal.isVisible()
        assert modal.errors.text("code") == "The name TP is already in use."
        assert handover_setup.list_categories(ctx.db)[-1].code == "AN"
        modal.code_edit.selectAll()
        qtbot.keyClicks(modal.code_edit, "TPD")
        enter(qtbot, modal.code_edit)
        assert not modal.isVisible(), modal.errors.text("code")

    with_modal(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Insert), duplicate_then_new)
    assert rows(table)[-1] == ["TPD", "Tahanan Pindahan", "yes"]
    category = dialog.selected_category()
    assert category is not None and category.code == "TPD"
    assert [(c.code, c.name) for c in handover_setup.list_categories(ctx.db)][-1] == (
        "TPD",
        "Tahanan Pindahan",
    )
    assert changes == [SETUP]


# -- equipment ----------------------------------------------------------------------------


def test_a_firearm_without_its_serial_is_refused_beside_the_serial(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_M)  # Equip&ment
    assert dialog.tabs.currentWidget() is dialog.equipment_page
    assert dialog.items_table.hasFocus()

    def add(modal: QDialog) -> None:
        assert isinstance(modal, EquipmentItemDialog)
        qtbot.keyClicks(modal.name_edit, "Pistol HS-9 No. 1")
        press_alt(qtbot, modal, Qt.Key.Key_K)  # &Kind
        assert modal.kind_combo.hasFocus()
        qtbot.keyClicks(modal.kind_combo, "Senj")
        assert modal.kind_combo.currentText() == "Senjata api"
        assert modal.serial_edit.placeholderText() == "Required for a firearm"
        enter(qtbot, modal.kind_combo)
        assert modal.isVisible()
        assert modal.errors.text("serial") == "A firearm needs its serial number."
        assert modal.errors.text("name") == ""
        assert modal.serial_edit.hasFocus()
        assert handover_setup.list_equipment_items(ctx.db) == []
        qtbot.keyClicks(modal.serial_edit, "HS-123456")
        enter(qtbot, modal.serial_edit)
        assert not modal.isVisible(), modal.errors.text("serial")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), add)
    assert rows(dialog.items_table) == [
        ["Pistol HS-9 No. 1", "Senjata api", "HS-123456", "1", "yes"]
    ]
    [item] = handover_setup.list_equipment_items(ctx.db)
    assert (item.name, item.kind, item.serial, item.expected_quantity, item.active) == (
        "Pistol HS-9 No. 1",
        EquipmentKind.SENJATA,
        "HS-123456",
        1,
        True,
    )
    assert changes == [SETUP]


def test_deactivate_and_reactivate_an_item(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]], message_boxes: list[tuple[str, str]]
) -> None:
    handcuffs = handover_setup.save_equipment_item(ctx.action(), "Borgol", EquipmentKind.BORGOL, 6)
    handover_setup.save_equipment_item(ctx.action(), "Senter", EquipmentKind.SENTER, 2)
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_M)
    table = dialog.items_table
    table.selectRow(0)
    assert dialog.item_active_button.text() == "&Deactivate"
    questions: list[tuple[str, list[str]]] = []

    def confirm(modal: QDialog) -> None:
        assert isinstance(modal, QMessageBox)
        questions.append((modal.text(), sorted(b.text() for b in modal.buttons())))
        enter(qtbot, modal)  # the default button: Deactivate

    with_modal(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Delete), confirm)
    assert questions == [
        (
            "Borgol will no longer be checked at handovers. Handovers that checked it keep "
            "their line.",
            ["Cancel", "Deactivate"],
        )
    ]
    assert rows(table) == [
        ["Borgol", "Borgol", "", "6", "no"],
        ["Senter", "Senter", "", "2", "yes"],
    ]
    assert greyed(table, 0) and not greyed(table, 1)
    assert dialog.item_active_button.text() == "Reac&tivate"
    assert [i.name for i in handover_setup.list_equipment_items(ctx.db, active_only=True)] == [
        "Senter"
    ]
    assert changes == [SETUP]

    # Escape at the question leaves the item as it was.
    table.selectRow(1)
    with_modal(
        qtbot,
        alt(qtbot, dialog, Qt.Key.Key_D),
        lambda modal: qtbot.keyClick(modal, Qt.Key.Key_Escape),
    )
    assert rows(table)[1][4] == "yes"
    assert changes == [SETUP]

    # Reactivating asks nothing.
    table.selectRow(0)
    press_alt(qtbot, dialog, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: rows(table)[0][4] == "yes")
    assert not greyed(table, 0)
    assert [i.id for i in handover_setup.list_equipment_items(ctx.db, active_only=True)] == [
        handcuffs,
        handcuffs + 1,
    ]
    assert changes == [SETUP, SETUP]
    assert message_boxes == []


# -- standing instructions ----------------------------------------------------------------


def test_add_and_remove_a_standing_instruction(
    qtbot: QtBot, ctx: AppContext, changes: list[set[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_I)  # Standing &instructions
    assert dialog.tabs.currentWidget() is dialog.instructions_page
    table = dialog.instructions_table
    assert table.hasFocus()
    assert table.rowCount() == 0
    assert not dialog.remove_instruction_button.isEnabled()
    text = "Periksa gembok Blok B setiap jam."

    def give(modal: QDialog) -> None:
        assert isinstance(modal, InstructionDialog)
        assert modal.text_edit.hasFocus()
        qtbot.keyClicks(modal.text_edit, text)
        qtbot.keyClick(modal.text_edit, Qt.Key.Key_Tab)  # Enter would start a new line
        assert focused_in(modal.given_by_combo)
        assert [modal.given_by_combo.itemText(i) for i in range(2)] == ["Karutan", "Ka KPR"]
        assert modal.from_edit.date() == QDate(2024, 1, 15)
        enter(qtbot, QApplication.focusWidget())
        assert modal.isVisible()
        assert modal.errors.text("given_by") == "This field is required."
        assert modal.errors.text("text") == ""
        assert focused_in(modal.given_by_combo)
        qtbot.keyClicks(QApplication.focusWidget(), "Karutan")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert focused_in(modal.from_edit)
        enter(qtbot, QApplication.focusWidget())
        assert not modal.isVisible(), modal.errors.text("given_by")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), give)
    assert rows(table) == [["15-01-2024", text, "Karutan", ""]]
    assert not greyed(table, 0)
    [given] = handover_setup.list_instructions(ctx.db, on=TODAY)
    assert (given.text, given.given_by, given.from_day) == (text, "Karutan", TODAY)
    assert changes == [SETUP]
    table.selectRow(0)
    assert dialog.remove_instruction_button.isEnabled()

    # The removal asks first: Escape leaves the instruction in force.
    def escape(modal: QDialog) -> None:
        assert isinstance(modal, RemoveInstructionDialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not modal.isVisible()

    with_modal(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Delete), escape)
    assert len(handover_setup.list_instructions(ctx.db, on=TODAY)) == 1
    assert changes == [SETUP]

    def remove(modal: QDialog) -> None:
        assert isinstance(modal, RemoveInstructionDialog)
        assert modal.save_button.text() == "Remove"
        assert modal.removed_by_combo.currentText() == "Karutan"  # who gave it, to start from
        assert focused_in(modal.removed_by_combo)
        qtbot.keyClicks(QApplication.focusWidget(), "Ka KPR")  # replaces the selected text
        modal.removed_on_edit.setDate(QDate(2024, 1, 14))
        enter(qtbot, modal.removed_on_edit)
        assert modal.isVisible()
        assert modal.errors.text("removed_on") == "The end is before the start."
        modal.removed_on_edit.setDate(QDate(2024, 1, 15))
        enter(qtbot, modal.removed_on_edit)
        assert not modal.isVisible(), modal.errors.text("removed_on")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_R), remove)
    assert rows(table) == [["15-01-2024", text, "Karutan", "from 15-01-2024, by Ka KPR"]]
    assert greyed(table, 0)
    assert not dialog.remove_instruction_button.isEnabled()
    assert handover_setup.list_instructions(ctx.db, on=TODAY) == []
    [removed] = handover_setup.list_instructions(ctx.db)
    assert (removed.removed_on, removed.removed_by) == (TODAY, "Ka KPR")
    assert changes == [SETUP, SETUP]


# -- trouble ------------------------------------------------------------------------------


def test_a_busy_database_is_reported_and_the_form_stays_open(
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    changes: list[set[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    def busy(*_args: object, **_kwargs: object) -> None:
        raise DatabaseBusyError("locked")

    monkeypatch.setattr(handover_setup, "save_block", busy)
    dialog = open_dialog(qtbot, ctx)

    def save(modal: QDialog) -> None:
        qtbot.keyClicks(modal.focusWidget() or modal, "Blok A")
        enter(qtbot, modal.focusWidget() or modal)
        assert modal.isVisible()  # kept, to try again

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), save)
    assert message_boxes == [
        ("warning", "The database is in use by another program. Nothing was saved; try again.")
    ]
    assert changes == []


def test_an_item_removed_meanwhile_is_reported_and_the_lists_read_again(
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    changes: list[set[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    handover_setup.save_equipment_item(ctx.action(), "Senter", EquipmentKind.SENTER, 2)

    def gone(*_args: object, **_kwargs: object) -> None:
        raise NotFoundError("equipment item")

    monkeypatch.setattr(handover_setup, "save_equipment_item", gone)
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_M)
    dialog.items_table.selectRow(0)
    reads: list[int] = []
    monkeypatch.setattr(dialog, "refresh", lambda: reads.append(1))

    def save(modal: QDialog) -> None:
        assert isinstance(modal, EquipmentItemDialog)
        enter(qtbot, modal.focusWidget() or modal)
        assert not modal.isVisible()

    with_modal(qtbot, lambda: enter(qtbot, dialog.items_table), save)
    assert message_boxes == [
        ("warning", "This record no longer exists (changed on another computer).")
    ]
    assert reads == [1]
    assert changes == []


def test_a_block_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot,
    ctx: AppContext,
    changes: list[set[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    block = handover_setup.save_block(ctx.action(), "Blok A", 40)
    dialog = open_dialog(qtbot, ctx)
    dialog.blocks_table.selectRow(0)
    # Another PC renames the block after this dialog read it.
    handover_setup.save_block(ctx.action(), "Blok A1", 50, block_id=block, expected_version=1)
    before = audit_count(ctx.db)

    def edit(modal: QDialog) -> None:
        assert isinstance(modal, BlockDialog)
        assert modal.name_edit.text() == "Blok A"  # as the list showed it
        press_alt(qtbot, modal, Qt.Key.Key_C)
        modal.capacity_spin.selectAll()
        qtbot.keyClicks(modal.capacity_spin, "45")
        enter(qtbot, modal.capacity_spin)
        assert modal.isVisible()  # kept open with what was typed
        assert modal.capacity_spin.value() == 45

    with_modal(qtbot, lambda: enter(qtbot, dialog.blocks_table), edit)
    [(kind, text)] = message_boxes
    assert kind == "warning"
    assert text.startswith("petugas.uji changed this record after you opened it.")
    # Nothing was saved over the other change; the list shows the block as it now is.
    assert [(b.name, b.capacity, b.version) for b in handover_setup.list_blocks(ctx.db)] == [
        ("Blok A1", 50, 2)
    ]
    assert rows(dialog.blocks_table) == [["Blok A1", "50", "yes"]]

    # The list was read again, but the other PC changes the block once more: deactivating
    # what the list shows is refused the same way.
    handover_setup.save_block(ctx.action(), "Blok A2", 50, block_id=block, expected_version=2)
    message_boxes.clear()
    dialog.blocks_table.selectRow(0)

    def confirm(modal: QDialog) -> None:
        enter(qtbot, modal)  # the question's default button: Deactivate

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_D), confirm)
    [(kind, text)] = message_boxes
    assert text.startswith("petugas.uji changed this record after you opened it.")
    assert [(b.name, b.active) for b in handover_setup.list_blocks(ctx.db)] == [("Blok A2", True)]
    assert rows(dialog.blocks_table) == [["Blok A2", "50", "yes"]]
    assert audit_count(ctx.db) == before + 1  # only the other PC's change
    # No change of this dialog was announced; each refusal asks every view to read again.
    assert changes == [set(Area), set(Area)]


def test_escape_closes_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClick(dialog.blocks_table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_mnemonics_do_not_clash(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    shared = [m.casefold() for text in tabs for m in _MNEMONIC.findall(text)]
    shared += mnemonics([dialog.close_button])
    pages = (
        dialog.blocks_page,
        dialog.categories_page,
        dialog.equipment_page,
        dialog.instructions_page,
    )
    for page in pages:
        letters = shared + mnemonics(page.findChildren(QWidget))
        assert len(letters) == len(set(letters)), letters
    # "Reac&tivate" replaces "&Deactivate" on the same button: its letter must be free too.
    assert "t" not in shared + mnemonics(dialog.blocks_page.findChildren(QWidget))
    handover_setup.add_instruction(ctx.action(), "Tidak ada kunjungan.", "Karutan", TODAY)
    [instruction] = handover_setup.list_instructions(ctx.db)
    for sub in (
        BlockDialog(ctx, None, dialog),
        CategoryDialog(ctx, None, dialog),
        EquipmentItemDialog(ctx, None, dialog),
        InstructionDialog(ctx, ["Karutan"], TODAY, dialog),
        RemoveInstructionDialog(ctx, instruction, ["Karutan"], TODAY, dialog),
    ):
        letters = mnemonics(sub.findChildren(QWidget))
        assert len(letters) == len(set(letters)), letters
        sub.deleteLater()
